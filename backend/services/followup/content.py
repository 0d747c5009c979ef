"""Mail text from Jinja templates the organisation may edit, rendered in a sandbox.

Templates are user input: the sandbox stops them reaching Python internals, and
the HTML part autoescapes, so a name or note typed at the booth cannot become markup.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from backend.services.errors import Invalid

KINDS = ("key", "potential", "browsing", "nurture")
PARTS = {"subject": "subject", "text": "txt", "html": "html"}

_text_env = SandboxedEnvironment(autoescape=False, trim_blocks=False)
_html_env = SandboxedEnvironment(autoescape=True)


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


@functools.cache
def default_source(kind: str, part: str) -> str:
    return resources.files(__package__).joinpath("templates", f"{kind}.{PARTS[part]}").read_text()


@functools.lru_cache(maxsize=256)
def _compiled(part: str, source: str):
    return (_html_env if part == "html" else _text_env).from_string(source)


def render(kind: str, context: dict, overrides: dict | None = None) -> Rendered:
    """Render the three parts; an organisation's template replaces the default part by part."""
    mine = (overrides or {}).get(kind, {})
    out = {}
    for part in PARTS:
        source = mine.get(part) or default_source(kind, part)
        try:
            out[part] = _compiled(part, source).render(context)
        except TemplateError as exc:
            raise Invalid(f"The {kind} {part} template does not render: {exc}",
                          {"kind": kind, "part": part}) from exc
    return Rendered(one_line(out["subject"])[:300], out["text"].strip() + "\n", out["html"].strip())


def check(templates: dict, sample: dict) -> None:
    """Refuse templates that do not compile or render before they are stored."""
    for kind, parts in templates.items():
        if kind not in KINDS:
            raise Invalid(f"No mail kind {kind!r}.", {"kinds": list(KINDS)})
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise Invalid("Templates have a subject, text and html part.", {"unknown": sorted(unknown)})
        try:
            for part, source in parts.items():
                if source is not None:
                    _compiled(part, source)
        except TemplateError as exc:
            raise Invalid(f"The {kind} template has an error: {exc}", {"kind": kind}) from exc
        render(kind, sample, templates)


def one_line(value: str) -> str:
    """Header-safe: every run of whitespace, line breaks included, becomes one space."""
    return " ".join(value.split())


def html_from_text(text: str, photo_cids: list[str]) -> str:
    """The HTML part for a body a person rewrote as plain text; their photos stay inline."""
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    html = "\n".join(Markup("<p>{}</p>").format(Markup("<br>\n").join(escape(p).split("\n")))
                     for p in paragraphs)
    photos = "\n".join(Markup('<p><img src="cid:{}" alt="At our booth" style="max-width:100%;height:auto"></p>')
                       .format(cid) for cid in photo_cids)
    return "\n".join(x for x in (html, photos) if x)


_SAMPLE_PRODUCT = {"id": 1, "model": "6204-2RS", "name": "Deep groove ball bearing", "category": "Ball bearings",
                   "specification": "20x47x14 mm", "packaging": "100 pcs per carton", "standard": "ISO 15",
                   "moq": 1000, "price": "USD 0.62", "is_new": True}
# What every template may use; templates are test-rendered against it before they are stored.
SAMPLE = {
    "lead": {"name": "Anna Schmidt", "greeting": "Anna Schmidt", "company": "Schmidt GmbH", "title": "Buyer",
             "country": "DE", "notes": ["Wants 20k pcs/yr"]},
    "org": {"name": "Example Bearings", "phone": "+86 635 000", "email": "sales@example.cn",
            "website": "https://example.cn", "address": "Linqing"},
    "show": {"name": "Agritechnica", "booth": "16B21", "city": "Hanover", "venue": "Messe",
             "starts_on": "2026-11-08", "ends_on": "2026-11-14"},
    "sender": {"name": "Li Wei"}, "met_on": "2026-11-10", "chosen": [_SAMPLE_PRODUCT],
    "related": [_SAMPLE_PRODUCT], "suggested": [_SAMPLE_PRODUCT], "new_products": [_SAMPLE_PRODUCT],
    "categories": ["Ball bearings"], "strengths": ["ISO 9001"], "quote_ready": True, "quote_date": "2026-11-12",
    "workbook": "Quotation_Schmidt-GmbH_2026-11-10.xlsx", "photos": [{"cid": "booth-photo-1@boothmate"}],
    "reason": "new_product", "changed": [_SAMPLE_PRODUCT], "holiday": {"date": "2026-12-25", "name": "Christmas"},
    "has_quote": True, "offer_until": "2026-12-10", "slot_month": "January 2027",
}
