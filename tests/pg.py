"""A real PostgreSQL and a real sync server for tests (a pytest plugin, see conftest.py).

Where PostgreSQL comes from, first match wins:
1. ``HEALTHDESK_TEST_DATABASE_URL``: an existing server; the URL's role needs CREATEDB.
2. ``initdb``/``pg_ctl`` on PATH or under /usr/lib/postgresql/*/bin: a throw-away
   cluster in a temp dir on a free port (as root it runs as an unprivileged system user,
   because PostgreSQL refuses to run as root).
3. the ``pgserver`` package from PyPI, if installed.
None of these: the tests that need a database fail with a message saying so.

Fixtures:
- ``pg_admin_url`` (session): URL of the cluster's maintenance database.
- ``pg_template`` (session): name of a database migrated to the newest server schema.
- ``server_db`` (module): URL of a fresh database for this test module (a copy of the
  template; fast).
- ``server`` (module): a :class:`ServerProcess`, the real app under uvicorn in a
  subprocess on 127.0.0.1:<free port> against ``server_db``; ``.stop()``/``.start()``
  restart it on the same port.
- ``server_url`` (module): ``server.url``, e.g. ``http://127.0.0.1:41234``.
- ``make_account`` (module): ``make_account(name=None, password=...) -> Account``
  creates an account directly in ``server_db``; ``Account.login(server_url, device_id)``
  returns a bearer token over HTTP.

Helpers for any test: :func:`login`, :func:`free_port`, :func:`ssl_context` (share one:
building an httpx client's TLS context costs ~30 ms), :data:`PASSWORD`.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

PASSWORD = "correct horse battery staple"
PG_USER = "healthdesk_pg"
_TEMPLATE = "healthdesk_template"
_db_counter = itertools.count(1)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def with_database(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + dbname))


def find_pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit()
                        else 0)
    return Path(candidates[-1]).parent if candidates else None


def _unprivileged_user() -> str:
    """A system user PostgreSQL agrees to run as (it refuses root)."""
    for name in (PG_USER, "postgres"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                    PG_USER], check=True, capture_output=True)
    return PG_USER


class Cluster:
    """A throw-away cluster: initdb into a temp dir, pg_ctl start on a free port.

    ``durable=False`` (tests) turns fsync off; benchmarks keep PostgreSQL's defaults.
    """

    def __init__(self, bindir: Path, durable: bool = False) -> None:
        self.durable = durable
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="healthdesk-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.user = _unprivileged_user() if os.geteuid() == 0 else None

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> str:
        if self.user:
            shutil.chown(self.root, self.user)
        self.root.chmod(0o700)
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C")
        # Durability off: a crash of a test cluster loses nothing anyone needs, and
        # fsync on every commit would dominate the run time.
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                "-c max_connections=300")
        if not self.durable:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.root / "log"), "-o", opts, "-w", "-t", "60", "start")
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                      "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    env = os.environ.get("HEALTHDESK_TEST_DATABASE_URL", "").strip()
    if env:
        yield env
        return
    bindir = find_pg_bin()
    if bindir is not None:
        cluster = Cluster(bindir)
        try:
            url = cluster.start()
        except subprocess.CalledProcessError as exc:
            cluster.stop()
            pytest.fail(f"could not start a test PostgreSQL with {bindir}: "
                        f"{(exc.stderr or exc.stdout or '').strip()[-500:]}")
        try:
            yield url
        finally:
            cluster.stop()
        return
    try:
        import pgserver  # type: ignore[import-not-found]
    except ImportError:
        pytest.fail("the server tests need PostgreSQL: set HEALTHDESK_TEST_DATABASE_URL, "
                    "install PostgreSQL (initdb/pg_ctl, e.g. apt-get install postgresql) "
                    "or pip install pgserver.")
    root = Path(tempfile.mkdtemp(prefix="healthdesk-pgserver-"))
    srv = pgserver.get_server(root, cleanup_mode="stop")
    try:
        yield srv.get_uri()
    finally:
        srv.cleanup()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_template(pg_admin_url: str) -> str:
    from healthdesk.server.migrate import upgrade

    _admin(pg_admin_url, f"DROP DATABASE IF EXISTS {_TEMPLATE}")
    _admin(pg_admin_url, f"CREATE DATABASE {_TEMPLATE}")
    upgrade(with_database(pg_admin_url, _TEMPLATE))
    return _TEMPLATE


def new_database(pg_admin_url: str, template: str | None) -> str:
    """A fresh database (a copy of ``template``, or empty); returns its URL."""
    name = f"hd_test_{os.getpid()}_{next(_db_counter)}"
    _admin(pg_admin_url, f"DROP DATABASE IF EXISTS {name}")
    _admin(pg_admin_url, f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template
                                                      else ""))
    return with_database(pg_admin_url, name)


@pytest.fixture(scope="module")
def server_db(pg_admin_url: str, pg_template: str) -> str:
    return new_database(pg_admin_url, pg_template)


class ServerProcess:
    """``healthdesk-server serve`` in a subprocess, restartable on the same port."""

    def __init__(self, database_url: str, port: int | None = None,
                 env: dict[str, str] | None = None, workers: int = 1) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = Path(tempfile.mkstemp(prefix="healthdesk-server-", suffix=".log")[1])

    def start(self, timeout: float = 30, healthy: bool = True) -> None:
        """Start and wait until it answers (with ``healthy``: until /health says 200)."""
        env = {**os.environ, "HEALTHDESK_DATABASE_URL": self.database_url,
               "HEALTHDESK_KDF": "fast", **self.extra_env}
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "healthdesk.server_cli", "serve",
                 "--host", "127.0.0.1", "--port", str(self.port),
                 "--workers", str(self.workers)],
                env=env, stdout=log, stderr=subprocess.STDOUT)
        self._wait_ready(timeout, healthy)

    def _wait_ready(self, timeout: float, healthy: bool) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited early:\n{self.log.read_text()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                status = httpx.get(self.url + "/health", timeout=10,
                                   verify=ssl_context()).status_code
                if status == 200 or not healthy:
                    return
            time.sleep(0.05)
        raise RuntimeError(f"the server did not answer /health:\n{self.log.read_text()[-3000:]}")

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


@pytest.fixture(scope="module")
def server(server_db: str) -> Iterator[ServerProcess]:
    proc = ServerProcess(server_db)
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()
        proc.log.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def server_url(server: ServerProcess) -> str:
    return server.url


@dataclass(frozen=True)
class Account:
    user: str
    password: str

    def login(self, server_url: str, device_id: str | None = None,
              device_name: str = "test device") -> str:
        return login(server_url, self.user, self.password, device_id, device_name)


_SSL: ssl.SSLContext | None = None


def ssl_context() -> ssl.SSLContext:
    """One TLS context for every test HTTP client: building one costs ~30 ms."""
    global _SSL
    if _SSL is None:
        _SSL = ssl.create_default_context()
    return _SSL


def login(server_url: str, user: str, password: str = PASSWORD,
          device_id: str | None = None, device_name: str = "test device") -> str:
    """Log a device in over HTTP; returns its bearer token."""
    import httpx

    r = httpx.post(server_url + "/v1/login", verify=ssl_context(), json={
        "user": user, "password": password, "device_name": device_name,
        "device_id": device_id or uuid.uuid4().hex}, timeout=30)
    r.raise_for_status()
    return str(r.json()["token"])


@pytest.fixture(scope="module")
def make_account(server_db: str) -> Callable[..., Account]:
    import psycopg

    from healthdesk.server.accounts import create_account

    names = itertools.count(1)

    def make(name: str | None = None, password: str = PASSWORD) -> Account:
        user = name or f"user{next(names)}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(server_db) as conn:
            create_account(conn, user, password)
        return Account(user, password)

    return make
