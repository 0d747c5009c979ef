"""Request and response shapes: they validate input and are the OpenAPI document."""
from __future__ import annotations

import functools
import zoneinfo

import marshmallow as ma
from marshmallow import fields as f
from marshmallow import validate as v

from backend.models.lead import CLASSIFICATIONS, INTENTS, MEDIA_KINDS, READING_STATUSES, STATUSES
from backend.services.phones import ALIASES, PHONE_TYPES


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _known_zone(name: str) -> None:
    if name not in _zones():
        raise ma.ValidationError("Not an IANA time zone, e.g. Europe/Berlin.")


def Text(max_length: int, *, min_length: int | None = None, **kw) -> f.String:
    return f.String(validate=v.Length(min=min_length, max=max_length), **kw)


class Login(ma.Schema):
    email = f.String(required=True, validate=v.Length(min=3, max=254))
    password = f.String(required=True, validate=v.Length(min=1, max=200))


class UserOut(ma.Schema):
    id = f.Integer()
    email = f.String()
    name = f.String()
    role = f.String()


class OrgOut(ma.Schema):
    id = f.Integer()
    name = f.String()
    address = f.String(allow_none=True)
    phone = f.String(allow_none=True)
    email = f.String(allow_none=True)
    website = f.String(allow_none=True)
    selling_points = f.List(f.String())


class OrgPatch(ma.Schema):
    name = Text(200, min_length=1)
    address = Text(1000, allow_none=True)
    phone = Text(40, allow_none=True)
    email = f.Email(allow_none=True)
    website = Text(300, allow_none=True)
    selling_points = f.List(Text(300), validate=v.Length(max=12))


class Me(ma.Schema):
    user = f.Nested(UserOut)
    organization = f.Nested(OrgOut)
    csrf_token = f.String()


class CsrfOut(ma.Schema):
    csrf_token = f.String()


class NewTeammate(ma.Schema):
    email = f.Email(required=True)
    password = f.String(required=True, validate=v.Length(min=8, max=200))
    name = Text(200, load_default="")
    role = f.String(load_default="member", validate=v.OneOf(("admin", "member")))


class Phone(ma.Schema):
    type = f.String(load_default="work", validate=v.OneOf(PHONE_TYPES + tuple(ALIASES)))
    number = Text(40, load_default="")
    raw = Text(60, load_default="")


class NoteIn(ma.Schema):
    id = f.String(required=True, validate=v.Length(min=1, max=64))
    text = f.String(required=True, validate=v.Length(min=1, max=10_000))
    at = f.AwareDateTime(load_default=None)


class NoteOut(ma.Schema):
    id = f.String()
    text = f.String()
    at = f.String()
    by = f.Integer(allow_none=True)


class Interest(ma.Schema):
    product_id = f.Integer(required=True)
    quantity = f.Integer(load_default=None, allow_none=True, validate=v.Range(min=0))
    target_price = f.Float(load_default=None, allow_none=True, validate=v.Range(min=0))


class LeadIn(ma.Schema):
    """PUT body: send the fields you have; `version` is the one you last saw."""

    version = f.Integer(validate=v.Range(min=0))
    client_updated_at = f.AwareDateTime()
    show_id = f.Integer(allow_none=True)
    captured_at = f.AwareDateTime()
    classification = f.String(validate=v.OneOf(CLASSIFICATIONS))
    intent = f.String(allow_none=True, validate=v.OneOf(INTENTS))
    name = Text(200)
    title = Text(200)
    company = Text(200)
    department = Text(200)
    emails = f.List(f.Email(), validate=v.Length(max=10))
    phones = f.List(f.Nested(Phone), validate=v.Length(max=10))
    website = Text(300)
    address = Text(1000)
    country = f.String(allow_none=True, validate=v.Regexp(r"^[A-Z]{2}$", error="Use an ISO 3166 alpha-2 code, e.g. DE."))
    notes = f.List(f.Nested(NoteIn), validate=v.Length(max=200))
    products = f.List(f.Nested(Interest), validate=v.Length(max=100))
    status = f.String(validate=v.OneOf(STATUSES))

    @ma.post_load
    def lowercase_emails(self, data, **kwargs):
        if "emails" in data:
            data["emails"] = [e.lower() for e in data["emails"]]
        return data


class MediaOut(ma.Schema):
    id = f.String(metadata={"description": "the client's media_id"})
    kind = f.String(validate=v.OneOf(MEDIA_KINDS))
    content_type = f.String()
    size = f.Integer()
    width = f.Integer()
    height = f.Integer()
    sha256 = f.String()
    url = f.String()


class ReadingOut(ma.Schema):
    status = f.String(allow_none=True, validate=v.OneOf(READING_STATUSES))
    fields = f.Dict(allow_none=True)
    confidence = f.Dict(allow_none=True)
    text = f.String(allow_none=True)
    error = f.String(allow_none=True)


class LeadOut(ma.Schema):
    uuid = f.String()
    show_id = f.Integer(allow_none=True)
    captured_by = f.Integer(allow_none=True)
    captured_at = f.String()
    classification = f.String()
    intent = f.String(allow_none=True)
    name = f.String()
    title = f.String()
    company = f.String()
    department = f.String()
    emails = f.List(f.String())
    phones = f.List(f.Nested(Phone))
    website = f.String()
    address = f.String()
    country = f.String(allow_none=True)
    notes = f.List(f.Nested(NoteOut))
    products = f.List(f.Nested(Interest))
    status = f.String()
    version = f.Integer()
    updated_at = f.String()
    deleted = f.Boolean()
    media = f.List(f.Nested(MediaOut))
    reading = f.Nested(ReadingOut)


class MergeOut(ma.Schema):
    overwritten = f.List(f.String(), metadata={"description": "changed on both sides; yours won (newer)"})
    kept = f.List(f.String(), metadata={"description": "changed on both sides; the server's newer value stayed"})
    notes_added = f.Integer()


class LeadSaved(ma.Schema):
    lead = f.Nested(LeadOut)
    created = f.Boolean()
    merge = f.Nested(MergeOut)


class LeadQuery(ma.Schema):
    show = f.Integer()
    day = f.Date()
    tz = f.String(load_default="UTC", validate=_known_zone)
    classification = f.String(validate=v.OneOf(CLASSIFICATIONS))
    q = f.String(validate=v.Length(max=100))
    limit = f.Integer(load_default=200, validate=v.Range(min=1, max=500))
    offset = f.Integer(load_default=0, validate=v.Range(min=0))


class LeadList(ma.Schema):
    leads = f.List(f.Nested(LeadOut))


class MediaForm(ma.Schema):
    kind = f.String(required=True, validate=v.OneOf(MEDIA_KINDS))
    media_id = f.String(required=True, validate=v.Length(min=1, max=64))


class MediaFile(ma.Schema):
    file = f.Raw(required=True, metadata={"type": "string", "format": "binary"})


class MediaSaved(ma.Schema):
    media = f.Nested(MediaOut)
    created = f.Boolean()
    lead = f.Nested(LeadOut)


class ShowIn(ma.Schema):
    name = Text(200, min_length=1, required=True)
    city = Text(120, load_default="")
    country = f.String(allow_none=True, load_default=None, validate=v.Regexp(r"^[A-Z]{2}$"))
    venue = Text(200, load_default="")
    booth = Text(40, load_default="")
    starts_on = f.Date(required=True)
    ends_on = f.Date(required=True)
    timezone = f.String(required=True, validate=_known_zone)

    @ma.validates_schema
    def dates_in_order(self, data, **kwargs):
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            raise ma.ValidationError("The show cannot end before it starts.", "ends_on")


class ShowPatch(ShowIn):
    """Any subset of the fields."""

    def __init__(self, **kwargs):
        super().__init__(partial=True, **kwargs)


class ShowOut(ma.Schema):
    id = f.Integer()
    name = f.String()
    city = f.String()
    country = f.String(allow_none=True)
    venue = f.String()
    booth = f.String()
    starts_on = f.Date()
    ends_on = f.Date()
    timezone = f.String()


class ShowList(ma.Schema):
    shows = f.List(f.Nested(ShowOut))
    current = f.Integer(allow_none=True, metadata={"description": "the show running today, if any"})


class ProductIn(ma.Schema):
    model = Text(80, min_length=1, required=True)
    name = Text(200, min_length=1, required=True)
    category = Text(120, load_default="")
    specification = Text(5000, load_default="")
    unit_price = f.Decimal(allow_none=True, load_default=None, places=2, validate=v.Range(min=0))
    currency = f.String(load_default="USD", validate=v.Regexp(r"^[A-Z]{3}$"))
    moq = f.Integer(allow_none=True, load_default=None, validate=v.Range(min=0))
    packaging = Text(200, load_default="")
    standard = Text(120, load_default="")
    is_new = f.Boolean(load_default=False)


class ProductPatch(ProductIn):
    """Any subset of the fields."""

    def __init__(self, **kwargs):
        super().__init__(partial=True, **kwargs)


class ProductOut(ma.Schema):
    id = f.Integer()
    model = f.String()
    name = f.String()
    category = f.String()
    specification = f.String()
    unit_price = f.Decimal(as_string=True, allow_none=True)
    currency = f.String()
    moq = f.Integer(allow_none=True)
    packaging = f.String()
    standard = f.String()
    is_new = f.Boolean()


class ProductList(ma.Schema):
    products = f.List(f.Nested(ProductOut))


class ChangesQuery(ma.Schema):
    since = f.Integer(load_default=0, validate=v.Range(min=0))
    limit = f.Integer(load_default=500, validate=v.Range(min=1, max=1000))


class Changes(ma.Schema):
    cursor = f.Integer(metadata={"description": "pass as `since` next time"})
    has_more = f.Boolean()
    leads = f.List(f.Nested(LeadOut))
    shows = f.List(f.Nested(ShowOut))
    products = f.List(f.Nested(ProductOut))


class Team(ma.Schema):
    users = f.List(f.Nested(UserOut))
