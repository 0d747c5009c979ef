"""A card photo is read off the request path and fills only the fields nobody typed."""
from __future__ import annotations

import uuid

from backend.services import reading
from tests.support.images import business_card, jpeg

CARD = business_card([
    "Anna Schmidt",
    "Purchasing Manager",
    "Schmidt Antriebstechnik GmbH",
    "Tel +49 511 1234567",
    "anna.schmidt@schmidt-antrieb.de",
    "www.schmidt-antrieb.de",
])


def test_the_upload_answers_at_once_and_the_reading_fills_the_card_fields(api, app):
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"classification": "key"})
    uploaded = api.upload(lead, CARD, kind="card_front", media_id="card-1").get_json()
    assert uploaded["lead"]["reading"]["status"] in ("pending", "done")

    reading.drain(app, timeout=60)
    read = api.get(f"/api/v1/leads/{lead}").get_json()
    assert read["reading"]["status"] == "done", read["reading"]
    assert read["name"] == "Anna Schmidt"
    assert read["emails"] == ["anna.schmidt@schmidt-antrieb.de"]
    assert (read["phones"][0]["type"], read["phones"][0]["number"]) == ("work", "+495111234567")
    assert "Schmidt Antriebstechnik GmbH" in read["reading"]["text"]
    assert set(read["reading"]["confidence"]) >= {"name", "emails"}


def test_a_corrected_reading_keeps_the_readers_phone_types(api, app):
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={})
    api.upload(lead, CARD, kind="card_front", media_id="card-4")
    reading.drain(app, timeout=60)
    read = api.get(f"/api/v1/leads/{lead}").get_json()
    # What the lead page sends back after a correction: the numbers as shown, with their types.
    fixed = api.put(f"/api/v1/leads/{lead}", json={"version": read["version"], "phones": read["phones"]})
    assert fixed.status_code == 200, fixed.get_json()
    assert fixed.get_json()["lead"]["phones"][0]["type"] == "work"


def test_a_field_a_person_typed_is_never_overwritten(api, app):
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"name": "Dr. Anna Schmidt-Weber"})
    api.upload(lead, CARD, kind="card_front", media_id="card-2")
    reading.drain(app, timeout=60)
    read = api.get(f"/api/v1/leads/{lead}").get_json()
    assert read["name"] == "Dr. Anna Schmidt-Weber"
    assert read["company"] == "Schmidt Antriebstechnik GmbH"


def test_a_photo_with_no_card_fails_the_reading_with_a_reason(api, app):
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"classification": "potential"})
    api.upload(lead, jpeg(900, 600, color=(30, 120, 40), text=""), kind="card_front", media_id="grass")
    reading.drain(app, timeout=60)
    read = api.get(f"/api/v1/leads/{lead}").get_json()
    assert read["reading"]["status"] == "failed"
    assert "card" in read["reading"]["error"].lower()  # tells the salesperson what to do
    assert read["name"] == ""


def test_a_booth_photo_starts_no_reading(api, app):
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"name": "Visitor"})
    api.upload(lead, jpeg(), kind="booth_photo", media_id="booth-1")
    assert api.get(f"/api/v1/leads/{lead}").get_json()["reading"]["status"] is None


def test_the_scheduler_reads_a_card_whose_reading_died_with_its_worker(api, app, clock):
    from datetime import timedelta

    from backend import scheduler
    from backend.extensions import db
    from backend.models import Lead

    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"classification": "key"})
    api.upload(lead, CARD, kind="card_front", media_id="card-3")
    reading.drain(app, timeout=60)
    with app.app_context():  # as if the worker had been killed before it finished
        row = db.session.scalar(db.select(Lead).where(Lead.client_uuid == lead))
        row.reading_status, row.name, row.emails, row.field_meta = "pending", "", [], {}
        db.session.commit()

    scheduler.reread_stale_cards(app)  # too young: a web worker may still be on it
    assert api.get(f"/api/v1/leads/{lead}").get_json()["reading"]["status"] == "pending"

    clock.set(clock() + timedelta(days=1))
    scheduler.reread_stale_cards(app)
    read = api.get(f"/api/v1/leads/{lead}").get_json()
    assert read["reading"]["status"] == "done" and read["name"] == "Anna Schmidt"


def test_a_fault_of_ours_fails_the_reading_with_a_message_instead_of_leaving_it_pending(api, app, caplog):
    app.config["OCR_LANGS"] = "eng+!!"  # a misconfigured server
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"classification": "key"})
    api.upload(lead, CARD, kind="card_front", media_id="card-5")
    reading.drain(app, timeout=60)
    read = api.get(f"/api/v1/leads/{lead}").get_json()["reading"]
    assert read["status"] == "failed"
    assert "please type the details" in read["error"]
    assert "card reader failed" in caplog.text
