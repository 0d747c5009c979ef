from __future__ import annotations

from flask_login import current_user
from flask_smorest import Blueprint

from backend import clock
from backend.api import require_login, schemas, serialize
from backend.extensions import db
from backend.services import catalog

PREFIX = ""
blp = Blueprint("catalog", __name__, description="Shows and products")
blp.before_request(require_login)


@blp.route("/shows")
@blp.response(200, schemas.ShowList)
def list_shows():
    current = catalog.current_show(current_user.org_id, clock.now())
    return {"shows": [serialize.show(s) for s in catalog.shows(current_user.org_id)],
            "current": current.id if current else None}


@blp.route("/shows", methods=["POST"])
@blp.arguments(schemas.ShowIn)
@blp.response(201, schemas.ShowOut)
def create_show(body):
    show = catalog.save_show(current_user.org_id, body)
    db.session.commit()
    return serialize.show(show)


@blp.route("/shows/<int:show_id>", methods=["PATCH"])
@blp.arguments(schemas.ShowPatch)
@blp.response(200, schemas.ShowOut)
def update_show(body, show_id):
    show = catalog.save_show(current_user.org_id, body, show_id)
    db.session.commit()
    return serialize.show(show)


@blp.route("/products")
@blp.response(200, schemas.ProductList)
def list_products():
    return {"products": [serialize.product(p) for p in catalog.products(current_user.org_id)]}


@blp.route("/products", methods=["POST"])
@blp.arguments(schemas.ProductIn)
@blp.response(201, schemas.ProductOut)
def create_product(body):
    product = catalog.save_product(current_user.org_id, body)
    db.session.commit()
    return serialize.product(product)


@blp.route("/products/<int:product_id>", methods=["PATCH"])
@blp.arguments(schemas.ProductPatch)
@blp.response(200, schemas.ProductOut)
def update_product(body, product_id):
    product = catalog.save_product(current_user.org_id, body, product_id)
    db.session.commit()
    return serialize.product(product)
