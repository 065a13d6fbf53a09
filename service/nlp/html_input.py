"""HTML page -> the text to analyse and what the markup states (trafilatura; no Flask here).

The analysed text is the headline, a blank line, then trafilatura's main text with
its paragraph breaks, so every span the text extractors give indexes that text
(returned as ``source_text``) and the headline is one of them.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from functools import partial

import trafilatura
from lxml.html import HtmlElement
from rapidfuzz import fuzz
from spacy.language import Language
from trafilatura.utils import load_html

from service.nlp.layout import Line
from service.nlp.page import analyze_main_text, normalise_publisher
from service.nlp.page.dates import dates_of
from service.nlp.page.masthead import copyright_name, without_owner_suffix
from service.nlp.page.reader import has_word, markup_author
from service.nlp.structure import structure
from service.records import Article, Author

_DOCUMENT_RE = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlReading:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    publisher: str | None = None


class NoMainText(ValueError):
    """The page holds no text the extractor recognises as its main content."""


class MainTextTooLong(ValueError):
    """The text read from the page is longer than a text may be."""


def is_html_document(text: str) -> bool:
    """A whole HTML document: starts, after whitespace, with <!doctype html or <html."""
    return _DOCUMENT_RE.match(text) is not None


def _authors(value: str | None) -> list[str]:
    # trafilatura joins several authors with '; '
    return [name.strip() for name in (value or "").split(";") if name.strip()]


# 'Headline | Site', 'Headline - Site', 'Headline › site': the <title> a page gives its headline.
_TITLE_SUFFIX_RE = re.compile(r"\s+(?:\||-|–|—|›|»|::)\s+(?P<suffix>[^|–—›»]{1,80})$")
SITE_NAME_MATCH = 85
SAME_NAME_MATCH = 90


def _key(name: str) -> str:
    return re.sub(r"\W+", " ", name.casefold()).strip()


def without_site_name(title: str, site: str | None) -> str:
    """The headline without the site's name the markup appends to it: 'Peanut Butter Truffles - Elavegan'
    with the site 'Elavegan' -> 'Peanut Butter Truffles'. A suffix that is not the site's name stays."""
    match = _TITLE_SUFFIX_RE.search(title)
    if not match or not site or len(title[:match.start()].split()) < 2:
        return title
    suffix, name = _key(match.group("suffix")), _key(site)
    if suffix and (suffix in name or name in suffix or fuzz.ratio(suffix, name) >= SITE_NAME_MATCH):
        return title[:match.start()].rstrip()
    return title


_VISIBLE_TEXT = "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"
MIN_HEADLINE_WORDS = 3
OPENING_PARAGRAPHS = 3


def _content_words(text: str) -> set[str]:
    return {word for word in _key(text).split() if len(word) >= 4}


def _element_text(element: HtmlElement) -> str:
    """An element's text as a reader sees it: its pieces joined, runs of white space as one space."""
    return " ".join(" ".join(element.itertext()).split())


def _first_level_headings(tree: HtmlElement) -> list[str]:
    """The texts of the page's <h1> elements (a permalink's '¶' left out)."""
    texts = (_element_text(element).rstrip("¶ ") for element in tree.iter("h1"))
    return [text for text in texts if has_word(text)]


def _shown_date(tree: HtmlElement) -> str | None:
    """The day a <time> element beside the headline (in the <h1>'s parent) prints for its reader
    ('JULY 29, 2016'); the <time>s further down are comments' and teasers'."""
    headline = next(tree.iter("h1"), None)
    header = headline.getparent() if headline is not None else None
    element = next(header.iter("time"), None) if header is not None else None
    return dates_of(_element_text(element))[0] if element is not None else None


def story_date(stated: str | None, shown: str | None) -> str | None:
    """The markup's date, unless the page shows its reader the day next to it: a UTC timestamp or the date
    in a URL can be a day off the day printed over the story, and the printed day is the one readers cite."""
    if not stated or not shown:
        return stated or shown
    try:
        apart = abs((date.fromisoformat(stated[:10]) - date.fromisoformat(shown[:10])).days)
    except ValueError:
        return stated
    return shown if apart == 1 else stated


def _page_copyright(tree: HtmlElement) -> str | None:
    """The name on the page's copyright line ('© 2016 Breitbart'), from its visible text."""
    texts = (" ".join(text.split()) for text in tree.xpath(_VISIBLE_TEXT))
    return copyright_name([Line(0, len(text), text, 0) for text in texts if text])


def visible_headline(title: str | None, headings: list[str], opening: str) -> str | None:
    """The headline the page shows (its <h1>) where the markup's title is another wording of it: the
    heading the title contains ('Penny' in 'Penny - Stardew Valley Wiki'); else the first heading that
    shares words with the title (a longer or newer wording); else, when the title shares nothing with the
    story's opening ('escenic', 'Yahoo News - Latest News & Headlines'), the first heading that does."""
    inside = [h for h in headings if title and _key(h) and f" {_key(h)} " in f" {_key(title)} "]
    if inside:
        return max(inside, key=len)
    worded = [h for h in headings if len(h.split()) >= MIN_HEADLINE_WORDS]
    shared = [h for h in worded if title and _content_words(h) & _content_words(title)]
    if shared:
        return shared[0]
    if not title or not _content_words(title) & _content_words(opening):
        told = [h for h in worded if _content_words(h) & _content_words(opening)]
        if told:
            return told[0]
    return title


def read_html(html: str) -> HtmlReading:
    """Main text and metadata (JSON-LD and meta tags first) of a page."""
    meta = trafilatura.extract_metadata(html)
    # No ``deduplicate``: trafilatura keeps the segments it has seen in a process-wide cache, so a page
    # posted twice would lose its text the second time.
    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    # trafilatura separates paragraphs by single newlines; the text reader wants blank lines
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    title = without_site_name(" ".join(meta.title.split()), meta.sitename) if meta is not None and meta.title else None
    tree = load_html(html)
    headings = _first_level_headings(tree) if tree is not None else []
    title = visible_headline(title, headings, " ".join(paragraphs[:OPENING_PARAGRAPHS]))
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    site = meta.sitename if meta is not None and meta.sitename else None
    if site is None and tree is not None:
        site = _page_copyright(tree)
    shown = _shown_date(tree) if tree is not None else None
    if meta is None:
        return HtmlReading(text, title, published=shown, publisher=site)
    return HtmlReading(text, title, _authors(meta.author), story_date(meta.date, shown), site)


# 'selbst.de', 'www.example.co.uk': a site named by its address.
_DOMAIN_RE = re.compile(r"^(?:www\.)?(?P<name>[\w-]+)(?:\.[a-z]{2,6}){1,2}$", re.IGNORECASE)


def markup_publisher(site: str | None) -> str | None:
    """The publication the markup's site name gives, as a reader names it: '© Spox 2022' -> 'Spox',
    'selbst.de' -> 'Selbst', 'Spiceworks Inc' -> 'Spiceworks'; a known name in its usual spelling."""
    if not site or not has_word(site):
        return None
    site = " ".join(site.split())
    site = copyright_name([Line(0, len(site), site, 0)]) or site
    known = normalise_publisher(site)
    if known != site or not (domain := _DOMAIN_RE.match(site)):
        return normalise_publisher(without_owner_suffix(known))
    name = domain.group("name")
    return name.capitalize() if name.islower() else name


def _is_site(name: str, site: str | None) -> bool:
    key, site_key = _key(name), _key(site or "")
    return bool(key and site_key) and (key == site_key or fuzz.ratio(key, site_key) >= SITE_NAME_MATCH)


def reconciled_authors(markup: list[str], text: list[Author], site: str | None) -> list[Author]:
    """The markup's authors as a byline reads them, cross-checked with the text's byline: what names nobody
    ('Username', 'PhD', the site's own name) is dropped; a name the byline also prints takes the byline's
    spelling and role ('Perry Bacon Jr' -> 'Perry Bacon Jr.'); with none left, the byline's authors."""
    authors: dict[str, Author] = {}
    for name in markup:
        author = markup_author(name)
        if author is None or _is_site(author.name, site):
            continue
        printed = next((a for a in text if fuzz.ratio(_key(a.name), _key(author.name)) >= SAME_NAME_MATCH), None)
        if printed is not None:
            author = Author(printed.name, printed.role or author.role)
        authors.setdefault(_key(author.name), author)
    return list(authors.values()) or text


def structure_html(nlp: Language, html: str, max_text_chars: int | None = None) -> Article:
    """Structure a page: the text reading of its main text, with the markup's metadata preferred. The size
    limit of a text applies to the text read from the page, not to its markup."""
    reading = read_html(html)
    if not reading.text.strip():
        raise NoMainText("No readable article text was found in the HTML.")
    if max_text_chars is not None and len(reading.text) > max_text_chars:
        raise MainTextTooLong(f"The text read from the page has {len(reading.text)} characters; "
                              f"the limit is {max_text_chars}.")
    headline_end = len(reading.title) if reading.title else None
    article = structure(nlp, reading.text, analyze=partial(analyze_main_text, headline_end=headline_end))
    metadata = dataclasses.replace(
        article.metadata,
        title=reading.title or article.metadata.title,
        authors=reconciled_authors(reading.authors, article.metadata.authors, reading.publisher),
        published=reading.published or article.metadata.published,
        publisher=markup_publisher(reading.publisher) or article.metadata.publisher,
    )
    return dataclasses.replace(article, metadata=metadata, source_text=reading.text)
