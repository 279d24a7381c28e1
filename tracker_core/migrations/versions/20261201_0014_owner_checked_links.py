"""The remaining links between a user's rows are owner-checked too (0008 did the application links).

Tags, resume files and prepared questions name their parent (application, resume, interview)
with the owner; an application, analysis or resume names its resume, and a practice attempt
its application and story, the same way. On Postgres a composite foreign key
(column, user_id) -> parent(id, user_id); where the link is cleared when the parent goes, only
the link column is set to NULL (`ON DELETE SET NULL (column)`, Postgres 15). SQLite gets
triggers, as in 0008. Rows that already break the rule (only a cross-user write can have made
them) are removed first, or lose the link.

This migration repeats 0008's few SQL templates on purpose: a migration is frozen history, so
it does not import code that a later change could alter.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (child table, child column, parent table, whether the link is cleared rather than the row
# deleted when the parent goes)
LINKS = (
    ("application_tags", "application_id", "applications", False),
    ("resume_files", "resume_id", "resumes", False),
    ("prep_questions", "interview_id", "interviews", False),
    ("applications", "resume_id", "resumes", True),
    ("resumes", "parent_id", "resumes", True),
    ("analyses", "resume_id", "resumes", True),
    ("prep_attempts", "application_id", "applications", True),
    ("prep_attempts", "story_id", "prep_stories", True),
)
NEW_PARENTS = ("resumes", "interviews", "prep_stories")  # 0008 made applications' and contacts'


def _name(child: str, column: str) -> str:
    return f"fk_{child}_{column}_owner"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for child, column, parent, clear in LINKS:
        broken = (
            f"{child}.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {parent} p "
            f"WHERE p.id = {child}.{column} AND p.user_id = {child}.user_id)"
        )
        if clear:
            op.execute(f"UPDATE {child} SET {column} = NULL WHERE {broken}")
        else:
            op.execute(f"DELETE FROM {child} WHERE {broken}")
    if not postgres:
        for child, column, parent, _ in LINKS:
            check = (
                f"SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: {child}.{column} names a "
                f"row of another user') WHERE NEW.{column} IS NOT NULL AND NOT EXISTS (SELECT 1 "
                f"FROM {parent} WHERE id = NEW.{column} AND user_id = NEW.user_id);"
            )
            name = _name(child, column)
            op.execute(f"CREATE TRIGGER {name}_insert BEFORE INSERT ON {child} BEGIN {check} END")
            op.execute(
                f"CREATE TRIGGER {name}_update BEFORE UPDATE OF {column}, user_id ON {child} "
                f"BEGIN {check} END"
            )
        return
    for parent in NEW_PARENTS:
        op.create_unique_constraint(f"uq_{parent}_id_user", parent, ["id", "user_id"])
    for child, column, parent, clear in LINKS:
        on_delete = f"SET NULL ({column})" if clear else "CASCADE"
        op.execute(
            f"ALTER TABLE {child} ADD CONSTRAINT {_name(child, column)} FOREIGN KEY "
            f"({column}, user_id) REFERENCES {parent} (id, user_id) ON DELETE {on_delete}"
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if not postgres:
        for child, column, _, _ in LINKS:
            op.execute(f"DROP TRIGGER IF EXISTS {_name(child, column)}_insert")
            op.execute(f"DROP TRIGGER IF EXISTS {_name(child, column)}_update")
        return
    for child, column, _, _ in LINKS:
        op.drop_constraint(_name(child, column), child, type_="foreignkey")
    for parent in NEW_PARENTS:
        op.drop_constraint(f"uq_{parent}_id_user", parent, type_="unique")
