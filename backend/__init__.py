"""BoothMate backend: create_app() builds the Flask app; nothing runs at import time."""
from __future__ import annotations

from flask import Flask
from sqlalchemy import event

from backend import config as app_config
from backend.extensions import csrf, db, limiter, login_manager, migrate


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True, static_folder=None)
    app_config.load(app, config)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(app_config.MIGRATIONS_DIR))
    csrf.init_app(app)
    limiter.init_app(app)
    _init_login(app)
    _init_images()
    with app.app_context():
        _tune_sqlite(db.engine)

    from backend import api, cli, web

    api.register(app)
    app.register_blueprint(web.blp)
    cli.register(app)
    app.extensions["card_reader"] = {"pool": None, "futures": set()}
    return app


def _init_login(app: Flask) -> None:
    from backend.errors import envelope
    from backend.models import User

    login_manager.init_app(app)
    # Phones hop from booth Wi-Fi to mobile data all day; tying the session to
    # the IP address (Flask-Login's "basic"/"strong") would sign them out.
    login_manager.session_protection = None

    @login_manager.user_loader
    def load_user(user_id: str):
        user = db.session.get(User, int(user_id)) if user_id.isdigit() else None
        return user if user is not None and user.active else None

    @login_manager.unauthorized_handler
    def unauthorized():
        return envelope(401, "unauthorized", "Sign in first.")


def _init_images() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()  # iPhones shoot HEIC; Pillow reads it through this plugin


def _tune_sqlite(engine) -> None:
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        # WAL lets the scheduler and web workers read while one writes; the busy
        # timeout makes a writer wait for the lock instead of failing at once.
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()
