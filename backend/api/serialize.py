"""Models to the plain dicts the response schemas describe."""
from __future__ import annotations

from flask import url_for

from backend.models import Lead, Media, Organization, Product, Show, User


def user(u: User) -> dict:
    return {"id": u.id, "email": u.email, "name": u.name, "role": u.role}


def organization(o: Organization) -> dict:
    return {"id": o.id, "name": o.name, "address": o.address, "phone": o.phone, "email": o.email,
            "website": o.website, "selling_points": o.selling_points or []}


def media(m: Media) -> dict:
    return {"id": m.client_id, "kind": m.kind, "content_type": m.content_type, "size": m.size,
            "width": m.width, "height": m.height, "sha256": m.sha256,
            "url": url_for("media.download", media_id=m.client_id)}


def lead(x: Lead) -> dict:
    reading = x.reading or {}
    return {
        "uuid": x.client_uuid, "show_id": x.show_id, "captured_by": x.captured_by_id,
        "captured_at": x.captured_at.isoformat(), "classification": x.classification, "intent": x.intent,
        "name": x.name, "title": x.title, "company": x.company, "department": x.department,
        "emails": x.emails or [], "phones": x.phones or [], "website": x.website, "address": x.address,
        "country": x.country, "notes": x.notes or [], "products": x.products or [], "status": x.status,
        "version": x.version, "updated_at": x.updated_at.isoformat(), "deleted": x.deleted_at is not None,
        "media": [media(m) for m in x.media],
        "reading": {"status": x.reading_status, "fields": reading.get("fields"),
                    "confidence": reading.get("confidence"), "text": reading.get("text"),
                    "error": x.reading_error},
    }


def show(s: Show) -> dict:
    return {"id": s.id, "name": s.name, "city": s.city, "country": s.country, "venue": s.venue,
            "booth": s.booth, "starts_on": s.starts_on, "ends_on": s.ends_on, "timezone": s.timezone}


def product(p: Product) -> dict:
    return {"id": p.id, "model": p.model, "name": p.name, "category": p.category,
            "specification": p.specification, "unit_price": p.unit_price, "currency": p.currency,
            "moq": p.moq, "packaging": p.packaging, "standard": p.standard, "is_new": p.is_new}
