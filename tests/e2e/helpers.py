"""Page actions and server checks shared by the browser tests."""
from __future__ import annotations

import io
import time
from dataclasses import dataclass
from typing import Callable

import requests
from PIL import Image, ImageDraw, ImageFont
from playwright.sync_api import Page, expect

CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright never downloads a browser here
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SYNC_TIMEOUT_MS = 20_000
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # fonts-dejavu-core, in scripts/apt-packages.txt


@dataclass(frozen=True)
class Account:
    email: str
    password: str
    org: str


def card_jpeg(name="Anna Schmidt", company="Nordic Agri GmbH", email="anna.schmidt@nordic-agri.de",
              size=(1800, 1000)) -> bytes:
    """A business card photo with real text on it, big enough for OCR."""
    img = Image.new("RGB", size, (250, 250, 246))
    draw = ImageDraw.Draw(img)
    big, small = ImageFont.truetype(FONT, 96), ImageFont.truetype(FONT, 64)
    draw.text((120, 160), name, fill=(10, 10, 10), font=big)
    draw.text((120, 320), "Purchasing Manager", fill=(40, 40, 40), font=small)
    draw.text((120, 520), company, fill=(10, 10, 10), font=small)
    draw.text((120, 640), email, fill=(10, 10, 10), font=small)
    draw.text((120, 760), "+49 511 123456", fill=(10, 10, 10), font=small)
    return _jpeg(img)


def booth_photo_jpeg(color=(60, 120, 180), size=(2400, 1600)) -> bytes:
    img = Image.new("RGB", size, color)
    ImageDraw.Draw(img).rectangle([400, 300, 2000, 1300], fill=(230, 200, 60))
    return _jpeg(img)


def _jpeg(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def _file(name: str, data: bytes) -> dict:
    return {"name": name, "mimeType": "image/jpeg", "buffer": data}


def sign_in(page: Page, account: Account) -> None:
    page.goto("/#/login")
    page.get_by_test_id("login-email").fill(account.email)
    page.get_by_test_id("login-password").fill(account.password)
    page.get_by_test_id("login-submit").click()
    expect(page.get_by_test_id("save-lead")).to_be_visible()


def wait_offline_ready(page: Page) -> None:
    """The service worker controls the page: from now on the shell opens without a network."""
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def capture(page: Page, *, card: bytes | None = None, classification: str = "key", notes: str = "",
            photos: tuple[bytes, ...] = ()) -> None:
    """The booth flow on the capture screen: card, classification, notes, photos, save."""
    if card is not None:
        page.get_by_test_id("capture-card").set_input_files(_file("card.jpg", card))
    for i, photo in enumerate(photos):
        page.get_by_test_id("capture-photo").set_input_files(_file(f"booth-{i}.jpg", photo))
    expect(page.locator(".thumbs img")).to_have_count((card is not None) + len(photos))
    page.get_by_test_id(f"class-{classification}").click()
    if notes:
        page.get_by_test_id("notes").fill(notes)
    page.get_by_test_id("save-lead").click()
    # The form clears once the lead is safely in IndexedDB.
    expect(page.get_by_test_id("notes")).to_have_value("")


def expect_pending(page: Page, count: int, timeout: int = SYNC_TIMEOUT_MS) -> None:
    """The sync indicator's waiting count. Right after a save it may not have counted the new
    items yet, so to wait for a sync first wait for the server (ServerApi.wait_for_leads)."""
    expect(page.get_by_test_id("sync-status")).to_have_attribute("data-pending", str(count), timeout=timeout)


def screenshot(page: Page, path) -> None:
    """What a person sees first on that screen: from the top, without the passing toast."""
    page.evaluate("document.activeElement?.blur(); for (const el of document.querySelectorAll('*')) el.scrollTop = 0")
    page.screenshot(path=path, style="#toast { display: none !important; }")


def open_leads(page: Page) -> None:
    page.get_by_role("link", name="Leads").click()
    expect(page.get_by_role("heading", name="Visitors")).to_be_visible()


class ServerApi:
    """The server's side of the story, asked through its own API."""

    def __init__(self, base_url: str, account: Account):
        self.base_url = base_url
        self.http = requests.Session()
        answer = self.http.post(f"{base_url}/api/v1/auth/login", json={"email": account.email,
                                                                        "password": account.password})
        answer.raise_for_status()
        self.csrf = answer.json()["csrf_token"]
        self.user_id = answer.json()["user"]["id"]

    def leads(self) -> list[dict]:
        answer = self.http.get(f"{self.base_url}/api/v1/leads", params={"limit": 500})
        answer.raise_for_status()
        return answer.json()["leads"]

    def wait_for_leads(self, page: Page, done: Callable[[list[dict]], bool],
                       timeout: float = SYNC_TIMEOUT_MS / 1000) -> list[dict]:
        """The leads, once `done(leads)` holds: the phone syncs in the background.

        Waits through the page, not time.sleep: Playwright's sync API runs route handlers
        only while the test is inside one of its calls.
        """
        deadline = time.monotonic() + timeout
        while not done(leads := self.leads()):
            if time.monotonic() > deadline:
                raise AssertionError(f"the server never got there; it has {leads}")
            page.wait_for_timeout(200)
        return leads

    def put_lead(self, uuid: str, body: dict) -> dict:
        answer = self.http.put(f"{self.base_url}/api/v1/leads/{uuid}", json=body, headers={"X-CSRFToken": self.csrf})
        answer.raise_for_status()
        return answer.json()["lead"]

    def close(self) -> None:
        self.http.close()
