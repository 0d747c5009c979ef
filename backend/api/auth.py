from __future__ import annotations

from flask import current_app, request, session
from flask_login import current_user, login_user, logout_user
from flask_smorest import Blueprint
from flask_wtf.csrf import generate_csrf

from backend.api import require_login, schemas, serialize
from backend.extensions import csrf, db, limiter
from backend.services import accounts
from backend.services.errors import Unauthorized, UnsupportedMedia

PREFIX = "/auth"
blp = Blueprint("auth", __name__, description="Sign in and out")


def _me() -> dict:
    return {"user": serialize.user(current_user), "organization": serialize.organization(current_user.organization),
            "csrf_token": generate_csrf()}


@blp.route("/login", methods=["POST"])
# Exempt from CSRF: the form needs no token, and a JSON body cannot be posted
# cross-site without a CORS preflight, which we never grant.
@csrf.exempt
@limiter.limit(lambda: current_app.config["LOGIN_RATE_LIMIT"])
@blp.arguments(schemas.Login)
@blp.response(200, schemas.Me)
def login(body):
    if not request.is_json:
        raise UnsupportedMedia("Send the credentials as JSON.")
    user = accounts.authenticate(body["email"], body["password"])
    if user is None:
        raise Unauthorized("Wrong email or password.", code="invalid_credentials")
    session.permanent = True
    login_user(user)
    db.session.commit()
    return _me()


@blp.route("/logout", methods=["POST"])
@blp.response(204)
def logout():
    logout_user()
    session.clear()


@blp.route("/csrf")
@blp.response(200, schemas.CsrfOut)
def csrf_token():
    return {"csrf_token": generate_csrf()}


@blp.route("/me")
@blp.response(200, schemas.Me)
def me():
    require_login()
    return _me()
