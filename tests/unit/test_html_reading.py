"""What the markup of a page states, read as a byline and a masthead would be (service.nlp.html_input)."""

import pytest

from service.nlp.html_input import markup_publisher, read_html, reconciled_authors, story_date, visible_headline
from service.nlp.page.reader import markup_author
from service.records import Author


@pytest.mark.parametrize("field, author", [
    ("Jane Doe", Author("Jane Doe")),
    ("JANE DOE", Author("Jane Doe")),
    ("Ben Silverman Games Editor", Author("Ben Silverman", "Games Editor")),
    ("Joshua Sokol May", Author("Joshua Sokol")),
    ("Theresa May", Author("Theresa May")),
    ("Will Knight", Author("Will Knight")),
    ("PhD", None), ("M.A.", None), ("Username", None), ("admin", None), ("Staff", None),
    ("Our Foreign Staff", None), ("News Service Reports", None), ("Article by", None),
    ("February", None), ("F", None), ("CNN", None), ("Reuters", None), ("The Springfield Gazette", None),
])
def test_a_markup_author_field_is_read_as_a_byline(field, author):
    assert markup_author(field) == author


def test_markup_authors_are_checked_against_the_printed_byline():
    printed = [Author("Perry Bacon Jr.", "Senior Writer")]
    assert reconciled_authors(["Perry Bacon Jr", "PhD", "The Haitian Times"], printed, "The Haitian Times") == printed
    assert reconciled_authors(["Username"], printed, None) == printed
    assert reconciled_authors(["Jane Doe", "JANE DOE"], [], None) == [Author("Jane Doe")]
    assert reconciled_authors([], [], None) == []


OPENING = "A plumber was jailed on Friday after a faulty boiler he fitted filled a town house with fumes."


@pytest.mark.parametrize("title, headings, headline", [
    ("Penny - Stardew Valley Wiki", ["Penny"], "Penny"),
    ("Chapter 6 - Monitoring Distributed Systems", ["Monitoring Distributed Systems", "Definitions"],
     "Monitoring Distributed Systems"),
    ("Plumber jailed over boiler death", ["Sections", "Plumber jailed after boiler killed millionaire's daughter"],
     "Plumber jailed after boiler killed millionaire's daughter"),
    ("escenic", ["Plumber jailed after faulty boiler filled a house with fumes"],
     "Plumber jailed after faulty boiler filled a house with fumes"),
    ("Plumber jailed over boiler death", ["Sections", "Most read"], "Plumber jailed over boiler death"),
    ("Plumber jailed over boiler death", [], "Plumber jailed over boiler death"),
    (None, [], None),
])
def test_the_visible_headline_wins_where_it_words_the_title_differently(title, headings, headline):
    assert visible_headline(title, headings, OPENING) == headline


@pytest.mark.parametrize("site, publisher", [
    ("© Spox 2022", "Spox"), ("selbst.de", "Selbst"), ("Spiceworks Inc", "Spiceworks"),
    ("www.nytimes.com", "The New York Times"), ("City Times", "City Times"), ("", None), (None, None),
])
def test_the_markup_site_name_is_named_as_a_reader_names_it(site, publisher):
    assert markup_publisher(site) == publisher


@pytest.mark.parametrize("stated, shown, day", [
    ("2019-03-05", "2019-03-04", "2019-03-04"),  # a UTC timestamp a day after the printed day
    ("2019-03-05T02:00:00+00:00", "2019-03-04T21:00", "2019-03-04T21:00"),
    ("2020-04-12", "2020-12-04", "2020-04-12"),  # day and month read the other way: not the same story day
    ("2019-03-05", None, "2019-03-05"), (None, "2019-03-04", "2019-03-04"), (None, None, None),
])
def test_the_day_printed_beside_the_headline_wins_over_a_day_off_timestamp(stated, shown, day):
    assert story_date(stated, shown) == day


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Bridge Reopens | City Times</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Bridge Reopens","datePublished":"2019-03-05T02:00:00Z","author":{"@type":"Person","name":"Jane Doe"}}
</script></head><body><article><header><h1>Harbor Bridge Reopens After Two Years of Repairs</h1>
<time datetime="2019-03-05T02:00:00Z">March 4, 2019</time></header>
<p>Officials said on Monday that the Harbor Bridge would reopen to traffic on Friday after two years of repairs.</p>
<p>The bridge carries about 40,000 cars a day, according to the state transport department, which paid for it.</p>
</article><section class="comments"><time>March 9, 2019</time><p>Great news for the harbor.</p></section>
<footer>&copy; 2019 City Times</footer></body></html>"""


def test_a_page_is_read_with_its_visible_headline_and_printed_day():
    reading = read_html(PAGE)
    assert reading.title == "Harbor Bridge Reopens After Two Years of Repairs"
    assert reading.text.startswith(reading.title + "\n\n")
    assert reading.published[:10] == "2019-03-04"
    assert reading.authors == ["Jane Doe"]
