"""Which address a request comes from: the socket's peer, or, when that peer is one of
the configured reverse proxies, the client it forwarded for.

Anyone can write an ``X-Forwarded-For`` header, so it is read only from a trusted proxy,
and then from the right: each proxy appends the address it saw, so the right-most entry
that is not itself a trusted proxy is the client; anything left of it the client may
have made up.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from .config import Network

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _address(text: str) -> Address | None:
    text = text.strip().strip('"')
    if text.startswith("["):  # "[::1]:443"
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:  # "192.0.2.1:8080"
        text = text.split(":", 1)[0]
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def _trusted(addr: Address, proxies: tuple[Network, ...]) -> bool:
    return any(addr.version == net.version and addr in net for net in proxies)


def client_address(peer: str | None, forwarded_for: Iterable[str],
                   proxies: tuple[Network, ...]) -> str:
    """The address the login back-off counts against (text, at most 64 characters)."""
    peer_addr = _address(peer or "")
    if peer_addr is None:
        return (peer or "unknown")[:64]
    if not proxies or not _trusted(peer_addr, proxies):
        return str(peer_addr)
    hops = [h for header in forwarded_for for h in header.split(",") if h.strip()]
    client = peer_addr
    for hop in reversed(hops):
        addr = _address(hop)
        if addr is None:
            break  # a hop no proxy of ours would write: stop at the last one we trust
        client = addr
        if not _trusted(addr, proxies):
            break
    return str(client)
