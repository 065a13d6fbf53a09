"""The story's headline among the lines just above its run of prose, chosen by a learned ranker.

A page prints many headline-shaped lines above a story: section labels, a gallery's caption title,
teasers, a breadcrumb that ends with the headline, the deck. Each line within reach is a candidate;
its features are its own line features, the line reader's verdicts, where it stands above the story,
how many of its words the story's first lines repeat, breadcrumbs around it and whether the page prints
it again elsewhere (a sticky header, a share text). A conditional logit over a page's candidates and the
choice of no headline, trained by ``python -m training.page_headline`` (provenance in
``models/page_headline.json``), gives each its probability.
"""
from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from service.nlp.boilerplate import line_kind
from service.nlp.layout import Line
from service.nlp.page.dates import stamp_after_label
from service.nlp.page.line_features import content_words, plain_words
from service.nlp.page.line_model import LineClass, Ranker
from service.nlp.page.reader import has_word, is_byline_or_stamp

MODEL_FILE = "page_headline.json"
NO_HEADLINE = ["none"]  # the features of the choice of no headline
HEADLINE_REACH = 30  # lines above the story where its headline may stand
CRUMB_REACH = 3
LEDE_LINES = 8
HEADLINE_TIE = 0.05


def story_lede(lines: Sequence[Line], first: int, last: int) -> set[str]:
    """The content words of the story's first lines, which its headline's words come back in."""
    return set().union(*(content_words(line.text) for line in lines[first + 1:min(first + LEDE_LINES, last) + 1]))


def headline_candidates(lines: Sequence[Line], verdicts: Sequence[dict[LineClass, float]], first: int,
                        last: int) -> list[tuple[int, int]]:
    """(line, rank by headline likelihood) of the lines where the story's headline may stand: never a line
    the furniture lexicon names ('Click to share on Facebook'), a byline, a stamp (also after a section label),
    a table row (cells apart by tabs) or a line without a word ('·')."""
    candidates = [i for i in range(max(0, first - HEADLINE_REACH), min(first + 2, last + 1))
                  if line_kind(lines[i].text) is None and not is_byline_or_stamp(lines[i].text)
                  and stamp_after_label(lines[i].text) is None
                  and has_word(lines[i].text) and "\t" not in lines[i].text]
    ranked = sorted(candidates, key=lambda i: -verdicts[i][LineClass.TITLE])
    return [(i, ranked.index(i)) for i in candidates]


def _crumb_features(lines: Sequence[Line], i: int) -> list[str]:
    """Whether a breadcrumb nearby ends with the line ('Home » News » Title' over 'Title'), the line ends
    with a line nearby (it is that breadcrumb), or a line nearby repeats it."""
    features = []
    mine = plain_words(lines[i].text)
    if mine:
        for j in range(max(0, i - CRUMB_REACH), min(len(lines), i + CRUMB_REACH + 1)):
            other = plain_words(lines[j].text) if j != i else ""
            if other and other != mine and other.endswith(mine):
                features.append("hcrumbed")
            elif other and other != mine and mine.endswith(other) and len(other.split()) >= 3:
                features.append("hcrumb")
            elif other == mine:
                features.append("hrepeated")
    return features


def printed_lines(lines: Sequence[Line]) -> Counter[str]:
    """How many times the page prints each line (case aside)."""
    return Counter(line.text.strip().casefold() for line in lines)


def headline_features(own: list[str], verdicts: Sequence[dict[LineClass, float]], lines: Sequence[Line], i: int,
                      story_start: int, rank: int, lede: set[str], printed: Counter[str]) -> list[str]:
    """A candidate headline's features (see the module's docstring)."""
    text = lines[i].text
    words = content_words(text)
    echo = len(words & lede) / len(words) if words else 0.0
    distance = story_start - i
    between = sum(1 for j in range(i + 1, story_start) if verdicts[j][LineClass.HEADER] > 0.5)
    verdict = verdicts[i]
    # Not the words of short lines: a few hundred pages teach which menu words are no headline, not which are.
    shape = [f for f in own if not f.startswith("sw=")]
    return shape + [f"hd={min(distance, 12) if distance >= 0 else 'in'}", f"hrank={min(rank, 5)}",
                  f"hbetween={min(between, 3)}", f"ht={int(verdict[LineClass.TITLE] * 10)}",
                  f"hb={int(verdict[LineClass.BODY] * 5)}", f"hh={int(verdict[LineClass.HEADER] * 5)}",
                  f"hecho={int(echo * 5) if words else 'none'}", f"hwords={min(len(words), 8)}",
                  f"hprinted={min(printed[text.strip().casefold()], 4)}",
                  *_crumb_features(lines, i)]


def candidate_rows(lines: Sequence[Line], verdicts: Sequence[dict[LineClass, float]], own: Sequence[list[str]],
                   first: int, last: int) -> list[tuple[int, list[str]]]:
    """(line, features) of every headline candidate of the story that runs from line ``first`` to ``last``."""
    lede = story_lede(lines, first, last)
    printed = printed_lines(lines)
    return [(i, headline_features(own[i], verdicts, lines, i, first, rank, lede, printed))
            for i, rank in headline_candidates(lines, verdicts, first, last)]


def choose_headline(scored: list[tuple[float, int]]) -> tuple[float, int | None]:
    """(probability, line) of the likeliest headline; of a headline and its deck scored alike (within
    ``HEADLINE_TIE``), the upper line."""
    probability, headline = max(scored, default=(0.0, None))
    above = next(((p, i) for p, i in scored if headline is not None and i == headline - 1), None)
    if above is not None and above[0] >= probability - HEADLINE_TIE:
        return above
    return probability, headline


@dataclass(frozen=True, slots=True)
class HeadlineModel:
    """A conditional logit over a page's candidates and 'no headline'."""

    ranker: Ranker
    provenance: dict[str, Any]

    def probabilities(self, rows: Sequence[list[str]]) -> list[float]:
        """Each candidate's probability of being the headline (what is left is that of none)."""
        scores = [self.ranker.score(row) for row in rows]
        none = self.ranker.score(NO_HEADLINE)
        top = max(scores + [none])
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps) + math.exp(none - top)
        return [e / total for e in exps]

    def choose(self, rows: Sequence[tuple[int, list[str]]]) -> tuple[float, int | None]:
        """(probability, line) of the headline among the candidate rows."""
        probabilities = self.probabilities([features for _, features in rows])
        return choose_headline([(p, i) for p, (i, _) in zip(probabilities, rows)])

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "HeadlineModel":
        return cls(Ranker.from_json(data["ranker"]), dict(data.get("provenance", {})))


@lru_cache(maxsize=1)
def headline_model() -> HeadlineModel:
    """The shipped model, read once per process."""
    raw = resources.files("service.nlp.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return HeadlineModel.from_json(json.loads(raw))
