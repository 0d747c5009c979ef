"""Non-API routes: the health check and the booth app's files."""
from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Blueprint, current_app, send_from_directory
from sqlalchemy import text

from backend.extensions import db

PWA_DIR = Path(__file__).resolve().parent.parent / "pwa"
SHELL_VERSION_MARK = "__SHELL_VERSION__"
blp = Blueprint("web", __name__)


@blp.route("/healthz")
def healthz():
    db.session.execute(text("SELECT 1"))
    return {"status": "ok"}


@blp.route("/")
def index():
    return _pwa_file("index.html")


@blp.route("/sw.js")
def service_worker():
    pwa_dir = _pwa_dir()
    body = (pwa_dir / "sw.js").read_text(encoding="utf-8").replace(SHELL_VERSION_MARK, shell_version(pwa_dir))
    return _no_cache(current_app.response_class(body, mimetype="text/javascript"))


@blp.route("/<path:filename>")
def pwa_file(filename: str):
    return _pwa_file(filename)


def shell_version(pwa_dir: Path) -> str:
    """A digest of the app's own files and its lock file.

    The browser installs a new service worker only when sw.js changes by a byte;
    stamping this digest into it means every deploy that changes the app reaches
    the phones (with an update prompt) without anyone remembering to bump a number.
    """
    digest = hashlib.sha256()
    for path in sorted(pwa_dir.rglob("*")):
        if path.is_file() and "node_modules" not in path.relative_to(pwa_dir).parts:
            digest.update(str(path.relative_to(pwa_dir)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _pwa_dir() -> Path:
    return Path(current_app.config.get("PWA_DIR", PWA_DIR))


def _pwa_file(filename: str):
    return _no_cache(send_from_directory(_pwa_dir(), filename, max_age=0))


def _no_cache(response):
    # The service worker decides what is cached; the browser must always revalidate.
    response.headers["Cache-Control"] = "no-cache"
    return response
