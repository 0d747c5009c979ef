"""Follow-up models to the dicts the follow-up schemas describe."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from flask import url_for

from backend.models import Draft, Lead, OutboxMessage
from backend.services.followup import hints, photos


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None


def lead_brief(lead: Lead) -> dict:
    return {"uuid": lead.client_uuid, "name": lead.name, "company": lead.company,
            "classification": lead.classification, "status": lead.status, "country": lead.country}


def outbox(row: OutboxMessage) -> dict:
    return {"id": row.id, "draft_id": row.draft_id, "lead": lead_brief(row.draft.lead),
            "message_id": row.message_id, "from_email": row.from_email, "to_email": row.to_email,
            "subject": row.subject, "status": row.status, "due_at": _iso(row.due_at), "sent_at": _iso(row.sent_at),
            "attempts": row.attempts, "last_error": row.last_error}


def draft(d: Draft, rules: dict) -> dict:
    return {
        "id": d.id, "lead": lead_brief(d.lead), "kind": d.kind, "step": d.step, "reason": d.reason,
        "status": d.status, "status_reason": d.status_reason, "due_at": _iso(d.due_at),
        "due_local": d.due_at.astimezone(ZoneInfo(d.zone)).isoformat(), "zone": d.zone,
        "to_email": d.to_email, "subject": d.subject, "body_text": d.body_text, "body_html": d.body_html,
        "preview_url": url_for("drafts.preview", draft_id=d.id),
        "inline": [{"cid": photos.cid(media_id), "url": url_for("drafts.inline_photo", draft_id=d.id, index=i)}
                   for i, media_id in enumerate(d.inline_media)],
        "attachments": [{**a, "url": url_for("drafts.attachment", draft_id=d.id, index=i)}
                        for i, a in enumerate(d.attachments)],
        "hints": hints.for_draft(d, rules["min_days_between_mails"]) if d.status != "discarded" else [],
        "edited": d.edited, "created_at": _iso(d.created_at), "approved_at": _iso(d.approved_at),
        "outbox": outbox(d.outbox) if d.outbox is not None else None,
    }
