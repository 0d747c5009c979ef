from __future__ import annotations

from flask_login import current_user
from flask_smorest import Blueprint

from backend.api import require_login, schemas, serialize
from backend.extensions import db
from backend.services import accounts
from backend.services.errors import Forbidden

PREFIX = "/team"
blp = Blueprint("team", __name__, description="Teammates of the organisation")
blp.before_request(require_login)


@blp.route("")
@blp.response(200, schemas.Team)
def list_team():
    return {"users": [serialize.user(u) for u in accounts.team(current_user.org_id)]}


@blp.route("", methods=["POST"])
@blp.arguments(schemas.NewTeammate)
@blp.response(201, schemas.UserOut)
def add_teammate(body):
    if not current_user.is_admin:
        raise Forbidden("Only an organisation admin can add teammates.")
    user = accounts.add_user(current_user.organization, body["email"], body["password"],
                             name=body["name"], role=body["role"])
    db.session.commit()
    return serialize.user(user)


@blp.route("/<int:user_id>", methods=["DELETE"])
@blp.response(204)
def remove_teammate(user_id):
    accounts.remove_user(current_user, user_id)
    db.session.commit()
