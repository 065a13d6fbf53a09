"""The publication a whole page names itself by: its masthead, its 'Follow X' and 'X Staff' lines, its copyright.

A site prints its own name again and again in its furniture ('Follow Lifehacker', 'Block for Lifehacker',
'PhillyVoice Staff', a logo's text on a line of its own), while a copyright line often names the owning
company instead ('© 2023 NYP Holdings'). Each candidate name scores the furniture lines that print it; the
patterns that introduce a name are the rules in ``lexicon/page_masthead.tsv``.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from service.nlp.layout import Line
from service.nlp.lexicon import table, words
from service.nlp.page.reader import is_agency, is_plain_words

MAX_NAME_WORDS = 4
MAX_LINES_SCANNED = 400
MIN_SCORE = 2
MIN_LABEL_MENTIONS = 3
_SENTENCE_BREAK_RE = re.compile(r"\.\s")  # 'Copyright 2016 BBC. The BBC is not responsible …'
_OWNER_SUFFIX_RE = re.compile(r"\b(?:Holdings|LLC|Ltd|Inc|Group|Enterprises|AG|GmbH|Corp(?:oration)?|Company|Co)\.?$")


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((name, re.compile(pattern)) for name, pattern in table("page_masthead"))


def _usable(name: str) -> bool:
    name = name.strip(" .,:;")
    return bool(name) and len(name.split()) <= MAX_NAME_WORDS and name.lower() not in words("page_not_publishers") \
        and not any(c.isdigit() for c in name)


def _name_of(match: re.Match[str] | None) -> str:
    """The name a rule matched, up to a sentence break ('Copyright 2016 BBC. The BBC is …' -> 'BBC')."""
    return _SENTENCE_BREAK_RE.split(match.group("name"))[0].strip(" .,:;") if match else ""


def _is_label(rule: str, name: str, furniture: list[Line]) -> bool:
    """'Support Tickets', 'About Editorial', 'Editorial Staff', 'Follow Us On …': a section's label or the
    reader, not the page's name. A name of everyday words the page prints again and again ('About Medical
    News Today') is its name."""
    if name.split()[0].lower() in words("page_reader_pronouns"):
        return True
    if not ((rule == "about" or (rule == "staff" and len(name.split()) == 1)) and is_plain_words(name)):
        return False
    mention = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return sum(len(mention.findall(line.text)) for line in furniture) < MIN_LABEL_MENTIONS


def is_owner_company(name: str) -> bool:
    """'NYP Holdings', 'Healthline Media UK Ltd': a company that owns the site, not the name it goes by."""
    return bool(_OWNER_SUFFIX_RE.search(name))


def without_owner_suffix(name: str) -> str:
    """'Spiceworks Inc' -> 'Spiceworks': the name a company's site goes by."""
    return _OWNER_SUFFIX_RE.sub("", name).strip(" ,.") or name


def copyright_name(furniture: list[Line]) -> str | None:
    """The name on the page's copyright line ('© 2019 The Hill'), unless it names the owning company."""
    rule = dict(_rules())["copyright"]
    for line in reversed(furniture):
        name = _name_of(rule.match(line.text))
        if name and _usable(name) and not is_owner_company(name):
            return name
    return None


def masthead_name(furniture: list[Line]) -> str | None:
    """The name the page's furniture gives the publication most often, or None when no name stands out."""
    furniture = furniture[:MAX_LINES_SCANNED // 2] + furniture[-MAX_LINES_SCANNED // 2:] \
        if len(furniture) > MAX_LINES_SCANNED else furniture
    introduced: Counter[str] = Counter()
    rules = [(kind, rule) for kind, rule in _rules() if kind != "copyright"]
    for line in furniture:
        for kind, rule in rules:
            found = rule.search(line.text)
            if found is None:  # most lines match no rule: no name to read
                continue
            name = _name_of(found)
            if name and _usable(name) and not is_agency(name) and not _is_label(kind, name, furniture):
                introduced[name] += 1
                break
    # A name on a line of its own (a logo's text) counts for a name the patterns introduced.
    standalone = Counter(line.text for line in furniture if line.text in introduced)
    scores = Counter({name: 2 * count + standalone[name] for name, count in introduced.items()
                      if not is_owner_company(name)})
    if not scores:
        return None
    name, score = scores.most_common(1)[0]
    return name if score >= MIN_SCORE else None
