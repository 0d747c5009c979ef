"""Non-API routes: the health check and the booth app's files."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, current_app, send_from_directory
from sqlalchemy import text

from backend.extensions import db

PWA_DIR = Path(__file__).resolve().parent.parent / "pwa"
blp = Blueprint("web", __name__)


@blp.route("/healthz")
def healthz():
    db.session.execute(text("SELECT 1"))
    return {"status": "ok"}


@blp.route("/")
def index():
    return _pwa_file("index.html")


@blp.route("/<path:filename>")
def pwa_file(filename: str):
    return _pwa_file(filename)


def _pwa_file(filename: str):
    response = send_from_directory(current_app.config.get("PWA_DIR", PWA_DIR), filename, max_age=0)
    # The service worker decides what is cached; the browser must always revalidate.
    response.headers["Cache-Control"] = "no-cache"
    return response
