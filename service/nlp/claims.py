"""Claims: who said what (first pass: speech verbs and "according to")."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from service.nlp.lexicon import words
from service.records import Claim, Entity, PageLayout, Span


def _span(doc: Doc, tokens: list[Token]) -> Span:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Span(start, end, doc.text[start:end])


def _subtree(token: Token) -> list[Token]:
    return [t for t in token.subtree if not t.is_space]


def _entity_for(span: Span | None, entities: list[Entity]) -> str | None:
    if span is None:
        return None
    for entity in entities:
        if any(m.start < span.end and span.start < m.end for m in entity.mentions):
            return entity.id
    return None


def extract_claims(doc: Doc, layout: PageLayout, entities: list[Entity]) -> list[Claim]:
    speech_verbs = words("speech_verbs")
    claims: list[Claim] = []
    for sent in doc.sents:
        for token in sent:
            if token.tag_.startswith("VB") and token.lower_ in speech_verbs:
                content = [c for c in token.children if c.dep_ in {"ccomp", "xcomp"}]
                subject = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
                if not content:
                    continue
                body = _subtree(content[0])
                source = _span(doc, _subtree(subject[0])) if subject else None
                claims.append(Claim("", "indirect", _span(doc, body), source,
                                    Span(token.idx, token.idx + len(token), token.text)))
            elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                to = doc[token.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                rest = [t for t in sent if not t.is_space and not (token.i <= t.i)
                        and t.i not in {s.i for o in objects for s in o.subtree}]
                rest = [t for t in rest if not t.is_punct] or rest
                if not rest or not objects:
                    continue
                source = _span(doc, _subtree(objects[0]))
                cue = Span(token.idx, to.idx + len(to), doc.text[token.idx:to.idx + len(to)])
                claims.append(Claim("", "according_to", _span(doc, rest), source, cue))
    for number, claim in enumerate(claims, 1):
        claim.id = f"C{number}"
        claim.source_entity_id = _entity_for(claim.source, entities)
    return claims
