"""The JSON API under /api/v1: one blueprint per feature, all behind a login."""
from __future__ import annotations

from flask import Flask
from flask_login import current_user

from backend.extensions import api, login_manager
from backend import errors


def require_login():
    if not current_user.is_authenticated:
        return login_manager.unauthorized()


def register(app: Flask) -> None:
    from backend.api import auth, catalog, changes, drafts, followup_settings, leads, media, outbox, team

    errors.register(app)
    api.init_app(app)
    for module in (auth, leads, media, changes, catalog, team, drafts, outbox, followup_settings):
        api.register_blueprint(module.blp, url_prefix=f"/api/v1{module.PREFIX}")
