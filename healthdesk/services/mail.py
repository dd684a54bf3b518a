"""E-mail and webhook channels: this device's settings, and handing one message over.

The SMTP account belongs to a device, not to the record, so its settings live in the
device-local state; the password lives only in the OS keyring (store/secret_store.py).
Security is STARTTLS or implicit TLS, both verifying the server's certificate; plain
SMTP is allowed only to a loopback address (a local relay or a test server), because a
health message must not cross a network in the clear.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import smtplib
import ssl
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlsplit

from healthdesk.domain.errors import ValidationError
from healthdesk.domain.i18n import _
from healthdesk.domain.validation import int_in_range, optional_text, require_text
from healthdesk.store import local_state
from healthdesk.store.errors import StoreError
from healthdesk.store.keyring_store import DeviceKeyring
from healthdesk.store.secret_store import SecretStore
from healthdesk.store.vault import Store

from .base import ServiceBase

SECURITY = ("starttls", "tls", "plain")
MAIL_KEY = "mail.settings"
WEBHOOK_KEY = "webhook.settings"
PASSWORD = "smtp"
TIMEOUT = 20.0


class DeliveryError(Exception):
    """One attempt failed; ``str()`` is the reason to record (a server's reply
    included), ``permanent`` when retrying cannot help (a 5xx refusal)."""

    def __init__(self, reason: str, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: str
    username: str | None
    sender: str


@dataclass(frozen=True)
class WebhookSettings:
    url: str


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def clean_mail_settings(host: Any, port: Any, security: Any, username: Any,
                        sender: Any) -> MailSettings:
    """Raises ValidationError naming the field."""
    h = require_text("host", host, 253)
    p = int_in_range("port", port, 1, 65535)
    if security not in SECURITY:
        raise ValidationError("security", _("Security must be one of: {allowed}.").format(
            allowed=", ".join(SECURITY)))
    if security == "plain" and not is_loopback(h):
        raise ValidationError("security", _(
            "Plain SMTP (no TLS) is allowed only to this computer (127.0.0.1 or "
            "localhost); use starttls or tls for {host}.").format(host=h))
    who = optional_text("username", username, 200)
    frm = require_text("sender", sender, 200)
    if "@" not in frm:
        raise ValidationError("sender", _(
            "Sender must be an e-mail address like name@example.com."))
    return MailSettings(h, p, str(security), who, frm)


def compose(settings: MailSettings, to: str, subject: str, body: str, message_id: str,
            when: dt.datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to alerts
    msg.set_content(body)
    return msg


def smtp_send(settings: MailSettings, password: str | None, msg: EmailMessage,
              timeout: float = TIMEOUT) -> None:
    """Hand one message to the server. Raises DeliveryError with the reason."""
    context = ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if settings.security == "tls":
            smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout,
                                    context=context)
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
        with smtp:
            if settings.security == "starttls":
                smtp.starttls(context=context)
            if settings.username:
                smtp.login(settings.username, password or "")
            smtp.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        code, reply = next(iter(exc.recipients.values()))
        raise DeliveryError(_reply(code, reply), permanent=code >= 500) from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(_reply(exc.smtp_code, exc.smtp_error),
                            permanent=exc.smtp_code >= 500) from None
    except (TimeoutError, smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise DeliveryError(_("Could not reach the mail server {host}:{port}: {why}").format(
            host=settings.host, port=settings.port, why=str(exc) or type(exc).__name__)
        ) from None


def _reply(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return _("The mail server refused the message: {code} {reply}").format(
        code=code, reply=text)


def webhook_send(settings: WebhookSettings, token: str | None, payload: dict[str, Any],
                 timeout: float = TIMEOUT) -> None:
    """POST the payload as JSON (an SMS or messaging gateway). Raises DeliveryError."""
    import requests  # ~40 ms to import: on the first webhook, not at start-up

    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        r = requests.post(settings.url, data=json.dumps(payload), headers=headers,
                          timeout=timeout)
    except requests.RequestException as exc:
        raise DeliveryError(_("Could not reach the webhook: {why}").format(
            why=type(exc).__name__)) from None
    if r.status_code >= 300:
        raise DeliveryError(_("The webhook answered {code}: {text}").format(
            code=r.status_code, text=r.text[:200]), permanent=400 <= r.status_code < 500)


class MailService(ServiceBase):
    """This device's e-mail and webhook settings."""

    def __init__(self, store: Store, keyring: DeviceKeyring | None) -> None:
        super().__init__(store)
        self._keyring = keyring

    def secrets(self) -> SecretStore:
        if self._keyring is None:
            from healthdesk.store.keyring_store import DeviceKeyring as _Ring

            self._keyring = _Ring()
        return SecretStore(self._keyring, self._store.store_id)

    def configure(self, *, host: str, port: int | str, security: str,
                  username: str | None, sender: str, password: str | None) -> MailSettings:
        """Save the SMTP settings here and the password in the keyring (refused with a
        StoreError when there is no secure keyring). Raises ValidationError."""
        settings = clean_mail_settings(host, port, security, username, sender)
        if password:
            self.secrets().put(PASSWORD, password)
        elif settings.username and self.secrets().get(PASSWORD) is None:
            raise ValidationError("password", _(
                "A password is needed for the user {user}.").format(user=settings.username))
        with self._store.db.write_unstamped() as s:
            local_state.put(s, MAIL_KEY, asdict(settings))
        return settings

    def mail_settings(self) -> MailSettings | None:
        with self._store.read() as s:
            raw = local_state.get(s, MAIL_KEY)
        return MailSettings(**raw) if isinstance(raw, dict) else None

    def password(self) -> str | None:
        return self.secrets().get(PASSWORD)

    def forget(self) -> None:
        self.secrets().forget(PASSWORD)
        with self._store.db.write_unstamped() as s:
            local_state.put(s, MAIL_KEY, None)

    def test(self, to: str) -> None:
        """Send a test message now. Raises DeliveryError, StoreError (not set up)."""
        settings = self.mail_settings()
        if settings is None:
            raise StoreError(_("E-mail is not set up on this device; run "
                               "'healthdesk mail set' first."))
        from healthdesk.domain.notification_rules import message_id

        now = self.now()
        msg = compose(settings, to, _("HealthDesk test message"), _(
            "This is a test from HealthDesk: alerts sent from this computer will arrive "
            "like this one."), message_id(f"test|{now.isoformat()}"), now)
        smtp_send(settings, self.password(), msg)

    def set_webhook(self, url: str | None, token: str | None = None) -> WebhookSettings | None:
        """An HTTPS URL (http only to loopback); None removes it. Raises ValidationError."""
        if url is None:
            with self._store.db.write_unstamped() as s:
                local_state.put(s, WEBHOOK_KEY, None)
            return None
        text = require_text("url", url, 2000)
        parsed = urlsplit(text)
        if parsed.scheme not in ("https", "http") or not parsed.hostname or (
                parsed.scheme == "http" and not is_loopback(parsed.hostname)):
            raise ValidationError("url", _(
                "Webhook URL must start with https:// (http:// only to this computer)."))
        if token:
            self.secrets().put("webhook", token)
        hook = WebhookSettings(text)
        with self._store.db.write_unstamped() as s:
            local_state.put(s, WEBHOOK_KEY, asdict(hook))
        return hook

    def webhook(self) -> WebhookSettings | None:
        with self._store.read() as s:
            raw = local_state.get(s, WEBHOOK_KEY)
        return WebhookSettings(**raw) if isinstance(raw, dict) else None

    def webhook_token(self) -> str | None:
        return self.secrets().get("webhook")
