"""Entities: spaCy's mentions cleaned, clustered into one record per real-world thing, typed and ranked.

Steps, each linear in the number of mentions (candidates are bucketed by key):

1. mentions: the model's entities over headline and body (boilerplate is blanked
   before the model runs), byline names as PERSON, the dateline's place as GPE;
   boundaries trimmed the way news NER annotates them (no leading "the", no
   possessive "'s", no honorific: "President Trump" -> "Trump"); junk dropped.
2. propagation: a name found once is found everywhere it recurs in the article.
3. clustering: equal normalised names; a surname or first name joins the one
   person cluster it fits (never when two people share it, never a place);
   "X (ACRONYM)", "X (also known as Y)", known news acronyms; spelling variants of
   a person's name (rapidfuzz) when the names are close and the article gives
   them the same role.
4. type: the cluster's full PERSON name wins; otherwise the majority of its
   mentions' types. Numbers and dates (DATE, TIME, MONEY, PERCENT, QUANTITY,
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


def _trim(ent: SpacySpan) -> SpacySpan | None:
    """Mention boundaries as news NER annotates them."""
    doc, label = ent.doc, ent.label_
    tokens = list(ent)
    titles = words("entity_titles")
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or (label == "PERSON" and tokens[0].lower_ in titles
                                                                  and len(tokens) > 1)):
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in ("'s", "’s", "'", "’") or tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
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


def _collect(doc: Doc, layout: PageLayout) -> list[_Mention]:
    mentions = []
    for ent in doc.ents:
        trimmed = _trim(ent)
        if trimmed is None:
            continue
        start, end = trimmed.start_char, _extend_to_known_name(trimmed)
        label = "ORG" if end != trimmed.end_char else _relabel(trimmed, ent.label_)
        mentions.append(_Mention(start, end, doc_text(doc)[start:end], label, ent.root))
    for name in layout.byline_names:
        mentions.append(_Mention(name.start, name.end, name.text, "PERSON"))
    if layout.dateline_location is not None:
        place = layout.dateline_location
        first = re.split(r",\s*", place.text)[0]
        mentions.append(_Mention(place.start, place.start + len(first), first, "GPE"))
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


def _type_of(cluster: _Cluster) -> str:
    labels = cluster.labels
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
