"""python -m ocr [--lang LANGS] [--timeout S] IMAGE...  -> one JSON object per line."""

import argparse
import json
import sys

from .errors import OCRError
from .reader import read_card


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ocr", description="Read business-card photos to JSON lines.")
    ap.add_argument("images", nargs="+", metavar="IMAGE")
    ap.add_argument("--lang", default="eng", help="Tesseract languages, e.g. eng+deu+chi_sim (default: eng)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per card (default: 10)")
    args = ap.parse_args(argv)
    failed = False
    for path in args.images:
        try:
            out = {"file": path, **read_card(path, langs=args.lang, timeout=args.timeout).to_dict()}
        except (OCRError, ValueError) as e:
            out, failed = {"file": path, "error": str(e)}, True
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
