from __future__ import annotations

from flask_login import current_user
from flask_smorest import Blueprint

from backend.api import require_login, schemas, serialize
from backend.extensions import db
from backend.services import accounts

PREFIX = "/organization"
blp = Blueprint("organization", __name__, description="The exporter's profile used in follow-up mail")
blp.before_request(require_login)


@blp.route("")
@blp.response(200, schemas.OrgOut)
def get_profile():
    return serialize.organization(current_user.organization)


@blp.route("", methods=["PATCH"])
@blp.arguments(schemas.OrgPatch)
@blp.response(200, schemas.OrgOut)
def update_profile(body):
    org = accounts.update_profile(current_user, body)
    db.session.commit()
    return serialize.organization(org)
