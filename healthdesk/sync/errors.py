"""Sync failures, each with a sentence a person can act on."""

from __future__ import annotations


class SyncError(RuntimeError):
    """A sync round could not finish; ``str()`` says why and what to do."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "Sync failed."


class NotSignedInError(SyncError):
    """No account on this device, or the server no longer accepts its token."""


class ServerUnreachableError(SyncError):
    """The network or the server is down; trying again later may work."""


class CertificateError(ServerUnreachableError):
    """The server's TLS certificate failed verification or its pinned fingerprint."""


class ServerRefusedError(SyncError):
    """The server answered with an error for this request."""

    def __init__(self, message: str, status: int, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class SyncCancelled(Exception):
    """The user stopped the round. Every page committed before stays (the engine commits
    per batch and per page), so the store is consistent and the next round resumes."""

    def __str__(self) -> str:
        return "Sync stopped; what was sent and received so far is kept."
