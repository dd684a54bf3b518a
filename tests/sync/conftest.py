"""Devices for the sync tests: each a fresh encrypted store with its own device id,
signed in to the module's real server (tests/pg.py) over real HTTP."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from healthdesk.interop.json_export import render_export
from healthdesk.services.record import HealthRecord
from healthdesk.store.vault import utc_now
from tests.conftest import FAST, PASSPHRASE
from tests.pg import Account

_names = itertools.count(1)


class SkewedClock:
    """The real clock plus a settable offset: a device whose clock is wrong."""

    def __init__(self, offset: dt.timedelta | None = None) -> None:
        self.offset = offset or dt.timedelta(0)

    def __call__(self) -> dt.datetime:
        return utc_now() + self.offset


class Device:
    """One installation: its own store (own device id), signed in as ``account``."""

    def __init__(self, root: Path, server_url: str, account: Account,
                 clock: SkewedClock | None = None) -> None:
        self.name = f"dev{next(_names)}"
        self.dir = root / self.name
        self.clock = clock or SkewedClock()
        self.record, _ = HealthRecord.create(self.dir, PASSPHRASE, kdf=FAST, clock=self.clock,
                                             actor=self.name)
        self.account = account
        self.server_url = server_url
        self.record.sync.login(server_url, account.user, account.password,
                               device_name=self.name)

    @property
    def device_id(self) -> str:
        return self.record.device_id

    def sync(self):  # type: ignore[no-untyped-def]
        return self.record.sync.sync_now()

    def export(self) -> bytes:
        return render_export(self.record.store)

    def reopen(self) -> None:
        self.record.close()
        self.record = HealthRecord.open(self.dir, passphrase=PASSPHRASE, clock=self.clock,
                                        actor=self.name)

    def close(self) -> None:
        self.record.close()


@pytest.fixture
def new_device(tmp_path: Path, server_url: str, make_account) -> Iterator[Callable[..., Device]]:  # type: ignore[no-untyped-def]
    made: list[Device] = []

    def make(account: Account | None = None, clock: SkewedClock | None = None) -> Device:
        d = Device(tmp_path, server_url, account or make_account(), clock)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


def settle(*devices: Device, rounds: int = 2) -> None:
    """Sync every device, twice over, so each has seen everything the others pushed."""
    for _ in range(rounds):
        for d in devices:
            d.sync()


def _difference(a: bytes, b: bytes) -> str:
    ta, tb = json.loads(a)["tables"], json.loads(b)["tables"]
    for table in sorted(set(ta) | set(tb)):
        ra = {r["id"]: r for r in ta.get(table, [])}
        rb = {r["id"]: r for r in tb.get(table, [])}
        for rid in sorted(set(ra) | set(rb)):
            x, y = ra.get(rid), rb.get(rid)
            if x != y:
                if x is None or y is None:
                    return f"{table} {rid}: only on {'second' if x is None else 'first'}"
                cols = {k: (x.get(k), y.get(k)) for k in set(x) | set(y) if x.get(k) != y.get(k)}
                return f"{table} {rid}: {cols}"
    return "header differs"


def assert_converged(*devices: Device) -> bytes:
    """Every device's canonical export is byte-identical to the first's."""
    exports = [d.export() for d in devices]
    for d, e in zip(devices[1:], exports[1:], strict=True):
        assert e == exports[0], (f"{d.name} differs from {devices[0].name}: "
                                 + _difference(exports[0], e))
    return exports[0]


@pytest.fixture
def open_window(qapp, qtbot) -> Iterator[Callable[[Device], Any]]:  # type: ignore[no-untyped-def]
    """``open_window(device)``: the main window on that device's record, shown offscreen
    with its first reads done; the GUI-thread GC guard holds until the window's work has
    drained (tests/ui/conftest.py says why)."""
    from healthdesk.ui.context import UiContext
    from healthdesk.ui.gc_guard import GcGuard
    from healthdesk.ui.main_window import MainWindow
    from healthdesk.ui.ops import TaskManager

    guard = GcGuard()
    managers: list[TaskManager] = []

    def make(device: Device) -> Any:
        tasks = TaskManager()
        managers.append(tasks)
        w = MainWindow(UiContext(device.record, tasks))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: tasks.pending == 0, timeout=10_000)
        return w

    yield make
    for tasks in managers:
        tasks.wait_idle()
    guard.release()
