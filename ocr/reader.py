"""read_card: one photo (or front and back) in, a CardReading out, within a time budget."""

import functools
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from . import choose, engine
from .errors import NoCardFound, OCRError, OCRTimeout
from .glyphs import accents_in_name, dot_initials, swap_separator
from .loading import load_image
from .parse import ParsedCard, group_lines, parse_card
from .parse.lines import Line, Word
from .parse.orthography import unaccented
from .parse.reconcile import agree_domains
from .parse.vocab import HAN as HAN_CHARS
from .preprocess import DARK_PRINT, FAINT_PRINT, boxes_meet, darkened, prepare, sharpened, turned_quarter, unread_rows
from .reading import CardReading, Phone

# A first reading this sure of itself is not worth a second Tesseract run the other way up,
# however weak the ascender/descender vote was: on the dev cards upside-down readings
# averaged at most 56 % word confidence and no card read right way up with 70 % was better
# turned round (it was the upright vote's doubt that used to force the second run, on 1 card in 9).
GOOD_ENOUGH_CONF = 70.0
MIN_TEXT_LINES = 2  # a card has a name and a contact line: fewer rows counted, and the photo is doubtful
DOUBTFUL_TEXT_LINES, DOUBTFUL_BUDGET = 6, 2.0
# Texture read as text comes out as short words Tesseract itself doubts.
SURE_CONF, MIN_SURE_WORDS = 70.0, 2
# Contact lines (an email, a website, a phone of 7+ digits) holding a word Tesseract doubts
# are read again on their own: sparse-text mode drops a faint word or the dot in the middle
# of small print ("lars" ... "son@cobalt com"), which a single-block reading of the line keeps.
REREAD_CONF = 70.0
_CONTACT_LINE = re.compile(r"@|www|https?:|\d(?:[\s().-]{0,2}\d){6}|[a-z]\.[a-z]{2,}\b", re.I)
REREAD_HEIGHT, MAX_REREAD_SCALE = 36.0, 2.0  # word-box height the crops are enlarged to
# Lines this many times the body's word height are names or brands in large type.
LARGE_LINE = 1.4
UNACCENTED = {"eng", "chi_sim"}  # language packs whose script has no accents to lose
_HAN = re.compile(f"[{HAN_CHARS}]")
HAN_DOUBT = 0.75  # a large line read as Latin this doubtfully, on a card in Chinese, may be Chinese
HAN_SURE = 50.0  # ...and is when Tesseract, reading Chinese alone, is this sure of it (a logo: 0)
MORE_TEXT, ACCENTS, HAN = "more text", "accents", "han"  # a re-read crop's rules (see `_Look`)
REREAD_GAP = 24  # px of white between the crops stacked into one image (one Tesseract run)
# A reading that doubts one of its fields this much gets a second look: the same image
# binarised by Sauvola's local threshold instead of one global one. The two err on different
# words (the global threshold loses faint print beside bold, the local one blurred bold
# print), and `choose.pick` takes each field from the reading the card backs. On the dev and
# held-out photos three cards in four were looked at twice, for about 1 % more fields right
# (0.7 looked at half the cards for 0.7 %; every card, for nothing more). Re-reading lines of
# the second look as well (`_reread_lines`) gained nothing.
SECOND_LOOK_CONF = 0.8
# A reading still this doubtful after the second look gets a third: the image with its pale
# print darkened (`preprocess.darkened`), Sauvola-binarised. It brings back the grey small
# print a glare or a light typeface left too faint for both (whole contact lines cut short at
# "hugo _marti"). On the dev photos it got 0.4 % more fields right for 0.05 s more a card;
# 0.8 got 0.05-0.1 % more for 0.05 s more still, and the darkened image in place of the
# second look lost fields. Sharpening the darkened image as well (`preprocess.sharpened`)
# brings back blurred letters too ("Brine Medical" for "Brightline Medical"): 0.15 % more.
THIRD_LOOK_CONF = 0.7
# Tried: a fourth look, at the image only sharpened, for a reading as doubtful after the
# third: 0.16 % more fields right on the dev photos, for 0.04 s more a card at the median and
# 0.17 s at the 95th percentile; Tesseract's tiled Otsu (its threshold "1") lost fields.


def _alnum(word: Word) -> int:
    return sum(ch.isalnum() for ch in word.text)


def _quality(words: list[Word]) -> float:
    """Confidence-weighted amount of text: more and surer words mean the right way up."""
    return sum(w.conf * _alnum(w) for w in words if w.conf > 30)


def _mean_conf(words: list[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0


def _ocr(gray: np.ndarray, langs: str, deadline: float) -> tuple[np.ndarray, list[Word]]:
    """Read the card; when the reading is doubtful, also read it turned round and keep the
    better. Returns the image the way up it was read, and its words."""
    words = engine.read_words(gray, langs, deadline - time.monotonic())
    if _mean_conf(words) >= GOOD_ENOUGH_CONF:
        return gray, words
    turned = cv2.rotate(gray, cv2.ROTATE_180)
    try:
        other = engine.read_words(turned, langs, deadline - time.monotonic())
    except OCRTimeout:
        return gray, words  # keep the first reading rather than nothing
    return (turned, other) if _quality(other) > _quality(words) else (gray, words)


def _doubtful(line: Line) -> bool:
    return bool(_CONTACT_LINE.search(line.text)) and any(
        w.conf < REREAD_CONF for w in line.words if _alnum(w))


def _crop_box(gray: np.ndarray, line: Line) -> tuple[int, int, int, int]:
    """The line's band, widened to the whole printed run it belongs to: words the first
    reading lost at either end are inside it, the next column (a wider gap away) is not."""
    h = max(line.height, 8.0)
    pad = int(0.3 * h) + 2
    # Tall boxes (a misread rule or logo glyph) would stretch the band over the next lines.
    body = [w for w in line.words if w.height <= 1.5 * h]
    y0 = max(0, min(w.top for w in body) - pad)
    y1 = min(gray.shape[0], max(w.bottom for w in body) + pad)
    x0, x1 = _run_across((gray[y0:y1] < DARK_PRINT).any(axis=0), line.left, line.right, int(1.5 * h))
    return max(0, x0 - pad), y0, min(gray.shape[1], x1 + pad), y1


def _run_across(ink: np.ndarray, x0: int, x1: int, reach: int) -> tuple[int, int]:
    """Columns x0..x1 widened over the ink (one flag a column) that runs on from them with
    gaps no wider than `reach`."""
    ink = ink.copy()
    ink[x0:x1] = True
    run = np.convolve(ink, np.ones(2 * reach + 1), mode="same") > 0
    while x0 > 0 and run[x0 - 1]:
        x0 -= 1
    while x1 < len(run) and run[x1]:
        x1 += 1
    return x0, x1


@dataclass
class _Look:
    """A crop read a second time, at `scale`, and how its reading is judged."""
    box: tuple[int, int, int, int]
    scale: float
    keep: str  # MORE_TEXT, ACCENTS or HAN: when the new reading replaces the old one
    gamma: float = 1.0  # above 1, the crop's pale print is darkened (`preprocess.darkened`)


def _merge_overlapping(looks: list[_Look]) -> list[_Look]:
    """Overlapping crops become one, so no word is read twice."""
    out: list[_Look] = []
    for look in looks:
        for other in out:
            (x0, y0, x1, y1), box = other.box, look.box
            if boxes_meet(box, other.box):
                other.box = (min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1))
                other.scale, other.gamma = max(other.scale, look.scale), max(other.gamma, look.gamma)
                break
        else:
            out.append(look)
    return out


def _doubtful_contacts(gray: np.ndarray, lines: list[Line]) -> list[_Look]:
    """Contact lines holding a word Tesseract doubts, enlarged: sparse-text mode drops a faint
    word or the dot in the middle of small print, which a single-block reading keeps."""
    return [_Look(_crop_box(gray, ln), _small_print_scale(ln.height), MORE_TEXT) for ln in lines if _doubtful(ln)]


def _small_print_scale(height: float) -> float:
    """How much a crop of print `height` px tall is enlarged to be read again: to
    REREAD_HEIGHT, never shrunk, at most MAX_REREAD_SCALE."""
    return min(max(REREAD_HEIGHT / max(height, 1.0), 1.0), MAX_REREAD_SCALE)


# Print the first reading passed over is most often print too pale for its threshold: its
# crop is darkened twice as hard as the third look's image ("T: +39 02" in a light typeface).
UNREAD_GAMMA = 4.0


def _unread(gray: np.ndarray, words: list[Word]) -> list[_Look]:
    """Rows of print no word was read from, enlarged like doubtful contact lines: Tesseract's
    layout analysis passes over a short line now and then (a country under the city), and
    its threshold over print a light typeface left pale."""
    looks = []
    for x0, y0, x1, y1 in unread_rows(gray, [(w.left, w.top, w.right, w.bottom) for w in words]):
        # The whole line is read again, with what was read of it and its pale ends: "T: +39 0"
        # in a light typeface broke into specks too small to count as letters.
        x0, x1 = _run_across((gray[y0:y1] < FAINT_PRINT).any(axis=0), x0, x1, int(1.5 * (y1 - y0)))
        pad = int(0.3 * (y1 - y0)) + 2
        box = (max(0, x0 - pad), max(0, y0 - pad), min(gray.shape[1], x1 + pad), min(gray.shape[0], y1 + pad))
        looks.append(_Look(box, _small_print_scale(y1 - y0), MORE_TEXT, UNREAD_GAMMA))
    return looks


def _large_lines(gray: np.ndarray, lines: list[Line], langs: str) -> list[_Look]:
    """Lines in large type (names, brands) read again on their own.

    Shrunk, where the languages have accents: Tesseract drops the accents of large letters
    ("Jörg" in a 50 px name comes out "Jorg"). At their own size, where Chinese is read and
    the line came out as doubtful Latin: a two-character name beside a long Chinese company
    name is read as "AA" in the card, and right on its own.
    """
    accents = not set(langs.split("+")) <= UNACCENTED
    han = "chi_sim" in langs.split("+")
    if not (accents or han) or not lines:
        return []
    body = float(np.median([w.height for ln in lines for w in ln.words]))
    looks = []
    for ln in lines:
        if ln.height > LARGE_LINE * body and any(ch.isalpha() for ch in ln.text):
            pad = int(0.3 * ln.height) + 2
            box = (max(0, ln.left - pad), max(0, ln.top - pad), min(gray.shape[1], ln.right + pad),
                   min(gray.shape[0], ln.bottom + pad))
            if han and ln.conf < HAN_DOUBT and not _HAN.search(ln.text):
                # Over the name's whole run of ink: the Latin misreading may have boxed its
                # second character as a line of its own ("Fal" | "OV" for 周涛).
                x0, x1 = _run_across((gray[box[1]:box[3]] < DARK_PRINT).any(axis=0), ln.left, ln.right,
                                     int(0.5 * ln.height))
                box = (max(0, x0 - pad), box[1], min(gray.shape[1], x1 + pad), box[3])
                looks.append(_Look(box, 1.0, HAN))
            elif accents:
                looks.append(_Look(box, REREAD_HEIGHT / ln.height, ACCENTS))
    # Two large lines close together would share a crop, and their words would come back
    # interleaved: such lines keep their first reading.
    return [look for look in looks if not any(boxes_meet(look.box, other.box) for other in looks if other is not look)]


def _reread(gray: np.ndarray, words: list[Word], looks: list[_Look], langs: str, deadline: float) -> list[Word]:
    """Read the crops again, scaled and stacked into one image (one Tesseract run), and keep
    each crop's new reading where its look's rule says it is better."""
    if not looks:
        return words
    try:
        readings = _read_stacked(gray, looks, langs, deadline)
    except OCRTimeout:
        return words
    for look, new in zip(looks, readings):
        x0, y0, x1, y1 = look.box
        inside = [w for w in words if x0 <= w.left + w.width / 2 < x1 and y0 <= w.top + w.height / 2 < y1]
        if look.keep == ACCENTS:
            old_text, new_text = " ".join(w.text for w in inside), " ".join(w.text for w in new)
            better = new_text != old_text and unaccented(new_text) == old_text
        elif look.keep == HAN:
            new = _surer_han(new, gray, look, deadline)
            better = _all_han(new) and _mean_conf(new) >= HAN_SURE
        else:
            # Never trade text for confidence: a crop read short has lost a label or a whole line.
            better = sum(map(_alnum, new)) >= sum(map(_alnum, inside)) and _quality(new) > _quality(inside)
        if better:
            words = [w for w in words if w not in inside] + new
    return words


def _all_han(words: list[Word]) -> bool:
    text = " ".join(w.text for w in words)
    return bool(_HAN.search(text)) and not re.search(r"[^\W\d_]", _HAN.sub("", text))


def _surer_han(stacked: list[Word], gray: np.ndarray, look: _Look, deadline: float) -> list[Word]:
    """The Chinese reading of a large line, from the stacked strip or from its crop alone,
    whichever Tesseract is surer of: the white margin of the strip makes it read a name's
    first character wrong about as often as its absence the last ("纹艳" for "张艳")."""
    x0, y0, x1, y1 = look.box
    try:
        alone = [Word(w.text, x0 + w.left, y0 + w.top, w.width, w.height, w.conf, ("alone",) + w.line_key)
                 for w in engine.read_words(gray[y0:y1, x0:x1], "chi_sim", deadline - time.monotonic(),
                                            engine.SINGLE_BLOCK)]
    except OCRTimeout:
        return stacked
    if _all_han(alone) and (not _all_han(stacked) or _mean_conf(alone) > _mean_conf(stacked)):
        return alone
    return stacked


def _read_stacked(gray: np.ndarray, looks: list[_Look], langs: str, deadline: float) -> list[list[Word]]:
    """Each crop's words, in the whole image's coordinates, from one Tesseract run over the
    crops scaled and stacked with white between them."""
    crops, offsets, y = [], [], REREAD_GAP
    for look in looks:
        x0, y0, x1, y1 = look.box
        crop = gray[y0:y1, x0:x1] if look.gamma == 1.0 else darkened(gray[y0:y1, x0:x1], look.gamma)
        crop = cv2.resize(crop, None, fx=look.scale, fy=look.scale,
                          interpolation=cv2.INTER_CUBIC if look.scale > 1 else cv2.INTER_AREA)
        crops.append(crop)
        offsets.append((y, y + crop.shape[0]))
        y += crop.shape[0] + REREAD_GAP
    strip = np.full((y, max(c.shape[1] for c in crops) + 2 * REREAD_GAP), 255, np.uint8)
    for crop, (top, bottom) in zip(crops, offsets):
        strip[top:bottom, REREAD_GAP:REREAD_GAP + crop.shape[1]] = crop
    again = engine.read_words(strip, langs, deadline - time.monotonic(), engine.SINGLE_BLOCK)
    readings = []
    for i, (look, (top, bottom)) in enumerate(zip(looks, offsets)):
        (x0, y0, x1, y1), k = look.box, look.scale
        readings.append([Word(w.text, x0 + round((w.left - REREAD_GAP) / k), y0 + round((w.top - top) / k),
                              round(w.width / k), round(w.height / k), w.conf, (look.keep, i) + w.line_key)
                         for w in again if top <= w.top + w.height / 2 < bottom])
    return readings


def _reading(parsed: ParsedCard, text: str, started: float) -> CardReading:
    return CardReading(
        name=parsed.name, title=parsed.title, company=parsed.company, department=parsed.department,
        emails=parsed.emails, phones=[Phone(p.type, p.number, p.raw) for p in parsed.phones],
        website=parsed.website, address=parsed.address, country=parsed.country,
        confidence=parsed.confidence, text=text, elapsed_ms=round((time.monotonic() - started) * 1000))


def _reread_lines(gray: np.ndarray, words: list[Word], langs: str, deadline: float) -> list[Word]:
    """The doubtful contact lines, then the large lines, read again on their own."""
    # Two runs, not one strip: Tesseract reads a block's lines differently beside other sizes.
    looks = _doubtful_contacts(gray, group_lines(words)) + _unread(gray, words)
    words = _reread(gray, words, _merge_overlapping(looks), langs, deadline)
    large = _large_lines(gray, group_lines(words), langs)
    words = _reread(gray, words, [look for look in large if look.keep == ACCENTS], langs, deadline)
    # In Chinese alone: with English beside it, Tesseract reads the name "王明" as "AA" again.
    return _reread(gray, words, [look for look in large if look.keep == HAN], "chi_sim", deadline)


def _doubts(parsed: ParsedCard, conf: float = SECOND_LOOK_CONF) -> bool:
    """A field read with less than `conf`, or no email or no phone at all: nearly every card
    has both, and a reading without one has most likely lost it to faint print."""
    return (not parsed.emails or not parsed.phones
            or any(parsed.confidence.get(f, 1.0) < conf for f in choose.FIELDS if getattr(parsed, f)))


def _parse(lines: list[Line], words: list[Word], gray: np.ndarray, langs: str,
           read_again: Callable[[tuple[int, int, int, int]], str]) -> ParsedCard:
    return _marks_from_print(parse_card(lines, langs), words, gray, langs, read_again)


def _marks_from_print(parsed: ParsedCard, words: list[Word], gray: np.ndarray, langs: str,
                      read_again: Callable[[tuple[int, int, int, int]], str]) -> ParsedCard:
    parsed.emails = swap_separator(dot_initials(parsed.emails, parsed.name, words, gray, read_again), words, gray)
    parsed.name = accents_in_name(parsed.name, words, gray, langs)
    return parsed


# Enlarged twice, a word of small print shows Tesseract the marks it lost among the card's
# other lines ("r.nair" read "rnair"); three times blurs them again.
WORD_REREAD_SCALE = 2.0


def _read_word_again(gray: np.ndarray, box: tuple[int, int, int, int], deadline: float) -> str:
    """The text in `box` (left, top, width, height) read alone as one line, enlarged; in
    English, since what is read this way is an address, plain ASCII."""
    x, y, w, h = box
    pad = h // 2
    crop = gray[max(0, y - pad):y + h + pad, max(0, x - pad):x + w + pad]
    crop = cv2.resize(crop, None, fx=WORD_REREAD_SCALE, fy=WORD_REREAD_SCALE, interpolation=cv2.INTER_CUBIC)
    try:
        return " ".join(w.text for w in engine.read_words(crop, "eng", deadline - time.monotonic(), engine.SINGLE_LINE))
    except OCRError:
        return ""


def _first_reading(gray: np.ndarray, doubtful: bool, langs: str, deadline: float) -> tuple[np.ndarray, list[Word]]:
    """The words of a prepared photo, its doubtful and large lines read again; a `doubtful`
    photo gets a short budget, and running out of it means there is no card."""
    try:
        # A real card reads in well under a second; seconds of work on a photo with no card
        # edge and barely any print rows means Tesseract is chewing on texture.
        budget = min(deadline, time.monotonic() + DOUBTFUL_BUDGET) if doubtful else deadline
        gray, words = _ocr(gray, langs, budget)
    except OCRTimeout:
        if doubtful and time.monotonic() < deadline:
            raise NoCardFound("No card found in the photo. Fill the frame with the card and try again.") from None
        raise
    return gray, _reread_lines(gray, words, langs, deadline)


def _readable(words: list[Word]) -> bool:
    return sum(w.conf >= SURE_CONF and _alnum(w) >= 3 for w in words) >= MIN_SURE_WORDS


def _looks(gray: np.ndarray):
    """The images a doubtful reading is looked at again, each with the doubt that calls for it
    and whether it may add accents: a retouched image adds none, its specks over a letter read
    as one ("Bakkér")."""
    yield gray, SECOND_LOOK_CONF, True
    yield sharpened(darkened(gray)), THIRD_LOOK_CONF, False


def _read_page(image, langs: str, deadline: float) -> tuple[ParsedCard, list[Line]]:
    """The fields of one side of a card, and the lines read from it."""
    engine.check_langs(langs)
    prepared = prepare(load_image(image))
    # Rows of print are counted on blobs, which a dark card on a dark table or a small card in
    # a large photo can hide: too few rows is doubt, not proof that there is no card.
    doubtful = prepared.text_lines < MIN_TEXT_LINES or (
        not prepared.card_found and prepared.text_lines < DOUBTFUL_TEXT_LINES)
    gray, words = _first_reading(prepared.gray, doubtful, langs, deadline)
    if not _readable(words):
        # Print rows may run the other way than they were taken to (a dark card on a dark
        # table; a card of a few short lines, half of it lost in a glare): the photo is read
        # turned a quarter before giving up.
        gray, words = _first_reading(turned_quarter(prepared.gray), doubtful, langs, deadline)
    if not _readable(words):
        raise NoCardFound("No readable text found in the photo. Fill the frame with the card and try again.")
    lines = group_lines(words)
    # Each look settles the address's marks again, mostly on the same box: read it once.
    read_again = functools.cache(functools.partial(_read_word_again, gray, deadline=deadline))
    parsed = _parse(lines, words, gray, langs, read_again)
    for image, conf, accents in _looks(gray):
        if not _doubts(parsed, conf):
            break
        try:
            again = engine.read_words(image, langs, deadline - time.monotonic(), threshold=engine.SAUVOLA)
        except OCRError:
            break  # out of time, or the worker died: the readings so far stand
        parsed = choose.pick(parsed, _parse(group_lines(again), again, gray, langs, read_again), accents)
        # Each field won on its own: the address from one reading, the website from the other.
        parsed.emails, parsed.website = agree_domains(parsed.emails, parsed.website, parsed.company)
        # The address may come from one reading and the name that tells its initial from the
        # other ("lschafer@" beside "Leonie Schifer"): the print is looked at once more.
        parsed = _marks_from_print(parsed, words + again, gray, langs, read_again)
    return parsed, lines


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
            pages.append(_read_page(image, langs, deadline))
        except NoCardFound:
            if n == 0:
                raise
    merged = _merge([parsed for parsed, _ in pages])
    text = "\n\n".join("\n".join(ln.text for ln in lines) for _, lines in pages)
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
