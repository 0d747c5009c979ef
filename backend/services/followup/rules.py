"""Follow-up rules: defaults, overridden per organisation, then per show.

Stored overrides are sparse; every reader gets the full merged dict, so adding a
rule later needs no data migration.
"""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backend.extensions import db
from backend.models import FollowupSettings
from backend.services import catalog

FIRST_KINDS = ("key", "potential", "browsing")
NURTURE_REASONS = ("new_product", "new_quote", "holiday", "offer_validity", "delivery_slots")
# Once a lead is in one of these states, nothing more goes out unasked.
STOP_STATUSES = ("replied", "ordered", "unsubscribed", "bounced")

DEFAULTS: dict = {
    "timezone": "UTC",  # for leads captured outside any show
    "key_send_time": "20:30",  # the show's evening, in the show's zone
    "key_late_delay_minutes": 60,  # captured after the evening send: out within the hour
    "quiet_hours": ["22:00", "07:30"],  # never send between these, in the show's zone
    "quote_days": 2,  # "your quote comes on <date>" when a chosen product has no price yet
    "related_models": 3,
    "potential_days_after_show": 3,
    "potential_send_time": "09:30",  # in the buyer's zone, on the buyer's working day
    "browsing_thank_you": False,
    "browsing_days_after_show": 1,
    "nurture": True,
    "nurture_days_after_show": [21, 45, 75, 105, 140],  # buyers order 3-5 months after a show
    "nurture_reasons": ["new_product", "holiday", "new_quote", "delivery_slots", "offer_validity"],
    "nurture_draft_days_ahead": 3,  # when a nurture draft appears for review before it is due
    "min_days_between_mails": 14,
    "auto_approve": {"key": False, "potential": False, "browsing": False, "nurture": False},
    "read_receipt": False,
    "from_name": None,  # default: the organisation's name
    "from_email": None,  # default: the organisation's email
}


def _stored(org_id: int, show_id: int | None) -> FollowupSettings | None:
    return db.session.scalar(select(FollowupSettings).where(
        FollowupSettings.org_id == org_id,
        FollowupSettings.show_id.is_(None) if show_id is None else FollowupSettings.show_id == show_id,
    ))


def settings_row(org_id: int, show_id: int | None = None, *, create: bool = False) -> FollowupSettings | None:
    row = _stored(org_id, show_id)
    if row is None and create:
        row = FollowupSettings(org_id=org_id, show_id=show_id, rules={}, templates={})
        db.session.add(row)
        db.session.flush()
    return row


def effective(org_id: int, show_id: int | None = None) -> dict:
    """Defaults < organisation < show. Nested dicts (auto_approve) merge key by key."""
    merged = {k: (dict(v) if isinstance(v, dict) else v) for k, v in DEFAULTS.items()}
    layers = [_stored(org_id, None)] + ([_stored(org_id, show_id)] if show_id is not None else [])
    for row in layers:
        for name, value in ((row.rules or {}) if row else {}).items():
            if isinstance(merged.get(name), dict) and isinstance(value, dict):
                merged[name] = {**merged[name], **value}
            else:
                merged[name] = value
    return merged


def update(org_id: int, show_id: int | None, *, rules: dict | None = None, templates: dict | None = None,
           smtp_url: str | None = None, clear_smtp: bool = False) -> FollowupSettings:
    """Store overrides; `None` for a rule removes the override (back to the inherited value)."""
    row = settings_row(org_id, show_id, create=True)
    if rules:
        stored = dict(row.rules or {})
        for name, value in rules.items():
            if value is None:
                stored.pop(name, None)
            elif isinstance(value, dict):
                stored[name] = {**stored.get(name, {}), **value}
            else:
                stored[name] = value
        row.rules = stored
    if templates:
        stored = {k: dict(v) for k, v in (row.templates or {}).items()}
        for kind, parts in templates.items():
            stored[kind] = {**stored.get(kind, {}), **{p: s for p, s in parts.items() if s is not None}}
            for part in [p for p, s in parts.items() if s is None]:
                stored[kind].pop(part, None)
        row.templates = stored
    if smtp_url or clear_smtp:
        row.smtp_url = smtp_url or None
    db.session.flush()
    return row


def templates(org_id: int) -> dict:
    row = _stored(org_id, None)
    return (row.templates or {}) if row else {}


def smtp_url(org_id: int) -> str | None:
    row = _stored(org_id, None)
    return row.smtp_url if row else None


def review_day(org_id: int, now: datetime, day: date | None, zone: str | None) -> tuple[date, str]:
    """The evening review's day and zone: as asked, else today where the show runs."""
    if zone is None:
        show = catalog.running_show(org_id, now)
        zone = show.timezone if show else effective(org_id)["timezone"]
    return day or now.astimezone(ZoneInfo(zone)).date(), zone
