"""Alembic environment for the server database (PostgreSQL). Migrations are plain SQL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

config = context.config
url = config.attributes.get("url")
if not url:
    raise RuntimeError("run server migrations with `healthdesk-server migrate`")

engine = create_engine(url, poolclass=NullPool)
try:
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()
finally:
    engine.dispose()
