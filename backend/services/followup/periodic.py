"""The rules that run on the clock rather than on a lead change."""
from __future__ import annotations

from datetime import datetime

from backend.extensions import db
from backend.models import Draft
from backend.services.followup import drafts, nurture


def run_rules(*, now: datetime, media_dir: str) -> tuple[list[Draft], list[Draft]]:
    """Make due nurture drafts, then approve what organisations let go unreviewed.

    Returns (new drafts, auto-approved drafts) and commits, so a failure later in a
    scheduler tick cannot undo them.
    """
    made = nurture.plan(now=now)
    approved = drafts.auto_approve_due(now=now, media_dir=media_dir)
    db.session.commit()
    return made, approved
