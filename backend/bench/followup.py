"""Follow-up engine figures: `python -m backend.bench.followup [--leads 300] [--runs 5]`.

1. Building tonight's drafts: the rules run for N freshly captured key leads
   (render, hints' inputs, one flush each), as after a busy show day.
2. Approving them all: each becomes exact MIME bytes with its quotation workbook.
3. Delivery: `send-due`'s dispatch function sending all N to an aiosmtpd server on
   loopback, one claim and one commit per mail, as in production.

Each figure is the median of --runs runs on a throwaway SQLite database (or
BOOTHMATE_DATABASE_URL, which it will fill and empty: never point it at real data).
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timezone

from aiosmtpd.controller import Controller
from sqlalchemy import delete, select, update

from backend import create_app
from backend.extensions import db
from backend.models import Draft, Lead, OutboxAttempt, OutboxMessage, Product
from backend.services import catalog, demo, followup
from backend.services.followup import dispatch, drafts

NOW = datetime(2026, 11, 10, 14, 10, tzinfo=timezone.utc)  # 15:10 at the demo show in Berlin


class Sink:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        return "250 OK"


def _leads(org_id: int, show_id: int, user_id: int, count: int) -> list[int]:
    products = list(db.session.scalars(select(Product.id).where(Product.org_id == org_id)))
    for n in range(count):
        db.session.add(Lead(
            org_id=org_id, client_uuid=str(uuid.uuid4()), show_id=show_id, captured_by_id=user_id,
            captured_at=NOW, classification="key", name=f"Buyer {n}", company=f"Buyer {n} Trading GmbH",
            emails=[f"buyer{n}@buyer{n}-trading.de"], phones=[], country="DE", notes=[], field_meta={},
            products=[{"product_id": products[n % len(products)]}, {"product_id": products[(n + 3) % len(products)]}],
        ))
    db.session.commit()
    return list(db.session.scalars(select(Lead.id).where(Lead.org_id == org_id)))


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data_dir:
        app = create_app({"DATA_DIR": data_dir, "SECRET_KEY": "bench", "CLOCK": lambda: NOW,
                          "DATABASE_URL": os.environ.get("BOOTHMATE_DATABASE_URL")})
        sink = Sink()
        controller = Controller(sink, hostname="127.0.0.1", port=_free_port())
        controller.start()
        app.config["SMTP_URL"] = f"smtp://127.0.0.1:{controller.port}"
        try:
            with app.app_context():
                db.drop_all()
                db.create_all()
                figures = _run(app, args.leads, args.runs, sink)
                db.drop_all()
        finally:
            controller.stop()
    n = args.leads
    build, approve, send = (statistics.median(figures[k]) for k in ("build", "approve", "send"))
    print(f"database: {app.config['SQLALCHEMY_DATABASE_URI'].split(':')[0]}, {n} key leads, "
          f"median of {args.runs} runs")
    print(f"build tonight's drafts: {build:.2f} s ({build / n * 1000:.1f} ms per lead)")
    print(f"approve all (MIME + workbook): {approve:.2f} s ({approve / n * 1000:.1f} ms per mail)")
    print(f"send-due to loopback SMTP: {n / send:.0f} mails/s ({send:.2f} s for {n})")


def _run(app, count: int, runs: int, sink: Sink) -> dict[str, list[float]]:
    user, _ = demo.ensure("bench@boothmate.local", "bench-password", "Bench Bearings", now=NOW)
    user.organization.email = "sales@bench-bearings.test"
    show = catalog.running_show(user.org_id, NOW)
    db.session.commit()
    lead_ids = _leads(user.org_id, show.id, user.id, count)
    config = dispatch.DeliveryConfig.from_config(app.config)
    figures: dict[str, list[float]] = {"build": [], "approve": [], "send": []}
    for _ in range(runs):
        for table in (OutboxAttempt, OutboxMessage, Draft):
            db.session.execute(delete(table))
        db.session.commit()

        def build():
            for lead_id in lead_ids:
                followup.on_lead_changed(db.session.get(Lead, lead_id), now=NOW)
            db.session.commit()

        figures["build"].append(_timed(build))
        ids = list(db.session.scalars(select(Draft.id)))

        def approve():
            drafts.approve_many(user.org_id, ids, user, now=NOW, media_dir=app.config["MEDIA_DIR"])
            db.session.commit()

        figures["approve"].append(_timed(approve))
        db.session.execute(update(OutboxMessage).values(due_at=NOW))
        db.session.commit()
        before = sink.count
        figures["send"].append(_timed(lambda: dispatch.send_due(now=NOW, config=config)))
        assert sink.count - before == count, "every mail exactly once"
    return figures


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


if __name__ == "__main__":
    main()
