"""A child row must belong to its parent's owner; the app's own rights for sign-in (Postgres).

1. Status changes, interviews, contact links, analyses and prepared questions name their
   application (and a link its contact) together with the owner: on Postgres a composite
   foreign key (application_id, user_id) -> applications(id, user_id), on a unique
   (id, user_id); row-level security checks only the row's own user_id, so without it user B
   could attach rows to A's application id. SQLite gets triggers that refuse the same rows:
   batch mode would recreate `interviews`, and SQLite's DROP TABLE under foreign_keys=ON
   cascades into the prepared questions that reference it.
   Rows that already break the rule (only a cross-user write can have made them) are removed
   first (analyses only lose the link).
2. Postgres: the NOLOGIN role `tracker_system`, with policies on the tables signing in needs
   (users, auth_sessions, login_throttle, vector_stale_marks). An app login role that is a
   member of `tracker_system` and `authenticated` and of nothing else can run the app and
   cannot `SET ROLE postgres` (README, "Postgres roles").

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (child table, child column, parent table, on delete): the parent's (id, user_id) must match.
LINKS = (
    ("status_changes", "application_id", "applications", "CASCADE"),
    ("interviews", "application_id", "applications", "CASCADE"),
    ("application_contacts", "application_id", "applications", "CASCADE"),
    ("application_contacts", "contact_id", "contacts", "CASCADE"),
    ("analyses", "application_id", "applications", "CASCADE"),
    ("prep_questions", "application_id", "applications", "CASCADE"),
)
PARENTS = ("applications", "contacts")
SYSTEM_TABLES = ("users", "auth_sessions", "login_throttle", "vector_stale_marks")


def _orphans(child: str, column: str, parent: str) -> str:
    where = (
        f"{child}.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {parent} p "
        f"WHERE p.id = {child}.{column} AND p.user_id = {child}.user_id)"
    )
    if child == "analyses":
        return f"UPDATE {child} SET {column} = NULL WHERE {where}"
    return f"DELETE FROM {child} WHERE {where}"


def _name(child: str, column: str) -> str:
    return f"fk_{child}_{column}_owner"


def _sqlite_triggers(child: str, column: str, parent: str) -> list[str]:
    check = (
        f"SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: {child}.{column} names a row "
        f"of another user') WHERE NEW.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        f"{parent} WHERE id = NEW.{column} AND user_id = NEW.user_id);"
    )
    name = _name(child, column)
    return [
        f"CREATE TRIGGER {name}_insert BEFORE INSERT ON {child} BEGIN {check} END",
        f"CREATE TRIGGER {name}_update BEFORE UPDATE OF {column}, user_id ON {child} "
        f"BEGIN {check} END",
    ]


SYSTEM_ROLE = """
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tracker_system') THEN
    CREATE ROLE tracker_system NOLOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO tracker_system;
GRANT SELECT ON alembic_version TO tracker_system;
"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for child, column, parent, _ in LINKS:
        op.execute(_orphans(child, column, parent))
    if not postgres:
        for child, column, parent, _ in LINKS:
            for statement in _sqlite_triggers(child, column, parent):
                op.execute(statement)
        return
    for parent in PARENTS:
        op.create_unique_constraint(f"uq_{parent}_id_user", parent, ["id", "user_id"])
    for child, column, parent, on_delete in LINKS:
        op.create_foreign_key(
            _name(child, column),
            child,
            parent,
            [column, "user_id"],
            ["id", "user_id"],
            ondelete=on_delete,
        )
    op.execute(SYSTEM_ROLE)
    for table in SYSTEM_TABLES:
        op.execute(
            f"""
DROP POLICY IF EXISTS system_access ON {table};
CREATE POLICY system_access ON {table} FOR ALL TO tracker_system USING (true) WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO tracker_system;
"""
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if not postgres:
        for child, column, _, _ in LINKS:
            op.execute(f"DROP TRIGGER IF EXISTS {_name(child, column)}_insert")
            op.execute(f"DROP TRIGGER IF EXISTS {_name(child, column)}_update")
        return
    for table in SYSTEM_TABLES:
        op.execute(f"DROP POLICY IF EXISTS system_access ON {table}")
        op.execute(f"REVOKE ALL ON {table} FROM tracker_system")
    for child, column, _, _ in LINKS:
        op.drop_constraint(_name(child, column), child, type_="foreignkey")
    for parent in PARENTS:
        op.drop_constraint(f"uq_{parent}_id_user", parent, type_="unique")
