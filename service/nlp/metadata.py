"""Page analysis: headline, byline, dates, publisher and boilerplate of a pasted article (first pass)."""
from __future__ import annotations

import re

import py3langid

from service.nlp.layout import Line, split_lines
from service.records import Author, BoilerplateSpan, Body, Metadata, PageLayout, Span

_BYLINE_RE = re.compile(r"^(?:by|written by)\s+(?P<names>.+)$", re.IGNORECASE)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
_BOILERPLATE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("follow", re.compile(r"^follow\b.*\bon (twitter|facebook|instagram)\b", re.I)),
    ("share", re.compile(r"^(share (on|this)|email$|print$|tweet$)", re.I)),
    ("copyright", re.compile(r"^(copyright|©)|all rights reserved", re.I)),
    ("licensing", re.compile(r"^content created by|licensing opportunities", re.I)),
    ("read_more", re.compile(r"^read (more|the rest)\b", re.I)),
    ("subscribe", re.compile(r"^(send tips to|sign up|subscribe)\b", re.I)),
    ("ui", re.compile(r"^font size:?$", re.I)),
    ("credit", re.compile(r"(\bAP Photo\b|^REUTERS/|Getty Images|^Photo:)", re.I)),
)


def detect_language(text: str) -> str:
    if not text.strip():
        return "en"
    code, _ = py3langid.classify(text[:5000])
    return code


def _authors(line: Line) -> tuple[list[Author], list[Span]]:
    match = _BYLINE_RE.match(line.text)
    if not match:
        return [], []
    authors, spans = [], []
    offset = line.start + match.start("names")
    names = match.group("names")
    position = 0
    for piece in _NAME_SPLIT_RE.split(names):
        index = names.find(piece, position)
        position = index + len(piece)
        if piece.strip():
            authors.append(Author(piece.strip()))
            spans.append(Span(offset + index, offset + index + len(piece), piece))
    return authors, spans


def analyze_page(text: str) -> PageLayout:
    lines = split_lines(text)
    metadata = Metadata()
    headline = None
    boilerplate: list[BoilerplateSpan] = []
    byline_names: list[Span] = []
    paragraphs: list[Span] = []
    for index, line in enumerate(lines):
        if index == 0:
            headline = Span(line.start, line.end, line.text)
            metadata.title = line.text
            continue
        authors, names = _authors(line)
        if authors and not metadata.authors:
            metadata.authors = authors
            byline_names.extend(names)
            boilerplate.append(BoilerplateSpan(line.start, line.end, line.text, "byline"))
            continue
        kind = next((kind for kind, rule in _BOILERPLATE_RULES if rule.search(line.text)), None)
        if kind:
            boilerplate.append(BoilerplateSpan(line.start, line.end, line.text, kind))
        else:
            paragraphs.append(Span(line.start, line.end, line.text))
    if paragraphs:
        body = Body(paragraphs[0].start, paragraphs[-1].end,
                    text[paragraphs[0].start:paragraphs[-1].end], paragraphs)
    else:
        body = Body(0, 0, "", [])
    metadata.language = detect_language(" ".join(p.text for p in paragraphs) or text)
    return PageLayout(metadata, headline, None, body, boilerplate, byline_names)
