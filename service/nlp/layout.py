"""Lines and blocks of the submitted text, with offsets into it."""
from __future__ import annotations

import re
from dataclasses import dataclass

_LINE_RE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line, trimmed of surrounding white space; ``block`` counts blank-line-separated blocks."""

    start: int
    end: int
    text: str
    block: int


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    block = 0
    previous_end = 0
    for match in _LINE_RE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        if lines and text.count("\n", previous_end, match.start()) > 1:
            block += 1
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        lines.append(Line(start, end, stripped, block))
        previous_end = end
    return lines
