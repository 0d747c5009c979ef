"""A signed-in API client for tests: Flask's test client plus the CSRF header."""
from __future__ import annotations

import io


class ApiClient:
    def __init__(self, flask_client, email: str, password: str):
        self.http = flask_client
        response = flask_client.post("/api/v1/auth/login", json={"email": email, "password": password})
        assert response.status_code == 200, response.get_json()
        self.me = response.get_json()
        self.headers = {"X-CSRFToken": self.me["csrf_token"]}

    def get(self, url, **kw):
        return self.http.get(url, **kw)

    def put(self, url, json=None, headers=None, **kw):
        return self.http.put(url, json=json, headers={**self.headers, **(headers or {})}, **kw)

    def post(self, url, json=None, headers=None, **kw):
        return self.http.post(url, json=json, headers={**self.headers, **(headers or {})}, **kw)

    def patch(self, url, json=None, **kw):
        return self.http.patch(url, json=json, headers=self.headers, **kw)

    def delete(self, url, **kw):
        return self.http.delete(url, headers=self.headers, **kw)

    def upload(self, lead_uuid: str, data: bytes, *, kind="booth_photo", media_id="m-1", filename="photo.jpg"):
        form = {"kind": kind, "media_id": media_id, "file": (io.BytesIO(data), filename)}
        return self.http.post(f"/api/v1/leads/{lead_uuid}/media", data=form,
                              headers=self.headers, content_type="multipart/form-data")
