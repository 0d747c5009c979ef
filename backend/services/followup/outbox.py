"""The outbox: approved mail, frozen at approval, waiting for its time."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select, update

from backend.extensions import db
from backend.models import Draft, Media, Organization, OutboxMessage, Show
from backend.services import media
from backend.services.errors import Conflict, Invalid, NotFound
from backend.services.followup import context, message, photos, rules, workbook

UNRESOLVED = ("failed", "unknown")


def queue(draft: Draft, *, now: datetime, media_dir: str) -> OutboxMessage:
    """Build the exact message now, so what was reviewed is what goes; fix its Message-ID."""
    lead = draft.lead
    org = db.session.get(Organization, draft.org_id)
    settings = rules.effective(draft.org_id, lead.show_id)
    sender_email = settings["from_email"] or org.email
    if not message.valid_address(sender_email):
        raise Invalid("Set the organisation's email address (or from_email in the follow-up settings) first.")
    sender = message.address(settings["from_name"] or org.name, sender_email)
    recipient = message.address(lead.name, draft.to_email)
    message_id = message.new_message_id(sender_email)
    raw = message.build(
        sender=sender, recipient=recipient, subject=draft.subject, text=draft.body_text, html=draft.body_html,
        message_id=message_id, inline=_inline_photos(draft, media_dir),
        attachments=attachments(draft, media_dir, org), read_receipt=settings["read_receipt"],
    )
    row = OutboxMessage(org_id=draft.org_id, lead_id=draft.lead_id, draft_id=draft.id, message_id=message_id,
                        from_email=sender_email, to_email=draft.to_email, subject=draft.subject, raw=raw,
                        status="queued", due_at=draft.due_at, attempts=0, created_at=now)
    db.session.add(row)
    db.session.flush()
    return row


def _inline_photos(draft: Draft, media_dir: str) -> list[tuple[str, bytes]]:
    out = []
    for media_id in draft.inline_media:
        item = db.session.get(Media, media_id)
        path = media.absolute_path(item, media_dir) if item is not None else None
        if path is None or not path.is_file():
            raise Invalid("A booth photo in this mail is missing; refresh the draft.", {"media_id": media_id})
        out.append((photos.cid(media_id), photos.for_mail(path)))
    return out


def attachments(draft: Draft, media_dir: str, org: Organization | None = None) -> list[tuple[str, str, bytes]]:
    """The quotation workbook is the only attachment there is; it is made at approval, from today's prices."""
    if not draft.attachments:
        return []
    lead = draft.lead
    org = org or db.session.get(Organization, draft.org_id)
    day = draft.due_at.astimezone(ZoneInfo(draft.zone)).date().isoformat()
    show = db.session.get(Show, lead.show_id) if lead.show_id else None
    data = workbook.build(org, lead, show, context.chosen_products(lead), day=day, media_dir=media_dir)
    return [(item["filename"], item["content_type"], data) for item in draft.attachments]


def cancel_queued(lead_id: int, why: str) -> None:
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.lead_id == lead_id, OutboxMessage.status == "queued")
        .values(status="cancelled", last_error=why)
    )


def reschedule(draft: Draft, due_at: datetime) -> OutboxMessage:
    row = draft.outbox
    if row is None or row.status != "queued":
        raise Conflict("This mail is no longer waiting to be sent.", {"status": row.status if row else None})
    row.due_at = due_at
    db.session.flush()
    return row


def get(org_id: int, outbox_id: int) -> OutboxMessage:
    row = db.session.get(OutboxMessage, outbox_id)
    if row is None or row.org_id != org_id:
        raise NotFound("No such outbox message.")
    return row


def resolve(row: OutboxMessage, outcome: str, *, now: datetime) -> OutboxMessage:
    """A person's call on a failed or unknown send: it did go, send it again, or drop it."""
    if row.status not in UNRESOLVED:
        raise Conflict("Only failed mail and mail whose delivery is unknown need a decision.",
                       {"status": row.status})
    if outcome == "sent":
        row.status, row.sent_at = "sent", row.sent_at or now
    elif outcome == "resend":
        row.status, row.due_at, row.claim_token = "queued", now, None
    else:
        row.status = "cancelled"
    db.session.flush()
    return row


def for_day(org_id: int, *, day, zone: str) -> list[OutboxMessage]:
    """Mail due or sent that day, and every failure still waiting for a person."""
    start = datetime.combine(day, time.min, ZoneInfo(zone))
    end = start + timedelta(days=1)
    return list(db.session.scalars(select(OutboxMessage).where(
        OutboxMessage.org_id == org_id,
        or_((OutboxMessage.due_at >= start) & (OutboxMessage.due_at < end),
            (OutboxMessage.sent_at >= start) & (OutboxMessage.sent_at < end),
            OutboxMessage.status.in_(UNRESOLVED)),
    ).order_by(OutboxMessage.due_at, OutboxMessage.id)))
