"""Page analysis: headline, byline, dates, dateline, publisher and boilerplate of a pasted article.

No model runs here: each line is classified by its position (above the body,
inside it, or below it), its shape (length, case, final punctuation, whether it
is a list of names) and the phrase tables in ``lexicon/``. The headline is the
first title-like line above the body that shares words with what follows it;
header lines made of parts ("World | Jane Doe, CNN | Updated: …") are read part
by part; after the story's last sentence, short lines that are neither sentences
nor table rows are furniture. The result is a ``PageLayout`` whose spans point
into the submitted text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.nlp.boilerplate import line_kind
from service.nlp.layout import Line, split_lines
from service.nlp.lexicon import forms, table, words
from service.nlp.page.dates import (
    DATE_RE, MONTH, dates_of, header_stamp, same_day_update, stamp_after_label, timestamp_dates,
)
from service.nlp.page.language import detect_language
from service.nlp.page.line_features import plain_words
from service.records import Author, BoilerplateSpan, Body, Dateline, Metadata, PageLayout, Span

_BYLINE_PREFIX_RE = re.compile(
    # a page's ornament may lead it: '// By Jane Doe • Nov 11, 2020', '» By Jane Doe'
    r"^(?:(?:/{2,}|[|•·»›>#*]+)\s*)?(?:(?i:by|written by|words by|words written by|story by|reported by|posted by|text by|analysis by|commentary by|opinion by"
    r"|researched and written by|written and researched by"
    r"|report by|authored by"
    # the byline words of the languages the detector reports most: fr, de, es / pt, nl, it
    r"|par|von|por|door|a cura di)\s*:?|(?i:authors?|bylines?|reporters?|writers?|story|words|text)\s*:)\s+(?=[A-Z])")
MAX_ROLE_WORDS = 4
_PLACE_TAIL_RE = re.compile(r"\s+\([A-Z][\w .,'-]{1,30}\)$")  # 'Katie Zezima (Washington)'
_SIGN_OFF_RE = re.compile(r"^(?:—|–|--)\s*(?=[A-Z])")
# What follows a name and is not part of it: 'in Washington', 'for nytimes.com', '@janedoe'.
_NAME_TAIL_RE = re.compile(r"\s+(?i:in|on|at|from|for|via)\s+.*$|\s+(?i:on|at)$|\s*@\w+$|" + _PLACE_TAIL_RE.pattern
                           + r"|\s+[—–-]\s+(?i:special|exclusive) to\s+.*$")
_FOR_PUBLISHER_RE = re.compile(r"\s(?i:for|special to|via)\s+(?P<org>[^|•·,;]+?)\s*$")
# Parts of one header line: 'World | Jane Doe, CNN | Updated: …', 'A, B · CBC News · Posted: …'.
# ' | ', ' · ', …, a bare '|' before a date ('Jane Doe, News Editor|September 27, 2016'), and the space
# before a stamp label after names ('Azi Paybarah Published September 17, 2016').
_SEGMENT_SEPARATOR_RE = re.compile(r"\s+[|·•/—–]\s+|(?<=[a-z])\|(?=[A-Z][a-z]+\.? \d)"
                                   r"|(?<=[\w.])\s+(?=(?:Published|Posted|Updated)(?:\s+\S+){0,2}\s+\d)"
                                   # 'Alex Perry 1 day ago': an age after the name
                                   r"|(?<=[a-z])\s+(?=\d{1,2}\s+(?:minutes?|hours?|days?|weeks?)\s+ago$)"
                                   # 'Dan Goodin - Apr 16, 2015', and a date glued on ('Shana Nys DambrotNovember 6, 2023')
                                   rf"|\s+-\s+(?={MONTH}\s+\d)|(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
MAX_BYLINE_WORDS = 16
# The label of a stamp run into a byline before its date: 'By Jane Doe Last updated Nov 8, 2023', 'By Jane
# Doe/June 12'.
_STAMP_LABEL_TAIL_RE = re.compile(r"\s*[/|•·]?\s*(?i:(?:last\s+)?(?:updated|published|posted|modified)"
                                  r"(?:\s+(?:on|at))?\s*:?)?\s*[/|•·]?\s*$")
_YEARLESS_DATE_RE = re.compile(r"\s(?:January|February|March|April|June|July|August|September|October|November"
                               r"|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}\b")
_DESCRIBED_NAME_RE = re.compile(r"(?P<name>[^,]{3,40}),\s+(?:a|an|the|who|our)\s+[a-z]")
_WIRE_CREDIT_RE = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|writing|written|reported|editing|edited|compiled) by\b", re.IGNORECASE)
# A wire story's closing credit adds its reporters to the byline: '(Reporting by A; Editing by B)'.
_ADDED_REPORTING_RE = re.compile(r"^\(|^(?:additional )?report(?:ing|ed) by\b", re.IGNORECASE)
# 'Author:', 'By' alone, 'Written on Feb 24 by': a label whose names follow on the next lines.
_AUTHORS_LABEL_RE = re.compile(r"^(?:(?:authors?|bylines?|reporters?|author of the article|written by)\s*:|by:?|"
                               r"(?:written|posted|published) on [\w .,]{3,30} by:?)$",
                               re.IGNORECASE)
_NAME_SEPARATOR_RE = re.compile(r"\s*(?:,|;|\b(?i:and)\b|&|\||\s/\s|·|•|\s[-–—]\s)\s*")
# Credits in a byline that name no author: "Story by A • Photos by B", "By A; Edited by C".
_CREDIT_WORDS = (r"photos?|photographs?|photography|videos?|graphics?|illustrations?|art|editing|edited|design"
                 r"|designed|produced|data|research|interactive|verified|fact[- ]checked|(?:medically )?reviewed")
_NON_AUTHOR_CREDIT_RE = re.compile(
    rf"(?:(?<=[•·|;(])|^)\s*(?i:(?:additional )?(?:{_CREDIT_WORDS}) by)\b[^•·|;()]*")
# 'Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)': a role in brackets after a name; a
# credit's role names a contributor, not an author.
_BRACKETED_ROLE_RE = re.compile(r"\s*\((?P<role>[^()]{2,30})\)$")
_CREDIT_ROLE_RE = re.compile(rf"(?i:{_CREDIT_WORDS})$")
# A contributor's credit printed over the name ('Fact checked by' over 'Jane Doe'): the name is no author.
_CREDIT_LABEL_RE = re.compile(rf"^(?i:(?:additional )?(?:{_CREDIT_WORDS}) by)\s*:?$")
# "Posted on September 12, 2016 by Jane Doe": a timestamp, then the author.
_STAMPED_BYLINE_RE = re.compile(r"^(?P<stamp>.{4,60}?)\s+by\s+(?=[A-Z])")
_NAME_TOKEN_RE = re.compile(r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.|(?:al|el|bin|ibn|de|da|del|der|di|du|la|le|van|von|ter|den|st\.)[-’']?\w*)$")
_WEEKDAY = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CAPITALS_PLACE = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+)*"
_DATELINE_RE = re.compile(
    # 'SÃO PAULO', and a story filed from two places: 'CAIRO/KHARTOUM (Reuters) -'
    rf"^(?P<loc>{_CAPITALS_PLACE}(?:/{_CAPITALS_PLACE})*"
    r"(?:,\s+[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3})?"
    # 'Washington, DC —', 'Fairview, W.Va. —': a town in mixed case needs its state.
    r"|(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s(?:[A-Z]{2}|D\.C\.|[A-Z][a-z]{0,4}\.(?:\s?[A-Z][a-z]{0,3}\.)?))?"
    rf"(?:,\s+(?P<date>{MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|{_WEEKDAY}))?"
    # '(Reuters)', or a release wire's '/PRNewswire/'.
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&\-]{0,40})\)|/(?P<wire>[A-Za-z][A-Za-z .&\-]{0,40})/)?"
    # 'WASHINGTON, September 29. …' ends with a full stop after the date, 'MOSCOW, March 3 /TASS/. …' after
    # the wire; old wire copy dashes with '_'; 'BERLIN (dpa) The …' needs no dash after its agency.
    r"(?:\s*(?P<dash>—|–|―|--|-|_|:)|(?<=[\d/])(?P<stop>\.)|(?<=\))(?=\s+[A-Z]))(?=\s)",
)
_MIXED_CASE_PLACE = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.\-]+(?:\s[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.\-]+){0,2}"
_MIXED_CASE_DATELINE_RE = re.compile(
    rf"^(?P<loc>{_MIXED_CASE_PLACE}(?:,\s{_MIXED_CASE_PLACE})?)(?:,\s+{MONTH}\s+\d{{1,2}})?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&\-]{0,40})\))?\s*(?:—|–|―|--|-|_)(?=\s)")
_DATELINE_LINE_RE = re.compile(
    r"^(?P<loc>[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+)*(?:\s?,\s+[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3})?)"
    r"\s+(?P<date>\d{4}-\d{2}-\d{2})$")
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright|©|\(c\))(?:\s*(?:©|copyright))*\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?"
    r"(?P<org>[^.|©]+?)\s*(?:\.|,|\||all rights|$)", re.IGNORECASE)
# Footer lines that name the publication: licensing, syndication and source credits.
_CREDITED_ORGANISATION_RES = tuple(re.compile(pattern, re.IGNORECASE) for pattern in (
    r"^content created by (?P<org>.+?) is available\b",
    r"^(?:first )?published by (?P<org>[^.]+?)\.?$",
    r"^visit (?P<org>.+?) at www\.",
    r"^(?:this (?:article|story|post) )?(?:originally |first )?(?:appeared|published|was (?:originally |first )?published)"
    r" (?:at|in|on|by) (?P<org>.+?)(?: on .+?)?\.?$",
    r"^(?:source|click to follow|follow)\s*:?\s+(?P<org>[^.@]+?)\.?$",
    r"^(?P<org>[^.]{2,60}?) is committed to maintaining\b",
    r"^(?P<org>[^.]{2,60}?) uses cookies\b",
    r"^get (?P<org>.{2,60}?) delivered\b",
    r"^read in (?P<org>[^:]{2,60}):",
))
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "'", ":", ")")
_NON_NAME_WORDS = frozenset("the of for in on at to a an with news staff editors editorial board "
                            "font size share email follow comments comment".split())
MAX_HEADER_LINES = 25


@lru_cache(maxsize=1)
def _publishers() -> dict[str, str]:
    names: dict[str, str] = {}
    for display, aliases in table("page_publishers"):
        for alias in [display, *aliases.split("|")]:
            names[_publisher_key(alias)] = display
    return names


_LEADING_THE_RE = re.compile(r"^the\s+")
_LEADING_WWW_RE = re.compile(r"^www\.")


def _publisher_key(name: str) -> str:
    return _LEADING_WWW_RE.sub("", _LEADING_THE_RE.sub("", name.strip().lower()))


def normalise_publisher(name: str) -> str:
    """The display name of a publication or agency: known ones from the lexicon, others tidied."""
    clean = name.strip().strip(".,;:|").strip()
    known = _publishers().get(_publisher_key(clean))
    if known:
        return known
    return clean.title() if clean.isupper() and len(clean) > 4 else clean


def is_known_name(name: str) -> bool:
    """A publication or agency the lexicon knows, however the page writes it."""
    key = _publisher_key(name.strip(" .,"))
    return key in _publishers() or key in words("page_agencies")


def _is_publisher(name: str) -> bool:
    """A known publication or agency, or a capitalised name ending like one ('Springfield Gazette'), not a
    label and its value ('Kategorie: News')."""
    if is_known_name(name):
        return True
    tokens = name.split()
    return 2 <= len(tokens) <= 5 and not any(c in name for c in ",/:") and all(t[:1].isupper() for t in tokens) \
        and tokens[-1].lower().strip(".,") in words("page_publication_words")


# ---------------------------------------------------------------- line shapes

def _word_count(text: str) -> int:
    return len(text.split())


def has_word(text: str) -> bool:
    """False for a line of punctuation alone ('·', '--'), which a page prints between widgets."""
    return any(ch.isalnum() for ch in text)


def _is_body_like(text: str) -> bool:
    """A line that reads as running article text, not page furniture."""
    count = _word_count(text)
    if text.endswith(_SENTENCE_END[:4]):
        return count >= 20 or (count >= 8 and any(c.islower() for c in text))
    # A long line without a final stop is prose when most of its words are lower-case, not a
    # run of names, dates and separators ('Emily Peck · HuffPost · Posted: Sep 20, 2016 …').
    lower = sum(word[:1].islower() for word in text.split())
    return count >= 20 and lower >= 0.4 * count


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """Words news text writes in lower case (the common-words list keeps case: 'more', not 'Clinton')."""
    return frozenset(w for w in forms("vocab_common_words") if w.islower() and w.isalpha())


_ACRONYM_RE = re.compile(r"^(?![IVX]+$)[A-Z]{3,}$")


def _looks_like_name(text: str, everyday: bool = False) -> bool:
    """A person's name by its shape; ``everyday``: also one of everyday words ('Will Knight'), where its
    place says it is a byline."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text):
        return False
    not_names = _NON_NAME_WORDS | words("entity_not_names")
    if any(t.lower().strip(".,") in not_names for t in tokens):
        return False
    if not tokens[0][:1].isupper():
        return False
    # An acronym after words that are not in capitals names a thing ('Extending ATF'); a name in capitals is
    # all capitals ('JANE DOE'), initials lead ('AWR Hawkins'), a numeral is no acronym ('John Smith III').
    if any(_ACRONYM_RE.match(t) for t in tokens[1:]) and not all(t.isupper() for t in tokens):
        return False
    return len(tokens) >= 2 and all(_NAME_TOKEN_RE.match(t) for t in tokens) and (
        everyday or not _is_interface_label(text))


def _is_interface_label(name: str) -> bool:
    """'Send Text Message', 'Read Later', 'Full Bio': shaped like a name, made of everyday words."""
    tokens = name.split()
    return sum(1 for t in tokens if t.lower().strip(".,") in _everyday_words()) * 2 > len(tokens)


# ---------------------------------------------------------------- bylines

@dataclass(slots=True)
class _Byline:
    authors: list[tuple[Author, Span]]
    organisation: str | None
    published: str | None
    updated: str | None = None


# A role glued to the name where a page prints them in two elements: 'Evan HalperStaff Writer'.
_GLUED_WORD_RE = re.compile(r"(?<=[a-z])[A-Z][a-z]+\b")


def _split_name_role(text: str, start: int) -> tuple[str, str | None, Span] | None:
    """'Russ Read Pentagon/Foreign Policy Reporter' -> ('Russ Read', 'Pentagon/Foreign Policy Reporter')."""
    tokens = text.split()
    roles = words("page_roles")
    for glued in _GLUED_WORD_RE.finditer(text):
        name = text[:glued.start()]
        if glued.group().lower() in roles and _looks_like_name(name):
            return name, text[glued.start():], Span(start, start + len(name), name)
    if len(tokens) >= 3 and tokens[-1].lower().strip(".,") in roles:
        size = 3 if len(tokens) > 3 and (re.fullmatch(r"[A-Z]\.", tokens[1]) or tokens[1].islower()) else 2
        name = " ".join(tokens[:size])
        if not _looks_like_name(name):
            return None
        role_start = text.index(tokens[size], len(name))
        role = text[role_start:].strip().lstrip("-–—|· ").strip()  # 'Jane Doe - Education Correspondent'
        return name, role or None, Span(start, start + len(name), name)
    if _looks_like_name(text):
        return text, None, Span(start, start + len(text), text)
    return None


def _is_role(text: str) -> bool:
    """'Columnist', 'Senior Political Reporter', 'Pentagon/Foreign Policy Reporter', 'Director of Education'."""
    tokens = text.split()
    head = _ROLE_OF_RE.split(text, maxsplit=1)[0].split() if len(tokens) <= MAX_ROLE_TOKENS else []
    last = head[-1].lower().strip(".,") if head else ""
    return 1 <= len(tokens) <= MAX_ROLE_TOKENS and (last in words("page_roles")
                                                     or last.removesuffix("s") in words("page_roles"))


_AND_RE = re.compile(r"\band\b|&", re.IGNORECASE)
_ROLE_OF_RE = re.compile(r"\s+of\s+")
MAX_ROLE_TOKENS = 6
_JOINED_NAMES_RE = re.compile(r"^(?:&|and)\s+(?=[A-Z])")


def _parse_names(text: str, offset: int) -> _Byline:
    """Names (and roles, organisations, a date) from the part of a byline after 'By'."""
    authors: list[tuple[Author, Span]] = []
    organisation = None
    published = updated = None
    text = _NON_AUTHOR_CREDIT_RE.sub(lambda credit: " " * len(credit.group()), text)
    date = DATE_RE.search(text)
    if date:
        published, updated = dates_of(text[date.start():])
        text = _STAMP_LABEL_TAIL_RE.sub("", text[:date.start()])
    elif yearless := _YEARLESS_DATE_RE.search(text):  # 'By Erin Cunningham March 18 at 3:57 PM'
        text = _STAMP_LABEL_TAIL_RE.sub("", text[:yearless.start()])
    position = 0
    affiliated = False  # a role came last: what a comma adds after it is the writer's affiliation
    for piece in _NAME_SEPARATOR_RE.split(text):
        index = text.find(piece, position) if piece else position
        joined = text[position:index]
        position = index + len(piece)
        if affiliated and not _AND_RE.search(joined):
            continue
        affiliated = False
        credited = _FOR_PUBLISHER_RE.search(piece)
        if credited and _is_publisher(credited.group("org")):
            organisation = organisation or normalise_publisher(credited.group("org"))
        clean = piece.strip(" .:–—-")
        # 'Jane Doe (Business Editor)': a writer's role in brackets, not a place ('Jane Doe (Washington)').
        bracketed = _BRACKETED_ROLE_RE.search(clean)
        if not (bracketed and _is_role(bracketed.group("role"))):
            clean = _NAME_TAIL_RE.sub("", clean).strip(" .:–—-")
            bracketed = _BRACKETED_ROLE_RE.search(clean)
        if bracketed and _CREDIT_ROLE_RE.match(bracketed.group("role")):
            continue
        if bracketed:
            clean = clean[:bracketed.start()]
        if not clean:
            continue
        lead = piece.find(clean)
        start = offset + index + lead
        if _is_publisher(clean):
            organisation = organisation or normalise_publisher(clean)
            continue
        if authors and _is_role(clean):
            previous, span = authors[-1]
            authors[-1] = (Author(previous.name, clean), span)
            affiliated = True
            continue
        split = _split_name_role(clean, start)
        if split and _is_publisher(split[0]):  # 'By USA TODAY STAFF'
            organisation = organisation or normalise_publisher(split[0])
        elif split:
            name, role, span = split
            authors.append((Author(name, role or (bracketed.group("role") if bracketed else None)), span))
    return _Byline(authors, organisation, published, updated)


def _role_first_byline(line: Line) -> _Byline | None:
    """'By political reporter Jane Doe', 'By US correspondent Susan Page': the role before the name."""
    tokens = list(re.finditer(r"\S+", line.text))
    if len(tokens) < 3 or tokens[0].group().lower() != "by" or _word_count(line.text) > MAX_BYLINE_WORDS:
        return None
    for size in range(1, min(MAX_ROLE_WORDS, len(tokens) - 2) + 1):
        role = line.text[tokens[1].start():tokens[size].end()]
        rest_start = tokens[size + 1].start()
        if _is_role(role) and _looks_like_name(line.text[rest_start:]):
            name = line.text[rest_start:]
            return _Byline([(Author(name, role), Span(line.start + rest_start, line.end, name))], None, None)
    return None


def _parse_segments(line: Line) -> _Byline | None:
    """A header line of parts: 'World | Jane Doe, CNN | Updated: 2:31 IST', 'A, B · CBC News · Posted: …',
    'Hindustan Times | By Jane Doe'. Sections and places among the parts are skipped."""
    text = line.text
    bounds = [0, *(m for sep in _SEGMENT_SEPARATOR_RE.finditer(text) for m in (sep.start(), sep.end())), len(text)]
    segments = [(bounds[k], text[bounds[k]:bounds[k + 1]]) for k in range(0, len(bounds), 2)]
    if len(segments) < 2:
        return None
    # 'WASHINGTON — The Daily Planet': parts joined by dashes are a place and a publication, never names.
    # 'Jane Doe - Education Correspondent': unless the other part is a writer's role.
    names_allowed = any(sep.group().strip() not in ("—", "–") for sep in _SEGMENT_SEPARATOR_RE.finditer(text)) or any(
        _is_role(segment.strip()) for _, segment in segments[1:])
    found = _Byline([], None, None)
    for start, segment in segments:
        same_day = same_day_update(found.published, segment) if found.published and not found.updated else None
        if same_day:
            found.updated = same_day
        elif timestamp_dates(segment):
            published, updated = dates_of(segment)
            found.published, found.updated = found.published or published, found.updated or updated
        elif _is_publisher(segment):
            found.organisation = found.organisation or normalise_publisher(segment)
        elif _is_known_place(segment):
            continue  # the reporter's city: 'Hindustan Times | New Delhi'
        elif found.authors and _is_role(segment):
            author, span = found.authors[-1]
            found.authors[-1] = (Author(author.name, segment), span)
        elif _BYLINE_PREFIX_RE.match(segment) or (names_allowed and not (found.published or found.updated) and (
                _is_name_list(segment) or "," in segment)):  # topics follow the stamp: '… GMT | US, Congress'
            prefix = _BYLINE_PREFIX_RE.match(segment)
            offset = prefix.end() if prefix else 0
            names = _parse_names(segment[offset:], line.start + start + offset)
            found.authors += names.authors
            found.organisation = found.organisation or names.organisation
    return found if found.authors or found.organisation or found.published or found.updated else None


# Two names, or two around an initial: 'Russ Read Pentagon/Foreign Policy Reporter' is a name and a two-beat role.
_NAME_SLASH_ROLE_RE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z]\.)? [A-Z][\w'’-]+)/(?P<role>[^/]{3,40})$")


def _parse_byline(line: Line, in_header: bool, after_label: bool) -> _Byline | None:
    text = line.text
    joined = _JOINED_NAMES_RE.match(text) if in_header else None
    if joined:  # '& John Roe, Director of …' under the first writer's line
        rest = Line(line.start + joined.end(), line.end, text[joined.end():], line.block)
        return _parse_byline(rest, in_header, after_label)
    sign_off = _SIGN_OFF_RE.match(text)
    if sign_off:  # '— Jane Doe and John Roe' under the story
        names = text[sign_off.end():]
        return _parse_names(names, line.start + sign_off.end()) if _is_name_list(names) else None
    role_first = _role_first_byline(line)
    if role_first:
        return role_first
    prefix = _BYLINE_PREFIX_RE.match(text)
    described = _DESCRIBED_NAME_RE.match(text, prefix.end()) if prefix else None
    if described and _looks_like_name(described.group("name")):  # 'By Alex Heath, a deputy editor and …'
        return _parse_names(described.group("name"), line.start + prefix.end())
    if prefix and (_word_count(text) <= MAX_BYLINE_WORDS or (in_header and DATE_RE.search(text))):
        return _parse_names(text[prefix.end():], line.start + prefix.end())
    if _WIRE_CREDIT_RE.match(text):
        return _parse_wire_credit(line)
    segmented = _parse_segments(line) if (in_header or after_label) and _word_count(text) <= 30 else None
    if segmented:
        return segmented
    stamped = _STAMPED_BYLINE_RE.match(text)
    if stamped and _word_count(text) <= MAX_BYLINE_WORDS and timestamp_dates(stamped.group("stamp")):
        byline = _parse_names(text[stamped.end():], line.start + stamped.end())
        byline.published = byline.published or dates_of(stamped.group("stamp"))[0]
        return byline
    if not (in_header or after_label) or _word_count(text) > 12 or text.endswith((".", "?", "!")):
        return None
    if _is_name_list(text) and _NAME_SEPARATOR_RE.search(text):
        return _parse_names(text, line.start)
    slashed = _NAME_SLASH_ROLE_RE.match(text)  # 'Azi Paybarah/Staff Reporter'
    if slashed and _looks_like_name(slashed.group("name")) and _is_role(slashed.group("role")):
        byline = _parse_names(slashed.group("name"), line.start)
        byline.authors = [(Author(author.name, slashed.group("role")), span) for author, span in byline.authors]
        return byline
    if "|" in text or " / " in text or re.search(r",\s*\S", text):
        separator = next(s for s in ("|", " / ", ",") if s in text)
        first, separator, rest = text.partition(separator)
        rest = re.sub(r"^(?i:for|special to)\s+", "", rest.strip())
        if not ((_looks_like_name(first.strip()) or _is_name_list(first.strip())) and rest):
            return None
        # 'Jane Doe, Staff Attorney, Civic League': a role and then the writer's affiliation.
        if _is_publisher(rest) or _is_role(rest) or _is_role(rest.split(",")[0]) or DATE_RE.search(rest):
            return _parse_names(text, line.start)
        if separator in ("|", " / ") and _word_count(rest) <= 6 and rest[:1].isupper():
            byline = _parse_names(first, line.start)
            byline.organisation = normalise_publisher(rest)
            return byline
        return None
    if _is_publisher(text):
        return None
    if _is_name_list(text) and _NAME_SEPARATOR_RE.search(text):
        return _parse_names(text, line.start)
    first_line, _, rest = text.partition("\n")
    if rest and in_header and _looks_like_name(first_line) and not _is_publisher(first_line):
        # A name over what the page prints with it, joined into one reading line: 'James Lynch' over
        # 'fromUniversity of Michigan' or 'Follow'.
        return _parse_names(first_line, line.start)
    placed = _NAME_TAIL_RE.sub("", text)
    if placed != text and in_header:
        # 'Jane Doe in Springfield', 'Associated Press in Washington': a byline with the reporter's location.
        if _is_publisher(placed):
            return _Byline([], normalise_publisher(placed), None)
        if _looks_like_name(placed) or _is_name_list(placed):
            return _parse_names(text, line.start)
    split = _split_name_role(text, line.start)
    if split and (after_label or split[1] is not None or in_header):
        name, role, span = split
        return _Byline([(Author(name, role), span)], None, None)
    return None


def _parse_wire_credit(line: Line) -> _Byline:
    """'(Reporting by A and B; Editing by C)': reporters are authors, editors are not."""
    authors: list[tuple[Author, Span]] = []
    for part in re.finditer(r"[^;()]+", line.text):
        match = re.match(r"\s*(?:additional )?(?:reporting|writing|written|reported) by\s+", part.group(), re.I)
        if match and not re.match(r"\s*additional", part.group(), re.I):
            start = line.start + part.start() + match.end()
            authors.extend(_parse_names(part.group()[match.end():].rstrip(" )"), start).authors)
    return _Byline(authors, None, None)


# ---------------------------------------------------------------- the page

_AGENCY_OPENER_RE = re.compile(r"^\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)(?=\s+[A-Z])")


_AGENCY_CREDIT_RE = re.compile(r"^[^/|,]+\s[/|]\s*(?i:AP|AFP|Reuters|Getty Images|Getty|EPA|UPI|Bloomberg|Xinhua|"
                               r"Associated Press|Shutterstock|Alamy|Sipa|Anadolu)$")
# A link, or a reader view's bare address line ('amp.breitbart.com').
_URL_HOST_RE = re.compile(r"(?:https?://|^)(?:www\.|amp\.|m\.|mobile\.)?([\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?=[/?#\s]|$)")
# 'Source: Reuters', 'Original source: The Huffington Post', a press release's 'SOURCE Acme Corp'.
_SOURCE_LINE_RE = re.compile(r"^(?:(?i:original\s+source|source)\s*:|SOURCE\s)\s*(?P<org>.+?)\.?$")
# A section named like a channel ('World News', 'Local News') is no publisher.
_SECTION_NEWS_RE = re.compile(r"^(?:world|national|local|international|breaking|latest|top|business|sports?|political|"
                              r"entertainment|health|science|tech|u\.?s\.?|uk|regional|metro)\s+news$", re.IGNORECASE)
_COLON_DATELINE_RE = re.compile(r"^(?P<loc>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):(?=\s)")


def _is_known_place(location: str | None) -> bool:
    """'NEW DELHI', 'Washington': a place a colon dateline may name ('WARNING:' is not one)."""
    return bool(location) and location.split(",")[0].strip().lower() in words("entity_places")


def _dateline(paragraph: Line) -> tuple[Dateline, Span, Span | None] | None:
    opener = _AGENCY_OPENER_RE.match(paragraph.text)
    if opener and _is_publisher(opener.group("agency")):
        span = Span(paragraph.start, paragraph.start + opener.end(), opener.group())
        return Dateline(None, opener.group("agency")), span, None
    colon = _COLON_DATELINE_RE.match(paragraph.text)
    if colon and _is_known_place(colon.group("loc")):
        location = colon.group("loc")
        span = Span(paragraph.start, paragraph.start + colon.end(), colon.group())
        return Dateline(location, None), span, Span(paragraph.start, paragraph.start + len(location), location)
    return _capitals_dateline(paragraph) or _mixed_case_dateline(paragraph)


def _mixed_case_dateline(paragraph: Line) -> tuple[Dateline, Span, Span | None] | None:
    """'Washington (AFP) – …', 'Paris, France (AP) — …', 'Nairobi - …': a place written in mixed case
    opens the story when an agency in brackets or a known place name says it is a dateline."""
    match = _MIXED_CASE_DATELINE_RE.match(paragraph.text)
    if not match:
        return None
    location, agency = match.group("loc"), match.group("agency")
    if not ((agency and _is_publisher(agency)) or (not agency and _is_known_place(location))):
        return None
    span = Span(paragraph.start, paragraph.start + match.end(), paragraph.text[:match.end()])
    return Dateline(location, agency), span, Span(paragraph.start, paragraph.start + len(location), location)


def _capitals_dateline(paragraph: Line) -> tuple[Dateline, Span, Span | None] | None:
    """'WASHINGTON (Reuters) - …', 'LONDON, March 3 —', 'Fairview, W.Va. —': the place in capitals, or a
    town with its state."""
    match = _DATELINE_RE.match(paragraph.text)
    if not match or not (match.group("loc") or match.group("agency")):
        return None
    location = match.group("loc")
    if location:  # 'WASHINGTON, Tuesday —': the weekday is no part of the place
        location = re.sub(rf",\s+{_WEEKDAY}$", "", location)
    if location and not match.group("town") and not re.search(r"[A-Z]{2}", location.split(",")[0]):
        return None
    if match.group("dash") == ":" and not match.group("agency") and not _is_known_place(location):
        return None
    if match.group("dash") is None and match.group("stop") is None and not location:
        return None  # '(LEAD) Senate Passes …': a wire's tag, no agency after a place
    agency = match.group("agency") or match.group("wire")
    span = Span(paragraph.start, paragraph.start + match.end(), paragraph.text[:match.end()])
    place = None
    if location:
        place = Span(paragraph.start, paragraph.start + len(location), location)
    return Dateline(location, agency), span, place


def _merge_wrapped(lines: list[Line]) -> list[list[Line]]:
    """Group hard-wrapped lines (no final punctuation, next starts lower-case, same block) into paragraphs."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups:
            last = groups[-1][-1]
            if (last.block == line.block and not last.text.endswith(_SENTENCE_END)
                    and line.text[:1].islower() and line_kind(last.text) is None and line_kind(line.text) is None
                    and not timestamp_dates(last.text)  # 'October 27, 2023' over 'in Illinois, Local'
                    and not _BYLINE_PREFIX_RE.match(line.text) and not _AUTHORS_LABEL_RE.match(line.text)):
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def reading_lines(text: str) -> list[Line]:
    """The text's lines, hard-wrapped paragraphs joined into one line each."""
    # A line joined to none is its own reading line.
    return [group[0] if len(group) == 1 else
            Line(group[0].start, group[-1].end, text[group[0].start:group[-1].end], group[0].block)
            for group in _merge_wrapped(split_lines(text))]


_DIGIT_RE = re.compile(r"\d")


def _without_publication(text: str) -> str:
    """A stamp led by the publication's name ('CBS News February 24, 2020, 7:57 AM') without it."""
    # A date has a decimal digit: one quick scan spares a line without any the slower search.
    date = DATE_RE.search(text) if _DIGIT_RE.search(text) else None
    lead = text[:date.start()].strip(" |·•-–—,:") if date else ""
    return text[date.start():] if lead and _is_publisher(lead) else text


def analyze_page(text: str, headline_start: int | None = None) -> PageLayout:
    """Find headline, subtitle, byline, dates, dateline, publisher, body and boilerplate.

    ``headline_start``: where the line reader thinks the headline starts; the headline is that line
    or one below it, and the lines above it are never the headline."""
    lines = reading_lines(text)
    kinds: list[str | None] = [line_kind(line.text) for line in lines]
    first_body = _first_body_line(lines, kinds)
    for i in reversed(range(min(first_body, MAX_HEADER_LINES))):
        parts = _split_section_label(lines[i]) if kinds[i] is None else None
        if parts:
            lines[i:i + 1] = [part for part, _ in parts]
            kinds[i:i + 1] = [kind for _, kind in parts]
            first_body += 1
    metadata = Metadata()
    authors: list[tuple[Author, Span]] = []
    organisations: list[str] = []
    furniture_organisations: list[tuple[int, str]] = []
    published: list[str] = []
    updated: list[str] = []

    earliest = next((i for i, line in enumerate(lines) if line.start <= headline_start < line.end), 0) \
        if headline_start is not None else 0
    headline_index = _find_headline(lines, kinds, first_body, earliest)
    if headline_index is not None and "\n" in lines[headline_index].text:
        parts = _unwrapped(lines[headline_index])
        lines[headline_index:headline_index + 1] = [line for line, _ in parts]
        kinds[headline_index:headline_index + 1] = [kind for _, kind in parts]
        headline_index += next(k for k, (_, kind) in enumerate(parts) if kind == "headline")
        kinds[headline_index] = None
        if first_body > headline_index:
            first_body += len(parts) - 1
    for i in range(headline_index if headline_index is not None else 0):
        # A timestamp printed above the headline is read with the other header lines below.
        if kinds[i] is None and not timestamp_dates(_without_publication(lines[i].text)):
            kinds[i] = "navigation"
            # A section label with the story's date stamp ('Blog Home  •  October 18, 2019') dates it.
            stamp = stamp_after_label(lines[i].text) if i >= headline_index - LABELLED_STAMP_LINES else None
            if stamp:
                kinds[i] = "timestamp"
                published += [day] if (day := dates_of(stamp)[0]) else []
    if headline_index is not None:
        kinds[headline_index] = "headline"
        if headline_index == first_body:
            first_body = _first_body_line(lines, kinds)
        if first_body >= len(lines):
            first_body = headline_index + 1

    header_end = _header_end(lines, headline_index, first_body)
    after_label = False
    dateline_location = None
    agency_credits: list[tuple[int, _Byline]] = []
    later_authors: list[tuple[Author, Span]] = []
    for i, line in enumerate(lines):
        if kinds[i] == "headline":
            continue
        in_header = headline_index is not None and headline_index < i <= header_end
        if _AUTHORS_LABEL_RE.match(line.text):
            kinds[i], after_label = "byline", True
            continue
        standalone = _DATELINE_LINE_RE.match(line.text) if kinds[i] is None and i <= first_body else None
        if standalone and metadata.dateline is None:
            kinds[i] = "dateline"
            metadata.dateline = Dateline(standalone.group("loc"), None)
            dateline_location = Span.of(text, line.start, line.start + len(standalone.group("loc")))
            published.append(standalone.group("date"))
            continue
        # Only a line the lexicon names nothing, or a correction note, may be a stamp.
        stamp = _without_publication(line.text) if kinds[i] is None or kinds[i] == "correction" else ""
        dates = timestamp_dates(stamp)
        # "Updated: 14:32 GMT, 5 March 2017" reads like an update note but is only a timestamp.
        if dates and (in_header or i < first_body or _word_count(line.text) <= 10):
            kinds[i] = "timestamp"
            day, later = dates_of(stamp)
            published += [day] if day else []
            updated += [later] if later else []
            continue
        if kinds[i] is None and i > 0 and kinds[i - 1] == "byline" and authors and _is_role(line.text) \
                and not ("," in line.text and _looks_like_name(line.text.split(",")[0])):
            kinds[i] = "byline"
            author, span = authors[-1]
            authors[-1] = (Author(author.name, author.role or line.text), span)
            continue
        if kinds[i] in (None, "navigation") and i > 0 and _CREDIT_LABEL_RE.match(lines[i - 1].text):
            kinds[i] = "credit"
            continue
        # A breadcrumb-shaped line may be a byline: 'Jane Doe | Staff Writer | Reuters'.
        credited_byline = kinds[i] == "credit" and _BYLINE_PREFIX_RE.match(line.text)  # 'By A via Reuters'
        if (kinds[i] in (None, "navigation") or credited_byline) and (in_header or i >= first_body or after_label):
            # From the story's start on, only a 'By …' line, a sign-off or a wire credit is read as a byline
            # (or a line after an authors label): the other lines of prose need no parsing.
            bylined = i < first_body or after_label or bool(
                _BYLINE_PREFIX_RE.match(line.text) or _SIGN_OFF_RE.match(line.text) or _WIRE_CREDIT_RE.match(line.text))
            byline = _parse_byline(line, in_header, after_label) if bylined else None
            dated = byline is not None and bool(byline.published or byline.updated)
            if byline and (byline.authors or byline.organisation or (dated and in_header)):
                # A stamp with topics ('16 Sep 2016 17:44 GMT | United States, Congress') names nobody.
                kinds[i] = "byline" if byline.authors or byline.organisation else "timestamp"
                if _AGENCY_CREDIT_RE.match(line.text) and len(byline.authors) == 1:
                    agency_credits.append((i, byline))
                # Below the story's start, a 'By …' line or a sign-off names the story's writer only when its
                # header names none, and only the first: the others are teasers' bylines or readers' signatures.
                if i >= first_body and not _ADDED_REPORTING_RE.match(line.text) and not after_label:
                    later_authors = later_authors or byline.authors
                else:
                    authors += byline.authors
                organisations += [byline.organisation] if byline.organisation else []
                published += [byline.published] if byline.published else []
                updated += [byline.updated] if byline.updated else []
                continue
        after_label = after_label and kinds[i] in ("byline", None) and i < first_body
        if kinds[i] is None and in_header and i < first_body and header_stamp(line.text):
            kinds[i] = "timestamp"
            published += [day] if (day := dates_of(line.text)[0]) else []
            continue
        if kinds[i] is None and in_header and i < first_body:
            kinds[i] = _header_line_kind(lines, kinds, i, headline_index)
        source = _SOURCE_LINE_RE.match(line.text)
        if kinds[i] is None and (i > first_body or in_header) and (_is_publisher(line.text) or (
                source and _is_publisher(source.group("org")))):
            kinds[i] = "credit"  # 'The Washington Post' or 'Source: Reuters' on a line of its own
        if kinds[i] in ("copyright", "licensing", "credit", "follow", "promo", "subscribe", "comments", "ui"):
            organisation = _organisation_of(line.text) or (normalise_publisher(line.text) if _is_publisher(line.text)
                                                           else None)
            if organisation and (kinds[i] != "follow" or _is_publisher(organisation)):
                organisations.append(organisation)
                furniture_organisations.append((i, organisation))
    if not authors:
        authors = later_authors
    # 'Desmond Achebe / AFP' beside a byline of its own is the photographer's credit.
    if agency_credits and len(authors) > len(agency_credits):
        for i, credit in agency_credits:
            kinds[i] = "credit"
            authors = [a for a in authors if a not in credit.authors]
            if credit.organisation in organisations:
                organisations.remove(credit.organisation)
    _mark_related_titles(lines, kinds)
    _mark_photo_blocks(lines, kinds, first_body)
    # 'GETTY IMAGES' under a caption credits the photo, not the story.
    for i, organisation in furniture_organisations:
        if kinds[i] == "credit" and i > 0 and kinds[i - 1] == "caption" and organisation in organisations:
            organisations.remove(organisation)
    _mark_footer(lines, kinds, first_body)

    headline_index = _sentence_is_the_body(lines, kinds, headline_index)
    metadata.title = lines[headline_index].text if headline_index is not None else None
    subtitle_line = next((lines[i] for i in range(len(lines)) if kinds[i] == "subtitle"), None)
    metadata.subtitle = subtitle_line.text if subtitle_line else None
    body_lines = [line for line, kind in zip(lines, kinds) if kind is None]
    boilerplate = [BoilerplateSpan(line.start, line.end, line.text, kind)
                   for line, kind in zip(lines, kinds) if kind not in (None, "headline", "subtitle")]

    paragraphs = [Span(line.start, line.end, line.text) for line in body_lines]
    opening, found = _opening_dateline(body_lines) if metadata.dateline is None else (0, None)
    if paragraphs and metadata.dateline is None:
        if found:
            metadata.dateline, dateline_span, dateline_location = found
            boilerplate.append(BoilerplateSpan(dateline_span.start, dateline_span.end, dateline_span.text,
                                               "dateline"))
            rest = paragraphs[opening].text[len(dateline_span.text):]
            start = dateline_span.end + len(rest) - len(rest.lstrip())
            paragraphs[opening] = Span.of(text, start, paragraphs[opening].end)
            if paragraphs[opening].start >= paragraphs[opening].end:
                paragraphs.pop(opening)
    boilerplate.sort(key=lambda span: span.start)

    metadata.authors = unique_authors(authors)
    if published and not updated:
        updated += [later for line, kind in zip(lines, kinds)
                    if kind == "timestamp" and (later := same_day_update(published[0], line.text))][:1]
    metadata.updated = updated[0] if updated else None
    # An "Updated" stamp is not a publication date: a page that states only that has no published date.
    metadata.published = published[0] if published else None
    metadata.publisher = _pick_publisher(organisations, lines, kinds)
    if metadata.dateline and metadata.dateline.agency:
        metadata.publisher = metadata.publisher or normalise_publisher(metadata.dateline.agency)
    body = (Body(paragraphs[0].start, paragraphs[-1].end, text[paragraphs[0].start:paragraphs[-1].end], paragraphs)
            if paragraphs else Body(0, 0, "", []))
    metadata.language = detect_language(" ".join(p.text for p in paragraphs[:20]) or text)
    headline = lines[headline_index] if headline_index is not None else None
    byline_names = [span for _, span in authors]
    return PageLayout(
        metadata,
        Span(headline.start, headline.end, headline.text) if headline else None,
        Span(subtitle_line.start, subtitle_line.end, subtitle_line.text) if subtitle_line else None,
        body, boilerplate, byline_names, dateline_location,
    )


MAX_SHORT_HEADLINE_WORDS = 12
_SENTENCE_RE = re.compile(r"[.!?][\"'”’)]*$")
MIN_SENTENCE_WORDS = 5


def _sentence_is_the_body(lines: list[Line], kinds: list[str | None], headline: int | None) -> int | None:
    """A text whose only sentence was taken for the headline: the sentence is the body, and a short
    title-like line just above it ('Bridge Reopens') is the headline. Returns the headline's index."""
    if headline is None or any(kind is None for kind in kinds):
        return headline
    text = lines[headline].text
    if not (_SENTENCE_RE.search(text) and _word_count(text) >= MIN_SENTENCE_WORDS):
        return headline
    kinds[headline] = None
    above = headline - 1
    if above >= 0 and kinds[above] == "navigation" and _word_count(lines[above].text) <= MAX_SHORT_HEADLINE_WORDS \
            and not _SENTENCE_RE.search(lines[above].text):
        kinds[above] = "headline"
        return above
    return None


_HEADER_KINDS = frozenset({"timestamp", "byline"})
_NEXT_PREVIOUS_RE = re.compile(r"^(?:previous|next|prev|up next|read next)\b", re.IGNORECASE)
_NUMBERED_ITEM_RE = re.compile(r"^(?:\d{1,2}[.)]|[•▪◦▶►])\s+\S")
_LABELLED_HEADLINE_RE = re.compile(r"^(?P<left>[^|]+?)\s+\|\s+(?P<right>[^|]+)$")
MAX_SECTION_LABEL_WORDS = 3
_HEADLINE_TAG_RE = re.compile(r"^(\([A-Z0-9][A-Z0-9 ]{1,20}\))\s+(?=\S.{15,})")


def _split_section_label(line: Line) -> list[tuple[Line, str | None]] | None:
    """'Politics | Senate Passes the Budget' or 'Senate Passes the Budget | The Daily Planet': the label
    (a section or the publication) is navigation, the rest is a line of its own."""
    tag = _HEADLINE_TAG_RE.match(line.text)
    if tag:  # '(LEAD) Senate Passes the Budget', '(URGENT) …': a wire service's tag
        rest = Line(line.start + tag.end(), line.end, line.text[tag.end():], line.block)
        return [(Line(line.start, line.start + len(tag.group(1)), tag.group(1), line.block), "navigation"),
                (rest, None)]
    match = _LABELLED_HEADLINE_RE.match(line.text)
    if not match or DATE_RE.search(line.text) or _BYLINE_PREFIX_RE.match(line.text):
        return None
    left, right = match.group("left"), match.group("right")
    if (_is_name_list(left) and _NAME_SEPARATOR_RE.search(left)) or _is_role(right):
        return None
    if _is_publisher(right) and _word_count(left) >= 4:
        label_first = False
    elif _word_count(left) <= MAX_SECTION_LABEL_WORDS and _word_count(right) >= 4 and not _is_publisher(right):
        label_first = True
    else:
        return None
    first = Line(line.start, line.start + len(left), left, line.block)
    second_start = line.start + match.start("right")
    second = Line(second_start, line.end, right, line.block)
    return [(first, "navigation"), (second, None)] if label_first else [(first, None), (second, "navigation")]


def _is_name_list(text: str) -> bool:
    """'Wesley Lowery and Mark Berman', 'Ann Lee, Bo Park & Cy Diaz'."""
    if text.endswith(".") and not re.search(r"\b(?:Jr|Sr|[A-Z])\.$", text):
        return False  # 'Kathryn Kates.': a letter's signature in the body, not a byline
    parts = [p for p in _NAME_SEPARATOR_RE.split(text) if p.strip()]
    return _word_count(text) <= 12 and bool(parts) and all(_looks_like_name(p.strip()) for p in parts)


def _is_header_furniture(line: Line, kind: str | None = None, names: bool = True) -> bool:
    text = line.text
    return bool(kind in _HEADER_KINDS or "\t" in text or timestamp_dates(text) or _BYLINE_PREFIX_RE.match(text)
                or _AUTHORS_LABEL_RE.match(text) or (_is_role(text) and _word_count(text) <= 4)
                or (_SEGMENT_SEPARATOR_RE.search(text) and DATE_RE.search(text))
                or (names and kind is None and ((_is_credited_name(line) and not _AGENCY_CREDIT_RE.match(text)) or (
                    _PLACE_TAIL_RE.search(text) and _is_name_list(_PLACE_TAIL_RE.sub("", text)))))
                or (names and kind is None and _is_name_list(text)))


def _opens_with_dateline(line: Line) -> bool:
    """'WASHINGTON (AP) — The council voted …', not 'WASHINGTON — The Daily Planet' under a byline."""
    found = _dateline(line)
    return found is not None and _word_count(line.text[len(found[1].text):]) >= MIN_PARAGRAPH_AFTER_DATELINE


MIN_PARAGRAPH_AFTER_DATELINE = 5


def _first_body_line(lines: list[Line], kinds: list[str | None]) -> int:
    """The first line of running text; a sentence followed closely by a byline or timestamp is a deck,
    unless it opens with a dateline ('WASHINGTON — Mehmet Oz …' over an e-paper's running head)."""
    start = 0
    while True:
        first = next((i for i in range(start, len(lines)) if kinds[i] is None and (
            _is_body_like(lines[i].text) or _opens_with_dateline(lines[i]))), len(lines))
        later = [j for j in range(first + 1, min(first + 5, len(lines))) if _is_header_furniture(lines[j], kinds[j])]
        if first >= min(len(lines), MAX_HEADER_LINES) or not later or _opens_with_dateline(lines[first]):
            return first
        start = later[-1] + 1


def _is_credited_name(line: Line) -> bool:
    """'Jane Doe / Reuters', 'Tom Hill, Staff Writer': a byline, however short, is never the headline."""
    if not re.search(r"[|/,·]", line.text):
        return False
    byline = _parse_byline(line, in_header=True, after_label=False)
    return bool(byline and byline.authors)


_CONTENT_WORD_RE = re.compile(r"[^\W\d_]{4,}")
HEADLINE_CONTEXT_LINES = 12
MAX_HEADLINE_WORDS = 40
CRUMB_LINES = 4  # how far below a breadcrumb the headline it ends with may stand
LABELLED_STAMP_LINES = 3  # how far above the headline a section label with its date stamp dates the story
MIN_CRUMBED_WORDS = 3


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD_RE.findall(text)} - words("page_function_words")


def _unwrapped(line: Line) -> list[tuple[Line, str | None]]:
    """A headline line joined with the lines under it as one wrapped paragraph ('CDPATH replacements' over
    'blog'), split again: (line, kind) for each, the first line of words marked 'headline', the others
    body when they read as prose, else navigation."""
    parts, position, marked = [], line.start, False
    for piece in line.text.split("\n"):
        start = position + len(piece) - len(piece.lstrip())
        text = piece.strip()
        position += len(piece) + 1
        if not text:
            continue
        kind = None if _is_body_like(text) else "navigation"
        if not marked and has_word(text):
            kind, marked = "headline", True
        parts.append((Line(start, start + len(text), text, line.block), kind))
    return parts


def _find_headline(lines: list[Line], kinds: list[str | None], first_body: int, earliest: int = 0) -> int | None:
    """The headline: the first title-like line above the body (from ``earliest`` on); short lines before it
    are navigation."""
    # A headline stands above the story's first paragraph of prose (a story element may start with its lead).
    lead = next((i for i in range(earliest, len(lines)) if kinds[i] is None and _is_paragraph(lines[i].text)),
                len(lines))
    candidates = [i for i in range(earliest, min(first_body, lead, len(lines), earliest + MAX_HEADER_LINES))
                  if kinds[i] is None and has_word(lines[i].text)
                  and not _is_header_furniture(lines[i], names=False)
                  and not _is_publisher(lines[i].text) and not _is_credited_name(lines[i])]
    title_like = [i for i in candidates if _word_count(lines[i].text) >= 4 or len(lines[i].text) >= 25]
    if title_like:
        # Page furniture above the headline ('Skip to main content', 'Page 1 of 2') shares no words with
        # the lines that follow it; a headline shares some with its deck and lead.
        chosen = next((i for i in title_like if _content_words(lines[i].text) & _content_words(
            " ".join(line.text for line in lines[i + 1:i + 1 + HEADLINE_CONTEXT_LINES]))), title_like[0])
        return _uncrumbed(lines, title_like, chosen)
    if earliest <= first_body < len(lines) and _word_count(lines[first_body].text) < 20 and all(
            _word_count(lines[i].text) == 1 for i in candidates):
        return first_body
    longer = [i for i in candidates if _word_count(lines[i].text) >= 2]
    if longer:
        return longer[-1]
    if candidates:
        return candidates[0]
    # Nothing title-like between ``earliest`` and the body: the first line of words from ``earliest`` on
    # (a line the line reader is sure of stands below a paragraph it took for the body).
    return next((i for i in range(earliest, lead) if kinds[i] is None and has_word(lines[i].text)), None)


def _is_paragraph(text: str) -> bool:
    """A paragraph of prose, too long for any headline: a story element that prints no headline starts
    with its lead."""
    return _word_count(text) > MAX_HEADLINE_WORDS


def _uncrumbed(lines: list[Line], title_like: list[int], chosen: int) -> int:
    """A breadcrumb whose separators the copy lost ends with the headline printed just below it ('Home Issues
    Prison official: …' over 'Prison official: …'): the headline is the line below."""
    mine = f" {plain_words(lines[chosen].text)}"
    for i in title_like:
        tail = plain_words(lines[i].text)
        if chosen < i <= chosen + CRUMB_LINES and len(tail.split()) >= MIN_CRUMBED_WORDS and mine.endswith(f" {tail}") \
                and mine != f" {tail}":
            return i
    return chosen


def _header_end(lines: list[Line], headline: int | None, first_body: int) -> int:
    """Index of the last header line: furniture between the headline and the first body paragraph."""
    if headline is None:
        return -1
    return max(headline, min(first_body, len(lines), headline + MAX_HEADER_LINES) - 1)


MIN_DECK_SENTENCE_WORDS = 10


def _header_line_kind(lines: list[Line], kinds: list[str | None], i: int, headline: int | None) -> str | None:
    """A leftover line between headline and body: a subtitle (deck), a caption, or a short credit."""
    text = lines[i].text
    neighbours = [kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(kinds)]
    deck = headline is not None and "subtitle" not in kinds and _word_count(text) >= 4
    # Right under the headline, a deck over the photo's credit ('Photo illustration by …') is no caption; a
    # short sentence there is ('Police officers line the street.' over 'GETTY IMAGES').
    if deck and i == headline + 1 and (not text.endswith(".") or _word_count(text) >= MIN_DECK_SENTENCE_WORDS):
        return "subtitle"
    if "credit" in neighbours and (_word_count(text) > 6 or text.endswith(".")):
        return "caption"
    if deck:
        return "subtitle"
    # A short line of words ('Getty Images'); a short line with figures is a table row of the body.
    if _word_count(text) <= 3 and not any(c.isdigit() for c in text):
        return "credit"
    return None


_CONTACT_LABEL_RE = re.compile(r"^(?:media|press) contacts?\s*:?$", re.IGNORECASE)
_BARE_READ_ON_RE = re.compile(r"^(?:keep|continue) reading\.?$", re.IGNORECASE)


def _mark_related_titles(lines: list[Line], kinds: list[str | None]) -> None:
    """Headline-like lines listed after a 'Read more:' / 'Related' line are related links, not body;
    a hard-wrapped continuation of a boilerplate line belongs to it."""
    for i in range(1, len(lines)):
        previous = lines[i - 1]
        if (kinds[i] is None and kinds[i - 1] not in (None, "headline", "subtitle")
                and previous.block == lines[i].block and lines[i].text[:1].islower()
                and not previous.text.endswith(_SENTENCE_END)):
            kinds[i] = kinds[i - 1]
            continue
        # The title under a 'Previous article' / 'Next article' link.
        if kinds[i] is None and kinds[i - 1] == "navigation" and _NEXT_PREVIOUS_RE.match(previous.text) \
                and _word_count(lines[i].text) <= 20 and not lines[i].text.endswith((".", "!")):
            kinds[i] = "related"
            continue
        # Titles straight under a bare 'KEEP READING' (no blank line between): links, not the story.
        if kinds[i] is None and kinds[i - 1] in ("advertisement", "related") and previous.block == lines[i].block \
                and _word_count(lines[i].text) <= 20 and not lines[i].text.endswith(_SENTENCE_END) \
                and (kinds[i - 1] == "related" or _BARE_READ_ON_RE.match(previous.text)):
            kinds[i] = "related"
            continue
        # The names and addresses under 'Media Contact:'.
        if kinds[i] is None and previous.block == lines[i].block and _word_count(lines[i].text) <= 12 and any(
                kinds[j] == "ui" and _CONTACT_LABEL_RE.match(lines[j].text) for j in range(max(0, i - 3), i)):
            kinds[i] = "follow"
            continue
        # A numbered list under 'Most read' or 'Related': '1. Senate Passes the Budget'.
        if kinds[i] is None and kinds[i - 1] == "related" and _NUMBERED_ITEM_RE.match(lines[i].text) \
                and _word_count(lines[i].text) <= 25:
            kinds[i] = "related"
            continue
        # Lists under 'Topics' or 'Recommended for you': short lines without a final full stop.
        if kinds[i] is None and kinds[i - 1] in ("tags", "related") and _word_count(previous.text) <= 8 \
                and _word_count(lines[i].text) <= 12 and not lines[i].text.endswith((".", "!")):
            kinds[i] = kinds[i - 1]
            continue
        # Titles under a heading of their own: 'Read more:', 'You May Also Like', 'Trending Now'.
        if kinds[i] is None and kinds[i - 1] == "related" and (
                re.search(r"(:|stories|more|related)\s*$", lines[i - 1].text, re.I) is not None
                or (_word_count(lines[i - 1].text) <= 5 and ":" not in lines[i - 1].text)):
            if not lines[i].text.endswith((".", "!", "”", '"')) and _word_count(lines[i].text) <= 20:
                kinds[i] = "related"
        elif kinds[i] is None and kinds[i - 1] == "related" and i >= 2 and kinds[i - 2] == "related":
            if not lines[i].text.endswith((".", "!")) and _word_count(lines[i].text) <= 20:
                kinds[i] = "related"


MAX_CAPTION_WORDS = 25
_PHOTO_UI_RE = re.compile(r"^(?:enlarge this image|toggle caption|hide caption|expand image|click to enlarge)$",
                          re.IGNORECASE)


def _mark_photo_blocks(lines: list[Line], kinds: list[str | None], first_body: int) -> None:
    """Inside the story, 'Anton Petrov | AFP' is a photo credit, and a short unquoted sentence just above a
    credit, just below one in the same block, or just below an 'Enlarge this image' button is its caption."""
    for i in range(first_body + 1, len(lines)):
        if kinds[i] is None and _AGENCY_CREDIT_RE.match(lines[i].text):
            kinds[i] = "credit"
    def photo_furniture(j: int) -> bool:
        text = lines[j].text
        if kinds[j] == "credit":
            return not (_is_publisher(text) or _SOURCE_LINE_RE.match(text))
        return kinds[j] == "ui" and bool(_PHOTO_UI_RE.match(text))

    for i in range(max(first_body, 1), len(lines)):
        text = lines[i].text
        if kinds[i] is not None or _word_count(text) > MAX_CAPTION_WORDS or any(q in text for q in "“”\""):
            continue
        # A '(Name / Agency)' credit heads its own block: the paragraph above it is story, not caption.
        credit_below = i + 1 < len(lines) and kinds[i + 1] == "credit" and photo_furniture(i + 1) and (
            lines[i + 1].block == lines[i].block or not lines[i + 1].text.startswith("("))
        credit_above = kinds[i - 1] == "credit" and lines[i - 1].block == lines[i].block and photo_furniture(i - 1)
        button_above = kinds[i - 1] == "ui" and photo_furniture(i - 1)
        # The story's first line is a caption only when it reads like one: one sentence, no dateline.
        lede_like = i == first_body and (". " in text or _dateline(lines[i]) is not None)
        if (credit_below or credit_above or button_above) and text.endswith(".") and not lede_like:
            kinds[i] = "caption"


MAX_LINES_BEFORE_DATELINE = 3


def _opening_dateline(body_lines: list[Line]) -> tuple[int, tuple[Dateline, Span, Span | None] | None]:
    """The dateline of the story's first paragraph, looking past a stray short line or two before it."""
    for index, line in enumerate(body_lines[:MAX_LINES_BEFORE_DATELINE]):
        found = _dateline(line)
        if found or _is_body_like(line.text):
            return index, found
    return 0, None


# Marks of a scorecard, a list of names or a table of terms, which are body: 'Did not bat : A , B'.
_LIST_MARKS_RE = re.compile(r"[,:;=()]|\d.*\d")
MAX_FOOTER_LINK_WORDS = 20


def _mark_footer(lines: list[Line], kinds: list[str | None], first_body: int) -> None:
    """After the story's last sentence, a line that is no sentence is page furniture: tag lists,
    link titles, counters, URLs. Table rows (lines of figures) and sentences stay in the body."""
    last_sentence = max((i for i in range(first_body, len(lines)) if kinds[i] is None and (
        _is_body_like(lines[i].text) or (_word_count(lines[i].text) >= 6 and lines[i].text.endswith(_SENTENCE_END[:4])))),
        default=None)
    if last_sentence is None:
        return
    for i in range(last_sentence + 1, len(lines)):
        text = lines[i].text
        if kinds[i] is None and not text.endswith(_SENTENCE_END[:6]) and not _LIST_MARKS_RE.search(text) \
                and _word_count(text) <= MAX_FOOTER_LINK_WORDS:
            kinds[i] = "tags" if _word_count(text) <= 3 else "related"


MAX_ORGANISATION_WORDS = 6


def _organisation_of(line: str) -> str | None:
    for pattern in (*_CREDITED_ORGANISATION_RES, _COPYRIGHT_RE):
        match = pattern.match(line)
        org = re.sub(r"\s*\b\d{4}\s*$", "", match.group("org")).strip() if match else ""
        # A name ('The Daily Planet'), not a clause ('the United States section of the print edition …').
        if org and not re.match(r"all rights", org, re.I) and _word_count(org) <= MAX_ORGANISATION_WORDS \
                and not any(q in org for q in "\"“”") and (org[0].isupper() or org.lower().startswith("www")):
            return normalise_publisher(org)
    return None


def _pick_publisher(organisations: list[str], lines: list[Line], kinds: list[str | None]) -> str | None:
    if organisations:
        return organisations[0]
    for line, kind in zip(lines, kinds):
        if kind == "navigation" and _is_publisher(line.text) and not _SECTION_NEWS_RE.match(line.text):
            return normalise_publisher(line.text)
    # The page's own address (share and permalink lines) before names its links happen to mention.
    for line, kind in zip(lines, kinds):
        if kind not in (None, "headline", "subtitle"):
            domain = _URL_HOST_RE.search(line.text)
            if domain and _publisher_key(domain.group(1)) in _publishers():
                return _publishers()[_publisher_key(domain.group(1))]
    # A name in the furniture, photo credits last: they name the agency that took the picture.
    for photo in (False, True):
        furniture = " \n ".join(line.text for line, kind in zip(lines, kinds) if kind not in (
            None, "headline", "subtitle") and (kind in ("caption", "credit")) == photo)
        mentioned = _known_publisher_pattern().search(furniture)
        if mentioned:
            return normalise_publisher(mentioned.group())
    return None


@lru_cache(maxsize=1)
def _known_publisher_pattern() -> re.Pattern[str]:
    names = {re.sub(r"^the\s+", "", alias.strip(), flags=re.IGNORECASE)
             for display, aliases in table("page_publishers") for alias in [display, *aliases.split("|")]}
    # Written as names ('Time', 'TIME', 'HuffPost'), not as words ('reading time').
    forms = {form for name in names if len(name) >= 4 and "." not in name for form in (name, name.title(), name.upper())}
    return re.compile(r"\b(?:[Tt]he\s+|THE\s+)?(?:" + "|".join(re.escape(n) for n in sorted(forms, key=len, reverse=True))
                      + r")\b")


def _display_name(name: str) -> str:
    """'JANE DOE' -> 'Jane Doe': names printed in capitals read better in title case."""
    return name.title() if name.isupper() else name


def unique_authors(found: list[tuple[Author, Span]]) -> list[Author]:
    authors: dict[str, Author] = {}
    for author, _ in found:
        author = Author(_display_name(author.name), author.role)
        key = author.name.casefold()
        if key not in authors or (author.role and not authors[key].role):
            authors[key] = author
    return list(authors.values())


_TRAILING_DAY_RE = re.compile(
    r"(?:\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday))+$",
    re.IGNORECASE)


def _is_author_label(name: str) -> bool:
    """'Username', 'Staff', 'Article by', 'Our Foreign Staff': no person. 'Will Knight' is one, though made
    of everyday words."""
    parts = [t.strip(".,") for t in re.split(r"[\s.-]+", name) if t.strip(".,")]
    tokens = [t.lower() for t in parts]
    labels = words("page_not_authors")
    if " ".join(tokens) in labels or any(t in labels for t in tokens):
        return True
    lowered = any(t[:1].islower() for t in parts)  # 'School-to-Prison Pipeline', 'Authority control'
    return is_plain_words(" ".join(parts)) and (len(parts) == 1 or lowered)


def names_nobody(name: str) -> bool:
    """A degree ('PhD'), a placeholder ('Username'), a label ('Staff', 'School to Prison Pipeline'), an
    initial alone, or a publication or agency ('CNN', 'Getty Images'): no author."""
    key = name.lower().replace(".", "")
    return not any(len(token.strip(".")) >= 2 for token in name.split()) or key in words("page_credentials") \
        or name.lower() in words("page_not_publishers") or _is_author_label(name) or is_known_name(name) \
        or _is_publisher(name)


def markup_author(name: str) -> Author | None:
    """An author the page's markup names, as a byline would read it: 'Ben Silverman Games Editor' ->
    Ben Silverman (Games Editor); 'Joshua Sokol May' (a date's month run into a full name) -> Joshua Sokol.
    None for what names nobody: a degree ('PhD'), a placeholder ('Username'), a label ('Staff'), or a
    publication or agency ('CNN')."""
    name = " ".join(name.split())
    without_day = _TRAILING_DAY_RE.sub("", f" {name}").strip()
    if not without_day:
        return None
    if len(without_day.split()) >= 2:  # 'Theresa May' keeps her name
        name = without_day
    if names_nobody(name):
        return None
    split = _split_name_role(name, 0)
    if split is not None:
        return Author(_display_name(split[0]), split[1])
    return Author(_display_name(name))


def publisher_of_furniture(lines: list[Line], kinds: list[str]) -> str | None:
    """The publisher named by page furniture alone: its copyright line, its masthead, its own address."""
    organisations = [org for line, kind in zip(lines, kinds)
                     if kind in ("copyright", "licensing") and (org := _organisation_of(line.text))]
    return _pick_publisher(organisations, lines, list(kinds))


def is_byline_or_stamp(text: str) -> bool:
    """A line that reads as a byline, a credit of the writers or a date stamp on its own."""
    return bool(_BYLINE_PREFIX_RE.match(text) or _WIRE_CREDIT_RE.match(text) or _AUTHORS_LABEL_RE.match(text)
                or _SIGN_OFF_RE.match(text) or timestamp_dates(_without_publication(text)))


def is_agency(name: str) -> bool:
    """A wire or photo agency ('Reuters', 'The Associated Press'): it credits a story or a picture, it is
    seldom the page's own publication."""
    return name.strip(" .,").lower() in words("page_agencies") or _publisher_key(name) in words("page_agencies")


def prefixed_byline(line: Line) -> tuple[list[tuple[Author, Span]], str | None]:
    """The authors (with their spans) and the date of a line that opens with a byline word ('By Jane Doe
    March 18 at 3:57 PM'), or nothing: the exact rule, for a byline printed outside the story's window."""
    if not _BYLINE_PREFIX_RE.match(line.text) or _word_count(line.text) > MAX_BYLINE_WORDS:
        return [], None
    byline = _parse_byline(line, in_header=True, after_label=False)
    return (byline.authors, byline.published) if byline else ([], None)


@lru_cache(maxsize=1)
def _bio_re() -> re.Pattern[str]:
    roles = "|".join(sorted((re.escape(r) for r in words("page_writer_roles")), key=len, reverse=True))
    name = r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}?)"
    return re.compile(rf"^{name},?\s+(?:(?:is|was|has been)\s+(?:an?|the|our)\s+(?:[\w-]+\s+){{0,3}}(?:{roles})s?\b"
                      r"|writes\s+(?:about|for|features|on)\b|covers\s+\S|is on (?:Twitter|X)\b)")


def bio_author(line: Line) -> tuple[Author, Span] | None:
    """The writer a bio under the story names: 'Jane Doe is a senior writer for The Daily Planet.',
    'Jane Doe writes features and covers City Hall.', 'Jane Doe is on Twitter at @janedoe.'"""
    match = _bio_re().match(line.text)
    if not match or not _looks_like_name(match.group("name")):
        return None
    name = match.group("name")
    return Author(name, None), Span(line.start, line.start + len(name), name)


def bare_name(line: Line, everyday: bool = False) -> tuple[Author, Span] | None:
    """A line that is a person's name and nothing else ('Courtney Kirchoff'), as a page prints its
    byline over the headline; ``everyday``: also a name of everyday words ('Will Knight'), where the
    line's place says it is a byline."""
    text = line.text.split("\n")[0].strip()
    if line_kind(text) is not None or not _looks_like_name(text, everyday) or names_nobody(text):
        return None
    start = line.start + line.text.index(text)
    return Author(_display_name(text)), Span(start, start + len(text), text)


def is_plain_words(name: str) -> bool:
    """'Top Post', 'Next Post', 'Local News', 'This website': a label made of everyday words that no
    publication is known by. Known names ('Time') and titles led by 'The' ('The Daily Planet') are names."""
    if is_known_name(name) or name.startswith("The "):
        return False
    tokens = [t.lower().strip(".,") for t in name.split()]
    return bool(tokens) and all(t in _everyday_words() for t in tokens)
