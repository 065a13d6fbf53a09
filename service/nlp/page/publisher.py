"""The publication a page names itself by, chosen among the names it prints by a learned ranker.

A page prints its own name again and again, in places no rule list foresees: a logo's text on a line
of its own ('Real Simple'), 'More Page Six', 'Boston Herald Store', '(Matt Stone/Boston Herald)',
'… a reporter for FiveThirtyEight', 'Copyright © 2020 · The Postpartum Party', while its copyright line
often names the company that owns it ('© 2023 NYP Holdings'). Every run of capitalised words the page
prints outside the story's inner prose (with its heads and tails: 'Boston Herald' of 'Boston Herald
Store'), and every short line, is a candidate; its features say where and how the page prints it (the
words around its mentions, how many lines print it, alone or in prose, in the story or its furniture,
in capitals, with which boilerplate kinds) and which of the exact rules (the story's own credit line,
``masthead``'s patterns, the copyright line, a known publication in the furniture) name it. A
conditional logit over a page's candidates and the choice of no name, trained by
``python -m training.page_publisher`` on real pages and tidy frames (its provenance in
``models/page_publisher.json``), scores each; the best wins, and 'no name' may. A company that owns the site ('NYP Holdings', as its
copyright line says) wins only when no name the site goes by beats 'no name'. What never names a
publication (a social network or 'Subscribe' of ``page_not_publishers``, one everyday word such as
'Follow') is never chosen unless an exact rule names it: the ranker, trained on a few hundred pages, does
not learn that from the pages alone.
"""
from __future__ import annotations

import bisect
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from service.nlp.layout import Line
from service.nlp.lexicon import table, words
from service.nlp.page import reader
from service.nlp.page.line_model import Ranker
from service.nlp.page.masthead import is_owner_company
from service.records import PageLayout

MODEL_FILE = "page_publisher.json"
NO_NAME = {"none": 1.0}  # the features of the choice to name no publisher
MAX_NAME_WORDS = 4
MAX_LINE_WORDS = 4  # a line this short is a candidate as a whole, however it is written
MAX_LINES_SCANNED = 600
BODY_EDGE_LINES = 8
MAX_LABEL_WORDS = 12  # a longer line is prose: a name there may be any capitalised word
MIN_LETTERS = 2
MIN_HOST_PREFIX = 4
_TOKEN_RE = re.compile(r"[^\W_][\w'’&+⇒@-]*(?:\.[^\W_][\w'’&+⇒@-]*)*")
_HOST_RE = re.compile(r"\b(?:www\.)?([a-z0-9-]+)\.(?:com|org|net|co\.uk|de|io|fr|uk|us|ca|au|info|news)\b", re.I)
_LAST_WORD_RE = re.compile(r"([^\W\d_]+|\d+|[^\w\s])\s*$")
_FIRST_WORD_RE = re.compile(r"^\s*([^\W\d_]+|\d+|[^\w\s])")
_FILLER = " .:|-–—»›®™©"
_LEADING_THE_RE = re.compile(r"^the\s+")
_NOT_ALNUM_RE = re.compile(r"[^a-z0-9]")
CONTEXT_CHARS = 40


class PublisherRule(StrEnum):
    """The exact rules whose answer the ranker reads as evidence."""

    STORY = "story"  # the story's own lines credit it ('By Jane Doe, The Hill', 'Source: Reuters')
    MASTHEAD = "masthead"  # masthead patterns: 'Follow X', 'X Staff', 'X - Back to home'
    COPYRIGHT = "copyright"  # the copyright line, unless it names an owning company
    FURNITURE = "furniture"  # a known publication named in the set-aside furniture


@dataclass(slots=True)
class Candidate:
    """A name the page prints, and what its mentions say about it."""

    name: str
    features: dict[str, float] = field(default_factory=dict)
    barred: bool = False  # never the answer


@dataclass(slots=True)
class _Mentions:
    forms: dict[str, int] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)
    alone: set[int] = field(default_factory=set)
    context: dict[str, int] = field(default_factory=dict)
    capitals: int = 0
    in_body: int = 0
    in_prose: int = 0
    in_headline: int = 0
    whole: int = 0  # mentions that are a whole run of name words, not a part of a longer one


class CandidateChooser(Protocol):
    def choose(self, candidates: Sequence[Candidate]) -> str | None: ...


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    return _LEADING_THE_RE.sub("", " ".join(name.lower().split()))


@lru_cache(maxsize=1)
def _known_keys() -> frozenset[str]:
    """Every way the lexicon writes a publication or an agency, as ``_key`` writes it."""
    return frozenset(_key(name) for display, aliases in table("page_publishers")
                     for name in [display, *aliases.split("|")]) | frozenset(_key(a) for a in words("page_agencies"))


def _is_name_word(token: str) -> bool:
    return token[0].isupper() or token[0].isdigit() or any(c.isupper() for c in token[1:])


def _context_word(text: str, side: str) -> str:
    """The word or mark next to a mention: 'more' in 'More Page Six', '/' in 'Stone/Boston Herald'."""
    if side == "pre":
        # The word before ends the text: it lies after the text's last space, a shorter string to search.
        words_before = text.rsplit(None, 1)
        found = _LAST_WORD_RE.search(words_before[-1]) if words_before else None
    else:
        found = _FIRST_WORD_RE.search(text)
    if not found:
        return "^" if side == "pre" else "$"
    word = found.group(1).lower()
    return "#" if word.isdigit() else word


@lru_cache(maxsize=8192)
def _lexicon_flags(name: str) -> tuple[str, ...]:
    """What the lexicon says of a name; menus print the same labels on page after page."""
    return tuple(flag for flag, holds in (
        ("agency", reader.is_agency(name)), ("owner", is_owner_company(name)),
        ("plain", reader.is_plain_words(name)), ("lower", name.islower())) if holds)


def _token_word(token: str, side: str) -> str:
    return token.lower() if token.isalpha() else _context_word(token, side)


@lru_cache(maxsize=1)
def _run_re() -> re.Pattern[str]:
    """Name words (capitalised, camel-cased or led by a digit: 'Boston', 'eHow', 'ABC13') joined by spaces
    and the lexicon's joiners. One regular expression: page analysis scans every line of a long page."""
    name = r"(?:[A-ZÀ-ÖØ-Þ0-9]|[a-z]+[A-Z])[\w'’&+⇒@-]*(?:\.\w[\w'’&+⇒@-]*)*"
    joiners = "|".join(sorted((re.escape(j) for j in words("page_name_joiners")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’&+⇒@.-]){name}(?:(?:[ \t]+(?:{joiners}))*[ \t]+{name})*")


def _runs(text: str) -> Iterable[list[re.Match[str]]]:
    """Runs of name words joined by spaces alone ('Boston Herald Store'; 'Stone/Boston Herald' gives two)."""
    for run in _run_re().finditer(text):
        yield list(_TOKEN_RE.finditer(text, run.start(), run.end()))


def _mentions(lines: Sequence[Line], body: tuple[int, int], headline: tuple[int, int]) -> dict[str, _Mentions]:
    found: dict[str, _Mentions] = defaultdict(_Mentions)
    joiners = words("page_name_joiners")

    def mention(i: int, line: Line, start: int, end: int, before: str, after: str, whole: bool = True) -> None:
        """One mention; ``before`` and ``after`` are its context features ('pre=more', 'post=$')."""
        surface = line.text[start:end]
        entry = found[_key(surface)]
        entry.forms[surface] = entry.forms.get(surface, 0) + 1
        entry.lines.add(i)
        if start <= lead and end >= trail:
            entry.alone.add(i)
        for context in (before, after):
            entry.context[context] = entry.context.get(context, 0) + 1
        entry.capitals += surface.isupper()
        entry.in_body += in_body
        entry.in_prose += prose
        entry.in_headline += in_headline
        entry.whole += whole

    # The story's prose names what it is about; its first and last lines may still name the page
    # ('Jane Doe is a reporter for …', 'Subscribe to our … newsletter').
    body_lines = [i for i, line in enumerate(lines) if body[0] <= line.start < body[1]]
    inner = set(body_lines[BODY_EDGE_LINES:-BODY_EDGE_LINES])
    scanned = [i for i in range(len(lines)) if i not in inner]
    if len(scanned) > MAX_LINES_SCANNED:
        scanned = scanned[:MAX_LINES_SCANNED // 2] + scanned[-MAX_LINES_SCANNED // 2:]
    for i in scanned:
        line = lines[i]
        text = line.text
        # Where a name that fills the line (but for marks: '®', '»', '|') starts and ends.
        lead = len(text) - len(text.lstrip(_FILLER))
        trail = len(text.rstrip(_FILLER))
        tokens = text.split()
        prose = len(tokens) > MAX_LABEL_WORDS
        in_body = body[0] <= line.start < body[1]
        in_headline = headline[0] <= line.start < headline[1]
        if len(tokens) <= MAX_LINE_WORDS and trail > lead and not any(_is_name_word(t) for t in tokens):
            mention(i, line, lead, trail, "pre=^", "post=$")
        # The run itself, its heads and its tails: 'Boston Herald' of 'Boston Herald Store', 'Page Six' of
        # 'More Page Six'. Inside a run, the word before a part is the run's previous token.
        for run in _runs(text):
            if len(run) == 1:  # one word, most runs: the mention is the word, unless it is 'The' or a joiner
                word = run[0]
                if word.group() != "The" and word.group() not in joiners:
                    mention(i, line, word.start(), word.end(),
                            "pre=" + _context_word(text[max(0, word.start() - CONTEXT_CHARS):word.start()], "pre"),
                            "post=" + _context_word(text[word.end():word.end() + CONTEXT_CHARS], "post"))
                continue
            ends = [k for k, token in enumerate(run) if token.group() not in joiners]
            spans = {(a, b) for a in ends for b in ends
                     if a <= b < a + MAX_NAME_WORDS and (a == ends[0] or b == ends[-1])}
            # Context features named once per token, not once per mention that starts or ends there.
            before = ["pre=" + _context_word(text[max(0, run[0].start() - CONTEXT_CHARS):run[0].start()], "pre")]
            before += ["pre=" + _token_word(token.group(), "pre") for token in run[:-1]]
            after = ["post=" + _token_word(token.group(), "post") for token in run[1:]]
            after.append("post=" + _context_word(text[run[-1].end():run[-1].end() + CONTEXT_CHARS], "post"))
            for a, b in spans:
                if not (a == b and run[a].group() == "The"):
                    mention(i, line, run[a].start(), run[b].end(), before[a], after[b],
                            whole=a == 0 and b == len(run) - 1)
    return found


def _bin(count: int, edges: Sequence[int]) -> str:
    """The first of the ascending edges the count does not exceed, or the last edge and '+'."""
    k = bisect.bisect_left(edges, count)
    return str(edges[k]) if k < len(edges) else f"{edges[-1]}+"


def candidates(lines: Sequence[Line], layout: PageLayout, picks: Mapping[PublisherRule, str]) -> list[Candidate]:
    """The names the page prints that might be its own, with their features; ``layout`` is what page
    analysis read of the story, ``picks`` what the exact rules answered."""
    body = (layout.body.start, layout.body.end) if layout.body.paragraphs else (0, 0)
    headline = (layout.headline.start, layout.headline.end) if layout.headline is not None else (0, 0)
    found = _mentions(lines, body, headline)
    picked = {rule: _key(name) for rule, name in picks.items()}
    for name in picks.values():
        found[_key(name)].forms.setdefault(name, 0)
    hosts: dict[str, set[int]] = defaultdict(set)
    for i, line in enumerate(lines):
        if "." not in line.text:  # a line without a dot prints no address
            continue
        for match in _HOST_RE.finditer(line.text):
            hosts[match.group(1).lower().replace("-", "")].add(i)
    author_keys = {_key(author.name) for author in layout.metadata.authors}
    count = max(len(lines), 1)
    kinds = {span.start: str(span.kind) for span in layout.boilerplate}
    out = []
    known_keys = _known_keys()
    host_heads = {host[:3] for host in hosts}
    for key, entry in found.items():
        in_pick = [rule for rule, k in picked.items() if k == key]
        squashed = _NOT_ALNUM_RE.sub("", key) if key[:3] in host_heads else ""
        known = key in known_keys
        if not (len(entry.lines) >= 2 or entry.alone or in_pick or known or squashed in hosts) \
                or sum(c.isalpha() for c in key) < MIN_LETTERS:
            continue
        name = max(entry.forms, key=lambda form: (entry.forms[form], not form.isupper(), len(form)))
        mentions = max(sum(entry.forms.values()), 1)
        flags = [f"lines={_bin(len(entry.lines), (0, 1, 2, 3, 5, 8))}", f"alone={_bin(len(entry.alone), (0, 1, 2))}",
                 f"words={min(len(key.split()), MAX_NAME_WORDS)}"]
        flags += [f"pick={rule.value}" for rule in in_pick]
        flags += [f"pickpart={rule.value}" for rule, k in picked.items() if k != key and key in k.split(" ")]
        if entry.lines:
            first, last = min(entry.lines) / count, max(entry.lines) / count
            flags += [f"first={int(first * 5)}", f"last={int(last * 5)}",
                      f"inbody={int(4 * entry.in_body / mentions)}", f"prose={int(4 * entry.in_prose / mentions)}",
                      f"whole={int(4 * entry.whole / mentions)}"]
            if entry.in_headline:
                flags.append("headline")
            flags += sorted({f"kind={kinds.get(lines[i].start, 'none')}" for i in entry.lines})
        else:
            flags.append("unprinted")
        if entry.capitals and entry.capitals == mentions:
            flags.append("capitals")
        # Its own address printed apart from its name ('Printed from https://hellogiggles.com'), or
        # only beside it ('Printed and distributed by PressReader PressReader.com').
        if squashed in hosts:
            flags.append("host" if hosts[squashed] - entry.lines else "hostbeside")
        elif len(squashed) >= MIN_HOST_PREFIX and any(host.startswith(squashed) for host in hosts):
            flags.append("hostpart")
        flags += _lexicon_flags(name)
        flags += [flag for flag, holds in (("known", known), ("author", key in author_keys)) if holds]
        # The words around its mentions, as shares: a name printed a hundred times must not add a hundred weights.
        features = {flag: 1.0 for flag in flags}
        features.update({context: n / mentions for context, n in entry.context.items()})
        # What never names a publication (a social network, 'Subscribe', one everyday word: 'Follow') stays
        # a candidate for the ranker to learn from, but is never chosen unless an exact rule names it.
        barred = not in_pick and (key in words("page_not_publishers")
                                  or (" " not in key and "plain" in features))
        out.append(Candidate(name, features, barred))
    return out


@dataclass(frozen=True, slots=True)
class PublisherModel:
    """A conditional logit over a page's candidates and 'no name': the best scored wins."""

    ranker: Ranker
    provenance: dict[str, Any]

    def choose(self, found: Sequence[Candidate]) -> str | None:
        """The best scored name that beats 'no name'; a company that owns the site ('NYP Holdings') only
        when no name the site goes by does."""
        none = self.ranker.score(NO_NAME)
        scored = sorted(((self.ranker.score(c.features), not is_owner_company(c.name), c.name)
                         for c in found if not c.barred), reverse=True)
        best = next((name for score, brand, name in scored if score > none and brand), None) or next(
            (name for score, _, name in scored if score > none), None)
        return reader.normalise_publisher(best) if best else None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "PublisherModel":
        return cls(Ranker.from_json(data["ranker"]), dict(data.get("provenance", {})))


@lru_cache(maxsize=1)
def publisher_model() -> PublisherModel:
    """The shipped model, read once per process."""
    raw = resources.files("service.nlp.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return PublisherModel.from_json(json.loads(raw))
