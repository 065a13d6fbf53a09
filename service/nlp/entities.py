"""Entities: spaCy mentions grouped into one record per real-world thing (first pass)."""
from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc

from service.records import Entity, PageLayout, Span

_NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}


def _key(text: str) -> str:
    text = text.strip()
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.lower().startswith("the "):
        text = text[4:]
    return text.lower()


def extract_entities(doc: Doc, layout: PageLayout) -> list[Entity]:
    groups: dict[tuple[str, str], list[Span]] = defaultdict(list)
    for ent in doc.ents:
        if ent.label_ not in _NAME_TYPES or not ent.text.strip():
            continue
        groups[(ent.label_, _key(ent.text))].append(Span(ent.start_char, ent.end_char, ent.text))
    for name in layout.byline_names:
        groups[("PERSON", _key(name.text))].append(name)
    length = max(len(doc.text), 1)
    entities: list[Entity] = []
    for (label, _), mentions in groups.items():
        mentions.sort(key=lambda span: span.start)
        forms = sorted({m.text for m in mentions}, key=lambda t: (-len(t), t))
        first = mentions[0].start / length
        salience = min(1.0, 0.15 * len(mentions) + 0.3 * (1 - first))
        entities.append(Entity("", forms[0], label, forms[1:], mentions, round(salience, 3)))
    entities.sort(key=lambda e: (-e.salience, e.mentions[0].start))
    for number, entity in enumerate(entities, 1):
        entity.id = f"E{number}"
    return entities
