"""Browser tests: the real server (gunicorn, migrated, on a free port) and Debian's Chromium
at phone size with touch. One server for the session; every test gets its own organisation."""
from __future__ import annotations

import itertools
import os
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from backend import clock, create_app
from backend.extensions import db
from backend.services import accounts, demo
from backend.bench.server import ROOT, running_server
from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, Account, ServerApi

PASSWORD = "booth-secret-1"
PHONE = "Pixel 7"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("e2e-data")


@pytest.fixture(scope="session")
def base_url(data_dir):
    with running_server(data_dir) as url:
        yield url


@pytest.fixture
def deployable(data_dir, tmp_path):
    """A second server on the same database, serving a copy of the app that a test may change
    (a deploy) without touching the repository."""
    app_dir = tmp_path / "pwa"
    shutil.copytree(ROOT / "pwa", app_dir, ignore=shutil.ignore_patterns("node_modules"))
    (app_dir / "node_modules").symlink_to(ROOT / "pwa" / "node_modules")
    with running_server(data_dir, BOOTHMATE_PWA_DIR=str(app_dir)) as url:
        yield url, app_dir


@pytest.fixture(scope="session")
def backend_app(data_dir, base_url):
    """The app on the server's database, for setting up organisations and reading state."""
    app = create_app({"DATA_DIR": str(data_dir), "SECRET_KEY": "e2e-secret-key"})
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def account(backend_app) -> Account:
    """A salesperson in a fresh organisation with a show running today and a catalogue."""
    n = next(_numbers)
    email, org = f"sales{n}@e2e.test", f"E2E Bearings {n}"
    with backend_app.app_context():
        demo.ensure(email, PASSWORD, org, now=clock.now())
        db.session.commit()
        db.session.remove()
    return Account(email, PASSWORD, org)


@pytest.fixture
def colleague(backend_app, account) -> Account:
    email = account.email.replace("sales", "colleague")
    with backend_app.app_context():
        accounts.add_user(accounts.get_or_create_org(account.org), email, PASSWORD)
        db.session.commit()
        db.session.remove()
    return Account(email, PASSWORD, account.org)


@pytest.fixture
def server(base_url, account):
    api = ServerApi(base_url, account)
    yield api
    api.close()


@pytest.fixture(scope="session")
def playwright():
    # Assertions wait as long as actions do: on a loaded 2-core machine a sync round trip can
    # take longer than Playwright's 5 s default, and a passing expect returns at once anyway.
    expect.set_options(timeout=15_000)
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright):
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def new_phone(playwright, browser, base_url):
    """new_phone(url=the server, **context options) -> a page in a fresh browser context the size
    of a phone, with touch."""
    contexts = []

    def make(url: str = base_url, **options):
        device = {k: v for k, v in playwright.devices[PHONE].items() if k != "default_browser_type"}
        context = browser.new_context(**{**device, **options}, base_url=url)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def phone(new_phone):
    return new_phone()


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory) -> Path:
    """Where the screens go: E2E_SCREENSHOT_DIR=docs/screenshots refreshes the README's pictures."""
    target = os.environ.get("E2E_SCREENSHOT_DIR")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


# --- Tonight: follow-up mail reaches a real SMTP server -------------------------------------


@pytest.fixture(scope="session")
def mailbox():
    """An aiosmtpd server on loopback that keeps every message, shared by the session: tests
    tell their mail apart by recipient."""
    from aiosmtpd.controller import Controller

    from tests.integration.followup.conftest import Mailbox, free_port

    box = Mailbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    box.url = f"smtp://127.0.0.1:{port}"
    yield box
    box.release.set()
    controller.stop()


@pytest.fixture(scope="session")
def mail_url(data_dir, base_url, mailbox):
    """A second server on the same database whose mail goes to `mailbox` (Send now, and the
    `outbox send-due` command run against it)."""
    with running_server(data_dir, BOOTHMATE_SMTP_URL=mailbox.url) as url:
        yield url
