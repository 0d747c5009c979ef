"""A ready-to-try organisation: a bearings exporter at a show running today."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backend.extensions import db
from backend.models import Organization, Product, User
from backend.services import accounts, catalog

PROFILE = {
    "address": "No. 88 Bearing Industrial Park, Linqing, Shandong, China",
    "phone": "+86 635 2345 678",
    "website": "https://www.example-bearings.cn",
}
SELLING_POINTS = [
    "ISO 9001 and IATF 16949 certified",
    "Supplier to a top-3 European agricultural machinery maker",
    "ON-TIME DELIVERY: 98% of orders shipped within the agreed week",
    "Complete quotes within 24 hours",
]
SHOW_TZ = "Europe/Berlin"
# (model, name, category, specification, price, moq, packaging, standard, new)
CATALOG = [
    ("6204-2RS", "Deep groove ball bearing 6204-2RS", "Deep groove ball bearings",
     "20x47x14 mm, rubber seals both sides, C3 clearance, GCr15 steel", "0.62", 1000,
     "Single box, 100 pcs per carton, wooden pallet", "ISO 15, ABEC-3", False),
    ("6205-ZZ", "Deep groove ball bearing 6205-ZZ", "Deep groove ball bearings",
     "25x52x15 mm, metal shields both sides, C3 clearance", "0.71", 1000,
     "Tube packing, 50 pcs per carton", "ISO 15, ABEC-3", False),
    ("6305-2RS", "Deep groove ball bearing 6305-2RS", "Deep groove ball bearings",
     "25x62x17 mm, rubber seals, high-load series", "1.18", 500,
     "Single box, 50 pcs per carton", "ISO 15, ABEC-5", False),
    ("6206-2RS-LN", "Low-noise ball bearing 6206-2RS", "Deep groove ball bearings",
     "30x62x16 mm, Z2V2 low-noise grade for electric motors", "1.05", 500,
     "Single box, 50 pcs per carton", "ISO 15, ABEC-5", True),
    ("30205", "Tapered roller bearing 30205", "Tapered roller bearings",
     "25x52x16.25 mm, cone and cup, for automotive hubs", "1.95", 300,
     "Single box, 30 pcs per carton", "ISO 355", False),
    ("30206", "Tapered roller bearing 30206", "Tapered roller bearings",
     "30x62x17.25 mm, cone and cup", "2.35", 300,
     "Single box, 30 pcs per carton", "ISO 355", False),
    ("32210", "Tapered roller bearing 32210", "Tapered roller bearings",
     "50x90x24.75 mm, heavy-duty for trucks and agricultural machinery", "5.80", 100,
     "Single box, 10 pcs per carton, wooden case", "ISO 355", True),
    ("UCP205", "Pillow block bearing UCP205", "Mounted units",
     "25 mm bore, cast iron housing, grease nipple", "3.40", 200,
     "Carton, 20 pcs, pallet", "JIS B 1559", False),
]


def ensure(email: str, password: str, org_name: str, *, now: datetime) -> tuple[User, bool]:
    """Idempotent: reuses the organisation, user, show and products that exist."""
    org = accounts.get_or_create_org(org_name, **PROFILE, email=email)
    if not org.selling_points:
        org.selling_points = SELLING_POINTS
    user = accounts.find_user(email)
    created = user is None
    if created:
        user = accounts.add_user(org, email, password, name="Demo Sales", role="admin")
    _ensure_show(org, now)
    _ensure_catalog(org)
    db.session.flush()
    return user, created


def _ensure_show(org: Organization, now: datetime) -> None:
    if catalog.current_show(org.id, now) is not None:
        return
    today = now.astimezone(ZoneInfo(SHOW_TZ)).date()
    catalog.save_show(org.id, {
        "name": "Agritechnica", "city": "Hanover", "country": "DE", "venue": "Messegelände Hannover",
        "booth": "Hall 16, B21", "starts_on": today, "ends_on": today + timedelta(days=3), "timezone": SHOW_TZ,
    })


def _ensure_catalog(org: Organization) -> None:
    have = set(db.session.scalars(select(Product.model).where(Product.org_id == org.id)))
    for model, name, category, spec, price, moq, packaging, standard, new in CATALOG:
        if model in have:
            continue
        catalog.save_product(org.id, {
            "model": model, "name": name, "category": category, "specification": spec,
            "unit_price": Decimal(price), "currency": "USD", "moq": moq, "packaging": packaging,
            "standard": standard, "is_new": new,
        })
