"""python -m ocr.bench DIR [--baseline] [--lang LANGS] [--limit N]

Scores readings against the ground-truth JSON next to each image (as written by
`python -m ocr.evalset`). A field counts on a card when the truth or the reading has a value;
it is right when both agree after normalising case, spacing and edge punctuation. Emails as a
set; phones as a set of (type, digits); websites without scheme and "www."; the address when
its similarity to the truth is at least ADDRESS_MATCH.
"""

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz

from .baseline import baseline_read
from .errors import OCRError
from .reader import read_card
from .reading import FIELDS

ADDRESS_MATCH = 90


def _norm(s) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip(" .,;:|").casefold()


def _site(s) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", _norm(s)).rstrip("/")


def _key(field: str, value):
    if field == "emails":
        return frozenset(_norm(e) for e in value or [])
    if field == "phones":
        return frozenset((p["type"], re.sub(r"\D", "", p["number"])) for p in value or [])
    if field == "website":
        return _site(value)
    return _norm(value)


def field_correct(field: str, truth, got) -> bool | None:
    """None when neither side has a value (nothing to score)."""
    t, g = _key(field, truth), _key(field, got)
    if not t and not g:
        return None
    if field == "address":
        return bool(t and g) and fuzz.ratio(t, g) >= ADDRESS_MATCH
    return t == g


class Tally:
    def __init__(self):
        self.right = {f: 0 for f in FIELDS}
        self.scored = {f: 0 for f in FIELDS}
        self.seconds: list[float] = []
        self.errors = 0

    def add(self, truth: dict, got: dict, seconds: float):
        self.seconds.append(seconds)
        for f in FIELDS:
            ok = field_correct(f, truth.get(f), got.get(f))
            if ok is not None:
                self.scored[f] += 1
                self.right[f] += ok

    def acc(self, f: str) -> float:
        return self.right[f] / self.scored[f] if self.scored[f] else float("nan")

    @property
    def mean(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.scored.values()))

    def median(self) -> float:
        return statistics.median(self.seconds) if self.seconds else float("nan")

    def p95(self) -> float:
        s = sorted(self.seconds)
        return s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))] if s else float("nan")


def run(directory: Path, baseline: bool, lang: str | None, limit: int | None, verbose: bool) -> tuple[Tally, Tally]:
    ours, base = Tally(), Tally()
    images = sorted(p for p in directory.iterdir() if p.suffix.lower() in (".jpg", ".jpeg", ".png"))
    for img in images[:limit]:
        truth = json.loads(img.with_suffix(".json").read_text())
        langs = lang or truth.get("langs", "eng")
        t0 = time.perf_counter()
        try:
            got = read_card(img, langs=langs).to_dict()
        except OCRError as e:
            got, ours.errors = {"error": str(e)}, ours.errors + 1
        ours.add(truth, got, time.perf_counter() - t0)
        if verbose:
            wrong = [f for f in FIELDS if field_correct(f, truth.get(f), got.get(f)) is False]
            if wrong:
                print(f"# {img.name}: " + "; ".join(f"{f}: want {truth.get(f)!r} got {got.get(f)!r}" for f in wrong),
                      file=sys.stderr)
        if baseline:
            t0 = time.perf_counter()
            try:
                got_b = baseline_read(str(img), langs)
            except Exception as e:  # the yardstick may fail in any way; count it and go on
                got_b, base.errors = {"error": str(e)}, base.errors + 1
            base.add(truth, got_b, time.perf_counter() - t0)
    return ours, base


def report(ours: Tally, base: Tally | None) -> str:
    rows = [f"cards: {len(ours.seconds)}   errors: {ours.errors}" + (f" / baseline {base.errors}" if base else "")]
    head = f"{'field':<12}{'reader':>9}" + (f"{'baseline':>10}{'ratio':>8}" if base else "")
    rows.append(head)

    def row(label, a, b, fmt="{:.3f}"):
        line = f"{label:<12}{fmt.format(a):>9}"
        if base:
            line += f"{fmt.format(b):>10}" + (f"{a / b:>7.2f}x" if b else f"{'-':>8}")
        return line

    for f in FIELDS:
        rows.append(row(f, ours.acc(f), base.acc(f) if base else 0))
    rows.append(row("MEAN", ours.mean, base.mean if base else 0))
    rows.append(row("median s", ours.median(), base.median() if base else 0))
    rows.append(row("p95 s", ours.p95(), base.p95() if base else 0))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ocr.bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--baseline", action="store_true", help="also run plain tesseract + regex")
    ap.add_argument("--lang", help="override the languages stored with each card")
    ap.add_argument("--limit", type=int)
    ap.add_argument("-v", "--verbose", action="store_true", help="list each wrong field on stderr")
    args = ap.parse_args(argv)
    ours, base = run(args.dir, args.baseline, args.lang, args.limit, args.verbose)
    print(report(ours, base if args.baseline else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
