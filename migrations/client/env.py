"""Alembic environment for the client (SQLCipher) store.

The app runs migrations itself on an already-keyed connection, handed over through
``config.attributes["connection"]``: Alembic never opens the encrypted file on its own.
"""

from __future__ import annotations

from alembic import context

from healthdesk.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "The client store is migrated by HealthDesk when it opens the store "
        "(healthdesk check), not by the alembic command line."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
