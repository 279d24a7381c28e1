"""Interview prep: stories, saved questions and practice attempts, with row-level security.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Spelled out, not imported: a migration must not change when the models do.
PREP_TABLES = ("prep_stories", "prep_questions", "prep_attempts")


def _user_fk() -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE")


def _user_id() -> sa.Column[str]:
    return sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False)


def _text(name: str, length: int | None = None, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length), nullable=nullable)


def _when(name: str) -> sa.Column[object]:
    return sa.Column(name, sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "prep_stories",
        sa.Column("id", sa.Integer(), nullable=False),
        _user_id(),
        _text("title", 200),
        _text("situation"),
        _text("task"),
        _text("action"),
        _text("result"),
        sa.Column("tags", sa.JSON(), nullable=False),
        _when("created_at"),
        _when("updated_at"),
        _user_fk(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_prep_stories_user_id", "prep_stories", ["user_id"])
    op.create_table(
        "prep_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        _user_id(),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        _text("question_key", 16),
        _text("text"),
        _text("category", 32),
        sa.Column("story_ids", sa.JSON(), nullable=False),
        sa.Column("came_up", sa.Boolean(), nullable=True),
        sa.Column("went", sa.Integer(), nullable=True),
        _when("created_at"),
        _user_fk(),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_prep_questions_user_id", "prep_questions", ["user_id"])
    op.create_index("ix_prep_questions_application_id", "prep_questions", ["application_id"])
    op.create_table(
        "prep_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        _user_id(),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("story_id", sa.Integer(), nullable=True),
        _text("question_key", 16),
        _text("question_text"),
        _text("category", 32),
        _text("answer"),
        sa.Column("rating", sa.Integer(), nullable=False),
        _text("notes"),
        sa.Column("seconds", sa.Integer(), nullable=False),
        _when("created_at"),
        _user_fk(),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["story_id"], ["prep_stories.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_prep_attempts_user_id", "prep_attempts", ["user_id"])
    if op.get_bind().dialect.name == "postgresql":
        for table in PREP_TABLES:
            check = "user_id = (SELECT auth.uid())::text"
            op.execute(f"""
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS owner_only ON {table};
CREATE POLICY owner_only ON {table} FOR ALL TO authenticated USING ({check}) WITH CHECK ({check});
GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO authenticated;
""")
        op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO authenticated")


def downgrade() -> None:
    for table in reversed(PREP_TABLES):
        op.drop_table(table)
