"""Server settings, read from the environment once at start-up."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass

ENV_DATABASE_URL = "HEALTHDESK_DATABASE_URL"
ENV_TOMBSTONE_DAYS = "HEALTHDESK_TOMBSTONE_DAYS"
ENV_POOL_SIZE = "HEALTHDESK_POOL_SIZE"
ENV_POOL_TIMEOUT = "HEALTHDESK_POOL_TIMEOUT"
ENV_MAX_REQUEST_MB = "HEALTHDESK_MAX_REQUEST_MB"
ENV_TRUSTED_PROXIES = "HEALTHDESK_TRUSTED_PROXIES"

MIB = 1024 * 1024
# The client cuts pushes into requests of ~8 MiB, but a single mutation bigger than that
# goes alone: a document of up to 50 MiB (services/documents.py MAX_BYTES) is ~66.7 MiB
# as base64 text. 80 MiB admits it with room for the row's other fields.
DEFAULT_MAX_REQUEST_MB = 80

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


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
    # The largest request body accepted from a signed-in device (413 beyond it).
    max_request_bytes: int = DEFAULT_MAX_REQUEST_MB * MIB
    # Reverse proxies whose X-Forwarded-For is believed; from anyone else the socket's
    # peer address is the client (the login back-off is keyed by it).
    trusted_proxies: tuple[Network, ...] = ()

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
                   pool_timeout=_int_env(ENV_POOL_TIMEOUT, 10, 1, 300),
                   max_request_bytes=_int_env(ENV_MAX_REQUEST_MB, DEFAULT_MAX_REQUEST_MB,
                                              1, 4096) * MIB,
                   trusted_proxies=parse_networks(os.environ.get(ENV_TRUSTED_PROXIES, "")))


def parse_networks(text: str) -> tuple[Network, ...]:
    """Addresses or CIDR blocks separated by commas or spaces; ConfigError on a bad one."""
    found: list[Network] = []
    for part in text.replace(",", " ").split():
        try:
            found.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise ConfigError(f"{ENV_TRUSTED_PROXIES}: {part!r} is not an IP address or "
                              "network (e.g. 127.0.0.1, 10.0.0.0/8, ::1).") from None
    return tuple(found)


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
