"""Stats: the user's weekly goal, and an index that reads one user's history in order.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weekly_goal", sa.Integer(), nullable=True))
    # The stats page reads (application_id, to_status, changed_at) of every status change of one
    # user, by application and time: this index serves the filter and the order and, holding
    # to_status too, answers the query without reading the table (SQLite; an index-only scan on
    # Postgres once vacuumed). id is the tie-breaker of the order.
    op.create_index(
        "ix_status_changes_user_app_time",
        "status_changes",
        ["user_id", "application_id", "changed_at", "id", "to_status"],
    )


def downgrade() -> None:
    op.drop_index("ix_status_changes_user_app_time", table_name="status_changes")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("weekly_goal")
