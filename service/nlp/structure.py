"""Text -> Article: the one place that orders the steps.

page analysis (no model) -> model view -> spaCy -> entities -> claims -> stats.
Every document is processed inside ``nlp.memory_zone()`` and turned into plain
records before the zone closes, so no ``Doc`` outlives a request and the
string store does not grow.
"""
from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from service.nlp.claims import extract_claims
from service.nlp.entities import extract_entities
from service.nlp.markup import MARKUP_WARNING, masked, restored, tag_spans
from service.nlp.page import analyze_page
from service.nlp.prepare import model_view
from service.records import Article, Claim, Entity, PageLayout, Span, Stats, anchored

T = TypeVar("T")
log = logging.getLogger(__name__)
WORDS_PER_MINUTE = 230
_WORD_RE = re.compile(r"\w+(?:[’'.,-]\w+)*")
NON_ENGLISH_WARNING = (
    "language '{}' is not English: entities and claims are not extracted "
    "because the English model would produce unreliable results"
)


def _stats(layout: PageLayout, doc: Doc | None) -> Stats:
    words = sum(len(_WORD_RE.findall(p.text)) for p in layout.body.paragraphs)
    if doc is not None:
        sentences = sum(1 for s in doc.sents if s.text.strip()
                        and s.start_char >= layout.body.start)
    else:
        sentences = sum(len(re.findall(r"[.!?]+(?:\s|$)", p.text)) or 1 for p in layout.body.paragraphs)
    minutes = math.ceil(words / WORDS_PER_MINUTE * 10) / 10 if words else 0.0
    tokens = sum(1 for token in doc if not token.is_space) if doc is not None else 0
    return Stats(words, len(layout.body.paragraphs), sentences, minutes, tokens)


def _guarded(stage: str, warnings: list[str], fallback: T, extract: Callable[..., T], *args: object) -> T:
    """Run one extractor; a bug in it costs that part of the answer, never the whole request."""
    try:
        return extract(*args)
    except Exception:
        log.exception("extractor failed", extra={"stage": stage})
        warnings.append(f"{stage} could not be extracted from this text")
        return fallback


def _anchor_to_source(text: str, entities: list[Entity], claims: list[Claim]) -> None:
    """Take every span's text from the submitted text: the model read a re-cased headline."""
    for entity in entities:
        entity.mentions = [Span.of(text, m.start, m.end) for m in entity.mentions]
    for claim in claims:
        claim.content = Span.of(text, claim.content.start, claim.content.end)
        claim.content_parts = [Span.of(text, part.start, part.end) for part in claim.content_parts]
        claim.source = anchored(text, claim.source)
        claim.cue = anchored(text, claim.cue)
        claim.hedges = [Span.of(text, h.start, h.end) for h in claim.hedges]


def _assemble(text: str, layout: PageLayout, doc: Doc | None, tags: list[tuple[int, int]]) -> Article:
    warnings: list[str] = [MARKUP_WARNING] if tags else []
    if doc is None:
        entities, claims = [], []
        warnings.append(NON_ENGLISH_WARNING.format(layout.metadata.language))
    else:
        entities = _guarded("entities", warnings, [], extract_entities, doc, layout)
        claims = _guarded("claims", warnings, [], extract_claims, doc, layout, entities)
        _anchor_to_source(text, entities, claims)
    stats = _stats(layout, doc)  # counted on the text read, without its tags
    if tags:
        layout = restored(layout, text, tags)
    return Article(layout.metadata, layout.headline, layout.subtitle, layout.body,
                   layout.boilerplate, entities, claims, stats, warnings)


def _needs_model(layout: PageLayout) -> bool:
    return layout.metadata.language == "en"


def structure(nlp: Language, text: str, analyze: Callable[[str], PageLayout] = analyze_page) -> Article:
    """Structure one article; ``analyze`` is the page analysis (``analyze_main_text`` for extracted HTML)."""
    return list(structure_many(nlp, [text], analyze=analyze))[0]


def structure_many(nlp: Language, texts: Iterable[str], batch_size: int = 8,
                   analyze: Callable[[str], PageLayout] = analyze_page) -> Iterator[Article]:
    """Structure articles in order, batching the model with ``nlp.pipe``."""
    readings = [_read(text, analyze) for text in texts]
    views = [model_view(read, layout) for _, read, layout, _ in readings if _needs_model(layout)]
    with nlp.memory_zone():
        docs = nlp.pipe(views, batch_size=batch_size)
        for text, _, layout, tags in readings:
            doc = next(docs) if _needs_model(layout) else None
            yield _assemble(text, layout, doc, tags)


def _read(text: str, analyze: Callable[[str], PageLayout]) -> tuple[str, str, PageLayout, list[tuple[int, int]]]:
    """(text, the text read: its tags blanked, its layout, the tags)."""
    tags = tag_spans(text)
    read = masked(text, tags) if tags else text
    return text, read, analyze(read), tags


def page_layout(text: str, analyze: Callable[[str], PageLayout] = analyze_page) -> PageLayout:
    """The page analysis step alone, as ``structure`` runs it (tags set aside): for benchmarks."""
    _, _, layout, tags = _read(text, analyze)
    return restored(layout, text, tags) if tags else layout


WARM_UP_TEXT = ("Warm-Up Headline\n\nBy Jane Doe\nMarch 4, 2019\n\n"
                "WASHINGTON (Reuters) - Officials said on Monday that the bridge would reopen.\n")


def warm_up(nlp: Language) -> None:
    """Load everything that loads lazily (language identifier, date parser) before the first request."""
    structure(nlp, WARM_UP_TEXT)
