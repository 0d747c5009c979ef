"""The bytes that go out: one recipient, no header injection, photos inline, workbook attached."""
from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone

import pytest

from backend.services.errors import Invalid
from backend.services.followup import content, message
from backend.services.followup.transport import _dot_stuffed


def build(name="Anna Schmidt", to="anna@schmidt.de", subject="Hello", **kw) -> email.message.EmailMessage:
    raw = message.build(
        sender=message.address("Acme", "sales@acme.test"), recipient=message.address(name, to), subject=subject,
        text="Hi", html="<p>Hi <img src='cid:p1@x'></p>", message_id="<m1@acme.test>",
        inline=kw.get("inline", [("p1@x", b"\xff\xd8jpeg")]),
        attachments=kw.get("attachments", [("Quotation_A_2026-11-10.xlsx", message.XLSX, b"PK")]),
        read_receipt=kw.get("read_receipt", False))
    stamped = message.stamp_date(raw, datetime(2026, 11, 10, 19, 31, tzinfo=timezone.utc))
    return email.message_from_bytes(stamped, policy=email.policy.default)


def test_a_mail_has_text_and_html_inline_photos_and_a_named_attachment():
    mail = build()
    assert mail.get_content_type() == "multipart/mixed"
    assert mail["Date"] == "Tue, 10 Nov 2026 19:31:00 +0000"
    assert mail.get_body(("plain",)).get_content().strip() == "Hi"
    [photo] = [p for p in mail.walk() if p.get_content_type() == "image/jpeg"]
    assert photo["Content-ID"] == "<p1@x>" and photo.get_content_disposition() == "inline"
    assert [a.get_filename() for a in mail.iter_attachments()] == ["Quotation_A_2026-11-10.xlsx"]
    assert mail["Disposition-Notification-To"] is None
    assert build(read_receipt=True)["Disposition-Notification-To"] == "Acme <sales@acme.test>"


@pytest.mark.parametrize("name", ["Eve\r\nBcc: all@example.com", "Eve\nX-Evil: 1", "Eve\rTo: b@example.com"])
def test_line_breaks_in_a_name_or_subject_never_become_headers(name):
    mail = build(name=name, subject=f"Quote\r\nBcc: x@example.com {name}")
    assert mail["Bcc"] is None and mail["X-Evil"] is None
    assert [a.addr_spec for a in mail["To"].addresses] == ["anna@schmidt.de"]
    assert "\n" not in mail["Subject"]


@pytest.mark.parametrize("address", ["a@b.de\r\nBcc: c@d.de", "a@b.de, c@d.de", "<a@b.de>", "a b@c.de", "", None])
def test_only_one_plain_address_is_accepted(address):
    assert not message.valid_address(address)
    with pytest.raises(Invalid):
        message.address("x", address)


def test_dot_stuffing_keeps_a_lone_dot_line_from_ending_the_message_early():
    assert _dot_stuffed(b"a\r\n.\r\nb") == b"a\r\n..\r\nb\r\n.\r\n"


def test_html_from_a_persons_text_is_escaped_and_keeps_the_photos():
    html = content.html_from_text("Hello <b>you</b>\nline two\n\nSecond", ["p1@x"])
    assert html.startswith("<p>Hello &lt;b&gt;you&lt;/b&gt;<br>\nline two</p>\n<p>Second</p>")
    assert 'src="cid:p1@x"' in html


def test_templates_render_in_a_sandbox():
    with pytest.raises(Invalid):
        content.render("key", content.SAMPLE, {"key": {"text": "{{ ''.__class__.__mro__[1].__subclasses__() }}"}})
    rendered = content.render("key", {**content.SAMPLE, "lead": {**content.SAMPLE["lead"], "greeting": "<i>"}})
    assert "&lt;i&gt;" in rendered.html and "Dear <i>," in rendered.text
