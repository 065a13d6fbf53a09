"""How well the page analysis generalises to page styles it was never tuned on.

The metadata dev set (/work/shared/data/metadata-dev) frames 84 real articles in the
eight "public" page styles of /work/shared/eval/metadata_set.py; the project is judged
on a hidden family of other styles.  This script re-frames the same articles in a
second, independent family ("alt"): ten page styles with other byline shapes
("By JANE DOE, Associated Press", "Jane Doe | Politico", "Jane Doe in Washington",
"Story by ... • Photos by ...", "(Reporting by ...; Editing by ...)"), date formats
(ISO 8601, day-first UK dates, "Posted on ... by", "Last updated ... | Originally
published ...", "3 min read · ..."), and boilerplate phrases placed before, inside and
after the body.  From each source gold it keeps the real headline, subtitle, body
paragraphs, dateline, authors, publisher and date, and only changes how they are printed.
`--family wire2` picks a third family (bench/page_styles_wire2.py, frames B1..B12):
pages copied off US, UK, Canadian, Australian and Indian news sites, aggregators and
syndication feeds, unlike both the public and the alt styles.  `--family mixed3` picks a fourth
(bench/page_styles_mixed3.py, frames C1..C12): text pasted from portals, e-mail newsletters, local TV
sites, feed readers, Medium, live blogs, news apps, print-to-PDF, LexisNexis and WordPress print views.
`--family news4` picks a fifth (bench/page_styles_news4.py, frames D1..D10): ordinary US, UK and European
news-site article pages with bylines, date formats, boilerplate wording and positions no other family uses.
`--family news5` picks a sixth (bench/page_styles_news5.py, frames E1..E10): news-site article pages from Manila,
Toronto, Paris, Moscow, Nairobi, Doha and Johannesburg sites, a US newsweekly, an explainer site and a Midwest
metro daily, again with bylines, date formats, boilerplate wording and positions no other family uses.
`--family news6` picks a seventh (bench/page_styles_news6.py, frames F1..F10): pages from Scottish, Singapore,
Karachi, New Zealand and Israeli sites, a US local TV station, a press-release wire, a news aggregator, a browser
reader view of an AMP page and a fact-check site, again with bylines, dates and boilerplate no other family uses.
`--family news7` picks an eighth (bench/page_styles_news7.py, frames G1..G10): pages from Hong Kong, Tokyo, Kingston
and Dublin dailies, a US newspaper-chain site, a business-news terminal, a magazine long read, a student newspaper,
an e-paper edition with jump lines and a breaking-news e-mail alert, again with bylines, dates and boilerplate no
other family uses.

    .venv/bin/python -m bench.page_styles build --out /tmp/alt   # DIR/NAME.txt + NAME.gold.json
    .venv/bin/python -m bench.page_styles run --out /tmp/alt     # build if empty, run the CLI, score
    .venv/bin/python -m bench.page_styles run --family wire2 --out /tmp/wire2 --show-errors 40
    .venv/bin/python -m bench.page_styles run --family mixed3 --out /tmp/mixed3 --show-errors 60
    .venv/bin/python -m bench.page_styles run --family news4 --out /tmp/news4 --show-errors 80
    .venv/bin/python -m bench.page_styles run --family news5 --out /tmp/news5 --show-errors 80
    .venv/bin/python -m bench.page_styles run --family news6 --out /tmp/news6 --show-errors 60
    .venv/bin/python -m bench.page_styles run --family news7 --out /tmp/news7 --show-errors 80

`run` structures every NAME.txt with the service's CLI (DIR/pred/NAME.json) and scores
the answers with the set's own scorer, by frame.  Standard library only; the gold
follows the scorer's conventions (see the docstring of metadata_set.py).
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import importlib
import json
import math
import random
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.common import ROOT, SHARED, command_line

SOURCE = SHARED / "data" / "metadata-dev"
SCORER = SHARED / "eval" / "metadata_set.py"
FAMILIES = ["alt", "wire2", "mixed3", "news4", "news5", "news6", "news7"]
SET_VERSION = "bench.page_styles/1"

AGENCY_BYLINES = {"Associated Press": "The Associated Press", "United Press International": "UPI",
                  "Reuters": "Reuters", "Agence France-Presse": "AFP"}
SITES = {"The New York Times": "nytimes.com", "The Washington Post": "washingtonpost.com",
         "USA Today": "usatoday.com", "Politico": "politico.com", "The Huffington Post": "huffingtonpost.com",
         "Breitbart News": "breitbart.com", "Western Journalism": "westernjournalism.com",
         "Associated Press": "apnews.com", "United Press International": "upi.com", "Reuters": "reuters.com"}
OPINION_ROLES = {"Columnist", "Opinion contributor", "Contributor"}  # source roles that mean something
ROLES = ["Staff Writer", "White House Correspondent", "Congressional Reporter", "Senior Writer",
         "National Correspondent", "Campaign Reporter", "Politics Editor"]
CAPS_KICKERS = ["POLITICS", "ELECTION 2016", "CAMPAIGN 2016", "NATIONAL", "U.S."]
UK_SECTIONS = ["US elections 2016", "US news", "US politics", "World news"]
LONGFORM_KICKERS = ["Election 2016", "The Campaign", "Inside Washington", "Decision 2016"]
BREADCRUMBS = ["Home » News » Politics", "News › Politics › Elections", "Home / Politics / Campaign 2016"]
TOPICS = ["Politics", "Elections", "Donald Trump", "Hillary Clinton", "Congress", "White House",
          "Campaign 2016", "US news", "Economy", "Foreign policy"]
PHOTOGRAPHERS = [("Dana Whitcomb", "AP"), ("Luis Ortega", "AP"), ("Hannah Pryce", "Getty Images"),
                 ("Marcus Feld", "Getty Images"), ("Ines Calder", "Reuters"), ("Owen Raske", "AFP")]
EDITORS = ["Ruth Calloway", "Peter Kessler", "Dina Moreau", "Howard Lin", "Alan Crosby", "Simone Varga"]
EXTRA_REPORTERS = ["Megan Cassidy", "Idris Okafor", "Lena Hartmann", "Roberto Sanz", "Claire Dubois"]
CITIES = ["New York", "Philadelphia", "Charlotte", "Chicago", "Las Vegas", "Cleveland", "Detroit", "Miami",
          "Orlando", "Denver", "Columbus", "Des Moines", "Hempstead", "Brussels", "Moscow", "Beijing", "London",
          "Paris", "Flint", "Pittsburgh", "Phoenix", "Los Angeles", "Boston", "Atlanta", "Milwaukee"]
MON_ABBR = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MON_AP = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
MON_REUTERS = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()


# --------------------------------------------------------------------------- source articles

@dataclass
class Source:
    """What is kept of one source article: its content and metadata, not its page frame."""
    name: str
    title: str
    subtitle: str | None
    paragraphs: list[str]
    dateline: tuple[str, str, dict] | None  # (printed prefix, gap before the paragraph, metadata)
    authors: list[tuple[str, str | None]]
    names: list[str]
    opinion: bool  # a source role says columnist or contributor
    publisher: str
    agency: str | None  # how the agency signs a byline, when the publisher is one
    aliases: list[str]
    date: dt.date
    eval_source: dict


def load_source(gold_path: Path) -> Source:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    md, paras = gold["metadata"], gold["body"]["paragraphs"]
    dateline = None
    first = paras[0]["start"]
    for bp in gold["boilerplate"]:
        if bp["kind"] == "dateline" and bp["end"] <= first and not text[bp["end"]:first].strip() and md["dateline"]:
            dateline = (bp["text"], text[bp["end"]:first], md["dateline"])
    ev, authors = gold["eval"], [(a["name"], a.get("role")) for a in md["authors"]]
    return Source(name=gold_path.name[:-len(".gold.json")], title=gold["headline"]["text"], subtitle=md["subtitle"],
                  paragraphs=[p["text"] for p in paras], dateline=dateline, authors=authors,
                  names=[n for n, _ in authors], opinion=any(r in OPINION_ROLES for _, r in authors),
                  publisher=md["publisher"], agency=AGENCY_BYLINES.get(md["publisher"]),
                  aliases=list(ev.get("publisher_aliases") or []),
                  date=dt.date.fromisoformat(md["published"] or ev["source"]["publication_date"]),
                  eval_source=ev.get("source") or {})


# --------------------------------------------------------------------------- page builder

def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _sunday(year: int, month: int, nth: int) -> dt.date:
    """The nth Sunday of a month (nth=-1: the last one)."""
    return [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == 6][nth]


def us_dst(d: dt.date) -> bool:
    return _sunday(d.year, 3, 1) <= d < _sunday(d.year, 11, 0)


def uk_summer(d: dt.date) -> bool:
    return _sunday(d.year, 3, -1) <= d < _sunday(d.year, 10, -1)


def au_summer(d: dt.date) -> bool:
    """Daylight saving in Sydney: from the first Sunday of October to the first Sunday of April."""
    return d >= _sunday(d.year, 10, 0) or d < _sunday(d.year, 4, 0)


def h12(hour: int, minute: int, am: str = "AM", pm: str = "PM") -> str:
    return f"{hour % 12 or 12}:{minute:02d} {pm if hour >= 12 else am}"


class Page:
    """One article being re-framed: RNG, text under construction, gold bookkeeping."""

    def __init__(self, src: Source, rng: random.Random, other_titles: list[str]) -> None:
        self.src, self.rng, self.other_titles, self.d = src, rng, other_titles, src.date
        self.chunks: list[str] = []
        self.headline: tuple[int, int] = (0, 0)
        self.subtitle: tuple[int, int] | None = None
        self.paragraphs: list[tuple[int, int]] = []
        self.boilerplate: list[tuple[int, int, str]] = []
        self.roles: dict[str, str] = {}
        self.published = self.updated = None
        self.dateline: dict | None = None
        self.hour, self.minute = rng.randint(7, 17), rng.randrange(60)  # ET; UTC stays the same day
        self.tz = "EDT" if us_dst(self.d) else "EST"
        self.utc_hour = self.hour + (4 if us_dst(self.d) else 5)

    # ---- text
    def _span(self, s: str) -> tuple[int, int]:
        start = sum(map(len, self.chunks))
        self.chunks.append(s)
        return start, start + len(s)

    def space(self, s: str) -> None:
        assert not s.strip(), s
        self.chunks.append(s)

    def bp(self, s: str, kind: str, end: str = "\n") -> None:
        self.boilerplate.append((*self._span(s), kind))
        self.space(end)

    def lines(self, block: list[tuple[str, str]]) -> None:
        for s, kind in block:
            self.bp(s, kind)

    def title(self, caps: bool = False, kicker: str | None = None) -> None:
        if kicker:
            self.bp(kicker, "navigation", end=" ")
        self.headline = self._span(self.src.title.upper() if caps else self.src.title)
        self.space("\n")
        if self.src.subtitle:
            self.subtitle = self._span(self.src.subtitle)
            self.space("\n")

    def stamp(self, s: str, kind: str = "timestamp", updated: dt.date | None = None,
              published: dt.date | None = None, update_only: bool = False) -> None:
        """A line stating the publication date (the source's, unless a local time zone moved it).
        An update-only stamp ('Updated 4:05 PM ET …') states no publication date: gold published is null,
        as in the scorer's own frames (``Ctx.stamp(published=False, updated=True)``)."""
        self.bp(s, kind)
        self.published = None if update_only else (published or self.d)
        self.updated = updated

    def role(self, name: str, pool: list[str] = ROLES) -> str:
        source_role = dict(self.src.authors)[name]
        self.roles[name] = source_role if source_role in OPINION_ROLES else self.rng.choice(pool)
        return self.roles[name]

    def titles(self, k: int) -> list[str]:
        return self.rng.sample(self.other_titles, k)

    def city(self) -> str:
        lead = self.src.paragraphs[0][:400]
        return next((c for c in CITIES if re.search(rf"\b(?:in|at|from) {c}\b", lead)), "Washington")

    def staff_dateline(self, p: float, form: Callable[[str], tuple[str, str]]) -> tuple[str, dict] | None:
        """A frame-added dateline for a news story without one; form: city -> (prefix, location)."""
        first = self.src.paragraphs[0]
        if self.src.dateline or self.src.agency or self.src.opinion or not first[:1].isupper():
            return None
        if self.rng.random() >= p:
            return None
        prefix, location = form(self.city())
        return prefix, {"location": location, "agency": None}

    def body(self, sep: str = "\n\n", inserts: list[list[tuple[str, str]]] = (),
             dateline: tuple[str, dict] | None = None, at: list[int] | None = None) -> None:
        """Paragraphs with the source's dateline (else `dateline`) and insert blocks in random gaps, or in the
        gaps `at` (1: after the first paragraph; blocks sharing a gap follow each other)."""
        gaps = range(1, len(self.src.paragraphs))
        chosen = at or sorted(self.rng.sample(gaps, min(len(inserts), len(gaps))))
        placed: dict[int, list[tuple[str, str]]] = {}
        for gap, block in zip(chosen, inserts):
            placed.setdefault(min(gap, len(gaps)), []).extend(block)
        for i, text in enumerate(self.src.paragraphs):
            if i in placed:
                self.lines(placed[i][:-1])
                self.bp(*placed[i][-1], end=sep)
            if i == 0 and self.src.dateline:
                prefix, gap, self.dateline = self.src.dateline
                self.bp(prefix, "dateline", end=gap)
            elif i == 0 and dateline:
                self.bp(dateline[0], "dateline", end=" ")
                self.dateline = dateline[1]
            self.paragraphs.append(self._span(text))
            self.space(sep)

    def footer(self, block: list[tuple[str, str]]) -> None:
        """Lines after the body, one blank line below it whatever the paragraph separator."""
        self.space("" if self.chunks[-1].endswith("\n\n") else "\n")
        self.lines(block)

    def read_minutes(self) -> int:
        return max(1, math.ceil(sum(len(t.split()) for t in self.src.paragraphs) / 230))

    # ---- gold
    def gold(self, frame: str, family: str) -> tuple[str, dict]:
        text = "".join(self.chunks)

        def span(a: int, b: int, **extra: str) -> dict:
            return {"start": a, "end": b, "text": text[a:b], **extra}
        metadata = {"title": text[slice(*self.headline)],
                    "subtitle": text[slice(*self.subtitle)] if self.subtitle else None,
                    "authors": [{"name": n, "role": self.roles.get(n)} for n in self.src.names],
                    "publisher": self.src.publisher,
                    "published": self.published.isoformat() if self.published else None,
                    "updated": self.updated.isoformat() if self.updated else None,
                    "dateline": self.dateline, "language": "en"}
        return text, {
            "metadata": metadata, "headline": span(*self.headline),
            "subtitle": span(*self.subtitle) if self.subtitle else None,
            "body": {"start": self.paragraphs[0][0], "end": self.paragraphs[-1][1],
                     "paragraphs": [span(a, b) for a, b in self.paragraphs]},
            "boilerplate": [span(a, b, kind=k) for a, b, k in sorted(self.boilerplate)],
            "eval": {"set": SET_VERSION, "family": family, "frame": frame, "publisher_aliases": self.src.aliases,
                     "source": {**self.src.eval_source, "metadata_dev_name": self.src.name}}}


def check_gold(text: str, gold: dict) -> list[str]:
    """Every non-space character in exactly one region, each span's text equal to text[start:end]."""
    problems, owner = [], [None] * len(text)
    regions = [("headline", gold["headline"])] + ([("subtitle", gold["subtitle"])] if gold["subtitle"] else [])
    regions += [("paragraph", p) for p in gold["body"]["paragraphs"]]
    regions += [(f"boilerplate:{b['kind']}", b) for b in gold["boilerplate"]]
    for label, s in regions:
        a, b = s["start"], s["end"]
        if not 0 <= a < b <= len(text) or text[a:b] != s["text"] or s["text"] != s["text"].strip():
            problems.append(f"bad span {label} {a}-{b} {s['text'][:40]!r}")
            continue
        for i in range(a, b):
            if owner[i] is not None:
                problems.append(f"{label} overlaps {owner[i]} at {i}")
                break
            owner[i] = label
    problems += [f"uncovered {text[max(0, i - 20):i + 20]!r}" for i, ch in enumerate(text)
                 if not ch.isspace() and owner[i] is None][:1]
    md = gold["metadata"]
    if md["title"] != gold["headline"]["text"] or not md["publisher"]:
        problems.append("metadata does not match the spans")
    return problems


# --------------------------------------------------------------------------- the alt family

def a1_wire_caps(p: Page) -> None:
    """KICKER / By NAMES IN CAPS, Publisher / Sept. 12, 2016 at 4:05 p.m. ET / 'WASHINGTON, Sept. 12 —'."""
    if p.rng.random() < 0.6:
        p.bp(p.rng.choice(CAPS_KICKERS), "navigation")
    p.title()
    p.space("\n")
    if p.src.names:
        p.bp(f"By {join_names([n.upper() for n in p.src.names])}, {p.src.publisher}", "byline")
    elif p.src.agency:
        p.bp(f"By {p.src.agency}", "byline")
    p.stamp(f"{MON_AP[p.d.month - 1]} {p.d.day}, {p.d.year} at {h12(p.hour, p.minute, 'a.m.', 'p.m.')} ET")
    p.space("\n")
    dl = p.staff_dateline(0.35, lambda c: (f"{c.upper()}, {MON_AP[p.d.month - 1]} {p.d.day} —", c.upper()))
    p.body(inserts=[[("ADVERTISEMENT", "advertisement")]] * p.rng.randint(1, 2), dateline=dl)
    owner = "The Associated Press" if p.src.publisher == "Associated Press" else p.src.publisher
    p.footer([(f"Copyright {p.d.year} {owner}. All rights reserved.", "copyright")])


def a2_staff_line(p: Page) -> None:
    """Breadcrumb / Name, Role per author / Monday, September 12, 2016 / SEE ALSO inserts / news tips."""
    p.bp(p.rng.choice(BREADCRUMBS), "navigation")
    p.title(caps=p.rng.random() < 0.3)
    for n in p.src.names:
        p.bp(f"{n}, {p.role(n)}", "byline")
    p.stamp(p.d.strftime("%A, %B ") + f"{p.d.day}, {p.d.year}")
    p.bp(f"Image: {p.rng.choice(PHOTOGRAPHERS)[1]}", "credit")
    p.space("\n")
    p.body(inserts=[[(f"SEE ALSO: {t}", "related")] for t in p.titles(p.rng.randint(1, 2))])
    p.footer([("Filed under: " + ", ".join(p.rng.sample(TOPICS, 3)), "tags"),
              (f"Have a news tip? Email tips@{SITES.get(p.src.publisher, 'example.com')}", "follow"),
              (f"© Copyright {p.d.year} {p.src.publisher}", "copyright")])


def a3_pipe_iso(p: Page) -> None:
    """Names | Publisher / 2016-09-12T18:05:00Z / single-newline body / 'Scroll to continue with content'."""
    p.title()
    who = join_names(p.src.names) if p.src.names else p.src.agency
    if who:
        p.bp(f"{who} | {p.src.publisher}", "byline")
    p.stamp(f"{p.d.isoformat()}T{p.utc_hour:02d}:{p.minute:02d}:00Z")
    p.lines([("Share this article", "share"), ("Tweet", "share")])
    p.body(sep="\n", inserts=[[("Advertisement", "advertisement"), ("Scroll to continue with content",
                                                                    "advertisement")]])
    p.footer([(f"This article originally appeared on {p.src.publisher}.", "licensing")])


def a4_uk_broadsheet(p: Page) -> None:
    """Section / Name in City / 'Mon 12 Sep 2016 14.05 BST', '12/09/2016 14:05 BST' or 'Published: 12
    September 2016' / Photograph: credit inside the body / Topics / Reuse this content."""
    p.bp(p.rng.choice(UK_SECTIONS), "navigation")
    p.title()
    who = join_names(p.src.names) if p.src.names else p.src.publisher if p.src.agency else None
    if who:
        p.bp(f"{who} in {p.city()}", "byline")
    summer = uk_summer(p.d)
    hour, zone = p.utc_hour + int(summer), "BST" if summer else "GMT"
    p.stamp(p.rng.choice([f"{p.d:%a} {p.d.day} {p.d:%b %Y} {hour:02d}.{p.minute:02d} {zone}",
                          f"{p.d:%d/%m/%Y} {hour:02d}:{p.minute:02d} {zone}",
                          f"Published: {p.d.day} {p.d:%B %Y}"]))
    p.bp("Share via Email", "share")
    p.space("\n")
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    p.body(inserts=[[(f"Photograph: {name}/{agency}", "credit")]])
    p.footer([("Topics: " + ", ".join(p.rng.sample(TOPICS, 3)), "tags"), ("Reuse this content", "licensing"),
              (f"© {p.d.year} {p.src.publisher}", "copyright")])


def a5_profile_card(p: Page) -> None:
    """Name / Role / @handle per author / Published Mon, Sep 12 2016 4:05 PM EDT / Watch the video above."""
    p.title()
    p.space("\n")
    for n in p.src.names:
        p.lines([(n, "byline"), (p.role(n), "byline"), ("@" + re.sub(r"[^a-z]", "", n.lower())[:15], "byline")])
    if not p.src.names and p.src.agency:
        p.bp(p.src.agency, "byline")
    p.stamp(f"Published {p.d:%a}, {p.d:%b} {p.d.day} {p.d.year} {h12(p.hour, p.minute)} {p.tz}")
    p.space("\n")
    if p.rng.random() < 0.5:
        p.bp("Watch the video above", "media", end="\n\n")
    p.body(inserts=[[("Sign up for our daily briefing", "subscribe")]])
    p.footer([("Follow us on Facebook", "follow"),
              (f"Copyright © {p.d.year} {p.src.publisher}. All Rights Reserved.", "copyright")])


def a6_blog_posted(p: Page) -> None:
    """'Posted on September 12, 2016 by Name' or 'Written by Name' (no date) / Tags / Comments (N)."""
    p.title()
    who = join_names(p.src.names) if p.src.names else p.src.agency
    if p.rng.random() < 0.7:
        posted = f"Posted on {p.d:%B} {p.d.day}, {p.d.year}"
        p.stamp(f"{posted} by {who}" if who else posted, "byline" if who else "timestamp")
    elif who:
        p.bp(f"Written by {who}", "byline")
    p.bp("Tweet", "share")
    p.space("\n")
    p.body(inserts=[[("Subscribe to our newsletter", "subscribe")]])
    p.footer([(f"Click here to read more from {p.src.publisher}.", "read_more"),
              ("Tags: " + ", ".join(p.rng.sample(TOPICS, p.rng.randint(2, 4))), "tags"),
              (f"Comments ({p.rng.randint(0, 400)})", "comments"), ("Join the conversation", "comments")])


def a7_longform(p: Page) -> None:
    """'Kicker | Headline' / Story by Name • Photos by X / 3 min read · Sep 12, 2016 / Photo: X inserts."""
    p.title(kicker=f"{p.rng.choice(LONGFORM_KICKERS)} |" if p.rng.random() < 0.6 else None)
    photographer, _ = p.rng.choice(PHOTOGRAPHERS)
    if p.src.names:
        p.bp(f"Story by {join_names(p.src.names)} • Photos by {photographer}", "byline")
    else:
        p.bp(f"Photos by {photographer}", "credit")
    p.stamp(f"{p.read_minutes()} min read · {MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year}")
    p.space("\n")
    p.body(inserts=[[(f"Photo: {photographer}", "credit")]] * p.rng.randint(1, 2))
    p.footer([("Share this article", "share"),
              (f"Originally published at {p.src.publisher} on {p.d:%B} {p.d.day}, {p.d.year}.", "licensing")])


def a8_wire_credit(p: Page) -> None:
    """Date line above the headline / Name, Name / N Min Read / (Reporting by ...; Editing by ...)."""
    p.bp(p.rng.choice(CAPS_KICKERS), "navigation")
    p.stamp(f"{p.d:%B}".upper() + f" {p.d.day}, {p.d.year} / {h12(p.hour, p.minute)} / 2 YEARS AGO")
    p.title()
    reuters = p.src.publisher == "Reuters"
    if p.src.names or reuters:
        p.bp(", ".join(p.src.names) or "Reuters Staff", "byline")
    p.bp(f"{p.read_minutes()} Min Read", "ui")
    p.space("\n")
    dl = None
    if reuters and not p.src.dateline:
        city = p.city()
        dl = (f"{city.upper()}, {MON_REUTERS[p.d.month - 1]} {p.d.day} (Reuters) -",
              {"location": city.upper(), "agency": "Reuters"})
    p.body(dateline=dl)
    credit = [f"Reporting by {join_names(p.src.names)}"] if p.src.names else []
    if p.rng.random() < 0.5:
        credit.append(f"Additional reporting by {p.rng.choice(EXTRA_REPORTERS)}")
    credit.append(f"Editing by {' and '.join(p.rng.sample(EDITORS, p.rng.randint(1, 2)))}")
    p.footer([(f"({'; '.join(credit)})", "byline"),
              ("Our Standards: The Thomson Reuters Trust Principles." if reuters
               else f"All content © {p.d.year} {p.src.publisher}", "licensing" if reuters else "copyright")])


def a9_syndicated(p: Page) -> None:
    """Name and Name / Publisher / Published: September 12, 2016 4:05 PM / 'Washington, DC —' / RELATED."""
    p.title()
    if p.src.names:
        p.bp(f"{join_names(p.src.names)} / {p.src.publisher}", "byline")
    p.stamp(f"Published: {p.d:%B} {p.d.day}, {p.d.year} {h12(p.hour, p.minute)}")
    p.space("\n")
    dl = p.staff_dateline(0.35, lambda c: ("Washington, DC —", "Washington, DC") if c == "Washington"
                          else (f"{c} —", c))
    related = [("RELATED COVERAGE", "related")] + [(t, "related") for t in p.titles(p.rng.randint(2, 3))]
    p.body(inserts=[related], dateline=dl)
    p.footer([(f"© {p.d.year} {p.src.publisher}", "copyright")])


def a10_updated(p: Page) -> None:
    """By A, B and C / Last updated Sep 13, 2016 | Originally published Sep 12, 2016 / Most Read list."""
    p.bp(p.rng.choice(BREADCRUMBS), "navigation")
    p.title()
    if p.src.names or p.src.agency:
        p.bp(f"By {join_names(p.src.names) if p.src.names else p.src.agency}", "byline")
    upd = p.d + dt.timedelta(days=1)
    p.stamp(f"Last updated {MON_ABBR[upd.month - 1]} {upd.day}, {upd.year} | Originally published "
            f"{MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year}", updated=upd)
    p.lines([("Print", "ui"), (f"Comments ({p.rng.randint(1, 900)})", "comments")])
    p.space("\n")
    most_read = [("Most Read", "related")] + [(f"{i}. {t}", "related") for i, t in enumerate(p.titles(3), 1)]
    p.body(inserts=[most_read])
    site = SITES.get(p.src.publisher, "example.com")
    contact = (p.src.names[0].split()[0][0] + p.src.names[0].split()[-1]).lower() if p.src.names else "news"
    p.footer([(f"Contact the author at {contact}@{site}" if p.src.names else f"Contact us at news@{site}",
               "follow"), (f"© {p.d.year} {p.src.publisher}", "copyright")])


# (name, compose, publishers the style suits best)
STYLES: list[tuple[str, Callable[[Page], None], set[str]]] = [
    ("A1-wire-caps", a1_wire_caps, {"Associated Press", "United Press International"}),
    ("A2-staff-line", a2_staff_line, set()),
    ("A3-pipe-iso", a3_pipe_iso, set()),
    ("A4-uk-broadsheet", a4_uk_broadsheet, set()),
    ("A5-profile-card", a5_profile_card, set()),
    ("A6-blog-posted", a6_blog_posted, {"Western Journalism", "Breitbart News"}),
    ("A7-longform", a7_longform, set()),
    ("A8-wire-credit", a8_wire_credit, {"Reuters"}),
    ("A9-syndicated", a9_syndicated, set()),
    ("A10-updated", a10_updated, set()),
]


# --------------------------------------------------------------------------- build / run

def family_styles(family: str) -> tuple[list[tuple[str, Callable[[Page], None], set[str]]], str]:
    """A family's styles and RNG seed prefix (alt keeps the plain prefix so that its build is unchanged)."""
    if family == "alt":
        return STYLES, SET_VERSION
    # Imported here: each family module builds on this one (bench/page_styles_<family>.py, <FAMILY>_STYLES).
    module = importlib.import_module(f"bench.page_styles_{family}")
    return getattr(module, f"{family.upper()}_STYLES"), f"{SET_VERSION}:{family}"


def build(out: Path, source: Path = SOURCE, family: str = "alt") -> None:
    """Re-frame every article of `source` into `out` (NAME.txt, NAME.gold.json); fails on a gold problem."""
    styles, seed = family_styles(family)
    sources = [load_source(p) for p in sorted(source.glob("*.gold.json"))]
    if not sources:
        sys.exit(f"no NAME.gold.json in {source}")
    titles = [s.title for s in sources]
    out.mkdir(parents=True, exist_ok=True)
    uses: Counter = Counter()
    for src in sources:
        rng = random.Random(f"{seed}:{src.name}")
        frame, compose, _ = min(styles, key=lambda s: uses[s[0]] - 2 * (src.publisher in s[2]) + rng.random())
        uses[frame] += 1
        page = Page(src, rng, [t for t in titles if t != src.title])
        compose(page)
        text, gold = page.gold(frame, family)
        problems = check_gold(text, gold)
        if problems:
            raise SystemExit(f"gold problem in {src.name} ({frame}): " + "; ".join(problems))
        (out / f"{src.name}.txt").write_text(text, encoding="utf-8")
        (out / f"{src.name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
    print(f"built {len(sources)} articles ({family} family) in {out}: "
          + ", ".join(f"{k}={v}" for k, v in sorted(uses.items())))


def run(out: Path, source: Path = SOURCE, family: str = "alt", show_errors: int = 30) -> int:
    """Build if `out` holds no gold, structure every NAME.txt with the service CLI, score by frame."""
    golds = sorted(out.glob("*.gold.json"))
    if not golds:
        build(out, source, family)
    elif (built := json.loads(golds[0].read_text(encoding="utf-8"))["eval"]["family"]) != family:
        sys.exit(f"{out} holds the {built} family, not {family}: pass another --out")
    pred = out / "pred"
    structure = [sys.executable, "-m", "service", "structure", str(out), "--out-dir", str(pred), "--quiet"]
    print("$ " + " ".join(structure), flush=True)
    subprocess.run(structure, cwd=ROOT, check=True)
    score = ["python3", str(SCORER), "score", "--gold", str(out), "--pred", str(pred), "--by-frame",
             "--show-errors", str(show_errors)]
    print("$ " + " ".join(score), flush=True)
    status = subprocess.run(score).returncode
    print(f"reproduce: {command_line('bench.page_styles')}")
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["build", "run"])
    parser.add_argument("--out", required=True, type=Path, help="folder for NAME.txt, NAME.gold.json, pred/")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the metadata dev set to re-frame")
    parser.add_argument("--family", choices=FAMILIES, default="alt", help="which family of page styles")
    parser.add_argument("--show-errors", type=int, default=30, help="run: error examples the scorer prints")
    args = parser.parse_args(argv)
    if args.command == "run":
        return run(args.out, args.source, args.family, args.show_errors)
    build(args.out, args.source, args.family)
    return 0


if __name__ == "__main__":
    sys.exit(main())
