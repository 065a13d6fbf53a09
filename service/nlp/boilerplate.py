"""What kind of page furniture a line is, from how such lines are worded (lexicon/page_boilerplate.tsv)."""
from __future__ import annotations

import re
from functools import lru_cache

from service.nlp.lexicon import table

MAX_BOILERPLATE_LINE = 400
# Unanchored patterns ("... via Reuters") only count on short lines: a sentence may mention them.
MAX_WORDS_FOR_LOOSE_RULES = 8


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, bool, re.Pattern[str]], ...]:
    return tuple((kind, pattern.startswith("^"), re.compile(pattern, re.IGNORECASE))
                 for kind, pattern in table("page_boilerplate"))


def line_kind(line: str) -> str | None:
    """The boilerplate kind of one trimmed line, or None when it reads like article text."""
    if len(line) > MAX_BOILERPLATE_LINE:
        return None
    short = len(line.split()) <= MAX_WORDS_FOR_LOOSE_RULES
    for kind, anchored, rule in _rules():
        if (anchored or short) and rule.search(line):
            return kind
    return None
