"""Where the story sits among the page's furniture: its headline and the run of lines it spans.

The line reader says how likely each line is story text, headline or byline/stamp; the story
is the contiguous run of lines whose body likelihood, weighed by length, adds up most (a
maximum-sum segment, so a caption or a share row inside the story does not cut it, and a
teaser list below it is not taken in). Its headline is the likeliest headline line just above
the run, and the byline and stamp lines between them belong to the story too.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from service.nlp.boilerplate import line_kind
from service.nlp.layout import Line
from service.nlp.page.line_features import content_words
from service.nlp.page.reader import has_word, is_byline_or_stamp
from service.nlp.page.line_model import LineClass, LineModel, headline_features

BODY_THRESHOLD = 0.25
HEADLINE_REACH = 30  # lines above the story where its headline may stand
HEADLINE_MIN = 0.2
HEADLINE_TIE = 0.05
HEADER_MIN = 0.5
TRAILER_REACH = 4
LINES_ABOVE_HEADLINE = 3
HEADER_REACH = 8
LEDE_LINES = 8
HEADER_FURNITURE_MIN = 0.99
MIN_CUT_ABOVE = 8
MIN_CUT_BELOW = 4
EXTEND_THRESHOLD = 0.1
MAX_EXTENSION_GAP = 4
MAX_LINE_WEIGHT = 60


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


def story_lede(lines: Sequence[Line], first: int, last: int) -> set[str]:
    """The content words of the story's first lines, which its headline's words come back in."""
    return set().union(*(content_words(line.text) for line in lines[first + 1:min(first + LEDE_LINES, last) + 1]))


def headline_candidates(lines: Sequence[Line], verdicts: Sequence[dict[LineClass, float]], first: int,
                        last: int) -> list[tuple[int, int]]:
    """(line, rank by headline likelihood) of the lines where the story's headline may stand: never a line
    the furniture lexicon names ('Click to share on Facebook'), a byline, a stamp, a table row (cells apart by
    tabs) or a line without a word ('·')."""
    candidates = [i for i in range(max(0, first - HEADLINE_REACH), min(first + 2, last + 1))
                  if line_kind(lines[i].text) is None and not is_byline_or_stamp(lines[i].text)
                  and has_word(lines[i].text) and "\t" not in lines[i].text]
    ranked = sorted(candidates, key=lambda i: -verdicts[i][LineClass.TITLE])
    return [(i, ranked.index(i)) for i in candidates]


def choose_headline(scored: list[tuple[float, int]]) -> tuple[float, int | None]:
    """(probability, line) of the likeliest headline; of a headline and its deck scored alike (within
    ``HEADLINE_TIE``), the upper line."""
    probability, headline = max(scored, default=(0.0, None))
    above = next(((p, i) for p, i in scored if headline is not None and i == headline - 1), None)
    if above is not None and above[0] >= probability - HEADLINE_TIE:
        return above
    return probability, headline


def find_story(lines: Sequence[Line], verdicts: Sequence[dict[LineClass, float]], own: Sequence[list[str]],
               model: LineModel) -> StoryWindow | None:
    """The story's window, or None when no line reads as story text."""
    run = story_run(lines, verdicts)
    if run is None:
        return None
    first, last = run
    # A byline or a stamp printed under the story ('Reported by Jane Doe', 'Published Sept. 15, 2016').
    last = max((j for j in range(last + 1, min(last + 1 + TRAILER_REACH, len(lines)))
                if is_byline_or_stamp(lines[j].text)), default=last)
    lede = story_lede(lines, first, last)
    scored = [(model.headline.probability(headline_features(own[i], verdicts, lines, i, first, rank, lede)), i)
              for i, rank in headline_candidates(lines, verdicts, first, last)]
    probability, headline = choose_headline(scored)
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
    if len(verdicts) - 1 - last < MIN_CUT_BELOW:
        last = len(verdicts) - 1
    # Between the headline and the story, share rows and widgets the reader is sure of are no byline.
    furniture = frozenset(i for i in range(top, first) if i != headline
                          and verdicts[i][LineClass.OTHER] >= HEADER_FURNITURE_MIN)
    return StoryWindow(top, last, headline, furniture, probability)
