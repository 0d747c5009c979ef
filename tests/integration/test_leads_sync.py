"""PUT /leads/<uuid>: idempotent create-or-update with a field-by-field merge."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

LEAD = {
    "classification": "key",
    "name": "Anna Schmidt",
    "company": "Schmidt Antriebstechnik GmbH",
    "emails": ["Anna@Schmidt-Antrieb.de"],
    "phones": [{"type": "mobile", "raw": "+49 171 2345678"}],
    "country": "DE",
    "notes": [{"id": "n1", "text": "Wants 6204-2RS, 20k pcs/yr, FOB Qingdao"}],
}


def new_uuid() -> str:
    return str(uuid.uuid4())


def test_put_creates_a_lead_with_normalised_contact_fields(api):
    lead_id = new_uuid()
    response = api.put(f"/api/v1/leads/{lead_id}", json=LEAD)
    assert response.status_code == 201
    lead = response.get_json()["lead"]
    assert lead["uuid"] == lead_id
    assert lead["version"] == 1
    assert lead["emails"] == ["anna@schmidt-antrieb.de"]
    assert lead["phones"] == [{"type": "mobile", "number": "+491712345678", "raw": "+49 171 2345678"}]
    assert [n["text"] for n in lead["notes"]] == ["Wants 6204-2RS, 20k pcs/yr, FOB Qingdao"]


def test_the_same_request_twice_gives_one_lead_and_the_same_answer(api):
    lead_id = new_uuid()
    headers = {"Idempotency-Key": "mutation-1"}
    first = api.put(f"/api/v1/leads/{lead_id}", json=LEAD, headers=headers)
    second = api.put(f"/api/v1/leads/{lead_id}", json=LEAD, headers=headers)
    assert (first.status_code, first.get_json()) == (second.status_code, second.get_json())
    leads = api.get("/api/v1/leads").get_json()["leads"]
    assert [x["uuid"] for x in leads] == [lead_id]


def test_a_retry_without_a_key_changes_nothing(api):
    lead_id = new_uuid()
    first = api.put(f"/api/v1/leads/{lead_id}", json=LEAD).get_json()["lead"]
    again = api.put(f"/api/v1/leads/{lead_id}", json=LEAD).get_json()
    assert again["lead"]["version"] == first["version"]
    assert again["lead"]["notes"] == first["notes"]
    assert len(api.get("/api/v1/leads").get_json()["leads"]) == 1


def test_a_reused_idempotency_key_with_another_body_is_a_conflict(api):
    api.put(f"/api/v1/leads/{new_uuid()}", json=LEAD, headers={"Idempotency-Key": "k"})
    response = api.put(f"/api/v1/leads/{new_uuid()}", json=LEAD, headers={"Idempotency-Key": "k"})
    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "conflict"


def test_a_stale_update_merges_field_by_field(api, login, clock):
    """Phone A edits offline from version 1 while phone B already saved version 2."""
    lead_id = new_uuid()
    colleague = login("colleague@acme.test")
    t0 = clock()
    api.put(f"/api/v1/leads/{lead_id}", json={**LEAD, "client_updated_at": t0.isoformat()})

    # B (online) changes the title and the classification at t0+10 min.
    b = colleague.put(f"/api/v1/leads/{lead_id}", json={
        "version": 1, "client_updated_at": (t0 + timedelta(minutes=10)).isoformat(),
        "title": "Head of Purchasing", "classification": "potential",
    }).get_json()
    assert b["lead"]["version"] == 2

    # A (offline since version 1) changed the classification earlier (t0+5) and the company
    # later (t0+20), and added a note. A arrives last.
    a = api.put(f"/api/v1/leads/{lead_id}", json={
        "version": 1, "client_updated_at": (t0 + timedelta(minutes=5)).isoformat(),
        "classification": "browsing",
        "notes": [{"id": "n2", "text": "Sample request: 10 pcs 30205"}],
    }).get_json()
    assert a["merge"] == {"overwritten": [], "kept": ["classification"], "notes_added": 1}

    a2 = api.put(f"/api/v1/leads/{lead_id}", json={
        "version": 1, "client_updated_at": (t0 + timedelta(minutes=20)).isoformat(),
        "title": "Purchasing Manager",
    }).get_json()
    assert a2["merge"]["overwritten"] == ["title"]

    lead = api.get(f"/api/v1/leads/{lead_id}").get_json()
    assert lead["classification"] == "potential"  # B's newer choice stays
    assert lead["title"] == "Purchasing Manager"  # A's newer edit wins
    assert lead["company"] == LEAD["company"]  # nobody touched it
    assert [n["id"] for n in lead["notes"]] == ["n1", "n2"]  # notes only ever added


def test_a_stale_phone_cannot_drop_notes(api):
    lead_id = new_uuid()
    api.put(f"/api/v1/leads/{lead_id}", json={**LEAD, "notes": [{"id": "a", "text": "one"}, {"id": "b", "text": "two"}]})
    api.put(f"/api/v1/leads/{lead_id}", json={"version": 1, "notes": []})
    lead = api.get(f"/api/v1/leads/{lead_id}").get_json()
    assert [n["text"] for n in lead["notes"]] == ["one", "two"]


def test_list_filters_by_classification_day_and_text(api, clock):
    clock.set(datetime(2026, 11, 10, 9, 0, tzinfo=timezone.utc))
    api.put(f"/api/v1/leads/{new_uuid()}", json={"classification": "key", "name": "Li Wei", "company": "Wei Trading"})
    clock.set(datetime(2026, 11, 11, 9, 0, tzinfo=timezone.utc))
    api.put(f"/api/v1/leads/{new_uuid()}", json={"classification": "potential", "name": "Maria Lopez"})

    def names(query):
        return [x["name"] for x in api.get(f"/api/v1/leads?{query}").get_json()["leads"]]

    assert names("") == ["Maria Lopez", "Li Wei"]  # newest first
    assert names("classification=key") == ["Li Wei"]
    assert names("day=2026-11-11") == ["Maria Lopez"]
    assert names("q=trading") == ["Li Wei"]


def test_delete_is_soft_and_repeatable(api):
    lead_id = new_uuid()
    api.put(f"/api/v1/leads/{lead_id}", json=LEAD)
    assert api.delete(f"/api/v1/leads/{lead_id}").status_code == 200
    assert api.delete(f"/api/v1/leads/{lead_id}").get_json()["deleted"] is True
    assert api.get(f"/api/v1/leads/{lead_id}").status_code == 404
    assert api.get("/api/v1/leads").get_json()["leads"] == []
