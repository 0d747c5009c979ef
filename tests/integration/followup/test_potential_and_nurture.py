"""Potential buyers: a mail at home a few days after the show, then months of spaced, useful contact."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.integration.followup.conftest import Booth
from tests.support.images import jpeg

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
BERLIN = ZoneInfo("Europe/Berlin")
# Ends Friday 30 October 2026; three days later is Monday 2 November, All Souls' Day in Brazil.
FRIDAY_SHOW = {"name": "Hannover Messe Autumn", "booth": "B7", "starts_on": "2026-10-27", "ends_on": "2026-10-30",
               "timezone": "Europe/Berlin"}


@pytest.fixture
def friday_booth(app, api):
    return Booth(app, api, FRIDAY_SHOW)


def test_a_potential_lead_from_brazil_is_due_at_home_past_a_brazilian_holiday(friday_booth, clock):
    clock.set(datetime(2026, 10, 29, 11, 0, tzinfo=BERLIN))
    lead = friday_booth.capture(classification="potential", name="Joao Silva", emails=["joao@silva.com.br"],
                                country="BR", phones=[{"type": "mobile", "raw": "+55 11 91234 5678"}])
    draft = friday_booth.draft_for(lead)
    assert draft["kind"] == "potential"
    assert draft["zone"] == "America/Sao_Paulo"
    assert draft["due_local"] == "2026-11-03T09:30:00-03:00"


def test_the_buyers_zone_follows_their_phone_when_no_country_is_typed(friday_booth, clock):
    clock.set(datetime(2026, 10, 29, 11, 0, tzinfo=BERLIN))
    lead = friday_booth.capture(classification="potential", name="Kim", emails=["kim@example.co.kr"],
                                phones=[{"type": "tel", "raw": "+82 2 312 3456"}])
    draft = friday_booth.draft_for(lead)
    assert (draft["zone"], draft["due_local"]) == ("Asia/Seoul", "2026-11-02T09:30:00+09:00")


def test_the_potential_mail_shows_the_booth_photos_inline_without_exif(friday_booth, clock, smtp_server):
    clock.set(datetime(2026, 10, 29, 11, 0, tzinfo=BERLIN))
    lead = friday_booth.capture(classification="potential", name="Joao Silva", emails=["joao@silva.com.br"],
                                country="BR")
    gps_exif = _exif_with_gps()
    upload = friday_booth.api.upload(lead["uuid"], jpeg(3000, 2000, exif=gps_exif), media_id="photo-1")
    assert upload.status_code in (200, 201), upload.get_json()
    draft = friday_booth.draft_for(lead)
    assert len(draft["inline"]) == 1 and draft["attachments"] == []
    preview = friday_booth.api.get(draft["preview_url"])
    assert "default-src 'none'" in preview.headers["Content-Security-Policy"]
    assert 'src="inline/0"' in preview.get_data(as_text=True)
    photo = friday_booth.api.get(draft["inline"][0]["url"])
    assert photo.headers["Content-Type"] == "image/jpeg"

    friday_booth.approve(draft)
    friday_booth.send_due(datetime(2026, 11, 3, 9, 31, tzinfo=SAO_PAULO))
    mail = smtp_server.messages[0]
    assert list(mail.iter_attachments()) == []
    related = [p for p in mail.walk() if p.get_content_type() == "image/jpeg"]
    assert len(related) == 1 and related[0]["Content-ID"] == f"<{draft['inline'][0]['cid']}>"
    from PIL import Image
    import io

    with Image.open(io.BytesIO(related[0].get_content())) as img:
        assert max(img.size) == 1024
        assert not img.getexif()
        assert "exif" not in img.info
    assert f"cid:{draft['inline'][0]['cid']}" in mail.get_body(("html",)).get_content()


def _exif_with_gps() -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x8825] = {1: "N", 2: (52.0, 19.0, 0.0), 3: "E", 4: (9.0, 44.0, 0.0)}
    return exif.tobytes()


def _mail_first(booth: Booth, lead: dict, at: datetime) -> None:
    booth.approve(booth.draft_for(lead, day=at.date().isoformat()))
    assert booth.send_due(at)[0].startswith("sent")


def _nurture(booth: Booth) -> list[dict]:
    """Open nurture drafts, read straight from the database (they may be due any day)."""
    from backend.api import followup_serialize
    from backend.extensions import db
    from backend.models import Draft

    with booth.app.test_request_context():
        drafts = db.session.scalars(db.select(Draft).where(Draft.kind == "nurture", Draft.status == "draft"))
        return [followup_serialize.draft(d, {"min_days_between_mails": 14}) for d in drafts]


def test_nurture_drafts_appear_shortly_before_each_step_and_respect_the_gap(friday_booth, clock, smtp_server):
    clock.set(datetime(2026, 10, 29, 11, 0, tzinfo=BERLIN))
    lead = friday_booth.capture(classification="potential", name="Ana", emails=["ana@compras.com.br"], country="BR",
                                products=[{"product_id": friday_booth.products["6204-2RS"]}])
    _mail_first(friday_booth, lead, datetime(2026, 11, 3, 9, 31, tzinfo=SAO_PAULO))
    friday_booth.api.post("/api/v1/products", json={"model": "32210", "name": "Tapered roller bearing 32210",
                                                    "unit_price": "5.80", "is_new": True})

    # Step 1 is due 21 days after the show (Fri 20 Nov, a Brazilian holiday -> Mon 23 Nov);
    # its draft appears three days ahead, not before.
    assert friday_booth.plan(datetime(2026, 11, 19, 12, 0, tzinfo=SAO_PAULO)).startswith("0 nurture")
    assert friday_booth.plan(datetime(2026, 11, 20, 12, 0, tzinfo=SAO_PAULO)).startswith("1 nurture")
    assert friday_booth.plan(datetime(2026, 11, 20, 12, 5, tzinfo=SAO_PAULO)).startswith("0 nurture")
    [step1] = friday_booth.drafts(day="2026-11-20", tz="America/Sao_Paulo")[-1:]
    assert (step1["kind"], step1["step"]) == ("nurture", 1)
    assert step1["due_local"] == "2026-11-23T09:30:00-03:00"
    assert step1["reason"] == "new_product"  # 32210 is new since her first mail
    assert "32210" in step1["body_text"] and "6206-LN" not in step1["body_text"]
    assert "nothing_new" not in [h["code"] for h in step1["hints"]]

    friday_booth.approve(step1)
    friday_booth.send_due(datetime(2026, 11, 23, 9, 31, tzinfo=SAO_PAULO))
    # Step 2 is due 45 days after the show (14 Dec); Christmas is within reach, so that is the news.
    friday_booth.plan(datetime(2026, 12, 11, 12, 0, tzinfo=SAO_PAULO))
    step2 = [d for d in friday_booth.drafts(day="2026-12-11", tz="America/Sao_Paulo") if d["step"] == 2][0]
    assert (step2["due_local"], step2["reason"]) == ("2026-12-14T09:30:00-03:00", "holiday")
    assert "Christmas" in step2["subject"]


def test_nurture_mail_is_kept_at_least_the_minimum_gap_after_the_previous_one(friday_booth, clock, smtp_server):
    friday_booth.api.patch("/api/v1/followup/settings", json={"rules": {"nurture_days_after_show": [5, 10]}})
    clock.set(datetime(2026, 10, 29, 11, 0, tzinfo=BERLIN))
    lead = friday_booth.capture(classification="potential", name="Ana", emails=["ana@compras.com.br"], country="BR")
    _mail_first(friday_booth, lead, datetime(2026, 11, 3, 9, 31, tzinfo=SAO_PAULO))
    # Planned for 4 Nov, but the first mail went on 3 Nov at 09:31: not before 17 Nov 09:31,
    # so the next working morning, 18 Nov; its draft appears three days ahead.
    assert friday_booth.plan(datetime(2026, 11, 15, 9, 0, tzinfo=SAO_PAULO)).startswith("0 nurture")
    assert friday_booth.plan(datetime(2026, 11, 15, 9, 30, tzinfo=SAO_PAULO)).startswith("1 nurture")
    [step1] = _nurture(friday_booth)
    assert step1["due_local"] == "2026-11-18T09:30:00-03:00"


def test_a_reply_stops_all_further_mail(friday_booth, clock, smtp_server):
    clock.set(datetime(2026, 10, 29, 11, 0, tzinfo=BERLIN))
    lead = friday_booth.capture(classification="potential", name="Ana", emails=["ana@compras.com.br"], country="BR")
    _mail_first(friday_booth, lead, datetime(2026, 11, 3, 9, 31, tzinfo=SAO_PAULO))
    friday_booth.plan(datetime(2026, 11, 20, 12, 0, tzinfo=SAO_PAULO))
    [step1] = _nurture(friday_booth)
    friday_booth.approve(step1)

    clock.set(datetime(2026, 11, 21, 10, 0, tzinfo=SAO_PAULO))
    assert friday_booth.update(lead, status="replied")["status"] == "replied"
    outbox = friday_booth.api.get("/api/v1/outbox", query_string={"day": "2026-11-23", "tz": "UTC"})
    assert [m["status"] for m in outbox.get_json()["messages"]] == ["cancelled"]
    assert friday_booth.send_due(datetime(2026, 11, 23, 9, 31, tzinfo=SAO_PAULO)) == []
    assert friday_booth.plan(datetime(2027, 3, 1, tzinfo=SAO_PAULO)).startswith("0 nurture")
    assert len(smtp_server.envelopes) == 1


def test_browsing_visitors_get_no_mail_unless_the_organisation_turns_it_on(friday_booth, clock):
    clock.set(datetime(2026, 10, 29, 11, 0, tzinfo=BERLIN))
    quiet = friday_booth.capture(classification="browsing", name="Just Looking", emails=["look@example.fr"])
    assert [d for d in friday_booth.drafts(day="2026-10-29") if d["lead"]["uuid"] == quiet["uuid"]] == []
    friday_booth.api.patch("/api/v1/followup/settings", json={"rules": {"browsing_thank_you": True}})
    thanked = friday_booth.capture(classification="browsing", name="Polite", emails=["polite@example.fr"],
                                   country="FR")
    draft = friday_booth.draft_for(thanked, day="2026-10-29")
    assert (draft["kind"], draft["due_local"]) == ("browsing", "2026-11-02T09:30:00+01:00")
