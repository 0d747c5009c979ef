"""Sync benchmark: lead upserts per second and an offline day's sync, on loopback.

    python -m backend.bench.sync [--runs 3] [--leads 300] [--photos 3]

Each run measures, side by side on the same gunicorn server:
  baseline   GET /healthz round trips per second (the server's floor: one DB query)
  upserts    PUT /api/v1/leads/<uuid> per second, one phone, then four phones at once
  day sync   a phone back online with a day offline: N leads, each PUT then its photos (~300 KB)
and prints medians over the runs and the ratio of upserts to the baseline.
"""
from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import requests
from PIL import Image

from backend.bench.server import flask, running_server


EMAIL, PASSWORD = "bench@boothmate.test", "bench-password-1"


def signed_in(base: str) -> requests.Session:
    session = requests.Session()
    response = session.post(f"{base}/api/v1/auth/login", json={"email": EMAIL, "password": PASSWORD}, timeout=10)
    response.raise_for_status()
    session.headers["X-CSRFToken"] = response.json()["csrf_token"]
    return session


def photo_bytes(count: int, target_kb: int = 300) -> list[bytes]:
    """Distinct JPEGs of about target_kb: one noisy image, each copy made unique by a JPEG comment."""
    rng = np.random.default_rng(7)
    side = 560
    base = None
    while base is None or len(base) < target_kb * 1000 * 0.9:
        pixels = rng.integers(0, 255, (side, int(side * 1.33), 3), dtype=np.uint8)
        out = io.BytesIO()
        Image.fromarray(pixels).save(out, "JPEG", quality=85)
        base, side = out.getvalue(), side + 40
    photos = []
    for i in range(count):
        comment = f"bench photo {i}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        photos.append(base[:2] + segment + base[2:])
    return photos


def lead_body(i: int) -> dict:
    return {"classification": ("key", "potential", "browsing")[i % 3], "name": f"Visitor {i}",
            "company": f"Company {i} GmbH", "emails": [f"buyer{i}@example.com"],
            "notes": [{"id": f"n{i}", "text": "Asked for 6204-2RS, 20k pcs, FOB Ningbo"}]}


def rate(calls: int, seconds: float) -> float:
    return calls / seconds


def healthz_rate(session, base: str, n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        session.get(f"{base}/healthz").raise_for_status()
    return rate(n, time.perf_counter() - start)


def upsert_rate(sessions, base: str, n: int) -> float:
    def put(args):
        session, i = args
        session.put(f"{base}/api/v1/leads/{uuid.uuid4()}", json=lead_body(i)).raise_for_status()

    jobs = [(sessions[i % len(sessions)], i) for i in range(n)]
    start = time.perf_counter()
    with ThreadPoolExecutor(len(sessions)) as pool:
        list(pool.map(put, jobs))
    return rate(n, time.perf_counter() - start)


def day_sync_seconds(session, base: str, leads: int, photos: list[bytes], per_lead: int) -> float:
    start = time.perf_counter()
    for i in range(leads):
        lead = str(uuid.uuid4())
        session.put(f"{base}/api/v1/leads/{lead}", json=lead_body(i),
                    headers={"Idempotency-Key": str(uuid.uuid4())}).raise_for_status()
        for j in range(per_lead):
            data = photos[i * per_lead + j]
            session.post(f"{base}/api/v1/leads/{lead}/media",
                         data={"kind": "card_front" if j == 0 else "booth_photo", "media_id": str(uuid.uuid4())},
                         files={"file": ("photo.jpg", data, "image/jpeg")}).raise_for_status()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--leads", type=int, default=300)
    parser.add_argument("--photos", type=int, default=3, help="photos per lead")
    args = parser.parse_args()

    photos = photo_bytes(args.leads * args.photos)
    megabytes = sum(map(len, photos)) / 1e6
    with tempfile.TemporaryDirectory(prefix="boothmate-bench-") as data_dir, \
            running_server(Path(data_dir), BOOTHMATE_OCR_WORKERS="1") as base:
        flask(Path(data_dir), "demo-data", "--email", EMAIL, "--password", PASSWORD)
        phones = [signed_in(base) for _ in range(4)]
        figures = {"baseline healthz/s": [], "upserts/s, 1 phone": [], "upserts/s, 4 phones": [],
                   "day sync s": []}
        for run in range(args.runs):
            figures["baseline healthz/s"].append(healthz_rate(phones[0], base, args.leads))
            figures["upserts/s, 1 phone"].append(upsert_rate(phones[:1], base, args.leads))
            figures["upserts/s, 4 phones"].append(upsert_rate(phones, base, args.leads))
            figures["day sync s"].append(day_sync_seconds(phones[0], base, args.leads, photos, args.photos))
            print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.1f}" for k, v in figures.items()), flush=True)

    med = {k: statistics.median(v) for k, v in figures.items()}
    print(f"\nmedians over {args.runs} runs ({args.leads} leads, {args.leads * args.photos} photos, "
          f"{megabytes:.0f} MB per day):")
    for name, value in med.items():
        print(f"  {name:24} {value:8.1f}")
    print(f"  {'upsert / baseline':24} {med['upserts/s, 1 phone'] / med['baseline healthz/s']:8.2f}")
    print(f"  {'day sync MB/s':24} {megabytes / med['day sync s']:8.1f}")


if __name__ == "__main__":
    main()
