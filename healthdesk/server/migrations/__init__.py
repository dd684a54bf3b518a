"""Alembic environment of the server's PostgreSQL schema (run by ``healthdesk-server migrate``)."""
