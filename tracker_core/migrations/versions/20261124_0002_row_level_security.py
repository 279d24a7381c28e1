"""Row-level security on every user table (Postgres only).

Creates the `auth` schema, `auth.uid()` (as Supabase defines it) and the `authenticated`
role only where they are missing, so the same migration runs on Supabase and plain Postgres.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out, not imported: a migration must not change when the models do.
USER_TABLES = (
    "applications",
    "status_changes",
    "custom_stages",
    "contacts",
    "application_contacts",
    "interviews",
    "resumes",
    "analyses",
    "notification_log",
)

SUPABASE_SHIMS = """
CREATE SCHEMA IF NOT EXISTS auth;
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'auth' AND p.proname = 'uid'
  ) THEN
    CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $f$
      SELECT coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
      )::uuid
    $f$;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  IF NOT pg_has_role(current_user, 'authenticated', 'MEMBER') THEN
    EXECUTE format('GRANT authenticated TO %I', current_user);
  END IF;
END
$$;
GRANT USAGE ON SCHEMA auth TO authenticated;
GRANT USAGE ON SCHEMA public TO authenticated;
"""


def _policy(table: str, column: str) -> str:
    check = f"{column} = (SELECT auth.uid())::text"
    return f"""
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_only ON {table};
CREATE POLICY owner_only ON {table} FOR ALL TO authenticated USING ({check}) WITH CHECK ({check});
GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO authenticated;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(SUPABASE_SHIMS)
    op.execute(_policy("users", "id"))
    for table in USER_TABLES:
        op.execute(_policy(table, "user_id"))
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO authenticated")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in ("users", *USER_TABLES):
        op.execute(f"DROP POLICY IF EXISTS owner_only ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
