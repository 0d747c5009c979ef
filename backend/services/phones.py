"""Phone numbers typed by people: kept as typed, and in E.164 where they parse."""
from __future__ import annotations

import phonenumbers

PHONE_TYPES = ("work", "mobile", "fax", "other")  # the card reader's words too
ALIASES = {"tel": "work"}  # what a client may say for a plain office number


def normalise_phones(phones: list[dict], country: str | None) -> list[dict]:
    out = []
    for phone in phones:
        raw = (phone.get("raw") or phone.get("number") or "").strip()
        kind = phone.get("type") or "work"
        out.append({"type": ALIASES.get(kind, kind), "number": to_e164(raw, country) or raw, "raw": raw})
    return out


def to_e164(raw: str, country: str | None) -> str | None:
    try:
        parsed = phonenumbers.parse(raw, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
