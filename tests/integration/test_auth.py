"""Sign-in, sessions and CSRF for a phone app on cookie sessions."""
from __future__ import annotations

import uuid

from tests.conftest import PASSWORD


def test_login_returns_the_user_and_a_csrf_token(client, make_user):
    make_user("rep@acme.test")
    response = client.post("/api/v1/auth/login", json={"email": "REP@acme.test", "password": PASSWORD})
    assert response.status_code == 200
    body = response.get_json()
    assert body["user"]["email"] == "rep@acme.test"
    assert body["organization"]["name"] == "Acme Bearings"
    assert len(body["csrf_token"]) > 20


def test_wrong_password_is_a_401_in_the_envelope(client, make_user):
    make_user("rep@acme.test")
    response = client.post("/api/v1/auth/login", json={"email": "rep@acme.test", "password": "nope-nope"})
    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "invalid_credentials"


def test_login_is_rate_limited(client, make_user):
    make_user("rep@acme.test")
    codes = [client.post("/api/v1/auth/login", json={"email": "rep@acme.test", "password": "guess-123"}).status_code
             for _ in range(12)]
    assert codes[:10] == [401] * 10
    assert codes[10:] == [429, 429]
    assert client.post("/api/v1/auth/login", json={"email": "rep@acme.test", "password": "x"}).get_json()["error"]["code"] == "rate_limited"


def test_the_api_answers_401_json_not_a_redirect_when_signed_out(client):
    for url in ("/api/v1/auth/me", "/api/v1/leads", "/api/v1/changes", "/api/v1/shows", "/api/v1/products"):
        response = client.get(url)
        assert response.status_code == 401, url
        assert response.is_json
        assert response.get_json()["error"]["code"] == "unauthorized"


def test_an_unsafe_request_without_the_csrf_token_is_refused(api):
    response = api.http.put(f"/api/v1/leads/{uuid.uuid4()}", json={"name": "X"})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "csrf_failed"
    forged = api.http.put(f"/api/v1/leads/{uuid.uuid4()}", json={"name": "X"}, headers={"X-CSRFToken": "forged"})
    assert forged.get_json()["error"]["code"] == "csrf_failed"
    assert api.get("/api/v1/leads").get_json()["leads"] == []


def test_a_session_survives_a_change_of_network(api):
    """Booth Wi-Fi to mobile data: new IP address, same phone, still signed in."""
    response = api.http.get("/api/v1/auth/me", environ_base={"REMOTE_ADDR": "10.99.0.7"})
    assert response.status_code == 200


def test_the_session_cookie_is_long_lived_and_http_only(client, make_user):
    make_user("rep@acme.test")
    response = client.post("/api/v1/auth/login", json={"email": "rep@acme.test", "password": PASSWORD})
    cookies = response.headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookies if c.startswith("session="))
    assert "HttpOnly" in session_cookie and "Expires=" in session_cookie and "SameSite=Lax" in session_cookie


def test_logout_ends_the_session(api):
    assert api.post("/api/v1/auth/logout").status_code == 204
    assert api.get("/api/v1/auth/me").status_code == 401


def test_a_removed_teammate_is_signed_out(api, login):
    colleague = login("leaver@acme.test", role="member")
    leaver_id = colleague.me["user"]["id"]
    assert api.delete(f"/api/v1/team/{leaver_id}").status_code == 204
    assert colleague.get("/api/v1/leads").status_code == 401


def test_only_an_admin_adds_teammates(api, login):
    member = login("member@acme.test", role="member")
    new = {"email": "new@acme.test", "password": "long-enough-1"}
    assert member.post("/api/v1/team", json=new).status_code == 403
    assert api.post("/api/v1/team", json=new).status_code == 201
    emails = [u["email"] for u in api.get("/api/v1/team").get_json()["users"]]
    assert "new@acme.test" in emails
