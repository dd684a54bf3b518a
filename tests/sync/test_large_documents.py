"""Scanned documents are megabytes each: pushes are cut into requests of a few MiB and
the bytes arrive intact on the other device."""

from __future__ import annotations

import hashlib
import os

from tests.sync.conftest import assert_converged


def test_big_documents_go_in_several_requests_and_arrive_intact(new_device,
                                                                make_account) -> None:  # type: ignore[no-untyped-def]
    acct = make_account()
    a, b = new_device(acct), new_device(acct)
    pid = a.record.profiles.create(name="Asha Rao").id
    blobs = [os.urandom(5 * 1024 * 1024) for _ in range(2)]
    ids = [a.record.documents.import_bytes(pid, blob, f"scan{i}.pdf", title=f"Scan {i}").id
           for i, blob in enumerate(blobs)]
    sends: list[str] = []
    a.record.sync.sync_now(progress=sends.append)
    assert len([m for m in sends if m.startswith("Sending")]) >= 2
    b.sync()
    for doc, blob in zip(ids, blobs, strict=True):
        data = b.record.documents.read_bytes(doc)
        assert hashlib.sha256(data).digest() == hashlib.sha256(blob).digest()
    assert_converged(a, b)
