"""'Now' for the app, injectable (config CLOCK) so tests set the time instead of sleeping.

Row timestamps use it too, so a test's "ten minutes later" holds for every column.
"""
from __future__ import annotations

from datetime import datetime, timezone

from flask import current_app, has_app_context


def real_now() -> datetime:
    return datetime.now(timezone.utc)


def now() -> datetime:
    if has_app_context():
        return current_app.config.get("CLOCK", real_now)()
    return real_now()
