"""Turns a raw request body into a dict for the schemas, answering 4xx on anything unreadable."""
from __future__ import annotations

import codecs
import json
import re
from typing import Any

from flask import Request

from service.api.errors import ProblemError
from service.validation import TextRejected, decode_text

JSON_TYPES = ("application/json",)
TEXT_TYPES = ("text/plain",)
HTML_TYPES = ("text/html",)


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ProblemError(400, f"Malformed JSON: duplicate key {key!r}.")
        result[key] = value
    return result


def _decode(raw: bytes, charset: str, what: str = "body") -> str:
    try:
        codecs.lookup(charset)
    except LookupError:
        raise ProblemError(415, f"Unsupported charset {charset!r}; send UTF-8.") from None
    try:
        return decode_text(raw, charset, what)
    except TextRejected as exc:
        raise ProblemError(exc.status, exc.detail) from None


_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _meta_charset(raw: bytes) -> str | None:
    """The charset a page's <meta> names in its first 2 KB, as browsers look for it."""
    match = _META_CHARSET_RE.search(raw[:2048])
    return match.group(1).decode("ascii") if match else None


def parse_json(raw: bytes, charset: str = "utf-8") -> Any:
    text = _decode(raw, charset)
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise ProblemError(400, f"Malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}.") from None
    except RecursionError:
        raise ProblemError(400, "Malformed JSON: nested too deeply.") from None
    except ValueError as exc:
        raise ProblemError(400, f"Malformed JSON: {exc}.") from None


def read_body(request: Request, allow_text: bool) -> Any:
    """The request body as data: parsed JSON, or ``{"text": ...}`` for text/plain."""
    mimetype = request.mimetype
    charset = request.mimetype_params.get("charset", "utf-8")
    accepted = JSON_TYPES + (TEXT_TYPES + HTML_TYPES if allow_text else ())
    if mimetype not in accepted and not mimetype.endswith("+json"):
        raise ProblemError(415, f"Unsupported Content-Type {mimetype or '(none)'!r}; use {' or '.join(accepted)}.")
    raw = request.get_data()
    if mimetype in HTML_TYPES:
        # without a header charset, a <meta charset> names it (trafilatura's decoder reads it)
        if "charset" not in request.mimetype_params:
            charset = _meta_charset(raw) or "utf-8"
        return {"html": _decode(raw, charset, "html")}
    if mimetype in TEXT_TYPES:
        return {"text": _decode(raw, charset, "text")}
    if not raw.strip():
        raise ProblemError(400, "Malformed JSON: the body is empty.")
    return parse_json(raw, charset)
