"""The story inside a whole pasted page: window, headline, byline, date, publisher, furniture kinds."""
from __future__ import annotations

import pytest

from service.nlp.layout import Line
from service.nlp.page import analyze_page
from service.nlp.page.line_model import LineClass, line_model
from service.nlp.page.dates import day_first_page
from service.nlp.page.masthead import copyright_name, is_owner_company, masthead_name
from service.nlp.page.reader import bare_name, bio_author, is_plain_words, reading_lines
from service.nlp.page.story import _story_run

MENU = """Skip to main content
Springfield Gazette
Sign In
Subscribe
News
Politics
Business
Market Movers
Photo Galleries
GIF Feed
Opinion
Sports
Big Stories
We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
Accept
Local News"""

STORY = """Council Approves County Budget After Months of Debate
By Jane Porter
March 4, 2019
Share
Tweet
Email

The county council voted on Tuesday to approve the budget, ending months of debate over how to pay for new schools and roads across the county.

Opponents said the plan would raise property taxes for thousands of families, and several residents spoke against it at the meeting.

“We have waited long enough for these roads,” said council chair Maria Lopez, who led the negotiations over the spending plan.

The budget includes money for two new elementary schools, a bridge repair on Route 9 and a raise for county employees.

The council will meet again next month to discuss how the new taxes will be collected and when they take effect."""

FOOTER = """Most Read
Storm Knocks Out Power Across the Valley
Show more
More from Politics
Mayor Unveils Plan for Downtown Parking
John Roe
School Board Delays Vote on New Calendar
Ann Poe
Newsletter
Get the Springfield Gazette in your inbox every morning
Sign up
About Us
Contact
Careers
Advertise
Privacy Policy
Terms of Use
Follow Springfield Gazette
Facebook
Twitter
© 2019 Springfield Gazette. All rights reserved."""

PAGE = f"{MENU}\n{STORY}\n\n{FOOTER}\n"
MENU_LABELS = ["Market Movers", "Photo Galleries", "GIF Feed", "Big Stories", "Show more", "Local News"]


@pytest.fixture(scope="module")
def layout():
    return analyze_page(PAGE)


def test_headline_byline_and_date_come_from_the_story(layout):
    assert layout.metadata.title == "Council Approves County Budget After Months of Debate"
    assert [a.name for a in layout.metadata.authors] == ["Jane Porter"]
    assert layout.metadata.published == "2019-03-04"


def test_the_publisher_is_what_the_page_calls_itself(layout):
    assert layout.metadata.publisher == "Springfield Gazette"


def test_the_body_is_the_story_and_nothing_else(layout):
    paragraphs = [p.text for p in layout.body.paragraphs]
    assert paragraphs == STORY.split("\n\n")[1:]


def test_menus_teasers_and_footers_are_boilerplate_with_kinds(layout):
    kinds = {span.text: span.kind for span in layout.boilerplate}
    assert kinds["Skip to main content"] == "navigation"
    assert kinds["Market Movers"] == "navigation"
    assert kinds["Storm Knocks Out Power Across the Valley"] == "footer"
    assert all(label in kinds for label in MENU_LABELS)


def test_no_menu_item_or_teaser_name_becomes_an_author(layout):
    names = {a.name for a in layout.metadata.authors}
    assert not names & {*MENU_LABELS, "John Roe", "Ann Poe", "Sign In"}
    assert all(PAGE[s.start:s.end] == s.text for s in layout.boilerplate + layout.body.paragraphs)


def test_a_tidy_paste_is_left_to_the_rule_reader_whole():
    text = f"{STORY}\n\nFollow Jane Porter on Twitter\n"
    layout = analyze_page(text)
    assert layout.metadata.title == "Council Approves County Budget After Months of Debate"
    assert len(layout.body.paragraphs) == 5
    assert layout.boilerplate[-1].kind == "follow"


def _verdicts(body: list[float]) -> list[dict[LineClass, float]]:
    return [{LineClass.BODY: p, LineClass.OTHER: 1 - p, LineClass.TITLE: 0.0, LineClass.HEADER: 0.0} for p in body]


@pytest.mark.parametrize("words, body, run", [
    # a menu (short lines), the story, a teaser list: the story alone
    ([1, 1, 1, 30, 40, 35, 8, 8], [0.0, 0.0, 0.1, 0.9, 0.95, 0.9, 0.1, 0.1], (3, 5)),
    # a one-word caption inside the story does not cut it
    ([30, 1, 30], [0.9, 0.1, 0.9], (0, 2)),
    # a teaser, then unlikely prose (comments), then the story: the story alone
    ([20, 20, 20, 20, 20, 20, 40, 40], [0.9, 0.0, 0.0, 0.0, 0.0, 0.0, 0.9, 0.9], (6, 7)),
    # nothing reads as story text
    ([3, 3], [0.1, 0.2], None),
])
def test_the_story_run_is_the_heaviest_run_of_likely_story_lines(words, body, run):
    lines = [Line(i * 10, i * 10 + 5, " ".join(["word"] * n), 0) for i, n in enumerate(words)]
    assert _story_run(lines, _verdicts(body)) == run


@pytest.mark.parametrize("lines, name", [
    (["Follow Lifehacker Followed", "Lifehacker", "Block for Lifehacker"], "Lifehacker"),
    (["Get Tone Deaf to your inbox daily", "Menu"], "Tone Deaf"),
    (["PhillyVoice Staff", "Sign In"], "PhillyVoice"),
    (["The Guardian - Back to home"], "The Guardian"),
    (["Published in The Washington Post"], "The Washington Post"),
    (["Jane Doe writes features and covers City Hall for Springfield Gazette. More by Jane Doe"], "Springfield Gazette"),
    (["Follow us", "Follow Facebook", "About Us"], None),
    (["Jane Doe is a senior reporter for The Daily Planet covering City Hall."], "The Daily Planet"),
    (["Keep up with the Springfield Gazette Daily newsletter."], "Springfield Gazette"),
    (["Image: Jane Doe / The Verge"], "The Verge"),
    (["Photo: Jane Doe / Getty Images"], None),
    (["Support Tickets", "Support Tickets"], None),  # a page's sections, not its name
    (["About Editorial", "About Editorial"], None),
    (["Editorial Staff", "Editorial Staff"], None),
    (["Follow Us On Twitter", "Follow Us On Twitter"], None),
    (["About Medical News Today", "Medical News Today newsletter", "© Medical News Today"], "Medical News Today"),
    (["About Springfield Gazette", "About Springfield Gazette"], "Springfield Gazette"),
    (["Follow News Tribune", "Follow News Tribune"], "News Tribune"),  # 'news' opens a name, not a pronoun
    (["About Me", "About Me", "About Me"], None),
    (["Springfield Gazette would like to keep you informed about offers, events and updates by email."],
     "Springfield Gazette"),
    (["By entering your email address you agree to receive a daily newsletter from Springfield Gazette. We'll "
      "respect your privacy."], "Springfield Gazette"),
    (["Jane Doe covers City Hall. In addition to her work for The Springfield Gazette, Jane has written for others."],
     "The Springfield Gazette"),
    (["This story was first published by the Springfield Gazette."], "Springfield Gazette"),
    (["This story was produced by Springfield Gazette, a nonprofit newsroom."], "Springfield Gazette"),
    (["Republished with permission from The Springfield Gazette."], "The Springfield Gazette"),
])
def test_masthead_names(lines, name):
    assert masthead_name([Line(0, len(t), t, 0) for t in lines]) == name


@pytest.mark.parametrize("line, name", [
    ("© 2019 The Hill", "The Hill"),
    ("Copyright © 2016 Politico. Politico is not responsible for the content of external sites.", "Politico"),
    ("© 2023 NYP Holdings, Inc. All Rights Reserved", None),
])
def test_copyright_names(line, name):
    assert copyright_name([Line(0, len(line), line, 0)]) == name


@pytest.mark.parametrize("name, owner", [("NYP Holdings", True), ("Leaf Group Ltd", True), ("Lifehacker", False)])
def test_owning_companies(name, owner):
    assert is_owner_company(name) is owner


def test_the_line_model_ships_with_its_provenance():
    model = line_model()
    assert model.provenance["trained_by"] == "python -m training.page_lines"
    assert set(model.provenance["labels"]) == {c.value for c in LineClass}


def test_the_line_reader_tells_prose_from_a_menu():
    lines = reading_lines(PAGE)
    verdicts, _ = line_model().classify(lines)
    by_text = {line.text: verdict for line, verdict in zip(lines, verdicts)}
    assert by_text["Market Movers"][LineClass.OTHER] > 0.5
    assert by_text[STORY.split("\n\n")[2]][LineClass.BODY] > 0.5


@pytest.mark.parametrize("stamp, published, updated", [
    ("Last updated 04 Jun 2020, originally created 17 Jun 2019", "2019-06-17", "2020-06-04"),
    ("Feb. 19, 2020", "2020-02-19", None),
    ("Published September 8, 2016 12:41pm EDT | Updated 2:58pm", "2016-09-08T12:41", "2016-09-08T14:58"),
])
def test_date_stamps(stamp, published, updated):
    from service.nlp.page.dates import dates_of

    assert dates_of(stamp) == (published, updated)


def test_a_stamp_printed_apart_from_the_headline_still_dates_the_story():
    page = PAGE.replace("By Jane Porter\nMarch 4, 2019\n", "By Jane Porter\n").replace(
        "Sports\n", "Sports\nMarch 4, 2019\n")
    layout = analyze_page(page)
    assert layout.metadata.published == "2019-03-04"
    assert any(span.text == "March 4, 2019" and span.kind != "byline" for span in layout.boilerplate)


@pytest.mark.parametrize("text, day_first", [
    ("Posted 12/04/2020\nComments\nAnn 14/04/2020\nBo 15/04/2020", True),
    ("Posted 04/12/2020\nComments\nAnn 04/14/2020", False),
    ("Posted 04/12/2020", None),
    ("14/04/2020 and 04/14/2020", None),
    ("On 14.04.2020", True),
])
def test_the_page_tells_the_order_of_its_numeric_dates(text, day_first):
    assert day_first_page(text) is day_first


def test_a_numeric_date_is_read_in_the_order_the_page_writes_dates():
    page = PAGE.replace("March 4, 2019\n", "12/04/2020\n").replace(
        f"\n\n{FOOTER}", f"\n\n24 Comments\nAnn Lee 14/04/2020\nGreat news for the city.\n\n{FOOTER}")
    assert analyze_page(page).metadata.published == "2020-04-12"
    assert analyze_page(page.replace("14/04/2020", "04/14/2020")).metadata.published == "2020-12-04"


@pytest.mark.parametrize("line, name", [
    ("Jane Porter", "Jane Porter"), ("AWR Hawkins", "AWR Hawkins"), ("John Smith III", "John Smith III"),
    ("Extending ATF", None), ("Upgrading NGINX Servers", None),
])
def test_a_bare_name_is_a_persons_name_not_a_heading_with_an_acronym(line, name):
    found = bare_name(Line(0, len(line), line, 0))
    assert (found[0].name if found else None) == name


def test_a_labelled_stamp_under_the_story_dates_it_when_nothing_above_does():
    notes = ("Why the bridge cost more than planned\nFerry routes that will close\nNew tolls explained\n"
             "Readers' photos of the reopening\nMore on the harbour\nTraffic updates\nAuthor: Jane Porter\n"
             "Published: 04 March 2019\nRss\nLicense: by-nc-sa")
    page = PAGE.replace("March 4, 2019\n", "").replace(f"\n\n{FOOTER}", f"\n{notes}\n\n{FOOTER}")
    layout = analyze_page(page)
    assert layout.metadata.published == "2019-03-04"


@pytest.mark.parametrize("name", ["Jane Porter", "Will Knight"])  # a name of everyday words too
def test_a_name_over_a_section_label_and_a_stamp_above_the_headline_is_the_byline(name):
    story = f"{name}\n\nLocal News\n01.21.2020 07:00 AM\n" + STORY.replace("By Jane Porter\nMarch 4, 2019\n", "")
    layout = analyze_page(story)
    assert [a.name for a in layout.metadata.authors] == [name]
    assert layout.metadata.title == "Council Approves County Budget After Months of Debate"


def test_a_story_element_without_a_byline_is_credited_by_its_bio():
    story = STORY.replace("By Jane Porter\n", "").replace("Share\nTweet\nEmail\n", "") + (
        "\nJane Porter is on Twitter at @janeporter.\n")
    assert [a.name for a in analyze_page(story).metadata.authors] == ["Jane Porter"]


def test_a_byline_printed_above_the_window_names_the_authors():
    page = PAGE.replace("By Jane Porter\n", "").replace("Sports\n", "Sports\nBy Jane Porter March 4 at 3:57 PM\n")
    layout = analyze_page(page)
    assert [a.name for a in layout.metadata.authors] == ["Jane Porter"]
    assert [page[s.start:s.end] for s in layout.byline_names] == ["Jane Porter"]


@pytest.mark.parametrize("line, name", [
    ("Jane Doe is a senior writer for The Daily Planet. @janedoe", "Jane Doe"),
    ("Jane Q. Doe writes features and covers City Hall for the Springfield Gazette.", "Jane Q. Doe"),
    ("Jane Doe is on Twitter at jane_doe.", "Jane Doe"),
    ("John Roe is a professor of economics at Springfield University.", None),
    ("The mayor is a frequent critic of the plan.", None),
])
def test_bios_name_the_writer(line, name):
    found = bio_author(Line(0, len(line), line, 0))
    assert (found[0].name if found else None) == name


@pytest.mark.parametrize("name, plain", [
    ("Top Post", True), ("Local News", True), ("This website", True), ("Editorial", True),
    ("The Daily Planet", False), ("Time", False), ("Springfield Gazette", False), ("Reuters", False),
])
def test_labels_of_everyday_words_are_no_publisher(name, plain):
    assert is_plain_words(name) is plain


LEAD = ("© Provided by Springfield Media Inc Jane Doe/Gazette The county council voted on Tuesday to approve the "
        "budget, ending months of debate over how to pay for new schools and roads across the county, and the "
        "mayor said the vote would let work begin on the first two schools before the end of the year.")


def test_a_story_element_that_starts_with_its_lead_has_no_paragraph_for_a_headline():
    # A copy of the story element alone: no headline, a credit glued to the lead, then the story.
    story = f"{LEAD}\n\n" + STORY.split("\n\n", 1)[1]
    layout = analyze_page(story)
    assert layout.metadata.title is None
    assert layout.body.paragraphs[0].text == LEAD
    assert [p.text for p in layout.body.paragraphs[1:]] == [p for p in STORY.split("\n\n")[1:] if p.strip()]


TEASERS = """More stories
Storm Knocks Out Power Across the Valley
Thousands of homes were left without power on Sunday after a storm swept through the valley.
School Board Delays Vote on New Calendar
The board said it needed more time to hear from parents and teachers before it decides."""


LONGER_STORY = STORY + """

Council members spent most of the evening on the schools, which the district says are needed because enrollment has grown every year since the new housing opened.

The county executive said she would sign the budget this week and that the first contracts for the bridge repair could be awarded in the spring."""


def test_a_teaser_list_under_its_header_below_the_story_is_not_the_story():
    # Teasers with summaries read like prose; under their header, below most of the story, they are no story.
    layout = analyze_page(f"{MENU}\n{LONGER_STORY}\n\n{TEASERS}\n\n{FOOTER}\n")
    body = " ".join(p.text for p in layout.body.paragraphs)
    assert body.endswith("the first contracts for the bridge repair could be awarded in the spring.")
    assert "Thousands of homes" not in body
    assert any(s.text == "More stories" for s in layout.boilerplate)


def test_a_read_more_link_inside_the_story_does_not_end_it():
    paragraphs = STORY.split("\n\n")
    story = "\n\n".join(paragraphs[:-1] + ["READ MORE", "Storm Knocks Out Power Across the Valley", paragraphs[-1]])
    layout = analyze_page(f"{MENU}\n{story}\n\n{FOOTER}\n")
    assert layout.body.paragraphs[-1].text == paragraphs[-1]
