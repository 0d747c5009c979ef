"""Leads: create-or-update from phones that may be days out of date.

A phone sends the `version` it last saw plus the fields it has. Fields nobody
changed since that version are simply applied. A field a colleague changed in the
meantime is settled by the client time of each change (last writer wins per
field). Notes are only ever added, photos live in their own table: neither can
be dropped by a stale phone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import String, cast, func, or_, select

from backend import clock
from backend.extensions import db
from backend.models import Lead, Product, Show, User
from backend.services import catalog, changes, followup
from backend.services.errors import Invalid, NotFound
from backend.services.phones import normalise_phones

# Fields settled last-writer-wins; notes are merged separately.
MERGED_FIELDS = (
    "show_id", "captured_at", "classification", "intent", "name", "title", "company",
    "department", "emails", "phones", "website", "address", "country", "products", "status",
)
CARD_FIELDS = ("name", "title", "company", "department", "emails", "phones", "website", "address", "country")


@dataclass
class MergeReport:
    overwritten: list[str] = field(default_factory=list)  # both changed it; this request won
    kept: list[str] = field(default_factory=list)  # both changed it; the newer server value stayed
    notes_added: int = 0

    def as_dict(self) -> dict:
        return {"overwritten": self.overwritten, "kept": self.kept, "notes_added": self.notes_added}


@dataclass
class UpsertResult:
    lead: Lead
    created: bool
    merge: MergeReport


def get(org_id: int, client_uuid: str, *, include_deleted: bool = False) -> Lead:
    lead = db.session.scalar(select(Lead).where(Lead.org_id == org_id, Lead.client_uuid == client_uuid))
    if lead is None or (lead.deleted_at and not include_deleted):
        raise NotFound("No such lead.")
    return lead


def upsert(user: User, client_uuid: str, data: dict, *, now: datetime) -> UpsertResult:
    """Create the lead or merge `data` into it. `data` is already type-checked."""
    seq = changes.next_seq(user.org_id)  # first: takes the write lock before any read
    data = dict(data)
    base_version = data.pop("version", None) or 0
    written_at = data.pop("client_updated_at", None) or now
    new_notes = data.pop("notes", [])
    _check_references(user.org_id, data)
    if "phones" in data:
        data["phones"] = normalise_phones(data["phones"], data.get("country"))

    lead = db.session.scalar(select(Lead).where(Lead.org_id == user.org_id, Lead.client_uuid == client_uuid))
    if lead is None:
        lead = Lead(org_id=user.org_id, client_uuid=client_uuid, captured_by_id=user.id, notes=[], field_meta={})
        data.setdefault("captured_at", now)
        if "show_id" not in data:
            show = catalog.running_show(user.org_id, now)
            data["show_id"] = show.id if show else None
        for name, value in data.items():
            setattr(lead, name, value)
        lead.field_meta = {name: {"v": 1, "at": written_at.isoformat(), "src": "user"} for name in data}
        lead.notes = _merge_notes([], new_notes, user, now)[0]
        lead.seq, lead.version = seq, 1
        db.session.add(lead)
        db.session.flush()
        followup.on_lead_changed(lead, now=now)
        return UpsertResult(lead, True, MergeReport())

    report = MergeReport()
    meta = dict(lead.field_meta or {})
    changed = False
    for name, value in data.items():
        if getattr(lead, name) == value:
            continue
        seen = meta.get(name)
        if seen and seen["v"] > base_version:
            if datetime.fromisoformat(seen["at"]) > written_at:
                report.kept.append(name)
                continue
            report.overwritten.append(name)
        setattr(lead, name, value)
        meta[name] = {"v": lead.version + 1, "at": written_at.isoformat(), "src": "user"}
        changed = True

    notes, added = _merge_notes(lead.notes or [], new_notes, user, now)
    if added:
        lead.notes, report.notes_added, changed = notes, added, True
    if changed:
        lead.field_meta, lead.version, lead.seq = meta, lead.version + 1, seq
        db.session.flush()
        followup.on_lead_changed(lead, now=now)
    return UpsertResult(lead, False, report)


def fill_from_reading(lead: Lead, fields: dict, *, now: datetime) -> list[str]:
    """Fill card fields a person has not typed; returns the names it filled."""
    seq = changes.next_seq(lead.org_id)
    meta = dict(lead.field_meta or {})
    filled = []
    for name in CARD_FIELDS:
        value = fields.get(name)
        if not value or getattr(lead, name) or meta.get(name, {}).get("src") == "user":
            continue
        setattr(lead, name, value)
        meta[name] = {"v": lead.version + 1, "at": now.isoformat(), "src": "ocr"}
        filled.append(name)
    lead.field_meta, lead.seq = meta, seq
    if filled:
        lead.version += 1
    db.session.flush()
    followup.on_lead_changed(lead, now=now)
    return filled


def touch(lead: Lead) -> None:
    """Put the lead back on the changes feed (a photo or reading changed)."""
    lead.seq = changes.next_seq(lead.org_id)
    db.session.flush()
    followup.on_lead_changed(lead, now=clock.now())  # a new booth photo belongs in the draft


def soft_delete(org_id: int, client_uuid: str, *, now: datetime) -> Lead:
    """Idempotent: deleting a deleted lead answers with it, so a phone's retry succeeds."""
    seq = changes.next_seq(org_id)
    lead = get(org_id, client_uuid, include_deleted=True)
    if lead.deleted_at is None:
        lead.deleted_at, lead.seq, lead.version = now, seq, lead.version + 1
        db.session.flush()
        followup.on_lead_changed(lead, now=now)
    return lead


def search(org_id: int, *, show_id=None, day: date | None = None, tz: str = "UTC",
           classification=None, q: str | None = None, limit: int = 200, offset: int = 0) -> list[Lead]:
    stmt = select(Lead).where(Lead.org_id == org_id, Lead.deleted_at.is_(None))
    if show_id is not None:
        stmt = stmt.where(Lead.show_id == show_id)
        show = db.session.get(Show, show_id)
        if show is not None and show.org_id == org_id:
            tz = show.timezone
    if day is not None:
        start = datetime.combine(day, time.min, ZoneInfo(tz))
        stmt = stmt.where(Lead.captured_at >= start, Lead.captured_at < start + timedelta(days=1))
    if classification:
        stmt = stmt.where(Lead.classification == classification)
    if q:
        pattern = f"%{q.strip().lower()}%"
        stmt = stmt.where(or_(
            func.lower(Lead.name).like(pattern),
            func.lower(Lead.company).like(pattern),
            func.lower(cast(Lead.emails, String)).like(pattern),
        ))
    stmt = stmt.order_by(Lead.captured_at.desc(), Lead.id.desc()).limit(limit).offset(offset)
    return list(db.session.scalars(stmt))


def _merge_notes(current: list, incoming: list, user: User, now: datetime) -> tuple[list, int]:
    known = {n["id"] for n in current}
    merged = list(current)
    for note in incoming:
        if note["id"] in known:
            continue
        merged.append({
            "id": note["id"],
            "text": note["text"],
            "at": (note.get("at") or now).isoformat(),
            "by": user.id,
        })
        known.add(note["id"])
    return merged, len(merged) - len(current)


def _check_references(org_id: int, data: dict) -> None:
    if data.get("show_id") is not None:
        show = db.session.get(Show, data["show_id"])
        if show is None or show.org_id != org_id:
            raise Invalid("Unknown show.", {"show_id": data["show_id"]})
    wanted = {p["product_id"] for p in data.get("products") or []}
    if wanted:
        found = set(db.session.scalars(select(Product.id).where(Product.org_id == org_id, Product.id.in_(wanted))))
        if wanted - found:
            raise Invalid("Unknown product.", {"product_ids": sorted(wanted - found)})
