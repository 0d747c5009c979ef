"""The evening review: drafts with their exact mail, hints, and the actions on them."""
from __future__ import annotations

from flask import current_app, make_response
from flask_login import current_user
from flask_smorest import Blueprint
from markupsafe import Markup

from backend import clock
from backend.api import followup_schemas as schemas
from backend.api import followup_serialize as serialize
from backend.api import require_login
from backend.extensions import db
from backend.services import media
from backend.services.errors import NotFound
from backend.services.followup import dispatch, drafts, outbox, photos, rules

PREFIX = "/drafts"
blp = Blueprint("drafts", __name__, description="Follow-up drafts for the evening review")
blp.before_request(require_login)
DEFAULT_STATUSES = ["draft", "held", "approved"]
# The preview is mail HTML shown inside our own origin: no scripts, no outside requests.
PREVIEW_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"


def _out(draft) -> dict:
    return serialize.draft(draft, rules.effective(draft.org_id, draft.lead.show_id))


def _draft(draft_id: int):
    return drafts.get(current_user.org_id, draft_id)


def _media_dir() -> str:
    return current_app.config["MEDIA_DIR"]


@blp.route("")
@blp.arguments(schemas.DraftQuery, location="query")
@blp.response(200, schemas.DraftList)
def list_drafts(query):
    day, zone = rules.review_day(current_user.org_id, clock.now(), query.get("day"), query.get("tz"))
    found = drafts.for_review(current_user.org_id, day=day, zone=zone,
                              statuses=query.get("status") or DEFAULT_STATUSES)
    return {"day": day, "tz": zone, "drafts": [_out(d) for d in found]}


@blp.route("/<int:draft_id>")
@blp.response(200, schemas.DraftOut)
def get_draft(draft_id):
    return _out(_draft(draft_id))


@blp.route("/<int:draft_id>", methods=["PATCH"])
@blp.arguments(schemas.DraftPatch)
@blp.response(200, schemas.DraftOut)
def edit_draft(body, draft_id):
    draft = drafts.edit(_draft(draft_id), body)
    db.session.commit()
    return _out(draft)


@blp.route("/<int:draft_id>/approve", methods=["POST"])
@blp.response(200, schemas.DraftOut)
def approve(draft_id):
    draft = _draft(draft_id)
    drafts.approve(draft, current_user, now=clock.now(), media_dir=_media_dir())
    db.session.commit()
    return _out(draft)


@blp.route("/approve-all", methods=["POST"])
@blp.arguments(schemas.ApproveAll)
@blp.response(200, schemas.ApproveAllOut)
def approve_all(body):
    approved, skipped = drafts.approve_many(current_user.org_id, body["ids"], current_user, now=clock.now(),
                                            media_dir=_media_dir())
    db.session.commit()
    return {"approved": [_out(d) for d in approved], "skipped": skipped}


@blp.route("/<int:draft_id>/hold", methods=["POST"])
@blp.response(200, schemas.DraftOut)
def hold(draft_id):
    draft = drafts.hold(_draft(draft_id))
    db.session.commit()
    return _out(draft)


@blp.route("/<int:draft_id>/discard", methods=["POST"])
@blp.response(200, schemas.DraftOut)
def discard(draft_id):
    draft = drafts.discard(_draft(draft_id))
    db.session.commit()
    return _out(draft)


@blp.route("/<int:draft_id>/reschedule", methods=["POST"])
@blp.arguments(schemas.Reschedule)
@blp.response(200, schemas.DraftOut)
def reschedule(body, draft_id):
    draft = drafts.reschedule(_draft(draft_id), body["due_at"])
    db.session.commit()
    return _out(draft)


@blp.route("/<int:draft_id>/send-now", methods=["POST"])
@blp.response(200, schemas.DraftOut)
def send_now(draft_id):
    """Approve if needed and hand it to the mail server now; the answer carries the outcome."""
    draft = _draft(draft_id)
    now = clock.now()
    row = drafts.approve(draft, current_user, now=now, media_dir=_media_dir(), send_now=True)
    db.session.commit()
    dispatch.send_due(now=now, config=dispatch.DeliveryConfig.from_config(current_app.config), only=[row.id])
    db.session.refresh(row)
    return _out(draft)


@blp.route("/<int:draft_id>/preview")
@blp.response(200, content_type="text/html")
def preview(draft_id):
    """The mail as the buyer will see it; cid: photo links point at the inline-photo route."""
    draft = _draft(draft_id)
    html = draft.body_html
    for index, media_id in enumerate(draft.inline_media):
        html = html.replace(f"cid:{photos.cid(media_id)}", f"inline/{index}")
    attachments = ", ".join(a["filename"] for a in draft.attachments)
    head = Markup("<div style=\"font:13px sans-serif;color:#555;border-bottom:1px solid #ddd;margin-bottom:1em\">"
                  "To: {}<br>Subject: {}{}</div>").format(
        draft.to_email or "(no address yet)", draft.subject,
        Markup("<br>Attachment: {}").format(attachments) if attachments else "")
    # Relative photo links: this page is /drafts/<id>/preview, the photos /drafts/<id>/inline/<n>.
    page = Markup('<!doctype html><html><head><meta charset="utf-8"><title>{}</title></head>'
                  "<body>{}{}</body></html>").format(draft.subject, head, Markup(html))
    response = make_response(str(page))
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    response.headers["Content-Security-Policy"] = PREVIEW_CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@blp.route("/<int:draft_id>/inline/<int:index>")
@blp.response(200, content_type="image/jpeg")
def inline_photo(draft_id, index):
    """The photo exactly as mailed: resized, re-encoded, without EXIF or GPS."""
    item = drafts.inline_photo(_draft(draft_id), index)
    response = make_response(photos.for_mail(media.absolute_path(item, _media_dir())))
    response.headers["Content-Type"] = "image/jpeg"
    response.headers["Cache-Control"] = "private, max-age=300"
    return response


@blp.route("/<int:draft_id>/attachments/<int:index>")
@blp.response(200, content_type="application/octet-stream")
def attachment(draft_id, index):
    """The quotation workbook as it would be attached if approved now."""
    draft = _draft(draft_id)
    files = outbox.attachments(draft, _media_dir())
    if not 0 <= index < len(files):
        raise NotFound("No such attachment.")
    filename, content_type, data = files[index]
    response = make_response(data)
    response.headers["Content-Type"] = content_type
    # Safe to quote as is: workbook names are built from ASCII letters, digits, '-' and '_' only.
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
