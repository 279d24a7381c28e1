"""Tags on applications, the original bytes of uploaded resumes, whether the time zone was chosen.

Until the user picks a time zone (or one is taken from their browser), `timezone_set` is false.
On Postgres both new tables get the same owner-only policy as every user table.

Revision ID: 0010
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out, not imported: a migration must not change when the models do.
NEW_TABLES = ("application_tags", "resume_files")


def _user_id() -> sa.Column[str]:
    return sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False)


def _user_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE")


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("timezone_set", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "application_tags",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        _user_id(),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ondelete="CASCADE"),
        _user_fk(),
        sa.PrimaryKeyConstraint("application_id", "name"),
    )
    op.create_index("ix_application_tags_user_name", "application_tags", ["user_id", "name"])
    op.create_table(
        "resume_files",
        sa.Column("resume_id", sa.Integer(), nullable=False),
        _user_id(),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["resume_id"], ["resumes.id"], ondelete="CASCADE"),
        _user_fk(),
        sa.PrimaryKeyConstraint("resume_id"),
    )
    op.create_index("ix_resume_files_user_id", "resume_files", ["user_id"])
    if op.get_bind().dialect.name == "postgresql":
        check = "user_id = (SELECT auth.uid())::text"
        for table in NEW_TABLES:
            op.execute(f"""
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_only ON {table};
CREATE POLICY owner_only ON {table} FOR ALL TO authenticated USING ({check}) WITH CHECK ({check});
GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO authenticated;
""")


def downgrade() -> None:
    op.drop_index("ix_resume_files_user_id", table_name="resume_files")
    op.drop_table("resume_files")
    op.drop_index("ix_application_tags_user_name", table_name="application_tags")
    op.drop_table("application_tags")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("timezone_set")
