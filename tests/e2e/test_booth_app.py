"""The booth app in a phone-sized Chromium against the real server."""
from __future__ import annotations

import importlib.util
import re

import pytest
from playwright.sync_api import Route, expect
from sqlalchemy import select

from backend.extensions import db
from backend.models import Lead
from backend.services import reading
from tests.e2e.helpers import (
    booth_photo_jpeg, capture, card_jpeg, expect_pending, open_leads, screenshot, sign_in, wait_offline_ready,
)

pytestmark = pytest.mark.e2e


def media_kinds(lead: dict) -> list[str]:
    return sorted(m["kind"] for m in lead["media"])


def with_media(leads: list[dict], count: int, media: int) -> bool:
    """`count` leads, each with at least `media` photos: a capture has fully arrived."""
    return len(leads) == count and all(len(lead["media"]) >= media for lead in leads)


def test_sign_in_lands_on_capture_and_survives_a_restart(phone, account):
    sign_in(phone, account)
    phone.reload()
    expect(phone.get_by_test_id("save-lead")).to_be_visible()
    expect(phone.get_by_test_id("login-email")).to_have_count(0)


def test_capture_with_card_classification_notes_and_photo_reaches_the_server(phone, account, server, screenshots):
    sign_in(phone, account)
    phone.get_by_test_id("capture-card").set_input_files(
        {"name": "card.jpg", "mimeType": "image/jpeg", "buffer": card_jpeg()})
    phone.get_by_test_id("capture-photo").set_input_files(
        {"name": "booth.jpg", "mimeType": "image/jpeg", "buffer": booth_photo_jpeg()})
    expect(phone.locator(".thumbs img")).to_have_count(2)
    phone.get_by_test_id("class-key").click()
    phone.get_by_role("button", name="Intends to order").click()
    phone.get_by_role("button", name="Target price").click()
    phone.get_by_test_id("notes").press_sequentially("0.55 USD for 6204-2RS")
    screenshot(phone, screenshots / "capture.png")
    phone.get_by_text("Products of interest").click()
    phone.get_by_role("checkbox", name="6204-2RS · Deep groove ball bearing 6204-2RS").check()
    phone.get_by_role("spinbutton", name="Quantity").fill("20000")
    phone.get_by_role("spinbutton", name="Target price").fill("0.55")
    phone.get_by_test_id("save-lead").click()

    (lead,) = server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 2))
    expect_pending(phone, 0)
    assert lead["classification"] == "key"
    assert lead["intent"] == "intends_to_order"
    assert [n["text"] for n in lead["notes"]] == ["Target price: 0.55 USD for 6204-2RS"]
    assert media_kinds(lead) == ["booth_photo", "card_front"]
    (interest,) = lead["products"]
    assert (interest["quantity"], interest["target_price"]) == (20000, 0.55)


def test_booth_photos_are_downscaled_on_the_phone_before_upload(phone, account, server):
    sign_in(phone, account)
    capture(phone, card=card_jpeg(), photos=(booth_photo_jpeg(size=(4000, 3000)),), notes="met at booth")
    (lead,) = server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 2))
    assert media_kinds(lead) == ["booth_photo", "card_front"]
    photo = next(m for m in lead["media"] if m["kind"] == "booth_photo")
    assert (photo["width"], photo["height"]) == (2000, 1500)
    assert photo["content_type"] == "image/jpeg"


def test_five_leads_captured_offline_survive_a_reload_and_sync_exactly_once(phone, account, server):
    sign_in(phone, account)
    wait_offline_ready(phone)
    phone.context.set_offline(True)
    for i in range(5):
        capture(phone, card=card_jpeg(name=f"Visitor {i}"), photos=(booth_photo_jpeg(),), notes=f"offline {i}")
    expect_pending(phone, 15)  # per lead: the lead, its card, its photo

    phone.reload()  # still offline: the shell comes from the service worker's cache
    expect(phone.get_by_test_id("save-lead")).to_be_visible()
    expect_pending(phone, 15)
    open_leads(phone)
    expect(phone.get_by_test_id("lead-item")).to_have_count(5)
    assert server.leads() == []

    phone.context.set_offline(False)
    server.wait_for_leads(phone, lambda leads: with_media(leads, 5, 2))
    expect_pending(phone, 0)
    leads = server.leads()
    assert len(leads) == 5
    assert sorted(n["text"] for lead in leads for n in lead["notes"]) == [f"offline {i}" for i in range(5)]
    assert all(media_kinds(lead) == ["booth_photo", "card_front"] for lead in leads)


def test_requests_cut_off_after_the_server_stored_them_are_retried_without_duplicates(phone, account, server):
    cut = {"PUT": 0, "POST": 0}

    def answer_lost(route: Route):
        method = route.request.method
        if method in cut and not cut[method]:
            cut[method] += 1
            route.fetch()  # the server stores it...
            route.abort("connectionreset")  # ...and the phone never hears back
        else:
            route.continue_()

    sign_in(phone, account)
    phone.context.route(re.compile(r".*/api/v1/leads/[^/]+(/media)?$"), answer_lost)
    capture(phone, card=card_jpeg(), notes="flaky wifi")
    server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 1))
    expect_pending(phone, 0)
    assert cut == {"PUT": 1, "POST": 1}
    (lead,) = server.leads()
    assert media_kinds(lead) == ["card_front"]
    assert [n["text"] for n in lead["notes"]] == ["flaky wifi"]


def test_a_quick_double_tap_on_save_right_after_the_shutter_saves_one_lead_with_its_card(phone, account, server):
    sign_in(phone, account)
    phone.get_by_test_id("capture-card").set_input_files(
        {"name": "card.jpg", "mimeType": "image/jpeg", "buffer": card_jpeg(size=(4000, 2400))})
    phone.get_by_test_id("save-lead").dblclick()  # before the photo has even been shrunk
    (lead,) = server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 1))
    assert media_kinds(lead) == ["card_front"]
    expect_pending(phone, 0)
    assert len(server.leads()) == 1


def test_a_colleague_on_another_phone_sees_the_leads_after_sync(new_phone, account, colleague, server):
    mine = new_phone()
    sign_in(mine, account)
    capture(mine, card=card_jpeg(), classification="key", notes="wants a quote tonight")
    capture(mine, card=card_jpeg(name="Li Wei"), classification="potential", notes="distributor in Poland")
    server.wait_for_leads(mine, lambda leads: with_media(leads, 2, 1))

    theirs = new_phone()
    sign_in(theirs, colleague)
    open_leads(theirs)
    expect(theirs.get_by_test_id("lead-item")).to_have_count(2)
    # Newest first. The class badge, because the card reading may already have replaced the note
    # snippet with the name and company read from the card.
    expect(theirs.get_by_test_id("lead-item").first).to_contain_text("Potential")


def test_a_permanent_rejection_is_shown_with_the_reason_and_does_not_block_the_queue(phone, account, server):
    refused = []

    def refuse_first_lead(route: Route):
        if route.request.method == "PUT" and not refused:
            refused.append(route.request.url)
            route.fulfill(status=422, json={"error": {"code": "invalid", "message": "Unknown product.", "details": {}}})
        else:
            route.continue_()

    sign_in(phone, account)
    phone.context.route(re.compile(r".*/api/v1/leads/[^/]+$"), refuse_first_lead)
    capture(phone, notes="refused one")
    capture(phone, notes="accepted one")
    server.wait_for_leads(phone, lambda leads: len(leads) == 1)
    expect_pending(phone, 0)
    status = phone.get_by_test_id("sync-status")
    expect(status).to_have_attribute("data-failed", "1")
    status.click()
    expect(phone.locator("#sync-panel")).to_contain_text("Unknown product.")
    assert [lead["notes"][0]["text"] for lead in server.leads()] == ["accepted one"]


def test_a_refused_csrf_token_is_renewed_and_the_save_retried(phone, account, server):
    refused = []

    def refuse_token_once(route: Route):
        if route.request.method == "PUT" and not refused:
            refused.append(route.request.headers["x-csrftoken"])
            route.fulfill(status=400, json={"error": {"code": "csrf_failed", "message": "The CSRF token is invalid.",
                                                      "details": {}}})
        else:
            route.continue_()

    sign_in(phone, account)
    phone.context.route(re.compile(r".*/api/v1/leads/[^/]+$"), refuse_token_once)
    with phone.expect_request("**/api/v1/auth/csrf"):
        capture(phone, notes="token renewed")
    server.wait_for_leads(phone, lambda leads: len(leads) == 1)
    expect_pending(phone, 0)
    expect(phone.get_by_test_id("sync-status")).to_have_attribute("data-failed", "0")


def test_an_expired_session_keeps_the_queue_until_signing_in_again(phone, account, server):
    sign_in(phone, account)
    phone.context.clear_cookies()
    capture(phone, notes="captured while signed out")
    status = phone.get_by_test_id("sync-status")
    expect(status).to_have_attribute("data-state", "signin")
    expect_pending(phone, 1)
    status.click()
    expect(phone.locator("#sync-panel")).to_have_text(re.compile(r"^Sign in to sync"))
    phone.locator("#sync-panel").get_by_role("link").click()
    sign_in_form = phone.get_by_test_id("login-email")
    sign_in_form.fill(account.email)
    phone.get_by_test_id("login-password").fill(account.password)
    phone.get_by_test_id("login-submit").click()
    server.wait_for_leads(phone, lambda leads: len(leads) == 1)
    expect_pending(phone, 0)
    assert [lead["notes"][0]["text"] for lead in server.leads()] == ["captured while signed out"]


def test_a_colleague_signing_in_on_the_same_phone_does_not_send_the_previous_users_captures(
        phone, account, colleague, server):
    sign_in(phone, account)
    phone.context.clear_cookies()
    capture(phone, notes="met by the first salesperson")
    status = phone.get_by_test_id("sync-status")
    expect(status).to_have_attribute("data-state", "signin")

    sign_in(phone, colleague)
    expect(status).to_have_attribute("data-state", "idle")
    expect_pending(phone, 0)  # nothing of theirs waits
    assert server.leads() == []

    sign_in(phone, account)
    (lead,) = server.wait_for_leads(phone, lambda leads: len(leads) == 1)
    assert lead["captured_by"] == server.user_id


OCR_MERGED = importlib.util.find_spec("ocr") is not None


def test_the_card_reading_shows_with_doubtful_fields_highlighted_and_can_be_corrected(
        phone, account, server, backend_app, screenshots):
    sign_in(phone, account)
    capture(phone, card=card_jpeg(), classification="key", notes="Quantity: 20,000 pcs per year")
    (lead,) = server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 1))
    if OCR_MERGED:  # let the real reader finish first, or it would overwrite the reading played below
        server.wait_for_leads(phone, lambda leads: leads[0]["reading"]["status"] in ("done", "failed"), timeout=90)
    with backend_app.app_context():
        # What the card reader stores when it is done, with known confidences to check against.
        lead_id = db.session.scalar(select(Lead.id).where(Lead.client_uuid == lead["uuid"]))
        reading.save_outcome(lead_id, "done", {
            "name": "Anna Schmidt", "company": "Nordic Agri GmbH", "title": "Purchasing Manager",
            "emails": ["anna.schmidt@nordic-agri.de"], "text": "Anna Schmidt ...",
            "confidence": {"name": 0.96, "title": 0.91, "company": 0.41, "emails": 0.93},
        }, None)
    open_leads(phone)
    phone.get_by_test_id("lead-item").first.click()
    expect(phone.get_by_test_id("reading-status")).to_have_attribute("data-status", "done", timeout=30_000)
    expect(phone.get_by_test_id("field-name")).to_have_value("Anna Schmidt")
    expect(phone.locator(".field.low-confidence input")).to_have_count(1)
    expect(phone.locator(".field.low-confidence")).to_contain_text("Company")
    screenshot(phone, screenshots / "lead.png")

    puts = []
    phone.on("request", lambda r: r.method == "PUT" and puts.append(r.post_data_json))
    phone.get_by_test_id("field-company").fill("Nordic Agri GmbH & Co. KG")
    phone.get_by_test_id("lead-note").fill("Sent the 6204 catalogue")
    phone.get_by_test_id("lead-add-photo").set_input_files(
        {"name": "booth.jpg", "mimeType": "image/jpeg", "buffer": booth_photo_jpeg()})
    phone.get_by_test_id("save-lead-changes").click()
    (lead,) = server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 2) and len(leads[0]["notes"]) == 2)
    assert lead["company"] == "Nordic Agri GmbH & Co. KG"
    assert lead["name"] == "Anna Schmidt"  # untouched fields keep the card reader's value
    assert [n["text"] for n in lead["notes"]] == ["Quantity: 20,000 pcs per year", "Sent the 6204 catalogue"]
    assert media_kinds(lead) == ["booth_photo", "card_front"]
    (edit,) = puts  # only what changed, against the version this phone last saw
    assert sorted(edit) == ["client_updated_at", "company", "notes", "version"]
    assert edit["version"] == 2


@pytest.mark.skipif(not OCR_MERGED, reason="the OCR package is not merged yet")
def test_the_server_reads_the_card_and_the_result_shows_on_the_lead(phone, account, server):
    sign_in(phone, account)
    capture(phone, card=card_jpeg(), classification="key")
    server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 1))
    open_leads(phone)
    phone.get_by_test_id("lead-item").first.click()
    expect(phone.get_by_test_id("reading-status")).to_have_attribute("data-status", "done", timeout=90_000)
    expect(phone.get_by_test_id("field-emails")).to_have_value(re.compile("anna.schmidt@nordic-agri.de", re.I))


def test_the_list_filters_by_class_and_search(phone, account, server, screenshots):
    for uuid, name, company, classification in [
        ("6f1c3c0e-5a43-4d0c-9c55-2f7b1f0f0a01", "Jan Kowalski", "Agro-Łożyska Sp. z o.o.", "potential"),
        ("6f1c3c0e-5a43-4d0c-9c55-2f7b1f0f0a02", "María García", "Rodamientos del Sur S.L.", "browsing"),
        ("6f1c3c0e-5a43-4d0c-9c55-2f7b1f0f0a03", "Ahmed Al-Sayed", "Gulf Industrial Supply", "key"),
    ]:
        server.put_lead(uuid, {"name": name, "company": company, "classification": classification})
    sign_in(phone, account)
    capture(phone, card=card_jpeg(), classification="key", notes="Brand: sells under own label")
    server.wait_for_leads(phone, lambda leads: with_media(leads, 4, 0) and any(lead["media"] for lead in leads))
    expect_pending(phone, 0)
    open_leads(phone)
    items = phone.get_by_test_id("lead-item")
    expect(items).to_have_count(4)
    screenshot(phone, screenshots / "leads.png")

    phone.get_by_label("Day").select_option(index=1)  # today, the only day with visitors
    expect(items).to_have_count(4)
    phone.get_by_test_id("filter-key").click()
    expect(items).to_have_count(2)
    phone.get_by_role("searchbox").fill("gulf")
    expect(items).to_have_count(1)
    expect(items).to_contain_text("Ahmed Al-Sayed")


def test_a_new_deploy_is_offered_and_applied_when_the_user_agrees(new_phone, account, deployable):
    url, app_dir = deployable
    phone = new_phone(url)
    sign_in(phone, account)
    wait_offline_ready(phone)
    (old_cache,) = phone.evaluate("caches.keys()")

    with (app_dir / "app.css").open("a") as css:
        css.write("\n.app-title { letter-spacing: .02em; }\n")
    phone.reload()
    update = phone.locator("#update")
    expect(update).to_contain_text("A new version is ready.")
    assert old_cache in phone.evaluate("caches.keys()")  # nothing switches before the user agrees
    update.get_by_role("button", name="Update now").click()
    expect(update).to_be_hidden()
    phone.wait_for_function("navigator.serviceWorker.controller?.state === 'activated'")
    new_caches = phone.evaluate("caches.keys()")
    assert len(new_caches) == 1 and new_caches != [old_cache]
    assert "letter-spacing: .02em" in phone.evaluate("fetch('/app.css').then((r) => r.text())")


def test_the_interface_switches_to_chinese_and_stays_so(phone, account):
    sign_in(phone, account)
    phone.get_by_role("button", name="Switch language to Chinese").click()
    expect(phone.get_by_test_id("save-lead")).to_have_text("保存客户")
    expect(phone.locator("html")).to_have_attribute("lang", "zh-Hans")
    phone.reload()
    expect(phone.get_by_test_id("class-key")).to_have_text("重点")


def test_a_chinese_browser_opens_in_chinese(new_phone):
    phone = new_phone(locale="zh-CN")
    phone.goto("/")
    expect(phone.get_by_test_id("login-submit")).to_have_text("登录")
    expect(phone.locator("html")).to_have_attribute("lang", "zh-Hans")


def test_a_half_filled_capture_survives_a_language_switch_another_tab_and_a_reload(phone, account, server):
    sign_in(phone, account)
    phone.get_by_test_id("capture-card").set_input_files(
        {"name": "card.jpg", "mimeType": "image/jpeg", "buffer": card_jpeg()})
    expect(phone.locator(".thumbs img")).to_have_count(1)
    phone.get_by_test_id("class-potential").click()
    phone.get_by_test_id("notes").fill("asked for the 6204 price list")
    product = phone.get_by_role("checkbox", name="6204-2RS · Deep groove ball bearing 6204-2RS")
    phone.get_by_text("Products of interest").click()
    product.check()
    phone.get_by_role("spinbutton", name="Quantity").fill("5000")

    phone.get_by_role("button", name="Switch language to Chinese").click()
    expect(phone.get_by_test_id("save-lead")).to_have_text("保存客户")
    phone.get_by_role("button", name="切换为英文").click()
    phone.get_by_role("link", name="Leads").click()
    phone.get_by_role("link", name="Capture").click()
    phone.reload()

    expect(phone.locator(".thumbs img")).to_have_count(1)
    expect(phone.get_by_test_id("class-potential")).to_have_attribute("aria-pressed", "true")
    expect(phone.get_by_test_id("notes")).to_have_value("asked for the 6204 price list")
    expect(product).to_be_checked()
    expect(phone.get_by_role("spinbutton", name="Quantity")).to_have_value("5000")
    phone.get_by_test_id("save-lead").click()
    expect(phone.get_by_test_id("notes")).to_have_value("")  # saved: the next visitor starts afresh
    expect(phone.locator(".thumbs img")).to_have_count(0)
    (lead,) = server.wait_for_leads(phone, lambda leads: with_media(leads, 1, 1))
    assert lead["classification"] == "potential"
    assert [n["text"] for n in lead["notes"]] == ["asked for the 6204 price list"]
    assert [p["quantity"] for p in lead["products"]] == [5000]


def sign_out(page) -> None:
    with page.expect_request("**/api/v1/auth/logout"):
        page.get_by_test_id("sign-out").click()
    expect(page.get_by_test_id("login-email")).to_be_visible()


def test_signing_out_warns_of_unsent_captures_which_wait_for_the_same_user_and_show_as_theirs(
        phone, account, colleague, server):
    sign_in(phone, account)
    phone.route("**/api/v1/leads/**", lambda route: route.abort())  # the booth Wi-Fi drops every upload
    capture(phone, notes="met before the shift change")
    expect_pending(phone, 1)
    open_leads(phone)
    expect(phone.locator(".account")).to_contain_text(f"Signed in as {account.email}")
    phone.get_by_test_id("sign-out").click()  # the first tap only warns
    expect(phone.locator(".account [role=alert]")).to_contain_text(
        f"Waiting to sync: 1. It all stays on this phone and goes when {account.email} signs in here again.")
    expect(phone.get_by_test_id("sign-out")).to_have_text("Sign out anyway")
    sign_out(phone)

    sign_in(phone, colleague)
    status = phone.get_by_test_id("sync-status")
    expect(status).to_have_attribute("data-others", "1")
    expect(status).to_contain_text(f"1 waiting for {account.email}")
    expect_pending(phone, 0)
    phone.unroute("**/api/v1/leads/**")
    open_leads(phone)
    phone.context.set_offline(True)
    phone.get_by_test_id("sign-out").click()  # the server session would outlive a sign-out here
    expect(phone.locator(".account [role=alert]")).to_contain_text("You are offline. Connect to sign out")
    phone.context.set_offline(False)
    sign_out(phone)  # nothing of the colleague's waits: no warning
    assert server.leads() == []

    sign_in(phone, account)
    (lead,) = server.wait_for_leads(phone, lambda leads: len(leads) == 1)
    assert lead["notes"][0]["text"] == "met before the shift change"
    expect(status).to_have_attribute("data-others", "0")
