"""Send what is due, exactly once, however many dispatchers run.

A row is claimed with one compare-and-set UPDATE (status queued -> sending, with
a fresh token) committed before the mail server is contacted. On PostgreSQL the
second UPDATE waits for the first's row lock and then finds the status changed;
on SQLite writers are serialised. Either way exactly one dispatcher wins.

A dispatcher killed mid-send leaves its row `sending`. Nobody knows whether the
server took the mail, so once the claim is older than the lease the row turns
`unknown` for a person to decide; it is never re-sent on a guess.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from backend.extensions import db
from backend.models import OutboxAttempt, OutboxMessage
from backend.services.followup import drafts, message, rules, transport


@dataclass(frozen=True)
class DeliveryConfig:
    smtp_url: str | None  # the install's default; an organisation's own setting wins
    outbox_dir: Path  # where .eml files go when there is no SMTP server
    timeout: float
    retry_minutes: tuple[int, ...]  # wait before each retry; one more failure after the last is final
    lease_minutes: int

    @classmethod
    def from_config(cls, config) -> DeliveryConfig:
        return cls(smtp_url=config.get("SMTP_URL") or None,
                   outbox_dir=Path(config["DATA_DIR"]) / "outbox",
                   timeout=float(config["SMTP_TIMEOUT"]),
                   retry_minutes=tuple(config["OUTBOX_RETRY_MINUTES"]),
                   lease_minutes=int(config["OUTBOX_LEASE_MINUTES"]))


@dataclass(frozen=True)
class Result:
    outbox_id: int
    to: str
    subject: str
    message_id: str
    status: str  # sent, queued (will retry), failed, unknown
    error: str | None = None


def send_due(*, now: datetime, config: DeliveryConfig, limit: int | None = None,
             only: list[int] | None = None) -> list[Result]:
    """Send every queued message due by `now` (or just `only`); returns what happened to each."""
    results = [Result(r.id, r.to_email, r.subject, r.message_id, "unknown", r.last_error)
               for r in expire_stale_claims(now=now, lease=timedelta(minutes=config.lease_minutes))]
    stmt = select(OutboxMessage.id).where(OutboxMessage.status == "queued", OutboxMessage.due_at <= now)
    if only is not None:
        stmt = stmt.where(OutboxMessage.id.in_(only))
    ids = list(db.session.scalars(stmt.order_by(OutboxMessage.due_at, OutboxMessage.id).limit(limit)))
    db.session.commit()
    transports: dict[str | None, transport.Transport] = {}
    try:
        for outbox_id in ids:
            token = _claim(outbox_id, now)
            if token is not None:
                results.append(_deliver(outbox_id, token, now, config, transports))
    finally:
        for open_transport in transports.values():
            open_transport.close()
    return results


def expire_stale_claims(*, now: datetime, lease: timedelta) -> list[OutboxMessage]:
    stale = list(db.session.scalars(select(OutboxMessage).where(
        OutboxMessage.status == "sending", OutboxMessage.claimed_at < now - lease)))
    for row in stale:
        db.session.execute(update(OutboxMessage).where(
            OutboxMessage.id == row.id, OutboxMessage.claim_token == row.claim_token, OutboxMessage.status == "sending",
        ).values(status="unknown", last_error=(
            f"The sender stopped while sending (claimed {row.claimed_at.isoformat()}); it may or may not have "
            "gone out. Check the Sent folder or ask the buyer, then mark it sent or send it again.")))
        db.session.add(OutboxAttempt(outbox_id=row.id, started_at=row.claimed_at, outcome="unknown",
                                     error="sender stopped mid-send"))
    db.session.commit()
    for row in stale:
        db.session.refresh(row)
    return stale


def _claim(outbox_id: int, now: datetime) -> str | None:
    token = str(uuid.uuid4())
    claimed = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id, OutboxMessage.status == "queued", OutboxMessage.due_at <= now)
        .values(status="sending", claim_token=token, claimed_at=now, attempts=OutboxMessage.attempts + 1)
    ).rowcount
    db.session.commit()  # the claim must be visible to every other dispatcher before the server is called
    return token if claimed == 1 else None


def _transport_for(row: OutboxMessage, config: DeliveryConfig, cache: dict) -> transport.Transport:
    url = rules.smtp_url(row.org_id) or config.smtp_url
    if url not in cache:
        cache[url] = transport.open_transport(url, outbox_dir=config.outbox_dir, timeout=config.timeout)
    return cache[url]


def _deliver(outbox_id: int, token: str, now: datetime, config: DeliveryConfig, transports: dict) -> Result:
    row = db.session.get(OutboxMessage, outbox_id, populate_existing=True)
    values: dict = {"claim_token": None}
    error = None
    try:
        sender = _transport_for(row, config, transports)
        sender.send(message.stamp_date(row.raw, now), row.from_email, row.to_email, name=f"{row.id:08d}")
    except transport.UnknownOutcome as exc:
        error, values["status"] = str(exc), "unknown"
    except transport.PermanentError as exc:
        error, values["status"] = str(exc), "failed"
    except transport.TransientError as exc:
        error = str(exc)
        if row.attempts > len(config.retry_minutes):
            values["status"] = "failed"
            error = f"gave up after {row.attempts} attempts: {exc}"
        else:
            values["status"] = "queued"
            values["due_at"] = now + timedelta(minutes=config.retry_minutes[row.attempts - 1])
    else:
        values.update(status="sent", sent_at=now)
    values["last_error"] = error
    # Only the claim holder may finish: a claim that outlived its lease was already handed to a person.
    finished = db.session.execute(update(OutboxMessage).where(
        OutboxMessage.id == outbox_id, OutboxMessage.claim_token == token).values(**values)).rowcount
    outcome = {"queued": "retry"}.get(values["status"], values["status"])
    db.session.add(OutboxAttempt(outbox_id=outbox_id, started_at=now, outcome=outcome, error=error))
    if finished and values["status"] == "sent":
        drafts.mark_contacted(row.lead_id, now=now)
    db.session.commit()
    return Result(row.id, row.to_email, row.subject, row.message_id, values["status"], error)
