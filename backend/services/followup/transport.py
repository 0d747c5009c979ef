"""Handing a finished message to the world: an SMTP server, or .eml files when there is none.

Every failure is classified, because the outbox acts on the class:
- TransientError: nothing was delivered and a later try may work (retry with backoff);
- PermanentError: the server refused this message for good (fail now, say why);
- UnknownOutcome: the whole message reached the server but its answer did not reach
  us. It may have been delivered; sending again could make a duplicate, so a person decides.
"""
from __future__ import annotations

import os
import re
import smtplib
import ssl
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit


class DeliveryError(Exception):
    pass


class TransientError(DeliveryError):
    pass


class PermanentError(DeliveryError):
    pass


class UnknownOutcome(DeliveryError):
    pass


class Transport(Protocol):
    def send(self, raw: bytes, sender: str, recipient: str, *, name: str) -> None: ...

    def close(self) -> None: ...


def _refused(stage: str, code: int, reply: bytes) -> DeliveryError:
    text = f"{stage} refused: {code} {reply.decode(errors='replace')}"
    return PermanentError(text) if 500 <= code < 600 else TransientError(text)


class SmtpTransport:
    """One connection, reused for every message of a dispatch run and reopened after errors."""

    def __init__(self, url: str, *, timeout: float):
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            # Retried like an outage: whoever fixes the setting in time gets the mail out.
            raise TransientError("the SMTP setting is not smtp://user:pass@host:587?starttls=1 "
                                 "or smtps://user:pass@host:465")
        query = parse_qs(parts.query)
        self.host = parts.hostname or "localhost"
        self.ssl = parts.scheme == "smtps"
        self.port = parts.port or (465 if self.ssl else 587)
        self.starttls = not self.ssl and query.get("starttls", ["0"])[0] in ("1", "true", "yes")
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.timeout = float(query.get("timeout", [timeout])[0])
        self._smtp: smtplib.SMTP | None = None

    def describe(self) -> str:
        return f"{'smtps' if self.ssl else 'smtp'}://{self.host}:{self.port}"

    def _connect(self) -> smtplib.SMTP:
        try:
            if self.ssl:
                smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            smtp.ehlo()
            if self.starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if self.username:
                smtp.login(self.username, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise TransientError(f"{self.describe()} refused the login: {exc.smtp_code}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TransientError(f"cannot reach {self.describe()}: {exc or type(exc).__name__}") from exc
        return smtp

    def send(self, raw: bytes, sender: str, recipient: str, *, name: str = "") -> None:
        if self._smtp is None:
            self._smtp = self._connect()
        smtp = self._smtp
        handed_over = False
        try:
            code, reply = smtp.mail(sender)
            if code != 250:
                raise _refused("sender", code, reply)
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise _refused("recipient", code, reply)
            code, reply = smtp.docmd("DATA")
            if code != 354:
                raise _refused("DATA", code, reply)
            # smtplib.data() hides whether the message was out before the line broke; we need to know.
            smtp.send(_dot_stuffed(raw))
            handed_over = True
            code, reply = smtp.getreply()
        except DeliveryError:
            self._reset()
            raise
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            if handed_over:
                raise UnknownOutcome(f"{self.describe()} took the message but the connection broke before "
                                     f"it confirmed: {exc or type(exc).__name__}") from exc
            raise TransientError(f"{self.describe()} dropped the connection: {exc or type(exc).__name__}") from exc
        if code != 250:
            self._reset()
            raise _refused("message", code, reply)

    def _reset(self) -> None:
        try:
            self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self.close()

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None


def _dot_stuffed(raw: bytes) -> bytes:
    body = re.sub(rb"(?m)^\.", b"..", raw)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"


class FileTransport:
    """The embedded default: each mail as an .eml file a person can open or forward."""

    def __init__(self, directory: Path):
        self.directory = directory

    def describe(self) -> str:
        return str(self.directory)

    def send(self, raw: bytes, sender: str, recipient: str, *, name: str = "message") -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            target = self.directory / f"{name}.eml"
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(raw)
            os.replace(tmp, target)  # a reader never sees half a mail
        except OSError as exc:
            raise TransientError(f"cannot write {self.directory}: {exc}") from exc

    def close(self) -> None:
        pass


def open_transport(smtp_url: str | None, *, outbox_dir: Path, timeout: float) -> SmtpTransport | FileTransport:
    return SmtpTransport(smtp_url, timeout=timeout) if smtp_url else FileTransport(outbox_dir)
