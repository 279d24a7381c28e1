"""Alembic environment: uses the caller's connection, else DATABASE_URL from Settings."""

from alembic import context
from sqlmodel import SQLModel

import tracker_core.models  # noqa: F401  (registers the tables)
from tracker_core.config import get_settings
from tracker_core.db import make_engine

target_metadata = SQLModel.metadata


def _run(connection):
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(get_settings().DATABASE_URL)
    with engine.begin() as conn:
        _run(conn)
