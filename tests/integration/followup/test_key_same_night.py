"""A key buyer gets tonight's mail: drafted at once, due at the show's evening, sent once."""
from __future__ import annotations

import io
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from tests.integration.followup.conftest import ORG_EMAIL

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_key_lead_is_mailed_once_at_the_shows_evening_with_its_quotation(booth, clock, smtp_server):
    clock.set(datetime(2026, 11, 10, 15, 10, tzinfo=BERLIN))
    lead = booth.capture(
        classification="key", name="Anna Schmidt", company="Schmidt Antriebstechnik GmbH",
        emails=["anna@schmidt-antrieb.de"], country="DE",
        products=[{"product_id": booth.products["6204-2RS"], "quantity": 20000}],
    )
    draft = booth.draft_for(lead)
    assert draft["kind"] == "key"
    assert draft["due_at"] == "2026-11-10T19:30:00+00:00"
    assert draft["due_local"] == "2026-11-10T20:30:00+01:00"
    workbook = "Quotation_Schmidt-Antriebstechnik-GmbH_2026-11-10.xlsx"
    assert [a["filename"] for a in draft["attachments"]] == [workbook]
    assert "6204-2RS" in draft["body_text"] and "MOQ" in draft["body_text"]

    approved = booth.approve(draft)
    message_id = approved["outbox"]["message_id"]
    assert booth.send_due(datetime(2026, 11, 10, 20, 29, tzinfo=BERLIN)) == []
    sent = booth.send_due(datetime(2026, 11, 10, 20, 31, tzinfo=BERLIN))
    assert len(sent) == 1 and sent[0].startswith("sent")

    assert len(smtp_server.envelopes) == 1
    envelope, mail = smtp_server.envelopes[0], smtp_server.messages[0]
    assert envelope.mail_from == ORG_EMAIL and envelope.rcpt_tos == ["anna@schmidt-antrieb.de"]
    assert mail["From"] == f"Acme Bearings <{ORG_EMAIL}>"
    assert mail["To"] == "Anna Schmidt <anna@schmidt-antrieb.de>"
    assert mail["Message-ID"] == message_id
    assert parsedate_to_datetime(mail["Date"]) == datetime(2026, 11, 10, 19, 31, tzinfo=timezone.utc)
    assert mail.get_body(("plain",)).get_content().startswith("Dear Anna Schmidt")
    assert "<table" in mail.get_body(("html",)).get_content()
    attachments = list(mail.iter_attachments())
    assert [a.get_filename() for a in attachments] == [workbook]
    book = load_workbook(io.BytesIO(attachments[0].get_content()))
    assert book.sheetnames == ["Quotation", "Client"]
    assert book["Quotation"]["G1"].value == "Acme Bearings"
    assert book["Client"]["B3"].value == "Schmidt Antriebstechnik GmbH"

    assert booth.send_due(datetime(2026, 11, 10, 20, 35, tzinfo=BERLIN)) == []
    assert len(smtp_server.envelopes) == 1
    outbox = booth.api.get("/api/v1/outbox", query_string={"day": "2026-11-10"}).get_json()["messages"]
    assert [(m["status"], m["sent_at"]) for m in outbox] == [("sent", "2026-11-10T19:31:00+00:00")]
    assert booth.api.get(f"/api/v1/leads/{lead['uuid']}").get_json()["status"] == "contacted"


def test_the_draft_follows_the_lead_until_the_card_reading_fills_in_the_email(booth, clock):
    clock.set(datetime(2026, 11, 10, 11, 0, tzinfo=BERLIN))
    lead = booth.capture(classification="key")
    draft = booth.draft_for(lead)
    assert draft["to_email"] is None
    assert "no_email" in [h["code"] for h in draft["hints"]]

    from backend.extensions import db
    from backend.models import Lead
    from backend.services import leads

    with booth.app.app_context():
        row = db.session.get(Lead, db.session.scalar(db.select(Lead.id).where(Lead.client_uuid == lead["uuid"])))
        leads.fill_from_reading(row, {"name": "Jan Novak", "company": "Novak s.r.o.",
                                      "emails": ["jan@novak.cz"]}, now=clock())
        db.session.commit()
    draft = booth.draft_for(lead)
    assert draft["to_email"] == "jan@novak.cz"
    assert draft["body_text"].startswith("Dear Jan Novak")
    assert "no_email" not in [h["code"] for h in draft["hints"]]


def test_a_visitor_captured_after_the_evening_send_goes_within_the_hour_but_not_at_night(booth, clock):
    clock.set(datetime(2026, 11, 10, 20, 50, tzinfo=BERLIN))
    evening = booth.capture(classification="key", name="Late Visitor", emails=["late@example.de"])
    assert booth.draft_for(evening)["due_local"] == "2026-11-10T21:50:00+01:00"
    clock.set(datetime(2026, 11, 10, 22, 40, tzinfo=BERLIN))
    night = booth.capture(classification="key", name="Night Owl", emails=["owl@example.de"])
    assert booth.draft_for(night, day="2026-11-10")["due_local"] == "2026-11-11T07:30:00+01:00"


def test_reclassifying_a_lead_replaces_its_open_draft(booth, clock):
    clock.set(datetime(2026, 11, 10, 12, 0, tzinfo=BERLIN))
    lead = booth.capture(classification="key", name="Flip Flop", emails=["flip@example.de"])
    booth.update(lead, classification="potential")
    drafts = booth.drafts(status="draft,discarded", day="2026-11-10")
    assert sorted((d["kind"], d["status"]) for d in drafts) == [("key", "discarded"), ("potential", "draft")]
    booth.update(lead, classification="key")
    drafts = booth.drafts(status="draft", day="2026-11-10")
    assert [d["kind"] for d in drafts] == ["key"]
