"""A learned detector for the attribution cues the rules do not know.

PolNeAR-style attribution is broader than speech: a source takes a position through
"backed Clinton", "were frustrated that …", "refused to endorse Trump". No word list
covers that tail, so every verb the rules left alone is scored by a logistic regression
over features of its parse (the verb, its dependents, its subject, its complement);
above the model's threshold the verb becomes an ``indirect`` claim whose content is the
verb's complement.

The weights are trained on the PolNeAR train split by ``python -m training.cue_model``
(see ``training/README.md``) and stored in ``models/cue_model.json`` with their
provenance. Scoring is a sum of weights: no machine-learning library runs in the service.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

from spacy.tokens import Span, Token

from service.nlp.components import doc_text
from service.nlp.lexicon import words

MODEL_FILE = "cue_model.json"
# Verb lists the features consult: membership is a strong prior, the weights learn how strong.
_LEXICONS = {
    "speech": "claim_speech_verbs",
    "obj": "claim_object_verbs",
    "int": "claim_intent_verbs",
    "cog": "claim_cognition_verbs",
}
_SUFFIXES = ("ing", "ed", "es", "s")
# Pronouns and determiners as subjects ("she", "some", "which"): the word itself is the feature.
_FUNCTION_TAGS = frozenset({"PRP", "DT", "WP", "WDT", "EX"})


@dataclass(frozen=True, slots=True)
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    provenance: dict[str, Any]

    def probability(self, features: list[str]) -> float:
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "CueModel":
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), dict(data.get("provenance", {})))


@lru_cache(maxsize=1)
def cue_model() -> CueModel:
    """The shipped model, read once per process."""
    raw = resources.files("service.nlp.models").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return CueModel.from_json(json.loads(raw))


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


@lru_cache(maxsize=1)
def _lexicons() -> dict[str, frozenset[str]]:
    return {name: words(filename) for name, filename in _LEXICONS.items()}


def verb_features(verb: Token, subject: Token | None, content: list[Token], sent: Span) -> list[str]:
    """The sparse features of one candidate cue verb in its sentence (names are the model's vocabulary)."""
    word, stem, head = verb.lower_, _stem(verb.lower_), verb.head
    text = doc_text(verb.doc)
    sentence_text, before = text[sent.start_char:sent.end_char], text[sent.start_char:verb.idx]
    lexicons = _lexicons()
    features = [f"w={word}", f"st={stem}", f"tag={verb.tag_}", f"dep={verb.dep_}",
                f"hdep={head.dep_}/{head.tag_}"]
    features += [f"lex={name}" for name, entries in lexicons.items() if word in entries]
    if subject is None:
        features += ["nosubj", f"st={stem}|subj=no"]
    else:
        features += [f"s.tag={subject.tag_}", f"s.ent={subject.ent_type_}", f"s.dep={subject.dep_}",
                     f"s.title={subject.is_title}", f"st={stem}|subj={subject.tag_}",
                     f"st={stem}|s.ent={subject.ent_type_}"]
        if subject.tag_ in _FUNCTION_TAGS:
            features.append(f"s.w={subject.lower_}")
        else:
            features.append("s.lex=" + ("off" if subject.lower_ in words("claim_officials") else "other"))
    dependents = list(verb.children)
    children = set()
    for child in dependents:
        children.add(f"prep:{child.lower_}" if child.dep_ == "prep" else child.dep_)
        if child.dep_ == "dobj":
            features += [f"o.w={child.lower_}", f"st={stem}|o.tag={child.tag_}"]
        if child.dep_ in ("dobj", "attr"):
            features += [f"o.ent={child.ent_type_}", f"o.tag={child.tag_}"]
        if child.dep_ == "ccomp":
            that = any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children)
            features.append("cc.mark=" + ("that" if that else "none"))
    for child in sorted(children):
        features += [f"c={child}", f"st={stem}|c={child}"]
    features.append(f"nkids={min(len(children), 5)}")
    length = sum(1 for t in content if not t.is_punct)
    features.append(f"clen={min(length // 3, 6)}")
    quoted = sentence_text.count('"') + sentence_text.count("“")
    features.append(f"q={min(quoted, 2)}")
    features.append(f"pos={int((verb.i - sent.start) / max(1, len(sent)) * 4)}")
    if head is not verb:
        features.append(f"h.w={head.lower_}|{verb.dep_}")
        features.append("h.lex=" + "|".join(n for n, e in lexicons.items() if head.lower_ in e) + f"|{verb.dep_}")
    features.append(f"neg={any(c.dep_ == 'neg' for c in dependents)}")
    features.append(f"modal={any(c.tag_ == 'MD' for c in dependents)}")
    inside = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    features += [f"inq={inside}", f"st={stem}|inq={inside}"]
    features.append("ancdep=" + "/".join(a.dep_ for a in islice(verb.ancestors, 2)))
    return features
