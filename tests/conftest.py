"""Shared fixtures: a fresh encrypted store per test, copied from a template.

Creating a store runs every migration; copying a template file made once per session
keeps each test's store real (SQLCipher, same schema) and fast.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HEALTHDESK_KDF", "fast")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

from healthdesk.store.keys import KdfParams

# A real PostgreSQL and sync server for tests/server and tests/sync (fixtures: see tests/pg.py).
pytest_plugins = ["tests.pg"]

# CI draws the same examples every run (a failure there is then one anyone can replay,
# and a run never fails on a case no one has seen); dev and long keep exploring.
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

PASSPHRASE = "correct horse battery staple"
FAST = KdfParams(time_cost=1, memory_cost=1024, parallelism=1)


class FakeClock:
    """A settable clock: the edge of the world that tests may control."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.t = start or dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.t

    def advance(self, **kw: float) -> None:
        self.t += dt.timedelta(**kw)


@pytest.fixture(scope="session")
def template_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from healthdesk.store.vault import create_store

    d = tmp_path_factory.mktemp("template") / "data"
    store, recovery = create_store(d, PASSPHRASE, kdf=FAST)
    store.db.checkpoint()
    store.close()
    (d / "recovery.txt").write_text(recovery)
    return d


@pytest.fixture
def data_dir(tmp_path: Path, template_store: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir(mode=0o700)
    for f in ("healthdesk.db", "keys.json"):
        shutil.copy2(template_store / f, d / f)
    return d


@pytest.fixture
def recovery_key(template_store: Path) -> str:
    return (template_store / "recovery.txt").read_text()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def record(data_dir: Path, clock: FakeClock) -> Iterator:
    from healthdesk.services.record import HealthRecord

    rec = HealthRecord.open(data_dir, passphrase=PASSPHRASE, clock=clock, actor="Test User")
    yield rec
    rec.close()


@pytest.fixture
def profile_id(record) -> str:  # type: ignore[no-untyped-def]
    return record.profiles.create(name="Asha Rao", date_of_birth="1954-02-11", sex="female").id


@pytest.fixture(autouse=True)
def _core_language_reset() -> Iterator[None]:
    """A test that chooses a language (set_language, --lang in-process) leaves the next
    test the environment's: the choice is process-wide, so it would outlive the test."""
    yield
    from healthdesk.domain.i18n import set_language

    set_language(None)
