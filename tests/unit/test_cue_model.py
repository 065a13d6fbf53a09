"""The learned cue model: scoring, features on hand-built parses, and the claims it adds."""
from __future__ import annotations

import math

import pytest
import spacy
from spacy.tokens import Doc

from service.nlp.claims import extract_claims
from service.nlp.cue_model import CueModel, cue_model, verb_features
from service.nlp.entities import extract_entities
from service.nlp.page import analyze_page
from service.nlp.prepare import model_view
from service.nlp.structure import structure


def _parsed(words, heads, deps, tags, pos, ents) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)


@pytest.fixture
def backed():
    # "Warren backed the bill ." with the parse a model would give.
    return _parsed(["Warren", "backed", "the", "bill", "."], heads=[1, 1, 3, 1, 1],
                   deps=["nsubj", "ROOT", "det", "dobj", "punct"], tags=["NNP", "VBD", "DT", "NN", "."],
                   pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"], ents=["B-PERSON", "O", "O", "O", "O"])


def test_probability_is_the_logistic_of_the_summed_weights():
    model = CueModel({"w=backed": 1.5, "c=dobj": 0.5}, bias=-1.0, threshold=0.3, provenance={})
    assert model.probability(["w=backed", "c=dobj", "unknown"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.probability([]) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_probability_saturates_instead_of_overflowing():
    model = CueModel({"x": 1e6}, bias=0.0, threshold=0.5, provenance={})
    assert model.probability(["x"]) == pytest.approx(1.0) and model.probability([]) == 0.5


def test_features_describe_verb_subject_and_object(backed):
    verb = backed[1]
    features = verb_features(verb, backed[0], [backed[2], backed[3]], backed[:])
    for expected in ("w=backed", "st=back", "tag=VBD", "c=dobj", "st=back|c=dobj", "s.tag=NNP",
                     "s.ent=PERSON", "o.w=bill", "clen=0", "inq=False", "lex=obj"):
        assert expected in features


def test_features_without_subject(backed):
    assert "nosubj" in verb_features(backed[1], None, [], backed[:])


def test_shipped_model_has_provenance_and_a_usable_threshold():
    model = cue_model()
    assert 0 < model.threshold < 1 and len(model.weights) > 1000
    assert "PolNeAR train" in model.provenance["data"] and model.provenance["positives"] > 0


@pytest.mark.parametrize("body, cue, source, content", [
    ("Warren grilled the chief executive about the fake accounts during the hearing.",
     "grilled", "Warren", "the chief executive about the fake accounts during the hearing"),
    ("The senator has long championed tighter rules for banks.",
     "has long championed", "The senator", "tighter rules for banks"),
    # Scored 0.285: above the threshold of 0.28, below the 0.3 used before contents already held by a rule's
    # claim needed more.
    ("The union reviewed the new budget plan.", "reviewed", "The union", "the new budget plan"),
])
def test_model_finds_cues_the_rules_do_not_know(nlp, body, cue, source, content):
    text = f"Test Headline For The Story\n\n{body}\n"
    claims = [c for c in structure(nlp, text).claims if c.kind != "unattributed"]
    assert [(c.cue.text, c.source.text, c.content.text, c.detected_by) for c in claims] == \
        [(cue, source, content, "model")]
    assert claims[0].model_probability >= cue_model().threshold


def test_rule_claims_carry_no_probability(nlp):
    claims = structure(nlp, "Test Headline For The Story\n\nOfficials said the bridge would reopen.\n").claims
    assert [(c.detected_by, c.model_probability) for c in claims if c.kind != "unattributed"] == [("rule", None)]


def test_extraction_without_the_model_keeps_only_rule_claims(nlp):
    text = "Test Headline For The Story\n\nThe senator has long championed tighter rules for banks.\n"
    layout = analyze_page(text)
    doc = nlp(model_view(text, layout))
    entities = extract_entities(doc, layout)
    assert [c.detected_by for c in extract_claims(doc, layout, entities) if c.kind != "unattributed"] == ["model"]
    assert [c.kind for c in extract_claims(doc, layout, entities, learned=False)] == ["unattributed"]
