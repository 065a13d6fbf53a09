"""The text the model reads: the submitted text with everything but headline and body blanked out.

The view keeps every character at its offset (blanked characters become
spaces, line breaks stay), so token offsets are offsets into the submitted
text and no mapping back is needed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from service.nlp.lexicon import words
from service.records import PageLayout, Span

_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with vs via over after".split()
)


def _is_shouted(headline: str) -> bool:
    letters = [c for c in headline if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


def _is_title_case(headline: str) -> bool:
    words = [w for w in _WORD_RE.findall(headline) if w.lower() not in _MINOR_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.8


def _same_length(word: str, replacement: str) -> str:
    return replacement if len(replacement) == len(word) else word


@lru_cache(maxsize=1)
def _known_names() -> tuple[frozenset[str], int]:
    """Lower-cased places and nationalities a reader knows, and the most words one has."""
    names = words("entity_places") | words("entity_demonyms")
    return frozenset(names), max(len(name.split()) for name in names)


def _known_name_words(headline_words: list[str]) -> set[int]:
    """Indexes of headline words that belong to a known place or nationality ('SRI LANKA', 'DUTCH')."""
    names, longest = _known_names()
    lowered = [w.lower() for w in headline_words]
    found: set[int] = set()
    for start in range(len(lowered)):
        for size in range(min(longest, len(lowered) - start), 0, -1):
            if " ".join(lowered[start:start + size]) in names:
                found.update(range(start, start + size))
                break
    return found


def sentence_case(headline: str, body: str) -> str:
    """Rewrite a Title Case or ALL CAPS headline in the case the body uses for each word.

    A word keeps its capital only when the body writes it capitalised (a proper
    name); the first word keeps its capital. The length never changes.
    """
    if not (_is_shouted(headline) or _is_title_case(headline)):
        return headline
    body_forms: dict[str, str] = {}
    for match in _WORD_RE.finditer(body):
        word = match.group()
        key = word.lower()
        if word[0].isupper() and match.start() > 0 and body[match.start() - 2: match.start()].strip() not in {".", "“", '"'}:
            body_forms.setdefault(key, word)
        elif word.islower():
            body_forms[key] = word
    out: list[str] = []
    position = 0
    matches = list(_WORD_RE.finditer(headline))
    known = _known_name_words([m.group() for m in matches])
    for index, match in enumerate(matches):
        word = match.group()
        out.append(headline[position:match.start()])
        form = body_forms.get(word.lower())
        if index in known and not (form and form.islower()):  # 'TURKEY PRICES' next to a body's 'turkey'
            form = word[:1].upper() + word[1:].lower()
        elif form is None:
            form = word if word.isupper() and len(word) <= 5 and not _is_shouted(headline) else word.lower()
        if index == 0:
            form = form[:1].upper() + form[1:]
        out.append(_same_length(word, form))
        position = match.end()
    out.append(headline[position:])
    return "".join(out)


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?][\"'”’)]*\s+)[\"'“‘(]*([a-z])")


def _lower_same_length(text: str) -> str:
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def unshout(paragraph: str) -> str:
    """An ALL CAPS paragraph in sentence case: each sentence's first letter, 'I' and known places and
    nationalities keep their capital. The length never changes, so offsets still hold."""
    lowered = list(_lower_same_length(paragraph))
    for match in _SENTENCE_START_RE.finditer("".join(lowered)):
        lowered[match.start(1)] = lowered[match.start(1)].upper()
    matches = list(_WORD_RE.finditer(paragraph))
    known = _known_name_words([m.group().rstrip(".'’-") for m in matches])
    for index, match in enumerate(matches):
        if index in known or match.group() == "I":
            lowered[match.start()] = match.group()[0]
    return "".join(lowered)


def model_view(text: str, layout: PageLayout) -> str:
    """The submitted text with boilerplate blanked, and a shouting headline or body put in sentence case."""
    kept: list[Span] = [*layout.body.paragraphs]
    if layout.subtitle:
        kept.append(layout.subtitle)
    chars = [c if c == "\n" else " " for c in text]
    shouted = _is_shouted(layout.body.text)
    for span in kept:
        chars[span.start:span.end] = unshout(span.text) if shouted else text[span.start:span.end]
    if layout.headline:
        head = layout.headline
        body = unshout(layout.body.text) if shouted else layout.body.text
        chars[head.start:head.end] = sentence_case(head.text, body)
    return "".join(chars)
