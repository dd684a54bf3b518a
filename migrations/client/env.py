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



def include_name(name: str | None, type_: str, _parent: object) -> bool:
    # The FTS5 index and its shadow tables are created by hand in the migrations.
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


context.configure(
    connection=connection,
    include_name=include_name,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
