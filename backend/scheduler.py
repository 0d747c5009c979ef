"""The one scheduler process: `flask --app backend scheduler`.

Never started inside create_app (every gunicorn worker would run one). The
database is the durable state, so the jobs live in memory; a second scheduler
started by mistake is harmless because dispatch claims each mail atomically.
"""
from __future__ import annotations

import logging
import signal
from datetime import datetime, timedelta, timezone

from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask

from backend import clock
from backend.extensions import db
from backend.services import reading
from backend.services.followup import dispatch, periodic

STALE_READING = timedelta(minutes=10)

log = logging.getLogger(__name__)


def tick(app: Flask) -> None:
    with app.app_context():
        now = clock.now()
        try:
            made, approved = periodic.run_rules(now=now, media_dir=app.config["MEDIA_DIR"])
        except Exception:
            # Planning trouble must not hold back mail that is already approved.
            log.exception("follow-up rules failed; delivering anyway")
            db.session.rollback()
        else:
            if made or approved:
                log.info("%d nurture draft(s) made, %d auto-approved", len(made), len(approved))
        try:
            results = dispatch.send_due(now=now, config=dispatch.DeliveryConfig.from_config(app.config))
        except Exception:
            db.session.rollback()
            raise  # APScheduler logs it; the next tick starts afresh
        for result in results:
            log.info("%s #%s to %s %s", result.status, result.outbox_id, result.to, result.error or "")


def reread_stale_cards(app: Flask) -> None:
    """A card whose reading died with its web worker (a restart, a deploy) is read here."""
    with app.app_context():
        for lead_id in reading.pending_lead_ids(untouched_since=clock.now() - STALE_READING):
            reading.read_lead(lead_id)
            log.info("re-read the card of lead #%s", lead_id)


def run(app: Flask, interval: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # one line per tick drowns the sends
    scheduler = BlockingScheduler(timezone=timezone.utc, job_defaults={
        "coalesce": True,  # after a pause, one catch-up run sends everything due anyway
        "max_instances": 1,
        "misfire_grace_time": interval,  # the default (1 s) would skip a tick after a slow one
    })
    scheduler.add_job(tick, "interval", seconds=interval, args=[app], id="followup",
                      next_run_time=datetime.now(timezone.utc))
    scheduler.add_job(reread_stale_cards, "interval", minutes=5, args=[app], id="card-readings",
                      next_run_time=datetime.now(timezone.utc))

    def stop(_signum, _frame):
        scheduler.shutdown(wait=True)  # let a mail in flight finish rather than leave it unknown

    signal.signal(signal.SIGTERM, stop)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
