from __future__ import annotations

from flask_login import current_user
from flask_smorest import Blueprint

from backend.api import require_login, schemas, serialize
from backend.models import Lead, Product, Show
from backend.services import changes

PREFIX = "/changes"
blp = Blueprint("changes", __name__, description="What changed since a cursor, for a second phone")
blp.before_request(require_login)

SERIALIZERS = {Lead: ("leads", serialize.lead), Show: ("shows", serialize.show), Product: ("products", serialize.product)}


@blp.route("")
@blp.arguments(schemas.ChangesQuery, location="query")
@blp.response(200, schemas.Changes)
def feed(query):
    rows, cursor, has_more = changes.since(current_user.org_id, query["since"], query["limit"])
    out = {"cursor": cursor, "has_more": has_more, "leads": [], "shows": [], "products": []}
    for row in rows:
        key, dump = SERIALIZERS[type(row)]
        out[key].append(dump(row))
    return out
