"""Dates and date stamps as pages print them: 'Sept. 15, 2016', '15/09/2016 17:08 BST', 'Published … | Updated …'.

Exact rules, not learnt: a stamp line holds nothing but dates, times and filler words; slashed dates are
month-first unless the page keeps European time, a 24-hour clock in no US zone, or a first number over 12;
dateparser turns the matched text into ISO 8601.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import dateparser

DATE_CACHE = 4096
MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_RE = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b\d{1,2}\.\d{1,2}\.\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b"
    r"|\b\d{4}/\d{2}/\d{2}\b",
    re.IGNORECASE,
)
TIME_RE = re.compile(r"(?<![\d:.])\d{1,2}[:.]\d{2}(?::\d{2})?(?![\d:.]\d)\s*(?:[ap]\.?\s?m\.?)?", re.IGNORECASE)
_US_ZONE_RE = re.compile(r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST)\b")
_DAY_FIRST_ZONE_RE = re.compile(r"\b(?:BST|GMT|CET|CEST|WET|WEST|EET|EEST|AEST|AEDT|NZST|NZDT)\b")
_TIMESTAMP_FILLER = frozenset(
    "published updated posted last modified on at | et est edt pt pst pdt ct cst cdt mt mst mdt akst akdt hst gmt "
    "utc bst hkt cet cest eet eest wet msk sgt pkt kst aedt acst acdt awst nzst nzdt @ "
    "ist jst aest am pm a.m. p.m. - — – , : · • monday tuesday wednesday thursday friday saturday sunday "
    "mon tue wed thu fri sat sun first min mins minute minutes read originally ago hour hours day days year "
    "years reading time estimated edited issued".split()
)


_STAMP_LABEL_RE = re.compile(r"^(?:posted|published|updated|last updated|first published|date)\b", re.IGNORECASE)
MAX_LABELLED_STAMP_EXTRAS = 4
MAX_HEADER_STAMP_EXTRAS = 4
_SENTENCE_END_RE = re.compile(r"[.!?]\s*$|[a-z]{2}[.!?]\s+[A-Z]")
MAX_STAMP_WORDS = 40
_DIGIT_RE = re.compile(r"\d")
_NUMERIC_DATE_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b")
# The order of numeric dates on the page being read (``reading_order``); None outside one.
_PAGE_DAY_FIRST: ContextVar[bool | None] = ContextVar("page_day_first", default=None)
# Parts of a stamp: 'Published … | Updated …', '… • Last updated …', '… / Updated …',
# 'Published time: … Edited time: …', 'Last updated 04 Jun 2020, originally created 17 Jun 2019'.
_UPDATE_WORDS = r"(?:updated|modified|edited)"
_STAMP_PART_RE = re.compile(rf"[|•·]|\s?/\s?(?=(?:last )?updated\b)|\s(?=(?:last )?{_UPDATE_WORDS}\b)"
                            r"|,\s+(?=(?:originally|first)\s)", re.IGNORECASE)  # '…, originally created 17 Jun 2019'
_UPDATE_WORD_RE = re.compile(rf"\b{_UPDATE_WORDS}\b", re.IGNORECASE)
# 'Updated at 2:30 p.m.' under a dated stamp: an update later that day.
_UPDATE_TIME_RE = re.compile(r"^(?:last\s+)?updated(?:\s+at)?:?\s+(?P<time>\d{1,2}[:.]\d{2}\s?(?:[ap]\.?\s?m\.?)?)",
                             re.IGNORECASE)


def timestamp_dates(text: str) -> list[re.Match[str]]:
    """Date matches of a line that holds nothing but dates, times and filler words."""
    if not _DIGIT_RE.search(text, 0, 200) or len(text.split()) > MAX_STAMP_WORDS:
        return []
    matches = list(DATE_RE.finditer(text))
    if not matches:
        return []
    leftover = _words_besides_dates(text)
    # 'Posted On September 12, 2016 @ 7:08 am In Politics | No Comments': a stamp with a section and a count.
    labelled = _STAMP_LABEL_RE.match(text) and not re.search(r"\bby\b", text, re.IGNORECASE)
    return matches if len(leftover) <= (MAX_LABELLED_STAMP_EXTRAS if labelled else 1) else []


def header_stamp(text: str) -> bool:
    """A line under a headline that holds one date and a few words besides, none of them a sentence
    ('selbst ist der Mann 22.02.2021', 'January 10, 2019 JeGX 1 Comment'): the story's stamp, with the
    publication's name, the writer's handle or a comment count beside it."""
    if not _DIGIT_RE.search(text, 0, 200) or len(text.split()) > MAX_STAMP_WORDS or _SENTENCE_END_RE.search(text):
        return False
    return len(DATE_RE.findall(text)) == 1 and len(_words_besides_dates(text)) <= MAX_HEADER_STAMP_EXTRAS


def _words_besides_dates(text: str) -> list[str]:
    """The line's words that are no date, time, number or stamp filler ('Posted', 'EDT', '|')."""
    rest = DATE_RE.sub(" ", text)
    rest = TIME_RE.sub(" ", re.sub(r"\([^()]{1,30}\)", " ", rest))  # '18:44 (South Africa)', '(GMT+8)'
    words_left = (w.strip("():.") for w in re.split(r"[\s|,·•/]+", rest.lower()))
    return [w for w in words_left if w and w not in _TIMESTAMP_FILLER and not w.isdigit()]


# dateparser costs a millisecond a call, and a page prints its dates again and again (teasers, footers).
# Only absolute dates reach it (DATE_RE's forms), so a cached answer never goes stale.
@lru_cache(maxsize=DATE_CACHE)
def iso_date(date_text: str, time_text: str | None = None, day_first: bool | None = None) -> str | None:
    """ISO 8601 of a date (and its time: '2016-09-15T17:08'), read by dateparser."""
    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "MDY", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DATES_FROM": "past", "STRICT_PARSING": True}
    numeric = re.fullmatch(r"(\d{1,2})([./])\d{1,2}\2\d{2,4}", date_text)
    twenty_four_hour = bool(time_text) and not re.search(r"[ap]\.?\s?m", time_text, re.IGNORECASE)
    # Dotted dates are day-first wherever they are printed; slashed ones where the page keeps European
    # time, or a 24-hour clock in no US time zone (US pages print 'p.m.'), or when the first number cannot be a month.
    if day_first is None:
        day_first = twenty_four_hour
    if numeric and (numeric.group(2) == "." or day_first or int(numeric.group(1)) > 12):
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(date_text.replace("Sept.", "Sep.").replace("Sept ", "Sep "),
                              languages=["en"], settings=settings)
    if parsed is None:
        return None
    if time_text:
        clock_text = re.sub(r"(\d)\.(\d\d)", r"\1:\2", time_text).replace(".", "").replace(" ", "")
        clock = dateparser.parse(clock_text, languages=["en"])
        if clock is not None:
            return parsed.replace(hour=clock.hour, minute=clock.minute).strftime("%Y-%m-%dT%H:%M")
    return parsed.date().isoformat()


def same_day_update(published: str, text: str) -> str | None:
    """'Updated at 2:30 p.m.' (a line or a part of one) after a dated stamp: an update later that day."""
    later = _UPDATE_TIME_RE.match(text.strip())
    return iso_date(published[:10], later.group("time")) if later else None


def stamp_after_label(text: str) -> str | None:
    """The date stamp that ends a section label's line, after a bar or a bullet ('Blog Home  •  October 18,
    2019' -> 'October 18, 2019'), or None."""
    last = _STAMP_PART_RE.split(text)[-1].strip() if _DIGIT_RE.search(text) else ""
    return last if last and last != text.strip() and timestamp_dates(last) else None


def day_first_page(text: str) -> bool | None:
    """Whether a page writes its numeric dates day first: it prints one that cannot be month first
    ('14/04/2020' in its comments) and none that cannot be day first; None when it does not tell."""
    day_first = month_first = False
    for match in _NUMERIC_DATE_RE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        day_first |= first > 12 >= second
        month_first |= second > 12 >= first
    return True if day_first and not month_first else False if month_first and not day_first else None


@contextmanager
def reading_order(text: str) -> Iterator[None]:
    """Within it, a numeric date no line's time zone places ('12/04/2020') is read in the page's order."""
    token = _PAGE_DAY_FIRST.set(day_first_page(text))
    try:
        yield
    finally:
        _PAGE_DAY_FIRST.reset(token)


def dates_of(text: str) -> tuple[str | None, str | None]:
    """(published, updated) stated in one timestamp-like line."""
    published = updated = None
    day_first = True if _DAY_FIRST_ZONE_RE.search(text) else False if _US_ZONE_RE.search(text) \
        else _PAGE_DAY_FIRST.get()
    undated: list[str] = []
    for segment in _STAMP_PART_RE.split(text):
        match = DATE_RE.search(segment)
        if not match:
            undated.append(segment)
            continue
        time = TIME_RE.search(segment)
        value = iso_date(match.group(), time.group() if time and not DATE_RE.search(time.group()) else None, day_first)
        if _UPDATE_WORD_RE.search(segment):
            updated = updated or value
        else:
            published = published or value
    # 'Updated September 9, 2016 — 7.39pm, first published at 1.57am': first published that day.
    if updated and not published and re.search(r"\b(first|originally) (published|posted)\b", text, re.IGNORECASE):
        published = updated[:10]
    # 'Published September 8, 2016 12:41pm EDT | Updated 2:58pm': the update is that day.
    if published and not updated:
        updated = next(filter(None, (same_day_update(published, segment) for segment in undated)), None)
    return published, updated
