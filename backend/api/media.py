from __future__ import annotations

from flask import current_app, send_file
from flask_login import current_user
from flask_smorest import Blueprint

from backend.api import require_login, schemas, serialize
from backend.extensions import db
from backend.services import leads, media, reading
from backend.services.errors import NotFound

PREFIX = ""
blp = Blueprint("media", __name__, description="Card and booth photos")
blp.before_request(require_login)


@blp.route("/leads/<uuid:client_uuid>/media", methods=["POST"])
@blp.arguments(schemas.MediaForm, location="form")
@blp.arguments(schemas.MediaFile, location="files")
@blp.response(200, schemas.MediaSaved, description="Already had it (a retry)")
@blp.alt_response(201, schema=schemas.MediaSaved, description="Stored")
def upload(form, files, client_uuid):
    lead = leads.get(current_user.org_id, str(client_uuid))
    known = media.find(current_user.org_id, form["media_id"])
    if known is not None and known.lead_id == lead.id:
        return {"media": serialize.media(known), "created": False, "lead": serialize.lead(lead)}, 200
    image = media.check_image(files["file"].read(), max_pixels=current_app.config["MAX_IMAGE_PIXELS"])
    item, created = media.add(lead, form["media_id"], form["kind"], image, current_app.config["MEDIA_DIR"])
    if created and item.kind in reading.CARD_KINDS:
        reading.mark_pending(lead)
    db.session.commit()
    if created and item.kind in reading.CARD_KINDS:
        reading.submit(current_app._get_current_object(), lead.id)
    db.session.refresh(lead)
    return {"media": serialize.media(item), "created": created, "lead": serialize.lead(lead)}, 201 if created else 200


@blp.route("/media/<media_id>")
def download(media_id):
    item = media.find(current_user.org_id, media_id)
    if item is None:
        raise NotFound("No such photo.")
    return send_file(media.absolute_path(item, current_app.config["MEDIA_DIR"]), mimetype=item.content_type,
                     max_age=86400, conditional=True)
