"""api_refresh_tokens: the REST API's refresh tokens, stored hashed, rotated on every refresh

On Postgres the table gets the same owner-only row-level security as every user table.

Revision ID: 0009
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "api_refresh_tokens"
CHECK = "user_id = (SELECT auth.uid())::text"  # as in 0002's policies


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("family", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_api_refresh_tokens_user_id", TABLE, ["user_id"])
    op.create_index("ix_api_refresh_tokens_family", TABLE, ["family"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"""
ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_only ON {TABLE};
CREATE POLICY owner_only ON {TABLE} FOR ALL TO authenticated USING ({CHECK}) WITH CHECK ({CHECK});
GRANT SELECT, INSERT, UPDATE, DELETE ON {TABLE} TO authenticated;
"""
        )


def downgrade() -> None:
    op.drop_index("ix_api_refresh_tokens_family", table_name=TABLE)
    op.drop_index("ix_api_refresh_tokens_user_id", table_name=TABLE)
    op.drop_table(TABLE)
