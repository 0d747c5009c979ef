"""Card reading: OCR of a lead's card photos, off the request path.

Uploads answer at once; a small thread pool (tesseract runs as its own process,
so threads give real parallelism) reads the card and fills the card fields a
person has not typed. A reading lost to a crash stays `pending` and is picked up
again by the scheduler (or `flask readings retry`).
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import datetime

from flask import Flask, current_app
from sqlalchemy import select

from backend import clock
from backend.extensions import db
from backend.models import Lead
from backend.services import changes, leads, media

CARD_KINDS = ("card_front", "card_back")
log = logging.getLogger(__name__)


def mark_pending(lead: Lead) -> None:
    lead.reading_status, lead.reading_error = "pending", None
    leads.touch(lead)


def submit(app: Flask, lead_id: int) -> Future:
    state = app.extensions["card_reader"]
    if state["pool"] is None:
        workers = app.config["OCR_WORKERS"] or os.cpu_count() or 1
        state["pool"] = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="card-reader")
    future = state["pool"].submit(_in_context, app, lead_id)
    state["futures"].add(future)
    future.add_done_callback(state["futures"].discard)
    return future


def drain(app: Flask, timeout: float | None = None) -> None:
    """Wait for readings in flight (used by shutdown and tests)."""
    wait(list(app.extensions["card_reader"]["futures"]), timeout=timeout)


def _in_context(app: Flask, lead_id: int) -> None:
    with app.app_context():
        try:
            read_lead(lead_id)
        except Exception:  # a thread has nobody to raise to: log and leave it pending for a retry
            log.exception("card reading for lead %s crashed", lead_id)
            db.session.rollback()


def read_lead(lead_id: int) -> None:
    from ocr import OCRError, read_card_pages  # the reader is heavy; web start-up should not pay for it

    lead = db.session.get(Lead, lead_id)
    if lead is None:
        return
    cards = sorted((m for m in lead.media if m.kind in CARD_KINDS), key=lambda m: (m.kind != "card_front", m.id))
    if not cards:
        return
    paths = [str(media.absolute_path(m, current_app.config["MEDIA_DIR"])) for m in cards]
    db.session.rollback()  # hold no transaction while tesseract works
    try:
        result = read_card_pages(paths, langs=current_app.config["OCR_LANGS"],
                                 timeout=current_app.config["OCR_TIMEOUT"])
    except OCRError as exc:
        outcome = ("failed", None, str(exc))
    except Exception:  # noqa: BLE001
        # A fault of ours (a bad OCR_LANGS, a reader bug) must not leave the phone saying
        # "Reading the card…" for ever, nor the scheduler re-reading it every five minutes.
        log.exception("card reader failed on lead %s", lead_id)
        outcome = ("failed", None, "The card could not be read because of a problem on our side; "
                                   "please type the details.")
    else:
        outcome = ("done", result.to_dict(), None)
    save_outcome(lead_id, *outcome)


def save_outcome(lead_id: int, status: str, reading: dict | None, error: str | None) -> None:
    org_id = db.session.scalar(select(Lead.org_id).where(Lead.id == lead_id))
    changes.next_seq(org_id)  # take the write lock, then read what a person may just have typed
    lead = db.session.get(Lead, lead_id, populate_existing=True)
    lead.reading_status, lead.reading_error = status, error
    if reading is not None:
        fields = {k: reading.get(k) for k in leads.CARD_FIELDS}
        lead.reading = {"fields": fields, "confidence": reading.get("confidence") or {},
                        "text": reading.get("text") or "", "elapsed_ms": reading.get("elapsed_ms")}
        leads.fill_from_reading(lead, fields, now=clock.now())
    else:
        leads.touch(lead)
    db.session.commit()


def pending_lead_ids(untouched_since: datetime | None = None) -> list[int]:
    """Leads whose reading never finished; with a time, only those idle since then
    (younger ones may still be in a web worker's pool)."""
    stmt = select(Lead.id).where(Lead.reading_status == "pending")
    if untouched_since is not None:
        stmt = stmt.where(Lead.updated_at < untouched_since)
    return list(db.session.scalars(stmt))
