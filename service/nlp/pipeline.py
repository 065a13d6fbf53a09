"""Loads the spaCy model once per process and runs it inside memory zones."""
from __future__ import annotations

import logging
import time
from functools import lru_cache

import spacy
from spacy.language import Language

from service.nlp import components  # noqa: F401  (registers the factories)
from service.nlp.lexicon import forms

log = logging.getLogger(__name__)


def load_pipeline(model: str, disable: tuple[str, ...] = ()) -> Language:
    """Load ``model`` without the components in ``disable`` and add the service's own."""
    started = time.perf_counter()
    nlp = spacy.load(model, exclude=list(disable))
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("line_break_sentences", before="parser")
    _add_common_words(nlp)
    nlp.meta.setdefault("load_seconds", round(time.perf_counter() - started, 3))
    log.info("model loaded", extra={"model": model, "pipes": nlp.pipe_names,
                                    "seconds": nlp.meta["load_seconds"]})
    return nlp


def _add_common_words(nlp: Language) -> None:
    """Tokenise news text's frequent strings outside any memory zone (training/common_words.py says why)."""
    nlp.make_doc(" ".join(forms("vocab_common_words")))


@lru_cache(maxsize=4)
def shared_pipeline(model: str, disable: tuple[str, ...] = ()) -> Language:
    """The process-wide pipeline: loaded on first use, then reused."""
    return load_pipeline(model, disable)
