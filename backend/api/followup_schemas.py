"""Shapes of the follow-up API: drafts for the evening review, the outbox, rule settings."""
from __future__ import annotations

import re

import marshmallow as ma
from marshmallow import fields as f
from marshmallow import validate as v
from webargs.fields import DelimitedList

from backend.api.schemas import _known_zone
from backend.models.followup import DRAFT_KINDS, DRAFT_STATUSES, OUTBOX_STATUSES
from backend.services.followup.rules import NURTURE_REASONS

HHMM = v.Regexp(r"^([01]\d|2[0-3]):[0-5]\d$", error="Use HH:MM, e.g. 20:30.")


class DayQuery(ma.Schema):
    day = f.Date(metadata={"description": "local day; default today"})
    tz = f.String(validate=_known_zone, metadata={"description": "default: the running show's zone"})


class DraftQuery(DayQuery):
    status = DelimitedList(f.String(validate=v.OneOf(DRAFT_STATUSES)),
                           metadata={"description": "comma-separated; default draft,held,approved"})


class Hint(ma.Schema):
    code = f.String()
    message = f.String()


class Attachment(ma.Schema):
    filename = f.String()
    content_type = f.String()
    url = f.String()


class InlinePhoto(ma.Schema):
    cid = f.String()
    url = f.String()


class LeadBrief(ma.Schema):
    uuid = f.String()
    name = f.String()
    company = f.String()
    classification = f.String()
    status = f.String()
    country = f.String(allow_none=True)


class OutboxOut(ma.Schema):
    id = f.Integer()
    draft_id = f.Integer()
    lead = f.Nested(LeadBrief)
    message_id = f.String()
    from_email = f.String()
    to_email = f.String()
    subject = f.String()
    status = f.String(validate=v.OneOf(OUTBOX_STATUSES))
    due_at = f.String()
    sent_at = f.String(allow_none=True)
    attempts = f.Integer()
    last_error = f.String(allow_none=True)


class DraftOut(ma.Schema):
    id = f.Integer()
    lead = f.Nested(LeadBrief)
    kind = f.String(validate=v.OneOf(DRAFT_KINDS))
    step = f.Integer()
    reason = f.String(allow_none=True)
    status = f.String(validate=v.OneOf(DRAFT_STATUSES))
    status_reason = f.String(allow_none=True)
    due_at = f.String()
    due_local = f.String(metadata={"description": "due_at in `zone`"})
    zone = f.String()
    to_email = f.String(allow_none=True)
    subject = f.String()
    body_text = f.String()
    body_html = f.String()
    preview_url = f.String(metadata={"description": "the mail as it will go, inline photos resolvable"})
    inline = f.List(f.Nested(InlinePhoto))
    attachments = f.List(f.Nested(Attachment))
    hints = f.List(f.Nested(Hint))
    edited = f.Boolean()
    created_at = f.String()
    approved_at = f.String(allow_none=True)
    outbox = f.Nested(OutboxOut, allow_none=True)


class DraftList(ma.Schema):
    day = f.Date()
    tz = f.String()
    drafts = f.List(f.Nested(DraftOut))


class DraftPatch(ma.Schema):
    subject = f.String(validate=v.Length(min=1, max=300))
    body_text = f.String(validate=v.Length(min=1, max=50_000))
    body_html = f.String(validate=v.Length(min=1, max=200_000))
    to_email = f.Email()


class Reschedule(ma.Schema):
    due_at = f.AwareDateTime(required=True)


class ApproveAll(ma.Schema):
    ids = f.List(f.Integer(), required=True, validate=v.Length(min=1, max=500))


class ApproveAllOut(ma.Schema):
    approved = f.List(f.Nested(DraftOut))
    skipped = f.Dict(keys=f.String(), values=f.String(), metadata={"description": "draft id -> why not"})


class OutboxList(ma.Schema):
    day = f.Date()
    tz = f.String()
    messages = f.List(f.Nested(OutboxOut))


class Resolve(ma.Schema):
    outcome = f.String(required=True, validate=v.OneOf(("sent", "resend", "cancel")))


class AutoApprove(ma.Schema):
    key = f.Boolean()
    potential = f.Boolean()
    browsing = f.Boolean()
    nurture = f.Boolean()


class Rules(ma.Schema):
    """Every rule is optional in a PATCH; null removes an override."""

    timezone = f.String(allow_none=True, validate=_known_zone)
    key_send_time = f.String(allow_none=True, validate=HHMM)
    key_late_delay_minutes = f.Integer(allow_none=True, validate=v.Range(min=0, max=24 * 60))
    quiet_hours = f.List(f.String(validate=HHMM), allow_none=True, validate=v.Length(equal=2))
    quote_days = f.Integer(allow_none=True, validate=v.Range(min=0, max=60))
    related_models = f.Integer(allow_none=True, validate=v.Range(min=0, max=20))
    potential_days_after_show = f.Integer(allow_none=True, validate=v.Range(min=0, max=60))
    potential_send_time = f.String(allow_none=True, validate=HHMM)
    browsing_thank_you = f.Boolean(allow_none=True)
    browsing_days_after_show = f.Integer(allow_none=True, validate=v.Range(min=0, max=60))
    nurture = f.Boolean(allow_none=True)
    nurture_days_after_show = f.List(f.Integer(validate=v.Range(min=1, max=730)), allow_none=True,
                                     validate=v.Length(max=24))
    nurture_reasons = f.List(f.String(validate=v.OneOf(NURTURE_REASONS)), allow_none=True,
                             validate=v.Length(min=1))
    nurture_draft_days_ahead = f.Integer(allow_none=True, validate=v.Range(min=0, max=30))
    min_days_between_mails = f.Integer(allow_none=True, validate=v.Range(min=0, max=365))
    auto_approve = f.Nested(AutoApprove, allow_none=True)
    read_receipt = f.Boolean(allow_none=True)
    from_name = f.String(allow_none=True, validate=v.Length(max=100))
    from_email = f.Email(allow_none=True)

    @ma.validates("nurture_days_after_show")
    def ascending(self, value, **kwargs):
        if value and value != sorted(set(value)):
            raise ma.ValidationError("Give the days in ascending order, each once.")


class TemplateParts(ma.Schema):
    subject = f.String(allow_none=True, validate=v.Length(max=2000))
    text = f.String(allow_none=True, validate=v.Length(max=50_000))
    html = f.String(allow_none=True, validate=v.Length(max=100_000))


class Templates(ma.Schema):
    key = f.Nested(TemplateParts)
    potential = f.Nested(TemplateParts)
    browsing = f.Nested(TemplateParts)
    nurture = f.Nested(TemplateParts)


def _smtp_url(value: str) -> None:
    if not re.match(r"^smtps?://[^/\s]+$", value.split("?")[0]):
        raise ma.ValidationError("Use smtp://user:pass@host:587?starttls=1 or smtps://user:pass@host:465.")


class SettingsQuery(ma.Schema):
    show = f.Integer(metadata={"description": "a show's overrides instead of the organisation's"})


class SettingsPatch(ma.Schema):
    show_id = f.Integer(allow_none=True, load_default=None)
    rules = f.Nested(Rules)
    templates = f.Nested(Templates)
    smtp_url = f.String(allow_none=True, validate=_smtp_url,
                        metadata={"description": "organisation only; null goes back to the server's"})


class SmtpOut(ma.Schema):
    source = f.String(metadata={"description": "organization, server or files (.eml in the data dir)"})
    server = f.String(allow_none=True, metadata={"description": "host:port, never the password"})


class SettingsOut(ma.Schema):
    show_id = f.Integer(allow_none=True)
    rules = f.Dict(metadata={"description": "in effect for this scope"})
    overrides = f.Dict(metadata={"description": "what this scope itself changes"})
    templates = f.Dict(metadata={"description": "{kind: {subject, text, html}} in effect"})
    smtp = f.Nested(SmtpOut)

