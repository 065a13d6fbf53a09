"""What kind of page furniture a line is, from how such lines are worded (lexicon/page_boilerplate.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache
try:  # re's own parser, to read what a pattern may start with: a private module, so only a speed-up
    from re import _constants as sre, _parser as sre_parser
except ImportError:  # a Python without it tries every pattern on every line, with the same answers
    sre = sre_parser = None

from service.nlp.lexicon import table

MAX_BOILERPLATE_LINE = 800
# Unanchored patterns ("... via Reuters") only count on short lines: a sentence may mention them.
MAX_WORDS_FOR_LOOSE_RULES = 8
# Page analysis asks about the same line more than once (line reader, rule reader, furniture kinds);
# menus repeat across requests too. Bounded, so memory stays flat.
LINE_KIND_CACHE = 8192
# The rules for lines that start with a given character: the patterns name some seventy characters.
FIRST_CHARACTER_CACHE = 512
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT) if sre else ()
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT) if sre else ()
MAX_RANGE_CHARACTERS = 128  # a wider range ('[\u0400-\u04ff]') counts as any character


def _starts(items: list[tuple]) -> tuple[set[str] | None, bool]:
    """(the characters a match of the parsed items may start with, None for any; whether it may be empty)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:  # '\b', '(?!by\s)': they narrow where a match starts, never widen it
            continue
        if op is sre.LITERAL:
            return found | {chr(av)}, False
        if op is sre.IN:
            chars = _class_characters(av)
            return (None if chars is None else found | chars), False
        if op is sre.SUBPATTERN:
            parts, empty = [av[3].data], False
        elif op is sre.BRANCH:
            parts, empty = [branch.data for branch in av[1]], False
        elif op in _REPEATS:
            parts, empty = [av[2].data], av[0] == 0
        else:
            return None, False  # '.', '\S', a back reference: any character
        for part in parts:
            chars, part_empty = _starts(part)
            if chars is None:
                return None, False
            found |= chars
            empty = empty or part_empty
        if not empty:
            return found, False
    return found, True


def _class_characters(items: list[tuple]) -> set[str] | None:
    """The characters of a class of literals and narrow ranges ('[-–—]', '[a-z]'), or None for any other."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < MAX_RANGE_CHARACTERS:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:
            return None
    return chars


def _first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a line the anchored ``pattern`` matches may start with (as the pattern writes them:
    case is ignored when they are tested), or None when any character may start a match."""
    if sre_parser is None or not pattern.startswith("^"):
        return None
    try:
        parsed = sre_parser.parse(pattern, re.IGNORECASE).data
        branches = [p.data for p in parsed[0][1][1]] if len(parsed) == 1 and parsed[0][0] is sre.BRANCH else [parsed]
        found: set[str] = set()
        for branch in branches:
            if branch[:1] != [(sre.AT, sre.AT_BEGINNING)]:
                return None
            chars, empty = _starts(branch[1:])
            if chars is None or empty:
                return None
            found |= chars
    except (AttributeError, IndexError, TypeError, ValueError):  # a parser whose tree reads otherwise
        return None
    return frozenset(found)


def _character_test(chars: frozenset[str]) -> re.Pattern[str]:
    """Whether a character is one of ``chars``, case ignored as the lexicon's patterns ignore it (of none: never)."""
    if not chars:
        return re.compile(r"(?!)")
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, re.Pattern[str] | None], ...]:
    """(kind, pattern, the test of the first characters it may match) of every row, in the table's order."""
    rows = []
    for kind, pattern in table("page_boilerplate"):
        chars = _first_characters(pattern)
        rows.append((kind, pattern, None if chars is None else _character_test(chars)))
    return tuple(rows)


Rules = tuple[tuple[str, bool, re.Pattern[str]], ...]


@lru_cache(maxsize=FIRST_CHARACTER_CACHE)
def _rules(first: str) -> Rules:
    """The patterns a line starting with ``first`` may match, neighbours of one kind and anchoring joined into
    one regex (same order, fewer calls); a pattern that cannot match there is left out, so fewer are tried."""
    groups: list[tuple[str, bool, list[str]]] = []
    for kind, pattern, starts in _patterns():
        if starts is not None and not starts.match(first):
            continue
        anchored = pattern.startswith("^")
        if groups and groups[-1][:2] == (kind, anchored):
            groups[-1][2].append(pattern)
        else:
            groups.append((kind, anchored, [pattern]))
    return tuple((kind, anchored, _joined(tuple(patterns))) for kind, anchored, patterns in groups)


@lru_cache(maxsize=FIRST_CHARACTER_CACHE)
def _joined(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex of the patterns; most first characters leave the same runs of patterns, compiled once."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules_by_first_character() -> tuple[re.Pattern[str], dict[str, Rules]]:
    """A test of the characters some anchored pattern may start with, and the rules of each of them in both
    cases, compiled at once rather than while a page waits. A line led by a character the test refuses
    may match the patterns any character may start alone: the rules of ''."""
    named = frozenset().union(*filter(None, map(_first_characters, (p for _, p in table("page_boilerplate")))))
    test = _character_test(named)
    keys = {""} | {c for char in named for c in (char, char.upper(), char.lower()) if len(c) == 1 and test.match(c)}
    return test, {key: _rules(key) for key in keys}


@lru_cache(maxsize=LINE_KIND_CACHE)
def line_kind(line: str) -> str | None:
    """The boilerplate kind of one trimmed line, or None when it reads like article text."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return None
    short = len(line.split()) <= MAX_WORDS_FOR_LOOSE_RULES
    test, by_first = _rules_by_first_character()
    first = line[:1]
    rules = by_first.get(first)
    if rules is None:  # a character no pattern starts with, or a rarer case of one ('ſ', the Kelvin sign)
        rules = _rules(first if test.match(first) else "")
    for kind, anchored, rule in rules:
        if (anchored or short) and rule.search(line):
            return kind
    return None
