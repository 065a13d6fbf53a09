"""The "news6" family of bench.page_styles: ten page styles copied off pages no other family imitates: a
Scottish daily, a Singapore daily, a Karachi daily, a New Zealand site, an Israeli English-language site, a US
local TV station, a press-release wire page, a news-aggregator copy, a browser reader view of an AMP page and a
fact-check site.

Unlike the public, alt, wire2, mixed3, news4 and news5 families, they print bylines as bare names over
"Published 12th Sep 2016, 21:05 BST" and "Updated 13th Sep 2016, 08:40 BST", a name over a role line and an
"In Washington" line per author, "Jane Doe | John Roe Published September 13, 2016" beside "Updated about 3
hours ago", "JANE DOE" lines over the publisher's name, "By JANE DOE and JOHN ROE 13 September 2016, 2:05 am"
(Israel time), "By Jane Doe and John Roe | Published September 12, 2016 4:05pm EDT | Updated 6:10pm | Politics |
Publisher", "Written by: Jane Doe; John Roe" under "NEWS PROVIDED BY", "By Jane Doe · John Roe" under
"Sep 12, 2016 · 3 hours ago", reader-view names over "9–11 minutes" (with a bare "2016-09-12" or no date
at all: gold published null), and "Researched and written by A and B" over "Edited by E" (the editor is no
author); dates as "PUBLISHED SEP 13, 2016, 4:05 AM SGT", "Last updated 09:05, September 13 2016" (New Zealand
time; an update-only stamp: gold published null) and "Sep 12, 2016, 16:05 ET"; datelines as "WASHINGTON -",
"WASHINGTON, Sept 12:" and "WASHINGTON, Sept. 12, 2016 /PRNewswire/ --"; and their own boilerplate:
"Advertisement" / "Hide Ad" pairs, "Please or to comment" (links stripped), Telegram-channel promos,
"Facebook Count" / "Twitter Share", "Published in Publisher, September 13th, 2016", Stuff-style "READ MORE:" /
"* headline" lists, "Kia ora" support prompts, community-membership prompts, station app promos and
redistribution notices, "SOURCE Publisher" with a media-contact block (the contact is no author), "Original
source:" and "View on site" lines, reader-view image placeholders with "Credit..." lines, "Share the Facts"
boxes, correction requests and helpfulness polls.  Local times can move the stated date a day on.
Gold follows the scorer's conventions through bench.page_styles.Page.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from bench.page_styles import EDITORS, MON_ABBR, MON_AP, SITES, Page, _sunday, h12, join_names, uk_summer
from bench.page_styles_mixed3 import ordinal
from bench.page_styles_wire2 import later, local_time, uk_time, where

PHOTOGRAPHERS = [("Fraser Gunn", "PA"), ("Mei Ling Tan", "Reuters"), ("Tariq Mahmood", "AFP"),
                 ("Aroha Ngata", "Getty Images"), ("Yoav Dudkevitch", "AP"), ("Corinne Blake", "AP")]
CAPTIONS = ["Supporters hold up signs at a rally", "The candidate greets volunteers at a field office",
            "Members of the press wait outside the venue", "A woman casts her vote at an early-voting centre",
            "Police officers line the street outside the hall", "Staff prepare the stage before the event"]
SG_ROLES = ["US Correspondent", "US Bureau Chief", "Washington Correspondent", "Americas Correspondent"]
TOPICS = ["US Presidential Election", "Donald Trump", "Hillary Clinton", "United States", "US politics",
          "Barack Obama", "Congress"]
SCOT_SUPPORT = ("Thank you for reading this article. Your support helps us keep producing trusted journalism: "
                "subscribe to {pub} today.")
TELEGRAM = "Join {pub}'s Telegram channel and get the latest breaking news delivered to you."
SG_FOOTER = "Terms & Conditions | Data Protection Policy | Advertise with us | Need help? Reach us here."
KIA_ORA = ("Kia ora, thanks for reading. If you value what we do, please consider supporting {pub}'s "
           "journalism.")
COMMUNITY = ("We’re really pleased that you’ve read {n} {pub} articles in the past month. That’s why we ask our "
             "readers to join our community.")
STATION_APP = "Download the {pub} app for breaking news alerts, live video and the latest forecast."
STATION_RIGHTS = "This material may not be published, broadcast, rewritten, or redistributed. ©{year} {pub}."
FACTCHECK_SUPPORT = "Support independent fact-checking. Become a member today."
FACTCHECK_CORRECTION = "Did we get something wrong? Send us a correction request."


# --------------------------------------------------------------------------- helpers

def photo(p: Page) -> tuple[str, str, str]:
    """(caption, photographer, agency)"""
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    return p.rng.choice(CAPTIONS), name, agency


def nz_time(p: Page) -> dt.datetime:
    """New Zealand time: daylight saving from the last Sunday of September to the first Sunday of April."""
    d = p.d
    summer = d >= _sunday(d.year, 9, -1) or d < _sunday(d.year, 4, 0)
    return local_time(p, 13 if summer else 12)


def israel_time(p: Page) -> dt.datetime:
    return local_time(p, 3 if uk_summer(p.d) else 2)


def signed(p: Page, names: str | None = None) -> str | None:
    """The printed names (`names`, joined by default), else the agency's byline, else None."""
    if not p.src.names:
        return p.src.agency
    return names or join_names(p.src.names)


def lower_clock(t: dt.datetime) -> str:
    """2:05 am"""
    return h12(t.hour, t.minute, "am", "pm")


# --------------------------------------------------------------------------- the news6 family

def f1_scottish(p: Page) -> None:
    """'News > World' / caption '(Pic: Agency)' / bare names / 'Published 12th Sep 2016, 21:05 BST' and sometimes
    'Updated 13th Sep 2016, 08:40 BST' / 'Comments', 'Share' / 'Read more:' and 'Advertisement' + 'Hide Ad' inside /
    support prompt, 'Want to join the conversation? Please or to comment on this article.'."""
    p.lines([("News", "navigation"), ("World", "navigation")])
    p.title()
    cap, _, agency = photo(p)
    p.bp(f"{cap} (Pic: {agency})", "caption")
    if who := signed(p):
        p.bp(who, "byline")
    t, zone = uk_time(p)
    updated = later(p, t) if p.rng.random() < 0.6 else None
    p.stamp(f"Published {ordinal(t.day)} {t:%b %Y, %H:%M} {zone}", published=t.date(),
            updated=updated.date() if updated else None)
    if updated:
        p.bp(f"Updated {ordinal(updated.day)} {updated:%b %Y, %H:%M} {zone}", "timestamp")
    p.lines([("Comments", "comments"), ("Share", "share")])
    p.space("\n")
    ad = [("Advertisement", "advertisement"), ("Hide Ad", "advertisement")]
    p.body(inserts=[[(f"Read more: {p.titles(1)[0]}", "related")], ad, ad][:p.rng.randint(2, 3)])
    p.footer([(SCOT_SUPPORT.format(pub=p.src.publisher), "subscribe"),
              ("Want to join the conversation? Please or to comment on this article.", "comments")])


def f2_singapore(p: Page) -> None:
    """'United States' / per author: name, role, 'In Washington' / 'PUBLISHED SEP 13, 2016, 4:05 AM SGT' (Singapore
    time) and sometimes 'UPDATED ...' / 'WASHINGTON -' / 'READ MORE HERE' and a Telegram promo inside / 'Co. Regn.'
    copyright and policy links."""
    p.bp("United States", "navigation")
    p.title()
    place = where(p)
    for n in p.src.names:
        p.lines([(n, "byline"), (p.role(n, SG_ROLES), "byline"), (f"In {place}", "byline")])
    t = local_time(p, 8)
    updated = later(p, t) if p.rng.random() < 0.5 else None
    stamp = f"{MON_ABBR[t.month - 1].upper()} {t.day}, {t.year}, {h12(t.hour, t.minute)} SGT"
    p.stamp(f"PUBLISHED {stamp}", published=t.date(), updated=updated.date() if updated else None)
    if updated:
        p.bp(f"UPDATED {MON_ABBR[updated.month - 1].upper()} {updated.day}, {updated.year}, "
             f"{h12(updated.hour, updated.minute)} SGT", "timestamp")
    p.lines([("Facebook", "share"), ("Twitter", "share"), ("Gift this article", "share")])
    p.space("\n")
    dl = p.staff_dateline(0.6, lambda c: (f"{c.upper()} -", c.upper()))
    p.body(inserts=[[("READ MORE HERE", "related"), (p.titles(1)[0], "related")],
                    [(TELEGRAM.format(pub=p.src.publisher), "promo")]], dateline=dl)
    p.footer([(f"Copyright © {p.d.year} {p.src.publisher}. Co. Regn. No. 198402868E. All rights reserved.",
               "copyright"), (SG_FOOTER, "navigation")])


def f3_karachi(p: Page) -> None:
    """'World' / 'A | B Published September 13, 2016' (Pakistan time) beside 'Updated about 3 hours ago' /
    'Facebook Count', 'Twitter Share' / 'WASHINGTON, Sept 12:' / 'Also read:' inside / 'Published in Publisher,
    September 13th, 2016', 'Comments (N)', 'Closed'."""
    p.bp("World", "navigation")
    p.title()
    t = local_time(p, 5)
    who = signed(p, " | ".join(p.src.names))
    date = f"Published {t:%B} {t.day}, {t.year}"
    p.stamp(f"{who} {date}" if who else date, "byline" if who else "timestamp", published=t.date())
    p.bp(f"Updated about {p.rng.randint(2, 11)} hours ago", "timestamp")
    p.lines([("Facebook Count", "share"), ("Twitter Share", "share")])
    p.space("\n")
    month = "Sept" if p.d.month == 9 else MON_ABBR[p.d.month - 1]
    dl = p.staff_dateline(0.5, lambda c: (f"{c.upper()}, {month} {p.d.day}:", c.upper()))
    p.body(inserts=[[(f"Also read: {p.titles(1)[0]}", "related")]], dateline=dl)
    p.footer([(f"Published in {p.src.publisher}, {t:%B} {ordinal(t.day)}, {t.year}", "editor_note"),
              (f"Comments ({p.rng.randint(3, 250)})", "comments"), ("Closed", "comments")])


def f4_new_zealand(p: Page) -> None:
    """'World' / 'Americas' / caption over a 'GETTY IMAGES' credit / 'JANE DOE' lines over the publisher /
    'Last updated 09:05, September 13 2016' (New Zealand time; update-only: published null) / Stuff-style
    'READ MORE:' with '* headline' lines inside / 'Kia ora' support prompt."""
    p.lines([("World", "navigation"), ("Americas", "navigation")])
    p.title()
    cap, _, agency = photo(p)
    p.lines([(f"{cap}.", "caption"), (agency.upper(), "credit")])
    for n in p.src.names:
        p.bp(n.upper(), "byline")
    p.bp(p.src.publisher, "credit")
    t = nz_time(p)
    p.stamp(f"Last updated {t:%H:%M}, {t:%B} {t.day} {t.year}", updated=t.date(), update_only=True)
    p.space("\n")
    more = [("READ MORE:", "related"), *[(f"* {s}", "related") for s in p.titles(p.rng.randint(2, 3))]]
    p.body(inserts=[more], at=[2] if len(p.src.paragraphs) > 2 else None)
    p.footer([(KIA_ORA.format(pub=p.src.publisher), "subscribe")])


def f5_jerusalem(p: Page) -> None:
    """'World News' / 'By JANE DOE and JOHN ROE 13 September 2016, 2:05 am' (Israel time) / caption with
    '(Name/Agency)' / newsletter lines inside / community-membership prompt."""
    p.bp("World News", "navigation")
    p.title()
    t = israel_time(p)
    date = f"{t.day} {t:%B %Y}, {lower_clock(t)}"
    who = signed(p, join_names([n.upper() for n in p.src.names]) if p.src.names else None)
    p.stamp(f"By {who} {date}" if who else date, "byline" if who else "timestamp", published=t.date())
    cap, name, agency = photo(p)
    p.bp(f"{cap} ({name}/{agency})", "caption")
    p.space("\n")
    p.body(inserts=[[("Stay updated with the latest news!", "subscribe"),
                     (f"Subscribe to the {p.src.publisher.removeprefix('The ')} Daily Newsletter", "subscribe")]])
    p.footer([(COMMUNITY.format(n=p.rng.randint(3, 40), pub=p.src.publisher), "subscribe"),
              ("Join Our Community", "subscribe"), ("Already a member? Sign in to stop seeing this", "subscribe")])


def f6_local_tv(p: Page) -> None:
    """'Watch Live', 'Closings & Delays' / 'By A and B | Published September 12, 2016 4:05pm EDT | Updated 6:10pm |
    Politics | Publisher' on one line / station app promo inside / redistribution notice."""
    p.lines([("Watch Live", "media"), ("Closings & Delays", "navigation")])
    p.title()
    at = h12(p.hour, p.minute, "am", "pm").replace(" ", "")
    parts = [f"Published {p.d:%B} {p.d.day}, {p.d.year} {at} {p.tz}"]
    updated = p.rng.random() < 0.5
    if updated:
        hour = min(p.hour + p.rng.randint(1, 5), 23)
        parts.append(f"Updated {h12(hour, p.rng.randrange(60), 'am', 'pm').replace(' ', '')}")
    parts += ["Politics", p.src.publisher]
    who = signed(p)
    line = " | ".join(([f"By {who}"] if who else []) + parts)
    p.stamp(line, "byline" if who else "timestamp", updated=p.d if updated else None)
    p.space("\n")
    p.body(inserts=[[(STATION_APP.format(pub=p.src.publisher), "promo")]])
    p.footer([(STATION_RIGHTS.format(year=p.d.year, pub=p.src.publisher), "copyright"),
              ("Get breaking news alerts in the app. Download for Apple iOS or Android.", "promo")])


def f7_press_release(p: Page) -> None:
    """Headline, subtitle / 'NEWS PROVIDED BY' over the publisher and 'Sep 12, 2016, 16:05 ET' / share rows /
    'Written by: A; B' / 'WASHINGTON, Sept. 12, 2016 /PRNewswire/ --' / 'SOURCE Publisher', 'Related Links',
    the site, a media-contact block (the contact is no author)."""
    p.title()
    site = SITES[p.src.publisher]
    p.lines([("NEWS PROVIDED BY", "credit"), (p.src.publisher, "credit")])
    p.stamp(f"{MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year}, {p.hour:02d}:{p.minute:02d} ET")
    p.lines([("Share this article", "share"), ("Share to Twitter", "share"), ("Share to LinkedIn", "share")])
    if p.src.names:
        p.bp(f"Written by: {'; '.join(p.src.names)}", "byline")
    p.space("\n")
    dl = p.staff_dateline(0.85, lambda c: (f"{c.upper()}, {MON_AP[p.d.month - 1]} {p.d.day}, {p.d.year} "
                                           "/PRNewswire/ --", c.upper()))
    if dl:
        dl[1]["agency"] = "PRNewswire"
    p.body(dateline=dl)
    contact = p.rng.choice(EDITORS)
    p.footer([(f"SOURCE {p.src.publisher}", "credit"), ("Related Links", "related"), (f"https://www.{site}", "related"),
              ("Media Contact:", "follow"), (f"{contact}, {p.src.publisher}", "follow"),
              (f"press@{site}", "follow")])


def f8_aggregator(p: Page) -> None:
    """'For You · Politics' / publisher line / headline / 'Sep 12, 2016 · 3 hours ago' / 'By A · B' / ad and
    sponsored inserts / 'Original source: Publisher', 'View on site', 'More for You' list, reactions."""
    p.lines([("For You · Politics", "navigation"), (p.src.publisher, "credit")])
    p.title()
    p.stamp(f"{MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year} · {p.rng.randint(2, 9)} hours ago")
    if who := signed(p, " · ".join(p.src.names)):
        p.bp(f"By {who}", "byline")
    p.space("\n")
    p.body(inserts=[[("Ad", "advertisement")], [("Sponsored · Top Picks For You", "advertisement")]])
    p.footer([(f"Original source: {p.src.publisher}", "licensing"), (f"View on {SITES[p.src.publisher]}", "read_more"),
              ("More for You", "related"), *[(s, "related") for s in p.titles(2)],
              ("Like · Comment · Share", "ui")])


def f9_reader_view(p: Page) -> None:
    """Reader view of an AMP page: 'amp.site' / headline / 'By A and B' / '9–11 minutes' / a bare '2016-09-12' or no
    date at all (gold published null) / 'Image' placeholder, caption and 'Credit...Name/Agency' inside /
    sometimes a leftover 'Related Coverage' list."""
    p.bp(f"amp.{SITES[p.src.publisher]}", "navigation")
    p.title()
    if who := signed(p):
        p.bp(f"By {who}", "byline")
    words = sum(len(t.split()) for t in p.src.paragraphs)
    low, high = max(1, math.floor(words / 275)), max(2, math.ceil(words / 200))
    p.bp(f"{low}–{high} minutes", "ui")
    if p.rng.random() < 0.5:
        p.stamp(p.d.isoformat())
    p.space("\n")
    cap, name, agency = photo(p)
    p.body(inserts=[[("Image", "media"), (f"{cap}.", "caption"), (f"Credit...{name}/{agency}", "credit")]])
    if p.rng.random() < 0.5:
        p.footer([("Related Coverage", "related"), *[(s, "related") for s in p.titles(2)]])


def f10_fact_check(p: Page) -> None:
    """'Fact Check' / 'Researched and written by A and B' over 'Edited by E' (no author) / 'Published Sep 12, 2016'
    or 'Published Sep 12, 2016 | Updated Sep 14, 2016' / 'Share the Facts' and a membership prompt inside /
    correction request, methodology link, helpfulness poll, copyright."""
    p.bp("Fact Check", "navigation")
    p.title()
    if who := signed(p):
        p.bp(f"Researched and written by {who}", "byline")
    p.bp(f"Edited by {p.rng.choice(EDITORS)}", "editor_note")
    date = f"Published {MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year}"
    if p.rng.random() < 0.5:
        upd = p.d + dt.timedelta(days=p.rng.randint(1, 3))
        p.stamp(f"{date} | Updated {MON_ABBR[upd.month - 1]} {upd.day}, {upd.year}", updated=upd)
    else:
        p.stamp(date)
    p.space("\n")
    p.body(inserts=[[("Share the Facts", "share")], [(FACTCHECK_SUPPORT, "subscribe")]])
    p.footer([(FACTCHECK_CORRECTION, "correction"), ("How we rate claims: our methodology", "navigation"),
              ("Was this article helpful? Yes No", "ui"), (f"© {p.d.year} {p.src.publisher}", "copyright")])


# (name, compose, publishers the style suits best)
NEWS6_STYLES: list[tuple[str, Callable[[Page], None], set[str]]] = [
    ("F1-scottish", f1_scottish, {"The Washington Post"}),
    ("F2-singapore", f2_singapore, {"The New York Times"}),
    ("F3-karachi", f3_karachi, {"Associated Press", "United Press International"}),
    ("F4-new-zealand", f4_new_zealand, {"The Huffington Post"}),
    ("F5-jerusalem", f5_jerusalem, {"Reuters"}),
    ("F6-local-tv", f6_local_tv, {"USA Today"}),
    ("F7-press-release", f7_press_release, {"Western Journalism"}),
    ("F8-aggregator", f8_aggregator, {"Politico"}),
    ("F9-reader-view", f9_reader_view, {"The New York Times"}),
    ("F10-fact-check", f10_fact_check, {"Breitbart News"}),
]
