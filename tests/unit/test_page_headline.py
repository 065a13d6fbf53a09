"""The headline ranker: its candidates, its probabilities, the choice between a headline and its deck."""
from __future__ import annotations

import pytest

from service.nlp.layout import Line
from service.nlp.page.dates import stamp_after_label
from service.nlp.page.headline import HeadlineModel, choose_headline, headline_candidates, headline_model
from service.nlp.page.line_model import LineClass, Ranker

PLAIN = {LineClass.BODY: 0.25, LineClass.TITLE: 0.25, LineClass.HEADER: 0.25, LineClass.OTHER: 0.25}


def _lines(texts: list[str]) -> list[Line]:
    lines, position = [], 0
    for number, text in enumerate(texts):
        lines.append(Line(position, position + len(text), text, number))
        position += len(text) + 1
    return lines


@pytest.mark.parametrize("scored, chosen", [
    ([(0.43, 50), (0.44, 51)], (0.43, 50)),  # a headline over its deck, scored alike
    ([(0.20, 50), (0.44, 51)], (0.44, 51)),
    ([(0.44, 51), (0.43, 53)], (0.44, 51)),  # not adjacent
    ([(0.9, 7)], (0.9, 7)),
    ([], (0.0, None)),
])
def test_of_a_headline_and_its_deck_scored_alike_the_upper_is_the_headline(scored, chosen):
    assert choose_headline(scored) == chosen


@pytest.mark.parametrize("text, stamp", [
    ("Local News  •  October 18, 2019", "October 18, 2019"),
    ("Politics | March 3, 2020", "March 3, 2020"),
    ("Remembering the flood of November 3, 2010", None),
    ("October 18, 2019", None),  # a stamp alone is the byline reader's
    ("Council approves budget | Springfield Gazette", None),
])
def test_a_section_label_with_its_date_ends_in_a_stamp(text, stamp):
    assert stamp_after_label(text) == stamp


def test_stamps_bylines_share_rows_and_table_rows_are_no_candidates():
    lines = _lines(["Local News  •  October 18, 2019", "Council Approves County Budget After Debate",
                    "By Jane Porter", "Share on Facebook", "W\tL\tPCT", "·",
                    "The county council voted on Tuesday to approve the budget after months of debate."])
    candidates = headline_candidates(lines, [PLAIN] * len(lines), 6, 6)
    assert [lines[i].text for i, _ in candidates] == [
        "Council Approves County Budget After Debate",
        "The county council voted on Tuesday to approve the budget after months of debate."]


def test_the_candidates_and_no_headline_share_the_probability():
    model = HeadlineModel(Ranker({"none": 1.0, "hrank=0": 2.0}, 0.0), {})
    probabilities = model.probabilities([["hrank=0"], ["hrank=1"]])
    assert probabilities[0] == pytest.approx(0.665, abs=1e-3)
    assert probabilities[1] == pytest.approx(0.090, abs=1e-3)
    assert model.choose([(40, ["hrank=1"]), (41, ["hrank=0"])]) == (pytest.approx(0.665, abs=1e-3), 41)


def test_the_headline_model_ships_with_its_provenance():
    model = headline_model()
    assert model.provenance["trained_by"] == "python -m training.page_headline"
    assert 0 < model.provenance["gold_among_candidates"] <= model.provenance["texts"]
    assert "none" in model.ranker.weights
