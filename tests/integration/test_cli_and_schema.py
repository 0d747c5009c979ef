"""Command line, migrations and the OpenAPI document."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import func, select

from backend import create_app
from backend.extensions import db
from backend.models import Base, Product, Show, User


def test_demo_data_is_idempotent_and_brings_a_show_today_and_a_catalogue(app, runner):
    args = ["demo-data", "--email", "demo@boothmate.test", "--password", "demo-pass-1", "--org", "Demo Bearings"]
    first = runner.invoke(args=args)
    second = runner.invoke(args=args)
    assert first.exit_code == 0 and "Created demo login demo@boothmate.test" in first.output
    assert second.exit_code == 0 and "Reusing" in second.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(User)) == 1
        assert db.session.scalar(select(func.count()).select_from(Show)) == 1
        models = set(db.session.scalars(select(Product.model)))
        assert {"6204-2RS", "6205-ZZ", "6305-2RS", "30205"} <= models


def test_users_can_be_added_and_removed_from_the_command_line(app, runner, client):
    added = runner.invoke(args=["users", "add", "--org", "Acme", "--email", "new@acme.test",
                                "--password", "long-enough-1"])
    assert added.exit_code == 0, added.output
    assert client.post("/api/v1/auth/login", json={"email": "new@acme.test", "password": "long-enough-1"}).status_code == 200
    removed = runner.invoke(args=["users", "remove", "--email", "new@acme.test"])
    assert removed.exit_code == 0
    assert client.get("/api/v1/auth/me").status_code == 401


def test_a_short_password_is_refused_with_a_reason(runner):
    result = runner.invoke(args=["users", "add", "--org", "Acme", "--email", "x@acme.test", "--password", "short"])
    assert result.exit_code != 0 and "at least 8 characters" in result.output


def test_migrations_build_exactly_the_models_schema(tmp_path):
    app = create_app({"TESTING": True, "DATA_DIR": str(tmp_path), "SECRET_KEY": "x"})
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        db.engine.dispose()
    assert diff == []


def test_the_openapi_document_lists_every_api_route(app, client):
    spec = client.get("/api/v1/openapi.json").get_json()
    documented = {(path, method.upper()) for path, ops in spec["paths"].items() for method in ops
                  if method != "parameters"}
    routed = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and not rule.rule.endswith("openapi.json"):
            path = rule.rule.replace("<", "{").replace(">", "}")
            path = path.replace("{uuid:", "{").replace("{int:", "{")
            routed |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert routed == documented
    assert "ErrorEnvelope" in spec["components"]["schemas"]


def test_healthz_checks_the_database(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}
