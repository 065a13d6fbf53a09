"""The orchestration: order, statistics, memory zones, non-English input."""
from __future__ import annotations

from service.nlp.structure import structure, structure_many

ARTICLE = """Mayor Opens New Library Branch

By Sam Carter

The city opened its newest library on Saturday. Mayor Ellen Park said the branch would serve 40,000 residents.

It cost $8 million to build.
"""


def test_structure_many_keeps_order_and_matches_single_calls(nlp):
    texts = [ARTICLE, "Short one.\n\nOfficials said the road is closed.", ARTICLE.upper()]
    many = list(structure_many(nlp, texts, batch_size=2))
    assert [a.metadata.title for a in many] == [structure(nlp, t).metadata.title for t in texts]
    assert many[0] == structure(nlp, ARTICLE)


def test_stats_count_the_body(nlp):
    article = structure(nlp, ARTICLE)
    assert article.stats.paragraph_count == 2
    assert article.stats.word_count == 24
    assert article.stats.sentence_count == 3
    assert article.stats.reading_time_minutes == 0.2


def test_string_store_does_not_grow_across_requests(nlp):
    structure(nlp, ARTICLE)
    before = len(nlp.vocab.strings)
    for number in range(20):
        structure(nlp, f"Zorblax{number} Quintrell{number} said Vemmuth{number} was closed.")
    assert len(nlp.vocab.strings) == before


def test_spans_of_a_shouting_headline_keep_the_submitted_text(nlp):
    text = "CITY OF OAKLAND SUES BAYER\n\nThe City of Oakland sued Bayer on Monday, officials said."
    article = structure(nlp, text)
    for entity in article.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text


def test_frequent_news_words_are_permanent_lexemes(nlp):
    assert "officials" in nlp.vocab and "Reuters" in nlp.vocab
    lexemes = len(nlp.vocab)
    with nlp.memory_zone():
        nlp.make_doc("Officials said the bridge would reopen, (Reuters) reported.")
        assert len(nlp.vocab) == lexemes
