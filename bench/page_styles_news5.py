"""The "news5" family of bench.page_styles: ten page styles copied off ordinary English-language news-site
article pages from outside the US and UK mainstream, and US pages not imitated yet: a Manila broadsheet, a
Toronto daily, a Paris-based international channel, a Moscow-run portal, a Nairobi/Lagos daily, a US
newsweekly, an explainer site, a Midwest metro daily, a Doha-based channel and a Johannesburg daily.

Unlike the public, alt, wire2, mixed3 and news4 families, they print bylines as "By: Jane Doe - Reporter /
@jane_doe", "JANE DOE AND JOHN ROE" over "WASHINGTON — Publisher", "Text by: Jane Doe" (with a "Video by:"
credit, no author), "Authored by Jane Doe via Publisher", "BY JANE DOE AND JOHN ROE | THE PUBLISHER", "BY
JANE DOE ON 9/12/16 AT 4:05 PM" ("BY PUBLISHER STAFF ON ...": no author), "By Jane Doe@janedoe and John
Roe@johnroe", names over "Contact Reporters" and the publisher, "by" on a line of its own over the names, and
"Jane Doe • 13 September 2016 09:05 (South Africa)"; dates as "Publisher / 05:30 AM September 13, 2016"
(Manila time), "Published Monday, Sep. 12, 2016 4:05PM EDT", "Issued on: 12/09/2016 - 22:05" over
"Modified: ..." (Paris time), "Published time: 12 Sep, 2016 20:05 Edited time: ...", "Tuesday September 13
2016" (Nairobi time), "Sep 12, 2016, 4:05pm EDT", "Sept 12, 2016 - 04:05 PM", "12 Sep 2016 20:05 GMT |
topics" (local times can move the stated date a day on); datelines as "WASHINGTON, September 12." and
"WASHINGTON, Monday —"; and their own boilerplate: comment disclaimers, subscription-plus and app promos,
"Open this photo in gallery:", "Get short URL", "Trends:", "Share All sharing options for:", "KEEP READING",
"Next Up In ...", cookie notices, "This article is related to:", reprint and insider-comment notes.
Gold follows the scorer's conventions through bench.page_styles.Page.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bench.page_styles import MON_ABBR, SITES, Page, h12, join_names, uk_summer
from bench.page_styles_wire2 import handle, later, local_time, where

PH_ROLES = ["Reporter", "Correspondent", "Senior Reporter", "Foreign Affairs Reporter"]
PHOTOGRAPHERS = [("Ramon Dizon", "AP"), ("Leah Whitford", "Reuters"), ("Sipho Ndlovu", "AFP"),
                 ("Hiro Tanabe", "Getty Images"), ("Bridget Keane", "AP"), ("Omar Suleiman", "Reuters")]
AGENCY_FULL = {"AP": "The Associated Press", "Reuters": "Reuters", "AFP": "AFP/Getty Images",
               "Getty Images": "Getty Images"}
CAPTIONS = ["A campaign volunteer hands out yard signs", "Delegates listen to a speech from the floor",
            "Television crews set up ahead of the candidates' arrival", "A voter fills out a ballot at a church hall",
            "Security staff stand guard outside the hotel", "The motorcade leaves the airport"]
TOPICS = ["US Elections 2016", "Politics", "Donald Trump", "Hillary Clinton", "United States", "Barack Obama",
          "US Congress"]
PLUS_PROMO = ("Subscribe to {PUB} PLUS to get access to the daily edition and more than 70 other titles, share up to 5 "
              "gadgets and listen to the news.")
COMMENT_DISCLAIMER = ("Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the "
                      "views of management and owner of {pub}. We reserve the right to exclude comments that we deem "
                      "to be inconsistent with our editorial standards.")
MORNING_UPDATE = ("Our Morning Update newsletter is written by {pub} editors, giving you a concise summary of the "
                  "day's most important headlines. Sign up today.")
F24_NEWSLETTER = [("Daily newsletter", "subscribe"),
                  ("Receive essential international news every morning", "subscribe"), ("Subscribe", "subscribe")]
NO_REPRODUCTION = ("Copyright {PUB}. All rights reserved. This material, and other digital content on this website, "
                   "may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part "
                   "without prior express written permission from {PUB}.")
SENTENCES = "Sign up for {pub}'s Sentences, a digest of the day's biggest news delivered to your inbox each evening."
VOX_FOOTER = "Terms of Use • Privacy Notice • Cookie Policy • Licensing FAQ • Accessibility"
REPRINTS = "Request Reprint & Licensing | Submit Correction | View Editorial Guidelines"
COOKIES = ("{pub} uses cookies to give you the best possible experience. By continuing to browse, you agree to our "
           "use of cookies.")
INSIDER = ("Please note you must be a {pub} Insider to comment. Sign up here or sign in if you are already an "
           "Insider.")


# --------------------------------------------------------------------------- helpers

def photo(p: Page) -> tuple[str, str, str]:
    """(caption, photographer, agency)"""
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    return f"{p.rng.choice(CAPTIONS)}.", name, agency


def glued(name: str) -> str:
    """'Jane Doe@janedoe': a name followed by its handle, as a copied profile link reads."""
    return name + "@" + re.sub(r"[^a-z]", "", name.lower())[:15]


# --------------------------------------------------------------------------- the news5 family

def e1_manila(p: Page) -> None:
    """'Global Nation' / 'By: Jane Doe - Role / @handle' or 'By: A, B - @site' / 'Publisher / 05:30 AM September 13,
    2016' (Manila time) / 'READ:' insert and a PLUS promo / 'Read Next', comment disclaimer."""
    p.bp("Global Nation", "navigation")
    p.title()
    names, site = p.src.names, SITES[p.src.publisher].split(".")[0]
    if len(names) == 1:
        p.bp(f"By: {names[0]} - {p.role(names[0], PH_ROLES)} / {handle(names[0])}", "byline")
    elif names:
        p.bp(f"By: {', '.join(names)} - @{site}", "byline")
    t = local_time(p, 8)
    p.stamp(f"{p.src.publisher} / {t:%I:%M %p} {t:%B} {t.day}, {t.year}", published=t.date())
    p.space("\n")
    read, following = p.titles(2)
    p.body(inserts=[[(f"READ: {read}", "related")], [(PLUS_PROMO.format(PUB=p.src.publisher.upper()), "subscribe")]])
    p.footer([("Read Next", "related"), (following, "related"),
              (COMMENT_DISCLAIMER.format(pub=p.src.publisher), "comments")])


def e2_toronto(p: Page) -> None:
    """'U.S. Politics' / 'Open this photo in gallery:', caption, 'Name/The Associated Press' / 'JANE DOE AND JOHN ROE'
    over 'WASHINGTON — Publisher' / 'Published Monday, Sep. 12, 2016 4:05PM EDT' / newsletter note inside /
    'Follow topics related to this article:', 'Report an error', 'Editorial code of conduct'."""
    p.bp("U.S. Politics", "navigation")
    p.title()
    caption, name, agency = photo(p)
    p.lines([("Open this photo in gallery:", "ui"), (caption, "caption"), (f"{name}/{AGENCY_FULL[agency]}", "credit")])
    if p.src.names:
        p.bp(join_names(p.src.names).upper(), "byline")
    p.bp(f"{where(p).upper()} — {p.src.publisher}", "byline")
    month = MON_ABBR[p.d.month - 1] + ("." if p.d.month != 5 else "")
    p.stamp(f"Published {p.d:%A}, {month} {p.d.day}, {p.d.year} {h12(p.hour, p.minute).replace(' ', '')} {p.tz}")
    p.space("\n")
    p.body(inserts=[[(MORNING_UPDATE.format(pub=p.src.publisher), "subscribe")]])
    p.footer([("Follow topics related to this article:", "tags"), *[(t, "tags") for t in p.rng.sample(TOPICS, 3)],
              ("Report an error", "ui"), ("Editorial code of conduct", "licensing")])


def e3_paris(p: Page) -> None:
    """'US Vote 2016' / 'Issued on: 12/09/2016 - 22:05' over 'Modified: 13/09/2016 - 09:10' (Paris time) / 'Text by:
    A and B' (or the organisation) and sometimes 'Video by: Name' / newsletter box inside / app promo."""
    p.bp("US Vote 2016", "navigation")
    p.title()
    issued = local_time(p, 2 if uk_summer(p.d) else 1)
    modified = later(p, issued)
    p.stamp(f"Issued on: {issued:%d/%m/%Y - %H:%M}", published=issued.date(), updated=modified.date())
    p.bp(f"Modified: {modified:%d/%m/%Y - %H:%M}", "timestamp")
    p.bp(f"Text by: {join_names(p.src.names) if p.src.names else p.src.agency or p.src.publisher}", "byline")
    if p.rng.random() < 0.5:
        p.bp(f"Video by: {p.rng.choice(PHOTOGRAPHERS)[0]}", "credit")
    p.space("\n")
    p.body(inserts=[F24_NEWSLETTER])
    p.footer([(f"Keep up to date with international news by downloading the {p.src.publisher} app", "promo")])


def e4_moscow(p: Page) -> None:
    """'Published time: 12 Sep, 2016 20:05 Edited time: 13 Sep, 2016 09:10' (UTC) / 'Get short URL', 'Trends:' /
    'Authored by A and B via Publisher' / caption '... © Name / Agency' / 'WASHINGTON, September 12.' /
    share prompt, '© Publisher, 2005–2016. All rights reserved.'."""
    p.title()
    published = local_time(p, 0)
    edited = later(p, published)
    p.stamp(f"Published time: {published.day} {published:%b, %Y %H:%M} Edited time: {edited.day} "
            f"{edited:%b, %Y %H:%M}", published=published.date(), updated=edited.date())
    p.lines([("Get short URL", "share"), (f"Trends: {p.rng.choice(TOPICS)}", "tags")])
    if p.src.names:
        p.bp(f"Authored by {join_names(p.src.names)} via {p.src.publisher}", "byline")
    caption, name, agency = photo(p)
    p.bp(f"{caption} © {name} / {agency}", "caption")
    p.space("\n")
    p.body(dateline=p.staff_dateline(0.5, lambda c: (f"{c.upper()}, {p.d:%B} {p.d.day}.", c.upper())))
    p.footer([("If you like this story, share it with a friend!", "share"),
              (f"© {p.src.publisher}, 2005–{p.d.year}. All rights reserved.", "copyright")])


def e5_nairobi(p: Page) -> None:
    """'World Desk' / 'BY JANE DOE AND JOHN ROE | THE PUBLISHER' / 'Tuesday September 13 2016' (Nairobi time) /
    'WASHINGTON, Monday —' / 'MORE ON THE U.S. ELECTION' list inside / 'More by this Author', reproduction notice,
    'Contact: theeditor@site'."""
    p.bp("World Desk", "navigation")
    p.title()
    if p.src.names:
        p.bp(f"BY {join_names(p.src.names).upper()} | {p.src.publisher.upper()}", "byline")
    t = local_time(p, 3)
    p.stamp(f"{t:%A %B} {t.day} {t.year}", published=t.date())
    p.space("\n")
    more = [("MORE ON THE U.S. ELECTION", "related"), *[(s, "related") for s in p.titles(2)]]
    p.body(inserts=[more], dateline=p.staff_dateline(0.4, lambda c: (f"{c.upper()}, {p.d:%A} —", c.upper())))
    by_author = [("More by this Author", "related"), (p.titles(1)[0], "related")] if p.src.names else []
    p.footer([*by_author, (NO_REPRODUCTION.format(PUB=p.src.publisher.upper()), "copyright"),
              (f"Contact: theeditor@{SITES[p.src.publisher]}", "follow")])


def e6_newsweekly(p: Page) -> None:
    """'U.S. Edition' / 'BY JANE DOE ON 9/12/16 AT 4:05 PM' ('BY PUBLISHER STAFF ON ...' unsigned) / caption with a
    'NAME/AGENCY' credit / print-delivery promo inside / reprint and correction links."""
    p.bp("U.S. Edition", "navigation")
    p.title()
    who = join_names(p.src.names) if p.src.names else p.src.agency or f"{p.src.publisher} staff"
    p.stamp(f"BY {who.upper()} ON {p.d.month}/{p.d.day}/{p.d.year % 100:02d} AT {h12(p.hour, p.minute)}", "byline")
    caption, name, agency = photo(p)
    p.lines([(caption, "caption"), (f"{name}/{agency}".upper(), "credit")])
    p.space("\n")
    p.body(inserts=[[(f"Get {p.src.publisher} delivered to your door", "promo")]])
    p.footer([(REPRINTS, "licensing")])


def e7_explainer(p: Page) -> None:
    """'Politics & Policy' / 'By Jane Doe@janedoe and John Roe@johnroe' / 'Sep 12, 2016, 4:05pm EDT' / 'Share All
    sharing options for: headline' / bare 'Related' insert and a newsletter line / 'Next Up In Politics & Policy'."""
    p.bp("Politics & Policy", "navigation")
    p.title()
    if p.src.names:
        p.bp(f"By {join_names([glued(n) for n in p.src.names])}", "byline")
    at = h12(p.hour, p.minute, "am", "pm").replace(" ", "")
    p.stamp(f"{MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year}, {at} {p.tz}")
    p.bp(f"Share All sharing options for: {p.src.title}", "share")
    p.space("\n")
    p.body(inserts=[[("Related", "related"), (p.titles(1)[0], "related")],
                    [(SENTENCES.format(pub=p.src.publisher), "subscribe")]])
    p.footer([("Next Up In Politics & Policy", "related"), *[(t, "related") for t in p.titles(2)],
              (VOX_FOOTER, "navigation")])


def e8_metro(p: Page) -> None:
    """'Nation/World' / names over 'Contact Reporter(s)' and the publisher / 'Sept 12, 2016 - 04:05 PM' / photo with
    '(Name / Agency)' after the first paragraph / 'This article is related to:', 'Copyright © 2016, Publisher'."""
    p.bp("Nation/World", "navigation")
    p.title()
    if p.src.names:
        p.lines([(join_names(p.src.names), "byline"),
                 ("Contact Reporters" if len(p.src.names) > 1 else "Contact Reporter", "follow")])
    p.bp(p.src.publisher, "byline")
    month = "Sept" if p.d.month == 9 else MON_ABBR[p.d.month - 1]
    p.stamp(f"{month} {p.d.day}, {p.d.year} - {p.hour % 12 or 12:02d}:{p.minute:02d} {'PM' if p.hour >= 12 else 'AM'}")
    p.space("\n")
    caption, name, agency = photo(p)
    p.body(inserts=[[(f"({name} / {agency})", "credit"), (caption, "caption")]], at=[1])
    p.footer([("This article is related to: " + ", ".join(p.rng.sample(TOPICS, 3)), "tags"),
              (f"Copyright © {p.d.year}, {p.src.publisher}", "copyright")])


def e9_doha(p: Page) -> None:
    """'News | US & Canada' / 'by' over the names / '12 Sep 2016 20:05 GMT | topics' / "Publisher's Jane Doe reports
    from City" video line and 'KEEP READING' inside / cookie notice."""
    p.bp("News | US & Canada", "navigation")
    p.title()
    if p.src.names:
        p.lines([("by", "byline"), (join_names(p.src.names), "byline")])
    t = local_time(p, 0)
    p.stamp(f"{t.day} {t:%b %Y %H:%M} GMT | {', '.join(p.rng.sample(TOPICS, 2))}", published=t.date())
    p.space("\n")
    video = [(f"{p.src.publisher}'s {p.src.names[0]} reports from {where(p)}", "media")] if p.src.names else []
    keep = [("KEEP READING", "related"), *[(s, "related") for s in p.titles(2)]]
    p.body(inserts=[video, keep] if video else [keep])
    p.footer([(COOKIES.format(pub=p.src.publisher), "ui")])


def e10_joburg(p: Page) -> None:
    """'NEWSDECK' / 'A and B • 13 September 2016 09:05 (South Africa)' / 'Read in Publisher: “title”' inside /
    insider-comment note."""
    p.bp("NEWSDECK", "navigation")
    p.title()
    t = local_time(p, 2)
    date = f"{t.day} {t:%B %Y %H:%M} (South Africa)"
    p.stamp(f"{join_names(p.src.names)} • {date}" if p.src.names else date,
            "byline" if p.src.names else "timestamp", published=t.date())
    p.space("\n")
    p.body(inserts=[[(f"Read in {p.src.publisher}: “{p.titles(1)[0]}”", "related")]])
    p.footer([(INSIDER.format(pub=p.src.publisher), "comments")])


# (name, compose, publishers the style suits best)
NEWS5_STYLES: list[tuple[str, Callable[[Page], None], set[str]]] = [
    ("E1-manila", e1_manila, {"The Huffington Post"}),
    ("E2-toronto", e2_toronto, {"The New York Times"}),
    ("E3-paris", e3_paris, {"Associated Press", "United Press International"}),
    ("E4-moscow", e4_moscow, {"Reuters"}),
    ("E5-nairobi", e5_nairobi, {"The Washington Post"}),
    ("E6-newsweekly", e6_newsweekly, {"USA Today"}),
    ("E7-explainer", e7_explainer, {"Politico"}),
    ("E8-metro", e8_metro, {"The Washington Post"}),
    ("E9-doha", e9_doha, {"Western Journalism"}),
    ("E10-joburg", e10_joburg, {"Breitbart News"}),
]
