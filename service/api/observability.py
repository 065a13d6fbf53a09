"""Request ids and one structured log line per request (no article text unless LOG_TEXT is set)."""
from __future__ import annotations

import logging
import re
import time
import uuid

from flask import Flask, Response, g, request

from service.config import Settings

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
log = logging.getLogger("service.access")


def _start() -> None:
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = incoming if _VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
    g.started = time.perf_counter()


def _finish(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = g.get("request_id", "")
    latency_ms = round((time.perf_counter() - g.get("started", time.perf_counter())) * 1000, 2)
    log.info("request", extra={
        "request_id": g.get("request_id"), "method": request.method, "path": request.path,
        "status": response.status_code, "latency_ms": latency_ms,
        "content_length": request.content_length, "text_chars": g.get("text_chars"),
        **({"text_preview": g.text_preview} if "text_preview" in g else {}),
    })
    return response


def note_text(settings: Settings, texts: list[str]) -> None:
    """Remember what the access log may say about the submitted text: its size, and its start only if LOG_TEXT."""
    g.text_chars = sum(len(text) for text in texts)
    if settings.log_text and texts:
        g.text_preview = texts[0][:200]


def init_request_logging(app: Flask) -> None:
    app.before_request(_start)
    app.after_request(_finish)
