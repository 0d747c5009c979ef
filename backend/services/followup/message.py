"""A reviewed draft turned into the exact bytes that will be sent."""
from __future__ import annotations

import re
import uuid
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from backend.services.errors import Invalid
from backend.services.followup.content import one_line

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Deliberately narrower than RFC 5322: one plain address, nothing a header could be smuggled in.
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def valid_address(value: str | None) -> bool:
    return bool(value) and len(value) <= 254 and _ADDRESS.match(value) is not None


def address(name: str, email: str) -> Address:
    if not valid_address(email):
        raise Invalid("Not a single plain email address.", {"email": email})
    username, domain = email.rsplit("@", 1)
    return Address(display_name=one_line(name)[:100], username=username, domain=domain)


def new_message_id(sender_email: str) -> str:
    return f"<{uuid.uuid4().hex}@{sender_email.rsplit('@', 1)[1]}>"


def build(*, sender: Address, recipient: Address, subject: str, text: str, html: str, message_id: str,
          inline: list[tuple[str, bytes]], attachments: list[tuple[str, str, bytes]],
          read_receipt: bool) -> bytes:
    """multipart/mixed[alternative[text, related[html, photos]], attachments], without a Date."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = recipient  # one recipient per mail, always: this is a personal letter
    msg["Subject"] = one_line(subject)
    msg["Message-ID"] = message_id
    if read_receipt:
        msg["Disposition-Notification-To"] = str(sender)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    html_part = msg.get_payload()[1]
    for cid, jpeg in inline:
        html_part.add_related(jpeg, "image", "jpeg", cid=f"<{cid}>", disposition="inline")
    for filename, content_type, data in attachments:
        maintype, subtype = content_type.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def stamp_date(raw: bytes, at: datetime) -> bytes:
    """The Date header says when the mail really left, not when it was approved."""
    return f"Date: {format_datetime(at)}\r\n".encode() + raw
