"""Shared fixtures: a fresh app and database per test, an injectable clock, signed-in clients.

Integration tests run on SQLite by default and on PostgreSQL when
BOOTHMATE_TEST_DATABASE_URL points at a server.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest

from backend import create_app
from backend.extensions import db
from backend.services import accounts
from tests.support.api_client import ApiClient

PASSWORD = "booth-secret-1"


class Clock:
    """'Now' for the app under test; tests move it instead of sleeping."""

    def __init__(self, at: datetime):
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        assert at.tzinfo is not None
        self.at = at


@pytest.fixture
def clock():
    return Clock(datetime(2026, 11, 10, 14, 10, tzinfo=timezone.utc))


@pytest.fixture
def app(tmp_path, clock):
    url = os.environ.get("BOOTHMATE_TEST_DATABASE_URL")
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "DATABASE_URL": url, "CLOCK": clock,
                      "SECRET_KEY": "test-secret"})
    with app.app_context():
        if url:
            db.drop_all()
        db.create_all()
    yield app
    from backend.services import reading

    reading.drain(app)
    with app.app_context():
        db.session.remove()
        if url:
            db.drop_all()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def make_user(app):
    """make_user(email, org="Acme", role="member") -> the user's email, created in that organisation."""

    def make(email: str, org: str = "Acme Bearings", role: str = "admin") -> str:
        with app.app_context():
            accounts.add_user(accounts.get_or_create_org(org), email, PASSWORD, role=role)
            db.session.commit()
        return email

    return make


@pytest.fixture
def login(app, make_user):
    """login(email, org=...) -> an ApiClient signed in as a new user of that organisation."""

    def sign_in(email: str = "sales@acme.test", org: str = "Acme Bearings", role: str = "admin") -> ApiClient:
        make_user(email, org, role)
        return ApiClient(app.test_client(), email, PASSWORD)

    return sign_in


@pytest.fixture
def api(login):
    return login()
