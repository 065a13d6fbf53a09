"""Claims on short hand-written news paragraphs, one attribution shape per case."""
from __future__ import annotations

import pytest

from service.nlp.structure import structure


def _claims(nlp, body: str, kind: str | None = None):
    text = f"Test Headline For The Story\n\n{body}\n"
    article = structure(nlp, text)
    for claim in article.claims:
        for span in (claim.content, claim.source, claim.cue, *claim.hedges):
            if span is not None:
                assert text[span.start:span.end] == span.text
    return [c for c in article.claims if kind is None or c.kind == kind], article


def _attributed(nlp, body):
    claims, _ = _claims(nlp, body)
    return [c for c in claims if c.kind != "unattributed"]


SHAPES = [
    ("Officials believe he has fled the city of Mosul.", "indirect", "Officials", "believe", "he has fled the city"),
    ("The senator said that the bill would pass next week.", "indirect", "The senator", "said",
     "that the bill would pass next week"),
    ("The bill will pass next week, two aides said.", "indirect", "two aides", "said", "The bill will pass"),
    ("The mayor claimed in February that the budget was balanced.", "indirect", "The mayor", "claimed",
     "that the budget was balanced"),
    ("The project is over budget, according to city auditors.", "according_to", "city auditors", "according to",
     "The project is over budget"),
    ("According to the report, emissions rose by 4 percent last year.", "according_to", "the report",
     "According to", "emissions rose by 4 percent"),
    ("Intelligence sources told Reuters that the commander had been wounded.", "indirect", "Intelligence sources",
     "told", "that the commander had been wounded"),
    ("It was reported that the factory would close in March.", "indirect", None, "was reported",
     "that the factory would close"),
    # Cues stop where PolNeAR's annotators stop: auxiliaries, negation and adverbs before the verb, the
    # preposition that takes what is reported after it.
    ("The governor has also said that the bridge would reopen in May.", "indirect", "The governor", "has also said",
     "that the bridge would reopen"),
    ("The union called for a strike to begin at every plant on Monday.", "indirect", "The union", "called for",
     "a strike"),
    ("The mayor pointed to falling crime rates across the city as proof.", "indirect", "The mayor", "pointed to",
     "falling crime rates"),
    ("“There will be other commanders rising because the structure remains,” Ragheef told Reuters.",
     "direct_quote", "Ragheef", "told", "“There will be other commanders rising"),
    ("“We are not going to rush this,” Senator Barrasso said. “The numbers have to add up.”",
     "direct_quote", "Senator Barrasso", "said", "“We are not going to rush this,”"),
    ("\"The plan is dead on arrival,\" said Maria Lopez, the committee chair.", "direct_quote", "Maria Lopez",
     "said", "\"The plan is dead on arrival,\""),
    ("Trump called the agreement a disaster for American workers.", "indirect", "Trump", "called",
     "the agreement a disaster"),
    ("She wants to triple the size of the AmeriCorps program.", "indirect", "She", "wants",
     "to triple the size of the AmeriCorps program"),
    ("In a CNN national poll released Monday, Clinton held a 24-point lead over Sanders among black voters.",
     "according_to", "a CNN national poll released Monday", "In", "Clinton held a 24-point lead"),
]


@pytest.mark.parametrize("body, kind, source, cue, content", SHAPES, ids=[s[0][:40] for s in SHAPES])
def test_attribution_shapes(nlp, body, kind, source, cue, content):
    claims = _attributed(nlp, body)
    match = [c for c in claims if content in c.content.text]
    assert match, [(c.kind, c.content.text) for c in claims]
    claim = match[0]
    assert claim.kind == kind
    assert (claim.source.text[:len(source)] if claim.source else None) == source
    assert claim.cue.text == cue


def test_interrupted_quote_is_one_claim(nlp):
    body = "“We will win this fight,” the governor said, “and we will win it this year.”"
    claims = _attributed(nlp, body)
    assert len(claims) == 1
    assert claims[0].content.text == body[:body.index(" the governor")] or \
        claims[0].content.text.endswith("this year.”")
    assert claims[0].content.text.startswith("“We will win")


def test_an_interrupted_quote_can_be_quoted_without_its_attribution(nlp):
    body = "“We are not going to rush this,” Senator Barrasso said. “The numbers have to add up.”"
    claims = _attributed(nlp, body)
    assert [p.text for p in claims[0].content_parts] == ["“We are not going to rush this,”",
                                                         "“The numbers have to add up.”"]
    assert claims[0].content.text.startswith("“We are not") and claims[0].content.text.endswith("add up.”")


def test_a_content_in_one_piece_is_its_only_part(nlp):
    claims = _attributed(nlp, "The senator said that the bill would pass next week.")
    assert [(p.start, p.end) for p in claims[0].content_parts] == [(claims[0].content.start, claims[0].content.end)]


def test_quote_after_a_colon_takes_the_speaker(nlp):
    body = ("Pat Caddell spoke to the radio host on Thursday about the latest national polls.\n\n"
            "Caddell continued:\n\n“This is in their heads. It is one of the things worrying them.”")
    quotes = [c for c in _attributed(nlp, body) if c.kind == "direct_quote"]
    assert [(c.source.text, c.content.text[:12]) for c in quotes] == [("Caddell", "“This is in ")]


def test_hedges_and_certainty(nlp):
    claims, _ = _claims(nlp, "The leader allegedly fled the city, according to U.S. officials.")
    claim = next(c for c in claims if c.kind == "according_to")
    assert [h.text for h in claim.hedges] == ["allegedly"]
    assert claim.certainty == pytest.approx(0.8 * 0.75)
    assert claim.source_type == "official"


@pytest.mark.parametrize("source, expected", [
    ("anonymous sources cited by Reuters", "anonymous"),
    ("people familiar with the matter", "anonymous"),
    ("two officials", "official"),
    ("the report", "document"),
])
def test_source_types(nlp, source, expected):
    claims, _ = _claims(nlp, f"The talks have collapsed, according to {source}.")
    assert claims[0].source.text == source
    assert claims[0].source_type == expected


def test_pronoun_source_links_to_the_person(nlp):
    claims, article = _claims(nlp, "Jane Smith, the city treasurer, spoke on Monday. She said that the budget "
                                   "was balanced for the first time in a decade.")
    claim = next(c for c in claims if c.cue and c.cue.text == "said")
    jane = next(e for e in article.entities if "Jane Smith" in e.name)
    assert claim.source.text == "She" and claim.source_entity_id == jane.id
    assert claim.source_type == "person"


@pytest.mark.parametrize("body", [
    "The self-proclaimed caliph has not been seen in public since July.",
    "All told, the storm destroyed more than 40 homes along the coast.",
    "Truth be told, the storm destroyed more than 40 homes along the coast.",
    "She starred in “The Art of the Deal” on Broadway last spring for several weeks.",
    "The company dismissed 40 workers in March after the plant closed.",
])
def test_not_attributions(nlp, body):
    assert _attributed(nlp, body) == []


def test_unattributed_assertions_are_scored(nlp):
    claims, _ = _claims(nlp, "The city spent $4 million more on roads in 2019 than in 2018. "
                             "What a beautiful morning it was for everyone!")
    scores = {c.content.text[:9]: c.checkworthiness for c in claims if c.kind == "unattributed"}
    assert scores["The city "] >= 0.7
    assert scores.get("What a be", 0.0) <= 0.2
    assert all(c.source is None and c.source_type is None for c in claims if c.kind == "unattributed")


def test_entity_links(nlp):
    claims, article = _claims(nlp, "Senator John Barrasso said that Wyoming would get new funding from Congress.")
    claim = next(c for c in claims if c.kind == "indirect")
    names = {e.id: e.name for e in article.entities}
    assert any("Wyoming" in names[i] for i in claim.entity_ids)
    assert claim.source_entity_id is not None and "Barrasso" in names[claim.source_entity_id]


def test_transcript_turns_are_quotes_of_their_speaker(nlp):
    claims = _attributed(nlp, "The interview aired on Sunday morning on national television.\n\n"
                              "PENCE: Well, look, the campaign is focused on jobs and on security.\n\n"
                              "UPDATE: The transcript was corrected on Monday afternoon.")
    turns = [c for c in claims if c.cue and c.cue.text == ":"]
    assert [(c.source.text, c.content.text[:10]) for c in turns] == [("PENCE", "Well, look")]


def test_a_transcript_turn_may_name_its_speaker_in_ordinary_case(nlp):
    claims = _attributed(nlp, "The two hosts argued about the tax plan on the air.\n\n"
                              "Chris Matthews: Seriously, the plan would cost far more than anyone admits.\n\n"
                              "Student loans: Some big ideas do come to pass in the end.")
    turns = [c for c in claims if c.cue and c.cue.text == ":"]
    assert [(c.source.text, c.content.text) for c in turns] == [
        ("Chris Matthews", "Seriously, the plan would cost far more than anyone admits.")]


@pytest.mark.parametrize("body, source, cue, content", [
    ("The senator has been endorsed by the state teachers union.", "the state teachers union",
     "has been endorsed by", "The senator"),
    ("Trump tweeted on Friday, attacking the former beauty queen.", "Trump", "attacking",
     "the former beauty queen"),
    ("The governor complained about the microphone after the debate.", "The governor", "complained about",
     "the microphone"),
])
def test_passive_participle_and_prepositional_shapes(nlp, body, source, cue, content):
    claims = _attributed(nlp, body)
    match = [c for c in claims if c.content.text.startswith(content)]
    assert match, [(c.cue.text, c.content.text) for c in claims]
    assert (match[0].source.text, match[0].cue.text) == (source, cue)


def test_headline_with_a_colon_is_attributed():
    from service.nlp.claims import _headline_attribution
    from service.nlp.page import analyze_page
    from service.records import Entity, Span

    text = "Pat Caddell: Democrat Voters Worried About Clinton's Health\n\nThe pollster spoke on Thursday.\n"
    caddell = Entity("E1", "Pat Caddell", "PERSON", mentions=[Span(0, 11, "Pat Caddell")])
    assert _headline_attribution(analyze_page("Stealth Over Health: Clinton Was Headed to ER\n\nBody."), []) == []
    [draft] = _headline_attribution(analyze_page(text), [caddell])
    assert text[draft.source[0]:draft.source[1]] == "Pat Caddell"
    assert text[draft.cue[0]:draft.cue[1]] == ":"
    assert text[draft.start:draft.end] == "Democrat Voters Worried About Clinton's Health"


def test_a_described_source_links_to_the_entity_with_that_role(nlp):
    body = ("Maria Lopez, a budget expert at the university, spoke in Chicago on Monday. "
            "The expert said that the group would split within a year.")
    claims, article = _claims(nlp, body)
    claim = next(c for c in claims if c.source and c.source.text == "The expert")
    expert = next(e for e in article.entities if e.name == "Maria Lopez")
    assert claim.source_entity_id == expert.id


def test_quote_continued_after_a_long_attribution_is_one_claim(nlp):
    body = ("\"It was a spectacular deal for the company,\" said Patrick McGinley, a law professor at the "
            "state university. \"Nobody else would have paid that much for those mines.\"")
    claims = [c for c in _attributed(nlp, body) if c.kind == "direct_quote"]
    assert len(claims) == 1
    assert claims[0].content.text.endswith("those mines.\"") and claims[0].source.text.startswith("Patrick")


def test_a_short_quote_followed_by_said_is_a_claim(nlp):
    claims = [c for c in _attributed(nlp, "“You winning?” she said, and walked away from the podium.")
              if c.kind == "direct_quote"]
    assert [(c.content.text, c.cue.text) for c in claims] == [("“You winning?”", "said")]


def test_a_content_never_holds_its_cue(nlp):
    claims = _attributed(nlp, "The union called for a strike to begin at every plant on Monday.")
    assert [(c.cue.text, c.content.text[:8]) for c in claims] == [("called for", "a strike")]


@pytest.mark.parametrize("body, content", [
    ("But the new stadium will cost more than $2 billion, the mayor said.",
     "the new stadium will cost more than $2 billion"),
    ("However, the bridge will stay closed until June, a spokesman said.", "the bridge will stay closed until June"),
])
def test_a_content_leaves_out_its_opening_connective(nlp, body, content):
    assert [c.content.text for c in _attributed(nlp, body)] == [content]


@pytest.mark.parametrize("body, cue, content", [
    ("The senator railed against the new tax on imported steel.", "railed against",
     "the new tax on imported steel"),
    ("Union leaders bristled at the suggestion that the strike had failed.", "bristled at",
     "the suggestion that the strike had failed"),
])
def test_the_preposition_that_takes_the_content_is_part_of_the_cue(nlp, body, cue, content):
    assert [(c.cue.text, c.content.text) for c in _attributed(nlp, body)] == [(cue, content)]


@pytest.mark.parametrize("body, cue, content", [
    ("The mayor went on to explain that the budget had been cut.", "went on to explain",
     "that the budget had been cut"),
    ("Investigators wanted to know who had opened the gate.", "wanted to know", "who had opened the gate"),
    ("The council continued to call for an inquiry into the fire.", "continued to call for",
     "an inquiry into the fire"),
    # A person between the verbs is told to speak: the cue is the verb of saying alone.
    ("The judge forced the company to admit that it had lied.", "to admit", "that it had lied"),
])
def test_a_verb_completing_another_shares_its_cue(nlp, body, cue, content):
    assert [(c.cue.text, c.content.text) for c in _attributed(nlp, body)] == [(cue, content)]


@pytest.mark.parametrize("body, cue, content", [
    ("Local leaders have expressed deep concern about the new curfew.", "have expressed deep concern about",
     "the new curfew"),
    ("The ministry issued a statement calling the vote a sham.", "issued a statement calling", "the vote a sham"),
    # Someone's own plans are what is reported, not a stance on it.
    ("The governor is promoting her plans for a new stadium downtown.", "is promoting",
     "her plans for a new stadium downtown"),
])
def test_a_stance_noun_the_verb_takes_is_part_of_the_cue(nlp, body, cue, content):
    assert [(c.cue.text, c.content.text) for c in _attributed(nlp, body)] == [(cue, content)]


def test_a_negation_far_from_the_verb_is_not_in_the_cue(nlp):
    claims = _attributed(nlp, "\"Will the bridge be ready by June? Probably not,\" the engineer said.")
    assert [c.cue.text for c in claims] == ["said"]


def test_a_participle_before_a_verb_of_saying_leaves_the_claim_to_it(nlp):
    claims = _attributed(nlp, "Speaking to reporters on Monday, the mayor said the bridge would reopen in May.")
    assert [(c.cue.text, c.content.text) for c in claims] == [("said", "the bridge would reopen in May")]


def test_a_quote_after_the_narrators_own_sentence_is_not_continued(nlp):
    body = ("“The plan is finished for this year,” Mayor Lopez said. "
            "Her deputy called the budget “a fantasy from start to finish.”")
    claims = {c.cue.text: c.content.text for c in _attributed(nlp, body)}
    assert claims["said"] == "“The plan is finished for this year,”"
    assert claims["called"] == "the budget “a fantasy from start to finish.”"


def test_a_list_does_not_end_the_content_at_its_first_comma(nlp):
    claims = _attributed(nlp, "She wants to hammer her rival with negative ads, mailers and phone calls.")
    assert [c.content.text for c in claims] == ["to hammer her rival with negative ads, mailers and phone calls"]


def test_a_judgement_keeps_its_object_even_when_it_names_a_plan(nlp):
    claims = _attributed(nlp, "The mayor criticized the plan for its cost, its timing and its lack of support.")
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("criticized", "the plan for its cost, its timing and its lack of support")]


def test_a_participle_of_saying_after_reported_speech_is_a_claim_of_the_speaker(nlp):
    claims = _attributed(nlp, "The senator said the bill would fail, arguing that it had no support in the House.")
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == [
        ("The senator", "said", "the bill would fail"),
        ("The senator", "arguing", "that it had no support in the House")]


def test_a_quote_taken_by_a_second_verb_of_saying_is_its_own_claim(nlp):
    body = ("“We are not going to raise taxes this year,” the governor said, adding that “the budget is balanced "
            "for the first time.”")
    claims = _attributed(nlp, body)
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("said", "“We are not going to raise taxes this year,”"),
        ("adding", "that “the budget is balanced for the first time.”")]


def test_an_accusation_keeps_what_it_accuses_of(nlp):
    claims = _attributed(nlp, "The mayor accused the union of lying, though the union denied it.")
    assert [(c.cue.text, c.content.text) for c in claims if c.cue.text == "accused"] == [
        ("accused", "the union of lying")]


def test_a_quote_that_carries_on_a_reported_clause_joins_its_claim(nlp):
    body = "She said the event brought back memories of her father, and of “all the people who marched before us.”"
    claims = _attributed(nlp, body)
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("said", "the event brought back memories of her father, and of “all the people who marched before us.”")]


def test_a_participle_after_the_source_is_not_part_of_it(nlp):
    claims = _attributed(nlp, "The governor, speaking to reporters in Albany, said the budget would be late.")
    assert [(c.source.text, c.content.text) for c in claims] == [("The governor", "the budget would be late")]


def test_a_circumstance_before_the_reported_clause_goes_with_the_cue(nlp):
    claims = _attributed(nlp, "Many Americans have heard by now that veterans wait months for care.")
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("have heard by now", "that veterans wait months for care")]


def test_a_verb_of_saying_joined_to_the_content_is_a_claim_of_the_speaker(nlp):
    body = ("The minister said the country was opposed to the test and warned its neighbour against further "
            "provocations.")
    claims = {c.cue.text: c for c in _attributed(nlp, body)}
    assert claims["said"].content.text == "the country was opposed to the test"
    assert claims["warned"].source.text == "The minister"


@pytest.mark.parametrize("body, source, cue, content", [
    ("The mayor's claim that the budget was balanced did not survive the audit.", "The mayor's", "claim",
     "that the budget was balanced"),
    ("The council's decision to close the library came after a long debate.", "The council's", "decision",
     "to close the library"),
    ("His criticism of the new parking rules was echoed across the city.", "His", "criticism of",
     "the new parking rules"),
    ("On Monday, a claim by the developer that the tower was safe appeared in the local paper.", "the developer",
     "claim", "that the tower was safe"),
])
def test_a_stance_noun_held_by_someone_reports_their_position(nlp, body, source, cue, content):
    claims = _attributed(nlp, body)
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims if c.cue.text == cue] == [
        (source, cue, content)]


@pytest.mark.parametrize("body, source, cue, content", [
    ("The teachers union endorsed Sanders.", "The teachers union", "endorsed", "Sanders"),
    ("The teachers union endorsed her.", "The teachers union", "endorsed", "her"),
    ("The governor praised them.", "The governor", "praised", "them"),
])
def test_a_name_or_pronoun_that_is_all_a_verb_takes_is_a_content(nlp, body, source, cue, content):
    claims = _attributed(nlp, body)
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == [(source, cue, content)]


def test_a_participle_after_a_preposition_shares_its_verbs_subject(nlp):
    claims = _attributed(nlp, "The mayor ended the meeting by announcing that the library would close in May.")
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims if c.cue.text == "announcing"] == [
        ("The mayor", "announcing", "that the library would close in May")]


def test_a_content_a_rule_attributes_gets_no_second_unsure_learned_cue(nlp):
    # 'would see' scores above the cue model's threshold but well below MIN_PROBABILITY_TO_REPEAT.
    claims = _attributed(nlp, "The top 1 percent would see their after-tax incomes go up by as much as 19.9 percent, "
                              "according to the Tax Policy Center.")
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == [
        ("the Tax Policy Center", "according to",
         "The top 1 percent would see their after-tax incomes go up by as much as 19.9 percent")]


def test_a_part_of_a_rule_claims_content_gets_no_unsure_learned_cue(nlp):
    # 'have long regarded as' scores above the cue model's threshold but below MIN_PROBABILITY_TO_REPEAT, and
    # what it would report lies inside what the friends say.
    claims = _attributed(nlp, "Friends of the mayor say he has grown tired of the race, including new questions "
                              "about his finances, an issue that he and his backers have long regarded as racist.")
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == [
        ("Friends of the mayor", "say", "he has grown tired of the race, including new questions about his "
         "finances, an issue that he and his backers have long regarded as racist")]


@pytest.mark.parametrize("body, expected", [
    ("After the curfew was announced, the police did not enforce it in the early hours of Friday.", []),
    ("Although the deal was announced on Monday, the two sides have not signed it.", []),
    ("When the diagnosis was confirmed, the senator did not want to stay in the hospital.",
     [("the senator", "did not want", "to stay in the hospital")]),
    ("As the mayor said, the bridge will reopen in May.", [("the mayor", "said", "the bridge will reopen in May")]),
])
def test_a_verb_of_saying_in_a_clause_of_time_does_not_report_the_main_clause_but_as_does(nlp, body, expected):
    claims = _attributed(nlp, body)
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == expected


def test_a_quoted_phrase_in_a_verbs_object_makes_the_whole_object_the_content(nlp):
    claims = _attributed(nlp, "The president pledged a “close and honest relationship” with the new government in "
                              "Manila.")
    assert [(c.source.text, c.cue.text, c.content.text) for c in claims] == [
        ("The president", "pledged", "a “close and honest relationship” with the new government in Manila")]
