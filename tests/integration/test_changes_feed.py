"""GET /changes: a second phone at the same booth catches up from a cursor."""
from __future__ import annotations

import uuid


def test_a_colleague_sees_my_leads_after_their_cursor(api, login):
    colleague = login("colleague@acme.test")
    start = colleague.get("/api/v1/changes").get_json()["cursor"]

    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    api.put(f"/api/v1/leads/{first}", json={"name": "First Visitor"})
    api.put(f"/api/v1/leads/{second}", json={"name": "Second Visitor"})

    feed = colleague.get(f"/api/v1/changes?since={start}").get_json()
    assert [x["uuid"] for x in feed["leads"]] == [first, second]
    assert feed["has_more"] is False

    api.put(f"/api/v1/leads/{first}", json={"version": 1, "title": "CEO"})
    later = colleague.get(f"/api/v1/changes?since={feed['cursor']}").get_json()
    assert [(x["uuid"], x["title"]) for x in later["leads"]] == [(first, "CEO")]
    assert colleague.get(f"/api/v1/changes?since={later['cursor']}").get_json()["leads"] == []


def test_deletes_shows_and_products_are_on_the_feed(api):
    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"name": "Gone Soon"})
    cursor = api.get("/api/v1/changes").get_json()["cursor"]
    api.delete(f"/api/v1/leads/{lead}")
    api.post("/api/v1/shows", json={"name": "Hannover Messe", "starts_on": "2027-04-12", "ends_on": "2027-04-16",
                                     "timezone": "Europe/Berlin"})
    api.post("/api/v1/products", json={"model": "6204-2RS", "name": "Ball bearing"})
    feed = api.get(f"/api/v1/changes?since={cursor}").get_json()
    assert [(x["uuid"], x["deleted"]) for x in feed["leads"]] == [(lead, True)]
    assert [s["name"] for s in feed["shows"]] == ["Hannover Messe"]
    assert [p["model"] for p in feed["products"]] == ["6204-2RS"]


def test_the_feed_pages_without_losing_anything(api):
    made = [str(uuid.uuid4()) for _ in range(7)]
    for lead in made:
        api.put(f"/api/v1/leads/{lead}", json={"name": lead[:8]})
    seen, cursor, pages = [], 0, 0
    while True:
        page = api.get(f"/api/v1/changes?since={cursor}&limit=3").get_json()
        seen += [x["uuid"] for x in page["leads"]]
        cursor, pages = page["cursor"], pages + 1
        if not page["has_more"]:
            break
    assert seen == made and pages == 3


def test_a_new_card_photo_puts_the_lead_back_on_the_feed(api):
    from tests.support.images import jpeg

    lead = str(uuid.uuid4())
    api.put(f"/api/v1/leads/{lead}", json={"name": "Photo Later"})
    cursor = api.get("/api/v1/changes").get_json()["cursor"]
    api.upload(lead, jpeg(), kind="booth_photo", media_id="p1")
    feed = api.get(f"/api/v1/changes?since={cursor}").get_json()
    assert [m["id"] for m in feed["leads"][0]["media"]] == ["p1"]
