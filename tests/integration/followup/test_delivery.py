"""Delivery: retries for definite failures, a person's call for unknown outcomes, never a duplicate."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backend.extensions import db
from backend.models import OutboxMessage
from backend.services.followup import dispatch
from tests.integration.followup.conftest import free_port, subprocess_env

BERLIN = ZoneInfo("Europe/Berlin")
EVENING = datetime(2026, 11, 10, 20, 31, tzinfo=BERLIN)


def approved_key_leads(booth, clock, count: int = 1) -> list[dict]:
    clock.set(datetime(2026, 11, 10, 15, 10, tzinfo=BERLIN))
    approved = []
    for n in range(count):
        lead = booth.capture(classification="key", name=f"Buyer {n}", emails=[f"buyer{n}@example-buyer.de"])
        approved.append(booth.approve(booth.draft_for(lead)))
    return approved


def outbox_rows(app) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(db.session.scalars(db.select(OutboxMessage).order_by(OutboxMessage.id)))
        db.session.expunge_all()
        return rows


def test_smtp_down_is_retried_with_backoff_then_failed_with_the_reason(app, booth, clock):
    app.config["SMTP_URL"] = f"smtp://127.0.0.1:{free_port()}"  # nobody listens there
    approved_key_leads(booth, clock)
    at = EVENING
    for wait in app.config["OUTBOX_RETRY_MINUTES"]:
        [line] = booth.send_due(at)
        assert line.startswith("queued") and "cannot reach" in line
        assert booth.send_due(at + timedelta(minutes=wait) - timedelta(seconds=1)) == []  # not before its time
        at += timedelta(minutes=wait)
    [line] = booth.send_due(at)
    assert line.startswith("failed")
    assert booth.send_due(at + timedelta(days=1)) == []

    [row] = booth.api.get("/api/v1/outbox", query_string={"day": "2026-11-10"}).get_json()["messages"]
    assert row["status"] == "failed" and row["attempts"] == 5
    assert row["last_error"].startswith("gave up after 5 attempts: cannot reach smtp://127.0.0.1")


def test_a_permanent_refusal_fails_at_once(app, booth, clock, smtp_server):
    async def refuse(server, session, envelope, address, rcpt_options):
        return "550 5.1.1 No such user"

    smtp_server.handle_RCPT = refuse
    approved_key_leads(booth, clock)
    [line] = booth.send_due(EVENING)
    assert line.startswith("failed") and "550" in line


def test_a_connection_lost_after_the_message_is_unknown_and_not_sent_again(app, booth, clock, smtp_server):
    smtp_server.mode = "drop"
    approved_key_leads(booth, clock)
    [line] = booth.send_due(EVENING)
    assert line.startswith("unknown")
    assert booth.send_due(EVENING + timedelta(hours=3)) == []
    assert len(smtp_server.envelopes) == 1

    [row] = booth.api.get("/api/v1/outbox", query_string={"day": "2026-11-10"}).get_json()["messages"]
    assert row["status"] == "unknown" and "connection broke" in row["last_error"]
    # A person checked: it never arrived. They ask for it again; it goes exactly once more.
    smtp_server.mode = "ok"
    clock.set(EVENING + timedelta(hours=4))
    resolved = booth.api.post(f"/api/v1/outbox/{row['id']}/resolve", json={"outcome": "resend"})
    assert resolved.get_json()["status"] == "queued"
    assert booth.send_due(EVENING + timedelta(hours=4))[0].startswith("sent")
    assert len(smtp_server.envelopes) == 2


def test_two_dispatchers_racing_in_threads_send_each_mail_once(app, booth, clock, smtp_server):
    approved_key_leads(booth, clock, count=12)
    config = dispatch.DeliveryConfig.from_config(app.config)
    start = threading.Barrier(2)
    results = []

    def run():
        with app.app_context():
            start.wait()
            results.extend(dispatch.send_due(now=EVENING, config=config))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    ids = [e.content for e in smtp_server.envelopes]
    assert len(ids) == 12 == len(set(ids))
    assert sorted(r.outbox_id for r in results if r.status == "sent") == [r.id for r in outbox_rows(app)]


def _send_due_process(app, smtp_url: str, at: datetime) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "backend", "outbox", "send-due", "--now", at.isoformat()],
        env=subprocess_env(app, smtp_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_send_due_processes_racing_send_each_mail_once(app, booth, clock, smtp_server):
    approved_key_leads(booth, clock, count=10)
    processes = [_send_due_process(app, smtp_server.url, EVENING) for _ in range(2)]
    outputs = [p.communicate(timeout=60) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    sent_lines = [line for out, _ in outputs for line in out.splitlines() if line.startswith("sent")]
    assert len(sent_lines) == 10
    message_ids = [m["Message-ID"] for m in smtp_server.messages]
    assert len(message_ids) == 10 == len(set(message_ids))


def test_a_scheduler_killed_mid_send_never_sends_that_mail_again(app, booth, clock, smtp_server):
    """The real `flask scheduler` process is killed while the server holds the message."""
    smtp_server.mode = "stall"
    approved_key_leads(booth, clock)  # due 2026-11-10, long past by the machine's real clock
    scheduler = subprocess.Popen([sys.executable, "-m", "flask", "--app", "backend", "scheduler", "--interval", "1"],
                                 env=subprocess_env(app, smtp_server.url),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert smtp_server.received.wait(timeout=30), "the scheduler never started sending"
    finally:
        scheduler.send_signal(signal.SIGKILL)
        scheduler.wait(timeout=10)
    smtp_server.release.set()
    smtp_server.mode = "ok"

    [row] = outbox_rows(app)
    assert row.status == "sending"
    claimed = row.claimed_at
    assert booth.send_due(claimed + timedelta(minutes=1)) == []  # a live claim is left alone
    [line] = booth.send_due(claimed + timedelta(minutes=app.config["OUTBOX_LEASE_MINUTES"], seconds=1))
    assert line.startswith("unknown")
    assert booth.send_due(claimed + timedelta(hours=1)) == []
    assert len(smtp_server.envelopes) == 1
    [row] = outbox_rows(app)
    assert row.status == "unknown" and "stopped while sending" in row.last_error


@pytest.mark.parametrize("outcome, status", [("sent", "sent"), ("cancel", "cancelled")])
def test_a_person_settles_an_unknown_send(app, booth, clock, smtp_server, outcome, status):
    smtp_server.mode = "drop"
    approved_key_leads(booth, clock)
    booth.send_due(EVENING)
    [row] = outbox_rows(app)
    response = booth.api.post(f"/api/v1/outbox/{row.id}/resolve", json={"outcome": outcome})
    assert response.get_json()["status"] == status
    assert booth.send_due(EVENING + timedelta(hours=1)) == []
    again = booth.api.post(f"/api/v1/outbox/{row.id}/resolve", json={"outcome": "resend"})
    assert again.status_code == 409
