"""Shows and products: the booth's context, kept per organisation."""
from __future__ import annotations

from datetime import datetime, timezone


def test_the_show_running_today_in_its_own_time_zone_is_current(api, clock):
    # 23:30 UTC on 9 Nov is already 10 Nov in Shanghai, the show's first day.
    clock.set(datetime(2026, 11, 9, 23, 30, tzinfo=timezone.utc))
    api.post("/api/v1/shows", json={"name": "Old Fair", "starts_on": "2026-03-01", "ends_on": "2026-03-04",
                                     "timezone": "Europe/Paris"})
    canton = api.post("/api/v1/shows", json={"name": "Canton Fair", "city": "Guangzhou", "booth": "12.1 C33",
                                              "starts_on": "2026-11-10", "ends_on": "2026-11-14",
                                              "timezone": "Asia/Shanghai"}).get_json()
    listing = api.get("/api/v1/shows").get_json()
    assert listing["current"] == canton["id"]


def test_a_lead_captured_without_a_show_joins_the_running_one(api):
    show = api.post("/api/v1/shows", json={"name": "EIMA", "starts_on": "2026-11-09", "ends_on": "2026-11-13",
                                            "timezone": "Europe/Rome"}).get_json()
    lead = api.put("/api/v1/leads/6f1c1f8e-8f57-4c37-9a55-1c1d8b1d2b10", json={"name": "Luca"}).get_json()["lead"]
    assert lead["show_id"] == show["id"]


def test_products_are_created_updated_and_listed(api):
    created = api.post("/api/v1/products", json={"model": "30205", "name": "Tapered roller bearing",
                                                  "unit_price": "1.95", "moq": 300, "is_new": True}).get_json()
    assert created["unit_price"] == "1.95"
    api.patch(f"/api/v1/products/{created['id']}", json={"unit_price": "2.05"})
    (product,) = api.get("/api/v1/products").get_json()["products"]
    assert (product["model"], product["unit_price"], product["moq"]) == ("30205", "2.05", 300)


def test_a_duplicate_model_number_is_a_conflict(api):
    api.post("/api/v1/products", json={"model": "6204", "name": "A"})
    response = api.post("/api/v1/products", json={"model": "6204", "name": "B"})
    assert response.status_code == 409


def test_an_admin_edits_the_company_profile_and_a_member_cannot(api, login):
    changed = api.patch("/api/v1/organization", json={"phone": "+86 635 1234 567",
                                                      "selling_points": ["ISO 9001 certified"]})
    assert changed.status_code == 200
    assert api.get("/api/v1/organization").get_json()["selling_points"] == ["ISO 9001 certified"]
    member = login("member@acme.test", role="member")
    assert member.patch("/api/v1/organization", json={"phone": "1"}).status_code == 403
