"""Shows and the product catalogue."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backend.extensions import db
from backend.models import Product, Show
from backend.services import changes
from backend.services.errors import Conflict, Invalid, NotFound


def shows(org_id: int) -> list[Show]:
    return list(db.session.scalars(select(Show).where(Show.org_id == org_id).order_by(Show.starts_on.desc())))


def _local_today(show: Show, now: datetime):
    return now.astimezone(ZoneInfo(show.timezone)).date()


def running_show(org_id: int, now: datetime) -> Show | None:
    """The show running today in its own time zone."""
    return next((s for s in shows(org_id) if s.starts_on <= _local_today(s, now) <= s.ends_on), None)


def current_show(org_id: int, now: datetime) -> Show | None:
    """The show running today; the nearest upcoming one otherwise (what the app preselects)."""
    upcoming = [s for s in shows(org_id) if s.starts_on > _local_today(s, now)]
    return running_show(org_id, now) or min(upcoming, key=lambda s: s.starts_on, default=None)


def _owned(model, org_id: int, item_id: int):
    item = db.session.get(model, item_id)
    if item is None or item.org_id != org_id:
        raise NotFound(f"No such {model.__name__.lower()}.")
    return item


def save_show(org_id: int, data: dict, show_id: int | None = None) -> Show:
    seq = changes.next_seq(org_id)
    show = _owned(Show, org_id, show_id) if show_id else Show(org_id=org_id)
    for name, value in data.items():
        setattr(show, name, value)
    if show.ends_on < show.starts_on:
        raise Invalid("The show cannot end before it starts.", {"ends_on": str(show.ends_on)})
    show.seq = seq
    db.session.add(show)
    db.session.flush()
    return show


def products(org_id: int) -> list[Product]:
    return list(db.session.scalars(
        select(Product).where(Product.org_id == org_id).order_by(Product.category, Product.model)
    ))


def save_product(org_id: int, data: dict, product_id: int | None = None) -> Product:
    seq = changes.next_seq(org_id)
    product = _owned(Product, org_id, product_id) if product_id else Product(org_id=org_id)
    model = data.get("model")
    if model and model != product.model:
        clash = db.session.scalar(select(Product).where(Product.org_id == org_id, Product.model == model))
        if clash is not None:
            raise Conflict("A product with this model number exists already.", {"model": model})
    for name, value in data.items():
        setattr(product, name, value)
    product.seq = seq
    db.session.add(product)
    db.session.flush()
    return product
