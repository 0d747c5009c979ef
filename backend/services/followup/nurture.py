"""Nurture: the later, never-pushy mails over the months buyers take to order.

Each step is planned from the show's end (rules.nurture_days_after_show), moved to
the buyer's working morning, kept min_days_between_mails after the lead's previous
mail, and drafted nurture_draft_days_ahead before it is due so a person reviews it.
Only leads whose first mail went out qualify, and none that replied, ordered,
unsubscribed or bounced.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from backend.extensions import db
from backend.models import Draft, Lead, Organization, OutboxMessage, Show
from backend.services.followup import context, drafts, rules, schedule

NURTURED = ("key", "potential")


def plan(*, now: datetime) -> list[Draft]:
    """Make every nurture draft whose review time has come; returns the new drafts."""
    mailed = select(OutboxMessage.lead_id).where(OutboxMessage.status.in_(("sent", "queued", "sending")))
    candidates = db.session.scalars(select(Lead).where(
        Lead.id.in_(mailed), Lead.deleted_at.is_(None), Lead.classification.in_(NURTURED),
        Lead.status.not_in(rules.STOP_STATUSES),
    ).order_by(Lead.id))
    made = []
    for lead in candidates:
        draft = next_step(lead, now=now)
        if draft is not None:
            made.append(draft)
    db.session.flush()
    return made


def last_mail_at(lead_id: int) -> datetime | None:
    """When the lead last got (or will get) mail from us: sent, queued, or an open draft's time."""
    sent = db.session.scalar(select(func.max(func.coalesce(OutboxMessage.sent_at, OutboxMessage.due_at))).where(
        OutboxMessage.lead_id == lead_id, OutboxMessage.status.in_(("sent", "queued", "sending", "unknown"))))
    pending = db.session.scalar(select(func.max(Draft.due_at)).where(
        Draft.lead_id == lead_id, Draft.status.in_(drafts.OPEN)))
    times = [t for t in (sent, pending) if t is not None]
    return max(times) if times else None


def next_step(lead: Lead, *, now: datetime) -> Draft | None:
    settings = rules.effective(lead.org_id, lead.show_id)
    if not settings["nurture"]:
        return None
    offsets = settings["nurture_days_after_show"]
    done = db.session.scalar(select(func.max(Draft.step)).where(Draft.lead_id == lead.id)) or 0
    if done >= len(offsets):
        return None
    if db.session.scalar(select(Draft.id).where(Draft.lead_id == lead.id, Draft.status.in_(drafts.OPEN),
                                                Draft.step > 0)):
        return None  # one nurture mail in review at a time
    show = db.session.get(Show, lead.show_id) if lead.show_id else None
    show_zone = show.timezone if show else settings["timezone"]
    country = schedule.buyer_country(lead.country, lead.phones, lead.address)
    zone = schedule.buyer_zone(country, lead.phones, show_zone)
    step = done + 1
    due = schedule.nurture_due(drafts.show_end(lead, show, show_zone), offsets[step - 1], zone, country,
                               settings, last_mail_at(lead.id))
    if due - timedelta(days=settings["nurture_draft_days_ahead"]) > now:
        return None
    reasons = settings["nurture_reasons"]
    earlier = list(db.session.scalars(select(Draft).where(Draft.lead_id == lead.id, Draft.status == "approved")))
    org = db.session.get(Organization, lead.org_id)
    reason = context.best_reason(lead, reasons[(step - 1) % len(reasons)], org=org, show=show, rules=settings,
                                 due_at=due, zone=zone, earlier=earlier)
    draft = Draft(org_id=lead.org_id, lead_id=lead.id, kind="nurture", step=step, reason=reason, status="draft",
                  due_at=due, zone=zone, created_at=now, facts={}, inline_media=[], attachments=[])
    draft.lead = lead
    db.session.add(draft)
    drafts.refresh(draft, lead, settings, now=now)
    return draft
