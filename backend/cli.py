"""`flask --app backend ...` commands."""
from __future__ import annotations

from datetime import datetime

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from backend import clock
from backend.extensions import db
from backend.services import accounts, demo, reading
from backend.services.errors import ServiceError
from backend.services.followup import dispatch, periodic


def register(app: Flask) -> None:
    app.cli.add_command(demo_data)
    app.cli.add_command(users)
    app.cli.add_command(readings)
    app.cli.add_command(outbox)
    app.cli.add_command(followup)
    app.cli.add_command(scheduler)


@click.command("demo-data")
@click.option("--email", required=True)
@click.option("--password", required=True)
@click.option("--org", "org_name", default="Linqing Precision Bearings Co., Ltd.", show_default=True)
@with_appcontext
def demo_data(email: str, password: str, org_name: str) -> None:
    """Create (or reuse) a demo organisation with a show today, a catalogue and a login."""
    try:
        user, created = demo.ensure(email, password, org_name, now=clock.now())
    except ServiceError as exc:
        raise click.ClickException(exc.message) from exc
    db.session.commit()
    click.echo(f"{'Created' if created else 'Reusing'} demo login {user.email} in {user.organization.name}")


@click.group(cls=AppGroup)
def users() -> None:
    """Manage teammates."""


@users.command("add")
@click.option("--org", "org_name", required=True)
@click.option("--email", required=True)
@click.option("--password", required=True, prompt=True, hide_input=True)
@click.option("--name", default="")
@click.option("--admin", is_flag=True, help="may add and remove teammates")
def add_user(org_name: str, email: str, password: str, name: str, admin: bool) -> None:
    try:
        org = accounts.get_or_create_org(org_name)
        user = accounts.add_user(org, email, password, name=name, role="admin" if admin else "member")
    except ServiceError as exc:
        raise click.ClickException(exc.message) from exc
    db.session.commit()
    click.echo(f"Added {user.email} ({user.role}) to {org.name}")


@users.command("remove")
@click.option("--email", required=True)
def remove_user(email: str) -> None:
    user = accounts.find_user(email)
    if user is None:
        raise click.ClickException(f"No user {email}")
    user.active = False
    db.session.commit()
    click.echo(f"Removed {user.email}; their leads stay with {user.organization.name}")


@click.group(cls=AppGroup)
def readings() -> None:
    """Card readings (OCR)."""


@readings.command("retry")
def retry_readings() -> None:
    """Read again every card whose reading never finished (e.g. the server was restarted)."""
    ids = reading.pending_lead_ids()
    for lead_id in ids:
        reading.read_lead(lead_id)
    click.echo(f"Read {len(ids)} pending card(s)")


class AwareDateTime(click.ParamType):
    name = "ISO-8601 time with zone"

    def convert(self, value, param, ctx):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not an ISO-8601 time", param, ctx)
        if parsed.tzinfo is None:
            self.fail("give the zone too, e.g. 2026-11-10T20:31:00+01:00 or ...Z", param, ctx)
        return parsed


NOW_OPTION = click.option("--now", "at", type=AwareDateTime(), help="act as if it were this time (tests, catch-up)")


outbox = AppGroup("outbox", help="Approved follow-up mail.")


@outbox.command("send-due")
@NOW_OPTION
def send_due(at: datetime | None) -> None:
    """Send every approved mail that is due, once; print what happened to each."""
    results = dispatch.send_due(now=at or clock.now(),
                                config=dispatch.DeliveryConfig.from_config(current_app.config))
    for r in results:
        click.echo(f"{r.status:<7} #{r.outbox_id} {r.message_id} to {r.to}: {r.subject}"
                   + (f" ({r.error})" if r.error else ""))
    click.echo(f"{sum(r.status == 'sent' for r in results)} sent, {len(results)} handled")


followup = AppGroup("followup", help="Follow-up rules.")


@followup.command("plan")
@NOW_OPTION
def plan(at: datetime | None) -> None:
    """Make due nurture drafts and auto-approve what the rules allow (the scheduler does this too)."""
    made, approved = periodic.run_rules(now=at or clock.now(), media_dir=current_app.config["MEDIA_DIR"])
    click.echo(f"{len(made)} nurture draft(s) made, {len(approved)} auto-approved")


@click.command("scheduler")
@with_appcontext
@click.option("--interval", type=int, default=None, help="seconds between runs (default SCHEDULER_INTERVAL_SECONDS)")
def scheduler(interval: int | None) -> None:
    """Run the one scheduler process: follow-up rules and mail delivery, every minute."""
    from backend import scheduler as runner

    runner.run(current_app._get_current_object(), interval or current_app.config["SCHEDULER_INTERVAL_SECONDS"])
