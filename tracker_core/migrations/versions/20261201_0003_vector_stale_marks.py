"""vector_stale_marks: users whose similarity points need a rebuild, shared by every replica

Replaces the DATA_DIR/vectors_stale.json file, which only the process that wrote it could see.
On Postgres the table gets the same owner-only row-level security as the other user tables.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "vector_stale_marks"
CHECK = "user_id = (SELECT auth.uid())::text"  # as in 0002's policies

ROW_LEVEL_SECURITY = f"""
ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_only ON {TABLE};
CREATE POLICY owner_only ON {TABLE} FOR ALL TO authenticated USING ({CHECK}) WITH CHECK ({CHECK});
GRANT SELECT, INSERT, UPDATE, DELETE ON {TABLE} TO authenticated;
"""


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("marked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(ROW_LEVEL_SECURITY)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP POLICY IF EXISTS owner_only ON {TABLE}")
    op.drop_table(TABLE)
