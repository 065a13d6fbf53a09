"""The furniture lexicon tries on a line only the patterns that may match a line starting as it does."""
from __future__ import annotations

import re

import pytest

from service.nlp.boilerplate import _character_test, _first_characters, _patterns, line_kind
from service.nlp.lexicon import table


@pytest.mark.parametrize("pattern, starts, never", [
    ("^(share|tweet)$", "sStT", "xé"),
    ("^(?!by\\s)[a-c]x", "abcABC", "dy"),
    ("^x?[-–]y", "xX-–", "y"),  # an optional first item: what follows may start the match too
    ("^(?:a|b*)c", "abcABC", "d"),
    ("^(?-i:[A-Z])x", "Aa", "1"),  # case-sensitive inside, tested case-blind: more lines tried, none missed
    ("^s|^k", "sSkK\u017f\u212a", "t"),  # 'ſ' and the Kelvin sign match 's' and 'k' when case is ignored
])
def test_first_characters(pattern: str, starts: str, never: str) -> None:
    chars = _first_characters(pattern)
    assert chars is not None
    test = _character_test(chars)
    assert all(test.match(c) for c in starts) and not any(test.match(c) for c in never)


@pytest.mark.parametrize("pattern", ["^.{2,60}x", "^\\S+ x", "^x?$", "(getty images|/ap\\b)", "^(a|.)b"])
def test_a_pattern_any_character_may_start(pattern: str) -> None:
    assert _first_characters(pattern) is None


def test_every_pattern_matches_a_line_its_test_admits() -> None:
    # Each pattern's own matches on probe lines start with a character its test admits.
    probes = ["Share", "Tweet", "© 2020 The Daily Planet", "Advertisement", "Photo: Jane Doe/AFP", "Read more:",
              "Follow us on Twitter", "Sign up for our newsletter", "Getty Images", "1 of 5", "- 12 -", "[Video]"]
    for (_, pattern), (_, _, test) in zip(table("page_boilerplate"), _patterns()):
        for line in probes:
            if test is not None and re.search(pattern, line, re.IGNORECASE):
                assert test.match(line), (pattern, line)



@pytest.mark.parametrize("line, kind", [
    ("Share", "share"), ("SHARE", "share"), ("\u017fhare", "share"),  # 'ſ' is an 's' to a case-blind pattern
    ("“Share”", None), ("12 comments", "comments"), ("Getty Images", "credit"),
])
def test_line_kind_whatever_the_first_character(line: str, kind: str | None) -> None:
    assert line_kind(line) == kind


def test_without_re_s_parser_every_pattern_is_tried_and_the_kinds_are_the_same(monkeypatch) -> None:
    from service.nlp import boilerplate

    lines = ["Share", "© 2020 The Daily Planet", "Advertisement", "Photo: Jane Doe/AFP", "12 comments",
             "Getty Images", "The council voted on Tuesday.", "Follow us on Twitter", "\u017fhare"]
    expected = [line_kind(line) for line in lines]
    caches = [boilerplate._patterns, boilerplate._rules, boilerplate._rules_by_first_character, boilerplate.line_kind]
    monkeypatch.setattr(boilerplate, "sre_parser", None)
    for cache in caches:
        cache.cache_clear()
    try:
        assert all(starts is None for _, _, starts in boilerplate._patterns())
        assert [boilerplate.line_kind(line) for line in lines] == expected
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()
