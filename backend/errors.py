"""The API's one error envelope for every 4xx/5xx: {"error": {"code", "message", "details"}}."""
from __future__ import annotations

import marshmallow as ma
from flask import Flask, current_app
from flask_smorest import Api
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from backend.services.errors import ServiceError

CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "too_large", 415: "unsupported_media_type",
    422: "invalid", 429: "rate_limited", 500: "internal_error",
}


class ErrorBody(ma.Schema):
    code = ma.fields.String(required=True)
    message = ma.fields.String(required=True)
    details = ma.fields.Dict(required=True)


class ErrorEnvelope(ma.Schema):
    error = ma.fields.Nested(ErrorBody, required=True)


def envelope(status: int, code: str, message: str, details: dict | None = None):
    return {"error": {"code": code, "message": message, "details": details or {}}}, status


class EnvelopeApi(Api):
    """flask-smorest's Api, answering errors in our envelope instead of its own."""

    ERROR_SCHEMA = ErrorEnvelope

    def handle_http_exception(self, error: HTTPException):
        data = getattr(error, "data", None) or {}
        details = data.get("errors") or data.get("messages") or {}
        code = CODES.get(error.code, "error")
        message = data.get("message") or error.description
        if details and error.code == 422:
            message = "Some fields are missing or have the wrong type or value."
        if details.get("json") == ["Invalid JSON body."]:
            code, message = "malformed_json", "The request body is not valid JSON."
        if error.code >= 500:
            current_app.extensions["sqlalchemy"].session.rollback()
            message = "Something went wrong on our side; nothing was saved. Please retry."
        body, status = envelope(error.code, code, message, details)
        return body, status, data.get("headers", {})


def register(app: Flask) -> None:
    @app.errorhandler(ServiceError)
    def service_error(exc: ServiceError):
        current_app.extensions["sqlalchemy"].session.rollback()
        return envelope(exc.status, exc.code, exc.message, exc.details)

    @app.errorhandler(CSRFError)
    def csrf_error(exc: CSRFError):
        return envelope(400, "csrf_failed", f"{exc.description} Fetch a new token from /api/v1/auth/csrf.")
