"""The small marks of an email ("r.nair", "maja.johansson"), seen in the pixels.

Tesseract drops the dot of small print when it nestles against the letter before it
("r.nair" is read "rnair") and takes one mark for another ("maja_johansson", "g-oliveira").
Whether the card says "rnair" or "r.nair" no spelling rule can tell; the print can: a dot is
a blob of its own on the baseline, an underscore a flat one below it.
"""

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

from .parse.lines import Word
from .parse.people import fold

# Sizes in x-heights (the height of the band between baseline and x-height).
DOT_MAX, DOT_MIN = 0.45, 0.12  # a dot's height and width
ON_BASELINE = 0.3  # a dot's bottom within this of the baseline
FLAT, WIDE = 0.4, 0.35  # an underscore is no taller than FLAT, at least WIDE wide, and flat
MIN_XHEIGHT = 6  # px: smaller print cannot tell a dot from a speck
FAINT_INK = 20  # grey levels below white: a blurred dot may be no darker than this
DESCENDER = 0.3  # a letter ending further than this below the line's band reaches below its baseline
MARK_SPLIT = 0.05  # a dot's ink centres above the baseline by more than this, an underscore's below it


@dataclass
class _Print:
    blobs: list[tuple[int, int, int, int]]  # x, y, w, h, left to right
    letters: list[tuple[int, int, int, int]]
    xh: float
    baseline: float
    gray: np.ndarray  # the crop the blobs were found in
    left: int  # the crop's left edge in the whole image

    def is_dot(self, b) -> bool:
        _, y, w, h = b
        # A dot stands on the baseline; a blurred underscore as small hangs below it.
        return (DOT_MIN * self.xh <= h <= DOT_MAX * self.xh and DOT_MIN * self.xh <= w <= DOT_MAX * self.xh
                and abs(y + h - self.baseline) <= ON_BASELINE * self.xh and y + h / 2 < self.baseline)

    def is_underscore(self, b) -> bool:
        _, y, w, h = b
        return h <= FLAT * self.xh and w >= max(WIDE * self.xh, 1.5 * h) and y >= self.baseline - 0.15 * self.xh


def _print_of(gray: np.ndarray, box: tuple[int, int, int, int], min_letters: int = 3) -> _Print | None:
    """The blobs of ink of the word in `box` (left, top, width, height of `gray`)."""
    left, top, width, height = box
    pad = max(2, height // 4)  # above and below only: the word before must stay out
    x0 = max(0, left - 1)
    crop = gray[max(0, top - pad):top + height + pad, x0:left + width + 1]
    if crop.size == 0 or crop.min() > 128:
        return None
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    # Blobs the crop cuts at its top or bottom edge belong to the lines above and below.
    own = (stats[:, 1] > 0) & (stats[:, 1] + stats[:, 3] < crop.shape[0]) & (stats[:, 4] >= 2)
    own[0] = False
    blobs = sorted((tuple(int(v) for v in s[:4]) for s in stats[own]), key=lambda b: b[0])
    if len(blobs) < min(4, min_letters + 1):
        return None
    # The band between baseline and x-height is where the ink is: counted by rows, not from the
    # blobs, which blurred bold print melts into whole words with their descenders.
    rows = own[labels].sum(1)
    band = np.nonzero(rows > 0.45 * rows.max())[0]
    xh = float(band[-1] + 1 - band[0])
    letters = [b for b in blobs if b[3] >= 0.6 * xh]
    if len(letters) < min_letters or xh < MIN_XHEIGHT:
        return None
    return _Print(blobs, letters, xh, float(band[-1] + 1), crop, x0)


def mark_after_initial(gray: np.ndarray, box: tuple[int, int, int, int]) -> str | None:
    """'.' or '' for what stands between the first and the second letter of the word in `box`;
    None for another mark, or when the pixels do not say."""
    p = _print_of(gray, box)
    if p is None:
        return None
    first, second = p.letters[0], p.letters[1]
    between = [b for b in p.blobs
               if b[3] < 0.6 * p.xh and first[0] + first[2] - 1 <= b[0] + b[2] / 2 <= second[0] + 1]
    if not between:
        return "." if _faint_dot(p, first[0] + first[2], second[0]) else ""
    return "." if len(between) == 1 and p.is_dot(between[0]) else None


def _faint_dot(p: _Print, x0: int, x1: int) -> bool:
    """A spot of grey on the baseline, clear of the letters either side, between columns x0
    and x1: blur spreads a dot so thin that it falls on the paper side of the threshold."""
    y1 = int(p.baseline) + 2
    gap = p.gray[max(0, y1 - int(DOT_MAX * p.xh) - 3):y1, x0:x1]
    if gap.size == 0:
        return False
    stats = cv2.connectedComponentsWithStats((gap < 255 - FAINT_INK).astype(np.uint8), connectivity=8)[2][1:]
    return any(x > 0 and x + w < gap.shape[1] and max(w, h) <= DOT_MAX * p.xh for x, _, w, h, _ in stats)


def marks_seen(gray: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int] | None:
    """How many dots and underscores the word in `box` prints."""
    p = _print_of(gray, box)
    if p is None:
        return None
    return sum(map(p.is_dot, p.blobs)), sum(map(p.is_underscore, p.blobs))


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _words_of(email: str, words: list[Word]) -> list[Word]:
    """The words `email` was read from: one holding the '@', with the words in front of it on
    its line that OCR split off the local part ("maja_" "johansson@x.se")."""
    local, _, domain = email.partition("@")
    for at in (w for w in words if "@" in w.text and _begins_alike(_alnum(w.text.split("@")[1]), _alnum(domain))):
        row = sorted((w for w in words if w.line_key == at.line_key and w.right <= at.left + 1), key=lambda w: w.left)
        part, n = _alnum(at.text.split("@")[0]), 0
        while part != _alnum(local) and n < len(row) and _alnum(local).endswith(_alnum(row[-1 - n].text) + part):
            part, n = _alnum(row[-1 - n].text) + part, n + 1
        if part == _alnum(local):
            return row[len(row) - n:] + [at]
        # The local part as the parser mended it ("karisson" spelled "karlsson" by the name):
        # one word in front, as long, a letter or two off.
        whole = _alnum(row[-1].text) + part if row else ""
        if len(whole) == len(_alnum(local)) >= 6 and sum(a != b for a, b in zip(whole, _alnum(local))) <= 2:
            return [row[-1], at]
    return []


def _begins_alike(read: str, domain: str) -> bool:
    """The domain as read begins like the address's, which the parser may have respelled
    ("tumen.com" read, "lumen.com" meant): its first four letters, one of them misread."""
    head = domain[:4]
    return read.startswith(head) or len(head) == len(read[:4]) == 4 and sum(a != b for a, b in zip(read, head)) <= 1


def _box(found: list[Word]) -> tuple[int, int, int, int] | None:
    """The box around the words an email was read from (`_words_of`)."""
    if not found:
        return None
    top = min(w.top for w in found)
    return found[0].left, top, found[-1].right - found[0].left, max(w.bottom for w in found) - top


def gap_mark(gray: np.ndarray, before: Word, after: Word) -> str | None:
    """'.' or '_' for the faint mark between two words OCR split an email's local part into
    ("lars" "andersson@cobalt.com"); None when the gap shows neither.

    Blur thins a dot or an underscore until the threshold drops it, and the reading with it;
    in the grey it is still a spot on the baseline, or a flat stroke along it.
    """
    top = min(before.top, after.top)
    box = (before.left, top, after.right - before.left, max(before.bottom, after.bottom) - top)
    p = _print_of(gray, box, min_letters=0)  # blurred print may melt into two blobs, one a word
    if p is None:
        return None
    span = _gap_between_letters(p, (before.right + after.left) / 2 - p.left)
    if span is None:
        return None
    # The gap's own columns: the blurred edges of the letters either side stay out.
    edge = max(1, round(0.1 * p.xh))
    gap = p.gray[:, span[0] + edge:span[1] - edge]
    if gap.shape[1] < 2:
        return None
    # Rows of the gap's ink: none across the x-height (else a letter was lost, not a mark);
    # the mark's rows centred above the baseline for a dot, on or below it for an underscore.
    dark = (255 - gap.astype(np.float32)).mean(axis=1)
    baseline, xh = _baseline_beside(p, span), p.xh
    base = int(baseline)
    rows = np.arange(max(0, base - int(0.5 * xh)), min(len(dark), base + int(0.5 * xh) + 1))
    above = dark[max(0, base - int(xh)):rows[0]]
    mark = dark[rows]
    if mark.max() < FAINT_INK / 2 or (above.size and above.max() > 0.5 * mark.max()):
        return None
    # The run of strong rows around the darkest: fainter ink beside it is another thing, the
    # tail a "j" after a dot curls in below it, or the blurred edge of a letter above a "_".
    peak = int(np.argmax(mark))
    run = slice(*next(r for r in _runs(mark >= 0.4 * mark.max()) if r[0] <= peak < r[1]))
    centre = float((rows[run] * mark[run]).sum() / mark[run].sum()) + 0.5
    if centre < baseline - MARK_SPLIT * xh:
        return "."
    return "_" if centre > baseline else None


def _baseline_beside(p: _Print, span: tuple[int, int]) -> float:
    """The baseline at the gap: where the letters either side of it end. The line's band of
    ink, measured on all its rows, may end a few pixels off it, and a dot's place is a
    matter of pixels; a letter reaching well below the band ("j", "p") has a descender."""
    ink = (255 - p.gray.astype(np.float32)) > 0.3 * (255 - float(p.gray.min()))
    reach = max(2, round(0.6 * p.xh))
    bottoms = []
    for cols in (slice(max(0, span[0] - reach), span[0]), slice(span[1], span[1] + reach)):
        rows = np.nonzero(ink[:, cols].any(axis=1))[0]
        if rows.size and rows[-1] + 1 <= p.baseline + DESCENDER * p.xh:
            bottoms.append(float(rows[-1] + 1))
    return min(bottoms) if bottoms else p.baseline


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) of each run of True in `mask`."""
    bounds = np.flatnonzero(np.diff(np.r_[0, mask.astype(np.int8), 0]))
    return [(int(a), int(b)) for a, b in zip(bounds[::2], bounds[1::2])]


def _gap_between_letters(p: _Print, split: float) -> tuple[int, int] | None:
    """The columns between the letters either side of `split`: those with no ink in the upper
    half of the x-height, where every letter has some and a dot or an underscore none. Found
    in the print, not between the word boxes, which often take in the mark or stop short."""
    base, xh = p.baseline, p.xh
    body = (255 - p.gray[max(0, int(base - xh)):int(base - 0.55 * xh)].astype(np.float32)).max(axis=0)
    if body.size == 0:
        return None
    letter = body > 0.4 * body.max()
    lo, hi = max(0, round(split - 0.6 * xh)), round(split + 0.6 * xh) + 1
    runs = [(lo + a, lo + b) for a, b in _runs(~letter[lo:hi])]
    if not runs:
        return None
    return max(runs, key=lambda r: (r[1] - r[0], -abs((r[0] + r[1]) / 2 - split)))


def dot_initials(emails: list[str], name: str | None, words: list[Word], gray: np.ndarray,
                 read_again: Callable[[tuple[int, int, int, int]], str] | None = None) -> list[str]:
    """'rnair@lumen.in' on Rahul Nair's card -> 'r.nair@lumen.in' when the print shows the dot,
    or `read_again` (the text of a box of `gray`, read once more on its own) reads it.

    Only an address spelling the initial and the surname is looked at, and a dot is only
    ever put in (or put for a '-' or '_' OCR made of it; for a '-' whatever the print), never
    taken out: a dot touching the letter before it is no blob of its own, and its absence
    proves nothing. Read alone and enlarged, the address often shows Tesseract the dot the
    whole card hid.
    """
    tokens = [fold(t) for t in (name or "").split() if not t.endswith(".") and fold(t)]
    if len(tokens) < 2:
        return emails
    initial, last = tokens[0][0], tokens[-1]
    out = []
    for email in emails:
        local, _, domain = email.partition("@")
        if local == initial + "-" + last:
            # A mark Tesseract took for a hyphen: after an initial, addresses print a dot.
            email = f"{initial}.{last}@{domain}"
        elif local in (initial + last, initial + "_" + last):
            box = _box(_words_of(email, words))
            if box and (mark_after_initial(gray, box) == "."
                        or read_again is not None and _dotted_initial(read_again(box))):
                email = f"{initial}.{last}@{domain}"
        out.append(email)
    return out


def _dotted_initial(text: str) -> bool:
    """The address in `text` has a dot after its first letter ("r.nair@...")."""
    local = next((t.split("@")[0] for t in text.split() if "@" in t), "")
    return local[1:2] == "." and local[:1].isalpha()


def swap_separator(emails: list[str], words: list[Word], gray: np.ndarray) -> list[str]:
    """'maja_johansson@quantix.se' -> 'maja.johansson@quantix.se' when the print shows one
    dot more and one underscore less than the reading, and the other way round; only for
    an address whose local part holds that one separator."""
    out = []
    for email in emails:
        local, _, domain = email.partition("@")
        found, seps = _words_of(email, words), [ch for ch in local if ch in "._"]
        # A local part split where its one separator was lost: the gap shows which it was.
        halves = len(seps) == 1 and _either_side(found, _alnum(local.split(seps[0])[0]))
        if halves and (mark := gap_mark(gray, *halves)):
            out.append(local.replace(seps[0], mark) + "@" + domain)
            continue
        box = _box(found)
        seen = box and marks_seen(gray, box)
        if seen:
            dots, underscores = email.count("."), email.count("_")
            if seen == (dots + 1, underscores - 1) and local.count("_") == 1:
                email = local.replace("_", ".") + "@" + domain
            elif seen == (dots - 1, underscores + 1) and local.count(".") == 1:
                email = local.replace(".", "_") + "@" + domain
        out.append(email)
    return out


def _either_side(found: list[Word], head: str) -> tuple[Word, Word] | None:
    """The two words an email's words (`_words_of`) split into at the end of `head`, the local
    part's letters in front of its separator ("cooper" "kelly" "@pinecrest.com.au")."""
    text = ""
    for before, after in zip(found, found[1:]):
        text += _alnum(before.text)
        if text == head:
            # A mark OCR read at the word's end ("wout." "janssens@...") stands in its box, not the gap.
            return (before, after) if before.text[-1:].isalnum() else None
        if len(text) > len(head):
            break
    return None


_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}
_ACUTE = {"a": "á", "e": "é", "o": "ó", "u": "ú"}
_UMLAUT_LANGS, _ACUTE_LANGS = {"deu", "swe", "fin"}, {"spa", "por", "fra", "pol"}


def _accented(word: Word, gray: np.ndarray, marks: dict[str, str], dots: int) -> str:
    """`word` with the vowels the print shows `dots` marks above put in their `marks` form."""
    p = _print_of(gray, (word.left, word.top, word.width, word.height))
    if p is None:
        return word.text
    xtop = p.baseline - p.xh
    body = [b for b in p.blobs if b[3] >= 0.6 * p.xh]
    letters = [i for i, ch in enumerate(word.text) if ch.isalpha()]
    if len(body) != len(letters):
        return word.text  # letters run together or broke apart: no telling which is which
    # Marks: small, right above the x-height, over one letter only (not the dot of an "i"
    # kerned under the next letter's edge).
    marks_at = [b for b in p.blobs if xtop - 0.8 * p.xh <= b[1] + b[3] <= xtop + 1
                and DOT_MIN * p.xh <= b[3] < 0.5 * p.xh and DOT_MIN * p.xh <= b[2] < 0.6 * p.xh
                and sum(x <= b[0] + b[2] / 2 <= x + w for x, _, w, _ in body) == 1]
    text = list(word.text)
    for (x, y, w, h), i in zip(body, letters):
        above = [b for b in marks_at if x <= b[0] + b[2] / 2 <= x + w]
        level = len(above) < 2 or abs(above[0][1] + above[0][3] / 2 - above[1][1] - above[1][3] / 2) <= 0.15 * p.xh
        if len(above) == dots and level and text[i] in marks and abs(y - xtop) <= 0.25 * p.xh:
            text[i] = marks[text[i]]
    return "".join(text)


def accents_in_name(name: str | None, words: list[Word], gray: np.ndarray, langs: str) -> str | None:
    """'Jorg Schafer' -> 'Jörg Schäfer' when the print shows two dots over the o and the a.

    Tesseract drops the diacritics of large type; a name holds no spelling rule to restore
    them by, but the marks are in the pixels: two dots above a vowel where umlauts are
    written, one mark where acute accents are. Only letters that each are one blob of ink
    can be told apart, so a word whose letters run together is left as read.
    """
    wanted = set(langs.split("+"))
    kinds = [(marks, dots) for marks, dots, langs_of in ((_UMLAUT, 2, _UMLAUT_LANGS), (_ACUTE, 1, _ACUTE_LANGS))
             if wanted & langs_of]
    if not name or not kinds or not name.isascii():
        return name
    tokens = name.split(" ")
    for k, token in enumerate(tokens):
        word = next((w for w in words if w.text == token), None)
        if word is None:
            continue
        for marks, dots in kinds:
            if (accented := _accented(word, gray, marks, dots)) != token:
                tokens[k] = accented
                break
    return " ".join(tokens)
