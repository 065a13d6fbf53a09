"""analyze_main_text: a story's main text as an HTML extractor gives it, headline first."""

from service.nlp.page import analyze_main_text

HEADLINE = "Harbor Bridge Reopens After Two Years of Repairs"
STORY = [
    "Related: Ferry service to end when the bridge reopens",
    "How the repairs were paid for",
    "- Federal grants",
    "- A county bond",
    "Officials said on Monday that the Harbor Bridge would reopen to traffic on Friday after two years of repairs.",
    "Now watching",
    "Installing the new deck",
    "The bridge carries about 40,000 cars a day, according to the state transport department.",
]


def _main_text(lines: list[str]) -> str:
    return "\n\n".join([HEADLINE, *lines]) + "\n"


def test_the_markup_headline_is_the_headline_and_headings_and_lists_stay_in_the_body():
    text = _main_text(["By Jane Doe", *STORY])
    layout = analyze_main_text(text, headline_end=len(HEADLINE))
    assert layout.headline.text == HEADLINE
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
    assert [p.text for p in layout.body.paragraphs] == [line for line in STORY if line not in (
        "Related: Ferry service to end when the bridge reopens", "Now watching")]
    assert sorted((b.kind, b.text) for b in layout.boilerplate) == [
        ("byline", "By Jane Doe"), ("media", "Now watching"),
        ("related", "Related: Ferry service to end when the bridge reopens")]
    for span in [layout.headline, *layout.body.paragraphs, *layout.boilerplate]:
        assert text[span.start:span.end] == span.text


def test_a_long_lead_under_the_headline_is_body_not_a_deck():
    lead = ("The Americas cannot ignore the risk of further surges, the regional health director warned on "
            "Wednesday as she urged countries to remain vigilant and to close the gaps in vaccination quickly.")
    text = _main_text([lead, STORY[4]])
    layout = analyze_main_text(text, headline_end=len(HEADLINE))
    assert layout.subtitle is None and layout.metadata.subtitle is None
    assert [p.text for p in layout.body.paragraphs] == [lead, STORY[4]]


def test_a_dateline_and_a_short_deck_are_set_apart_from_the_body():
    deck = "Crews finished the work ahead of schedule"
    text = _main_text([deck, "WEST PALM BEACH — " + STORY[4], STORY[7]])
    layout = analyze_main_text(text, headline_end=len(HEADLINE))
    assert layout.subtitle.text == deck
    assert layout.metadata.dateline.location == "WEST PALM BEACH"
    assert [p.text for p in layout.body.paragraphs] == [STORY[4], STORY[7]]


def test_code_paths_wrapped_lines_and_dated_references_stay_in_the_body():
    lines = ["Clients send requests like this:", "GET /storage/jane/drinks/test HTTP/1.1",
             "register applications as OAuth clients before first use; if no",
             "client is registered, the server answers with an error.",
             "Smith, J. The Storage Protocol. Retrieved 24 February 2018."]
    text = _main_text(["March 4, 2019", STORY[4], *lines])
    layout = analyze_main_text(text, headline_end=len(HEADLINE))
    assert layout.metadata.published == "2019-03-04"
    assert [b.text for b in layout.boilerplate] == ["March 4, 2019"]
    assert [p.text for p in layout.body.paragraphs] == [STORY[4], *lines]
