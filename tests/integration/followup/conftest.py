"""Follow-up fixtures: a real SMTP server on loopback, and a booth with a show and a catalogue."""
from __future__ import annotations

import asyncio
import email
import email.policy
import os
import socket
import threading
import uuid
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from aiosmtpd.controller import Controller

from backend.extensions import db
from backend.models import Organization

ORG_EMAIL = "sales@acme-bearings.test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Mailbox:
    """An aiosmtpd handler that keeps what it receives and can misbehave on purpose.

    mode "ok" accepts; "drop" takes the whole message, then hangs up without answering
    (the outcome is unknown to the sender); "stall" takes it and waits for `release`.
    """

    url: str = ""
    mode: str = "ok"
    envelopes: list = field(default_factory=list)
    received: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        self.received.set()
        if self.mode == "drop":
            server.transport.close()
        elif self.mode == "stall":
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
        return "250 Message accepted for delivery"

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(e.content, policy=email.policy.default) for e in self.envelopes]


@pytest.fixture
def smtp_server(app):
    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    mailbox.url = f"smtp://127.0.0.1:{port}"
    app.config["SMTP_URL"] = mailbox.url
    yield mailbox
    mailbox.release.set()
    controller.stop()


class Booth:
    """An exporter at a show: the API client plus helpers to capture leads and read drafts."""

    def __init__(self, app, api, show: dict):
        self.app, self.api = app, api
        with app.app_context():
            org = db.session.get(Organization, api.me["organization"]["id"])
            org.email, org.phone, org.website = ORG_EMAIL, "+86 635 2345 678", "https://acme-bearings.test"
            org.selling_points = ["ISO 9001 certified", "ON-TIME DELIVERY"]
            db.session.commit()
        response = api.post("/api/v1/shows", json=show)
        assert response.status_code == 201, response.get_json()
        self.show = response.get_json()
        self.products = {}
        for model, price, category, new in (("6204-2RS", "0.62", "Ball bearings", False),
                                            ("6205-ZZ", "0.71", "Ball bearings", False),
                                            ("6206-LN", "1.05", "Ball bearings", True),
                                            ("30205", "1.95", "Tapered roller bearings", False)):
            body = {"model": model, "name": f"Bearing {model}", "category": category, "unit_price": price,
                    "specification": f"spec of {model}", "packaging": "100 pcs per carton", "moq": 1000,
                    "standard": "ISO 15", "is_new": new}
            self.products[model] = api.post("/api/v1/products", json=body).get_json()["id"]

    def capture(self, **fields) -> dict:
        lead_id = str(uuid.uuid4())
        body = {"show_id": self.show["id"], **fields}
        response = self.api.put(f"/api/v1/leads/{lead_id}", json=body)
        assert response.status_code == 201, response.get_json()
        return response.get_json()["lead"]

    def update(self, lead: dict, **fields) -> dict:
        response = self.api.put(f"/api/v1/leads/{lead['uuid']}", json=fields)
        assert response.status_code == 200, response.get_json()
        return response.get_json()["lead"]

    def drafts(self, **query) -> list[dict]:
        response = self.api.get("/api/v1/drafts", query_string=query)
        assert response.status_code == 200, response.get_json()
        return response.get_json()["drafts"]

    def draft_for(self, lead: dict, **query) -> dict:
        found = [d for d in self.drafts(**query) if d["lead"]["uuid"] == lead["uuid"]]
        assert len(found) == 1, found
        return found[0]

    def approve(self, draft: dict) -> dict:
        response = self.api.post(f"/api/v1/drafts/{draft['id']}/approve")
        assert response.status_code == 200, response.get_json()
        return response.get_json()

    def send_due(self, at: datetime) -> list[str]:
        result = self.app.test_cli_runner().invoke(args=["outbox", "send-due", "--now", at.isoformat()])
        assert result.exit_code == 0, result.output
        return result.output.splitlines()[:-1]

    def plan(self, at: datetime) -> str:
        result = self.app.test_cli_runner().invoke(args=["followup", "plan", "--now", at.isoformat()])
        assert result.exit_code == 0, result.output
        return result.output


BERLIN_SHOW = {"name": "Agritechnica", "city": "Hanover", "country": "DE", "booth": "16 B21",
               "starts_on": "2026-11-09", "ends_on": "2026-11-13", "timezone": "Europe/Berlin"}


@pytest.fixture
def booth(app, api):
    return Booth(app, api, BERLIN_SHOW)


def subprocess_env(app, smtp_url: str | None) -> dict:
    """What a separate `flask` process needs to work on the test's database."""
    env = {**os.environ, "BOOTHMATE_DATA_DIR": app.config["DATA_DIR"], "BOOTHMATE_SECRET_KEY": "test-secret"}
    if smtp_url:
        env["BOOTHMATE_SMTP_URL"] = smtp_url
    if os.environ.get("BOOTHMATE_TEST_DATABASE_URL"):
        env["BOOTHMATE_DATABASE_URL"] = os.environ["BOOTHMATE_TEST_DATABASE_URL"]
    return env
