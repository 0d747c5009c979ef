"""Drafts: made by the rules when a lead changes, reviewed and approved by a person.

A draft is re-rendered whenever its lead changes (the card reading fills in the
email at 18:00, the salesperson adds a product), until someone edits its words
or approves it. Approval freezes it into the outbox.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backend.extensions import db
from backend.models import Draft, Lead, Media, Organization, OutboxMessage, Show, User
from backend.services.errors import Conflict, Invalid, NotFound
from backend.services.followup import content, context, outbox, photos, rules, schedule
from backend.services.followup.message import valid_address

OPEN = ("draft", "held")
BY_RULES = "rules: "  # status_reason prefix of drafts the rules (not a person) closed


def first_kind(lead: Lead, settings: dict) -> str | None:
    if lead.classification == "browsing":
        return "browsing" if settings["browsing_thank_you"] else None
    return lead.classification


def on_lead_changed(lead: Lead, *, now: datetime) -> None:
    """Bring the lead's drafts in line with it. Safe to call after every change."""
    settings = rules.effective(lead.org_id, lead.show_id)
    drafts = list(db.session.scalars(select(Draft).where(Draft.lead_id == lead.id)))
    if lead.deleted_at is not None or lead.status in rules.STOP_STATUSES:
        why = "lead deleted" if lead.deleted_at is not None else f"lead {lead.status}"
        stop(lead, drafts, why)
        return
    wanted = first_kind(lead, settings)
    if any(d.step == 0 and d.status == "approved" and d.kind != wanted for d in drafts):
        wanted = None  # a first mail already went (or will): reclassifying does not make a second one
    for draft in drafts:
        if draft.step == 0 and draft.status in OPEN and draft.kind != wanted:
            _close(draft, f"lead is now {lead.classification}")
    if wanted is not None:
        draft = next((d for d in drafts if d.step == 0 and d.kind == wanted), None)
        if draft is None:
            draft = Draft(org_id=lead.org_id, lead_id=lead.id, kind=wanted, step=0, status="draft",
                          created_at=now, facts={}, inline_media=[], attachments=[])
            draft.lead = lead
            _plan_first(draft, lead, settings, now)
            db.session.add(draft)
        elif draft.status == "discarded" and (draft.status_reason or "").startswith(BY_RULES):
            draft.status, draft.status_reason = "draft", None
        if draft.status in OPEN:
            refresh(draft, lead, settings, now=now)
    for draft in drafts:
        if draft.step > 0 and draft.status in OPEN:
            refresh(draft, lead, settings, now=now)
    db.session.flush()


def stop(lead: Lead, drafts: list[Draft], why: str) -> None:
    """Nothing more goes to this lead: open drafts close, queued mail is cancelled."""
    for draft in drafts:
        if draft.status in OPEN:
            _close(draft, why)
    outbox.cancel_queued(lead.id, why)


def _close(draft: Draft, why: str) -> None:
    draft.status, draft.status_reason = "discarded", BY_RULES + why


def _show(lead: Lead) -> Show | None:
    return db.session.get(Show, lead.show_id) if lead.show_id else None


def _zones(lead: Lead, show: Show | None, settings: dict) -> tuple[str, str, str | None]:
    """(show zone, buyer zone, buyer country)."""
    show_zone = show.timezone if show else settings["timezone"]
    country = schedule.buyer_country(lead.country, lead.phones, lead.address)
    return show_zone, schedule.buyer_zone(country, lead.phones, show_zone), country


def show_end(lead: Lead, show: Show | None, zone: str):
    return show.ends_on if show else lead.captured_at.astimezone(ZoneInfo(zone)).date()


def _plan_first(draft: Draft, lead: Lead, settings: dict, now: datetime) -> None:
    show = _show(lead)
    show_zone, buyer_zone, country = _zones(lead, show, settings)
    if draft.kind == "key":
        # From the moment it became key: a card synced late still gets its mail tonight.
        draft.zone, draft.due_at = show_zone, schedule.key_due(max(lead.captured_at, now), show_zone, settings)
        return
    days = settings["potential_days_after_show" if draft.kind == "potential" else "browsing_days_after_show"]
    draft.zone = buyer_zone
    draft.due_at = schedule.after_show_due(show_end(lead, show, show_zone), days, buyer_zone, country, settings)


def refresh(draft: Draft, lead: Lead, settings: dict, *, now: datetime) -> None:
    """Re-plan and re-render what no person has touched; always pick up a new address."""
    if not draft.edited or draft.to_email is None:
        draft.to_email = next((e for e in lead.emails or [] if e), None)
    if draft.step == 0 and draft.kind != "key" and not draft.due_pinned:
        _plan_first(draft, lead, settings, now)  # the buyer's zone may have just become known
    if draft.edited:
        return
    org = db.session.get(Organization, lead.org_id)
    show = _show(lead)
    earlier = _earlier(draft)
    ctx, facts = context.build(lead, draft.kind, org=org, show=show, rules=settings, due_at=draft.due_at,
                               zone=draft.zone, reason=draft.reason, earlier=earlier)
    media_ids = _booth_photo_ids(lead) if draft.kind in ("potential", "nurture") and draft.step == 0 else []
    ctx["photos"] = [{"cid": photos.cid(m)} for m in media_ids]
    try:
        rendered = content.render(draft.kind, ctx, rules.templates(lead.org_id))
    except Invalid as exc:
        # The organisation's template fails for this lead: capture must not fail with it.
        rendered = content.render(draft.kind, ctx)
        facts["template_error"] = exc.message
    draft.subject, draft.body_text, draft.body_html = rendered.subject, rendered.text, rendered.html
    draft.inline_media, draft.facts = media_ids, facts
    draft.attachments = ([{"filename": ctx["workbook"], "content_type": "application/vnd.openxmlformats-"
                           "officedocument.spreadsheetml.sheet"}]
                         if draft.kind == "key" and ctx["quote_ready"] else [])


def _booth_photo_ids(lead: Lead) -> list[int]:
    # Queried, not lead.media: a photo added in this transaction is not in the loaded collection.
    return list(db.session.scalars(
        select(Media.id).where(Media.lead_id == lead.id, Media.kind == "booth_photo").order_by(Media.id)))


def _earlier(draft: Draft) -> list[Draft]:
    """The lead's mails that went or will go before this one."""
    return list(db.session.scalars(select(Draft).where(
        Draft.lead_id == draft.lead_id, Draft.status == "approved", Draft.id != draft.id,
    ).order_by(Draft.due_at)))


# --- review ------------------------------------------------------------------------------


def get(org_id: int, draft_id: int) -> Draft:
    draft = db.session.get(Draft, draft_id)
    if draft is None or draft.org_id != org_id:
        raise NotFound("No such draft.")
    return draft


def _editable(draft: Draft) -> None:
    if draft.status not in OPEN:
        raise Conflict(f"This draft is {draft.status}; only drafts and held drafts can change.",
                       {"status": draft.status})


def edit(draft: Draft, changes: dict) -> Draft:
    """A person's words: kept from now on, never re-rendered by the rules."""
    _editable(draft)
    if "to_email" in changes:
        if not valid_address(changes["to_email"]):
            raise Invalid("Not a single plain email address.", {"to_email": changes["to_email"]})
        draft.to_email = changes["to_email"]
    if "subject" in changes:
        draft.subject = content.one_line(changes["subject"])[:300]
    if "body_html" in changes:
        draft.body_html = changes["body_html"]
    elif "body_text" in changes:
        draft.body_html = content.html_from_text(changes["body_text"], [photos.cid(m) for m in draft.inline_media])
    if "body_text" in changes:
        draft.body_text = changes["body_text"]
    draft.edited = draft.edited or bool(changes)
    db.session.flush()
    return draft


def hold(draft: Draft) -> Draft:
    _editable(draft)
    draft.status = "held"
    db.session.flush()
    return draft


def discard(draft: Draft) -> Draft:
    _editable(draft)
    draft.status, draft.status_reason = "discarded", "discarded by a person"
    db.session.flush()
    return draft


def reschedule(draft: Draft, due_at: datetime) -> Draft:
    if draft.status == "approved":
        outbox.reschedule(draft, due_at)
    else:
        _editable(draft)
    draft.due_at, draft.due_pinned = due_at, True
    db.session.flush()
    return draft


def approve(draft: Draft, user: User | None, *, now: datetime, media_dir: str,
            send_now: bool = False) -> OutboxMessage:
    if draft.status == "approved" and send_now:
        return outbox.reschedule(draft, now)
    _editable(draft)
    if not valid_address(draft.to_email):
        raise Invalid("This lead has no usable email address yet.", {"to_email": draft.to_email})
    draft.status, draft.approved_at = "approved", now
    draft.approved_by_id = user.id if user else None
    if send_now:
        draft.due_at = now
    return outbox.queue(draft, now=now, media_dir=media_dir)


def approve_many(org_id: int, ids: list[int], user: User, *, now: datetime, media_dir: str) -> tuple[list, dict]:
    """Approve each that can be; the others say why not, so one missing address blocks nothing."""
    approved, skipped = [], {}
    for draft_id in ids:
        draft = db.session.get(Draft, draft_id)
        if draft is None or draft.org_id != org_id:
            skipped[str(draft_id)] = "not found"
            continue
        try:
            with db.session.begin_nested():
                approve(draft, user, now=now, media_dir=media_dir)
        except (Invalid, Conflict) as exc:
            skipped[str(draft_id)] = exc.message
        else:
            approved.append(draft)
    return approved, skipped


def auto_approve_due(*, now: datetime, media_dir: str) -> list[Draft]:
    """Drafts of a class the organisation lets go out unreviewed, once they are due."""
    done = []
    for draft in db.session.scalars(select(Draft).where(Draft.status == "draft", Draft.due_at <= now)):
        settings = rules.effective(draft.org_id, draft.lead.show_id)
        if settings["auto_approve"].get(draft.kind) and valid_address(draft.to_email):
            approve(draft, None, now=now, media_dir=media_dir)
            done.append(draft)
    return done


def for_review(org_id: int, *, day, zone: str, statuses: list[str]) -> list[Draft]:
    """Drafts due on `day` in `zone` and drafts made that day: what the evening review shows."""
    start = datetime.combine(day, time.min, ZoneInfo(zone))
    end = start + timedelta(days=1)
    stmt = select(Draft).where(
        Draft.org_id == org_id, Draft.status.in_(statuses),
        ((Draft.due_at >= start) & (Draft.due_at < end)) | ((Draft.created_at >= start) & (Draft.created_at < end)),
    ).order_by(Draft.kind, Draft.due_at, Draft.id)
    return list(db.session.scalars(stmt))


def inline_photo(draft: Draft, index: int) -> Media:
    if not 0 <= index < len(draft.inline_media):
        raise NotFound("No such photo in this mail.")
    media = db.session.get(Media, draft.inline_media[index])
    if media is None or media.org_id != draft.org_id:
        raise NotFound("No such photo in this mail.")
    return media


def mark_contacted(lead_id: int, *, now: datetime) -> None:
    """The first mail went: a lead still `new` becomes `contacted` (and syncs to the phones)."""
    from backend.services import changes

    lead = db.session.get(Lead, lead_id)
    if lead.status != "new":
        return
    meta = dict(lead.field_meta or {})
    meta["status"] = {"v": lead.version + 1, "at": now.isoformat(), "src": "server"}
    lead.status, lead.version, lead.field_meta = "contacted", lead.version + 1, meta
    lead.seq = changes.next_seq(lead.org_id)
    db.session.flush()
