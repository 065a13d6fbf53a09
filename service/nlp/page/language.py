"""The language of a page's text (py3langid ships its model)."""
from __future__ import annotations

from functools import lru_cache

LANGUAGE_SAMPLE_CHARS = 2000  # py3langid is as sure on 2,000 characters of prose as on the whole text


def detect_language(text: str) -> str:
    """ISO 639-1 code; short or ambiguous text counts as English rather than guessing."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(sample.strip()) < 40:
        return "en"
    code, probability = _language_identifier().classify(sample)
    return code if code == "en" or probability >= 0.95 else "en"


@lru_cache(maxsize=1)
def _language_identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
