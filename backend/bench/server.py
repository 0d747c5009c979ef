"""The real server (gunicorn) on loopback for browser tests and benchmarks: migrated, started, healthy."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(data_dir: Path, **extra: str) -> dict:
    return {
        **os.environ,
        **extra,
        "BOOTHMATE_DATA_DIR": str(data_dir),
        "BOOTHMATE_SECRET_KEY": "e2e-secret-key",
        # Tests and benchmarks sign in many phones; the production limit would refuse them.
        "BOOTHMATE_LOGIN_RATE_LIMIT": "1000 per minute",
        "OMP_THREAD_LIMIT": "1",
    }


def flask(data_dir: Path, *args: str) -> None:
    subprocess.run([str(BIN / "flask"), "--app", "backend", *args], cwd=ROOT, env=server_env(data_dir),
                   check=True, capture_output=True)


@contextlib.contextmanager
def running_server(data_dir: Path, **env: str):
    """Yields the base URL of gunicorn serving BoothMate from `data_dir`, as scripts/run.sh would.

    `env` adds settings, e.g. BOOTHMATE_PWA_DIR to serve another copy of the app.
    """
    flask(data_dir, "db", "upgrade")
    port = free_port()
    log = (data_dir / f"server-{port}.log").open("wb")
    proc = subprocess.Popen(
        # No control socket: its default path is one per machine, and parallel runs would share it.
        [str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", "2", "--threads", "4",
         "--access-logfile", "-", "--no-control-socket", "backend.wsgi:app"],
        cwd=ROOT, env=server_env(data_dir, **env), stdout=log, stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base_url, proc)
        yield base_url
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def wait_healthy(base_url: str, proc: subprocess.Popen, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}; see its server.log")
        try:
            if requests.get(f"{base_url}/healthz", timeout=2).ok:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass  # not listening yet, or a worker still importing the app on a busy machine
        time.sleep(0.2)
    raise RuntimeError(f"the server did not become healthy within {timeout} s")
