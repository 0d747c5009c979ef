"""Labelled evaluation cards: rendered, then photographed or scanned, with ground truth.

Kinds: "photo" and "flat" draw generated identities with Pillow; "html-photo" and "html-flat"
use the hand-written cards of html_cards (Chromium-rendered), cycling through them.
"""

import json
import random
from pathlib import Path

from .html_cards import render_html_card
from .identities import make_identity
from .photo import photograph, scan
from .render import render_card

KINDS = ("photo", "flat", "html-photo", "html-flat")


def _truth(ident) -> dict:
    return {
        "name": ident.han_name or ident.name,
        "title": ident.han_title or ident.title,
        "company": ident.han_company or ident.company,
        "department": ident.department,
        "emails": [ident.email],
        "phones": [{k: p[k] for k in ("type", "number", "raw")} for p in ident.phones],
        "website": ident.website,
        "address": ident.address,
        "country": ident.country,
        "langs": ident.langs,
    }


def make_card(seed: int, index: int, kind: str) -> tuple[bytes, dict]:
    """One card, reproducible from (seed, index, kind) alone."""
    rng = random.Random(f"{seed}:{index}:{kind}")
    if kind.startswith("html"):
        card, truth = render_html_card(index)
    else:
        ident = make_identity(rng)
        card, truth = render_card(ident, rng), _truth(ident)
    data, capture = (scan if kind.endswith("flat") else photograph)(card, rng)
    return data, {**truth, "kind": kind, "capture": capture}


def write_set(out: Path, count: int, seed: int, kind: str) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        data, truth = make_card(seed, i, kind)
        img = out / f"{kind}_{seed}_{i:04d}.jpg"
        img.write_bytes(data)
        img.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
        written.append(img)
    return written
