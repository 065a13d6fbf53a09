"""Page analysis: bylines, dates, datelines, publishers, headline and body, on hand-written pages."""
from __future__ import annotations

import pytest

from service.nlp.boilerplate import line_kind
from service.nlp.page import analyze_page, detect_language, normalise_publisher
from service.nlp.page.reader import names_nobody
from tests.conftest import DATA

BODY = ("The council voted on Tuesday to approve the budget, ending months of debate over "
        "how to pay for new schools and roads across the county.\n\n"
        "Opponents said the plan would raise property taxes for thousands of families.")


def _layout(header: str, body: str = BODY, footer: str = ""):
    text = f"{header}\n\n{body}\n\n{footer}".strip() + "\n"
    return text, analyze_page(text)


def _spans_ok(text: str, layout) -> None:
    spans = [*layout.body.paragraphs, *layout.boilerplate, *layout.byline_names]
    spans += [s for s in (layout.headline, layout.subtitle, layout.dateline_location) if s]
    for span in spans:
        assert text[span.start:span.end] == span.text


BYLINES = [
    ("By Jane Doe", [("Jane Doe", None)]),
    ("by Jane Doe (reporting) and John Roe (photography)", [("Jane Doe", "reporting")]),
    ("Researched and written by Jane Doe and John Roe", [("Jane Doe", None), ("John Roe", None)]),
    ("Jane Doe | John Roe Published September 26, 2016", [("Jane Doe", None), ("John Roe", None)]),
    ("Jane Doe, News Editor|September 27, 2016", [("Jane Doe", "News Editor")]),
    ("Ylan Q. Mui/Staff Reporter", [("Ylan Q. Mui", "Staff Reporter")]),
    ("by Jane Doe and John Roe", [("Jane Doe", None), ("John Roe", None)]),
    ("By Ann Lee, Bo Park and Cy Diaz", [("Ann Lee", None), ("Bo Park", None), ("Cy Diaz", None)]),
    ("Written by Maria Gonzalez", [("Maria Gonzalez", None)]),
    ("By Tom Hill, Staff Writer", [("Tom Hill", "Staff Writer")]),
    ("By Tom HillStaff Writer", [("Tom Hill", "Staff Writer")]),
    ("Jane Doe · 3 hours ago", [("Jane Doe", None)]),
    ("By Eduardo Porter, Columnist | Sept. 26, 2016", [("Eduardo Porter", "Columnist")]),
    ("Jane Doe | The Daily Planet", [("Jane Doe", None)]),
    ("Jane Doe, Reuters", [("Jane Doe", None)]),
    ("Jane Doe / Reuters", [("Jane Doe", None)]),
    ("By Jane Doe · 5 min read", [("Jane Doe", None)]),
    ("Russ Read Pentagon/Foreign Policy Reporter", [("Russ Read", "Pentagon/Foreign Policy Reporter")]),
    ("Carol Morello\nPolitics Reporter", [("Carol Morello", "Politics Reporter")]),
    ("Wesley Lowery and Mark Berman", [("Wesley Lowery", None), ("Mark Berman", None)]),
    ("Authors:\nPatrick Howley", [("Patrick Howley", None)]),
    ("By James B. Stewart", [("James B. Stewart", None)]),
    ("By The Associated Press", []),
    ("By UPI", []),
    ("Story by Jane Doe • Photos by Bob Lee", [("Jane Doe", None)]),
    ("By Jane Doe; Edited by Bob Lee", [("Jane Doe", None)]),
    ("Wesley Lowery and Mark Berman | The Washington Post", [("Wesley Lowery", None), ("Mark Berman", None)]),
    ("Michael Corkery and Michael Wines in Washington", [("Michael Corkery", None), ("Michael Wines", None)]),
    ("By Jane Doe - Associated Press - Monday, March 4, 2019", [("Jane Doe", None)]),
    ("Jane Doe, Staff Writer\nJohn Roe, National Correspondent",
     [("Jane Doe", "Staff Writer"), ("John Roe", "National Correspondent")]),
    ("Associated Press in Washington", []),
    ("By Pam Key FOR BREITBART.COM", [("Pam Key", None)]),
    ("Amanda Terkel @amanda_terkel", [("Amanda Terkel", None)]),
    ("By political reporter Jane Doe", [("Jane Doe", "political reporter")]),
    ("By US correspondent Jane Doe", [("Jane Doe", "US correspondent")]),
    ("Author: Jane Doe and John Roe", [("Jane Doe", None), ("John Roe", None)]),
    ("Author of the article:\nJane Doe — Special to The Washington Post", [("Jane Doe", None)]),
    ("Emily Peck · The Huffington Post · Posted: Sep 20, 2016 12:19 PM ET | Last Updated: September 20, 2016",
     [("Emily Peck", None)]),
    ("World | Jane Doe, Reuters | Updated: September 18, 2016 17:46 IST", [("Jane Doe", None)]),
    ("Hindustan Times | New Delhi", []),
    ("Story: Jane Doe", [("Jane Doe", None)]),
    ("Katie Zezima (Washington)", [("Katie Zezima", None)]),
    ("Michael Haltzel, for The Huffington Post", [("Michael Haltzel", None)]),
    ("By: Jane Doe - Contributor / @jane_doe", [("Jane Doe", "Contributor")]),
    ("Authored by Jane Doe via Reuters", [("Jane Doe", None)]),
    ("By Jane Doe@janedoe", [("Jane Doe", None)]),
    ("JANE DOE, JOHN ROE AND ANN POE", [("Jane Doe", None), ("John Roe", None), ("Ann Poe", None)]),
    ("by\nJane Doe", [("Jane Doe", None)]),
    ("BY USA TODAY STAFF ON 9/20/16 AT 9:03 AM", []),
    ("Dan Riehl • 15 September 2016 18:44 (South Africa)", [("Dan Riehl", None)]),
    ("PATRICK HOWLEY\nWASHINGTON — Springfield Gazette", [("Patrick Howley", None)]),
    ("16 Sep 2016 17:44 GMT | United States, US Congress", []),
    ("By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham", [("Erin Cunningham", None)]),
    ("By Jane Doe/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST", [("Jane Doe", None)]),
    ("By Jane Doe Last updated Nov 8, 2023 Share with new partner:", [("Jane Doe", None)]),
    ("Written on Feb 24 by\nJane Doe", [("Jane Doe", None)]),
    ("// By Jane Doe • Nov 11, 2020", [("Jane Doe", None)]),  # a page's ornament before the byline
    ("Jane Doe - Education Correspondent", [("Jane Doe", "Education Correspondent")]),
    ("Jane Doe – Education Correspondent", [("Jane Doe", "Education Correspondent")]),
    ("By Jane Doe (Business Editor)", [("Jane Doe", "Business Editor")]),
    ("By Katie Zezima (Washington)", [("Katie Zezima", None)]),  # a place in brackets is no role
    ("By Jane Doe, Senior Staff Technologist, SCL Speech, Privacy, and Technology Project",
     [("Jane Doe", "Senior Staff Technologist")]),
    ("By Jane Doe, Staff Writer, and John Roe, Correspondent", [("Jane Doe", "Staff Writer"), ("John Roe", "Correspondent")]),
    ("Jane Doe, Staff Attorney, Civic League Justice Program\n& John Roe, Director of Education Equity, Civic League",
     [("Jane Doe", "Staff Attorney"), ("John Roe", "Director of Education Equity")]),
]


@pytest.mark.parametrize("byline, expected", BYLINES, ids=[b for b, _ in BYLINES])
def test_byline_shapes(byline, expected):
    text, layout = _layout(f"Council Approves County Budget After Long Fight\n\n{byline}")
    assert [(a.name, a.role) for a in layout.metadata.authors] == expected
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    assert all(byline.splitlines()[0] in b.text or b.kind != "byline" for b in layout.boilerplate[:1])
    assert [n.text.casefold() for n in layout.byline_names] == [name.casefold() for name, _ in expected]
    _spans_ok(text, layout)


def test_a_name_over_its_affiliation_under_the_deck_is_the_byline():
    text, layout = _layout("Council Approves County Budget After Long Fight\n"
                           "The plan pays for new schools and roads across the county.\n"
                           "Jane Porter\nfromSpringfield University\n"
                           "Last updated on 20 Feb, 2020. 3 min read")
    assert [a.name for a in layout.metadata.authors] == ["Jane Porter"]
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    _spans_ok(text, layout)


def test_a_stamp_led_by_the_publication_over_the_headline_dates_the_story():
    text, layout = _layout("The Washington Post March 4, 2019, 7:57 AM\n"
                           "Council Approves County Budget After Long Fight")
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"
    assert layout.metadata.published == "2019-03-04T07:57"
    _spans_ok(text, layout)


def test_a_breadcrumb_that_lost_its_separators_is_not_the_headline():
    text, layout = _layout("Home Politics Council Approves County Budget After Long Fight\nPolitics\n"
                           "Council Approves County Budget After Long Fight")
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"
    assert layout.headline.start == text.index("\nCouncil") + 1
    _spans_ok(text, layout)


def test_a_section_label_with_its_stamp_over_the_headline_dates_the_story():
    text, layout = _layout("Local News  \u2022  March 4, 2019\nCouncil Approves County Budget After Long Fight")
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"
    assert layout.metadata.published == "2019-03-04"


def test_a_byline_below_the_story_start_counts_only_when_its_header_names_nobody():
    teasers = "More from Politics\n\nMayor Unveils Plan for Downtown Parking\n\nBy John Roe\n\n—Ann P."
    body = BODY + "\n\n" + ("The budget takes effect in July, and the council will review its spending again in "
                            "the autumn after the first quarter's figures are published by the treasurer.")
    _, layout = _layout("Council Approves County Budget After Long Fight\n\nBy Jane Doe", body, teasers)
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
    _, layout = _layout("Council Approves County Budget After Long Fight", body,
                        "Written by John Roe, PhD on March 4, 2019\n\nRelated stories\n\nWritten by Ann Poe, MS")
    assert [a.name for a in layout.metadata.authors] == ["John Roe"]
    _, layout = _layout("Council Approves County Budget After Long Fight\n\nBy Jane Doe", body,
                        "(Reporting by John Roe; Editing by Ann Poe)")
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe", "John Roe"]


def test_a_name_under_a_contributors_credit_is_no_author():
    _, layout = _layout("Council Approves County Budget After Long Fight\n\nBy\nJane Doe\nUpdated March 28, 2022\n"
                        "Fact checked by\nJohn Roe")
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]


@pytest.mark.parametrize("byline, published, updated", [
    ("By Jane Doe/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST", "2020-06-12T09:49",
     "2020-08-18T16:17"),
    ("By Jane Doe Last updated Nov 8, 2023", "2023-11-08", None),
])
def test_a_stamp_run_into_a_byline_dates_the_story(byline, published, updated):
    _, layout = _layout(f"Council Approves County Budget After Long Fight\n\n{byline}")
    assert (layout.metadata.published, layout.metadata.updated) == (published, updated)


@pytest.mark.parametrize("stamp, published", [
    ("Heimwerker Heute 22.02.2021", "2021-02-22"),  # the publication's name beside the date
    ("January 10, 2019 jdoe 1 Comment", "2019-01-10"),  # the writer's handle and a comment count
    ("The council met on March 4, 2019.", None),  # a sentence is no stamp
])
def test_a_date_with_a_few_words_under_the_headline_stamps_the_story(stamp, published):
    text, layout = _layout(f"Council Approves County Budget After Long Fight\n{stamp}")
    assert layout.metadata.published == published
    assert (stamp in [s.text for s in layout.boilerplate]) == (published is not None)


def test_wire_credit_reporters_are_authors_editors_are_not():
    text, layout = _layout("Oil Prices Slip on Supply Worries",
                           footer="(Reporting by Ann Lee and Bo Park; Additional reporting by Cy Diaz; "
                                  "Editing by Dan Fox)")
    assert [a.name for a in layout.metadata.authors] == ["Ann Lee", "Bo Park"]
    assert layout.boilerplate[-1].kind == "byline"


def test_a_short_headline_above_a_credited_byline():
    _, layout = _layout("Budget Bill\nJane Doe / Reuters\nLast updated on Tuesday 7 March 2017 09.15 GMT")
    assert layout.metadata.title == "Budget Bill"
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
    assert layout.metadata.publisher == "Reuters"
    assert (layout.metadata.published, layout.metadata.updated) == (None, "2017-03-07T09:15")


def test_a_sentence_starting_with_by_is_body():
    body = "By winning the primary in Ohio, John Kasich picked up all 66 of the state's delegates on Tuesday."
    _, layout = _layout("Kasich Wins Ohio", body=body)
    assert layout.metadata.authors == []
    assert layout.body.paragraphs[0].text == body


DATES = [
    ("Published 7:07 AM ET Sep 20, 2016", "2016-09-20T07:07", None),
    ("September 15, 2016", "2016-09-15", None),
    ("SEPT. 26, 2016", "2016-09-26", None),
    ("10/02/16 3:52 PM EDT", "2016-10-02T15:52", None),
    ("09/28/2016 03:31 pm ET | Updated Sep 28, 2016", "2016-09-28T15:31", "2016-09-28"),
    ("Posted on 4 March 2019", "2019-03-04", None),
    ("2019-03-04T10:15", "2019-03-04T10:15", None),
    ("Tuesday, March 5, 2019 at 9:00 a.m.", "2019-03-05T09:00", None),
    ("5.3.2017 14.32", "2017-03-05T14:32", None),
    ("Updated: 14:32 GMT, 5 March 2017", None, "2017-03-05T14:32"),
    ("04/03/2019 14:27 GMT", "2019-03-04T14:27", None),
    ("25/09/2016", "2016-09-25", None),
    ("MARCH 4, 2019 / 10:54 AM / 2 YEARS AGO", "2019-03-04T10:54", None),
    ("Last updated Mar 5, 2019 | Originally published Mar 4, 2019", "2019-03-04", "2019-03-05"),
    ("Posted: 09/08/2016 12:10:07 PM MDT | Updated: 2 hours ago", "2016-09-08T12:10", None),
    ("Sep 10, 2016  •  Last updated Sep 11, 2016  •  5 minute read", "2016-09-10", "2016-09-11"),
    ("Updated September 9, 2016 — 7.39pm, first published at 1.57am", "2016-09-09", "2016-09-09T19:39"),
    ("Posted On September 12, 2016 @ 7:08 am In Politics | No Comments", "2016-09-12T07:08", None),
    ("Sept. 15, 2016, 2:33 PM EDT / Updated Sept. 15, 2016, 4:12 PM EDT", "2016-09-15T14:33", "2016-09-15T16:12"),
    ("2016/09/20 21:51 KST", "2016-09-20T21:51", None),
    ("Published time: 29 Sep, 2016 15:35 Edited time: 30 Sep, 2016 07:06", "2016-09-29T15:35", "2016-09-30T07:06"),
    ("Issued on: 04/10/2016 - 21:56", "2016-10-04T21:56", None),
    ("09/10/2016 17:08:06 ET", "2016-09-10T17:08", None),
    ("Published September 8, 2016 12:41pm EDT | Updated 2:58pm", "2016-09-08T12:41", "2016-09-08T14:58"),
    ("Published 21st Sep 2016, 16:45 BST", "2016-09-21T16:45", None),
    ("10/04/2016 9:56 PM", "2016-10-04T21:56", None),
]


def test_an_update_time_in_a_byline_of_parts_is_that_day():
    _, layout = _layout("Council Approves County Budget After Long Fight\n\n"
                        "World | Jane Doe, CNN | Published September 8, 2016 12:41pm EDT | Updated 2:58pm")
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
    assert (layout.metadata.published, layout.metadata.updated) == ("2016-09-08T12:41", "2016-09-08T14:58")


def test_an_update_time_under_a_dated_stamp_is_that_day():
    _, layout = _layout("Council Approves County Budget After Long Fight\n\nBy Jane Doe\n"
                        "September 15, 2016 7:24 a.m.\nUpdated at 2:30 p.m.")
    assert (layout.metadata.published, layout.metadata.updated) == ("2016-09-15T07:24", "2016-09-15T14:30")


@pytest.mark.parametrize("stamp, published, updated", DATES, ids=[d for d, _, _ in DATES])
def test_timestamp_formats(stamp, published, updated):
    text, layout = _layout(f"Council Approves County Budget After Long Fight\n\nBy Jane Doe\n{stamp}")
    assert (layout.metadata.published, layout.metadata.updated) == (published, updated)
    assert any(b.kind == "timestamp" and b.text == stamp for b in layout.boilerplate)
    _spans_ok(text, layout)


def test_no_date_means_null():
    _, layout = _layout("Council Approves County Budget After Long Fight")
    assert layout.metadata.published is None and layout.metadata.updated is None


DATELINES = [
    ("WASHINGTON (Reuters) - ", "WASHINGTON", "Reuters"),
    ("WASHINGTON, Sept. 20, 2016 /PRNewswire/ -- ", "WASHINGTON", "PRNewswire"),
    ("NEW YORK (AP) — ", "NEW YORK", "AP"),
    ("BAGHDAD — ", "BAGHDAD", None),
    ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — ", "HEMPSTEAD, N.Y.", "UPI"),
    ("FAIRVIEW, W.Va. - ", "FAIRVIEW, W.Va.", None),
    ("Fairview, W.Va. — ", "Fairview, W.Va.", None),
    ("Washington, DC — ", "Washington, DC", None),
    ("NEW DELHI: ", "NEW DELHI", None),
    ("Washington: ", "Washington", None),
    ("WASHINGTON, September 29. ", "WASHINGTON", None),
    ("WASHINGTON, Tuesday — ", "WASHINGTON", None),
    ("LOS ANGELES -- ", "LOS ANGELES", None),
    # a place in mixed case: an agency in brackets or a known place name makes it a dateline
    ("Washington (AFP) – ", "Washington", "AFP"),
    ("Paris, France (AP) — ", "Paris, France", "AP"),
    ("Nairobi - ", "Nairobi", None),
    ("São Paulo (AFP) - ", "São Paulo", "AFP"),
    ("SÃO PAULO (Reuters) - ", "SÃO PAULO", "Reuters"),
    ("CAIRO/KHARTOUM (Reuters) - ", "CAIRO/KHARTOUM", "Reuters"),  # a story filed from two places
    ("WASHINGTON (AP) _ ", "WASHINGTON", "AP"),  # old wire copy's dash
    ("BERLIN (dpa) ", "BERLIN", "dpa"),  # no dash after the agency
    ("MOSCOW, March 3 /TASS/. ", "MOSCOW", "TASS"),
    ("Washington, March 3 (Reuters) - ", "Washington", "Reuters"),
]


def test_a_wire_tag_before_the_headline_is_no_dateline():
    _, layout = _layout("(LEAD) Council Approves County Budget After Long Fight")
    assert layout.metadata.dateline is None
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"


@pytest.mark.parametrize("opener", ["Jane Porter - ", "Springfield Gazette (Staff) - "])
def test_a_mixed_case_name_before_a_dash_is_no_dateline(opener):
    _, layout = _layout("Council Approves County Budget After Long Fight", body=opener + BODY)
    assert layout.metadata.dateline is None
    assert layout.body.paragraphs[0].text.startswith(opener)


@pytest.mark.parametrize("opener, location, agency", DATELINES, ids=[d for d, _, _ in DATELINES])
def test_datelines_are_set_aside(opener, location, agency):
    text, layout = _layout("Council Approves County Budget After Long Fight", body=opener + BODY)
    assert (layout.metadata.dateline.location, layout.metadata.dateline.agency) == (location, agency)
    assert layout.body.paragraphs[0].text.startswith("The council voted")
    assert layout.dateline_location.text == location
    assert any(b.kind == "dateline" and b.text == opener.strip() for b in layout.boilerplate)
    _spans_ok(text, layout)


def test_wire_dateline_credits_the_agency():
    _, layout = _layout("Council Approves County Budget", body="NEW YORK (AP) — " + BODY)
    assert layout.metadata.publisher == "The Associated Press"


def test_conll_style_dateline_line():
    text = ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\n"
            "AL-AIN, United Arab Emirates 1996-12-06\n"
            "Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria on Friday.\n")
    layout = analyze_page(text)
    assert layout.metadata.title == "SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT."
    assert layout.metadata.dateline.location == "AL-AIN, United Arab Emirates"
    assert layout.metadata.published == "1996-12-06"
    assert layout.body.paragraphs[0].text.startswith("Japan began")


PUBLISHERS = [
    ("Copyright 2016 The Washington Post. All rights reserved.", "The Washington Post"),
    ("© 2016 The Associated Press", "The Associated Press"),
    ("Content created by The Daily Caller News Foundation is available without charge.",
     "The Daily Caller News Foundation"),
    ("Copyright 2019 Springfield Gazette", "Springfield Gazette"),
]


@pytest.mark.parametrize("footer, publisher", PUBLISHERS, ids=[p for _, p in PUBLISHERS])
def test_publisher_from_footer(footer, publisher):
    _, layout = _layout("Council Approves County Budget After Long Fight", footer=footer)
    assert layout.metadata.publisher == publisher
    assert layout.boilerplate[-1].text == footer


def test_kicker_and_masthead_lines_are_navigation_not_title():
    text, layout = _layout("THE HUFFINGTON POST\nPolitics\n\nCouncil Approves County Budget After Long Fight\n\n"
                           "By Jane Doe\nSeptember 15, 2016")
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"
    assert [b.kind for b in layout.boilerplate[:2]] == ["navigation", "navigation"]
    assert layout.metadata.publisher == "The Huffington Post"
    _spans_ok(text, layout)


def test_deck_before_byline_is_the_subtitle():
    _, layout = _layout("Outrage, but few options on the table\n"
                        "World leaders denounce the test; Obama and others vow consequences.\n\n"
                        "Carol Morello\nPolitics Reporter\n\n09/10/2016 03:43 pm ET")
    assert layout.metadata.subtitle == "World leaders denounce the test; Obama and others vow consequences."
    assert layout.metadata.authors[0].name == "Carol Morello"
    assert layout.body.paragraphs[0].text.startswith("The council voted")


FURNITURE = [
    ("Facebook Count", "share"), ("Like · Comment · Share", "share"), ("Hide Ad", "advertisement"),
    ("Thank you for reading this article. Your support helps us: subscribe to The Courier today.", "subscribe"),
    ("Kia ora, thanks for reading. Please consider supporting our journalism.", "subscribe"),
    ("Did we get something wrong? Send us a correction request.", "ui"), ("Was this article helpful? Yes No", "ui"),
    ("press@example.com", "ui"), ("Credit...Jane Lee/AP", "credit"), ("Original source: The Courier", "credit"),
    ("Share on Facebook", "share"), ("Email", "share"), ("Follow Russ Read on Twitter", "follow"),
    ("Follow us @citydesk", "follow"), ("Send tips to", "follow"), ("Email the author", "follow"),
    ("Sign up for our politics newsletter", "subscribe"), ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"), ("Continue reading the main story", "advertisement"),
    ("Read more:", "related"), ("Related: Council delays vote", "related"), ("Read the rest here.", "read_more"),
    ("Copyright 2016 Politico", "copyright"), ("All rights reserved.", "copyright"),
    ("Font Size:", "ui"), ("Suggest a correction", "ui"), ("1,899 Comments", "comments"),
    ("Tags: budget, schools", "tags"), ("Editor’s note: this story was updated.", "editor_note"),
    ("Correction: An earlier version misstated the date.", "correction"), ("[Video: Council debate]", "media"),
    ("Now watching", "media"), ("Next video starts in : 7Play", "media"),
    ("Media playback is unsupported on your device", "media"), ("Close this search box.", "ui"),
    ("Always Enabled", "ui"), ("Please accept our privacy terms", "ui"),
    ("Necessary cookies are absolutely essential for the website to function properly.", "ui"),
    ("Any cookies that may not be particularly necessary for the website to function", "ui"),
    ("Sign in to Customer Care using your account number or postal address.", "subscribe"),
    ("ACCEPT AND CONTINUE TO SITE Deny permission", "ui"), ("Get The Courier to your inbox daily", "subscribe"),
    ("Welcome back to Future. Thanks for subscribing.", "subscribe"),
    ("This website uses cookies to improve your experience while you navigate through the website. " * 6, "ui"),
    ("Unfortunately, this video is not available in your region.", "media"),
    ("AP Photo/Matt Rourke", "credit"), ("(Photo: Evan Vucci, AP)", "credit"), ("AFP/Getty Images", "credit"),
    ("REUTERS/Social Media Website via Reuters TV", "credit"),
    ("Sam Reed / The Springfield Gazette / Getty Images", "credit"), ("Jane Doe/Shutterstock", "credit"),
    ("Springfield Gazette would like to keep you informed about offers, events and updates by email.", "subscribe"),
    ("Filed to: money", "tags"), ("Social Share", "share"), ("I agree to the Terms of Use and Privacy Policy", "ui"),
    ("I’m okay with Springfield Gazette handling my info as explained in this Privacy Policy.", "ui"),
    ("I agree with the mayor that the bridge is late.", None),
    ("Players train ahead of Saturday's match against the visitors. (FILE)", "caption"),
    ("Home / Politics / Campaign 2016", "navigation"), ("News › Politics › Elections", "navigation"),
    ("Have a news tip? Email tips@example.com", "follow"), ("Scroll to continue with content", "advertisement"),
    ("All content © 2019 Springfield Gazette", "copyright"),
    ("Originally published at Springfield Gazette on March 4, 2019.", "licensing"),
    ("ADVERTISING", "advertisement"), ("Advertisement 2", "advertisement"), ("Story continues below", "advertisement"),
    ("Advertisement - Scroll to continue", "advertisement"), ("Article content", "ui"), ("Like this:", "share"),
    ("Comments are closed.", "comments"), ("Commenting is now closed for this story.", "comments"),
    ("Distributed by Tribune Content Agency, LLC.", "licensing"), ("Trending Now", "related"),
    ("You May Also Like", "related"), ("Related Article: Council delays vote", "related"),
    ("Also Read | Council delays vote", "related"), ("Previous article", "navigation"),
    ("Terms of Use | Privacy Policy | AdChoices", "navigation"),
    ("Click to share on Facebook (Opens in new window)", "share"), ("107 shares", "share"),
    ("Image source, Reuters", "credit"), ("FILE PHOTO: A man walks past the council building.", "caption"),
    ("The mayor speaks in Springfield on Monday. (Photo by Jane Lee/Getty Images)", "caption"),
    ("Get the latest news delivered to your inbox", "subscribe"), ("Very large text size", "ui"),
    ("This story has been published from a wire agency feed without modifications to the text.", "licensing"),
    ("The Daily Planet is committed to maintaining a lively but civil forum for discussion.", "comments"),
    ("Open this photo in gallery:", "ui"), ("Contact Reporter", "follow"), ("Get short URL", "share"),
    ("If you like this story, share it with a friend!", "share"), ("This article is related to: Politics", "tags"),
    ("Copyright THE DAILY PLANET. All rights reserved. This material may not be copied.", "copyright"),
    ("Contact: editor@example.com", "follow"), ("Our Morning Update newsletter is written by our editors.", "subscribe"),
    ("Get The Daily Planet delivered to your door", "promo"), ("(Jane Lee / AP)", "credit"),
    ("Read in The Daily Planet: “Council delays vote”", "related"),
    ("The Daily Planet uses cookies to give you the best experience.", "ui"),
    ("Share Close extra sharing options", "ui"), ("Click to copy URL", "ui"), ("Link Copied", "ui"),
    ("Enlarge Image", "ui"), ("Toggle navigation", "ui"), ("Privacy Overview", "ui"), ("Accept all cookies", "ui"),
    ("You are using an older browser version. Please use a supported version.", "ui"),
    ("{ 38 comments… read them below or add one }", "comments"), ("Notify me of new comments via email.", "comments"),
    ("Foto: Jana Weber", "credit"), ("Deutsch", "navigation"), ("简体中文", "navigation"),
    ("Media captionFootage shows the flooded square", "caption"),
    ("Never miss a story — sign up for our newsletter", "subscribe"), ("Donate now", "subscribe"),
    ("Your browser does not support the video tag.", "ui"), ("1 of 12", "ui"), ("Open gallery", "ui"),
    ("Reading time: 4 minutes", "ui"), ("Do Not Sell My Personal Information", "ui"), ("Reply", "comments"),
    ("View 12 comments", "comments"), ("Posted in Politics, News", "tags"), ("Paid Post", "advertisement"),
    ("This story was produced by Springfield Gazette, a nonprofit newsroom.", "licensing"),
    ("Republished with permission from The Springfield Gazette.", "licensing"),
    ("This story was first published by the Springfield Gazette.", "licensing"),
]


@pytest.mark.parametrize("line, kind", FURNITURE, ids=[f for f, _ in FURNITURE])
def test_line_kinds(line, kind):
    assert line_kind(line) == kind


@pytest.mark.parametrize("sentence", [
    "The mayor said she would share the report with the council on Friday.",
    "Photos of the event were shared widely on social media, officials said.",
    "Readers can follow the debate on the council's website, the clerk said.",
    "The newsletter, which has 40,000 subscribers, first reported the story on Monday morning after a long delay.",
    "Donate now to the relief fund, officials urged residents on Monday.",
    "The mayor said she would reply on Friday.",
    "This story was reported by our team over six months and is part of a series.",
])
def test_body_sentences_are_not_furniture(sentence):
    assert line_kind(sentence) is None


@pytest.mark.parametrize("line", ["SEPTEMBER 21, 2016 / 10:54 AM / 2 YEARS AGO", "Jane Doe | The Daily Planet",
                                  "Trump / Clinton debate: who won?", "By Jane Doe | Staff Writer | Reuters"])
def test_lines_with_separators_are_not_breadcrumbs(line):
    assert line_kind(line) != "navigation"


@pytest.mark.parametrize("header", [
    "Home / Politics / Campaign 2016\nCouncil Approves County Budget After Long Fight",
    "Politics | Council Approves County Budget After Long Fight",
    "Election 2016 | Council Approves County Budget After Long Fight",
    "Council Approves County Budget After Long Fight | Reuters",
    "MARCH 4, 2019 / 10:54 AM / 2 YEARS AGO\nCouncil Approves County Budget After Long Fight\nJane Doe\n1 Min Read",
    "Skip to main content\nSign in\nCouncil Approves County Budget After Long Fight",
    "Page 1 of 2\nCouncil Approves County Budget After Long Fight",
    "---------- Forwarded message ---------\nFrom: City Desk <desk@example.com>\nSubject: Morning briefing\n"
    "Council Approves County Budget After Long Fight",
    "3/4/19, 7:33 PM Council Approves County Budget After Long Fight - Springfield Gazette\n"
    "Council Approves County Budget After Long Fight",
    "(LEAD) Council Approves County Budget After Long Fight",
    "Council Approves County Budget After Long Fight\nby Jane Doe",
    "Tap here to add The Daily Planet to your home screen\nCouncil Approves County Budget After Long Fight",
])
def test_section_labels_and_breadcrumbs_are_not_the_title(header):
    text, layout = _layout(header)
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"
    assert layout.headline.text == "Council Approves County Budget After Long Fight"
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    assert all(b.kind in ("navigation", "timestamp", "byline", "ui", "subscribe") for b in layout.boilerplate)
    _spans_ok(text, layout)


def test_a_colon_after_a_word_that_is_no_place_is_not_a_dateline():
    text, layout = _layout("Council Approves County Budget After Long Fight", body="WARNING: " + BODY)
    assert layout.metadata.dateline is None
    assert layout.body.paragraphs[0].text.startswith("WARNING: The council voted")


@pytest.mark.parametrize("footer, publisher", [
    ("Source: Reuters", "Reuters"), ("© Associated Press 2016", "The Associated Press"),
    ("Share this article\nThe Washington Post", "The Washington Post"),
    ("Published by The Daily Planet", "The Daily Planet"),
    ("Visit The Daily Planet at www.dailyplanet.example", "The Daily Planet"),
])
def test_footer_lines_name_the_publisher(footer, publisher):
    _, layout = _layout("Council Approves County Budget After Long Fight", footer=footer)
    assert layout.metadata.publisher == publisher
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")


def test_a_source_line_in_the_body_is_body():
    body = BODY + "\n\nSource: county budget office."
    _, layout = _layout("Council Approves County Budget After Long Fight", body=body)
    assert layout.body.paragraphs[-1].text == "Source: county budget office."


def test_a_deck_above_a_segmented_byline_is_the_subtitle():
    _, layout = _layout("Council Approves County Budget After Long Fight\n"
                        "After months of talks, the county found a middle way on schools and roads.\n"
                        "World | Jane Doe, Reuters | Updated: September 18, 2016 17:46 IST")
    assert layout.metadata.subtitle.startswith("After months of talks")
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
    assert layout.metadata.publisher == "Reuters"
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")


def test_links_and_tags_after_the_last_sentence_are_furniture_but_tables_are_body():
    footer = "Recommended Stories\nMayor opens new park downtown\nSchools close early\nJournalism\nLocal government"
    _, layout = _layout("Council Approves County Budget After Long Fight", footer=footer)
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    assert len(layout.boilerplate) == 5
    table = "Results : North 3 South 1\nDid not bat : Ann Lee , Bo Park , Cy Diaz\nEast 2 West 2"
    _, layout = _layout("Council Approves County Budget After Long Fight", footer=table)
    assert [p.text for p in layout.body.paragraphs][-3:] == table.split("\n")


def test_a_photographers_credit_beside_a_byline_is_no_author():
    _, layout = _layout("Council Approves County Budget After Long Fight\n"
                        "The county found a middle way after months of talks.\nDesmond Achebe / AFP\n"
                        "JANE DOE AND JOHN ROE\nMARCH 4, 2019 | POLITICS")
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe", "John Roe"]
    assert layout.metadata.publisher != "Agence France-Presse"
    assert any(b.kind == "credit" and b.text == "Desmond Achebe / AFP" for b in layout.boilerplate)


def test_a_sign_off_under_the_story_is_the_byline():
    _, layout = _layout("Council Approves County Budget After Long Fight", footer="— Jane Doe and John Roe")
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe", "John Roe"]
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")


def test_reading_time_is_no_publisher():
    _, layout = _layout("Council Approves County Budget After Long Fight\nSept. 28, 2016 | Reading time: 1 minute")
    assert layout.metadata.published == "2016-09-28"
    assert layout.metadata.publisher is None


def test_a_print_edition_note_is_no_publisher():
    footer = ('This article appeared in the United States section of the print edition under the headline '
              '"Council Approves County Budget"\n© 2016 Springfield Gazette. All rights reserved.')
    _, layout = _layout("Council Approves County Budget After Long Fight", footer=footer)
    assert layout.metadata.publisher == "Springfield Gazette"


def test_the_pages_own_address_names_the_publisher_before_its_links():
    footer = "Most Popular\nThe New York Times sues over records\nPermalink https://www.washingtonpost.com/p/x1"
    _, layout = _layout("Council Approves County Budget After Long Fight", footer=footer)
    assert layout.metadata.publisher == "The Washington Post"


def test_a_photo_caption_and_credit_inside_the_story_are_set_aside():
    body = BODY.replace("\n\nOpponents", "\n\nProtesters gather outside the council hall.\nAnton Petrov | AFP\n\n"
                                         "It was late.\n\nOpponents")
    _, layout = _layout("Council Approves County Budget After Long Fight\nBy Jane Doe", body=body)
    assert [(b.kind, b.text) for b in layout.boilerplate[1:]] == [
        ("caption", "Protesters gather outside the council hall."), ("credit", "Anton Petrov | AFP")]
    assert "It was late." in [p.text for p in layout.body.paragraphs]


@pytest.mark.parametrize("photo, kinds", [
    ("(Omar Suleiman / Reuters)\nThe motorcade leaves the airport.", ["credit", "caption"]),
    ("Delegates listen to a speech.\nSipho Ndlovu/AFP/Getty Images", ["caption", "credit"]),
    ("Delegates listen to a speech.\nBridget Keane/The Associated Press", ["caption", "credit"]),
    ("The Huffington Post's Amanda Terkel reports from Washington", ["media"]),
    ("KEEP READING\nE.U. leaders weigh plans for greater military coordination\nIn Avoiding Tax, Trump Is a Small Fry",
     ["advertisement", "related", "related"]),
])
def test_photo_blocks_and_link_lists_inside_the_story(photo, kinds):
    body = BODY.replace("\n\nOpponents", f"\n\n{photo}\n\nOpponents")
    _, layout = _layout("Council Approves County Budget After Long Fight\nBy Jane Doe", body=body)
    assert [b.kind for b in layout.boilerplate[1:]] == kinds
    assert all(line not in [p.text for p in layout.body.paragraphs] for line in photo.split("\n"))


def test_a_lede_above_a_photo_credit_is_no_caption():
    body = "HEMPSTEAD, N.Y. — The debate began. It ran late.\n(Hiro Tanabe / Getty Images)\n\n" + BODY
    _, layout = _layout("Council Approves County Budget After Long Fight\nBy Jane Doe", body=body)
    assert layout.metadata.dateline.location == "HEMPSTEAD, N.Y."
    assert layout.body.paragraphs[0].text == "The debate began. It ran late."


def test_posted_on_date_by_author():
    _, layout = _layout("Council Approves County Budget After Long Fight\nPosted on March 4, 2019 by Jane Doe")
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
    assert layout.metadata.published == "2019-03-04"


def test_a_numbered_most_read_list_is_related():
    body = BODY.replace("\n\nOpponents", "\n\nMost Read\n1. Mayor Opens New Park\n2. Schools Close Early. Again.\n\n"
                                         "Opponents")
    _, layout = _layout("Council Approves County Budget After Long Fight", body=body)
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    assert [b.kind for b in layout.boilerplate] == ["related"] * 3


def test_a_letter_signature_is_body_not_a_byline():
    body = BODY.replace("\n\nOpponents", "\n\nKathryn Kates.\n\nNew York.\n\nOpponents")
    _, layout = _layout("Council Approves County Budget After Long Fight\n\nSeptember 15, 2016", body=body)
    assert layout.body.paragraphs[0].text.startswith("The council voted")
    assert layout.metadata.authors == []


def test_advertisement_inside_the_body_is_set_aside():
    body = BODY.replace("\n\nOpponents", "\n\nAdvertisement\n\nOpponents")
    _, layout = _layout("Council Approves County Budget After Long Fight", body=body)
    assert len(layout.body.paragraphs) == 2
    assert [b.kind for b in layout.boilerplate] == ["advertisement"]


def test_hard_wrapped_lines_form_one_paragraph():
    body = "The council voted on Tuesday to approve the budget\nafter months of debate over schools."
    _, layout = _layout("Council Approves Budget", body=body)
    assert [p.text for p in layout.body.paragraphs] == [body]


def test_seed_article_comes_out_exactly_right():
    text = (DATA / "daily_caller_baghdadi.txt").read_text(encoding="utf-8")
    layout = analyze_page(text)
    meta = layout.metadata
    assert meta.title == "ISIS Leader Baghdadi Flees Mosul, Leaves Men To Die In His Place"
    assert [(a.name, a.role) for a in meta.authors] == [("Russ Read", "Pentagon/Foreign Policy Reporter")]
    assert meta.publisher == "The Daily Caller News Foundation"
    assert meta.published is None and meta.dateline is None
    assert len(layout.body.paragraphs) == 8
    assert [b.kind for b in layout.boilerplate] == ["credit", "byline", "ui", "follow", "follow", "licensing"]
    assert layout.boilerplate[-1].text.startswith("Content created by The Daily Caller News Foundation")
    _spans_ok(text, layout)


@pytest.mark.parametrize("text, code", [
    ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, a déclaré le ministre.", "fr"),
    ("Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, sagte der Minister in Berlin.", "de"),
    ("The government announced a new pension reform on Tuesday, the minister said in London.", "en"),
    ("Short note.", "en"),
])
def test_language(text, code):
    assert detect_language(text) == code


def test_publisher_names_are_normalised():
    assert normalise_publisher("AP") == "The Associated Press"
    assert normalise_publisher("THE NEW YORK TIMES") == "The New York Times"
    assert normalise_publisher("Springfield Gazette.") == "Springfield Gazette"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00", "🙂" * 50, "\n" * 10_000, "a" * 100_000,
                                  "By\nBy\nBy", "Copyright", "(Reporting by ; Editing by )"])
def test_odd_input_never_raises(text):
    layout = analyze_page(text)
    _spans_ok(text, layout)


PAGE_STYLES = [
    ("wire byline in capitals", "Budget Fight Ends in Compromise\n\nBy JANE DOE, Associated Press\n\n"
     "Updated 3:45 p.m. EST Monday, March 4, 2019", "Jane Doe", "The Associated Press", None, None),
    ("blog", "Budget Fight Ends in Compromise\nPosted by Jane Doe on March 4, 2019 at 9:15 am",
     "Jane Doe", "Springfield Daily News", "2019-03-04",
     "Filed under: Politics, Budget\n\nLike us on Facebook\n\n© Copyright 2019 Springfield Daily News"),
    ("broadcaster", "Budget fight ends in compromise\n\nBy Jane Doe, CNN\nUpdated 1552 GMT (2352 HKT) March 4, 2019",
     "Jane Doe", "CNN", None, None),
    ("magazine", "POLITICS\nBudget Fight Ends in Compromise\nThe county's leaders found a middle way after months.\n"
     "Jane Doe\nMarch 4, 2019 · 5 min read", "Jane Doe", None, "2019-03-04",
     "Recommended for you\nCouncil Race Heats Up in District 4\nMore from Springfield News:"),
    ("public broadcaster", "Budget fight ends in compromise\n4 March 2019\n\nShare this with\nEmail\nFacebook\n\n"
     "Image copyright Getty Images\nImage caption The council met on Tuesday", None, None, "2019-03-04",
     "Related Topics\nSpringfield"),
    ("broadsheet", "Budget fight ends in compromise\nCouncil finds a middle way after months of talks\n"
     "Jane Doe in Springfield\nMon 4 Mar 2019 09.15 GMT", "Jane Doe", None, "2019-03-04",
     "Topics\nSpringfield\nLocal government\nReuse this content"),
    ("wire footer", "Budget fight ends in compromise", "Jane Doe", "Reuters", None,
     "Reporting by Jane Doe in Springfield; Additional reporting by Ann Lee; Editing by Peter Graff\n\n"
     "Our Standards: The Thomson Reuters Trust Principles."),
    ("contact line", "Budget Fight Ends in Compromise\n\nBy Jane Doe | jdoe@example.com | @janedoe\nMarch 4, 2019",
     "Jane Doe", None, "2019-03-04", "Contact Jane Doe at jdoe@example.com or 555-0100."),
]


@pytest.mark.parametrize("header, author, publisher, date, footer", [s[1:] for s in PAGE_STYLES],
                         ids=[s[0] for s in PAGE_STYLES])
def test_page_styles(header, author, publisher, date, footer):
    body = BODY if "Reuters" not in (publisher or "") else "SPRINGFIELD, Ill. (Reuters) - " + BODY
    text, layout = _layout(header, body=body, footer=footer or "")
    meta = layout.metadata
    assert [a.name for a in meta.authors] == ([author] if author else [])
    assert meta.publisher == publisher
    assert (meta.published or "")[:10] == (date or "")
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    _spans_ok(text, layout)


def test_a_first_paragraph_with_a_dateline_is_no_deck():
    text = ("Politico\n15 Sep 2016\nPage A1\n\nTrump's favorite TV doctor has critics\nBy NANCY COOK\n\n"
            "WASHINGTON — Mehmet Oz has been called a charlatan. He has been investigated by Congress.\n\n"
            "But for Donald Trump, the show proved to be a safe space.\n")
    layout = analyze_page(text)
    assert layout.subtitle is None
    assert layout.metadata.dateline.location == "WASHINGTON"
    assert layout.body.paragraphs[0].text == "Mehmet Oz has been called a charlatan. He has been investigated by Congress."


@pytest.mark.parametrize("text, title, paragraphs", [
    ("Bridge Reopens\n\nThe bridge reopened on Friday, officials said.\n", "Bridge Reopens",
     ["The bridge reopened on Friday, officials said."]),
    ('"We will rebuild the bridge," the mayor said.', None, ['"We will rebuild the bridge," the mayor said.']),
])
def test_a_short_article_keeps_its_sentence_as_the_body(text, title, paragraphs):
    layout = analyze_page(text)
    assert layout.metadata.title == title
    assert [p.text for p in layout.body.paragraphs] == paragraphs
    assert layout.body.text == text[layout.body.start:layout.body.end]


@pytest.mark.parametrize("byline, name", [
    ("Par Marie Dupont", "Marie Dupont"),
    ("Von Max Mustermann", "Max Mustermann"),
    ("Por María García", "María García"),
    ("Door Jan de Vries", "Jan de Vries"),
])
def test_byline_words_of_other_languages_are_no_part_of_the_name(byline, name):
    text = (f"Bridge Reopens After Repairs\n{byline}\n\n"
            "Le pont a rouvert vendredi, ont déclaré les responsables de la ville. Les travaux ont duré six mois.\n")
    assert [a.name for a in analyze_page(text).metadata.authors] == [name]


@pytest.mark.parametrize("name, nobody", [
    ("Credit Harry Campbell", True), ("Resize Text", True), ("Getty Images", True), ("Download PowerPoint", True),
    ("Redaktion Haus.de", True), ("School-to-Prison Pipeline", True), ("Authority control", True),
    ("Our Foreign Staff", True), ("PhD", True), ("Reuters", True),
    ("Will Knight", False), ("Jean-Paul Sartre", False), ("Jose de la Cruz", False), ("Toni L. Sandys", False),
])
def test_byline_shaped_labels_name_nobody(name, nobody):
    assert names_nobody(name) is nobody


def test_a_date_line_over_a_section_line_is_the_date():
    text, layout = _layout("Council Approves County Budget After Long Fight\nby Jane Doe\nOctober 27, 2023\n"
                           "in Politics, Local\nReading Time: 3 mins read")
    assert layout.metadata.published == "2023-10-27"
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    _spans_ok(text, layout)


def test_the_line_readers_headline_holds_below_a_paragraph_taken_for_the_body():
    from service.nlp.page import reader

    header = ("Ready to publish?\nThe author chose to make this story unlisted, which means only people who "
              "have the link can see it.\nOn Behalf of the Word Literally\n\n")
    text = header + BODY + "\n"
    layout = reader.analyze_page(text, headline_start=text.index("On Behalf"))
    assert layout.metadata.title == "On Behalf of the Word Literally"


@pytest.mark.parametrize("line, name", [
    ("Courtney Kirchoff", "Courtney Kirchoff"), ("PIPPIN LEE", "Pippin Lee"),
    ("Courtney Kirchoff\non Feb 24", "Courtney Kirchoff"),
    ("Next story", None), ("Most Read", None), ("Share on Facebook", None), ("Getty Images", None),
    ("Resize Text", None), ("4 min read", None),
])
def test_a_bare_name_line(line, name):
    from service.nlp.layout import Line
    from service.nlp.page import reader

    found = reader.bare_name(Line(10, 10 + len(line), line, 0))
    assert (found[0].name if found else None) == name
    if found:
        assert line[found[1].start - 10:found[1].end - 10] == found[1].text


def test_a_headline_read_as_wrapped_with_a_label_under_it_is_its_own_line():
    text, layout = _layout("Council Approves County Budget After Long Fight\nblog")
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"
    assert layout.headline.text == "Council Approves County Budget After Long Fight"
    assert [p.text for p in layout.body.paragraphs] == BODY.split("\n\n")
    assert ("navigation", "blog") in [(b.kind, b.text) for b in layout.boilerplate]
    _spans_ok(text, layout)


def test_a_table_row_is_never_the_headline():
    text, layout = _layout("County budget\tCouncil vote\tSchools and roads\nCouncil Approves County Budget After Long Fight")
    assert layout.metadata.title == "Council Approves County Budget After Long Fight"


def test_a_publication_glued_to_its_date_in_a_byline_block_is_no_author():
    _, layout = _layout("Council Approves County Budget After Long Fight\nBen Silverman\nGames Editor\n"
                        "Yahoo FinanceOctober 13, 2016")
    assert [(a.name, a.role) for a in layout.metadata.authors] == [("Ben Silverman", "Games Editor")]
    assert layout.metadata.published == "2016-10-13"


def test_a_label_and_its_value_is_no_publisher():
    _, layout = _layout("Council Approves County Budget After Long Fight\nBy Jane Doe\nKategorie: News")
    assert layout.metadata.publisher != "Kategorie: News"
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]


@pytest.mark.parametrize("under_headline, subtitle", [
    # a deck over the photo's credit
    ("Many residents fear the new taxes will fall hardest on families who rent their homes.",
     "Many residents fear the new taxes will fall hardest on families who rent their homes."),
    ("Residents fear the new taxes will fall hardest on renters", "Residents fear the new taxes will fall hardest on renters"),
])
def test_a_line_under_the_headline_over_a_photo_credit(under_headline, subtitle):
    _, layout = _layout(f"Council Approves County Budget After Long Fight\n{under_headline}\nGETTY IMAGES\nBy Jane Doe")
    assert layout.metadata.subtitle == subtitle
    assert [a.name for a in layout.metadata.authors] == ["Jane Doe"]
