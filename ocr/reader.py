"""read_card: one photo (or front and back) in, a CardReading out, within a time budget."""

import os
import time

import cv2
import numpy as np

from . import engine
from .errors import NoCardFound, OCRTimeout
from .loading import load_image
from .parse import ParsedCard, group_lines, parse_card
from .parse.lines import Word
from .preprocess import prepare
from .reading import CardReading, Phone

# A first reading this sure of itself is not worth a second Tesseract run the other way up.
GOOD_ENOUGH_CONF = 70.0
MIN_TEXT_LINES = 2  # a card has a name and at least one contact line
DOUBTFUL_TEXT_LINES, DOUBTFUL_BUDGET = 6, 2.0
# Texture read as text comes out as short words Tesseract itself doubts.
SURE_CONF, MIN_SURE_WORDS = 70.0, 2


def _quality(words: list[Word]) -> float:
    """Confidence-weighted amount of text: more and surer words mean the right way up."""
    return sum(w.conf * sum(ch.isalnum() for ch in w.text) for w in words if w.conf > 30)


def _mean_conf(words: list[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def _ocr(gray: np.ndarray, upright_certain: bool, langs: str, deadline: float) -> list[Word]:
    """Read the card; when the way up is in doubt, also read it turned round and keep the better."""
    words = engine.read_words(gray, langs, deadline - time.monotonic())
    if upright_certain and _mean_conf(words) >= GOOD_ENOUGH_CONF:
        return words
    try:
        other = engine.read_words(cv2.rotate(gray, cv2.ROTATE_180), langs, deadline - time.monotonic())
    except OCRTimeout:
        return words  # keep the first reading rather than nothing
    return other if _quality(other) > _quality(words) else words


def _reading(parsed: ParsedCard, text: str, started: float) -> CardReading:
    return CardReading(
        name=parsed.name, title=parsed.title, company=parsed.company, department=parsed.department,
        emails=parsed.emails, phones=[Phone(p.type, p.number, p.raw) for p in parsed.phones],
        website=parsed.website, address=parsed.address, country=parsed.country,
        confidence=parsed.confidence, text=text, elapsed_ms=round((time.monotonic() - started) * 1000))


def _read_lines(image, langs: str, deadline: float):
    engine.check_langs(langs)
    prepared = prepare(load_image(image))
    if prepared.text_lines < MIN_TEXT_LINES:
        raise NoCardFound("No text found in the photo. Fill the frame with the card and try again.")
    doubtful = not prepared.card_found and prepared.text_lines < DOUBTFUL_TEXT_LINES
    try:
        # A real card reads in well under a second; seconds of work on a photo with no card
        # edge and barely any print rows means Tesseract is chewing on texture.
        budget = min(deadline, time.monotonic() + DOUBTFUL_BUDGET) if doubtful else deadline
        words = _ocr(prepared.gray, prepared.upright_certain, langs, budget)
    except OCRTimeout:
        if doubtful and time.monotonic() < deadline:
            raise NoCardFound("No card found in the photo. Fill the frame with the card and try again.") from None
        raise
    sure = [w for w in words if w.conf >= SURE_CONF and sum(ch.isalnum() for ch in w.text) >= 3]
    if len(sure) < MIN_SURE_WORDS:
        raise NoCardFound("No readable text found in the photo. Fill the frame with the card and try again.")
    return group_lines(words)


def read_card(image: bytes | str | os.PathLike, *, langs: str = "eng", timeout: float = 10.0) -> CardReading:
    """Read one business-card photo. Raises an OCRError subclass with a message fit for the user."""
    return read_card_pages([image], langs=langs, timeout=timeout)


def read_card_pages(images: list, *, langs: str = "eng", timeout: float = 10.0) -> CardReading:
    """Read front and back of a card: fields from the front win, the back fills the gaps.

    `timeout` covers all pages. A back side without text is ignored; the front's errors are not.
    """
    started = time.monotonic()
    deadline = started + timeout
    pages = []
    for n, image in enumerate(images):
        try:
            pages.append(_read_lines(image, langs, deadline))
        except NoCardFound:
            if n == 0:
                raise
    merged = _merge([parse_card(lines, langs) for lines in pages])
    text = "\n\n".join("\n".join(ln.text for ln in lines) for lines in pages)
    return _reading(merged, text, started)


def _merge(parsed: list[ParsedCard]) -> ParsedCard:
    front = parsed[0]
    for back in parsed[1:]:
        for name in ("name", "title", "company", "department", "website", "address", "country"):
            if getattr(front, name) is None and getattr(back, name) is not None:
                setattr(front, name, getattr(back, name))
                if name in back.confidence:
                    front.confidence[name] = back.confidence[name]
        front.emails += [e for e in back.emails if e not in front.emails]
        front.phones += [p for p in back.phones if p.number not in {q.number for q in front.phones}]
    return front
