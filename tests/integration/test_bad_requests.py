"""Bad JSON, unknown fields and wrong types get a clear 4xx in the envelope."""
from __future__ import annotations

import uuid

import pytest


def lead_url() -> str:
    return f"/api/v1/leads/{uuid.uuid4()}"


def test_malformed_json_is_a_400(api):
    response = api.http.put(lead_url(), data='{"name": "Anna", ', content_type="application/json",
                            headers=api.headers)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "malformed_json"


@pytest.mark.parametrize("body,field", [
    ({"nickname": "Annie"}, "nickname"),
    ({"classification": "hot"}, "classification"),
    ({"emails": "anna@example.com"}, "emails"),
    ({"emails": ["not-an-email"]}, "emails"),
    ({"version": "two"}, "version"),
    ({"captured_at": "2026-11-10T10:00:00"}, "captured_at"),  # naive: whose 10 o'clock?
    ({"country": "Germany"}, "country"),
    ({"products": [{"product_id": "six"}]}, "products"),
    ({"notes": [{"text": "no id"}]}, "notes"),
])
def test_a_wrong_field_is_a_422_that_names_it(api, body, field):
    response = api.put(lead_url(), json=body)
    assert response.status_code == 422, response.get_json()
    error = response.get_json()["error"]
    assert error["code"] == "invalid"
    assert field in error["details"]["json"]


def test_a_json_array_instead_of_an_object_is_refused(api):
    response = api.put(lead_url(), json=[{"name": "Anna"}])
    assert response.status_code == 422


def test_an_unknown_route_is_a_json_404(api):
    response = api.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_a_bad_show_is_refused_with_reasons(api):
    response = api.post("/api/v1/shows", json={"name": "Fair", "starts_on": "2026-11-12", "ends_on": "2026-11-10",
                                                "timezone": "Mars/Olympus"})
    assert response.status_code == 422
    details = response.get_json()["error"]["details"]["json"]
    assert "timezone" in details
