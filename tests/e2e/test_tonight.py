"""The evening review on a phone: edit and approve tonight's key mail and it reaches a real SMTP
server; held and discarded drafts stay home; hints show on the draft."""
from __future__ import annotations

import re
import subprocess
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.helpers import ServerApi, booth_photo_jpeg, screenshot, sign_in
from backend.bench.server import BIN, ROOT, server_env

pytestmark = pytest.mark.e2e


@pytest.fixture
def review(mail_url, account):
    api = ServerApi(mail_url, account)
    yield api
    api.close()


@pytest.fixture
def tonight(new_phone, mail_url, account) -> Page:
    """A phone signed in on the mail-sending server, on the Tonight screen."""
    page = new_phone(mail_url)
    sign_in(page, account)
    page.get_by_role("link", name="Tonight").click()
    expect(page.get_by_role("heading", name="Tonight")).to_be_visible()
    return page


def add_lead(api: ServerApi, classification: str, **fields) -> dict:
    show = api.http.get(f"{api.base_url}/api/v1/shows").json()["current"]
    return api.put_lead(str(uuid.uuid4()), {"show_id": show, "classification": classification,
                                            "captured_at": datetime.now(timezone.utc).isoformat(), **fields})


def draft_of(api: ServerApi, lead: dict) -> dict:
    answer = api.http.get(f"{api.base_url}/api/v1/drafts")
    answer.raise_for_status()
    (found,) = [d for d in answer.json()["drafts"] if d["lead"]["uuid"] == lead["uuid"]]
    return found


def due_now(api: ServerApi, draft: dict) -> dict:
    """The draft pinned to go now, as a person can. Left to the rules, a key mail drafted late in
    the evening waits out the quiet hours until the morning: a day this evening's screen does not
    show, so what the test sees would hang on the hour CI runs at."""
    answer = api.http.post(f"{api.base_url}/api/v1/drafts/{draft['id']}/reschedule",
                           json={"due_at": datetime.now(timezone.utc).isoformat()}, headers={"X-CSRFToken": api.csrf})
    answer.raise_for_status()
    return answer.json()


def card(page: Page, draft: dict):
    return page.locator(f"[data-testid=tonight-draft][data-draft-id='{draft['id']}']")


def send_due(data_dir, mailbox, after: dict) -> str:
    """What the scheduler does when the draft's time comes: `outbox send-due` at that time."""
    due = max(datetime.fromisoformat(after["due_at"]), datetime.now(timezone.utc)) + timedelta(minutes=1)
    done = subprocess.run([str(BIN / "flask"), "--app", "backend", "outbox", "send-due", "--now", due.isoformat()],
                          cwd=ROOT, env=server_env(data_dir, BOOTHMATE_SMTP_URL=mailbox.url),
                          check=True, capture_output=True, text=True, timeout=60)
    return done.stdout


def mail_to(mailbox, address: str) -> list:
    return [m for m in mailbox.messages if address in m["To"]]


def test_edited_and_approved_key_mail_reaches_the_smtp_server(tonight, review, data_dir, mailbox):
    address = f"anna.{uuid.uuid4().hex[:8]}@nordic-agri.de"
    lead = add_lead(review, "key", name="Anna Schmidt", company="Nordic Agri GmbH", emails=[address])
    draft = due_now(review, draft_of(review, lead))
    tonight.reload()
    item = card(tonight, draft)
    expect(item).to_have_attribute("data-status", "draft")
    expect(item.frame_locator("iframe").get_by_text(draft["subject"])).to_be_visible()

    item.get_by_text("Edit subject and text").click()
    item.get_by_test_id("draft-subject").fill("Anna, your 6204-2RS quote from Hall 16")
    item.get_by_test_id("draft-save").click()
    expect(item.frame_locator("iframe").get_by_text("Anna, your 6204-2RS quote from Hall 16")).to_be_visible()
    assert not mail_to(mailbox, address), "nothing goes before approval"
    item.get_by_test_id("draft-approve").click()
    expect(item).to_have_attribute("data-status", "approved")

    output = send_due(data_dir, mailbox, draft)
    (mail,) = mail_to(mailbox, address)
    assert mail["Subject"] == "Anna, your 6204-2RS quote from Hall 16", output
    tonight.reload()
    sent = tonight.get_by_test_id("outbox-item").filter(has_text="Anna, your 6204-2RS quote from Hall 16")
    expect(sent).to_have_attribute("data-status", "sent")


def test_held_and_discarded_drafts_do_not_go(tonight, review, data_dir, mailbox):
    held_to, dropped_to = (f"{who}.{uuid.uuid4().hex[:8]}@agri-import.de" for who in ("held", "dropped"))
    held = draft_of(review, add_lead(review, "key", name="Held Buyer", emails=[held_to]))
    dropped = draft_of(review, add_lead(review, "key", name="Dropped Buyer", emails=[dropped_to]))
    tonight.reload()

    card(tonight, held).get_by_test_id("draft-hold").click()
    expect(card(tonight, held)).to_have_attribute("data-status", "held")
    discard = card(tonight, dropped).get_by_test_id("draft-discard")
    discard.click()
    expect(discard).to_have_text("Tap again: Discard")  # the first tap only arms it
    discard.click()
    expect(card(tonight, dropped)).to_have_attribute("data-status", "discarded")

    send_due(data_dir, mailbox, held)
    assert not mail_to(mailbox, held_to) and not mail_to(mailbox, dropped_to)
    tonight.reload()
    expect(card(tonight, held)).to_have_attribute("data-status", "held")
    expect(card(tonight, dropped)).to_have_count(0)  # the review lists what may still go


def test_drafts_show_their_hints(tonight, review, screenshots):
    key = draft_of(review, add_lead(review, "key", name="Li Wei", company="Baltic Machinery Import",
                                    emails=[f"li.wei.{uuid.uuid4().hex[:6]}@gmail.com"]))
    lead = add_lead(review, "potential", name="Tomasz Nowak", company="Agro-Tech Polska")
    review.http.post(f"{review.base_url}/api/v1/leads/{lead['uuid']}/media", headers={"X-CSRFToken": review.csrf},
                     data={"kind": "booth_photo", "media_id": str(uuid.uuid4())},
                     files={"file": ("booth.jpg", booth_photo_jpeg(), "image/jpeg")}).raise_for_status()
    potential = draft_of(review, lead)
    tonight.reload()

    expect(card(tonight, key).get_by_test_id("draft-hints")).to_contain_text("Free-mail address")
    expect(card(tonight, potential).get_by_test_id("draft-hints")).to_contain_text("No email address")
    # The booth photo shows in the mail as the buyer will get it, though the frame has no session.
    photo = card(tonight, potential).frame_locator("iframe").get_by_role("img", name="At our booth")
    expect(photo).to_have_attribute("src", re.compile(r"^data:image/jpeg;base64,"))
    assert photo.evaluate("img => img.decode().then(() => img.naturalWidth)") == 1024  # resized for mail
    screenshot(tonight, screenshots / "tonight.png")


def test_a_moved_draft_keeps_its_new_time_and_send_now_sends_at_once(tonight, review, mailbox):
    address = f"urgent.{uuid.uuid4().hex[:8]}@agri-import.de"
    draft = draft_of(review, add_lead(review, "key", name="Urgent Buyer", emails=[address]))
    tonight.reload()
    item = card(tonight, draft)
    tomorrow = (datetime.fromisoformat(draft["due_local"]) + timedelta(days=1)).replace(hour=9, minute=0)
    item.get_by_label("New time (Europe/Berlin)").fill(tomorrow.strftime("%Y-%m-%dT%H:%M"))
    item.get_by_test_id("draft-reschedule").click()
    expect(item).to_contain_text("09:00")
    assert draft_of(review, {"uuid": draft["lead"]["uuid"]})["due_local"] == tomorrow.isoformat()

    item.get_by_test_id("draft-send-now").click()
    assert not mail_to(mailbox, address), "the first tap only arms it"
    item.get_by_test_id("draft-send-now").click()
    expect(item).to_have_attribute("data-status", "approved")
    expect(tonight.get_by_test_id("outbox-item").filter(has_text=address)).to_have_attribute("data-status", "sent")
    assert len(mail_to(mailbox, address)) == 1


def test_a_move_across_a_daylight_saving_switch_keeps_the_chosen_wall_time(tonight, review):
    draft = draft_of(review, add_lead(review, "key", name="Summer Buyer", emails=["summer@agri-import.de"]))
    tonight.reload()
    now = datetime.fromisoformat(draft["due_local"])
    # Half a year on, Berlin's clocks are an hour apart from today's, whichever season this runs in.
    berlin = ZoneInfo("Europe/Berlin")
    later = (now + timedelta(days=182)).replace(hour=9, minute=0, second=0, microsecond=0, tzinfo=berlin)
    assert later.utcoffset() != now.utcoffset()
    item = card(tonight, draft)
    item.get_by_label("New time (Europe/Berlin)").fill(later.strftime("%Y-%m-%dT%H:%M"))
    item.get_by_test_id("draft-reschedule").click()
    expect(item).to_contain_text("09:00")
    assert draft_of(review, {"uuid": draft["lead"]["uuid"]})["due_local"] == later.isoformat()


def test_offline_the_screen_says_it_needs_a_connection(tonight):
    tonight.context.set_offline(True)
    expect(tonight.get_by_role("alert")).to_contain_text("Tonight needs a connection")
    tonight.context.set_offline(False)
    expect(tonight.get_by_role("alert")).to_be_hidden()


def test_a_send_with_an_unknown_outcome_is_shown_and_the_person_resolves_it(tonight, review, data_dir, mailbox):
    address = f"unclear.{uuid.uuid4().hex[:8]}@agri-import.de"
    draft = draft_of(review, add_lead(review, "key", name="Unclear Buyer", emails=[address]))
    review.http.post(f"{review.base_url}/api/v1/drafts/{draft['id']}/approve",
                     headers={"X-CSRFToken": review.csrf}).raise_for_status()
    mailbox.mode = "drop"  # takes the message, then hangs up without an answer
    try:
        send_due(data_dir, mailbox, draft)
    finally:
        mailbox.mode = "ok"
    tonight.reload()
    item = tonight.get_by_test_id("outbox-item").filter(has_text=address)
    expect(item).to_have_attribute("data-status", "unknown")
    expect(item).to_contain_text("Check your Sent folder")
    item.get_by_role("button", name="It went out").click()
    expect(item).to_have_attribute("data-status", "sent")
    assert len(mail_to(mailbox, address)) == 1, "resolving as sent sends nothing again"
