"""Cards for the pipeline tests, made on the fly by the seeded evaluation generator."""

import io
import random

import pytest
from PIL import Image

from ocr.evalset import make_card
from ocr.evalset.identities import make_identity
from ocr.evalset.render import render_card


def jpeg(img: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=90, **kw)
    return buf.getvalue()


@pytest.fixture(scope="session")
def photo_cards():
    """A handful of phone-photo cards with their ground truth."""
    return [make_card(seed=7, index=i, kind="photo") for i in range(6)]


@pytest.fixture(scope="session")
def flat_card():
    """A clean rendered card (no photo effects) and its identity, English-only for speed."""
    rng = random.Random("pipeline-flat")
    ident = make_identity(rng, "GB")
    return render_card(ident, rng), ident


@pytest.fixture
def on_table():
    """Place a card image on a plain darker table, as a simple photo."""

    def place(card: Image.Image, colour=(90, 70, 50)) -> Image.Image:
        table = Image.new("RGB", (card.width + 400, card.height + 400), colour)
        table.paste(card, (200, 200))
        return table

    return place
