"""Devices of accounts on the module's real server (tests/pg.py starts it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest

from .client import Device


@pytest.fixture
def new_device(server_url: str, make_account) -> Iterator[Callable[..., Device]]:  # type: ignore[no-untyped-def]
    made: list[Device] = []

    def make(account=None) -> Device:  # type: ignore[no-untyped-def]
        account = account or make_account()
        device_id = uuid.uuid4().hex
        d = Device(server_url, account.login(server_url, device_id), device_id)
        d.account = account  # type: ignore[attr-defined]
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()
