"""Property tests: any text, the extractors never raise and every span points into the text."""
from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings, strategies as st

from service.nlp.page import analyze_page
from service.nlp.structure import structure
from tests.conftest import assert_spans_valid

# Any code point but lone surrogates (the HTTP layer rejects those at decoding).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
WORD = st.text(st.characters(min_codepoint=0x41, max_codepoint=0x24F, exclude_categories=("Cs",)),
               min_size=1, max_size=10)
TRICKY = st.sampled_from(["“", "”", '"', "'", "—", "-", "(", ")", ":", ",", ".", "\n", "\n\n", " ", "\u200f",
                          "\u0301", "🙂", "\x00", "\t", "©", "|", "By ", "Reuters", "said", "according to"])
LINE = st.lists(st.one_of(WORD, TRICKY), max_size=25).map(" ".join)
ARTICLE = st.lists(LINE, min_size=1, max_size=12).map("\n\n".join)


def _layout_spans_ok(text: str, layout) -> None:
    spans = [*layout.body.paragraphs, *layout.boilerplate, *layout.byline_names]
    spans += [s for s in (layout.headline, layout.subtitle, layout.dateline_location) if s]
    assert_spans_valid(text, [dataclasses.asdict(s) for s in spans])
    for paragraph in layout.body.paragraphs:
        assert layout.body.start <= paragraph.start <= paragraph.end <= layout.body.end


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.one_of(ANY_TEXT, ARTICLE))
def test_page_analysis_on_any_text(text):
    _layout_spans_ok(text, analyze_page(text))


@settings(max_examples=60, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(ANY_TEXT, ARTICLE))
def test_whole_structuring_on_any_text(nlp, text):
    article = structure(nlp, text)
    assert_spans_valid(text, dataclasses.asdict(article))
    assert all(0 <= e.salience <= 1 for e in article.entities)
    assert all(0 <= c.certainty <= 1 for c in article.claims)
