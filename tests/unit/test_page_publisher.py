"""The publisher ranker: the names a page prints, what their mentions say, and the one it picks."""
from __future__ import annotations

import pytest

from service.nlp.page import analyze_page
from service.nlp.page.line_model import Ranker
from service.nlp.page.publisher import NO_NAME, Candidate, PublisherModel, PublisherRule, candidates
from service.nlp.page.reader import reading_lines
from service.records import Body, Metadata, PageLayout

STORY = """Harbour Bridge Reopens After Two Years of Repairs
By Jane Porter
March 4, 2019

The harbour bridge reopened to traffic on Tuesday after two years of repairs that cost the city far more than planned, officials said.

Commuters who had used the ferry since 2017 said they were glad to drive again, though some complained about the new tolls at the crossing.

The city council will review the final cost of the work next month, the mayor told reporters at the reopening ceremony on Tuesday morning.
"""

# A page that names itself only in its furniture, in shapes no masthead rule lists, and whose copyright
# line names the company that owns it.
PAGE = f"""Skip to content
Harbour Herald
News
Sports
Harbour Herald Store
{STORY}
(Photo by Tom Lee/Harbour Herald)
Most Read
Ferry fares rise again
Privacy Policy
© 2019 Coastline Media Holdings, LLC. All rights reserved.
"""


def _layout(text: str, body: tuple[int, int] = (0, 0)) -> PageLayout:
    return PageLayout(Metadata(), None, None, Body(body[0], body[1], "", []), [])


def _features(text: str, picks=None) -> dict[str, dict[str, float]]:
    lines = reading_lines(text)
    return {c.name: c.features for c in candidates(lines, _layout(text), picks or {})}


def test_a_name_the_furniture_prints_again_and_again_is_a_candidate_with_its_contexts():
    found = _features(PAGE)
    herald = found["Harbour Herald"]
    assert herald["lines=3"] == 1.0  # 'Harbour Herald', 'Harbour Herald Store', '(Photo by Tom Lee/Harbour Herald)'
    assert herald["alone=1"] == 1.0
    assert herald["post=store"] == pytest.approx(1 / 3)
    assert herald["pre=/"] == pytest.approx(1 / 3)
    assert herald["post=)"] == pytest.approx(1 / 3)


def test_an_owning_company_is_flagged_and_a_rule_answer_is_marked():
    found = _features(PAGE, {PublisherRule.COPYRIGHT: "Coastline Media Holdings"})
    owner = next(f for name, f in found.items() if name.startswith("Coastline Media Holdings"))
    assert "owner" in owner
    assert found["Coastline Media Holdings"]["pick=copyright"] == 1.0


@pytest.mark.parametrize("line, name", [
    ("eHow", "eHow"),  # camel-cased, on a line of its own
    ("topicseed", "topicseed"),  # a short line in lower case is a candidate as a whole
    ("Royal Road®", "Royal Road"),  # marks are not part of the name
])
def test_short_lines_give_their_name(line, name):
    found = _features(f"{line}\n\nSomething else entirely.\n\n{line}\n")
    assert name in found and found[name]["alone=2"] == 1.0


def test_single_letters_and_the_bare_article_are_no_candidates():
    found = _features("I went home. A dog barked.\nI went home. A dog barked.\nThe\nThe\n")
    assert not {"I", "A", "The"} & set(found)


def test_the_model_names_nobody_when_no_name_out_scores_the_choice_of_none():
    model = PublisherModel(Ranker({"none": 1.0, "alone=2": 0.5, "known": 2.0}, 0.0), {})
    weak = Candidate("Weak Name", {"alone=2": 1.0})
    strong = Candidate("Reuters", {"alone=2": 1.0, "known": 1.0})
    assert model.choose([weak]) is None
    assert model.choose([weak, strong]) == "Reuters"
    assert model.ranker.score(NO_NAME) == 1.0


def test_a_company_that_owns_the_site_yields_to_a_name_the_site_goes_by():
    model = PublisherModel(Ranker({"none": 1.0, "copyright": 3.0, "alone=2": 1.5}, 0.0), {})
    owner = Candidate("NYP Holdings", {"copyright": 1.0})
    brand = Candidate("Page Six", {"alone=2": 1.0})
    weak = Candidate("Weak Name", {})
    assert model.choose([owner, brand]) == "Page Six"
    assert model.choose([owner, weak]) == "NYP Holdings"  # the only name that beats 'no name'


def test_the_shipped_model_reads_the_name_the_page_goes_by_not_its_owner():
    assert analyze_page(PAGE).metadata.publisher == "Harbour Herald"


def test_the_story_credit_of_a_publication_stands_before_the_ranker():
    page = PAGE.replace("By Jane Porter", "By Jane Porter, The Washington Post")
    assert analyze_page(page).metadata.publisher == "The Washington Post"


def test_a_social_network_or_one_everyday_word_is_never_the_answer():
    text = "Follow\nFollow\nInstagram\nInstagram\nHarbour Herald\nHarbour Herald\n"
    found = {c.name: c for c in candidates(reading_lines(text), _layout(text), {})}
    assert found["Follow"].barred and found["Instagram"].barred and not found["Harbour Herald"].barred
    model = PublisherModel(Ranker({"none": 1.0, "alone=2": 3.0}, 0.0), {})
    assert model.choose([found["Follow"], found["Instagram"]]) is None
    assert model.choose(list(found.values())) == "Harbour Herald"


def test_an_exact_rule_may_still_name_an_everyday_word():
    text = "Follow\nFollow\n"
    found = candidates(reading_lines(text), _layout(text), {PublisherRule.COPYRIGHT: "Follow"})
    assert [c.name for c in found if not c.barred] == ["Follow"]
