"""A remote (or local) model for the assistant, only when the person turns it on.

Speaks the OpenAI-compatible ``/v1/chat/completions`` API with streaming (server-sent
events), which hosted services, a local Ollama (``http://127.0.0.1:11434``) and llama.cpp's
server all offer. What is sent is the question and the facts the offline assistant found
for it, numbered, with the record's names replaced by "Person 1", "Person 2"... unless the
person turns that off; ``Outgoing.preview()`` is exactly that text, for the consent dialog.
The model is told to answer only from those facts and to cite them as [n]. Any failure
(offline, a timeout, an error status, a reply that is not the API) is one sentence, and the
offline answer follows it. The API key lives in the OS keyring, never in the store.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import requests

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.store import keyring_store, local_state
from healthdesk.store.keyring_store import SERVICE_NAME, DeviceKeyring

if TYPE_CHECKING:
    from .assistant import Answer, Assistant
    from .record import HealthRecord

PREFIX = "assistant.remote."
SYSTEM_PROMPT = (
    "You help a patient or caregiver read their own health record. Answer the question "
    "using ONLY the numbered facts below, and cite each fact you use as [n]. If the facts "
    "do not answer the question, say so. Never give a diagnosis, never invent a number, and "
    "for medicines add nothing beyond what the facts say: suggest asking a pharmacist or "
    "doctor instead.")


@dataclass(frozen=True)
class RemoteConfig:
    enabled: bool = False
    base_url: str = ""  # e.g. http://127.0.0.1:11434 (the /v1/chat/completions is added)
    model: str = ""
    replace_names: bool = True
    timeout_seconds: float = 30.0

    @property
    def endpoint(self) -> str:
        base = self.base_url.rstrip("/")
        if base.endswith("/chat/completions"):
            return base
        return base + ("/chat/completions" if base.endswith("/v1") else "/v1/chat/completions")


def check_config(cfg: RemoteConfig) -> RemoteConfig:
    """Raises ValidationError naming the field and what is allowed."""
    url = cfg.base_url.strip()
    if cfg.enabled or url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValidationError("base_url", _("Server address must be an http:// or https:// "
                                  "address, like http://127.0.0.1:11434."))
    if cfg.enabled and not cfg.model.strip():
        raise ValidationError("model", _("Model is required when the remote model is on "
                              "(e.g. llama3.2 or gpt-4o-mini)."))
    if not 1 <= cfg.timeout_seconds <= 300:
        raise ValidationError("timeout_seconds", _("Timeout must be between 1 and 300 seconds."))
    return replace(cfg, base_url=url, model=cfg.model.strip())


class RemoteSettings:
    """This device's remote-model settings (device-local, never synced) and API key."""

    def __init__(self, record: HealthRecord, keyring: DeviceKeyring | None = None) -> None:
        self._store = record.store
        self._keyring = keyring
        self._session_key: str | None = None  # when no secure keyring exists

    def load(self) -> RemoteConfig:
        with self._store.read() as s:
            v = local_state.get_prefixed(s, PREFIX)
        return RemoteConfig(bool(v.get("enabled", False)), str(v.get("base_url") or ""),
                            str(v.get("model") or ""), bool(v.get("replace_names", True)),
                            float(v.get("timeout_seconds") or 30.0))

    def save(self, cfg: RemoteConfig) -> RemoteConfig:
        clean = check_config(cfg)
        with self._store.db.write_unstamped() as s:
            local_state.put_many(s, {PREFIX + k: v for k, v in clean.__dict__.items()})
        return clean

    def _backend(self) -> Any:
        kr = self._keyring or DeviceKeyring()
        return keyring_store._concrete_backend(kr.backend) if kr.available() else None

    def _key_name(self) -> str:
        return f"assistant-api-key:{self._store.store_id}"

    def set_api_key(self, key: str | None) -> bool:
        """Keep the key in the keyring; True when it was kept there. Without a secure
        keyring it is kept for this session only (never written to a file)."""
        backend = self._backend()
        self._session_key = key or None
        if backend is None:
            return False
        try:
            if key:
                backend.set_password(SERVICE_NAME, self._key_name(), key)
            else:
                backend.delete_password(SERVICE_NAME, self._key_name())
        except Exception:  # a locked keyring, or nothing to delete
            return False
        return True

    def api_key(self) -> str | None:
        backend = self._backend()
        if backend is not None:
            try:
                found = backend.get_password(SERVICE_NAME, self._key_name())
            except Exception:
                found = None
            if found:
                return str(found)
        return self._session_key


@dataclass(frozen=True)
class Outgoing:
    """Exactly what leaves the device for one question."""

    endpoint: str
    model: str
    messages: tuple[dict[str, str], ...]
    names: dict[str, str]  # placeholder -> real name, to put the names back locally

    def body(self) -> dict[str, Any]:
        return {"model": self.model, "messages": list(self.messages), "stream": True}

    def preview(self) -> str:
        """Every message sent, in order, with where it goes (the API key is not shown)."""
        return f"To {self.endpoint} (model {self.model}):\n\n" + "\n\n".join(
            f"[{m['role']}]\n{m['content']}" for m in self.messages)


def _replace_names(text: str, names: Sequence[str]) -> tuple[str, dict[str, str]]:
    mapping: dict[str, str] = {}
    for i, name in enumerate(sorted({n for n in names if n.strip()}, key=len, reverse=True)):
        tag = f"Person {i + 1}"
        parts = [name, *[p for p in name.split() if len(p) >= 3]]
        hit = False
        for part in parts:
            pattern = re.compile(r"\b" + re.escape(part) + r"\b", re.IGNORECASE)
            if pattern.search(text):
                text, hit = pattern.sub(tag, text), True
        if hit:
            mapping[tag] = name
    return text, mapping


def build_request(cfg: RemoteConfig, question: str, facts: Sequence[str],
                  names: Sequence[str]) -> Outgoing:
    numbered = "\n".join(f"[{i}] {f.lstrip('- ')}" for i, f in enumerate(facts, start=1))
    content = f"Question: {question}\n\nFacts from the record:\n{numbered or '(none found)'}"
    mapping: dict[str, str] = {}
    if cfg.replace_names:
        content, mapping = _replace_names(content, names)
    return Outgoing(cfg.endpoint, cfg.model, ({"role": "system", "content": SYSTEM_PROMPT},
                                              {"role": "user", "content": content}), mapping)


class RemoteError(Exception):
    """One sentence saying what went wrong."""


class Cancelled(Exception):
    pass


def stream_completion(out: Outgoing, api_key: str | None, timeout: float,
                      on_text: Callable[[str], None] | None = None,
                      cancel: threading.Event | None = None) -> str:
    """Send the request and stream the reply; returns the whole reply.

    Raises RemoteError (one sentence) or Cancelled.
    """
    headers = {"Accept": "text/event-stream"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    deadline = time.monotonic() + timeout
    host = urlparse(out.endpoint).netloc
    try:
        resp = requests.post(out.endpoint, json=out.body(), headers=headers, stream=True,
                             timeout=(min(timeout, 10.0), timeout))
    except requests.Timeout:
        raise RemoteError(_("The model at {host} did not answer within {seconds} seconds.")
                          .format(host=host, seconds=f"{timeout:g}")) from None
    except requests.RequestException:
        raise RemoteError(_("The model at {host} could not be reached.").format(host=host)) \
            from None
    parts: list[str] = []
    with resp:
        if resp.status_code >= 400:
            raise RemoteError(_("The model at {host} refused the question (HTTP {status}).")
                              .format(host=host, status=resp.status_code))
        try:
            for raw in resp.iter_lines(decode_unicode=True):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if time.monotonic() > deadline:
                    raise RemoteError(_("The model at {host} did not finish within {seconds} "
                                        "seconds.").format(host=host, seconds=f"{timeout:g}"))
                if not raw or not raw.startswith("data:"):
                    continue
                data = raw[5:].strip()
                if data == "[DONE]":
                    break
                try:
                    chunk = json.loads(data)
                    piece = chunk["choices"][0].get("delta", {}).get("content") or ""
                except (ValueError, KeyError, IndexError, TypeError, AttributeError):
                    raise RemoteError(_("The model at {host} sent a reply that is not the "
                                        "chat completions API.").format(host=host)) from None
                if piece:
                    parts.append(piece)
                    if on_text is not None:
                        on_text(piece)
        except requests.RequestException as exc:
            # A read timeout mid-stream arrives wrapped in a ConnectionError.
            if isinstance(exc, requests.Timeout) or "timed out" in str(exc):
                raise RemoteError(_("The model at {host} did not answer within {seconds} "
                                    "seconds.").format(host=host, seconds=f"{timeout:g}")) \
                    from None
            raise RemoteError(_("The connection to the model at {host} broke.").format(
                host=host)) from None
    text = "".join(parts).strip()
    if not text:
        raise RemoteError(_("The model at {host} sent an empty answer.").format(host=host))
    return text


def record_names(record: HealthRecord) -> list[str]:
    """The names a question's facts may hold: people, their contacts and carers."""
    names = []
    for p in record.profiles.all():
        names.append(p.name)
        names.extend(c.name for c in record.contacts.for_profile(p.id))
    return names


def prepare(assistant: Assistant, cfg: RemoteConfig, question: str, profile_id: str,
            names: Sequence[str]) -> tuple[Answer, Outgoing]:
    """The offline answer and what would be sent for it (for the consent dialog)."""
    offline = assistant.answer(question, profile_id)
    return offline, build_request(cfg, question, offline.facts, names)


def answer_remotely(offline: Answer, out: Outgoing, api_key: str | None, timeout: float,
                    on_text: Callable[[str], None] | None = None,
                    cancel: threading.Event | None = None) -> Answer:
    """The model's answer grounded on ``offline``'s facts (the same cited rows), or on any
    failure one sentence and the offline answer. Red-flag notices always come first.
    Raises Cancelled."""
    started = time.perf_counter()
    notices = [f.notice for f in offline.red_flags]
    try:
        text = stream_completion(out, api_key, timeout, on_text, cancel)
    except RemoteError as exc:
        return replace(offline, text=f"{exc} Here is the offline answer instead.\n"
                       + offline.text, extra={**offline.extra, "remote_error": str(exc)})
    for tag, name in out.names.items():
        text = re.sub(r"\b" + re.escape(tag) + r"\b", name, text)
    ms = offline.response_ms + (time.perf_counter() - started) * 1000
    return replace(offline, text="\n".join([*notices, text]), response_ms=ms,
                   extra={**offline.extra, "remote": {"model": out.model,
                                                      "endpoint": out.endpoint}})
