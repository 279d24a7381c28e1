"""Salaries as BIGINT: a yearly salary in rupiah or dong passes INTEGER's 2,147,483,647.

Postgres only: SQLite's INTEGER already holds 64 bits, so its table is left as it is.

Revision ID: 0011
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("salary_min", "salary_max")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in COLUMNS:
        op.alter_column("applications", name, type_=sa.BigInteger(), existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in COLUMNS:
        # Values past INTEGER's range would make the downgrade fail; they are cleared instead.
        op.execute(f"UPDATE applications SET {name} = NULL WHERE {name} > 2147483647")
        op.alter_column("applications", name, type_=sa.Integer(), existing_nullable=True)
