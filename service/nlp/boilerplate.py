"""What kind of page furniture a line is, from how such lines are worded (lexicon/page_boilerplate.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache

from service.nlp.lexicon import table

MAX_BOILERPLATE_LINE = 800
# Unanchored patterns ("... via Reuters") only count on short lines: a sentence may mention them.
MAX_WORDS_FOR_LOOSE_RULES = 8
# Page analysis asks about the same line more than once (line reader, rule reader, furniture kinds);
# menus repeat across requests too. Bounded, so memory stays flat.
LINE_KIND_CACHE = 8192


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    """The table's patterns, neighbours of one kind and anchoring joined into one regex (same order, fewer calls)."""
    groups: list[tuple[str, bool, list[str]]] = []
    for kind, pattern in table("page_boilerplate"):
        anchored = pattern.startswith("^")
        if groups and groups[-1][:2] == (kind, anchored):
            groups[-1][2].append(pattern)
        else:
            groups.append((kind, anchored, [pattern]))
    return tuple((kind, anchored, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
                 for kind, anchored, patterns in groups)


@lru_cache(maxsize=LINE_KIND_CACHE)
def line_kind(line: str) -> str | None:
    """The boilerplate kind of one trimmed line, or None when it reads like article text."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return None
    short = len(line.split()) <= MAX_WORDS_FOR_LOOSE_RULES
    for kind, anchored, rule in _rules():
        if (anchored or short) and rule.search(line):
            return kind
    return None
