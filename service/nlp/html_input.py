"""HTML page -> the text to analyse and what the markup states (trafilatura; no Flask here).

The analysed text is the headline, a blank line, then trafilatura's main text with
its paragraph breaks, so every span the text extractors give indexes that text
(returned as ``source_text``) and the headline is one of them.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

import trafilatura
from rapidfuzz import fuzz
from spacy.language import Language

from service.nlp.structure import structure
from service.records import Article, Author

_DOCUMENT_RE = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_TAG_RE = re.compile(r"</?(?:p|div|span|a|br|script|style|img|h[1-6]|ul|li|table|body|head)\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlReading:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    publisher: str | None = None


class NoMainText(ValueError):
    """The page holds no text the extractor recognises as its main content."""


def is_html_document(text: str) -> bool:
    """A whole HTML document: starts, after whitespace, with <!doctype html or <html."""
    return _DOCUMENT_RE.match(text) is not None


def has_markup(text: str) -> bool:
    return _TAG_RE.search(text) is not None


def _authors(value: str | None) -> list[str]:
    # trafilatura joins several authors with '; '
    return [name.strip() for name in (value or "").split(";") if name.strip()]


# 'Headline | Site', 'Headline - Site', 'Headline › site': the <title> a page gives its headline.
_TITLE_SUFFIX_RE = re.compile(r"\s+(?:\||-|–|—|›|»|::)\s+(?P<suffix>[^|–—›»]{1,80})$")
SITE_NAME_MATCH = 85


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


def read_html(html: str) -> HtmlReading:
    """Main text and metadata (JSON-LD and meta tags first) of a page."""
    meta = trafilatura.extract_metadata(html)
    body = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=True) or ""
    # trafilatura separates paragraphs by single newlines; the text reader wants blank lines
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    title = without_site_name(meta.title.strip(), meta.sitename) if meta is not None and meta.title else None
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    if meta is None:
        return HtmlReading(text)
    return HtmlReading(text, title, _authors(meta.author), meta.date or None, meta.sitename or None)


def structure_html(nlp: Language, html: str) -> Article:
    """Structure a page: the text reading of its main text, with the markup's metadata preferred."""
    reading = read_html(html)
    if not reading.text.strip():
        raise NoMainText("No readable article text was found in the HTML.")
    article = structure(nlp, reading.text)
    metadata = dataclasses.replace(
        article.metadata,
        title=reading.title or article.metadata.title,
        authors=[Author(name) for name in reading.authors] or article.metadata.authors,
        published=reading.published or article.metadata.published,
        publisher=reading.publisher or article.metadata.publisher,
    )
    return dataclasses.replace(article, metadata=metadata, source_text=reading.text)
