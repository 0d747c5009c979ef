"""A throw-away BoothMate server for benchmarks: fresh data dir, production server (gunicorn)."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
EMAIL, PASSWORD = "bench@boothmate.test", "bench-password-1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(workers: int = 2, extra_env: dict | None = None):
    """Yields (base_url, data_dir) of a migrated server with one user, EMAIL/PASSWORD."""
    with tempfile.TemporaryDirectory(prefix="boothmate-bench-") as data_dir:
        env = {**os.environ, "BOOTHMATE_DATA_DIR": data_dir, "OMP_THREAD_LIMIT": "1", **(extra_env or {})}
        flask = [str(BIN / "flask"), "--app", "backend"]
        subprocess.run([*flask, "db", "upgrade"], cwd=ROOT, env=env, check=True, capture_output=True)
        subprocess.run([*flask, "demo-data", "--email", EMAIL, "--password", PASSWORD], cwd=ROOT, env=env,
                       check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--threads", "4",
             "backend.wsgi:app"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(base)
            yield base, data_dir
        finally:
            server.terminate()
            server.wait(timeout=30)


def signed_in(base: str) -> requests.Session:
    session = requests.Session()
    response = session.post(f"{base}/api/v1/auth/login", json={"email": EMAIL, "password": PASSWORD}, timeout=10)
    response.raise_for_status()
    session.headers["X-CSRFToken"] = response.json()["csrf_token"]
    return session


def _wait_healthy(base: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(requests.ConnectionError):
            if requests.get(f"{base}/healthz", timeout=2).ok:
                return
        time.sleep(0.1)
    raise RuntimeError(f"server at {base} did not become healthy in {timeout}s")
