"""Entities: spaCy's mentions cleaned, clustered into one record per real-world thing, typed and ranked.

Steps, each linear in the number of mentions (candidates are bucketed by key):

1. mentions: the model's entities over headline and body (boilerplate is blanked
   before the model runs), byline names as PERSON, each part of the dateline's place
   as GPE; a model entity split into the names it holds ("Anderlecht 2 Lokeren",
   "Belgian Bruno Thiry"); boundaries trimmed the way news NER annotates them (no
   leading "the", no possessive "'s", no honorific, no figures or spaced-dash labels:
   "President Trump" -> "Trump", "GOLF - BRITISH MASTERS" -> "BRITISH MASTERS"); a
   given name the model left out joins its surname; junk dropped ("Attendance").
   In rows of results tables a name's type comes from the row's shape (a team before
   a score, a player before "(Country)" or a minute), which the model reads poorly.
2. propagation: a name found once is found everywhere it recurs in the article.
3. clustering: equal normalised names; a surname or first name joins the one
   person cluster it fits (never when two people share it, never a place);
   "X (ACRONYM)", "X (also known as Y)", known news acronyms; spelling variants of
   a person's name (rapidfuzz) when the names are close and the article gives
   them the same role.
4. type: a nationality is NORP and a known place (lexicon/entity_places.txt, from
   GeoNames) GPE whatever the model read; else the cluster's full PERSON name wins;
   otherwise the majority of its mentions' types. Numbers and dates (DATE, TIME, MONEY, PERCENT, QUANTITY,
   CARDINAL, ORDINAL) stay typed entities clustered only by identical text.
5. salience in 0..1 = 0.45 × min(1, mentions / 6) + 0.35 × (1 − position of the
   first mention / text length) + 0.2 if named in the headline or the first
   paragraph; numbers and dates get half of that.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span as SpacySpan, Token

from service.nlp.components import doc_text
from service.nlp.lexicon import table, words
from service.records import Entity, PageLayout, Span

NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART",
                        "LAW", "LANGUAGE"})
VALUE_TYPES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
FUZZY_NAME_SCORE = 80
MAX_PROPAGATED_NAMES = 300
_POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
_ALIAS_RE = re.compile(r"^\s*(?:\(|,)\s*(?:also known as|aka|a\.k\.a\.|known as|formerly|dubbed)\s+", re.IGNORECASE)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    text: str
    label: str
    root: Token | None = None


@dataclass(slots=True)
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def labels(self) -> Counter:
        return Counter(m.label for m in self.mentions)


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, str]:
    """Normalised name -> group key, so an acronym and its expansions share a key."""
    groups: dict[str, str] = {}
    for acronym, expansions in table("entity_acronyms"):
        group = _normalise(acronym)
        for name in [acronym, *expansions.split("|")]:
            groups[_normalise(name)] = group
    return groups


@lru_cache(maxsize=1)
def _particles() -> tuple[str, ...]:
    """Name particles without their hyphen, longest first."""
    return tuple(sorted({p.rstrip("-") for p in words("entity_particles")}, key=len, reverse=True))


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _normalise(text: str) -> str:
    """Case-, accent-, particle- and punctuation-insensitive key of a name."""
    text = _fold(text).lower().replace("’", "'")
    text = re.sub(r"^the\s+", "", text)
    text = _POSSESSIVE_RE.sub("", text)
    tokens = re.findall(r"[a-z0-9]+", text.replace(".", ""))
    particles = _particles()
    merged: list[str] = []
    for token in tokens:
        if merged and merged[-1] in particles:
            merged[-1] = merged[-1] + token
        else:
            merged.append(token)
    return " ".join(merged)


def _surname_key(key: str) -> str:
    """The last name of a normalised full name, without a joined particle ('albaghdadi' -> 'baghdadi')."""
    last = key.split()[-1] if key else key
    for particle in _particles():
        if last.startswith(particle) and len(last) > len(particle) + 2:
            return last[len(particle):]
    return last


def _is_title(token: Token) -> bool:
    """'President', 'Mr.', 'Major-General'."""
    titles = words("entity_titles")
    return token.lower_ in titles or ("-" in token.text and all(p in titles for p in token.lower_.split("-")))


def _is_filler(token: Token) -> bool:
    """Tokens a name never starts or ends with: figures ('Sparta Rotterdam 0'), signs, spaces, punctuation."""
    return token.is_punct or token.is_space or token.like_num or not any(c.isalpha() for c in token.text)


def _pieces(ent: SpacySpan) -> list[tuple[SpacySpan, str]]:
    """A model entity as the names it holds: 'Anderlecht 2 Lokeren' is two names, 'Belgian Bruno Thiry'
    a nationality and a person."""
    label = ent.label_
    if label not in NAME_TYPES:
        return [(ent, label)]
    doc = ent.doc
    pieces: list[tuple[SpacySpan, str]] = []
    start = ent.start
    for token in ent:
        if token.like_num or token.text in "()[]":
            if token.i > start:
                pieces.append((doc[start:token.i], label))
            start = token.i + 1
    if start < ent.end:
        pieces.append((doc[start:ent.end], label))
    if pieces and label == "PERSON":
        first, _ = pieces[0]
        if len(first) > 1 and _is_demonym(_normalise(first[0].text)):
            pieces[0:1] = [(first[:1], "NORP"), (first[1:], label)]
        elif first.start == ent.start and _is_given_name(doc, first.start - 1):
            pieces[0] = (doc[first.start - 1:first.end], label)
    return pieces


def _is_given_name(doc: Doc, index: int) -> bool:
    """The proper noun just before a person's surname the model left out ('Ukyo' in 'Ukyo Katayama')."""
    if index < 0 or (index > 0 and (doc[index - 1].tag_ in ("NNP", "NNPS") or doc[index - 1].lower_ == "the")):
        return False
    token = doc[index]
    return (token.tag_ == "NNP" and token.text[:1].isupper() and token.is_alpha and token.ent_type_ == ""
            and not token.is_sent_start and "\n" not in token.whitespace_ and token.whitespace_ == " "
            and not _is_title(token) and not _is_demonym(_normalise(token.text))
            and _normalise(token.text) not in _known_places() and token.lower_ not in words("entity_not_names"))


def _trim(ent: SpacySpan, label: str) -> SpacySpan | None:
    """Mention boundaries as news NER annotates them."""
    doc = ent.doc
    tokens = list(ent)
    if label in NAME_TYPES:
        # 'GOLF - BRITISH MASTERS', '2 - Conchita Martinez': the name is what follows a spaced dash.
        dashes = [i for i, t in enumerate(tokens[:-1]) if t.text in ("-", "--", "–", "—") and t.whitespace_
                  and i > 0 and tokens[i - 1].whitespace_]
        if dashes:
            tokens = tokens[dashes[-1] + 1:]
        while tokens and _is_filler(tokens[0]):
            tokens = tokens[1:]
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or (label == "PERSON" and _is_title(tokens[0])
                                                                  and len(tokens) > 1)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in ("'s", "’s", "'", "’") or tokens[-1].is_punct or tokens[-1].is_space
                      or (label in NAME_TYPES and (_is_filler(tokens[-1]) or tokens[-1].is_lower) and len(tokens) > 1)):
        tokens = tokens[:-1]
    if not tokens or all(t.lower_ in words("entity_not_names") for t in tokens):
        return None
    span = doc[tokens[0].i:tokens[-1].i + 1]
    surface = doc_text(doc)[span.start_char:span.end_char]
    if label in NAME_TYPES and not any(c.isupper() for c in surface):
        return None
    if not any(c.isalnum() for c in surface):
        return None
    return span


def _extend_to_known_name(span: SpacySpan) -> int:
    """'Islamic' + 'State' -> 'Islamic State' when the longer name is a known one; the new end offset."""
    doc, start = span.doc, span.start_char
    best = span.end_char
    for extra in range(1, 4):
        if span.end + extra > len(doc):
            break
        last = doc[span.end + extra - 1]
        if not last.text[:1].isupper():
            break
        if _normalise(doc_text(doc)[start:last.idx + len(last)]) in _acronyms():
            best = last.idx + len(last)
    return best


def _relabel(span: SpacySpan, label: str) -> str:
    """A one-word 'person' followed by 'province' or 'city' is a place."""
    doc = span.doc
    if label == "PERSON" and len(span) == 1 and span.end < len(doc) \
            and doc[span.end].lower_ in words("entity_place_nouns"):
        return "GPE"
    return label


_TABLE_HEADER_TOKEN_RE = re.compile(r"[A-Z]{1,4}%?\.?|\+/-|[+-]")
MIN_TABLE_HEADER_TOKENS = 3


def on_table_header(text: str, start: int) -> bool:
    """'W L T GF GA PTS', 'W L PCT GB': a line of column abbreviations heads a table and names nobody."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    tokens = text[line_start:line_end if line_end >= 0 else len(text)].split()
    # Column heads are mostly one or two letters; 'NATO AND THE EU' is a shouted phrase.
    return len(tokens) >= MIN_TABLE_HEADER_TOKENS and all(_TABLE_HEADER_TOKEN_RE.fullmatch(t) for t in tokens) \
        and sum(len(t.strip("%.")) <= 2 for t in tokens) * 2 >= len(tokens)


def _collect(doc: Doc, layout: PageLayout) -> list[_Mention]:
    mentions = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.text.isupper() and len(ent.text) <= 24 and on_table_header(text, ent.start_char):
            continue
        for piece, piece_label in _pieces(ent):
            trimmed = _trim(piece, piece_label)
            if trimmed is None:
                continue
            start, end = trimmed.start_char, _extend_to_known_name(trimmed)
            label = "ORG" if end != trimmed.end_char else _relabel(trimmed, piece_label)
            mentions.append(_Mention(start, end, doc_text(doc)[start:end], label, trimmed.root))
    for name in layout.byline_names:
        mentions.append(_Mention(name.start, name.end, name.text, "PERSON"))
    if layout.dateline_location is not None:
        place = layout.dateline_location
        for part in re.finditer(r"[^,]+", place.text):
            name = part.group().strip()
            if name:
                start = place.start + part.start() + part.group().index(name)
                mentions.append(_Mention(start, start + len(name), name, "GPE"))
    return mentions


_ACRONYM_DEFINITION_RE = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|the|on)\s+)?){1,7}[A-Z][\w'’.-]*)\s*\(([A-Z][A-Z.]{1,7})\)")
_MINOR = frozenset({"of", "and", "for", "the", "on"})


def _initials_match(phrase: str, acronym: str) -> bool:
    initials = "".join(w[0] for w in phrase.split() if w.lower() not in _MINOR)
    letters = acronym.replace(".", "")
    return initials.upper().endswith(letters) and len(letters) >= 2


@lru_cache(maxsize=1)
def _known_names_pattern() -> re.Pattern[str]:
    names = {name for acronym, expansions in table("entity_acronyms")
             for name in expansions.split("|") if " " in name}
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])")


def _rule_mentions(text: str, allowed: "_Intervals") -> list[_Mention]:
    """Names the small model misses: 'Popular Mobilization Units (PMU)' and well-known expansions."""
    found = []
    for match in _ACRONYM_DEFINITION_RE.finditer(text):
        phrase, acronym = match.group(1), match.group(2)
        tokens = phrase.split()
        while tokens and len(tokens) > 1 and not _initials_match(" ".join(tokens), acronym):
            tokens = tokens[1:]
        if not _initials_match(" ".join(tokens), acronym) or not allowed.contains(match.start()):
            continue
        start = match.start(1) + phrase.index(tokens[0])
        found.append(_Mention(start, start + len(" ".join(tokens)), " ".join(tokens), "ORG"))
        found.append(_Mention(match.start(2), match.end(2), acronym, "ORG"))
    for match in _known_names_pattern().finditer(text):
        if allowed.contains(match.start()):
            found.append(_Mention(match.start(), match.end(), match.group(), "ORG"))
    return found


_TABLE_TOKEN_RE = re.compile(r"\S+")
_FIGURE_RE = re.compile(r"^[+-]?\d[\d.,:/-]*(?:st|nd|rd|th|pct|%)?\.?$")
_ORDINAL_MINUTE_RE = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_BRACKETED_RE = re.compile(r"\s*\(\s*([^()]{2,40}?)\s*\)")
MIN_TABLE_FIGURE_SHARE = 0.3


def _table_mentions(text: str, paragraphs: list[Span]) -> list[_Mention]:
    """Names in rows of results and standings, which the model reads poorly:
    'Feyenoord Rotterdam 3 ( Sanchez 27th )', '6. Mika Hakkinen ( Finland ) McLaren 1:52.318'.

    A row is a line where at least a third of the words are figures. Its runs of capitalised
    words are names: a known place is a place; a name followed by a bracketed place, or by a
    minute ('27th'), is a person; a name followed by a score is a team.
    """
    found = []
    particles = _particles()
    for paragraph in paragraphs:
        tokens = [(m.start() + paragraph.start, m.group()) for m in _TABLE_TOKEN_RE.finditer(paragraph.text)]
        figures = sum(bool(_FIGURE_RE.match(word)) for _, word in tokens)
        if len(tokens) < 2 or figures < 2 or figures < MIN_TABLE_FIGURE_SHARE * len(tokens):
            continue
        runs: list[list[tuple[int, str]]] = []
        for index, (start, word) in enumerate(tokens):
            capital = word[:1].isupper() and not _FIGURE_RE.match(word) and any(c.isalpha() for c in word)
            joins = word.lower() in particles and runs and runs[-1] and tokens[index - 1] == runs[-1][-1]
            if capital or joins:
                if runs and runs[-1] and tokens[index - 1] == runs[-1][-1]:
                    runs[-1].append((start, word))
                else:
                    runs.append([(start, word)])
        for run in runs:
            while run and run[-1][1].lower() in particles:
                run.pop()
            if not run or all(word.lower() in words("entity_not_names") for _, word in run):
                continue
            start, end = run[0][0], run[-1][0] + len(run[-1][1])
            name = text[start:end]
            after = text[end:end + 40].split()
            bracket = _BRACKETED_RE.match(text, end)
            if _normalise(name) in _known_places():
                label = "GPE"
            elif bracket and _normalise(bracket.group(1)) in _known_places():
                label = "PERSON"
            elif after and _ORDINAL_MINUTE_RE.match(after[0]):
                label = "PERSON"
            elif after and _FIGURE_RE.match(after[0]) and not text[max(0, start - 2):start].strip().endswith("("):
                label = "ORG"
            else:
                continue
            found.append(_Mention(start, end, name, label))
    return found


def _propagate(doc: Doc, mentions: list[_Mention], inside: "_Intervals") -> list[_Mention]:
    """Occurrences of an already-found name that the model missed (document-level label consistency)."""
    names: dict[str, str] = {}
    for mention in mentions:
        if mention.label in NAME_TYPES and len(mention.text) >= 3 and mention.text[0].isupper():
            names.setdefault(mention.text, mention.label)
    if not names:
        return mentions
    chosen = sorted(names, key=len, reverse=True)[:MAX_PROPAGATED_NAMES]
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in chosen) + r")(?![\w-])")
    taken = sorted((m.start, m.end) for m in mentions)
    covered = _Intervals(taken)
    added = []
    for match in pattern.finditer(doc_text(doc)):
        if covered.overlaps(match.start(), match.end()) or not inside.contains(match.start()):
            continue
        added.append(_Mention(match.start(), match.end(), match.group(), names[match.group()]))
    return mentions + added


class _Intervals:
    """Sorted intervals answering overlap and containment queries by bisection."""

    def __init__(self, intervals: list[tuple[int, int]]):
        self.starts = [s for s, _ in intervals]
        self.intervals = intervals

    def _near(self, position: int) -> list[tuple[int, int]]:
        index = bisect.bisect_right(self.starts, position)
        return self.intervals[max(0, index - 2): index + 1]

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self._near(end))

    def contains(self, position: int) -> bool:
        return any(s <= position < e for s, e in self._near(position))


def _explicit_aliases(doc: Doc, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """Pairs of mention indexes tied by '(ACRONYM)' or '(also known as Y)'."""
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    pairs = []
    for a, b in zip(ordered, ordered[1:]):
        first, second = mentions[a], mentions[b]
        between = doc_text(doc)[first.end:second.start]
        if len(between) > 40:
            continue
        acronym = re.fullmatch(r"\s*\(\s*", between) and second.text.isupper() and doc_text(doc)[second.end:second.end + 1] == ")"
        if acronym or _ALIAS_RE.match(between):
            pairs.append((a, b))
    return pairs


def _text_of(doc: Doc, tokens: list[Token]) -> str:
    return doc_text(doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1])]


def _descriptors(doc: Doc, mention: _Mention) -> list[str]:
    """Apposition ('X, an Iraqi security expert,'), title before the name, 'X is (considered) the Y'."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return []
    root = span.root
    found = []
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            text = _text_of(doc, [t for t in child.subtree if t.i >= span.end]).strip(" ,")
            # A description ("an Iraqi security expert"), not a second name ("Fadel Haifa").
            if text and (not text[0].isupper() or text.split()[0] in ("The", "A", "An")):
                found.append(text)
    before = [t for t in root.lefts if t.i < span.start and t.dep_ in ("compound", "amod", "nmod")]
    if before and any(t.is_lower for t in before):
        leftmost = min(t.left_edge.i for t in before)
        found.append(doc_text(doc)[doc[leftmost].idx: span.start_char].strip())
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.tag_.startswith("VB"):
        for child in head.children:
            complements = [child] if child.dep_ in ("attr", "oprd") else \
                [g for g in child.children if g.dep_ in ("attr", "oprd")] if child.dep_ == "xcomp" else []
            found += [_text_of(doc, list(c.subtree)) for c in complements]
    return [d for d in found if 2 <= len(d) <= 120 and not any(c in d for c in "“”\"")]


def _cluster(doc: Doc, mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    values: dict[tuple[str, str], int] = {}
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    keys = [_normalise(m.text) for m in mentions]
    acronyms = _acronyms()
    full_people: dict[str, set[str]] = defaultdict(set)  # surname/first name -> full-name keys
    first_index: dict[str, int] = {}
    for i, (mention, key) in enumerate(zip(mentions, keys)):
        if not key:
            continue
        if mention.label in VALUE_TYPES:
            slot = (mention.label, key)
            if slot in values:
                union(values[slot], i)
            else:
                values[slot] = i
            continue
        group = acronyms.get(key, key)
        if group in first_index:
            union(first_index[group], i)
        else:
            first_index[group] = i
        if mention.label == "PERSON" and len(key.split()) >= 2:
            full_people[_surname_key(key)].add(key)
            full_people[key.split()[0]].add(key)
    for a, b in _explicit_aliases(doc, mentions):
        if mentions[a].label not in VALUE_TYPES and mentions[b].label not in VALUE_TYPES:
            union(a, b)
    for i, (mention, key) in enumerate(zip(mentions, keys)):
        if mention.label in VALUE_TYPES or mention.label in PLACE_TYPES or len(key.split()) != 1:
            continue
        candidates = full_people.get(_surname_key(key)) or full_people.get(key)
        if candidates and len(candidates) == 1:
            union(first_index[next(iter(candidates))], i)
    _merge_variants(doc, mentions, keys, first_index, union)

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        if keys[i]:
            members[find(i)].append(i)
    for indexes in members.values():
        cluster = _Cluster([mentions[i] for i in indexes])
        clusters.append(cluster)
    return clusters


def _merge_variants(doc: Doc, mentions: list[_Mention], keys: list[str], first_index: dict[str, int], union) -> None:
    """Spelling variants of one person ('Fadel Abu Raqif' / 'Fadhil Abu Ragheef') in the same role."""
    people = [k for k in first_index if k and len(k.split()) >= 2
              and mentions[first_index[k]].label == "PERSON"]
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in people:
        buckets[key[0]].append(key)
    roles = {k: {w for d in _descriptors(doc, mentions[first_index[k]]) for w in d.lower().split()} for k in people}
    for bucket in buckets.values():
        for index, a in enumerate(bucket[:50]):
            for b in bucket[index + 1:50]:
                if a.split()[-1] == b.split()[-1] and a.split()[0] != b.split()[0]:
                    continue
                score = fuzz.ratio(a, b)
                shared_role = bool(roles[a] & roles[b] - {"a", "an", "the", "of", "and"})
                same_sound = _skeleton(a) == _skeleton(b)
                if score >= 92 or (shared_role and (score >= FUZZY_NAME_SCORE or same_sound)):
                    union(first_index[a], first_index[b])


_SOUND_RULES = (("dh", "d"), ("th", "t"), ("gh", "g"), ("kh", "k"), ("ph", "f"), ("q", "k"), ("g", "k"),
                ("c", "k"), ("ee", "i"), ("oo", "u"), ("ou", "u"))


def _skeleton(name: str) -> str:
    """A rough transliteration-insensitive form: first letter and consonants of each word."""
    out = []
    for token in name.split():
        for old, new in _SOUND_RULES:
            token = token.replace(old, new)
        token = re.sub(r"(.)\1+", r"\1", token)
        out.append(token[:1] + re.sub(r"[aeiouy]", "", token[1:]))
    return " ".join(out)


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Known places and every name of an acronym group that holds one ('U.S.', 'US', 'USA', 'America')."""
    places = {_normalise(name) for name in words("entity_places")}
    for acronym, expansions in table("entity_acronyms"):
        group = {_normalise(name) for name in [acronym, *expansions.split("|")]}
        if group & places:
            places |= group
    return frozenset(places)


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    return frozenset(_normalise(name) for name in words("entity_demonyms"))


def _is_demonym(key: str) -> bool:
    """'Belgian', 'Palestinians', 'Spaniard'."""
    return key in _demonym_keys() or (key.endswith("s") and key[:-1] in _demonym_keys())


def _known_type(cluster: _Cluster) -> str | None:
    """A nationality is NORP and a known place GPE, whatever the model read ('SRI LANKA' as a person)."""
    keys = {_normalise(m.text) for m in cluster.mentions}
    if all(_is_demonym(key) for key in keys):
        return "NORP"
    if keys <= _known_places() and cluster.labels.most_common(1)[0][0] in ("PERSON", "ORG", "NORP", "GPE", "LOC"):
        return "LOC" if cluster.labels.get("LOC", 0) > cluster.labels.get("GPE", 0) else "GPE"
    return None


def _type_of(cluster: _Cluster) -> str:
    labels = cluster.labels
    if all(m.label in NAME_TYPES for m in cluster.mentions):
        known = _known_type(cluster)
        if known:
            return known
    if any(m.label == "PERSON" and len(m.text.split()) >= 2 for m in cluster.mentions):
        return "PERSON"
    names = Counter({label: count for label, count in labels.items() if label in NAME_TYPES})
    if names:
        return names.most_common(1)[0][0]
    return labels.most_common(1)[0][0]


def _canonical(cluster: _Cluster, label: str) -> str:
    forms = [m.text for m in cluster.mentions if m.label == label] or [m.text for m in cluster.mentions]

    def rank(form: str) -> tuple:
        return (form.isupper() and len(form) <= 6, -len(form.split()), -len(form), form)

    return min(forms, key=rank)


def extract_entities(doc: Doc, layout: PageLayout) -> list[Entity]:
    """One entity per real-world thing named in the headline and body, most salient first."""
    regions = [*layout.body.paragraphs, *(s for s in (layout.headline, layout.subtitle) if s)]
    allowed = _Intervals(sorted((r.start, r.end) for r in regions))
    mentions = _collect(doc, layout)
    mentions += _rule_mentions(doc_text(doc), allowed)
    table = _table_mentions(doc_text(doc), layout.body.paragraphs)
    # In a results table the row's shape types a name better than the model does.
    by_span = {(m.start, m.end): m for m in mentions}
    for row_mention in table:
        same = by_span.get((row_mention.start, row_mention.end))
        if same is not None:
            same.label = row_mention.label
    taken = _Intervals(sorted(by_span))
    mentions += [m for m in table if not taken.overlaps(m.start, m.end)]
    mentions = _propagate(doc, mentions, allowed)
    mentions.sort(key=lambda m: (m.start, -m.end))
    deduped: list[_Mention] = []
    for mention in mentions:
        if deduped and mention.start < deduped[-1].end:
            continue
        deduped.append(mention)
    clusters = _cluster(doc, deduped)

    length = max(len(doc_text(doc)), 1)
    headline = layout.headline
    lead = layout.body.paragraphs[0] if layout.body.paragraphs else None
    entities = []
    for cluster in clusters:
        label = _type_of(cluster)
        name = _canonical(cluster, label)
        mentions_sorted = sorted(cluster.mentions, key=lambda m: m.start)
        first = mentions_sorted[0].start / length
        prominent = any((headline and headline.start <= m.start < headline.end) or
                        (lead and lead.start <= m.start < lead.end) for m in mentions_sorted)
        salience = 0.45 * min(1.0, len(mentions_sorted) / 6) + 0.35 * (1 - first) + (0.2 if prominent else 0.0)
        if label in VALUE_TYPES:
            salience /= 2
        descriptors: list[str] = []
        if label == "PERSON" or label == "ORG":
            for mention in mentions_sorted[:20]:
                for descriptor in _descriptors(doc, mention):
                    if descriptor not in descriptors:
                        descriptors.append(descriptor)
        aliases = sorted({m.text for m in mentions_sorted if m.text != name and _normalise(m.text) != _normalise(name)}
                         | ({m.text for m in mentions_sorted if m.text != name and m.text.isupper()}))
        entities.append(Entity(
            id="",
            name=name,
            type=label,
            aliases=aliases,
            mentions=[Span(m.start, m.end, m.text) for m in mentions_sorted],
            salience=round(min(1.0, salience), 3),
            descriptors=descriptors,
        ))
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start))
    for number, entity in enumerate(entities, 1):
        entity.id = f"E{number}"
    return entities
