"""'Now' for the app, injectable so tests can set the time instead of sleeping."""
from __future__ import annotations

from datetime import datetime

from flask import current_app

from backend.models.base import utcnow


def now() -> datetime:
    return current_app.config.get("CLOCK", utcnow)()
