"""Notifications: preferences per kind, quiet hours, the claim columns of the log, indexes.

The notifier's cross-user queries are served by indexes on applications.deadline,
applications(status, updated_at), interviews.scheduled_at and notification_log(status,
claimed_at). On Postgres the new table gets the same owner-only policy as every user table.

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("quiet_start", sa.Integer(), nullable=False, server_default="21")
        )
        batch_op.add_column(
            sa.Column("quiet_end", sa.Integer(), nullable=False, server_default="8")
        )
        batch_op.add_column(sa.Column("digest_weekday", sa.Integer(), nullable=True))
    with op.batch_alter_table("notification_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("trigger_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column(
                "subject",
                sqlmodel.sql.sqltypes.AutoString(length=300),
                nullable=False,
                server_default="",
            )
        )
        batch_op.create_index("ix_notification_log_status_claimed", ["status", "claimed_at"])
    op.create_table(
        "notification_prefs",
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", "kind"),
    )
    op.create_index("ix_notification_prefs_kind", "notification_prefs", ["kind", "enabled"])
    op.create_index("ix_applications_deadline", "applications", ["deadline"])
    op.create_index("ix_applications_status_updated", "applications", ["status", "updated_at"])
    op.create_index("ix_interviews_scheduled_at", "interviews", ["scheduled_at"])
    if op.get_bind().dialect.name == "postgresql":
        check = "user_id = (SELECT auth.uid())::text"
        op.execute(
            f"""
ALTER TABLE notification_prefs ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_only ON notification_prefs;
CREATE POLICY owner_only ON notification_prefs FOR ALL TO authenticated
  USING ({check}) WITH CHECK ({check});
GRANT SELECT, INSERT, UPDATE, DELETE ON notification_prefs TO authenticated;
"""
        )


def downgrade() -> None:
    op.drop_index("ix_interviews_scheduled_at", table_name="interviews")
    op.drop_index("ix_applications_status_updated", table_name="applications")
    op.drop_index("ix_applications_deadline", table_name="applications")
    op.drop_index("ix_notification_prefs_kind", table_name="notification_prefs")
    op.drop_table("notification_prefs")
    with op.batch_alter_table("notification_log", schema=None) as batch_op:
        batch_op.drop_index("ix_notification_log_status_claimed")
        for name in ("subject", "attempts", "claimed_at", "trigger_at"):
            batch_op.drop_column(name)
    with op.batch_alter_table("users", schema=None) as batch_op:
        for name in ("digest_weekday", "quiet_end", "quiet_start"):
            batch_op.drop_column(name)
