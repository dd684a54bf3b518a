"""Server settings, read from the environment once at start-up."""

from __future__ import annotations

import os
from dataclasses import dataclass

ENV_DATABASE_URL = "HEALTHDESK_DATABASE_URL"
ENV_TOMBSTONE_DAYS = "HEALTHDESK_TOMBSTONE_DAYS"
ENV_POOL_SIZE = "HEALTHDESK_POOL_SIZE"
ENV_POOL_TIMEOUT = "HEALTHDESK_POOL_TIMEOUT"


class ConfigError(ValueError):
    """A setting is missing or out of range; the message names it."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    # Deleted rows leave the change feed this many days after their last change; a
    # device whose cursor is older must resync (docs/sync.md).
    tombstone_days: int = 90
    pool_size: int = 10
    # Seconds a request waits for a database connection before answering 503.
    pool_timeout: int = 10

    @classmethod
    def from_env(cls) -> Settings:
        url = os.environ.get(ENV_DATABASE_URL, "").strip()
        if not url:
            raise ConfigError(f"set {ENV_DATABASE_URL} to the PostgreSQL URL "
                              "(postgresql://user:password@host/dbname).")
        if not url.startswith(("postgresql://", "postgres://")):
            raise ConfigError(f"{ENV_DATABASE_URL} must start with postgresql://.")
        return cls(database_url=url,
                   tombstone_days=_int_env(ENV_TOMBSTONE_DAYS, 90, 1, 3650),
                   pool_size=_int_env(ENV_POOL_SIZE, 10, 1, 500),
                   pool_timeout=_int_env(ENV_POOL_TIMEOUT, 10, 1, 300))


def _int_env(name: str, default: int, low: int, high: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}.") from None
    if not low <= value <= high:
        raise ConfigError(f"{name} must be a whole number from {low} to {high}.")
    return value
