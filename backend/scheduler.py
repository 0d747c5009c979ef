"""The one scheduler process: `flask --app backend scheduler`.

Never started inside create_app (every gunicorn worker would run one). The
database is the durable state, so the jobs live in memory; a second scheduler
started by mistake is harmless because dispatch claims each mail atomically.
"""
from __future__ import annotations

import logging
import signal
from datetime import datetime, timezone

from apscheduler.schedulers.blocking import BlockingScheduler
from flask import Flask

from backend import clock
from backend.extensions import db
from backend.services.followup import dispatch, periodic

log = logging.getLogger(__name__)


def tick(app: Flask) -> None:
    with app.app_context():
        try:
            now = clock.now()
            made, approved = periodic.run_rules(now=now, media_dir=app.config["MEDIA_DIR"])
            results = dispatch.send_due(now=now, config=dispatch.DeliveryConfig.from_config(app.config))
        except Exception:
            db.session.rollback()
            raise  # APScheduler logs it; the next tick starts afresh
        for result in results:
            log.info("%s #%s to %s %s", result.status, result.outbox_id, result.to, result.error or "")
        if made or approved:
            log.info("%d nurture draft(s) made, %d auto-approved", len(made), len(approved))


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

    def stop(_signum, _frame):
        scheduler.shutdown(wait=True)  # let a mail in flight finish rather than leave it unknown

    signal.signal(signal.SIGTERM, stop)
    try:
        scheduler.start()
    except (KeyboardInterrupt, SystemExit):
        pass
