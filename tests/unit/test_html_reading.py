"""What the markup of a page states, read as a byline and a masthead would be (service.nlp.html_input)."""

import pytest

from service.nlp.html_input import markup_publisher, reconciled_authors, visible_headline
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
