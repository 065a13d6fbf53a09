"""Markup in a pasted text: its tags found and set aside, every offset kept.

A paste of a page's source, or of a few of its elements, carries tags (``<p>``, ``</h1>``,
``<a href=…>``). The text is read with each tag turned to spaces of the same length, so the
headline, byline, entities and claims never include one, and the spans index the submitted text;
the tags outside the story's lines are returned as boilerplate of kind ``markup``.
"""
from __future__ import annotations

import bisect
import re

from service.records import BoilerplateKind, BoilerplateSpan, Body, PageLayout, Span, anchored

_ELEMENTS = ("a|abbr|article|aside|b|blockquote|body|br|button|div|em|figcaption|figure|footer|form|h[1-6]|head|"
             "header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|noscript|ol|option|p|picture|pre|script|"
             "section|select|small|source|span|strong|style|sub|sup|table|tbody|td|th|thead|time|title|tr|u|ul")
_TAG_RE = re.compile(rf"</?(?:{_ELEMENTS})\b[^<>]*>", re.IGNORECASE)
# Comments and what a script or style element holds are not text. Their ends are searched for with
# str.find and one regex search from the opening, so a paste full of unclosed openings stays linear.
_BLOCK_OPEN_RE = re.compile(r"<!--|<(script|style)\b[^<>]*>", re.IGNORECASE)
_BLOCK_END_RE = {"script": re.compile(r"</script\s*>", re.IGNORECASE), "style": re.compile(r"</style\s*>", re.IGNORECASE)}
MARKUP_WARNING = ("markup was found in the text: its tags were set aside as boilerplate "
                  "(send a page as text/html to have it read as HTML)")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Comments and script or style elements; an opening never closed ends the search for its kind."""
    blocks: list[tuple[int, int]] = []
    closed = {"comment": True, "script": True, "style": True}
    position = 0
    while opening := _BLOCK_OPEN_RE.search(text, position):
        kind = (opening.group(1) or "comment").lower()
        end = -1
        if closed[kind]:
            if kind == "comment":
                found = text.find("-->", opening.end())
                end = found + 3 if found >= 0 else -1
            elif found_end := _BLOCK_END_RE[kind].search(text, opening.end()):
                end = found_end.end()
        if end < 0:
            closed[kind] = False
            position = opening.end()
            continue
        blocks.append((opening.start(), end))
        position = end
    return blocks


def tag_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every tag, comment and script or style element, in text order, not overlapping."""
    found = _blocks(text) + [m.span() for m in _TAG_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: (span[0], -span[1])):
        if spans and start < spans[-1][1]:
            continue  # a tag inside a script element
        spans.append((start, end))
    return spans


def masked(text: str, tags: list[tuple[int, int]]) -> str:
    """The text with each tag turned to spaces (its line breaks kept)."""
    chars = list(text)
    for start, end in tags:
        chars[start:end] = [c if c == "\n" else " " for c in text[start:end]]
    return "".join(chars)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _overlaps(merged: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(starts, end) - 1  # the last interval starting before ``end``
    return k >= 0 and merged[k][1] > start


def restored(layout: PageLayout, text: str, tags: list[tuple[int, int]]) -> PageLayout:
    """A layout read from the masked text, its spans taken from the submitted text, and the tags that lie
    outside the headline, subtitle, body paragraphs and other boilerplate added as ``markup``."""
    paragraphs = [Span.of(text, p.start, p.end) for p in layout.body.paragraphs]
    boilerplate = [BoilerplateSpan(b.start, b.end, text[b.start:b.end], b.kind) for b in layout.boilerplate]
    taken = _merged([(s.start, s.end) for s in (*paragraphs, *boilerplate, layout.headline, layout.subtitle) if s])
    starts = [start for start, _ in taken]
    boilerplate += [BoilerplateSpan(start, end, text[start:end], BoilerplateKind.MARKUP)
                    for start, end in tags if not _overlaps(taken, starts, start, end)]
    body = layout.body
    layout.body = Body(body.start, body.end, text[body.start:body.end], paragraphs)
    layout.boilerplate = sorted(boilerplate, key=lambda span: span.start)
    layout.headline = anchored(text, layout.headline)
    layout.subtitle = anchored(text, layout.subtitle)
    layout.byline_names = [Span.of(text, s.start, s.end) for s in layout.byline_names]
    layout.dateline_location = anchored(text, layout.dateline_location)
    for field in ("title", "subtitle"):
        value = getattr(layout.metadata, field)
        if value:
            setattr(layout.metadata, field, " ".join(value.split()))
    return layout
