"""Claims: who said what, through which words, how sure; and the article's own assertions.

Attributions come from five rules over the dependency parse, applied per sentence, and a learned model:

- reported speech: a verb of saying or believing (``lexicon/claim_speech_verbs``)
  with a clausal complement; its subject is the source ("officials believe he has
  fled", "…, sources said."). Passives ("is believed to …", "it was reported that …")
  have no source unless an agent ("by X") is given. A speech verb hanging on another clause reports that
  clause, unless the clause's own verb is one of saying ("Speaking to reporters, Obama said …"); a participle
  of saying after reported speech, or joined to it, is the speaker's own claim ("he said the bill would fail,
  arguing that …", "he said it was opposed to the test and warned …").
- judgements: a verb like "called" or "criticized" with an object
  (``claim_object_verbs``): the object is the content. A content has two words or more, or is a name or a pronoun
  that is all the verb takes ("the union endorsed Clinton", "… praised them"; not "polls show Clinton with a
  lead …").
- "according to X": the rest of the sentence is the content, X the source.
- stance nouns (``claim_stance_nouns``) held by a possessive or a name, or by 'by' / 'from' X after them:
  "Trump's claim that …", "the council's decision to …", "Republican criticism of …", "calls by teachers
  for …" report the 'that' / 'to' clause or the preposition's object, the holder is the source.
- direct quotes: quoted text of three words or more; a parse-found claim that
  overlaps a quote grows to the whole quote, a quote interrupted by its cue
  ("“…,” he said, “…”") is one claim (not when the narrator's own sentence follows the
  attribution, "“…,” Obama said. He called Burma a “…”", or a second verb of saying takes
  the second quote, "“…,” he said, adding that “…”"), a quote that a few words join to a
  reported clause through the same cue carries that clause on ("she said the event brought
  back memories of her father, and of “…”"), and a quote that no rule attributed takes the
  nearest cue in its own sentence, or the speaker named just before a colon; a
  paragraph that is a quote signed "― Name" is that person's.
- learned cues: every other verb is scored by the cue model (``cue_model.py``, trained
  on PolNeAR train); above its threshold the verb's complement becomes an ``indirect``
  claim ("Warren grilled the chief executive about …"), marked ``detected_by="model"``
  with the model's probability, so a consumer can keep only the rules' claims. A content that a rule's
  claim already holds (the same content through another cue, or a part of it) takes a learned cue only when
  the model is sure of it (``MIN_PROBABILITY_TO_REPEAT``).

Boundaries follow PolNeAR's. A content leaves out the connective that opens its sentence ("But …",
"However, …"). A preposition of the verb that opens the content belongs to the cue ("railed against …",
"is leaning hard toward …"; after an object it stays in the content: "described Clinton as …"), and so does
the whole phrase when the verb's own clause follows it ("have heard by now that …"), and a stance noun the
verb takes (``claim_cue_nouns``: "expressed deep concern about …"; a judgement's object is what it judges:
"criticized the plan for …"). A verb that completes the one before it shares that verb's cue ("went on to
explain", "wanted to know who …"). A source leaves out a participle set off by a comma ("The governor,
speaking to reporters, said …").

Sources are typed (person, organization, publication, official, anonymous,
document, unknown) and linked to entities; pronouns resolve to the nearest
preceding PERSON entity.

Certainty of a claim = base × 0.75 per hedge (at most three) × 0.8 for a verb of
belief × 0.85 for an anonymous source; base 0.9 for direct quotes and unattributed
assertions, 0.8 for reported speech and "according to".

Check-worthiness of an unattributed assertion (0..1) = 0.1 + 0.3 if it has a number
+ 0.15 per named entity (at most 0.3) + 0.15 for a comparative or superlative
+ 0.15 for a factual or causal verb + 0.1 for a date − 0.25 for opinion words,
clipped to 0..1; questions score 0.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc, Span as SpacySpan, Token

from service.nlp.components import doc_text
from service.nlp.cue_model import CueModel, cue_model, verb_features
from service.nlp.lexicon import table, words
from service.records import Claim, Entity, PageLayout, Span

MIN_CONTENT_WORDS = 2
MIN_QUOTE_WORDS = 3
MAX_ATTRIBUTION_GAP = 200
MAX_QUOTE_CHARS = 5_000
MAX_JOINING_WORDS = 3
MIN_ASSERTION_WORDS = 6
# A learned cue for a content that a rule's claim already holds (the same content through another cue, or a
# part of it) is, on PolNeAR train and dev, more often a wrong claim than a right one, unless the model is
# this sure of it.
MIN_PROBABILITY_TO_REPEAT = 0.5
_OPENING_QUOTES = "“\"«„"
_CLOSING_QUOTES = {"“": "”", "\"": "\"", "«": "»", "„": "“"}
_COMPLEMENTS = {"ccomp", "xcomp"}
_NUMBER_LABELS = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}
# A name or a pronoun ('him', 'which', 'what') can be all that a verb takes a position on.
_ONE_WORD_CONTENT_TAGS = frozenset({"NNP", "NNPS", "PRP", "WDT", "WP"})
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"}
_WORD_RE = re.compile(r"\w+")


@dataclass(slots=True)
class _Draft:
    kind: str
    start: int
    end: int
    source: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    cue_token: Token | None = None
    source_token: Token | None = None
    sentence: SpacySpan | None = None
    labels: list[str] = field(default_factory=list)
    probability: float | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)  # the pieces of an interrupted quote


@lru_cache(maxsize=1)
def _publications() -> frozenset[str]:
    names = set()
    for display, aliases in table("page_publishers"):
        for name in [display, *aliases.split("|")]:
            names.add(re.sub(r"^the\s+", "", name.lower()))
    return frozenset(names)


def _token_range(tokens: list[Token]) -> tuple[int, int] | None:
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct and tokens[0].text not in _OPENING_QUOTES):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in "”\"»’'":
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _content_range(tokens: list[Token]) -> tuple[int, int] | None:
    """A content's span without the connective that opens its sentence ('But …', 'However, …'): it links
    the sentence to the one before and is not part of what is reported, as PolNeAR marks it; nor does a
    content end on a conjunction whose second half was left out."""
    tokens = [t for t in tokens if not t.is_space]
    if len(tokens) > 2 and all(t.is_space for t in tokens[0].doc[tokens[0].sent.start:tokens[0].i]):
        first, second = tokens[0], tokens[1]
        if first.dep_ == "cc":
            tokens = tokens[1:]
        elif first.dep_ == "advmod" and second.text == ",":
            tokens = tokens[2:]
    # '… to the test and' once what the conjunction joins is a claim of its own.
    while len(tokens) > 1 and (tokens[-1].dep_ == "cc" or (tokens[-1].is_punct and tokens[-2].dep_ == "cc")):
        tokens = tokens[:-2] if tokens[-1].is_punct else tokens[:-1]
    return _token_range(tokens)


def _subtree(token: Token) -> list[Token]:
    return list(token.subtree)


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _enough_content(doc: Doc, draft: _Draft) -> bool:
    """A content of two words or more, or a name or pronoun that is all a speaker's verb takes: 'the union
    endorsed Clinton', 'Trump attacked Machado', 'the governor praised them', '… which Trump criticized' (not
    'polls show Clinton with a lead …', a longer claim's start)."""
    if _words(doc_text(doc)[draft.start:draft.end]) >= MIN_CONTENT_WORDS:
        return True
    span = doc.char_span(draft.start, draft.end)
    verb = draft.cue_token
    if span is None or len(span) != 1 or span[0].tag_ not in _ONE_WORD_CONTENT_TAGS or verb is None \
            or span[0].head != verb or draft.source_token is None:
        return False
    return not any(c.i > span[0].i and not c.is_punct for c in verb.children)


def _subject(verb: Token) -> Token | None:
    # Of two subjects ('The bridge reopened on Friday, city officials said.', the clause misparsed as a
    # second subject), the one next to the verb is the speaker.
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        before = [child for child in subjects if child.i < verb.i]
        return before[-1] if before else subjects[0]
    # A participle or infinitive shares its clause's subject: "Trump tweeted, attacking Machado"; one after what
    # someone reports, or a verb of saying joined to it, is the reporter's: "he said the bill would fail, arguing
    # that …", "he said it was opposed and warned …".
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb and verb.head.tag_.startswith("VB"):
        reported = verb.head.dep_ == "ccomp" and ((verb.dep_ == "advcl" and verb.tag_ == "VBG") or (
            verb.dep_ == "conj" and verb.lower_ in words("claim_speech_verbs")))
        return _subject(verb.head.head if reported else verb.head)
    # A participle of saying after a preposition shares the subject of the verb it hangs on: 'the mayor ended the
    # meeting by announcing that …', 'she waited before asking …'.
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" \
            and verb.head.head.tag_.startswith("VB") and verb.lower_ in words("claim_speech_verbs"):
        return _subject(verb.head.head)
    return None


_CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _cue_span(verb: Token) -> tuple[int, int]:
    """The cue as the corpus marks it: the verb with the auxiliaries, negation and adverbs just before it
    ('has said', 'did not immediately respond', 'is expected'), its particle ('pointed out'), and the
    preposition just after it that takes what is reported ('called for', 'pointed to', 'spoke of') or
    the speaker of a passive ('was first reported by'). A verb that completes another (``_completes``: 'went on
    to explain', 'continued to call for') takes that verb too."""
    doc = verb.doc
    # A particle or negation the parser hangs on the verb from further away ('… ― probably not') is not in it.
    tokens = [verb] + [c for c in verb.children if c.dep_ in ("prt", "neg") and abs(c.i - verb.i) <= 2]
    # The tokens around the verb that depend on it are in its sentence: no need to look the sentence up.
    left = verb.i
    while left > 0 and doc[left - 1].head.i == verb.i and doc[left - 1].dep_ in _CUE_LEFT_DEPS:
        left -= 1
    tokens.append(doc[left])
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.head.i == verb.i and (after.dep_ == "agent" or (
            after.dep_ in ("prep", "prt") and after.lower_ in words("claim_cue_prepositions")
            and verb.lower_ not in words("claim_plain_speech_verbs"))):
        tokens.append(after)
    start = min(t.idx for t in tokens)
    if _completes(verb):
        start = min(start, _cue_span(verb.head)[0])
    return start, max(t.idx + len(t) for t in tokens)


def _completes(verb: Token) -> bool:
    """'went on to explain', 'could not resist pointing out': the verb completes the one just before it, with
    nothing but auxiliaries, adverbs and particles between them ('forced Stumpf to admit' has a person)."""
    governor = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or governor.i >= verb.i or not governor.tag_.startswith("VB"):
        return False
    return all(t.dep_ in _CUE_LEFT_DEPS or t.dep_ == "prt" or (t.head == verb and t.dep_ == "aux")
               for t in verb.doc[governor.i + 1:verb.i])


def _cue_words(verb: Token, content: list[Token]) -> Token | None:
    """The last word of the content's opening that PolNeAR marks as part of the cue, if any: the verb's
    preposition ('railed against …', 'is leaning hard toward …'; after an object it stays in the content:
    'described Clinton as …'), its whole phrase before the verb's own clause ('have heard by now that …'), or a
    stance noun the verb takes (``claim_cue_nouns``) with the preposition or participle after it ('expressed
    deep concern about …', 'issued a statement calling …')."""
    if len(content) < 2 or content[0].i < verb.i or verb.lower_ in words("claim_plain_speech_verbs"):
        return None
    first = content[0]
    if first.dep_ == "prep" and first.head == verb:
        if not any(c.dep_ in ("pobj", "pcomp") for c in first.children):
            return None
        # 'voted along party lines to send …': a circumstance before the verb's own clause goes with the cue;
        # before a participle ('ruled against the procedure, dealing a blow to …') it is what is reported.
        rest = [t for t in content if t.i > first.right_edge.i and not t.is_punct]
        clause = rest[0] if rest else None
        while clause is not None and clause.head != verb and clause.head != clause:
            clause = clause.head
        if clause is not None and clause.dep_ in ("ccomp", "xcomp"):
            return first.right_edge
        return None if clause is not None and clause.dep_ == "advcl" else first
    if verb.lower_ in words("claim_object_verbs") and verb.lower_ not in words("claim_speech_verbs"):
        return None  # a judgement's object is what it judges: 'criticized the plan for …'
    noun = next((t for t in content[:4] if t.head == verb and t.dep_ == "dobj"), None)
    if noun is None or noun.lower_ not in words("claim_cue_nouns") or noun.left_edge != first \
            or noun.right_edge != content[-1] or any(c.dep_ in ("poss", "compound") for c in noun.lefts):
        # 'her plans for …', 'FBI criticism of …' are someone's position, reported as a whole.
        return None
    opening = next((c for c in noun.rights if not c.is_punct), None)
    if opening is None or opening.dep_ not in ("prep", "acl", "ccomp", "relcl"):
        return None
    return opening if opening.dep_ == "prep" or opening.tag_ == "VBG" else noun


def _after_cue_words(verb: Token, content: list[Token], cue: tuple[int, int]) -> tuple[list[Token], tuple[int, int]]:
    """The content and cue with the content's opening cue words (``_cue_words``) moved into the cue."""
    last = _cue_words(verb, content)
    if last is None:
        return content, cue
    return [t for t in content if t.i > last.i], (cue[0], max(cue[1], last.idx + len(last)))


def _source_range(subject: Token) -> tuple[int, int] | None:
    # 'Trump, speaking to a veterans group in Virginia, said …': the participle after a comma tells where or
    # how the source spoke; PolNeAR leaves it out of the source.
    aside = {t.i for c in subject.rights if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"
             and c.doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    return _token_range([t for t in subject.subtree if t.i not in aside])


def _reported_speech(sent: SpacySpan, verbs: "_Verbs") -> list[_Draft]:
    drafts = []
    for token in sent:
        if not token.tag_.startswith("VB"):
            continue
        draft = _speech_draft(token, verbs) or _object_draft(token, verbs) or _intent_draft(token, verbs)
        if draft is not None:
            drafts.append(draft)
    return drafts


@dataclass(frozen=True, slots=True)
class _Verbs:
    speech: frozenset[str]
    objects: frozenset[str]
    intent: frozenset[str]


_CLAUSE_BREAKS = frozenset({",", "—", "--", ";", "("})
_TRAILING_DEPS = frozenset({"relcl", "appos", "cc", "advcl", "prep", "conj"})
_TRAILING_WORDS = frozenset({"who", "which", "but", "aside", "while", "where", "as", "including"})


def _trim_trailing_clause(tokens: list[Token]) -> list[Token]:
    """Cut ', who …', ', but …', '— aside from …': the object ends where a comment on it begins."""
    for k in range(2, len(tokens) - 1):
        mark, following = tokens[k], tokens[k + 1]
        if mark.text not in _CLAUSE_BREAKS or (mark.text == "," and following.tag_ in ("NNP", "CD")):
            continue
        if _list_item(following):
            continue
        if following.dep_ in _TRAILING_DEPS or following.head.dep_ in ("relcl", "advcl") \
                or following.lower_ in _TRAILING_WORDS:
            return tokens[:k]
    return tokens


def _list_item(token: Token) -> bool:
    """', migration and a host of other challenges', ', and Poland': the next item of a list of things, or of
    actions that share the subject ('…, grow the Peace Corps and create …'), not a clause of its own."""
    if token.dep_ == "cc":
        token = next((c for c in token.head.children if c.dep_ == "conj" and c.i > token.i), token)
    if token.dep_ != "conj":
        return False
    if token.tag_.startswith(("VB", "MD")) and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return token.i > token.head.i


def _draft(kind: str, content_tokens: list[Token], verb: Token, subject: Token | None,
           source: tuple[int, int] | None = None, trim: bool = False) -> _Draft | None:
    ordered = sorted(content_tokens, key=lambda t: t.i)
    ordered, cue = _after_cue_words(verb, _trim_trailing_clause(ordered) if trim else ordered, _cue_span(verb))
    content = _content_range(ordered)
    if content is None:
        return None
    if source is None and subject is not None:
        source = _source_range(subject)
    return _Draft(kind, *content, source=source, cue=cue, cue_token=verb, source_token=subject)


def _postposed(token: Token, subject: Token | None) -> list[Token] | None:
    """'…, but the NYPD overruled that request, the source added.': everything before ', SOURCE VERB.'."""
    if subject is None or subject.i > token.i:
        return None
    sent = token.sent
    after = [t for t in token.doc[token.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    start = subject.left_edge.i
    if after or start <= sent.start or token.doc[start - 1].text != ",":
        return None
    return list(token.doc[sent.start:start - 1])


def _speech_draft(token: Token, verbs: _Verbs) -> _Draft | None:
    """'officials believe he has fled', '…, sources said.', 'it was reported that …', '…, he said, …'."""
    if token.lower_ not in verbs.speech or _idiom(token):
        return None
    subject = _subject(token)
    before = _postposed(token, subject)
    if before:
        return _draft("indirect", before, token, subject)
    complement = next((c for c in token.children if c.dep_ in _COMPLEMENTS), None)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
    if complement is None:
        # 'Speaking to reporters, Obama said …': the verb of saying it hangs on reports the clause itself; not
        # one in a clause of time or concession ('After the curfew was announced, …'), though 'As X said, …' is.
        if token.dep_ in ("parataxis", "advcl") and token.head.tag_.startswith("VB") and subject is not None \
                and not any(c.dep_ == "dobj" or (c.dep_ == "mark" and c.lower_ != "as") or c.tag_ == "WRB"
                            for c in token.children) \
                and token.head.lower_ not in verbs.speech:
            own = {t.i for t in token.subtree}
            return _draft("indirect", [t for t in token.head.subtree if t.i not in own], token, subject)
        return None
    if complement.dep_ == "xcomp" and not passive:
        return None
    content_tokens = _subtree(complement)
    if passive:
        if subject is not None and subject.dep_ == "nsubjpass" and subject.lower_ != "it":
            content_tokens = _subtree(subject) + content_tokens
        return _draft("indirect", content_tokens, token, None, source=_agent(token))
    # '…, he said, arguing that …', '… said X and called for Y': a participle of saying after a comma, or a
    # verb of saying the content's verb is coordinated with, makes a claim of its own.
    reporting = {t.i for c in complement.children if c.i > complement.i
                 and (c.lower_ in verbs.speech or c.lower_ in verbs.objects)
                 and ((c.dep_ == "advcl" and c.tag_ == "VBG" and c.doc[c.left_edge.i - 1].text == ",")
                      or (c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)))
                 for t in c.subtree}
    return _draft("indirect", [t for t in content_tokens if t.i not in reporting], token, subject)


# "complained about X"; object verbs also take "called for X", "referred to X", "described as X".
_SPEECH_PREPOSITIONS = ("about", "of", "over", "against")
_OBJECT_PREPOSITIONS = (*_SPEECH_PREPOSITIONS, "for", "on", "to", "as")


def _object_draft(token: Token, verbs: _Verbs) -> _Draft | None:
    """'Trump called Clinton a liar', 'Clinton cited derogatory comments', 'Trump called for a ban',
    'she complained about the microphone', 'he has been endorsed by the union'."""
    if token.lower_ not in verbs.objects and token.lower_ not in verbs.speech:
        return None
    subject = _subject(token)
    passive_subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    agent = _agent(token)
    if passive_subject is not None and agent is not None and token.lower_ in verbs.objects:
        return _draft("indirect", _subtree(passive_subject), token, None, source=agent)
    if subject is None:
        return None
    if token.lower_ not in verbs.objects:
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in _SPEECH_PREPOSITIONS), None)
        objects = [t for c in prep.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree] if prep else []
        return _draft("indirect", objects, token, subject, trim=True) if objects else None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "attr")), None)
    if obj is not None:
        extra = [t for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp") for t in c.subtree]
        extra += [t for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "as", "of") for t in c.subtree]
        return _draft("indirect", _subtree(obj) + extra, token, subject, trim=True)
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPOSITIONS), None)
    if prep is not None:
        extra = [t for c in token.children if c.dep_ == "xcomp" for t in c.subtree]
        pobj = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
        if pobj:
            return _draft("indirect", pobj + extra, token, subject, trim=True)
    return None


def _intent_draft(token: Token, verbs: _Verbs) -> _Draft | None:
    """'She wants to triple the program', 'Palmieri urged Trump to apologize'."""
    if token.lower_ not in verbs.intent:
        return None
    complement = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp")), None)
    subject = _subject(token)
    if complement is None or subject is None:
        return None
    if complement.lower_ in verbs.speech and _completes(complement) \
            and any(c.dep_ == "ccomp" for c in complement.children):
        # 'wanted to know who …': the verb of saying reports it, with this verb in its cue.
        return None
    obj = [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]
    return _draft("indirect", obj + _subtree(complement), token, subject, trim=True)


# Dependents that are not part of what a verb's source takes a position on.
_NOT_CONTENT_DEPS = frozenset({"punct", "cc", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "mark",
                               "advmod", "intj", "dep", "expl", "npadvmod"})


def _complement(verb: Token) -> list[Token]:
    """What follows the verb in its own clause: objects, complements, prepositional phrases."""
    tokens = []
    for child in verb.children:
        coordinated_clause = child.dep_ == "conj" and child.tag_.startswith(("VB", "MD"))
        if child.i < verb.i or child.dep_ in _NOT_CONTENT_DEPS or coordinated_clause:
            continue
        tokens.extend(child.subtree)
    return _trim_trailing_clause(sorted(tokens, key=lambda t: t.i))


@lru_cache(maxsize=1)
def _idiom_endings() -> frozenset[str]:
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in words("claim_not_cues"))


def _idiom(verb: Token) -> bool:
    """'All told, …', 'Truth be told': a speech verb in a fixed phrase that attributes nothing."""
    if verb.lower_ not in _idiom_endings():
        return False
    before = verb.doc[max(verb.sent.start, verb.i - 2):verb.i]
    return any(" ".join(t.lower_ for t in before[k:]) + " " + verb.lower_ in words("claim_not_cues")
               for k in range(len(before)))


@dataclass(slots=True)
class CueCandidate:
    """A verb no rule used as a cue, the claim it would make (and its content's tokens), and its features for the
    cue model."""
    draft: _Draft
    features: list[str]
    content: list[Token]


_VERB_TAGS = frozenset(get_string_id(tag) for tag in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))


def _attribute_array(doc: Doc, attribute: str) -> list[int]:
    """The doc's values of a token attribute ('TAG', 'LOWER') as string ids, computed once per doc."""
    key = f"{attribute.lower()}_array"
    values = doc.user_data.get(key)
    if values is None:
        values = doc.user_data[key] = doc.to_array(attribute).tolist()
    return values


def _verbs(sent: SpacySpan) -> Iterator[Token]:
    """The sentence's verbs, found on the tag array so that no other token object is built."""
    tags = _attribute_array(sent.doc, "TAG")
    return (sent.doc[i] for i in range(sent.start, sent.end) if tags[i] in _VERB_TAGS)


@lru_cache(maxsize=1)
def _stance_noun_ids() -> frozenset[int]:
    return frozenset(get_string_id(word) for word in words("claim_stance_nouns"))


def _cue_candidates(sentences: list[SpacySpan], covered: list[tuple[int, int]]) -> list[CueCandidate]:
    covered_chars = {i for start, end in covered for i in range(start, end)}
    candidates = []
    for sent in sentences:
        for verb in _verbs(sent):
            if verb.idx in covered_chars or _idiom(verb):
                continue
            content = _complement(verb)
            span = _token_range(content)
            if span is None or _words(doc_text(verb.doc)[span[0]:span[1]]) < MIN_CONTENT_WORDS:
                continue
            subject = _subject(verb)
            draft = _Draft("indirect", *span, cue=_cue_span(verb), cue_token=verb, source_token=subject)
            candidates.append(CueCandidate(draft, verb_features(verb, subject, content, sent), content))
    return candidates


_AGENT_ENTITY_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _can_take_a_position(subject: Token) -> bool:
    """'More text follows …' is no attribution: a bare common noun (no article, possessive, number or
    complement, no name) is no one who speaks or acts; 'the campaign', 'his office', '73 percent',
    'video of the incident', 'officials', 'everyone', names and pronouns are."""
    if subject.tag_ != "NN" or subject.ent_type_ in _AGENT_ENTITY_TYPES:
        return True
    return any(child.dep_ in ("det", "poss", "compound", "nummod", "prep") for child in subject.children) \
        or subject.lower_ in words("claim_officials") or subject.lower_ in words("claim_documents") \
        or subject.lower_ in words("claim_pronouns")


def _learned_drafts(sentences: list[SpacySpan], drafts: list[_Draft], model: CueModel) -> list[_Draft]:
    """The candidates the cue model accepts, most probable first, without two on the same content."""
    scored = []
    for candidate in _cue_candidates(sentences, [d.cue for d in drafts if d.cue]):
        subject = candidate.draft.source_token
        if subject is not None and not _can_take_a_position(subject):
            continue
        probability = model.probability(candidate.features)
        if probability >= model.threshold:
            draft = candidate.draft
            # Only an accepted claim's boundaries are worth refining.
            content, draft.cue = _after_cue_words(draft.cue_token, candidate.content, draft.cue)
            draft.start, draft.end = _token_range(content) or (draft.start, draft.end)
            scored.append((probability, draft))
    kept: list[_Draft] = []
    for probability, draft in sorted(scored, key=lambda pair: -pair[0]):
        draft.probability = round(probability, 3)
        if draft.source_token is not None:
            draft.source = _source_range(draft.source_token)
        span = (draft.start, draft.end)
        if all(_overlap((k.start, k.end), span) <= 0.5 * min(k.end - k.start, draft.end - draft.start) for k in kept) \
                and (probability >= MIN_PROBABILITY_TO_REPEAT or not any(_covers(k, draft) for k in drafts)):
            kept.append(draft)
    return kept


def _covers(claim: _Draft, other: _Draft) -> bool:
    """Whether ``claim``'s content already holds ``other``'s: most of both is shared (two cues for one
    claim), or ``other`` lies inside it."""
    shared = _overlap((claim.start, claim.end), (other.start, other.end))
    return shared > 0.5 * max(claim.end - claim.start, other.end - other.start) or shared == other.end - other.start


def _agent(verb: Token) -> tuple[int, int] | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return _source_range(obj) if obj is not None else None


def _according_to(sent: SpacySpan) -> list[_Draft]:
    drafts = []
    for token in sent:
        if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "to":
            continue
        to = token.doc[token.i + 1]
        source_tokens = [t for c in to.children if c.dep_ == "pobj" for t in c.subtree]
        if not source_tokens:
            following = [t for t in token.doc[to.i + 1: sent.end] if not t.is_punct]
            source_tokens = following[:1]
        if not source_tokens:
            continue
        phrase_start = token.i
        phrase_end = max(max(t.i for t in source_tokens), to.i) + 1
        before = [t for t in sent if t.i < phrase_start]
        after = [t for t in sent if t.i >= phrase_end]
        side = before if len([t for t in before if not t.is_punct]) >= len([t for t in after if not t.is_punct]) \
            else after
        content = _content_range(side)
        if content is None:
            continue
        head = source_tokens[0].head if source_tokens[0].head is not to else source_tokens[0]
        drafts.append(_Draft("according_to", *content, source=_token_range(source_tokens),
                             cue=(token.idx, to.idx + len(to)), cue_token=token,
                             source_token=next((t for t in source_tokens if t.head is to), head)))
    return drafts


def _in_a_document(sent: SpacySpan, verbs: "_Verbs") -> list[_Draft]:
    """'In a CNN poll released Monday, Clinton held a 24-point lead': the poll says so. A sentence that opens
    with 'In' and a document word (lexicon/claim_documents.txt) and is not itself reported speech."""
    opening = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if opening is None or opening.lower_ != "in" or sent.root.lower_ in verbs.speech:
        return []
    objects = [c for c in opening.children if c.dep_ == "pobj"]
    if not objects or objects[0].lower_ not in words("claim_documents"):
        return []
    source = list(objects[0].subtree)
    after = [t for t in sent if t.i > source[-1].i and not (t.is_punct and t.i == source[-1].i + 1)]
    content = _content_range(after)
    if content is None:
        return []
    return [_Draft("according_to", *content, source=_token_range(source), cue=(opening.idx, opening.idx + len(opening)),
                   cue_token=opening, source_token=objects[0])]


_STANCE_PREPOSITIONS = frozenset({"for", "of", "about", "on", "to", "against", "over", "toward", "towards"})


def _stance_nouns(sent: SpacySpan) -> list[_Draft]:
    """'Trump's claim that …', 'the council's decision to close …', 'Republican criticism of the bill': a stance
    noun (lexicon/claim_stance_nouns.txt) held by a possessive or a name before it, or by 'by' / 'from' X just
    after it, reports what its 'that' or 'to' clause, or the object of its preposition, says; the holder is
    the source."""
    lowers, nouns = _attribute_array(sent.doc, "LOWER"), _stance_noun_ids()
    drafts = []
    # Found on the lower-case array: most sentences hold no stance noun, and no token object is built for them.
    for token in (sent.doc[i] for i in range(sent.start, sent.end) if lowers[i] in nouns):
        if not token.tag_.startswith("NN"):
            continue
        # 'he claims to be' misparsed as a noun has a subject pronoun for its possessive.
        holder = next((c for c in token.lefts if (c.dep_ == "poss" and c.tag_ != "PRP") or (
            c.dep_ in ("amod", "compound") and c.ent_type_ in _AGENT_ENTITY_TYPES)), None)
        rights = [c for c in token.rights if not c.is_punct]
        # 'criticism from Republicans of the plan', 'a claim by the company that …'.
        by = next((c for c in rights[:1] if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        if holder is None and by is not None:
            holder = next((c for c in by.children if c.dep_ == "pobj"), None)
            rights = rights[1:]
        opening = rights[0] if rights else None
        if holder is None or opening is None:
            continue
        cue_end = token
        if opening.dep_ == "prep" and opening.lower_ in _STANCE_PREPOSITIONS:
            content = [t for c in opening.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            cue_end = opening if opening.i == token.i + 1 else token  # not across the holder: 'criticism from X of'
        elif opening.dep_ in ("acl", "ccomp") and any(
                (c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.tag_ == "TO")
                for c in opening.children):
            content = list(opening.subtree)
        else:
            continue
        span = _token_range(_trim_trailing_clause(content))
        if span is not None:
            drafts.append(_Draft("indirect", *span, source=_source_range(holder),
                                 cue=(token.idx, cue_end.idx + len(cue_end)), cue_token=token, source_token=holder))
    return drafts


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches (marks included) in text[start:end]; straight quotes pair up in order."""
    found = []
    i = start
    while i < end:
        char = text[i]
        if text.startswith(("''", "``"), i):
            # The typewriter quotes of some archives: ''like this''.
            stop = text.find("''", i + 2, min(end, i + MAX_QUOTE_CHARS))
            if stop == -1:
                i += 2
                continue
            found.append((i, stop + 2))
            i = stop + 2
        elif char in _OPENING_QUOTES:
            closing = _CLOSING_QUOTES[char]
            stop = text.find(closing, i + 1, min(end, i + MAX_QUOTE_CHARS))
            if stop == -1:
                i += 1
                continue
            found.append((i, stop + 1))
            i = stop + 1
        else:
            i += 1
    return found


def _cue_follows(text: str, position: int, speech: frozenset[str]) -> bool:
    """A short quote counts when a speech verb follows it closely: '“You winning?” she said'."""
    return any(word.lower() in speech for word in _WORD_RE.findall(text[position:position + 30])[:3])


def _is_title(quoted: str) -> bool:
    """'“Fox News Sunday”', '“The Art of the Deal”': a name or title, not something said."""
    tokens = _WORD_RE.findall(quoted)
    minor = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by"}
    return len(tokens) <= 8 and all(t[0].isupper() or t.lower() in minor or t.isdigit() for t in tokens)


def _inside_quote(position: int, quotes: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(quotes, (position, float("inf"))) - 1
    return index >= 0 and quotes[index][0] < position < quotes[index][1]


_SPEAKER_RE = re.compile(r"[\"“]?(?P<speaker>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s+(?=\S)")
# 'Chris Matthews: Seriously, …': a speaker in ordinary case is a turn only when the name is a person's.
_NAMED_SPEAKER_RE = re.compile(r"[\"“]?(?P<speaker>[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,2}):\s+(?=\S)")
_NOT_SPEAKERS = frozenset({"AP", "UPI", "AFP", "NOTE", "UPDATE", "CORRECTION", "BYLINE", "LOOK", "WATCH",
                           "READ", "RELATED", "VIDEO", "PHOTOS", "EDITOR'S NOTE", "FULL TEXT", "ABSTRACT"})


# '“…” ― Sonya Herridge': a quotation signed with a dash and a name at the end of its paragraph.
_SIGNED_QUOTE_RE = re.compile(r"\s*(?P<quote>[“”\"].{10,}[”\"])\s*(?P<dash>[―—–]|--?)\s*"
                              r"(?P<source>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,4})\.?\s*$", re.DOTALL)


def _transcript_turns(text: str, paragraphs: list[Span], entities: list[Entity]) -> list[_Draft]:
    """'PENCE: Well, look, ...', 'Matthews: Well, …': in a transcript the speaker's turn is what they said; so
    is a signed quote."""
    people = {(m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions}
    drafts = []
    for paragraph in paragraphs:
        signed = _SIGNED_QUOTE_RE.fullmatch(text, paragraph.start, paragraph.end)
        if signed is not None:
            drafts.append(_Draft("direct_quote", *signed.span("quote"), source=signed.span("source"),
                                 cue=signed.span("dash")))
            continue
        match = _SPEAKER_RE.match(text, paragraph.start, paragraph.end)
        if match is None:
            named = _NAMED_SPEAKER_RE.match(text, paragraph.start, paragraph.end)
            match = named if named is not None and named.span("speaker") in people else None
        if match is None or match.group("speaker") in _NOT_SPEAKERS:
            continue
        colon = match.end("speaker")
        drafts.append(_Draft("direct_quote", match.end(), paragraph.end, source=(match.start("speaker"), colon),
                             cue=(colon, colon + 1)))
    return drafts


_HEADLINE_SOURCE_RE = re.compile(r"(?P<source>[^:“”\"]{2,60}?)\s*:\s+(?=\S)")


def _headline_attribution(layout: PageLayout, entities: list[Entity]) -> list[_Draft]:
    """'Pat Caddell: Democrat Voters Worried …', 'Poll: Wealthy Voters Abandon …' (not 'Stealth Over Health: …')."""
    headline = layout.headline
    if headline is None:
        return []
    match = _HEADLINE_SOURCE_RE.match(headline.text)
    if match is None or len(match.group("source").split()) > 6:
        return []
    source = match.group("source")
    start = headline.start + match.start("source")
    named = any(m.start < start + len(source) and start < m.end
                for e in entities if e.type in ("PERSON", "ORG", "GPE", "NORP") for m in e.mentions)
    nouns = words("claim_documents") | words("claim_officials") | words("claim_anonymous")
    if not named and source.split()[-1].lower() not in nouns:
        return []
    colon = headline.start + match.end("source") + headline.text[match.end("source"):].index(":")
    return [_Draft("indirect", headline.start + match.end(), headline.end,
                   source=(headline.start + match.start("source"), headline.start + match.end("source")),
                   cue=(colon, colon + 1))]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# A full stop after a word, not after a title or an initial ('Mr.', 'Sen.', 'U.S.').
_SENTENCE_END_RE = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?]\s+")


def _only_attribution(doc: Doc, start: int, end: int, cue: tuple[int, int], speech: frozenset[str]) -> bool:
    """Whether only the attribution stands in the text between two quotes (from ``start`` to ``end``, where the
    second opens): a sentence of the narrator's own after it ('… Obama said. He called Burma a “…”') or a
    second verb of saying that takes the second quote ('…,” he said, adding that “…”') makes that quote a
    claim of its own."""
    text = doc_text(doc)
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text, start, end)]
    if ends and _WORD_RE.search(text, ends[-1], end):
        return False
    between = doc.char_span(cue[1], end, alignment_mode="contract")
    opening = doc.char_span(end, end + 1, alignment_mode="expand")
    if between is None or opening is None:
        return True
    return not any(t.lower_ in speech and t.tag_.startswith("VB") and t.is_ancestor(opening[0]) for t in between)


def _joins(gap: str, speech: frozenset[str]) -> bool:
    """' but ', ', and of ': a few words that carry a clause on into a quote, not a new attribution (', O'Neill
    said, ', ': ', a sentence end)."""
    found = _WORD_RE.findall(gap)
    return len(found) <= MAX_JOINING_WORDS and ":" not in gap and not _SENTENCE_END_RE.search(gap) \
        and not any(w.lower() in speech for w in found)


def _attach_quotes(doc: Doc, drafts: list[_Draft], quotes_by_region: dict[Span, list[tuple[int, int]]],
                   speech: frozenset[str]) -> list[_Draft]:
    text = doc_text(doc)
    for paragraph, found in quotes_by_region.items():
        quotes = [q for q in found
                  if (_words(text[q[0]:q[1]]) >= MIN_QUOTE_WORDS or _cue_follows(text, q[1], speech))
                  and not _is_title(text[q[0]:q[1]])]
        used: set[int] = set()
        for index, quote in enumerate(quotes):
            if index in used:
                continue
            owner = next((d for d in drafts if _overlap((d.start, d.end), quote) > 0
                          and not (d.cue and quote[0] <= d.cue[0] < quote[1])), None)
            following = quotes[index + 1] if index + 1 < len(quotes) else None
            if owner is None:
                owner = _cue_near_quote(doc, quote, speech) or _continued_quote(doc, quote, paragraph, drafts)
                if owner is None:
                    continue
                # '… that fraud is “a big problem” but “nobody has the guts …”': a quote just after a reported
                # clause through the same cue carries on what that clause reports.
                earlier = next((d for d in drafts if owner.cue and d.cue == owner.cue and d.kind == "indirect"
                                and d.end <= quote[0] and _joins(text[d.end:quote[0]], speech)), None)
                if earlier is not None:
                    owner = earlier
                else:
                    drafts.append(owner)
            owner.kind = "direct_quote"
            owner.start, owner.end = min(owner.start, quote[0]), max(owner.end, quote[1])
            # '“A,” said X, a lawyer for the club. “B.”' is one claim: the second quote continues the first
            # when only the attribution stands between them.
            if following and owner.cue and quote[1] <= owner.cue[0] < following[0] \
                    and following[0] - quote[1] < MAX_ATTRIBUTION_GAP \
                    and text[quote[1] - 2:quote[1]].strip()[:1] in (",", "”", '"', "?", "!", "'") \
                    and "\n" not in text[quote[1]:following[0]] \
                    and _only_attribution(doc, quote[1], following[0], owner.cue, speech):
                owner.parts = (owner.parts or [(owner.start, owner.end)]) + [following]
                owner.end = max(owner.end, following[1])
                used.add(index + 1)
    return drafts


def _continued_quote(doc: Doc, quote: tuple[int, int], paragraph: Span, drafts: list[_Draft]) -> _Draft | None:
    """A quote opening its paragraph after 'X said:' or after X's quote in the paragraph before."""
    text = doc_text(doc)
    if text[paragraph.start:quote[0]].strip():
        return None
    before = text[max(0, paragraph.start - 400):paragraph.start].rstrip()
    previous = max((d for d in drafts if d.end <= paragraph.start), key=lambda d: d.end, default=None)
    if before.endswith(":"):
        colon = len(before) - 1 + max(0, paragraph.start - 400)
        sentence = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if sentence is not None:
            verb = next((t for t in reversed(list(sentence[0].sent)) if t.tag_.startswith("VB")), None)
            subject = _subject(verb) if verb is not None else None
            if subject is not None:
                return _Draft("direct_quote", quote[0], quote[1], source=_source_range(subject),
                              cue=_cue_span(verb), cue_token=verb, source_token=subject)
            return _Draft("direct_quote", quote[0], quote[1], cue=(colon, colon + 1))
    if previous is not None and previous.kind == "direct_quote" and previous.source is not None \
            and paragraph.start - previous.end < 400:
        return _Draft("direct_quote", quote[0], quote[1], source=previous.source, cue=previous.cue,
                      cue_token=previous.cue_token, source_token=previous.source_token)
    return None


def _cue_near_quote(doc: Doc, quote: tuple[int, int], speech: frozenset[str]) -> _Draft | None:
    """A speech verb outside the quote in the sentence(s) around it: '“…,” said Caddell.' / 'He said: “…”'."""
    first = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if first is None:
        return None
    sentence_start = first[0].sent.start
    sentence_end = first[-1].sent.end
    if sentence_end < len(doc) and _cue_follows(doc_text(doc), quote[1], speech):
        # '“You winning?” she said': the parser may end the sentence at the question mark.
        sentence_end = doc[sentence_end].sent.end
    for token in doc[sentence_start:sentence_end]:
        if quote[0] <= token.idx < quote[1] or not token.tag_.startswith("VB") or token.lower_ not in speech:
            continue
        subject = _subject(token)
        source = _source_range(subject) if subject is not None else None
        start, end = quote
        # A quoted phrase inside what the verb reports or takes ('pledged a "close and honest relationship"
        # with Manila'): the claim is the whole clause or object.
        for part in _quoted_parts(token):
            taken = _token_range(_subtree(part))
            if taken is not None and taken[0] <= quote[0] < taken[1]:
                start, end = min(start, taken[0]), max(end, taken[1])
                break
        return _Draft("direct_quote", start, end, source=source, cue=_cue_span(token), cue_token=token,
                      source_token=subject)
    return None


def _quoted_parts(verb: Token) -> Iterator[Token]:
    """The dependents of a verb that can hold what it reports: its clause, its object, its complement, the
    object of its preposition."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "dobj", "xcomp", "oprd"):
            yield child
        elif child.dep_ == "prep" and child.i > verb.i:
            yield from (c for c in child.children if c.dep_ == "pobj")


def _resolve_sources(drafts: list[_Draft], entities: list[Entity], text: str) -> list[tuple[str | None, str]]:
    """(entity id, source type) for each draft."""
    mentions = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda m: m[0])
    starts = [m[0] for m in mentions]
    pronouns = words("claim_pronouns")
    resolved: list[tuple[str | None, str]] = []
    previous: tuple[str | None, str] | None = None
    for draft in drafts:
        if draft.source is None:
            resolved.append((None, "unknown"))
            continue
        source_text = text[draft.source[0]:draft.source[1]]
        lower = source_text.lower()
        entity = _entity_in(mentions, starts, draft.source)
        if entity is None and lower == "they" and previous is not None:
            resolved.append(previous)
            continue
        if entity is None and lower in pronouns and lower not in ("it", "we", "i", "you", "they"):
            entity = _previous_person(mentions, starts, draft.source[0])
        if entity is None and lower.startswith("the ") and len(lower.split()) <= 4:
            entity = _described_as(lower.split()[-1], entities, draft.source[0])
        previous = (entity.id if entity else None, _source_type(source_text, entity))
        resolved.append(previous)
    return resolved


def _entity_in(mentions, starts, span: tuple[int, int]) -> Entity | None:
    index = bisect.bisect_left(starts, span[0])
    best = None
    for start, end, entity in mentions[max(0, index - 3): index + 20]:
        if start >= span[1]:
            break
        if _overlap((start, end), span) > 0 and entity.type in _NAME_LABELS:
            if best is None or (entity.type == "PERSON" and best.type != "PERSON"):
                best = entity
    return best


def _described_as(noun: str, entities: list[Entity], position: int) -> Entity | None:
    """'the expert' -> the entity last mentioned before it whose descriptors include 'expert'."""
    best, best_start = None, -1
    for entity in entities:
        if not any(noun in descriptor.lower().split() for descriptor in entity.descriptors):
            continue
        earlier = [m.start for m in entity.mentions if m.start < position]
        if earlier and earlier[-1] > best_start:
            best, best_start = entity, earlier[-1]
    return best


def _previous_person(mentions, starts, position: int) -> Entity | None:
    index = bisect.bisect_left(starts, position)
    for start, _, entity in reversed(mentions[max(0, index - 60):index]):
        if entity.type == "PERSON" and start < position:
            return entity
    return None


def _source_type(source: str, entity: Entity | None) -> str:
    lower = source.lower()
    tokens = set(_WORD_RE.findall(lower))
    vague_words = words("claim_anonymous")
    vague = any(marker in lower for marker in vague_words if " " in marker) or (
        bool(tokens & vague_words) and not (entity and entity.type == "PERSON"))
    if vague and tokens & {"anonymous", "unnamed", "unidentified", "sources", "source", "insiders", "familiar"}:
        return "anonymous"
    if entity is not None:
        if re.sub(r"^the\s+", "", entity.name.lower()) in _publications():
            return "publication"
        if entity.type == "PERSON":
            return "person"
        if entity.type in ("ORG", "GPE", "NORP"):
            return "official" if tokens & words("claim_officials") else "organization"
    if re.sub(r"^the\s+", "", lower) in _publications():
        return "publication"
    if tokens & words("claim_officials"):
        return "official"
    if tokens & words("claim_documents"):
        return "document"
    if tokens & {"sources", "source", "anonymous", "people", "some", "critics", "experts", "analysts"}:
        return "anonymous"
    if lower in words("claim_pronouns"):
        return "person" if lower in ("he", "she", "him", "her", "i", "who") else "unknown"
    return "unknown"


def _hedges(doc: Doc, start: int, end: int, cue: tuple[int, int] | None) -> list[tuple[int, int]]:
    hedge_words = words("claim_hedges")
    lo = min(start, cue[0]) if cue else start
    hi = max(end, cue[1]) if cue else end
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return []
    found = []
    for token in span:
        if token.lower_ in hedge_words and not (cue and cue[0] <= token.idx < cue[1] and token.lower_ == "claimed"):
            found.append((token.idx, token.idx + len(token)))
    return found


def _certainty(kind: str, hedges: int, cue_token: Token | None, source_type: str | None) -> float:
    value = 0.9 if kind in ("direct_quote", "unattributed") else 0.8
    value *= 0.75 ** min(hedges, 3)
    if cue_token is not None and cue_token.lower_ in words("claim_cognition_verbs"):
        value *= 0.8
    if source_type == "anonymous":
        value *= 0.85
    return round(value, 3)


def _checkworthiness(sent: SpacySpan, labels: list[str]) -> float:
    text = sent.text.strip()
    if text.endswith("?"):
        return 0.0
    score = 0.1
    if any(label in _NUMBER_LABELS for label in labels) or any(t.like_num for t in sent):
        score += 0.3
    score += min(0.3, 0.15 * sum(label in _NAME_LABELS for label in labels))
    if any(t.tag_ in ("JJR", "JJS", "RBR", "RBS") for t in sent):
        score += 0.15
    if any(t.lower_ in words("claim_factual_verbs") for t in sent if t.tag_.startswith("VB")):
        score += 0.15
    if any(label in ("DATE", "TIME") for label in labels):
        score += 0.1
    if any(t.lower_ in words("claim_opinion_words") for t in sent):
        score -= 0.25
    return round(min(1.0, max(0.0, score)), 3)


def _after_cue(drafts: list[_Draft], text: str) -> list[_Draft]:
    """A content never holds its own cue: 'called for a strike' reports 'a strike'."""
    for draft in drafts:
        if draft.cue and draft.cue[0] <= draft.start < draft.cue[1] < draft.end:
            rest = text[draft.cue[1]:draft.end]
            draft.start = draft.cue[1] + len(rest) - len(rest.lstrip())
            draft.parts = [(max(s, draft.start), e) for s, e in draft.parts if e > draft.start]
    return drafts


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    drafts.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[_Draft] = []
    for draft in drafts:
        clash = next((k for k in kept if _overlap((k.start, k.end), (draft.start, draft.end))
                      >= 0.8 * min(k.end - k.start, draft.end - draft.start)), None)
        if clash is None:
            kept.append(draft)
        elif clash.source is None and draft.source is not None:
            kept[kept.index(clash)] = draft
    return kept


def _in_body(start: int, end: int, bounds: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and bounds[index][0] <= start < bounds[index][1]


def _body_sentences(doc: Doc, regions: list[Span]) -> list[SpacySpan]:
    bounds = sorted((p.start, p.end) for p in regions)
    starts = [b[0] for b in bounds]
    return [s for s in doc.sents if _in_body(s.start_char, s.end_char, bounds, starts)]


def _regions(layout: PageLayout) -> list[Span]:
    return [*layout.body.paragraphs, *(s for s in (layout.headline, layout.subtitle) if s)]


def cue_candidates(doc: Doc, layout: PageLayout, claims: list[Claim]) -> list[CueCandidate]:
    """The verbs the cue model would score, given the claims the rules made (for training it)."""
    cues = [(c.cue.start, c.cue.end) for c in claims if c.cue and c.kind != "unattributed"]
    return _cue_candidates(_body_sentences(doc, _regions(layout)), cues)


def extract_claims(doc: Doc, layout: PageLayout, entities: list[Entity], learned: bool = True) -> list[Claim]:
    """Attributed claims (quotes, reported speech, according-to, and with ``learned`` the cue model's) and
    unattributed assertions, in text order."""
    verbs = _Verbs(words("claim_speech_verbs"), words("claim_object_verbs"), words("claim_intent_verbs"))
    text = doc_text(doc)
    regions = _regions(layout)
    sentences = _body_sentences(doc, regions)
    drafts: list[_Draft] = []
    for sent in sentences:
        drafts += _reported_speech(sent, verbs)
        drafts += _according_to(sent)
        drafts += _in_a_document(sent, verbs)
        drafts += _stance_nouns(sent)
    ordered_regions = sorted(regions, key=lambda p: p.start)
    quotes_by_region = {region: _quotes(text, region.start, region.end) for region in ordered_regions}
    quoted = sorted(q for found in quotes_by_region.values() for q in found)
    speaker_pronouns = {"i", "we", "you"}
    drafts = [d for d in drafts if _enough_content(doc, d)
              and not (d.cue and _inside_quote(d.cue[0], quoted) and d.source
                       and text[d.source[0]:d.source[1]].lower() in speaker_pronouns)]
    turns = _transcript_turns(text, ordered_regions, entities) + _headline_attribution(layout, entities)
    drafts = [d for d in drafts if not any(t.start <= d.start < t.end for t in turns)] + turns
    drafts = _attach_quotes(doc, drafts, quotes_by_region, verbs.speech)
    drafts = _dedupe(drafts)
    if learned:
        drafts += _learned_drafts(sentences, drafts, cue_model())
    drafts = _after_cue(drafts, text)

    sentence_starts = [s.start for s in sentences]
    labels: list[list[str]] = [[] for _ in sentences]
    for ent in doc.ents:
        index = bisect.bisect_right(sentence_starts, ent.start) - 1
        if index >= 0 and ent.start < sentences[index].end:
            labels[index].append(ent.label_)
    claimed = sorted((d.start, d.end) for d in drafts)
    for position, sent in enumerate(sentences):
        span = _token_range(list(sent))
        if span is None or _words(text[span[0]:span[1]]) < MIN_ASSERTION_WORDS:
            continue
        if any(_overlap(span, c) > 0 for c in claimed[max(0, bisect.bisect_left(claimed, (span[0], 0)) - 3):
                                                     bisect.bisect_left(claimed, (span[1], 0)) + 1]):
            continue
        drafts.append(_Draft("unattributed", *span, sentence=sent, labels=labels[position]))
    drafts.sort(key=lambda d: d.start)

    sources = _resolve_sources(drafts, entities, text)
    mention_index = sorted(((m.start, e.id) for e in entities for m in e.mentions))
    mention_starts = [m[0] for m in mention_index]
    claims = []
    for number, (draft, (entity_id, source_type)) in enumerate(zip(drafts, sources), 1):
        hedges = _hedges(doc, draft.start, draft.end, draft.cue)
        attributed = draft.kind != "unattributed"
        linked = sorted({eid for _, eid in mention_index[bisect.bisect_left(mention_starts, draft.start):
                                                           bisect.bisect_left(mention_starts, draft.end)]})
        claims.append(Claim(
            id=f"C{number}",
            kind=draft.kind,
            content=Span.of(text, draft.start, draft.end),
            source=Span.of(text, *draft.source) if draft.source else None,
            cue=Span.of(text, *draft.cue) if draft.cue else None,
            source_entity_id=entity_id,
            source_type=source_type if attributed else None,
            hedges=[Span.of(text, s, e) for s, e in hedges],
            content_parts=[Span.of(text, s, e) for s, e in draft.parts or [(draft.start, draft.end)]],
            certainty=_certainty(draft.kind, len(hedges), draft.cue_token, source_type if attributed else None),
            checkworthiness=None if attributed else _checkworthiness(draft.sentence, draft.labels),
            entity_ids=linked,
            detected_by="rule" if draft.probability is None else "model",
            model_probability=draft.probability,
        ))
    return claims
