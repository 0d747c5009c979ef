"""The JSON API under /api/v1: one blueprint per feature, all behind a login."""
from __future__ import annotations

from flask import Flask
from flask_login import current_user

from backend import errors
from backend.extensions import api
from backend.services.errors import Unauthorized


def require_login() -> None:
    if not current_user.is_authenticated:
        raise Unauthorized("Sign in first.")


def register(app: Flask) -> None:
    from backend.api import (
        auth, catalog, changes, drafts, followup_settings, leads, media, organization, outbox, team,
    )

    errors.register(app)
    api.init_app(app)
    for module in (auth, organization, leads, media, changes, catalog, team, drafts, outbox, followup_settings):
        api.register_blueprint(module.blp, url_prefix=f"/api/v1{module.PREFIX}")
