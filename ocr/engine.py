"""Tesseract: word boxes and confidences, always under a time limit.

The words come from long-lived worker processes (`tesseract_worker`) that keep the models
loaded: starting `tesseract` for every call cost 0.07-0.11 s, about a third of a card's time.
A worker is a child process, so a reading that overruns is ended by killing it, and a crash
in Tesseract fails one reading, not the server. Each thread reading at a time has its own
worker. OMP_THREAD_LIMIT=1 keeps Tesseract from spinning up OpenMP threads that make single
images several times slower on small machines (tesseract issue 3109); callers wanting
parallelism read in several threads.
"""

import atexit
import json
import os
import re
import select
import subprocess
import sys
import threading
import time
from functools import lru_cache

import numpy as np
import pytesseract

from .errors import EngineUnavailable, OCRError, OCRTimeout
from .parse.lines import Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

LANGS_RE = re.compile(r"^[a-z_]+(\+[a-z_]+)*$")
# Sparse text: a card is scattered blocks, not a page; we rebuild lines from the boxes ourselves.
SPARSE_TEXT, SINGLE_BLOCK, SINGLE_LINE = 11, 6, 7  # Tesseract page segmentation modes
# Inversion is already handled in preprocess, and Tesseract's own retry of inverted lines costs time.
VARIABLES = {"tessedit_do_invert": "0"}
# Tesseract's own binarisation (thresholding_method): one global Otsu threshold, or Sauvola's
# local one, which keeps faint print standing beside bold. Sent with every request, since a
# worker's settings outlive the request that made them.
OTSU, SAUVOLA = "0", "2"
WORKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tesseract_worker.py")


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


class _Overrun(Exception):
    pass


class _Worker:
    def __init__(self):
        # Run as a script, not `-m ocr...`: the package's imports (OpenCV, the parser) would
        # only slow the start and fatten the process.
        self.proc = subprocess.Popen([sys.executable, WORKER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, bufsize=0)
        self.buf = b""

    def read(self, gray: np.ndarray, langs: str, psm: int, threshold: str, deadline: float) -> str:
        """TSV of one image; kills the worker when the deadline passes or it dies."""
        gray = np.ascontiguousarray(gray, dtype=np.uint8)
        h, w = gray.shape
        head = {"langs": langs, "psm": psm, "vars": {**VARIABLES, "thresholding_method": threshold},
                "width": w, "height": h}
        try:
            self.proc.stdin.write(json.dumps(head).encode() + b"\n")
            view = memoryview(gray).cast("B")
            while view:
                view = view[self.proc.stdin.write(view):]
            answer = json.loads(self._take_line(deadline))
            tsv = self._take(answer.get("tsv", 0), deadline)
        except _Overrun:
            self.close()
            raise
        except (BrokenPipeError, EOFError, ValueError):  # dead, or an answer that is no answer
            self.close()
            raise OCRError("The OCR engine stopped unexpectedly.") from None
        except BaseException:
            self.close()  # half a conversation: the next request would read this one's answer
            raise
        if "error" in answer:
            raise OCRError(f"The OCR engine failed: {answer['error']}")
        return tsv.decode("utf-8", "replace")

    def _fill(self, deadline: float) -> None:
        fd = self.proc.stdout.fileno()
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise _Overrun
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            raise EOFError
        self.buf += chunk

    def _take_line(self, deadline: float) -> bytes:
        while b"\n" not in self.buf:
            self._fill(deadline)
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def _take(self, n: int, deadline: float) -> bytes:
        while len(self.buf) < n:
            self._fill(deadline)
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.proc.stdin.close()
        self.proc.stdout.close()


_idle: list[_Worker] = []
_idle_lock = threading.Lock()


@atexit.register
def _close_idle() -> None:
    with _idle_lock:
        while _idle:
            _idle.pop().close()


def read_words(gray: np.ndarray, langs: str, timeout: float, psm: int = SPARSE_TEXT,
               threshold: str = OTSU) -> list[Word]:
    if timeout <= 0:
        raise OCRTimeout("Reading the card took too long.")
    deadline = time.monotonic() + timeout
    langs = ordered(check_langs(langs))
    with _idle_lock:
        worker = _idle.pop() if _idle else None
    if worker is not None and not worker.alive:  # died while idle (out of memory, killed)
        worker.close()
        worker = None
    try:
        worker = worker or _Worker()
    except OSError as e:
        raise EngineUnavailable("The OCR engine cannot be started on this server.") from e
    try:
        tsv = worker.read(gray, langs, psm, threshold, deadline)
    except _Overrun:
        raise OCRTimeout(f"Reading the card took longer than {timeout:.1f} s.") from None
    finally:
        if worker.alive:
            with _idle_lock:
                _idle.append(worker)
    return _words(tsv)


def _words(tsv: str) -> list[Word]:
    """Word rows of Tesseract's TSV: level, page, block, paragraph, line, word, left, top,
    width, height, confidence, text."""
    words = []
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        # Whole percent, as the thresholds (in `reader`) were tuned on.
        text, conf = cells[11].strip(), float(int(float(cells[10])))
        if text and conf >= 0:
            left, top, width, height = map(int, cells[6:10])
            words.append(Word(text, left, top, width, height, conf, tuple(map(int, cells[2:5]))))
    return words
