"""Tesseract via pytesseract: word boxes and confidences, always under a time limit.

Each call is a separate tesseract process. OMP_THREAD_LIMIT=1 keeps it from spinning up
OpenMP threads that make single images several times slower on small machines
(tesseract issue 3109); callers wanting parallelism run one process per core.
"""

import os
import re
from functools import lru_cache

import numpy as np
import pytesseract

from .errors import EngineUnavailable, OCRError, OCRTimeout
from .parse.lines import Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

LANGS_RE = re.compile(r"^[a-z_]+(\+[a-z_]+)*$")
# Sparse text: a card is scattered blocks, not a page; we rebuild lines from the boxes ourselves.
# Inversion is already handled in preprocess, and Tesseract's own retry of inverted lines costs time.
CONFIG = "--psm 11 -c tessedit_do_invert=0"


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except pytesseract.TesseractNotFoundError as e:
        raise EngineUnavailable("Tesseract is not installed on this server.") from e


def check_langs(langs: str) -> str:
    if not LANGS_RE.match(langs or ""):
        raise ValueError(f"Languages must look like 'eng' or 'eng+deu', got {langs!r}")
    missing = [lang for lang in langs.split("+") if lang not in installed_languages()]
    if missing:
        raise EngineUnavailable(f"OCR language pack not installed: {', '.join(missing)}")
    return langs


def ordered(langs: str) -> str:
    """English last: Tesseract leans on the first model, and English has no accents, so
    "eng+por" reads "João" as "Joao" while "por+eng" keeps it (and still reads English)."""
    parts = langs.split("+")
    return "+".join([p for p in parts if p != "eng"] + [p for p in parts if p == "eng"])


def read_words(gray: np.ndarray, langs: str, timeout: float, config: str = CONFIG) -> list[Word]:
    if timeout <= 0:
        raise OCRTimeout("Reading the card took too long.")
    try:
        data = pytesseract.image_to_data(gray, lang=ordered(check_langs(langs)), config=config,
                                         output_type=pytesseract.Output.DICT, timeout=timeout)
    except pytesseract.TesseractNotFoundError as e:
        raise EngineUnavailable("Tesseract is not installed on this server.") from e
    except pytesseract.TesseractError as e:
        raise OCRError(f"The OCR engine failed: {e.message.strip() or e.status}") from e
    except RuntimeError as e:
        # pytesseract signals its own kill-on-timeout with a bare RuntimeError.
        if "timeout" in str(e).lower():
            raise OCRTimeout(f"Reading the card took longer than {timeout:.1f} s.") from e
        raise
    words = []
    for i, text in enumerate(data["text"]):
        text = text.strip()
        if text and float(data["conf"][i]) >= 0:
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            words.append(Word(text, int(data["left"][i]), int(data["top"][i]), int(data["width"][i]),
                              int(data["height"][i]), float(data["conf"][i]), key))
    return words
