from __future__ import annotations

from flask import request
from flask_login import current_user
from flask_smorest import Blueprint
from sqlalchemy.exc import IntegrityError

from backend import clock
from backend.api import require_login, schemas, serialize
from backend.extensions import db
from backend.services import idempotency, leads

PREFIX = "/leads"
blp = Blueprint("leads", __name__, description="Booth visitors")
blp.before_request(require_login)


@blp.route("")
@blp.arguments(schemas.LeadQuery, location="query")
@blp.response(200, schemas.LeadList)
def list_leads(query):
    found = leads.search(
        current_user.org_id, show_id=query.get("show"), day=query.get("day"), tz=query["tz"],
        classification=query.get("classification"), q=query.get("q"),
        limit=query["limit"], offset=query["offset"],
    )
    return {"leads": [serialize.lead(x) for x in found]}


@blp.route("/<uuid:client_uuid>", methods=["PUT"])
@blp.arguments(schemas.LeadIn)
@blp.response(200, schemas.LeadSaved)
@blp.alt_response(201, schema=schemas.LeadSaved, description="Created")
@blp.doc(parameters=[{"in": "header", "name": "Idempotency-Key", "schema": {"type": "string"},
                      "description": "the client's mutation id; a retry gets the first answer back"}])
def put_lead(body, client_uuid):
    org_id, uuid = current_user.org_id, str(client_uuid)
    key = request.headers.get("Idempotency-Key")
    fingerprint = idempotency.fingerprint("PUT", uuid, request.get_json())
    if key and (done := idempotency.lookup(org_id, key, fingerprint)):
        return done.body, done.status_code
    result = leads.upsert(current_user, uuid, body, now=clock.now())
    answer = {"lead": serialize.lead(result.lead), "created": result.created, "merge": result.merge.as_dict()}
    status = 201 if result.created else 200
    if key:
        idempotency.remember(org_id, key, fingerprint, status, answer)
    try:
        db.session.commit()
    except IntegrityError:
        # The same mutation raced itself on two connections; the winner's answer stands.
        db.session.rollback()
        if key and (done := idempotency.lookup(org_id, key, fingerprint)):
            return done.body, done.status_code
        raise
    return answer, status


@blp.route("/<uuid:client_uuid>")
@blp.response(200, schemas.LeadOut)
def get_lead(client_uuid):
    return serialize.lead(leads.get(current_user.org_id, str(client_uuid)))


@blp.route("/<uuid:client_uuid>", methods=["DELETE"])
@blp.response(200, schemas.LeadOut)
def delete_lead(client_uuid):
    lead = leads.soft_delete(current_user.org_id, str(client_uuid), now=clock.now())
    db.session.commit()
    return serialize.lead(lead)
