"""Transport that is never plain: http:// only to this computer, certificate errors
explained, a self-hosted server's certificate pinned by SHA-256 fingerprint. The TLS
server is the real app under uvicorn on 127.0.0.1 with a self-signed certificate."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from healthdesk.domain.errors import ValidationError
from healthdesk.services.record import HealthRecord
from healthdesk.sync.errors import CertificateError
from healthdesk.sync.transport import (
    normalize_fingerprint,
    normalize_url,
    pretty_fingerprint,
    server_fingerprint,
)
from tests.conftest import FAST, PASSPHRASE
from tests.pg import Account, free_port


def _self_signed(where: Path) -> tuple[Path, Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "healthdesk test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = where / "cert.pem", where / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path, cert.fingerprint(hashes.SHA256()).hex()


@pytest.fixture(scope="module")
def tls_server(server_url: str, server_db: str,
               tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(https URL, the certificate's fingerprint): the real app behind TLS. Depends on
    ``server_url`` so the database is the module's, already migrated."""
    where = tmp_path_factory.mktemp("tls")
    cert, key, fingerprint = _self_signed(where)
    port = free_port()
    env = {**os.environ, "HEALTHDESK_DATABASE_URL": server_db, "HEALTHDESK_KDF": "fast"}
    log = (where / "uvicorn.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "healthdesk.server.app:app_from_env", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--ssl-keyfile", str(key),
         "--ssl-certfile", str(cert), "--log-level", "warning",
         "--timeout-graceful-shutdown", "2"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, (where / "uvicorn.log").read_text()
        try:
            if requests.get(url + "/health", verify=str(cert), timeout=5).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.1)
    try:
        yield url, fingerprint
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:  # a client's kept-alive connection holds it
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture
def record(tmp_path: Path) -> Iterator[HealthRecord]:
    rec, _ = HealthRecord.create(tmp_path / "dev", PASSPHRASE, kdf=FAST, actor="t")
    yield rec
    rec.close()


@pytest.mark.parametrize("url", ["http://sync.example.org", "http://10.0.0.5:8000",
                                 "http://192.168.1.20", "http://127.0.0.1.example.org"])
def test_plain_http_to_another_host_is_refused_with_the_tls_sentence(url: str) -> None:
    with pytest.raises(ValueError, match="put TLS in front of the server"):
        normalize_url(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:8000/",
                                 "http://[::1]:8000", "http://127.0.0.2", "https://a.example"])
def test_loopback_http_and_https_are_allowed(url: str) -> None:
    assert normalize_url(url) == url.rstrip("/")


def test_login_refuses_plain_http_before_sending_the_password(record: HealthRecord,
                                                              make_account) -> None:  # type: ignore[no-untyped-def]
    acct: Account = make_account()
    with pytest.raises(ValidationError, match="TLS") as info:
        record.sync.login("http://sync.example.org", acct.user, acct.password)
    assert info.value.field == "server"
    assert record.sync.account() is None


def test_fingerprint_forms_and_bad_ones() -> None:
    digits = "ab" * 32
    assert normalize_fingerprint(pretty_fingerprint(digits)) == digits
    assert normalize_fingerprint("SHA256 Fingerprint=" + pretty_fingerprint(digits)) == digits
    assert normalize_fingerprint("sha256:" + digits.upper()) == digits
    for bad in ("", "ab" * 31, "zz" * 32):
        with pytest.raises(ValueError, match="64 hex"):
            normalize_fingerprint(bad)


def test_self_signed_server_refused_explained_then_pinned(record: HealthRecord, make_account,  # type: ignore[no-untyped-def]
                                                         tls_server: tuple[str, str]) -> None:
    url, fingerprint = tls_server
    acct: Account = make_account()
    assert server_fingerprint(url) == fingerprint
    # No pin: the CA check fails, in words, and nothing is bypassed.
    with pytest.raises(CertificateError, match=r"could not be verified.*fingerprint"):
        record.sync.login(url, acct.user, acct.password)
    assert record.sync.account() is None
    # A wrong pin: refused, explained.
    wrong = ("00" * 31) + "01"
    with pytest.raises(CertificateError, match="not the one pinned"):
        record.sync.login(url, acct.user, acct.password, fingerprint=wrong)
    assert record.sync.account() is None
    with pytest.raises(ValidationError, match="64 hex") as info:
        record.sync.login(url, acct.user, acct.password, fingerprint="not a digest")
    assert info.value.field == "fingerprint"
    # The right pin (as openssl prints it): signed in, and every later round is pinned.
    account = record.sync.login(url, acct.user, acct.password,
                                fingerprint=pretty_fingerprint(fingerprint))
    assert account.fingerprint == fingerprint
    pid = record.profiles.create(name="Asha Rao").id
    record.readings.record(pid, "pulse", {"pulse": 64})
    report = record.sync.sync_now()
    assert report.pushed >= 2
    assert record.sync.account().fingerprint == fingerprint  # type: ignore[union-attr]
