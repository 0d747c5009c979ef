"""Configuration: defaults here, overridden by BOOTHMATE_* environment variables."""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class DefaultConfig:
    # Secrets come only from the environment (BOOTHMATE_SECRET_KEY); see check_secrets.
    SECRET_KEY: str | None = None
    ENV_NAME = "development"  # BOOTHMATE_ENV_NAME=production demands BOOTHMATE_SECRET_KEY
    DATA_DIR: str | None = None  # default: the app's instance folder
    DATABASE_URL: str | None = None  # default: SQLite file in DATA_DIR

    MAX_CONTENT_LENGTH = 16 * 1024 * 1024  # one upload; phones send ~2000 px JPEGs
    MAX_IMAGE_PIXELS = 40_000_000  # bigger than any phone camera, far below a bomb

    # Phones sit idle for days at a show: stay signed in, keep the CSRF token valid.
    PERMANENT_SESSION_LIFETIME = timedelta(days=30)
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    WTF_CSRF_TIME_LIMIT = None
    WTF_CSRF_HEADERS = ["X-CSRFToken", "X-CSRF-Token"]

    LOGIN_RATE_LIMIT = "10 per minute"
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_HEADERS_ENABLED = True

    SYNC_PAGE_SIZE = 500
    OCR_LANGS = "eng"
    OCR_TIMEOUT = 20.0
    OCR_WORKERS = 0  # 0: one per core; the pool lives in the web process, off the request path

    # Follow-up mail. Without SMTP_URL (smtp://user:pass@host:587?starttls=1 or
    # smtps://user:pass@host:465) mail is written as .eml files to DATA_DIR/outbox.
    SMTP_URL: str | None = None
    SMTP_TIMEOUT = 30.0  # seconds per SMTP command: a hung server must not stall the outbox
    OUTBOX_RETRY_MINUTES = [1, 5, 30, 120]  # waits between tries; then the mail is failed
    OUTBOX_LEASE_MINUTES = 10  # a claim older than this belongs to a dead sender: outcome unknown
    SCHEDULER_INTERVAL_SECONDS = 60

    API_TITLE = "BoothMate API"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"


def load(app: Flask, overrides: dict | None) -> None:
    app.config.from_object(DefaultConfig)
    app.config.from_prefixed_env("BOOTHMATE")
    if overrides:
        app.config.update(overrides)

    data_dir = Path(app.config["DATA_DIR"] or app.instance_path)
    data_dir.mkdir(parents=True, exist_ok=True)
    app.config["DATA_DIR"] = str(data_dir)
    app.config["MEDIA_DIR"] = str(data_dir / "media")

    url = app.config["DATABASE_URL"] or f"sqlite:///{data_dir / 'boothmate.db'}"
    # Heroku-style URLs say postgres://; SQLAlchemy wants a driver name.
    if url.startswith(("postgres://", "postgresql://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    app.config["SQLALCHEMY_DATABASE_URI"] = url
    app.config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {"pool_pre_ping": True})
    check_secrets(app)


def check_secrets(app: Flask) -> None:
    """Production must be given its key; a dev install gets one made once, never committed."""
    if app.config.get("SECRET_KEY"):
        return
    if app.config.get("ENV_NAME", "development") == "production":
        raise RuntimeError("BOOTHMATE_SECRET_KEY is not set; production needs a long random value.")
    key_file = Path(app.config["DATA_DIR"]) / "secret_key"
    try:
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    app.config["SECRET_KEY"] = key_file.read_text().strip()
