"""RFC 9457 problem+json for every error the service answers."""
from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, g, json, request
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

PROBLEM_MIMETYPE = "application/problem+json"
log = logging.getLogger(__name__)


class ProblemError(HTTPException):
    """An HTTP error with a specific detail (and, for validation, per-field errors)."""

    def __init__(self, status: int, detail: str, errors: Any = None, headers: dict[str, str] | None = None):
        super().__init__(description=detail)
        self.code = status
        self.errors = errors
        self.extra_headers = headers or {}


def problem_body(status: int, detail: str, errors: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTP_STATUS_CODES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = errors
    return body


def problem_response(status: int, detail: str, errors: Any = None,
                     headers: dict[str, str] | None = None) -> Response:
    body = problem_body(status, detail, errors)
    body["instance"] = request.path
    request_id = getattr(g, "request_id", None)
    if request_id:
        body["request_id"] = request_id
    response = Response(json.dumps(body), status=status, mimetype=PROBLEM_MIMETYPE)
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def handle_http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    if isinstance(error, ProblemError):
        return problem_response(status, error.description or "", error.errors, error.extra_headers)
    data = getattr(error, "data", None) or {}
    errors = data.get("errors") or data.get("messages")
    headers = dict(error.get_headers()) if status == 405 else {}
    headers.pop("Content-Type", None)
    return problem_response(status, error.description or HTTP_STATUS_CODES.get(status, "Error"), errors, headers)


def handle_unexpected(error: Exception) -> Response:
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    log.exception("unhandled error", extra={"request_id": getattr(g, "request_id", None)})
    return problem_response(500, InternalServerError.description)


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected)
