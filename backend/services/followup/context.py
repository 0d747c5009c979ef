"""What a mail can talk about: the lead, the show, the products, and what is new since last time."""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backend.extensions import db
from backend.models import Draft, Lead, Organization, Product, Show, User
from backend.services.followup import schedule

HOLIDAY_LOOKAHEAD_DAYS = 30
OFFER_VALID_DAYS = 30


def product_view(p: Product) -> dict:
    price = f"{p.currency} {p.unit_price}" if p.unit_price is not None else None
    return {"id": p.id, "model": p.model, "name": p.name, "category": p.category,
            "specification": p.specification, "packaging": p.packaging, "standard": p.standard,
            "moq": p.moq, "price": price, "is_new": p.is_new}


def chosen_products(lead: Lead) -> list[Product]:
    ids = [item["product_id"] for item in lead.products or []]
    if not ids:
        return []
    found = {p.id: p for p in db.session.scalars(select(Product).where(Product.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def workbook_name(lead: Lead, day: date) -> str:
    """Quotation_<Client>_<YYYY-MM-DD>.xlsx, the client's name in plain ASCII letters."""
    client = unicodedata.normalize("NFKD", lead.company or lead.name or "Client")
    client = re.sub(r"[^A-Za-z0-9]+", "-", client.encode("ascii", "ignore").decode()).strip("-")
    return f"Quotation_{client[:60] or 'Client'}_{day.isoformat()}.xlsx"


def lead_view(lead: Lead) -> dict:
    return {"name": lead.name, "greeting": lead.name.strip() or "Sir or Madam", "company": lead.company,
            "title": lead.title, "country": lead.country,
            "notes": [n.get("text", "") for n in lead.notes or []]}


def org_view(org: Organization) -> dict:
    return {"name": org.name, "phone": org.phone, "email": org.email, "website": org.website,
            "address": org.address}


def show_view(show: Show | None) -> dict | None:
    if show is None:
        return None
    return {"name": show.name, "booth": show.booth, "city": show.city, "venue": show.venue,
            "starts_on": show.starts_on.isoformat(), "ends_on": show.ends_on.isoformat()}


def build(lead: Lead, kind: str, *, org: Organization, show: Show | None, rules: dict, due_at: datetime,
          zone: str, reason: str | None = None, earlier: list[Draft] = ()) -> tuple[dict, dict]:
    """The template context, and the facts stored with the draft (what it mentions, what is new)."""
    catalog = list(db.session.scalars(
        select(Product).where(Product.org_id == lead.org_id).order_by(Product.category, Product.model)))
    chosen = chosen_products(lead)
    chosen_ids = {p.id for p in chosen}
    categories = list(dict.fromkeys(p.category for p in chosen if p.category))
    related = [p for p in catalog if p.category in categories and p.id not in chosen_ids]
    local_day = due_at.astimezone(ZoneInfo(zone)).date()
    sender = db.session.get(User, lead.captured_by_id) if lead.captured_by_id else None
    context = {
        "lead": lead_view(lead), "org": org_view(org), "show": show_view(show),
        "sender": {"name": (sender.name if sender else "") or org.name},
        "met_on": lead.captured_at.astimezone(ZoneInfo(show.timezone if show else zone)).date().isoformat(),
        "chosen": [product_view(p) for p in chosen],
        "related": [product_view(p) for p in related[: rules["related_models"]]],
        "categories": categories,
        "strengths": list(org.selling_points or []),
        "quote_ready": bool(chosen) and all(p.unit_price is not None for p in chosen),
        "quote_date": (local_day + timedelta(days=rules["quote_days"])).isoformat(),
        "workbook": workbook_name(lead, local_day),
        "photos": [],
        "reason": reason,
    }
    suggested = related or [p for p in catalog if p.id not in chosen_ids]
    context["suggested"] = [product_view(p) for p in (chosen + suggested)[: rules["related_models"] + len(chosen)]]
    mentioned = set()
    for draft in earlier:
        mentioned.update((draft.facts or {}).get("mentioned", []))
    new_products = [p for p in catalog if p.is_new and p.id not in mentioned]
    context["new_products"] = [product_view(p) for p in new_products[: rules["related_models"]]]

    facts: dict = {"prices": {str(p.id): str(p.unit_price) for p in chosen if p.unit_price is not None}}
    if kind == "nurture":
        context.update(_nurture_news(lead, chosen, earlier, local_day, rules))
        facts["news"] = _has_news(context)
    shown = [*context["chosen"], *context["related"], *context["new_products"], *context.get("changed", [])]
    facts["mentioned"] = sorted({p["id"] for p in shown} | mentioned)
    return context, facts


def _nurture_news(lead: Lead, chosen: list[Product], earlier: list[Draft], day: date, rules: dict) -> dict:
    quoted: dict = {}
    for draft in earlier:
        quoted.update((draft.facts or {}).get("prices", {}))
    changed = [product_view(p) for p in chosen
               if str(p.id) in quoted and p.unit_price is not None and quoted[str(p.id)] != str(p.unit_price)]
    country = schedule.buyer_country(lead.country, lead.phones, lead.address)
    holiday = schedule.next_holiday(country, day, HOLIDAY_LOOKAHEAD_DAYS)
    slot = (day.replace(day=1) + timedelta(days=62)).replace(day=1)
    return {"changed": changed, "holiday": holiday, "has_quote": bool(quoted),
            "offer_until": (day + timedelta(days=OFFER_VALID_DAYS)).isoformat(),
            "slot_month": slot.strftime("%B %Y")}


def _has_news(context: dict) -> bool:
    """Whether the reason the mail gives is backed by something the buyer has not heard."""
    return {
        "new_product": bool(context["new_products"]),
        "new_quote": bool(context["changed"]),
        "holiday": context["holiday"] is not None,
        "offer_validity": context["has_quote"],
        "delivery_slots": False,  # only the salesperson knows the real slots: they must add them
    }.get(context["reason"], False)


def best_reason(lead: Lead, preferred: str, *, org: Organization, show: Show | None, rules: dict,
                due_at: datetime, zone: str, earlier: list[Draft]) -> str:
    """The step's own reason if it has news, else the first reason in the list that has."""
    order = [preferred] + [r for r in rules["nurture_reasons"] if r != preferred]
    for reason in order:
        context, facts = build(lead, "nurture", org=org, show=show, rules=rules, due_at=due_at, zone=zone,
                               reason=reason, earlier=earlier)
        if facts["news"]:
            return reason
    return preferred
