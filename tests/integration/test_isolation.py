"""One organisation never sees another's data: every endpoint x a user of another organisation."""
from __future__ import annotations

import uuid

import pytest

from tests.support.images import jpeg

LEAD_UUID = str(uuid.uuid4())


@pytest.fixture
def owner_data(api):
    """Org A's lead with a photo, a show and a product."""
    show = api.post("/api/v1/shows", json={"name": "Canton Fair", "starts_on": "2026-11-09", "ends_on": "2026-11-12",
                                            "timezone": "Asia/Shanghai"}).get_json()
    product = api.post("/api/v1/products", json={"model": "6204", "name": "Ball bearing"}).get_json()
    api.put(f"/api/v1/leads/{LEAD_UUID}", json={"name": "Secret Buyer", "show_id": show["id"]})
    api.upload(LEAD_UUID, jpeg(), media_id="secret-photo")
    return {"show": show["id"], "product": product["id"]}


@pytest.fixture
def outsider(login):
    return login("spy@other.test", org="Other Bearings")


@pytest.mark.parametrize("method,url,body", [
    ("GET", f"/api/v1/leads/{LEAD_UUID}", None),
    ("PUT", f"/api/v1/leads/{LEAD_UUID}", {"version": 1, "name": "Hijacked"}),
    ("DELETE", f"/api/v1/leads/{LEAD_UUID}", None),
    ("GET", "/api/v1/media/secret-photo", None),
    ("PATCH", "/api/v1/shows/{show}", {"name": "Hijacked"}),
    ("PATCH", "/api/v1/products/{product}", {"name": "Hijacked"}),
])
def test_another_organisations_item_is_a_404(owner_data, outsider, method, url, body):
    url = url.format(**owner_data)
    call = {"GET": outsider.get, "PUT": outsider.put, "DELETE": outsider.delete, "PATCH": outsider.patch}[method]
    response = call(url, json=body) if body is not None else call(url)
    if method == "PUT":
        # A PUT to an unknown uuid creates the outsider's own lead; org A's stays untouched.
        assert response.status_code == 201
        assert response.get_json()["lead"]["version"] == 1
    else:
        assert response.status_code == 404, response.get_json()
        assert response.get_json()["error"]["code"] == "not_found"


def test_another_organisations_media_upload_is_a_404(owner_data, outsider, api):
    outsider_own = outsider.upload(LEAD_UUID, jpeg(), media_id="spy-photo")
    assert outsider_own.status_code == 404  # no lead of that uuid in the outsider's organisation
    lead = api.get(f"/api/v1/leads/{LEAD_UUID}").get_json()
    assert [m["id"] for m in lead["media"]] == ["secret-photo"]


@pytest.mark.parametrize("url,key", [
    ("/api/v1/leads", "leads"),
    ("/api/v1/shows", "shows"),
    ("/api/v1/products", "products"),
    ("/api/v1/changes", "leads"),
    ("/api/v1/changes", "shows"),
    ("/api/v1/changes", "products"),
    ("/api/v1/team", "users"),
])
def test_lists_show_only_the_own_organisation(owner_data, outsider, url, key):
    items = outsider.get(url).get_json()[key]
    assert [i for i in items if i.get("email") != "spy@other.test"] == []


def test_a_lead_cannot_point_at_another_organisations_show_or_product(owner_data, outsider):
    response = outsider.put(f"/api/v1/leads/{uuid.uuid4()}", json={"show_id": owner_data["show"]})
    assert response.status_code == 422
    response = outsider.put(f"/api/v1/leads/{uuid.uuid4()}", json={"products": [{"product_id": owner_data["product"]}]})
    assert response.status_code == 422


def test_the_same_client_uuid_in_two_organisations_is_two_leads(owner_data, outsider, api):
    outsider.put(f"/api/v1/leads/{LEAD_UUID}", json={"name": "Outsider's own"})
    assert api.get(f"/api/v1/leads/{LEAD_UUID}").get_json()["name"] == "Secret Buyer"
    assert outsider.get(f"/api/v1/leads/{LEAD_UUID}").get_json()["name"] == "Outsider's own"
