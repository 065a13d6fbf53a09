"""The "news4" family of bench.page_styles: ten page styles copied off ordinary US, UK and European
news-site article pages (metro dailies, a UK broadsheet, a weekly, a European portal, a mobile page,
an opinion desk, public radio, a wire-online page, a feature page and a page with its credits at the foot).

Unlike the public, alt, wire2 and mixed3 families, they print bylines as "By Jane Doe | jdoe@site.com",
"From staff reports" and "Staff and wire reports" (organisations: no author), "By Jane Doe, US Editor,
Washington", "Jane Doe (Washington)", "Jane Doe, USA TODAY", "Jane Doe, for Publisher", "Jane Doe —
Role", "Story: Jane Doe", a "— Jane Doe" sign-off and "Reported by Jane Doe" at the foot; dates as
"Sept. 12, 2016 5:10 p.m. EDT" under "Updated at 7:45 p.m.", "12 September 2016 • 10:10pm" (UK time),
"Sep 12th 2016", "12.09.2016, 23:10" above the headline (Central European time), "5:10 PM ET | 9/12/16",
"Monday, Sept. 12, 2016, 5:10 p.m.", "September 12, 2016 5:10 PM ET", "By THE ASSOCIATED PRESS SEPT.
12, 2016, 5:10 P.M. E.D.T." and "Published Monday, Sept. 12, 2016" below the body; datelines as
"CHARLOTTE, N.C. —" and "WASHINGTON –"; and their own boilerplate: photo blocks after the first
paragraph ("Click to enlarge", "Enlarge this image", "toggle caption", "Picture:", "Courtesy of"), a
newsletter box in the middle, "Related:" bullet lists, ad-blocker and comment prompts, print-edition
and republishing notes, permalinks and copyright ranges.  Gold follows the scorer's conventions through
bench.page_styles.Page.
"""
from __future__ import annotations

import string
from collections.abc import Callable

from bench.page_styles import MON_ABBR, MON_AP, SITES, Page, h12, join_names, uk_summer, us_dst
from bench.page_styles_mixed3 import mailbox, ordinal
from bench.page_styles_wire2 import local_time, oxford, uk_time, where

KICKERS = ["Nation & World", "Politics & Government", "National Politics", "Election Center"]
UK_KICKERS = ["Americas", "US Election", "North America"]
FLY_TITLES = ["The presidential race", "Lexington", "The campaign trail", "Washington politics"]
RADIO_KICKERS = ["It's All Politics", "National", "2016 Election"]
FEATURE_KICKERS = ["Special Report", "The Big Story", "Inside the Race"]
ROLES = ["Chief Political Correspondent", "National Political Reporter", "Breaking News Reporter",
         "Investigative Reporter", "Capitol Hill Reporter", "Political Correspondent"]
UK_ROLES = ["US Editor", "Chief US Correspondent", "US Political Correspondent", "Americas Editor"]
PHOTOGRAPHERS = [("Kendra Voss", "AP"), ("Malik Fontaine", "Reuters"), ("Greta Lindqvist", "Getty Images"),
                 ("Anton Petrov", "AFP"), ("Ellis Carver", "AP"), ("Nadia Farouk", "Getty Images")]
CAPTIONS = ["Supporters cheer as the candidate takes the stage", "Voters wait in line outside a polling place",
            "Protesters gather outside the debate hall", "Reporters work in the spin room after the debate",
            "Campaign signs are stacked before a rally", "Lawmakers leave the Capitol after a late vote"]
COURTESY = ["the Clinton campaign", "the Trump campaign", "the White House", "C-SPAN"]
TAGS = ["US election 2016", "Donald Trump", "Hillary Clinton", "US Congress", "Barack Obama",
        "Republican Party", "Democratic Party"]
COVERAGE = ["the 2016 presidential race", "the presidential debates", "Congress", "the White House"]
STATES = {"Philadelphia": "Pa.", "Charlotte": "N.C.", "Chicago": "Ill.", "Las Vegas": "Nev.", "Cleveland": "Ohio",
          "Detroit": "Mich.", "Miami": "Fla.", "Orlando": "Fla.", "Denver": "Colo.", "Columbus": "Ohio",
          "Des Moines": "Iowa", "Hempstead": "N.Y.", "Flint": "Mich.", "Pittsburgh": "Pa.", "Phoenix": "Ariz.",
          "Los Angeles": "Calif.", "Boston": "Mass.", "Atlanta": "Ga.", "Milwaukee": "Wis.", "New York": "N.Y.",
          "Brussels": "Belgium", "Moscow": "Russia", "Beijing": "China", "London": "England", "Paris": "France"}
SHARE_ICONS = ["Facebook", "Twitter", "LinkedIn", "Print this article"]
NEWSLETTER_BOX = [("Politics Newsletter", "subscribe"),
                  ("The day's most important political stories, delivered to your inbox every weekday morning.",
                   "subscribe"), ("Enter your email address", "subscribe"), ("Sign me up", "subscribe")]
COMMENT_PROMPT = "Have something to add to this story? Share it in the comments."
CIVIL_COMMENTS = "We welcome your comments. Please keep them civil and on topic."
AD_BLOCKER = ("We urge you to turn off your ad blocker for {pub} so that you can continue to access our quality "
              "content in the future.")
OPINION_NOTE = "The views expressed in this column are the author's own and do not necessarily reflect those of {pub}."
NO_PERMISSION = "Reproduction in whole or in part without permission is prohibited."


# --------------------------------------------------------------------------- helpers

def ap_date(p: Page) -> str:
    """Sept. 12, 2016"""
    return f"{MON_AP[p.d.month - 1]} {p.d.day}, {p.d.year}"


def pm(hour: int, minute: int) -> str:
    """5:10 p.m."""
    return h12(hour, minute, "a.m.", "p.m.")


def state_dateline(p: Page) -> tuple[str, dict] | None:
    """'CHARLOTTE, N.C. —' ('WASHINGTON –' for the capital) for a staff news story without a dateline."""
    def form(city: str) -> tuple[str, str]:
        region = STATES.get(city)
        location = f"{city.upper()}, {region}" if region else city.upper()
        return f"{location} {'—' if region else '–'}", location
    return p.staff_dateline(0.35, form)


def photo_block(p: Page, credit: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """A caption line over its credit line, credit(name, agency)."""
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    return [(f"{p.rng.choice(CAPTIONS)}.", "caption"), (credit(name, agency), "credit")]


def bullets(p: Page, label: str, k: int = 2) -> list[tuple[str, str]]:
    return [(label, "related")] + [(f"• {t}", "related") for t in p.titles(k)]


# --------------------------------------------------------------------------- the news4 family

def d1_metro_email(p: Page) -> None:
    """Kicker / 'By A and B | a@site, b@site' or 'From staff reports' / 'Sept. 12, 2016 5:10 p.m. EDT' under
    'Updated at 7:45 p.m.' / 'CHARLOTTE, N.C. —' / photo block with 'Click to enlarge' after the first paragraph,
    newsletter box in the middle / comment prompt, '© 1996-2016 Publisher'."""
    p.bp(p.rng.choice(KICKERS), "navigation")
    p.title()
    site = SITES[p.src.publisher]
    if p.src.names:
        p.bp(f"By {join_names(p.src.names)} | {', '.join(mailbox(n, site) for n in p.src.names)}", "byline")
    else:
        p.bp(f"From {p.src.agency}" if p.src.agency else "From staff reports", "byline")
    p.bp(f"Updated at {pm(p.hour + p.rng.randint(1, 4), p.rng.randrange(60))}", "timestamp")
    p.stamp(f"{ap_date(p)} {pm(p.hour, p.minute)} {p.tz}", updated=p.d)
    p.space("\n")
    photo = [*photo_block(p, lambda name, agency: f"{name} | {agency}"), ("Click to enlarge", "ui")]
    p.body(inserts=[photo, NEWSLETTER_BOX], at=[1, len(p.src.paragraphs) // 2 + 1], dateline=state_dateline(p))
    p.footer([(COMMENT_PROMPT, "comments"), (f"© 1996-{p.d.year} {p.src.publisher}", "copyright")])


def d2_uk_broadsheet(p: Page) -> None:
    """Section / 'By Jane Doe, US Editor, Washington' or 'By A and B, Washington' / '12 September 2016 • 10:10pm'
    (UK time) / 'Picture: Agency' photo block and 'Related:' bullets in the body / ad-blocker note,
    'Join the discussion', 'All material copyright 2016 Publisher'."""
    p.bp(p.rng.choice(UK_KICKERS), "navigation")
    p.title()
    names, city = p.src.names, where(p)
    if len(names) == 1 and not p.src.opinion:
        p.bp(f"By {names[0]}, {p.role(names[0], UK_ROLES)}, {city}", "byline")
    elif names:
        p.bp(f"By {join_names(names)}, {city}", "byline")
    t, _ = uk_time(p)
    p.stamp(f"{t.day} {t:%B %Y} • {t.hour % 12 or 12}:{t.minute:02d}{'pm' if t.hour >= 12 else 'am'}",
            published=t.date())
    p.space("\n")
    p.body(inserts=[photo_block(p, lambda _, agency: f"Picture: {agency}"), bullets(p, "Related:")])
    p.footer([(AD_BLOCKER.format(pub=p.src.publisher), "advertisement"), ("Join the discussion", "comments"),
              (f"All material copyright {p.d.year} {p.src.publisher}", "copyright")])


def d3_weekly(p: Page) -> None:
    """Section and fly-title / 'Sep 12th 2016' / body / '— A and B' sign-off, print-edition note repeating the
    headline, 'Republish this article', '© 2016 Publisher. Reproduction ... prohibited.'."""
    p.lines([("United States", "navigation"), (p.rng.choice(FLY_TITLES), "navigation")])
    p.title()
    p.stamp(f"{MON_ABBR[p.d.month - 1]} {ordinal(p.d.day)} {p.d.year}")
    p.space("\n")
    p.body()
    signed = [(f"— {join_names(p.src.names)}", "byline")] if p.src.names else []
    p.footer([*signed, (f"This article appeared in the United States section of the print edition under the "
                        f"headline \"{p.src.title}\"", "editor_note"), ("Republish this article", "licensing"),
              (f"© {p.d.year} {p.src.publisher}. {NO_PERMISSION}", "copyright")])


def d4_euro_portal(p: Page) -> None:
    """'12.09.2016, 23:10' (Central European time) above the section and headline / 'Jane Doe (Washington)' /
    share row / 'Also on site:' insert / 'Related Subjects:', 'Send us your feedback', permalink."""
    summer = uk_summer(p.d)
    t = local_time(p, 2 if summer else 1)
    p.stamp(f"{t:%d.%m.%Y, %H:%M}", published=t.date())
    p.bp("Americas", "navigation")
    p.title()
    if who := join_names(p.src.names) if p.src.names else p.src.agency:
        p.bp(f"{who} ({where(p)})", "byline")
    p.bp("Share Facebook Twitter Google+ WhatsApp LinkedIn", "share")
    p.space("\n")
    site = SITES[p.src.publisher]
    p.body(inserts=[[(f"Also on {site}: {p.titles(1)[0]}", "related")]])
    code = "".join(p.rng.choices(string.ascii_letters + string.digits, k=5))
    p.footer([("Related Subjects: " + ", ".join(p.rng.sample(TAGS, 3)), "tags"),
              ("Send us your feedback", "ui"), (f"Permalink https://www.{site}/p/{code}", "share")])


def d5_mobile(p: Page) -> None:
    """'Tap here to add Publisher to your home screen' / '5:10 p.m. ET | 9/12/16' above the headline /
    'Jane Doe, PUBLISHER' per author or 'Staff and wire reports' / continue-below ad and 'In case you missed it'
    inserts / 'Read our coverage of ...'."""
    p.bp(f"Tap here to add {p.src.publisher} to your home screen", "ui")
    p.stamp(f"{pm(p.hour, p.minute)} ET | {p.d.month}/{p.d.day}/{p.d.year % 100:02d}")
    p.title()
    for n in p.src.names:
        p.bp(f"{n}, {p.src.publisher.upper()}", "byline")
    if not p.src.names:
        p.bp(p.src.agency.upper() if p.src.agency else "Staff and wire reports", "byline")
    p.space("\n")
    p.body(inserts=[[("Article continues below advertisement", "advertisement")],
                    [("In case you missed it:", "related"), (p.titles(1)[0], "related")]])
    p.footer([(f"Read our coverage of {p.rng.choice(COVERAGE)}", "read_more")])


def d6_op_desk(p: Page) -> None:
    """'Op-Ed' or a kicker / 'A and B, for Publisher' (opinion) or 'Jane Doe — Role' per author /
    'Monday, Sept. 12, 2016, 5:10 p.m.' / 'CONTINUE READING BELOW' / disclaimer (opinion), comment policy,
    sponsored line, 'Copyright 2016, Publisher'."""
    p.bp("Op-Ed" if p.src.opinion else p.rng.choice(KICKERS), "navigation")
    p.title()
    if p.src.opinion:
        p.bp(f"{join_names(p.src.names)}, for {p.src.publisher}", "byline")
    for n in [] if p.src.opinion else p.src.names:
        p.bp(f"{n} — {p.role(n, ROLES)}", "byline")
    p.stamp(f"{p.d:%A}, {ap_date(p)}, {pm(p.hour, p.minute)}")
    p.space("\n")
    p.body(inserts=[[("CONTINUE READING BELOW", "advertisement")]] * p.rng.randint(1, 2))
    note = [(OPINION_NOTE.format(pub=p.src.publisher), "editor_note")] if p.src.opinion else []
    p.footer([*note, (CIVIL_COMMENTS, "comments"), ("Sponsored content by Taboola", "promo"),
              (f"Copyright {p.d.year}, {p.src.publisher}", "copyright")])


def d7_public_radio(p: Page) -> None:
    """Kicker / 'September 12, 2016 5:10 PM ET' / name + 'Twitter' per author / 'Enlarge this image', caption,
    'toggle caption', 'Name/Agency' after the first paragraph / 'Copyright 2016 Publisher. To see more, visit ...'."""
    p.bp(p.rng.choice(RADIO_KICKERS), "navigation")
    p.title()
    p.stamp(f"{p.d:%B} {p.d.day}, {p.d.year} {h12(p.hour, p.minute)} ET")
    for n in p.src.names:
        p.lines([(n, "byline"), ("Twitter", "follow")])
    if not p.src.names and p.src.agency:
        p.bp(p.src.agency, "byline")
    p.space("\n")
    caption, credit = photo_block(p, lambda name, agency: f"{name}/{agency}")
    p.body(inserts=[[("Enlarge this image", "ui"), caption, ("toggle caption", "ui"), credit]], at=[1])
    p.footer([(f"Copyright {p.d.year} {p.src.publisher}. To see more, visit https://www.{SITES[p.src.publisher]}.",
               "licensing")])


def d8_wire_online(p: Page) -> None:
    """'By NAMES IN CAPS SEPT. 12, 2016, 5:10 P.M. E.D.T.' (the agency's name when no person signs) /
    'CHARLOTTE, N.C. —' / 'Most Popular' list, 'Copyright (c) 2016 Publisher'."""
    p.title()
    zone = "E.D.T." if us_dst(p.d) else "E.S.T."
    date = f"{ap_date(p).upper()}, {h12(p.hour, p.minute, 'A.M.', 'P.M.')} {zone}"
    who = join_names([n.upper() for n in p.src.names]) if p.src.names else (p.src.agency or "").upper()
    p.stamp(f"By {who} {date}" if who else date, "byline" if who else "timestamp")
    p.space("\n")
    p.body(dateline=state_dateline(p))
    p.footer([("Most Popular", "related"), *[(t, "related") for t in p.titles(3)],
              (f"Copyright (c) {p.d.year} {p.src.publisher}", "copyright")])


def d9_feature(p: Page) -> None:
    """Kicker / 'Photo illustration by Name/Publisher' / 'Story: A and B' or 'From staff reports' /
    'Sept. 12, 2016 | Reading time: 6 minutes' / caption + 'Courtesy of ...' and 'Further reading' bullets in the
    body / 'Comment on this story'."""
    p.bp(p.rng.choice(FEATURE_KICKERS), "navigation")
    p.title()
    p.bp(f"Photo illustration by {p.rng.choice(PHOTOGRAPHERS)[0]}/{p.src.publisher}", "credit")
    if p.src.names or not p.src.agency:
        p.bp(f"Story: {join_names(p.src.names)}" if p.src.names else "From staff reports", "byline")
    minutes = p.read_minutes()
    p.stamp(f"{ap_date(p)} | Reading time: {minutes} minute{'s' if minutes > 1 else ''}")
    p.space("\n")
    courtesy = photo_block(p, lambda *_: f"Courtesy of {p.rng.choice(COURTESY)}")
    p.body(inserts=[courtesy, bullets(p, "Further reading")])
    p.footer([("Comment on this story", "comments")])


def d10_end_credits(p: Page) -> None:
    """Optional 'Updated at 7:45 p.m.' above the kicker / share icons / 'Related content' list inside / byline
    and date at the foot: 'Reported by A, B, and C', 'Published Monday, Sept. 12, 2016' / 'Report a typo',
    'Publisher © 2016'."""
    updated = p.rng.random() < 0.5
    if updated:
        p.bp(f"Updated at {pm(p.hour + p.rng.randint(1, 4), p.rng.randrange(60))}", "timestamp")
    p.bp(p.rng.choice(KICKERS), "navigation")
    p.title()
    p.lines([(s, "share") for s in SHARE_ICONS])
    p.space("\n")
    p.body(inserts=[[("Related content", "related"), *[(t, "related") for t in p.titles(2)]]])
    who = oxford(p.src.names) if p.src.names else p.src.agency
    p.footer([(f"Reported by {who}", "byline")] if who else [])
    p.stamp(f"Published {p.d:%A}, {ap_date(p)}", updated=p.d if updated else None)
    p.lines([("Report a typo", "ui"), (f"{p.src.publisher} © {p.d.year}", "copyright")])


# (name, compose, publishers the style suits best)
NEWS4_STYLES: list[tuple[str, Callable[[Page], None], set[str]]] = [
    ("D1-metro-email", d1_metro_email, {"The Washington Post"}),
    ("D2-uk-broadsheet", d2_uk_broadsheet, set()),
    ("D3-weekly", d3_weekly, {"The New York Times"}),
    ("D4-euro-portal", d4_euro_portal, set()),
    ("D5-mobile", d5_mobile, {"USA Today"}),
    ("D6-op-desk", d6_op_desk, {"The Huffington Post"}),
    ("D7-public-radio", d7_public_radio, {"Politico"}),
    ("D8-wire-online", d8_wire_online, {"Associated Press", "United Press International", "Reuters"}),
    ("D9-feature", d9_feature, {"Western Journalism"}),
    ("D10-end-credits", d10_end_credits, {"Breitbart News"}),
]
