"""What went out, what is waiting, what failed and why; a person's call on unclear sends."""
from __future__ import annotations

from flask_login import current_user
from flask_smorest import Blueprint

from backend import clock
from backend.api import followup_schemas as schemas
from backend.api import followup_serialize as serialize
from backend.api import require_login
from backend.extensions import db
from backend.services.followup import outbox, rules

PREFIX = "/outbox"
blp = Blueprint("outbox", __name__, description="Approved follow-up mail and its delivery")
blp.before_request(require_login)


@blp.route("")
@blp.arguments(schemas.DayQuery, location="query")
@blp.response(200, schemas.OutboxList)
def list_outbox(query):
    day, zone = rules.review_day(current_user.org_id, clock.now(), query.get("day"), query.get("tz"))
    rows = outbox.for_day(current_user.org_id, day=day, zone=zone)
    return {"day": day, "tz": zone, "messages": [serialize.outbox(r) for r in rows]}


@blp.route("/<int:outbox_id>/resolve", methods=["POST"])
@blp.arguments(schemas.Resolve)
@blp.response(200, schemas.OutboxOut)
def resolve(body, outbox_id):
    """For a failed or unknown send: `sent` (it did arrive), `resend`, or `cancel`."""
    row = outbox.resolve(outbox.get(current_user.org_id, outbox_id), body["outcome"], now=clock.now())
    db.session.commit()
    return serialize.outbox(row)
