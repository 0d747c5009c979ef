"""Benchmarks for the booth app (not a test: numbers, no pass/fail).

    python -m tests.e2e.bench_shell                 # app shell from cache, network off
    python -m tests.e2e.bench_shell --lighthouse    # plus Lighthouse on the capture screen

The shell figure is the time from navigation start to the `shell-ready` mark (main.js
sets it once the first screen is drawn), over reloads with the network off, so the page
and its modules come from the service worker's cache. Lighthouse runs at its default
phone size with simulated slow 4G against Debian's Chromium, in a profile that is already
signed in, so it measures the capture screen rather than the sign-in form.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from backend.bench.server import flask, running_server
from tests.e2e.helpers import CHROMIUM, CHROMIUM_ARGS, Account, sign_in, wait_offline_ready

LIGHTHOUSE_DIR = Path(__file__).resolve().parent / "lighthouse"
DEMO = Account("bench@boothmate.test", "bench-pass-1", "Bench Bearings")
READY_MS = "performance.getEntriesByName('shell-ready')[0]?.startTime ?? null"


def shell_from_cache(playwright, base_url: str, runs: int) -> list[float]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    device = {k: v for k, v in playwright.devices["Pixel 7"].items() if k != "default_browser_type"}
    context = browser.new_context(**device, base_url=base_url)
    page = context.new_page()
    sign_in(page, DEMO)
    wait_offline_ready(page)
    context.set_offline(True)
    timings = []
    for _ in range(runs):
        page.reload()
        page.wait_for_function(f"({READY_MS}) !== null")
        timings.append(page.evaluate(READY_MS))
    browser.close()
    return timings


def signed_in_profile(playwright, base_url: str, profile: Path) -> None:
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, base_url=base_url)
    page = context.new_page()
    sign_in(page, DEMO)
    wait_offline_ready(page)
    context.close()


def lighthouse(base_url: str, profile: Path, report: Path) -> dict:
    if not (LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=LIGHTHOUSE_DIR, check=True)
    flags = " ".join([*CHROMIUM_ARGS, "--headless=new", f"--user-data-dir={profile}"])
    subprocess.run(
        [str(LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"), f"{base_url}/#/",
         "--only-categories=performance,accessibility", "--disable-storage-reset", "--quiet",
         f"--chrome-flags={flags}", "--output=json", f"--output-path={report}"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
    categories = json.loads(report.read_text())["categories"]
    return {name: round(categories[name]["score"] * 100) for name in ("performance", "accessibility")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lighthouse", action="store_true", help="also run Lighthouse (installs it on first use)")
    parser.add_argument("--report", type=Path, help="where Lighthouse's JSON report goes")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="boothmate-bench-") as tmp:
        data_dir, profile = Path(tmp) / "data", Path(tmp) / "profile"
        data_dir.mkdir()
        flask(data_dir, "db", "upgrade")
        flask(data_dir, "demo-data", "--email", DEMO.email, "--password", DEMO.password, "--org", DEMO.org)
        with running_server(data_dir) as base_url, sync_playwright() as playwright:
            timings = shell_from_cache(playwright, base_url, args.runs)
            print(f"app shell from cache, network off: median {statistics.median(timings):.0f} ms "
                  f"(min {min(timings):.0f}, max {max(timings):.0f}, {len(timings)} reloads)")
            if args.lighthouse:
                signed_in_profile(playwright, base_url, profile)
                scores = lighthouse(base_url, profile, args.report or Path(tmp) / "lighthouse.json")
                print(f"Lighthouse, capture screen at phone size: performance {scores['performance']}, "
                      f"accessibility {scores['accessibility']}")


if __name__ == "__main__":
    main()
