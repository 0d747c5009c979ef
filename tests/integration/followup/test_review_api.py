"""The API behind the evening review: org-scoped, signed-in, CSRF-checked, and safe to render."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def tonight(booth, clock):
    clock.set(datetime(2026, 11, 10, 15, 10, tzinfo=BERLIN))
    return booth


def test_tonight_lists_todays_drafts_in_the_shows_zone_with_hints(tonight):
    tonight.capture(classification="key", name="Gmail Buyer", emails=["bigbuyer@gmail.com"])
    tonight.capture(classification="potential", name="No Card Yet")
    tonight.capture(classification="key", name="Fake", emails=["ceo@acme-bearlngs.test"])
    response = tonight.api.get("/api/v1/drafts")
    body = response.get_json()
    assert (body["day"], body["tz"]) == ("2026-11-10", "Europe/Berlin")
    hints = {d["lead"]["name"]: [h["code"] for h in d["hints"]] for d in body["drafts"]}
    assert hints["Gmail Buyer"] == ["free_mail"]
    assert "no_email" in hints["No Card Yet"]
    assert "lookalike_domain" in hints["Fake"]  # imitates our own acme-bearings.test
    assert [d["kind"] for d in body["drafts"]] == ["key", "key", "potential"]


def test_drafts_of_another_organisation_are_not_found(tonight, login):
    lead = tonight.capture(classification="key", name="Ours", emails=["ours@example.de"])
    draft = tonight.draft_for(lead)
    rival = login("spy@rival.test", org="Rival Bearings")
    assert rival.get(f"/api/v1/drafts/{draft['id']}").status_code == 404
    for action in ("approve", "hold", "discard", "send-now"):
        response = rival.post(f"/api/v1/drafts/{draft['id']}/{action}")
        assert response.status_code == 404 and response.get_json()["error"]["code"] == "not_found"
    assert rival.get(draft["preview_url"]).status_code == 404
    assert rival.get("/api/v1/drafts", query_string={"day": "2026-11-10"}).get_json()["drafts"] == []
    assert rival.post("/api/v1/drafts/approve-all", json={"ids": [draft["id"]]}).get_json()["skipped"] == {
        str(draft["id"]): "not found"}


def test_the_review_api_needs_a_login_and_a_csrf_token(tonight, client):
    lead = tonight.capture(classification="key", name="Ours", emails=["ours@example.de"])
    draft = tonight.draft_for(lead)
    assert client.get("/api/v1/drafts").status_code == 401
    assert client.get("/api/v1/outbox").get_json()["error"]["code"] == "unauthorized"
    no_token = tonight.api.http.post(f"/api/v1/drafts/{draft['id']}/approve")
    assert no_token.status_code == 400 and no_token.get_json()["error"]["code"] == "csrf_failed"


def test_a_person_edits_holds_reschedules_and_approves(tonight):
    lead = tonight.capture(classification="key", name="Anna", emails=["anna@schmidt-antrieb.de"])
    draft = tonight.draft_for(lead)
    edited = tonight.api.patch(f"/api/v1/drafts/{draft['id']}", json={
        "subject": "Our talk\r\nBcc: all@example.com", "body_text": "Dear Anna,\n\nAs promised <b>today</b>."})
    body = edited.get_json()
    assert body["subject"] == "Our talk Bcc: all@example.com" and body["edited"]
    assert "&lt;b&gt;today&lt;/b&gt;" in body["body_html"]
    tonight.update(lead, title="Purchasing")  # the rules no longer touch words a person wrote
    assert tonight.draft_for(lead)["body_text"] == "Dear Anna,\n\nAs promised <b>today</b>."

    assert tonight.api.post(f"/api/v1/drafts/{draft['id']}/hold").get_json()["status"] == "held"
    moved = tonight.api.post(f"/api/v1/drafts/{draft['id']}/reschedule",
                             json={"due_at": "2026-11-11T08:00:00+01:00"}).get_json()
    assert moved["due_at"] == "2026-11-11T07:00:00+00:00"
    approved = tonight.approve(moved)
    assert approved["status"] == "approved" and approved["outbox"]["status"] == "queued"
    assert tonight.api.patch(f"/api/v1/drafts/{draft['id']}", json={"subject": "x"}).status_code == 409
    assert tonight.api.post(f"/api/v1/drafts/{draft['id']}/discard").status_code == 409


def test_approve_all_approves_what_it_can_and_says_why_not_for_the_rest(tonight):
    good = tonight.draft_for(tonight.capture(classification="key", name="A", emails=["a@example.de"]))
    no_mail = tonight.draft_for(tonight.capture(classification="key", name="B"))
    response = tonight.api.post("/api/v1/drafts/approve-all", json={"ids": [good["id"], no_mail["id"]]})
    body = response.get_json()
    assert [d["id"] for d in body["approved"]] == [good["id"]]
    assert body["skipped"] == {str(no_mail["id"]): "This lead has no usable email address yet."}


def test_send_now_delivers_at_once_and_discard_stops_a_draft(tonight, smtp_server):
    lead = tonight.capture(classification="key", name="Urgent", emails=["urgent@example.de"])
    draft = tonight.draft_for(lead)
    sent = tonight.api.post(f"/api/v1/drafts/{draft['id']}/send-now").get_json()
    assert sent["outbox"]["status"] == "sent" and len(smtp_server.envelopes) == 1
    other = tonight.draft_for(tonight.capture(classification="key", name="Later", emails=["l@example.de"]))
    assert tonight.api.post(f"/api/v1/drafts/{other['id']}/discard").get_json()["status"] == "discarded"
    assert tonight.api.post(f"/api/v1/drafts/{other['id']}/approve").status_code == 409


def test_script_in_a_name_or_note_is_escaped_in_the_mail_and_its_preview(tonight, smtp_server):
    tonight.api.patch("/api/v1/followup/settings", json={"templates": {"key": {
        "html": "<p>Dear {{ lead.greeting }}</p><p>We talked about: {{ lead.notes|join(', ') }}</p>"}}})
    lead = tonight.capture(classification="key", name="<script>alert(1)</script>", emails=["x@example.de"],
                           notes=[{"id": "n1", "text": "<img src=x onerror=alert(2)>"}])
    draft = tonight.draft_for(lead)
    assert "<script>" not in draft["body_html"] and "&lt;script&gt;" in draft["body_html"]
    assert "<img src=x" not in draft["body_html"] and "&lt;img src=x" in draft["body_html"]
    preview = tonight.api.get(draft["preview_url"]).get_data(as_text=True)
    assert "<script>" not in preview and "<img src=x" not in preview
    tonight.api.post(f"/api/v1/drafts/{draft['id']}/send-now")
    html = smtp_server.messages[0].get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_a_newline_in_a_name_cannot_inject_a_header(tonight, smtp_server):
    lead = tonight.capture(classification="key", name="Eve\r\nBcc: everyone@example.com", emails=["eve@example.de"])
    draft = tonight.draft_for(lead)
    tonight.api.post(f"/api/v1/drafts/{draft['id']}/send-now")
    [envelope], [mail] = smtp_server.envelopes, smtp_server.messages
    assert envelope.rcpt_tos == ["eve@example.de"]
    assert mail["Bcc"] is None
    assert len(mail.get_all("To")) == 1 and mail["To"].addresses[0].addr_spec == "eve@example.de"


def test_templates_that_reach_for_python_internals_are_refused(tonight):
    response = tonight.api.patch("/api/v1/followup/settings", json={"templates": {"key": {
        "text": "{{ lead.__class__.__mro__[1].__subclasses__() }}"}}})
    assert response.status_code == 422
    broken = tonight.api.patch("/api/v1/followup/settings", json={"templates": {"key": {"subject": "{% if %}"}}})
    assert broken.status_code == 422


def test_settings_merge_show_over_organisation_over_defaults_and_hide_the_smtp_password(tonight):
    api, show_id = tonight.api, tonight.show["id"]
    assert api.patch("/api/v1/followup/settings", json={
        "rules": {"key_send_time": "19:00", "auto_approve": {"potential": True}},
        "smtp_url": "smtp://me:s3cret@mail.example.cn:587?starttls=1"}).status_code == 200
    assert api.patch("/api/v1/followup/settings", json={"show_id": show_id,
                                                         "rules": {"key_send_time": "21:15"}}).status_code == 200
    shown = api.get("/api/v1/followup/settings", query_string={"show": show_id}).get_json()
    assert shown["rules"]["key_send_time"] == "21:15"
    assert shown["rules"]["auto_approve"] == {"key": False, "potential": True, "browsing": False, "nurture": False}
    assert shown["overrides"] == {"key_send_time": "21:15"}
    assert shown["smtp"] == {"source": "organization", "server": "mail.example.cn:587"}
    assert "s3cret" not in str(shown)
    lead = tonight.capture(classification="key", name="A", emails=["a@example.de"])
    assert tonight.draft_for(lead)["due_local"] == "2026-11-10T21:15:00+01:00"
    invalid = api.patch("/api/v1/followup/settings", json={"rules": {"key_send_time": "25:00"}})
    assert invalid.status_code == 422 and invalid.get_json()["error"]["code"] == "invalid"


def test_only_admins_change_the_rules(tonight, login):
    member = login("member@acme.test", role="member")
    response = member.patch("/api/v1/followup/settings", json={"rules": {"nurture": False}})
    assert response.status_code == 403


def test_auto_approve_sends_a_class_without_review_once_it_is_due(tonight, clock, smtp_server, app):
    tonight.api.patch("/api/v1/followup/settings", json={"rules": {"auto_approve": {"key": True}}})
    tonight.capture(classification="key", name="Auto", emails=["auto@example.de"])
    at = datetime(2026, 11, 10, 20, 31, tzinfo=BERLIN)
    assert "1 auto-approved" in tonight.plan(at)
    assert tonight.send_due(at)[0].startswith("sent")


def test_the_workbook_can_be_downloaded_before_approval(tonight):
    lead = tonight.capture(classification="key", name="Anna", company="Müller & Söhne GmbH",
                           emails=["anna@mueller.de"], products=[{"product_id": tonight.products["30205"]}])
    draft = tonight.draft_for(lead)
    [attachment] = draft["attachments"]
    assert attachment["filename"] == "Quotation_Muller-Sohne-GmbH_2026-11-10.xlsx"
    response = tonight.api.get(attachment["url"])
    assert response.status_code == 200 and response.data[:2] == b"PK"


def test_a_deleted_lead_takes_its_drafts_with_it(tonight):
    lead = tonight.capture(classification="key", name="Gone", emails=["gone@example.de"])
    tonight.api.delete(f"/api/v1/leads/{lead['uuid']}")
    assert tonight.drafts() == []
    [gone] = tonight.drafts(status="discarded")
    assert gone["status_reason"] == "rules: lead deleted"


def test_a_template_that_fails_for_one_lead_falls_back_and_says_so(tonight):
    saved = tonight.api.patch("/api/v1/followup/settings", json={"templates": {"key": {
        "subject": "About {{ chosen[0].model }}"}}})
    assert saved.status_code == 200  # fine for a lead who chose products
    lead = tonight.capture(classification="key", name="No Products", emails=["np@example.de"])
    draft = tonight.draft_for(lead)
    assert draft["subject"] == "Agritechnica: our talk today"
    assert "template_error" in [h["code"] for h in draft["hints"]]


def test_a_person_chosen_recipient_is_kept_when_the_lead_changes(tonight):
    lead = tonight.capture(classification="key", name="Anna", emails=["anna@old.de"])
    draft = tonight.draft_for(lead)
    tonight.api.patch(f"/api/v1/drafts/{draft['id']}", json={"to_email": "purchasing@schmidt.de"})
    tonight.update(lead, emails=["anna@new.de"])
    assert tonight.draft_for(lead)["to_email"] == "purchasing@schmidt.de"
