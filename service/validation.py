"""Why a text cannot be structured: one rule for the HTTP service and bulk processing alike."""
from __future__ import annotations

import re

_NON_BLANK = re.compile(r"\S")


def text_problem(text: object, max_chars: int) -> tuple[int, str] | None:
    """``(HTTP status, detail)`` when ``text`` cannot be structured, else None."""
    if not isinstance(text, str) or not _NON_BLANK.search(text):
        return 422, "The text must be a string with at least one non-whitespace character."
    if len(text) > max_chars:
        return 413, f"The text has {len(text)} characters; the limit is {max_chars}."
    if any("\ud800" <= c <= "\udfff" for c in text):
        return 422, "The text contains unpaired surrogate code points."
    return None
