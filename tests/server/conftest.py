"""Devices of accounts on the module's real server (tests/pg.py starts it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from .client import Device, device_for


@pytest.fixture
def new_device(server_url: str, make_account) -> Iterator[Callable[..., Device]]:  # type: ignore[no-untyped-def]
    made: list[Device] = []

    def make(account=None) -> Device:  # type: ignore[no-untyped-def]
        made.append(device_for(server_url, account or make_account()))
        return made[-1]

    yield make
    for d in made:
        d.close()
