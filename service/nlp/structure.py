"""Text -> Article: the one place that orders the steps.

page analysis (no model) -> model view -> spaCy -> entities -> claims -> stats.
Every document is processed inside ``nlp.memory_zone()`` and turned into plain
records before the zone closes, so no ``Doc`` outlives a request and the
string store does not grow.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from service.nlp.claims import extract_claims
from service.nlp.entities import extract_entities
from service.nlp.metadata import analyze_page
from service.nlp.prepare import model_view
from service.records import Article, PageLayout, Stats

WORDS_PER_MINUTE = 230
_WORD_RE = re.compile(r"\w+(?:[’'-]\w+)*")
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
    return Stats(words, len(layout.body.paragraphs), sentences, minutes)


def _assemble(layout: PageLayout, doc: Doc | None) -> Article:
    warnings: list[str] = []
    if doc is None:
        entities, claims = [], []
        warnings.append(NON_ENGLISH_WARNING.format(layout.metadata.language))
    else:
        entities = extract_entities(doc, layout)
        claims = extract_claims(doc, layout, entities)
    return Article(layout.metadata, layout.headline, layout.subtitle, layout.body,
                   layout.boilerplate, entities, claims, _stats(layout, doc), warnings)


def _needs_model(layout: PageLayout) -> bool:
    return layout.metadata.language == "en"


def structure(nlp: Language, text: str) -> Article:
    """Structure one article."""
    return next(structure_many(nlp, [text]))


def structure_many(nlp: Language, texts: Iterable[str], batch_size: int = 8) -> Iterator[Article]:
    """Structure articles in order, batching the model with ``nlp.pipe``."""
    layouts = [(text, analyze_page(text)) for text in texts]
    views = [model_view(text, layout) for text, layout in layouts if _needs_model(layout)]
    with nlp.memory_zone():
        docs = nlp.pipe(views, batch_size=batch_size)
        for _, layout in layouts:
            doc = next(docs) if _needs_model(layout) else None
            yield _assemble(layout, doc)
