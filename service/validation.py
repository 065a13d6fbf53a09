"""Whether a text can be structured, and why not: one rule for the HTTP service, the CLI and bulk.

Every entry point (``POST /v1/structure`` and its batch, ``structure-articles structure`` and
``structure-articles bulk``) decodes and checks its text here, so they reject the same texts with
the same status and the same words.
"""
from __future__ import annotations

import re

_NON_BLANK = re.compile(r"\S")


class TextRejected(ValueError):
    """A text that cannot be structured: the HTTP status it answers and the detail it says."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def decode_text(raw: bytes, charset: str = "utf-8", what: str = "text") -> str:
    """``raw`` decoded; TextRejected(400) naming the first undecodable byte when it is not ``charset``."""
    try:
        return raw.decode(charset)
    except UnicodeDecodeError as exc:
        raise TextRejected(400, f"The {what} is not valid {charset}: byte {exc.start} cannot be decoded.") from None


def text_problem(text: object, max_chars: int) -> tuple[int, str] | None:
    """``(HTTP status, detail)`` when ``text`` cannot be structured, else None."""
    if not isinstance(text, str) or not _NON_BLANK.search(text):
        return 422, "The text must be a string with at least one non-whitespace character."
    if len(text) > max_chars:
        return 413, f"The text has {len(text)} characters; the limit is {max_chars}."
    if any("\ud800" <= c <= "\udfff" for c in text):
        return 422, "The text contains unpaired surrogate code points."
    return None


def check_text(text: object, max_chars: int) -> str:
    """``text`` itself when it can be structured; TextRejected otherwise."""
    problem = text_problem(text, max_chars)
    if problem:
        raise TextRejected(*problem)
    return text  # type: ignore[return-value]


def read_text(raw: bytes, max_chars: int) -> str:
    """The text in a file's bytes (UTF-8), checked as the HTTP service checks a text/plain body."""
    return check_text(decode_text(raw), max_chars)


MAX_ID_CHARS = 256
ID_RANGE = (-(2**63), 2**63 - 1)
ID_RULE = (f"The id must be a string of at most {MAX_ID_CHARS} characters or a 64-bit integer; "
           "it is echoed back as a string.")


def check_id(value: object) -> str | None:
    """A client's article id, the same rule for batch requests and bulk rows: a string (at most
    MAX_ID_CHARS characters) or an integer in the 64-bit range (a Parquet int64 column), returned as a
    string; None stays None. Anything else (a float, a boolean, a list) is TextRejected(422)."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) <= MAX_ID_CHARS:
        return value
    if isinstance(value, int) and not isinstance(value, bool) and ID_RANGE[0] <= value <= ID_RANGE[1]:
        return str(value)
    raise TextRejected(422, ID_RULE)
