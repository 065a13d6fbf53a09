"""Plain records passed between the layers: no spaCy, no Flask.

Every offset is a Python ``str`` index (Unicode code point) into the text the
client submitted, so ``text[span.start:span.end] == span.text`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

CLAIM_KINDS = ("direct_quote", "indirect", "according_to", "unattributed")
CLAIM_DETECTORS = ("rule", "model")
SOURCE_TYPES = ("person", "organization", "publication", "official", "anonymous", "document", "unknown")


class BoilerplateKind(StrEnum):
    """What a piece of page furniture is (the values are the API's ``boilerplate[].kind``)."""

    CREDIT = "credit"
    CAPTION = "caption"
    BYLINE = "byline"
    DATELINE = "dateline"
    TIMESTAMP = "timestamp"
    SHARE = "share"
    FOLLOW = "follow"
    SUBSCRIBE = "subscribe"
    ADVERTISEMENT = "advertisement"
    RELATED = "related"
    READ_MORE = "read_more"
    COPYRIGHT = "copyright"
    LICENSING = "licensing"
    UI = "ui"
    NAVIGATION = "navigation"  # above the story on a whole page: menus, section labels, notices
    COMMENTS = "comments"
    TAGS = "tags"
    EDITOR_NOTE = "editor_note"
    CORRECTION = "correction"
    MEDIA = "media"
    PROMO = "promo"
    FOOTER = "footer"  # below the story on a whole page: teaser lists, comment threads, site index
    MARKUP = "markup"  # an HTML tag pasted with the text


BOILERPLATE_KINDS = tuple(kind.value for kind in BoilerplateKind)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> "Span":
        return cls(start, end, source[start:end])


def anchored(source: str, span: Span | None) -> Span | None:
    """The span with its text taken from ``source`` (the same offsets), or None."""
    return None if span is None else Span.of(source, span.start, span.end)


@dataclass(frozen=True, slots=True)
class BoilerplateSpan:
    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class Author:
    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    location: str | None
    agency: str | None = None


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    subtitle: str | None = None
    authors: list[Author] = field(default_factory=list)
    publisher: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: Dateline | None = None
    language: str = "en"


@dataclass(slots=True)
class Body:
    start: int
    end: int
    text: str
    paragraphs: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class PageLayout:
    """What the page analysis found before any NLP model runs.

    ``headline`` and ``subtitle`` are spans of the submitted text;
    ``byline_names`` are the author names as spans inside byline boilerplate,
    so the entity stage can count them as PERSON mentions;
    ``dateline_location`` is the place of a dateline opener ("WASHINGTON" in
    "WASHINGTON (Reuters) -"), set aside from the body but still a place mention.
    """

    metadata: Metadata
    headline: Span | None
    subtitle: Span | None
    body: Body
    boilerplate: list[BoilerplateSpan] = field(default_factory=list)
    byline_names: list[Span] = field(default_factory=list)
    dateline_location: Span | None = None


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    salience: float = 0.0
    descriptors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    id: str
    kind: str
    content: Span
    source: Span | None = None
    cue: Span | None = None
    source_entity_id: str | None = None
    source_type: str | None = None
    hedges: list[Span] = field(default_factory=list)
    # The quote's pieces when its own attribution interrupts it ('“A,” said X. “B.”'); else the content.
    content_parts: list[Span] = field(default_factory=list)
    certainty: float = 1.0
    checkworthiness: float | None = None
    entity_ids: list[str] = field(default_factory=list)
    detected_by: str = "rule"
    model_probability: float | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    word_count: int
    paragraph_count: int
    sentence_count: int
    reading_time_minutes: float
    token_count: int = 0


@dataclass(slots=True)
class Article:
    metadata: Metadata
    headline: Span | None
    subtitle: Span | None
    body: Body
    boilerplate: list[BoilerplateSpan]
    entities: list[Entity]
    claims: list[Claim]
    stats: Stats
    warnings: list[str] = field(default_factory=list)
    source_text: str | None = None
