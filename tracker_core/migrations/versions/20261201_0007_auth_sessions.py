"""Server-side sessions and the sign-in throttle.

`auth_sessions`: one row per signed-in browser; the cookie carries only the row's random id, so
logging out, changing the password or "sign out everywhere" revoke it on the server. Supabase's
refresh token is kept here (encrypted), never in the cookie. `login_throttle`: failed sign-ins
counted per client address (or per email when no address is known), one atomic UPDATE each.

On Postgres `auth_sessions` gets the owner-only policy of every user table; `login_throttle` has
row-level security on and no policy for `authenticated`, so a user's session cannot read it.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = "user_id = (SELECT auth.uid())::text"  # as in 0002's policies


def upgrade() -> None:
    op.create_table(
        "auth_sessions",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("refresh_token", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_auth_sessions_user_id", "auth_sessions", ["user_id"])
    op.create_table(
        "login_throttle",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("window_start", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_only ON auth_sessions;
CREATE POLICY owner_only ON auth_sessions FOR ALL TO authenticated
  USING ({CHECK}) WITH CHECK ({CHECK});
GRANT SELECT, INSERT, UPDATE, DELETE ON auth_sessions TO authenticated;
ALTER TABLE login_throttle ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON login_throttle FROM authenticated;
"""
        )


def downgrade() -> None:
    op.drop_table("login_throttle")
    op.drop_index("ix_auth_sessions_user_id", table_name="auth_sessions")
    op.drop_table("auth_sessions")
