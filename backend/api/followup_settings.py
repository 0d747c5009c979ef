"""Follow-up rules, templates and the organisation's own mail server."""
from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app
from flask_login import current_user
from flask_smorest import Blueprint

from backend.api import followup_schemas as schemas
from backend.api import require_login
from backend.extensions import db
from backend.models import Show
from backend.services.errors import Forbidden, Invalid, NotFound
from backend.services.followup import content, rules

PREFIX = "/followup"
blp = Blueprint("followup_settings", __name__, description="Follow-up rules and templates")
blp.before_request(require_login)


def _check_show(show_id: int | None) -> None:
    if show_id is not None:
        show = db.session.get(Show, show_id)
        if show is None or show.org_id != current_user.org_id:
            raise NotFound("No such show.")


def _settings(org_id: int, show_id: int | None) -> dict:
    row = rules.settings_row(org_id, show_id)
    mine = rules.templates(org_id)
    own_smtp = rules.smtp_url(org_id)
    url = own_smtp or current_app.config.get("SMTP_URL")
    parts = urlsplit(url) if url else None
    return {
        "show_id": show_id,
        "rules": rules.effective(org_id, show_id),
        "overrides": (row.rules or {}) if row else {},
        "templates": {kind: {part: mine.get(kind, {}).get(part) or content.default_source(kind, part)
                             for part in content.PARTS} for kind in content.KINDS},
        "smtp": {"source": "organization" if own_smtp else ("server" if url else "files"),
                 "server": f"{parts.hostname}:{parts.port or ''}" if parts else None},
    }


@blp.route("/settings")
@blp.arguments(schemas.SettingsQuery, location="query")
@blp.response(200, schemas.SettingsOut)
def get_settings(query):
    _check_show(query.get("show"))
    return _settings(current_user.org_id, query.get("show"))


@blp.route("/settings", methods=["PATCH"])
@blp.arguments(schemas.SettingsPatch)
@blp.response(200, schemas.SettingsOut)
def patch_settings(body):
    if not current_user.is_admin:
        raise Forbidden("Only an organisation admin can change the follow-up rules.")
    show_id = body["show_id"]
    _check_show(show_id)
    if show_id is not None and ("templates" in body or "smtp_url" in body):
        raise Invalid("Templates and the mail server belong to the organisation, not to one show.")
    if "templates" in body:
        content.check(body["templates"], content.SAMPLE)
    rules.update(current_user.org_id, show_id, rules=body.get("rules"), templates=body.get("templates"),
                 smtp_url=body.get("smtp_url"), clear_smtp="smtp_url" in body and body["smtp_url"] is None)
    db.session.commit()
    return _settings(current_user.org_id, show_id)
