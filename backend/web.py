"""Non-API routes: the health check and the booth app's files."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from flask import Blueprint, current_app, send_from_directory
from sqlalchemy import text

from backend.extensions import db

PWA_DIR = Path(__file__).resolve().parent.parent / "pwa"
# sw.js placeholders this module fills in: the cache version and the app's own files.
SHELL_VERSION_MARK = "__SHELL_VERSION__"
SHELL_FILES_MARK = "/* __SHELL_FILES__ */"
NOT_SHELL = {"index.html", "sw.js", "package.json", "package-lock.json"}  # '/' is index.html
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
    files = ", ".join(json.dumps(f"/{name}") for name in shell_files(pwa_dir))
    body = (pwa_dir / "sw.js").read_text(encoding="utf-8")
    body = body.replace(SHELL_VERSION_MARK, shell_version(pwa_dir)).replace(SHELL_FILES_MARK, files)
    return _no_cache(current_app.response_class(body, mimetype="text/javascript"))


@blp.route("/<path:filename>")
def pwa_file(filename: str):
    return _pwa_file(filename)


def shell_files(pwa_dir: Path) -> list[str]:
    """The app's own files, which the service worker caches so the app opens offline.

    Listing them here rather than by hand in sw.js means a new view module is cached
    the moment it exists: adding a screen stays a one-line change.
    """
    return sorted(
        str(path.relative_to(pwa_dir)) for path in pwa_dir.rglob("*")
        if path.is_file() and path.name not in NOT_SHELL and "node_modules" not in path.relative_to(pwa_dir).parts
    )


def shell_version(pwa_dir: Path) -> str:
    """A digest of every file the app is made of, the lock file of its libraries included.

    The browser installs a new service worker only when sw.js changes by a byte;
    stamping this digest into it means every deploy that changes the app reaches
    the phones (with an update prompt) without anyone remembering to bump a number.
    """
    digest = hashlib.sha256()
    for name in sorted([*shell_files(pwa_dir), *(n for n in NOT_SHELL if (pwa_dir / n).is_file())]):
        digest.update(name.encode())
        digest.update((pwa_dir / name).read_bytes())
    return digest.hexdigest()[:16]


def _pwa_dir() -> Path:
    return Path(current_app.config.get("PWA_DIR", PWA_DIR))


def _pwa_file(filename: str):
    return _no_cache(send_from_directory(_pwa_dir(), filename, max_age=0))


def _no_cache(response):
    # The service worker decides what is cached; the browser must always revalidate.
    response.headers["Cache-Control"] = "no-cache"
    return response
