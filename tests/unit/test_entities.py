"""Entity clustering, typing, boundaries and descriptors on short hand-written articles."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span as SpacySpan

from service.nlp.entities import _normalise, _pieces, _skeleton
from service.nlp.prepare import sentence_case
from service.nlp.structure import structure
from tests.conftest import DATA


def _entities(nlp, text):
    article = structure(nlp, text)
    for entity in article.entities:
        for mention in entity.mentions:
            assert text[mention.start:mention.end] == mention.text
        assert 0.0 <= entity.salience <= 1.0
    return article.entities


def _find(entities, text):
    return [e for e in entities if any(m.text == text for m in e.mentions)]


def test_seed_article_entities(nlp):
    text = (DATA / "daily_caller_baghdadi.txt").read_text(encoding="utf-8")
    entities = _entities(nlp, text)
    baghdadi = _find(entities, "Abu Bakr al-Baghdadi")[0]
    assert baghdadi.type == "PERSON" and baghdadi.name == "Abu Bakr al-Baghdadi"
    assert len(baghdadi.mentions) == 9
    assert "the self-proclaimed caliph of all Muslims" in baghdadi.descriptors
    assert _find(entities, "ISIS") == _find(entities, "Islamic State")
    assert _find(entities, "Fadel Abu Raqif") == _find(entities, "Fadhil Abu Ragheef")
    assert _find(entities, "Iyad al-Obaidi") == _find(entities, "Fadel Haifa")
    for place in ("Mosul", "Iraq", "Syria", "Iran", "Nineveh"):
        assert _find(entities, place)[0].type in ("GPE", "LOC"), place
    names = {m.text for e in entities for m in e.mentions}
    assert not names & {"Size", "Content", "Follow Russ Read", "REUTERS"}
    assert _find(entities, "Russ Read")[0].type == "PERSON"
    assert entities[0] is baghdadi


ARTICLE = "Council Votes on Budget\n\n{}\n"


@pytest.mark.parametrize("body, same, different", [
    ("President Donald Trump spoke on Monday. Mr. Trump said the plan was fair. Trump’s aides agreed.",
     ["Donald Trump", "Trump"], []),
    ("John Smith, a farmer, testified on Monday. Mary Smith, his neighbour, disagreed. Smith left early.",
     [], ["John Smith", "Mary Smith"]),
    ("Hillary Clinton spoke in Ohio on Friday. Bill Clinton joined her later. Clinton thanked the crowd.",
     [], ["Hillary Clinton", "Bill Clinton"]),
    ("The Popular Mobilization Units (PMU) moved north. The PMU later withdrew from the town.",
     ["Popular Mobilization Units", "PMU"], []),
])
def test_clustering_rules(nlp, body, same, different):
    entities = _entities(nlp, ARTICLE.format(body))
    if same:
        clusters = {id(c) for name in same for c in _find(entities, name)}
        assert len(clusters) == 1, [(e.name, [m.text for m in e.mentions]) for e in entities]
    if different:
        found = [_find(entities, name) for name in different]
        assert all(found) and found[0] != found[1]


def test_city_and_person_named_washington_stay_apart(nlp):
    text = ARTICLE.format("George Washington was born in Virginia in 1732. "
                          "Today, Washington is a city of 700,000 people, officials in Washington said.")
    entities = _entities(nlp, text)
    person = _find(entities, "George Washington")[0]
    assert all(m.text != "Washington" or m.start < 40 for m in person.mentions[1:])
    assert any(e.type == "GPE" and e.name == "Washington" for e in entities)


def test_surname_shared_by_two_people_is_not_merged(nlp):
    entities = _entities(nlp, ARTICLE.format("Hillary Clinton and Bill Clinton arrived on Friday. "
                                             "Clinton spoke first."))
    hillary, bill = _find(entities, "Hillary Clinton")[0], _find(entities, "Bill Clinton")[0]
    assert hillary is not bill
    assert all(len(m.text.split()) == 2 for m in hillary.mentions + bill.mentions)


def test_numbers_and_dates_are_typed_and_never_people(nlp):
    entities = _entities(nlp, ARTICLE.format("The city spent $4 million in 2019, up 12 percent. "
                                             "In 2019 the council met 40 times."))
    types = {e.name: e.type for e in entities}
    assert types.get("$4 million") == "MONEY" and types.get("12 percent") == "PERCENT"
    assert len(_find(entities, "2019")) == 1 and len(_find(entities, "2019")[0].mentions) == 2


def test_headline_in_capitals_is_read_in_sentence_case(nlp):
    text = "OBAMA MEETS MERKEL IN BERLIN\n\nPresident Barack Obama met Angela Merkel in Berlin on Friday.\n"
    entities = _entities(nlp, text)
    headline_mentions = {m.text for e in entities for m in e.mentions if m.start < 28}
    assert {"OBAMA", "MERKEL", "BERLIN"} <= headline_mentions
    assert _find(entities, "OBAMA") == _find(entities, "Barack Obama")


def test_mentions_exclude_articles_titles_and_possessives(nlp):
    entities = _entities(nlp, ARTICLE.format("Senator Elizabeth Warren grilled the CEO. "
                                             "Warren’s questions stung the bank’s board."))
    warren = _find(entities, "Elizabeth Warren")[0]
    assert {m.text for m in warren.mentions} == {"Elizabeth Warren", "Warren"}


@pytest.mark.parametrize("a, b", [("al-Baghdadi", "Al Baghdadi"), ("The Pentagon", "Pentagon"),
                                  ("Baghdadi’s", "Baghdadi"), ("José Núñez", "Jose Nunez")])
def test_normalised_keys(a, b):
    assert _normalise(a) == _normalise(b)


def test_transliteration_skeleton():
    assert _skeleton("fadel abu raqif") == _skeleton("fadhil abu ragheef")
    assert _skeleton("john smith") != _skeleton("mary smith")


@pytest.mark.parametrize("headline, body, expected", [
    ("ISIS LEADER FLEES MOSUL", "The ISIS leader fled Mosul on Monday.", "ISIS leader flees Mosul"),
    ("Senate Passes Water Bill", "The Senate passed a bill.", "Senate passes water bill"),
    ("Council approves budget", "The council approved it.", "Council approves budget"),
])
def test_sentence_case_headlines(headline, body, expected):
    cased = sentence_case(headline, body)
    assert cased == expected and len(cased) == len(headline)


def _types(entities) -> dict[str, str]:
    return {m.text: e.type for e in entities for m in e.mentions}


def test_results_table_rows_name_teams_players_and_places(nlp):
    text = ("SOCCER - DUTCH FIRST DIVISION RESULTS .\nAMSTERDAM 1996-08-25\n"
            "Results of Dutch first division matches on Sunday :\n"
            "Feyenoord Rotterdam 3 ( Sanchez 27th , Taument 44th ) Volendam 0\n"
            "Halftime 2-0 .\nAttendance 27,500\n"
            "6. Mika Hakkinen ( Finland ) McLaren 1:52.318\n")
    types = _types(_entities(nlp, text))
    assert types["Feyenoord Rotterdam"] == "ORG" and types["Volendam"] == "ORG"
    assert types["Sanchez"] == "PERSON" and types["Mika Hakkinen"] == "PERSON"
    assert types["Finland"] in ("GPE", "LOC") and types["AMSTERDAM"] == "GPE"
    assert not {"Halftime", "Attendance", "Halftime 2-0", "Attendance 27,500"} & set(types)
    assert not any(any(c.isdigit() for c in name) for name in types if types[name] in ("ORG", "PERSON"))


def test_every_part_of_a_dateline_is_a_place(nlp):
    text = ("Japan win Asian Cup opener\nAL-AIN, United Arab Emirates 1996-12-06\n"
            "Japan began the defence of their Asian Cup title with a 2-1 win against Syria on Friday.\n")
    types = _types(_entities(nlp, text))
    assert types["AL-AIN"] == "GPE" and types["United Arab Emirates"] in ("GPE", "LOC")


@pytest.mark.parametrize("body, name, expected", [
    ("Sri Lanka said on Monday that the talks would resume.", "Sri Lanka", ("GPE", "LOC")),
    ("The Angolan government said the talks would resume on Monday.", "Angolan", ("NORP",)),
    ("Palestinians marched through the city on Friday.", "Palestinians", ("NORP",)),
])
def test_known_places_and_nationalities_are_typed_as_such(nlp, body, name, expected):
    types = _types(_entities(nlp, ARTICLE.format(body)))
    assert types.get(name) in expected, types


@pytest.mark.parametrize("words, label, expected", [
    (["Belgian", "Bruno", "Thiry"], "PERSON", [("Belgian", "NORP"), ("Bruno Thiry", "PERSON")]),
    (["Anderlecht", "2", "Lokeren"], "ORG", [("Anderlecht", "ORG"), ("Lokeren", "ORG")]),
    (["Groningen", "1", "(", "Gorre"], "PERSON", [("Groningen", "PERSON"), ("Gorre", "PERSON")]),
    (["$", "4", "million"], "MONEY", [("$ 4 million", "MONEY")]),
])
def test_a_model_entity_splits_into_the_names_it_holds(words, label, expected):
    doc = Doc(spacy.blank("en").vocab, words=words)
    pieces = _pieces(SpacySpan(doc, 0, len(words), label=label))
    assert [(piece.text, piece_label) for piece, piece_label in pieces] == expected


@pytest.mark.parametrize("headline, body, expected", [
    ("FLOODS HIT MANAGUA", "Rain fell for days.", "Floods hit Managua"),
    ("BELGIAN SPECTATOR DIES IN FINNISH RALLY", "A spectator died.", "Belgian spectator dies in Finnish rally"),
    ("FROZEN TURKEY PRICES RISE", "A turkey costs more this year.", "Frozen turkey prices rise"),
    ("TALKS RESUME IN SRI LANKA", "Talks resumed.", "Talks resume in Sri Lanka"),
])
def test_sentence_case_knows_places_and_nationalities(headline, body, expected):
    assert sentence_case(headline, body) == expected


@pytest.mark.parametrize("words, tags, start, expected", [
    (["Japan", "'s", "Ukyo", "Katayama", "crashed"], ["NNP", "POS", "NNP", "NNP", "VBD"], 3, "Ukyo Katayama"),
    (["the", "Islamic", "State", "Baghdadi", "fled"], ["DT", "NNP", "NNP", "NNP", "VBD"], 3, "Baghdadi"),
    (["the", "President", "Obama", "spoke"], ["DT", "NNP", "NNP", "VBD"], 2, "Obama"),
])
def test_a_given_name_the_model_left_out_joins_the_surname(words, tags, start, expected):
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags)
    doc.ents = [SpacySpan(doc, start, start + 1, label="PERSON")]
    assert [piece.text for piece, _ in _pieces(doc.ents[0])] == [expected]


@pytest.mark.parametrize("shouted, expected", [
    ('"WE WILL BALANCE IT," PORTER TOLD REPORTERS IN FRANCE. I AGREE.',
     '"We will balance it," porter told reporters in France. I agree.'),
    ("THE DUTCH TEAM WON. İSTANBUL NEXT?", "The Dutch team won. İstanbul next?"),
])
def test_a_shouted_paragraph_is_put_in_sentence_case_at_the_same_length(shouted, expected):
    from service.nlp.prepare import unshout

    assert unshout(shouted) == expected
    assert len(unshout(shouted)) == len(shouted)


@pytest.mark.parametrize("mentions, label, expected", [
    (["U.S."], "PERSON", "GPE"),  # 'U.S.' typed PERSON on wire news
    (["US", "United States"], "ORG", "GPE"),
    (["U.K."], "PERSON", "GPE"),
    (["Jane Porter"], "PERSON", None),
])
def test_a_country_and_its_abbreviations_are_places_whatever_the_model_read(mentions, label, expected):
    from collections import Counter
    from types import SimpleNamespace

    from service.nlp.entities import _known_type

    cluster = SimpleNamespace(mentions=[SimpleNamespace(text=m, label=label) for m in mentions],
                              labels=Counter({label: len(mentions)}))
    assert _known_type(cluster) == expected


@pytest.mark.parametrize("line, header", [
    ("W L T GF GA PTS", True),
    ("W L PCT GB", True),
    ("USA 2 CAN 1", False),
    ("NATO AND THE EU", False),
    ("FBI CIA", False),
])
def test_table_headers_name_nobody(line, header):
    from service.nlp.entities import on_table_header

    text = f"Standings\n\n{line}\nArsenal 3 1 0 9 2 10\n"
    assert on_table_header(text, text.index(line) + 2) is header
