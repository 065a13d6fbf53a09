"""``analyze_page``: the steps of page analysis, in order.

1. split the text into lines;
2. the line reader (``line_model``) says what each line likely is;
3. ``story`` finds the story's window among the page's furniture, and the headline ranker
   (``headline``) its headline among the lines just above it;
4. the rule reader (``reader``) reads headline, byline, dates, dateline, body and boilerplate
   inside the window alone, the rest of the page blanked (offsets unchanged); bylines, stamps and
   bios printed just outside the window are looked for when the window names none;
5. the lines outside the window become boilerplate, and when the story's own lines name no
   publication, the publisher ranker (``publisher``) picks among the names the page prints.

Numeric dates are read in the order the whole text writes them (``dates.reading_order``).

``analyze_main_text`` reads a text an HTML extractor has already cut down to the story (its headline
first): no window to find, and only what is surely furniture or metadata leaves the body.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Any

from service.nlp.boilerplate import line_kind
from service.nlp.layout import Line
from service.nlp.page import reader
from service.nlp.page.dates import dates_of, reading_order, timestamp_dates
from service.nlp.page.headline import headline_model
from service.nlp.page.line_model import LineClass, line_model
from service.nlp.page.masthead import copyright_name, is_owner_company, masthead_name
from service.nlp.page.publisher import CandidateChooser, PublisherRule, candidates, publisher_model
from service.nlp.page.story import MIN_CUT_ABOVE, StoryWindow, find_story
from service.records import Author, BoilerplateKind, BoilerplateSpan, Body, PageLayout, Span

ABOVE_STORY_KIND = BoilerplateKind.NAVIGATION
BELOW_STORY_KIND = BoilerplateKind.FOOTER
INSIDE_STORY_KIND = BoilerplateKind.UI
SURE_HEADLINE = 0.95
STAMP_REACH = 10
BIO_REACH = 12
NAME_REACH = 10
LABELLED_STAMP_REACH = 40
_PUBLISHED_LABEL_RE = re.compile(r"^(?:published|posted|first published)(?: on)?\s*:", re.IGNORECASE)
HEADER_NAME_MIN = 0.5
MAX_DECK_WORDS = 25


def _blank(text: str, lines: list[Line], blanked: list[int]) -> str:
    """The text with the given lines turned to spaces (offsets unchanged)."""
    parts, position = [], 0
    for i in blanked:
        line = lines[i]
        parts += [text[position:line.start], " " * (line.end - line.start)]
        position = line.end
    parts.append(text[position:])
    return "".join(parts)


def _furniture(lines: list[Line], window: StoryWindow, blanked: list[int]) -> list[BoilerplateSpan]:
    spans = []
    for i in blanked:
        line = lines[i]
        # Above the headline, even inside the window, a sure furniture line is a section label or a menu.
        above = i < window.first or (window.headline is not None and i < window.headline)
        default = BELOW_STORY_KIND if i > window.last else ABOVE_STORY_KIND if above else INSIDE_STORY_KIND
        spans.append(BoilerplateSpan(line.start, line.end, line.text, line_kind(line.text) or default))
    return spans


def _name_authors(text: str, layout: PageLayout, found: list[tuple[Author, Span]]) -> None:
    layout.metadata.authors = reader.unique_authors(found)
    layout.byline_names = [Span.of(text, span.start, span.end) for _, span in found]


def _line_of(lines: list[Line], span: Span | None) -> int | None:
    return next((i for i, line in enumerate(lines) if span is not None and line.start <= span.start < line.end), None)


def _byline_near(text: str, lines: list[Line], window: StoryWindow, layout: PageLayout) -> None:
    """A 'By …' line just above the story's window (over a share row or a photo), or above its headline
    (a byline printed over a teaser's title: 'by Jane Doe January 18, 2017' over 'Up Next …'), names its
    authors."""
    headline = _line_of(lines, layout.headline)
    start = window.first if headline is None else max(window.first, headline)
    for i in range(start - 1, max(-1, window.first - 1 - STAMP_REACH), -1):
        found, published = reader.prefixed_byline(lines[i])
        if found:
            _name_authors(text, layout, found)
            layout.metadata.published = layout.metadata.published or published
            return


def _name_above_headline(text: str, lines: list[Line], header: list[float], layout: PageLayout) -> None:
    """A name on a line of its own just above the headline that the line reader takes for a byline line, or
    that a date stamp follows (a page that prints its byline first: 'Courtney Kirchoff' over 'On Behalf of
    “Literally”')."""
    headline = _line_of(lines, layout.headline)
    if headline is None:
        return
    stamped = False  # a date stamp between the line and the headline
    for i in range(headline - 1, max(-1, headline - 1 - NAME_REACH), -1):
        # The line reader's byline class, or a date stamp between the name and the headline: a byline block
        # printed over the headline ('Will Knight' / 'Business' / '01.21.2020 07:00 AM' / headline), where a
        # name of everyday words is a name too.
        stamped = stamped or (i + 1 < headline and bool(timestamp_dates(lines[i + 1].text)))
        found = reader.bare_name(lines[i], everyday=stamped) if header[i] >= HEADER_NAME_MIN or stamped else None
        if found:
            _name_authors(text, layout, [found])
            return


def _bio_below(text: str, lines: list[Line], window: StoryWindow, layout: PageLayout) -> None:
    """A writer's bio at the story's end or just under it ('Jane Doe is a reporter for …') names its author
    when no byline does."""
    for i in range(max(window.first, window.last - BIO_REACH), min(len(lines), window.last + 1 + BIO_REACH)):
        found = reader.bio_author(lines[i])
        if found:
            _name_authors(text, layout, [found])
            return


def _stamp_near(lines: list[Line], window: StoryWindow) -> tuple[str | None, str | None]:
    """(published, updated) of the first date stamp line just above the story or at its top, where a
    page prints it apart from the headline ('Feb. 19, 2020' over a share row)."""
    for i in range(max(0, window.first - STAMP_REACH), min(window.first + STAMP_REACH, window.last + 1)):
        if timestamp_dates(lines[i].text):
            published, updated = dates_of(lines[i].text)
            if published:
                return published, updated
    return None, None


def _labelled_stamp_below(lines: list[Line], window: StoryWindow) -> tuple[str | None, str | None]:
    """(published, updated) of a stamp that says what it dates ('Published: 03 December 2019'), printed
    under the story among its closing notes: a page that prints no date at the top may print it there."""
    for i in range(window.first, min(len(lines), window.last + 1 + LABELLED_STAMP_REACH)):
        text = lines[i].text
        if _PUBLISHED_LABEL_RE.match(text) and timestamp_dates(text):
            published, updated = dates_of(text)
            if published:
                return published, updated
    return None, None


def _outside_body(lines: list[Line], layout: PageLayout) -> list[Line]:
    """The lines that overlap no body paragraph (paragraphs are in text order)."""
    paragraphs = layout.body.paragraphs
    ends = [p.end for p in paragraphs]
    outside = []
    for line in lines:
        k = bisect.bisect_right(ends, line.start)  # the first paragraph ending after the line starts
        if k == len(paragraphs) or paragraphs[k].start >= line.end:
            outside.append(line)
    return outside


def _publisher_picks(layout: PageLayout, lines: list[Line],
                     set_aside: list[BoilerplateSpan]) -> dict[PublisherRule, str]:
    """What each exact rule names: the story's own lines, the masthead patterns and the copyright line
    of the furniture around the body, a known publication in the furniture set aside."""
    found = {PublisherRule.STORY: layout.metadata.publisher}
    furniture = _outside_body(lines, layout)
    found[PublisherRule.MASTHEAD] = masthead_name(furniture)
    found[PublisherRule.COPYRIGHT] = copyright_name(furniture)
    if set_aside:
        found[PublisherRule.FURNITURE] = reader.publisher_of_furniture(
            [Line(s.start, s.end, s.text, 0) for s in set_aside], [s.kind for s in set_aside])
    return {rule: name for rule, name in found.items() if name}


def _publisher(layout: PageLayout, lines: list[Line], set_aside: list[BoilerplateSpan],
               chooser: CandidateChooser) -> str | None:
    """The publication the story's own lines credit ('By Jane Doe, The Hill') when it is no agency nor
    owning company; else the name the page prints that the publisher ranker scores best, the exact
    rules' answers among its evidence."""
    named = layout.metadata.publisher
    if named and reader.is_plain_words(named):
        named = None
    if named and not (is_owner_company(named) or reader.is_agency(named)):
        return named
    # Where the ranker finds no name of the page's own, the agency or company the story credits stands.
    return chooser.choose(candidates(lines, layout, _publisher_picks(layout, lines, set_aside))) or named


# What the rule reader sets aside from an extracted main text that stays set aside: the story's own
# metadata lines. Its guesses from a line's place on a page (navigation, related, footer, …) do not hold
# where the extractor has already removed the page around the story.
METADATA_KINDS = frozenset({BoilerplateKind.BYLINE, BoilerplateKind.DATELINE, BoilerplateKind.TIMESTAMP})


def _word_count(text: str) -> int:
    return len(text.split())


def _is_sure_furniture(span: BoilerplateSpan, body_start: int) -> bool:
    """What stays out of an extracted main text: the story's metadata lines (a date line only above the
    body: below, it is a reference or a list item), and lines the lexicon knows, but not a breadcrumb's
    shape (a path or code line: the extractor has removed the menus) nor a line that starts in lower case
    (the continuation of a hard-wrapped sentence: 'register applications …')."""
    if span.kind == BoilerplateKind.TIMESTAMP:
        return span.start < body_start
    if span.kind in METADATA_KINDS:
        return True
    kind = line_kind(span.text)
    return kind is not None and kind != BoilerplateKind.NAVIGATION and not span.text[:1].islower()


def _is_deck(text: str, headline: Span | None, subtitle: Span) -> bool:
    """A deck sits right under the headline and is short: a long first paragraph is the lead, and a short
    line below the byline is a subheading of the story."""
    right_under = headline is not None and not text[headline.end:subtitle.start].strip()
    return right_under and _word_count(subtitle.text) <= MAX_DECK_WORDS


def _in_reading_order(read: Callable[..., PageLayout]) -> Callable[..., PageLayout]:
    """Page analysis reads a text's numeric dates in the order the whole text writes them."""
    @functools.wraps(read)
    def reading(text: str, *args: Any, **kwargs: Any) -> PageLayout:
        with reading_order(text):
            return read(text, *args, **kwargs)
    return reading


@_in_reading_order
def analyze_main_text(text: str, headline_end: int | None = None) -> PageLayout:
    """Read a story's main text as an HTML extractor gives it: every line is body but the headline
    (``text[:headline_end]`` when the markup names it), a deck, the byline, date and dateline, and the
    lines the boilerplate lexicon knows."""
    layout = reader.analyze_page(text, headline_start=0 if headline_end else None)
    returned: list[Span] = []
    if headline_end and (layout.headline is None or layout.headline.start != 0):
        returned += [layout.headline] if layout.headline is not None else []
        layout.headline = Span.of(text, 0, headline_end)
        layout.metadata.title = layout.headline.text
    if layout.subtitle is not None and not _is_deck(text, layout.headline, layout.subtitle):
        returned.append(layout.subtitle)
        layout.subtitle, layout.metadata.subtitle = None, None
    kept = []
    body_start = layout.body.paragraphs[0].start if layout.body.paragraphs else len(text)
    for span in layout.boilerplate:
        (kept if _is_sure_furniture(span, body_start) else returned).append(span)
    headline_end = layout.headline.end if layout.headline is not None and layout.headline.start == 0 else 0
    paragraphs = sorted((Span(s.start, s.end, s.text) for s in layout.body.paragraphs + returned
                         if s.start >= headline_end), key=lambda span: span.start)
    if paragraphs:
        layout.body = Body(paragraphs[0].start, paragraphs[-1].end,
                           text[paragraphs[0].start:paragraphs[-1].end], paragraphs)
    layout.boilerplate = [span for span in kept if span.start >= headline_end]
    return layout


def _drop_nobodies(layout: PageLayout) -> None:
    """A byline-shaped label on a whole page ('School to Prison Pipeline', 'Getty Images') is no author."""
    nobodies = {a.name for a in layout.metadata.authors if reader.names_nobody(a.name)}
    if nobodies:
        layout.metadata.authors = [a for a in layout.metadata.authors if a.name not in nobodies]
        layout.byline_names = [s for s in layout.byline_names if s.text not in nobodies]


@_in_reading_order
def analyze_page(text: str, publisher_chooser: CandidateChooser | None = None) -> PageLayout:
    """Find the story in a pasted text and read its headline, byline, dates, dateline, publisher, body and
    boilerplate; ``publisher_chooser`` (the shipped publisher model by default) picks among the names."""
    chooser = publisher_chooser or publisher_model()
    lines = reader.reading_lines(text)
    model = line_model()
    verdicts, own = model.classify(lines) if lines else ([], [])
    window = find_story(lines, verdicts, own, headline_model()) if lines else None
    blanked = [] if window is None else [
        i for i in range(len(lines)) if not window.first <= i <= window.last or i in window.furniture]
    if window is None:
        layout = reader.analyze_page(text)
        layout.metadata.publisher = _publisher(layout, lines, [], chooser)
        _drop_nobodies(layout)
        return layout
    if blanked:
        # Where nothing above the story was cut, the rule reader's own headline rules know a tidy paste's
        # header.
        headline_start = lines[window.headline].start if window.headline is not None and (
            window.first > MIN_CUT_ABOVE or window.headline_probability >= SURE_HEADLINE) else None
        layout = reader.analyze_page(_blank(text, lines, blanked), headline_start)
        # The body runs from its first paragraph to its last; lines blanked between them are the submitted text's.
        body = layout.body
        layout.body = Body(body.start, body.end, text[body.start:body.end], body.paragraphs)
    else:
        layout = reader.analyze_page(text)
    if not layout.metadata.authors:
        _byline_near(text, lines, window, layout)
    if not layout.metadata.authors:
        _name_above_headline(text, lines, [v[LineClass.HEADER] for v in verdicts], layout)
    if not layout.metadata.authors:
        _bio_below(text, lines, window, layout)
    if layout.metadata.published is None:
        layout.metadata.published, updated = _stamp_near(lines, window)
        layout.metadata.updated = layout.metadata.updated or updated
    if layout.metadata.published is None:
        layout.metadata.published, updated = _labelled_stamp_below(lines, window)
        layout.metadata.updated = layout.metadata.updated or updated
    set_aside = _furniture(lines, window, blanked)
    layout.boilerplate = sorted(layout.boilerplate + set_aside, key=lambda span: span.start)
    layout.metadata.publisher = _publisher(layout, lines, set_aside, chooser)
    _drop_nobodies(layout)
    return layout
