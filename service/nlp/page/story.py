"""Where the story sits among the page's furniture: its headline and the run of lines it spans.

The line reader says how likely each line is story text, headline or byline/stamp; the story
is the contiguous run of lines whose body likelihood, weighed by length, adds up most (a
maximum-sum segment, so a caption or a share row inside the story does not cut it, and a
teaser list below it is not taken in). Its headline is the likeliest headline line just above
the run (``headline``), and the byline and stamp lines between them belong to the story too.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from service.nlp.boilerplate import line_kind
from service.nlp.layout import Line
from service.nlp.page.headline import HeadlineModel, candidate_rows
from service.nlp.page.line_model import LineClass
from service.nlp.page.reader import is_byline_or_stamp
from service.records import BoilerplateKind

BODY_THRESHOLD = 0.25
HEADLINE_MIN = 0.2
HEADER_MIN = 0.5
TRAILER_REACH = 4
LINES_ABOVE_HEADLINE = 3
HEADER_REACH = 8
HEADER_FURNITURE_MIN = 0.99
MIN_CUT_ABOVE = 8
MIN_CUT_BELOW = 4
EXTEND_THRESHOLD = 0.1
MAX_EXTENSION_GAP = 4
MAX_LINE_WEIGHT = 60
TEASERS_BELOW_SHARE = 0.7  # of the story's words above a teaser list's header
MIN_TEASER_HEADER_WORDS, MAX_TEASER_HEADER_WORDS = 2, 5
# Not a header: a link after a label ('Related: …'), or a call to read an inline teaser ('READ MORE'),
# after which the story goes on.
_NOT_A_TEASER_HEADER_RE = re.compile(r":\s*\S|^read\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StoryWindow:
    """Line indexes: the story runs from ``first`` to ``last`` inclusive; ``headline`` is one of them or None."""

    first: int
    last: int
    headline: int | None
    furniture: frozenset[int] = frozenset()  # lines inside the window that are page furniture all the same
    headline_probability: float = 0.0


def _weight(line: Line) -> float:
    # By words: a menu or a chart of one-word lines weighs little against paragraphs of prose.
    return float(min(len(line.text.split()), MAX_LINE_WEIGHT))


def _story_run(lines: Sequence[Line], verdicts: Sequence[dict[LineClass, float]]) -> tuple[int, int] | None:
    best, best_run, total, start = 0.0, None, 0.0, 0
    for i, (line, verdict) in enumerate(zip(lines, verdicts)):
        if total <= 0:
            total, start = 0.0, i
        total += (verdict[LineClass.BODY] - BODY_THRESHOLD) * _weight(line)
        if total > best:
            best, best_run = total, (start, i)
    return best_run


def _extend(verdicts: Sequence[dict[LineClass, float]], last: int) -> int:
    """The run's new last line, grown downwards over lines still somewhat likely story text (a list, a
    table, a note) across gaps of a few unlikely lines: losing story text costs more than keeping a stray line."""
    gap = 0
    for j in range(last + 1, len(verdicts)):
        if verdicts[j][LineClass.BODY] >= EXTEND_THRESHOLD:
            last, gap = j, 0
        else:
            gap += 1
            if gap > MAX_EXTENSION_GAP:
                break
    return last


def story_run(lines: Sequence[Line], verdicts: Sequence[dict[LineClass, float]]) -> tuple[int, int] | None:
    """(first, last) of the story's lines: the heaviest run of likely story lines, grown downwards."""
    run = _story_run(lines, verdicts)
    return None if run is None else (run[0], _extend(verdicts, run[1]))


def _before_teasers(lines: Sequence[Line], first: int, last: int) -> int:
    """The story's last line above a teaser list's header in its lower part ('More stories', 'You Might Also
    Like', 'Related coverage'): teasers with their summaries read like prose, but a story does not go on
    under such a header, a short line the lexicon calls related."""
    weights = [_weight(lines[i]) for i in range(first, last + 1)]
    above, total = 0.0, sum(weights)
    for i, weight in zip(range(first, last + 1), weights):
        text = lines[i].text.strip()
        if above >= TEASERS_BELOW_SHARE * total and MIN_TEASER_HEADER_WORDS <= len(text.split()) <= \
                MAX_TEASER_HEADER_WORDS and text[:1].isalpha() and not _NOT_A_TEASER_HEADER_RE.search(text) \
                and line_kind(text) == BoilerplateKind.RELATED:
            return i - 1
        above += weight
    return last


def find_story(lines: Sequence[Line], verdicts: Sequence[dict[LineClass, float]], own: Sequence[list[str]],
               headlines: HeadlineModel) -> StoryWindow | None:
    """The story's window, or None when no line reads as story text."""
    run = story_run(lines, verdicts)
    if run is None:
        return None
    first, last = run
    # A byline or a stamp printed under the story ('Reported by Jane Doe', 'Published Sept. 15, 2016').
    last = max((j for j in range(last + 1, min(last + 1 + TRAILER_REACH, len(lines)))
                if is_byline_or_stamp(lines[j].text)), default=last)
    probability, headline = headlines.choose(candidate_rows(lines, verdicts, own, first, last))
    if probability < HEADLINE_MIN:
        headline = None
    # Stamps and bylines may stand just above the headline; without a headline, the rule reader looks
    # for it among the lines above the story.
    top = max(0, headline - LINES_ABOVE_HEADLINE) if headline is not None else max(0, first - HEADER_REACH)
    # A byline or stamp printed just above the headline or the first paragraph is part of the story.
    while top > 0 and verdicts[top - 1][LineClass.HEADER] >= HEADER_MIN:
        top -= 1
    top = min(top, first)
    # A few lines around a tidy paste are the rule reader's to read: its own rules know bylines,
    # credits and footers; the window only cuts away a page's worth of furniture.
    if top < MIN_CUT_ABOVE:
        top = 0
    else:
        # On a whole page, teasers under a header below the story are the page's; a story element or a
        # tidy paste may print such a block inside the story, which goes on under it.
        last = _before_teasers(lines, first, last)
    if len(verdicts) - 1 - last < MIN_CUT_BELOW:
        last = len(verdicts) - 1
    # Between the headline and the story, share rows and widgets the reader is sure of are no byline.
    furniture = frozenset(i for i in range(top, first) if i != headline
                          and verdicts[i][LineClass.OTHER] >= HEADER_FURNITURE_MIN)
    return StoryWindow(top, last, headline, furniture, probability)
