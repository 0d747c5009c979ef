"""python -m ocr.evalset OUT [--count N] [--seed S] [--kind photo|flat]"""

import argparse
import time
from pathlib import Path

from . import KINDS, write_set


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m ocr.evalset", description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kind", choices=KINDS, default="photo")
    args = ap.parse_args()
    t0 = time.perf_counter()
    files = write_set(args.out, args.count, args.seed, args.kind)
    print(f"wrote {len(files)} {args.kind} cards with ground truth to {args.out} "
          f"in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
