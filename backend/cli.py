"""`flask --app backend ...` commands."""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup, with_appcontext

from backend import clock
from backend.extensions import db
from backend.services import accounts, demo, reading
from backend.services.errors import ServiceError


def register(app: Flask) -> None:
    app.cli.add_command(demo_data)
    app.cli.add_command(users)
    app.cli.add_command(readings)


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
