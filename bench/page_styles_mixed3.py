"""The "mixed3" family of bench.page_styles: twelve page styles for text pasted from places other than
an outlet's own article page -- portals that syndicate it, e-mail newsletters, local TV sites, feed
readers, English-language Asian portals, magazines, browser print-to-PDF copies, Medium posts, live
blogs, news apps, LexisNexis exports and WordPress print views.

Unlike the public, alt and wire2 families, they print bylines as bare names under a publisher logo
line, "Jane Doe and John Roe | September 12th, 2016", "by: Jane Doe, John Roe", "by Jane Doe & John
Roe", "JANE DOE, Staff Reporter", "JANE DOE AND JOHN ROE", a Medium author card, "Written by Jane Doe |
Edited by John Roe" (the editor is no author), "BYLINE: Jane Doe; John Roe" and "Posted By Jane Doe On
September 12, 2016 @ 4:05 pm In Politics"; dates as "Mon, September 12, 2016 at 4:05 PM EDT·5 min
read", "Posted: Sep 12, 2016 / 01:05 PM PDT", RFC 2822 feed dates above the headline, "2016/09/13
05:05 KST" (which can move the stated date a day on), "SEP 12, 2016 | POLITICS", "Sept. 12, 2016,
4:05 PM EDT / Updated ...", "September 12, 2016 Monday", and relative ages ("3 days ago": no date
stated, gold published null); and their own boilerplate: forwarded-mail headers, "View in browser",
unsubscribe footers, weather and gallery counters, tweet and Instagram embeds, paywall prompts,
print headers and footers between the pages, LexisNexis fields, "The post ... appeared first on ...".
Other dates the text prints (a print date, a LexisNexis load date, an e-mail's sent date, an embed's
date) are boilerplate and leave the publication date alone.  Gold follows the scorer's conventions
through bench.page_styles.Page.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import string
import textwrap
from collections.abc import Callable

from bench.page_styles import EDITORS, MON_ABBR, MON_AP, SITES, Page, h12, join_names, us_dst
from bench.page_styles_wire2 import ampersand, local_time

PHOTOGRAPHERS = [("Jane Lee", "AP"), ("Tomas Wexler", "Reuters"), ("Aiko Brandt", "Getty Images"),
                 ("Desmond Achebe", "AFP"), ("Clara Nunes", "AP"), ("Felix Ortmann", "Getty Images")]
UNSPLASH = ["Element5 Digital", "Gage Skidmore", "Joshua Woroniecki", "Andy Feliciotti", "Darren Halstead"]
SOCIAL = [("Campaign Trail Desk", "trail_desk"), ("Marisa Quintero", "mquintero"), ("Dev Anand Rao", "devrao"),
          ("Election Night Live", "electionlive"), ("Hollis Grant", "hollisgrant")]
TWEETS = ["Crowd already lining up outside the venue.", "Full remarks are coming up shortly.",
          "Statement just released:", "Here is the moment, on video:", "Doors open in an hour."]
NEWSLETTERS = ["The Daily Brief", "Evening Update", "Politics Extra", "The Campaign Wrap"]
FEED_SECTIONS = ["Politics", "Top Stories", "Elections", "Latest News"]
ASIA_BREADCRUMBS = ["Home > World > Americas", "Home > International > U.S.", "Home > World > North America"]
ASIA_ROLES = ["Staff Reporter", "Washington Correspondent", "Senior Reporter", "U.S. Correspondent"]
MAG_SECTIONS = ["POLITICS", "NATIONAL", "IDEAS", "GLOBAL"]
LIVE_DESKS = ["Election 2016", "The 2016 race", "On the campaign trail"]
MEDIUM_TAGS = ["Politics", "Election 2016", "Donald Trump", "Hillary Clinton", "Government", "Journalism"]
RELATIVE_AGES = ["{n} days ago", "Published {n} days ago", "{n}d ago", "Updated {n} hours ago"]
EDITIONS = ["Final Edition", "Late Edition - Final", "Every Edition", "Regional Edition"]
LEXIS_SECTIONS = ["A-SECTION", "NATIONAL", "POLITICS", "NEWS"]
PRINT_PAPERS = {"The New York Times", "The Washington Post", "USA Today"}
PAYWALL = [("Unlock more articles", "subscribe"), ("Subscribe for $1", "subscribe"),
           ("Already a subscriber? Log in", "subscribe")]
FORWARD_PROMO = "Enjoying this newsletter? Forward it to a friend — they can sign up here."
ALERTS = "Sign up for breaking news alerts and get the latest headlines sent to your inbox."
MEDIUM_FOOTER = "Help Status About Careers Blog Privacy Terms Text to speech Teams"
PDF_WIDTH = 92


# --------------------------------------------------------------------------- helpers

def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def clock(hour: int, minute: int) -> str:
    """01:05 PM"""
    return f"{hour % 12 or 12:02d}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60].rstrip("-")


def url(p: Page, title: str | None = None) -> str:
    return (f"https://www.{SITES[p.src.publisher]}/{p.d.year}/{p.d.month:02d}/{p.d.day:02d}/"
            f"{slugify(title or p.src.title)}/")


def mailbox(name: str, site: str) -> str:
    words = re.sub(r"[^A-Za-z ]", "", name).split()
    return f"{words[0][0]}{words[-1]}".lower() + "@" + site


def who(p: Page, names: str | None = None) -> str | None:
    """The printed names (`names`, joined by default), else the agency's byline, else None."""
    return (names or join_names(p.src.names)) if p.src.names else p.src.agency


def listing(p: Page, label: str, k: int) -> list[tuple[str, str]]:
    return [(label, "related")] + [(t, "related") for t in p.titles(k)]


def pages_for(p: Page, words_per_page: int) -> int:
    words = sum(len(t.split()) for t in p.src.paragraphs)
    return max(2, min(len(p.src.paragraphs), 1 + words // words_per_page, 5))


def tweet(p: Page) -> list[tuple[str, str]]:
    name, user = p.rng.choice(SOCIAL)
    code = "".join(p.rng.choices(string.ascii_letters + string.digits, k=10))
    return [(f"{p.rng.choice(TWEETS)} pic.twitter.com/{code}", "media"),
            (f"— {name} (@{user}) {p.d:%B} {p.d.day}, {p.d.year}", "media")]


def instagram(p: Page) -> list[tuple[str, str]]:
    name, user = p.rng.choice(SOCIAL)
    shot = p.d - dt.timedelta(days=p.rng.randint(0, 3))
    at = h12(p.rng.randint(8, 20), p.rng.randrange(60), "am", "pm").replace(" ", "")
    return [("View this post on Instagram", "media"),
            (f"A post shared by {name} (@{user}) on {shot:%b} {shot.day}, {shot.year} at {at} "
             f"{'PDT' if us_dst(shot) else 'PST'}", "media")]


# --------------------------------------------------------------------------- the mixed3 family

def c1_portal(p: Page) -> None:
    """Portal syndication: skip link, 'Sign in', publisher logo line above the headline / bare names /
    'Mon, September 12, 2016 at 4:05 PM EDT·5 min read' / 'Story continues' / 'Recommended Stories'."""
    p.lines([("Skip to main content", "navigation"), ("Sign in", "ui"), (p.src.publisher, "credit")])
    p.title()
    if p.src.names:
        p.bp(join_names(p.src.names), "byline")
    p.stamp(f"{p.d:%a}, {p.d:%B} {p.d.day}, {p.d.year} at {h12(p.hour, p.minute)} {p.tz}·{p.read_minutes()} "
            "min read")
    p.space("\n")
    p.body(inserts=[[("Story continues", "ui")]])
    p.footer([*listing(p, "Recommended Stories", 3), ("Terms and Privacy Policy", "navigation"),
              ("Privacy Dashboard", "navigation")])


def c2_newsletter(p: Page) -> None:
    """E-mail copy: forwarded-message header (sent date) / 'View in browser' / 'Publisher | Newsletter' /
    'Jane Doe and John Roe | September 12th, 2016' / forward promo / 'You are receiving this email because
    ...', unsubscribe line, '©2016 Publisher, LLC'."""
    letter, site = p.rng.choice(NEWSLETTERS), SITES[p.src.publisher]
    if p.rng.random() < 0.5:
        sent = h12(min(p.hour + p.rng.randint(1, 3), 23), p.rng.randrange(60))
        p.lines([("---------- Forwarded message ---------", "ui"),
                 (f"From: {p.src.publisher} <{slugify(letter)}@{site}>", "ui"),
                 (f"Date: {p.d:%a}, {MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year} at {sent}", "ui"),
                 (f"Subject: {p.src.title}", "ui"), ("To: <reader@example.com>", "ui")])
        p.space("\n")
    p.lines([("View in browser", "ui"), (f"{p.src.publisher} | {letter}", "navigation")])
    p.space("\n")
    p.title(caps=p.rng.random() < 0.3)
    date, signed = f"{p.d:%B} {ordinal(p.d.day)}, {p.d.year}", who(p)
    p.stamp(f"{signed} | {date}" if signed else date, "byline" if signed else "timestamp")
    if p.rng.random() < 0.4:
        p.bp("Getty Images / iStockphoto", "credit")
    p.space("\n")
    p.body(inserts=[[(FORWARD_PROMO, "promo")]])
    p.footer([(f"You are receiving this email because you signed up for {letter} from {p.src.publisher}.",
               "subscribe"), ("Unsubscribe | Manage your email preferences | Privacy Policy", "subscribe"),
              (f"©{p.d.year} {p.src.publisher}, LLC", "copyright")])


def c3_local_tv(p: Page) -> None:
    """Local TV site: skip link, temperature / 'by: A, B' / 'Posted: Sep 12, 2016 / 01:05 PM PDT' and
    'Updated: ...' / gallery counter '1 / 12', 'Photo: Name / AP' / republication note / 'WATCH:' insert /
    'Don't Miss' list, alerts prompt."""
    p.lines([("Skip to content", "navigation"), (f"{p.rng.randint(54, 88)}°", "ui")])
    p.title()
    if signed := who(p, ", ".join(p.src.names)):
        p.bp(f"by: {signed}", "byline")
    day, zone = f"{MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year}", "PDT" if us_dst(p.d) else "PST"
    p.stamp(f"Posted: {day} / {clock(p.hour - 3, p.minute)} {zone}", updated=p.d)
    p.bp(f"Updated: {day} / {clock(p.hour - 3 + p.rng.randint(1, 4), p.rng.randrange(60))} {zone}", "timestamp")
    p.bp("SHARE", "share")
    p.space("\n")
    if p.rng.random() < 0.5:
        p.bp(f"1 / {p.rng.randint(4, 15)}", "media")
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    p.bp(f"Photo: {name} / {agency}", "credit", end="\n\n")
    p.bp(f"This story is republished from {p.src.publisher} with permission.", "licensing", end="\n\n")
    p.body(inserts=[[(f"WATCH: {p.titles(1)[0]}", "media")]])
    p.footer([*listing(p, "Don't Miss", 2), (ALERTS, "subscribe")])


def c4_feed_reader(p: Page) -> None:
    """Feed reader: 'Publisher » Section' / RFC 2822 date above the headline ('Mon, 12 Sep 2016 20:05:00
    GMT', '+0000' or local '-0400') / 'by A & B' / 'Visit website' / photo credit insert / 'The post ...
    appeared first on ...' or 'Read more at site' / the link."""
    p.bp(f"{p.src.publisher} » {p.rng.choice(FEED_SECTIONS)}", "navigation")
    offset = -4 if us_dst(p.d) else -5
    hour, zone = p.rng.choice([(p.utc_hour, "GMT"), (p.utc_hour, "+0000"), (p.hour, f"{offset:+03d}00")])
    p.stamp(f"{p.d:%a}, {p.d.day:02d} {p.d:%b %Y} {hour:02d}:{p.minute:02d}:{p.rng.randrange(60):02d} {zone}")
    p.title()
    if p.src.names:
        p.bp(f"by {ampersand(p.src.names)}", "byline")
    p.bp("Visit website", "ui")
    p.space("\n")
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    p.body(inserts=[[(f"Photo credit: {name}/{agency}", "credit")]])
    tail = p.rng.choice([(f"The post {p.src.title} appeared first on {p.src.publisher}.", "licensing"),
                         (f"Read more at {SITES[p.src.publisher]}", "read_more")])
    p.footer([tail, (url(p), "navigation")])


def c5_asia_portal(p: Page) -> None:
    """English-language Asian portal: 'Home > World > Americas' / '(LEAD)' before the headline / 'JANE DOE,
    Staff Reporter' per author / '2016/09/13 05:05 KST' / 'WASHINGTON, Sept. 12 --' / '▶' related insert /
    e-mail addresses, '(END)', '(C) Publisher'."""
    p.bp(p.rng.choice(ASIA_BREADCRUMBS), "navigation")
    p.title(kicker="(LEAD)" if p.rng.random() < 0.3 else None)
    for n in p.src.names:
        p.bp(f"{n.upper()}, {p.role(n, ASIA_ROLES)}", "byline")
    seoul = local_time(p, 9)
    p.stamp(f"{seoul:%Y/%m/%d %H:%M} KST", published=seoul.date())
    p.space("\n")
    dl = p.staff_dateline(0.5, lambda c: (f"{c.upper()}, {MON_AP[p.d.month - 1]} {p.d.day} --", c.upper()))
    p.body(inserts=[[(f"▶ {p.titles(1)[0]}", "related")]], dateline=dl)
    site = SITES[p.src.publisher]
    p.footer([*[(mailbox(n, site), "follow") for n in p.src.names], ("(END)", "ui"),
              (f"(C) {p.src.publisher}. All Rights Reserved.", "copyright")])


def c6_magazine(p: Page) -> None:
    """Magazine: photo credit 'Name / Agency' under the dek / 'JANE DOE AND JOHN ROE' / 'SEP 12, 2016 |
    POLITICS' / partner-archive note / audio player / paywall prompt inside / letters invitation."""
    p.title()
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    p.bp(f"{name} / {agency}", "credit")
    if signed := who(p):
        p.bp(signed.upper(), "byline")
    p.stamp(f"{MON_ABBR[p.d.month - 1].upper()} {p.d.day}, {p.d.year} | {p.rng.choice(MAG_SECTIONS)}")
    p.bp(f"This article is from the archive of our partner {p.src.publisher}.", "licensing")
    if p.rng.random() < 0.5:
        length = f"{p.read_minutes() + 2}:{p.rng.randrange(60):02d}"
        p.lines([("Listen to this article", "media"), ("00:00", "media"), (length, "media"),
                 ("Listen to more stories on audm", "media")])
    p.space("\n")
    p.body(inserts=[PAYWALL])
    p.footer([("We want to hear what you think about this article. Submit a letter to the editor or write to "
               f"letters@{SITES[p.src.publisher]}.", "comments")])


def c7_print_pdf(p: Page) -> None:
    """Browser print-to-PDF copy: '9/14/16, 10:32 AM Headline - Publisher' heading every page (the print
    date), 'URL 1/3' footing it / 'By A and B' / 'Sept. 12, 2016 / 4:05 PM' / paragraphs hard-wrapped."""
    p.src = dataclasses.replace(p.src, paragraphs=[textwrap.fill(t, PDF_WIDTH, break_long_words=False)
                                                   for t in p.src.paragraphs])
    printed = p.d + dt.timedelta(days=p.rng.randint(1, 20))
    header = (f"{printed.month}/{printed.day}/{printed.year % 100:02d}, "
              f"{h12(p.rng.randint(8, 20), p.rng.randrange(60))} {p.src.title} - {p.src.publisher}")
    address, pages = url(p), pages_for(p, 600)
    p.bp(header, "ui", end="\n\n")
    p.title()
    if signed := who(p):
        p.bp(f"By {signed}", "byline")
    p.stamp(f"{MON_AP[p.d.month - 1]} {p.d.day}, {p.d.year} / {h12(p.hour, p.minute)}")
    p.space("\n")
    p.body(inserts=[[(f"{address} {k}/{pages}", "navigation"), (header, "ui")] for k in range(1, pages)])
    p.footer([(f"{address} {pages}/{pages}", "navigation")])


def c8_medium(p: Page) -> None:
    """Medium post: 'Open in app', 'Sign up', 'Sign in' / 'Member-only story' / author card, 'Published in
    Publisher', read time and date on lines of their own between '·' / claps and responses / Unsplash
    credit inside / tags, 'Written by', followers, 'More from', site links."""
    p.lines([("Open in app", "ui"), ("Sign up", "ui"), ("Sign in", "ui")])
    p.space("\n")
    if p.rng.random() < 0.4:
        p.bp("Member-only story", "subscribe")
    p.title()
    if p.src.names:
        p.lines([(join_names(p.src.names), "byline"), ("·", "ui"), ("Follow", "follow")])
    p.lines([(f"Published in {p.src.publisher}", "credit"), ("·", "ui"), (f"{p.read_minutes()} min read", "ui"),
             ("·", "ui")])
    p.stamp(f"{MON_ABBR[p.d.month - 1]} {p.d.day}, {p.d.year}")
    claps = f"{p.rng.randint(1, 9)}.{p.rng.randrange(10)}K" if p.rng.random() < 0.5 else str(p.rng.randint(20, 999))
    p.lines([("--", "ui"), (claps, "ui"), (str(p.rng.randint(1, 60)), "comments"), ("Listen", "media"),
             ("Share", "share")])
    p.space("\n")
    p.body(inserts=[[(f"Photo by {p.rng.choice(UNSPLASH)} on Unsplash", "credit")]])
    author = [(f"Written by {p.src.names[0]}", "byline"),
              (f"{p.rng.randint(2, 40)}K Followers", "follow")] if p.src.names else []
    p.footer([*[(t, "tags") for t in p.rng.sample(MEDIUM_TAGS, 3)], ("--", "ui"), (claps, "ui"), *author,
              *listing(p, f"More from {p.src.publisher}", 2), (MEDIUM_FOOTER, "navigation")])


def c9_live_blog(p: Page) -> None:
    """Live blog: 'LIVE', 'Live updates: desk' / 'Sept. 12, 2016, 4:05 PM EDT / Updated Sept. 12, 2016,
    6:20 PM EDT' above the byline / audio and share buttons / tweet embed inside / 'See all updates'."""
    p.lines([("LIVE", "ui"), (f"Live updates: {p.rng.choice(LIVE_DESKS)}", "navigation")])
    p.title()

    def at(hour: int, minute: int) -> str:
        return f"{MON_AP[p.d.month - 1]} {p.d.day}, {p.d.year}, {h12(hour, minute)} {p.tz}"
    p.stamp(f"{at(p.hour, p.minute)} / Updated {at(p.hour + p.rng.randint(1, 5), p.rng.randrange(60))}",
            updated=p.d)
    if signed := who(p):
        p.bp(f"By {signed}", "byline")
    p.lines([("Listen to article", "media"), ("Share full article", "share")])
    p.space("\n")
    p.body(inserts=[tweet(p)])
    p.footer([("See all updates", "navigation"), (f"© {p.d.year} {p.src.publisher}", "copyright")])


def c10_news_app(p: Page) -> None:
    """News app: 'Get the app', publisher line / relative age ('3 days ago': no date stated) / 'Written by A |
    Edited by E' / '(Image: Getty)' / Instagram embed and 'More:' inside / 'Continue reading on the app'."""
    p.lines([("Get the app", "promo"), (p.src.publisher, "credit")])
    p.title()
    p.bp(p.rng.choice(RELATIVE_AGES).format(n=p.rng.randint(2, 6)), "timestamp")
    if p.src.names:
        p.bp(f"Written by {join_names(p.src.names)} | Edited by {p.rng.choice(EDITORS)}", "byline")
    p.bp("(Image: Getty)", "credit")
    p.space("\n")
    p.body(inserts=[instagram(p), [(f"More: {p.titles(1)[0]}", "related")]])
    p.footer([("Continue reading on the app", "promo"),
              (f"Follow {p.src.publisher} for more stories like this", "follow")])


def c11_lexis(p: Page) -> None:
    """LexisNexis export: 'Page 1 of 3', '4 of 57 DOCUMENTS', publisher and copyright above the date /
    'September 12, 2016 Monday', edition / headline / 'BYLINE: A; B', SECTION, LENGTH / 'Page 2 of 3' breaks /
    'LOAD-DATE:' (not the publication date), LANGUAGE, PUBLICATION-TYPE."""
    total, pages = p.rng.randint(5, 200), pages_for(p, 800)
    p.bp(f"Page 1 of {pages}", "navigation", end="\n\n")
    p.bp(f"{p.rng.randint(1, total)} of {total} DOCUMENTS", "ui", end="\n\n")
    p.lines([(p.src.publisher, "credit"), (f"Copyright {p.d.year} {p.src.publisher}", "copyright")])
    p.bp("All Rights Reserved", "copyright", end="\n\n")
    p.stamp(f"{p.d:%B} {p.d.day}, {p.d.year} {p.d:%A}")
    paper = p.src.publisher in PRINT_PAPERS
    if paper:
        p.bp(p.rng.choice(EDITIONS), "ui")
    p.space("\n")
    p.title()
    p.space("\n")
    if signed := who(p, "; ".join(p.src.names)):
        p.bp(f"BYLINE: {signed}", "byline")
    section = f"{p.rng.choice(LEXIS_SECTIONS)}; Pg. A{p.rng.randint(1, 24)}" if paper else "POLITICS"
    words = sum(len(t.split()) for t in p.src.paragraphs)
    p.lines([(f"SECTION: {section}", "ui"), (f"LENGTH: {words:,} words", "ui")])
    p.space("\n")
    p.body(inserts=[[(f"Page {k} of {pages}", "navigation")] for k in range(2, pages + 1)])
    load = p.d + dt.timedelta(days=p.rng.randint(1, 3))
    p.footer([(f"LOAD-DATE: {load:%B} {load.day}, {load.year}", "timestamp"), ("LANGUAGE: ENGLISH", "ui"),
              (f"PUBLICATION-TYPE: {'Newspaper' if paper else 'Web Publication'}", "ui")])


def c12_wp_print(p: Page) -> None:
    """WordPress print view: '- Publisher - https://www.site -' / 'Posted By A and B On September 12, 2016 @
    4:05 pm In Politics | No Comments' / 'Article printed from', 'URL to article:', 'URLs in this post:'."""
    site = SITES[p.src.publisher]
    p.bp(f"- {p.src.publisher} - https://www.{site} -", "navigation", end="\n\n")
    p.title()
    posted = (f"On {p.d:%B} {p.d.day}, {p.d.year} @ {h12(p.hour, p.minute, 'am', 'pm')} In Politics | "
              "No Comments")
    signed = who(p)
    p.stamp(f"Posted By {signed} {posted}" if signed else f"Posted {posted}", "byline" if signed else "timestamp")
    p.space("\n")
    p.body()
    linked = p.titles(1)[0]
    p.footer([(f"Article printed from {p.src.publisher}: https://www.{site}", "navigation"),
              (f"URL to article: {url(p)}", "navigation"), ("URLs in this post:", "navigation"),
              (f"[1] {linked}: {url(p, linked)}", "related"), ("Click here to print.", "ui"),
              (f"Copyright © {p.d.year} {p.src.publisher}. All rights reserved.", "copyright")])


# (name, compose, publishers the style suits best)
MIXED3_STYLES: list[tuple[str, Callable[[Page], None], set[str]]] = [
    ("C1-portal", c1_portal, {"Associated Press", "Reuters"}),
    ("C2-newsletter", c2_newsletter, {"Politico"}),
    ("C3-local-tv", c3_local_tv, {"United Press International"}),
    ("C4-feed-reader", c4_feed_reader, {"Breitbart News"}),
    ("C5-asia-portal", c5_asia_portal, set()),
    ("C6-magazine", c6_magazine, set()),
    ("C7-print-pdf", c7_print_pdf, {"The New York Times"}),
    ("C8-medium", c8_medium, {"The Huffington Post"}),
    ("C9-live-blog", c9_live_blog, {"Politico"}),
    ("C10-news-app", c10_news_app, set()),
    ("C11-lexis", c11_lexis, {"The Washington Post", "The New York Times"}),
    ("C12-wp-print", c12_wp_print, {"Western Journalism"}),
]
