"""The mark between an initial and a surname in an email ("r.nair"), seen in the pixels.

Tesseract drops the dot of small print when it nestles against the letter before it
("r.nair" is read "rnair") and mistakes one mark for another ("g-oliveira"). Whether the
card says "rnair" or "r.nair" no spelling rule can tell; the print can: the dot is a blob of
its own on the baseline between the first two letters.
"""

import cv2
import numpy as np

from .parse.lines import Word
from .parse.people import fold

# Sizes in x-heights (the median height of the word's letters).
DOT_MAX, DOT_MIN = 0.45, 0.12  # a dot's height and width
ON_BASELINE = 0.3  # a dot's bottom within this of the baseline


def mark_after_initial(gray: np.ndarray, box: tuple[int, int, int, int]) -> str | None:
    """'.' or '' for what stands between the first and the second letter of the word in `box`
    (left, top, width, height of `gray`); None for another mark, or when the pixels do not say."""
    left, top, width, height = box
    pad = max(2, height // 4)  # above and below only: the word before must stay out
    y0, x0 = max(0, top - pad), max(0, left - 1)
    crop = gray[y0:top + height + pad, x0:left + width + 1]
    if crop.size == 0 or crop.min() > 128:
        return None
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    stats = cv2.connectedComponentsWithStats(ink, connectivity=8)[2]
    blobs = sorted((tuple(s) for s in stats[1:] if s[4] >= 2), key=lambda s: s[0])
    if len(blobs) < 4:
        return None
    heights = np.array([b[3] for b in blobs])
    xh = float(np.median(heights))
    letters = [b for b in blobs if b[3] >= 0.6 * xh]
    if len(letters) < 3 or xh < 6:
        return None  # too small to tell a dot from a speck
    baseline = float(np.median([b[1] + b[3] for b in letters]))
    first, second = letters[0], letters[1]
    between = [b for b in blobs if b[3] < 0.6 * xh and first[0] + first[2] - 1 <= b[0] + b[2] / 2 <= second[0] + 1]
    if not between:
        return ""
    if len(between) > 1:
        return None
    _, y, w, h, _ = between[0]
    dot = DOT_MIN * xh <= h <= DOT_MAX * xh and DOT_MIN * xh <= w <= DOT_MAX * xh
    return "." if dot and abs(y + h - baseline) <= ON_BASELINE * xh else None


def dot_initials(emails: list[str], name: str | None, words: list[Word], gray: np.ndarray) -> list[str]:
    """'rnair@lumen.in' on Rahul Nair's card -> 'r.nair@lumen.in' when the print shows the dot.

    Only an address spelling the initial and the surname is looked at, and a dot is only
    ever put in (or put for a '-' or '_' OCR made of it), never taken out: a dot touching
    the letter before it is no blob of its own, and its absence proves nothing.
    """
    tokens = [fold(t) for t in (name or "").split() if not t.endswith(".") and fold(t)]
    if len(tokens) < 2:
        return emails
    initial, last = tokens[0][0], tokens[-1]
    out = []
    for email in emails:
        local, _, domain = email.partition("@")
        if local in (initial + last, initial + "-" + last, initial + "_" + last):
            word = next((w for w in words if w.text.lower().lstrip("|:;,").startswith(local + "@")), None)
            if word and mark_after_initial(gray, (word.left, word.top, word.width, word.height)) == ".":
                email = f"{initial}.{last}@{domain}"
        out.append(email)
    return out
