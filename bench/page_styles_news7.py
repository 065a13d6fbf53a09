"""The "news7" family of bench.page_styles: ten page styles copied off pages no other family imitates: a Hong
Kong English-language daily, a Japanese English-language daily, a US regional newspaper-chain page, a
business-news terminal story, a magazine long read, a student newspaper, a PressReader-style e-paper edition
with jump lines, a breaking-news e-mail alert, a Kingston (Jamaica) daily and a Dublin daily.

Unlike the public, alt, wire2, mixed3, news4, news5 and news6 families, they print bylines as name lines each
followed by "+ FOLLOW", "By Jane Doe / Washington Correspondent", "Jane Doe and John Roe, Publisher" over
"Published 4:05 p.m. ET Sept. 12, 2016 | Updated 6:10 p.m. ET Sept. 12, 2016" (time before date) with a
"Contributing: The Associated Press" credit at the foot, "To contact the reporters on this story: Jane Doe in
Washington at jdoe@site" (authors) beside "To contact the editor responsible for this story: ..." (no author),
"Words by Jane Doe & John Roe" over "Photography by X" (the photographer is no author), "Jane Doe, Staff Writer
and John Roe, News Editor|September 12, 2016" (student-site pipe glued to the date), "By JANE DOE & JOHN ROE" in
an e-paper page, "Jane Doe/Staff Reporter" lines, and bare name lines over "Email"; dates as "Published: 4:05am,
13 Sep, 2016" / "Updated: ..." (Hong Kong time), "6:05 am, September 13, 2016" (Japan time), "09/12/2016 16:05:13
ET", "12 September 2016" or no date at all (gold published null), "12 Sep 2016" under the publisher in an
e-paper, "Sept. 12, 2016 • 4:05 PM EDT", "Published: Monday | September 12, 2016 | 3:05 PM" (Jamaica time) and
"September 12 2016 09:05 PM" (Irish time; local times can move the stated date a day on); datelines as
"WASHINGTON –", "WASHINGTON, DC:" and "WASHINGTON —"; and their own boilerplate: myNEWS prompts, print-edition
notes, "Share on LINE", premium-service prompts, Gannett "CONNECT TWEET LINKEDIN COMMENT EMAIL MORE" rows,
gallery controls and "Read or Share this story:" short links, terminal topic codes and "<GO>" related-news
lines, section-break asterisms, SNO "Email This Story" forms and "Hang on for a minute..." prompts, e-paper page
headers, "Please see X, Page A6" / "X | From Page A1" jump lines and PressReader notices, alert e-mail headers
and unsubscribe footers with a mailing address, Gleaner-style comment policy notes and Irish "Video of the Day"
and newsletter prompts.
Gold follows the scorer's conventions through bench.page_styles.Page.
"""
from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable

from bench.page_styles import EDITORS, MON_ABBR, MON_AP, SITES, Page, h12, join_names
from bench.page_styles_mixed3 import mailbox
from bench.page_styles_wire2 import ampersand, later, local_time, uk_time, where

PHOTOGRAPHERS = [("Kenji Mori", "AP"), ("Wing Chan", "Reuters"), ("Alicia Brennan", "Getty Images"),
                 ("Dwayne Campbell", "AFP"), ("Siobhan Keane", "AP"), ("Hiroshi Tanabe", "Reuters")]
CAPTIONS = ["Supporters cheer during a campaign rally", "The candidate speaks to reporters aboard the campaign plane",
            "Voters wait in line at a polling station", "A campaign volunteer hands out leaflets",
            "Demonstrators gather outside the convention centre", "Delegates listen to a speech"]
JP_ROLES = ["Washington Correspondent", "Staff Writer", "New York Correspondent", "Americas Bureau Chief"]
CAMPUS_ROLES = ["Staff Writer", "News Editor", "Managing Editor", "Senior Staff Writer", "Copy Editor",
                "Politics Reporter"]
JM_ROLES = ["Staff Reporter", "Senior Staff Reporter", "Gleaner Writer", "Contributor"]
HK_SECTIONS = [("World", "United States & Canada"), ("News", "World"), ("World", "Americas")]
JP_SECTIONS = ["WORLD / POLITICS", "WORLD", "NATIONAL / POLITICS"]
CHAIN_SECTIONS = ["NEWS", "NATION NOW", "POLITICS", "ELECTIONS"]
LONG_KICKERS = ["THE LONG READ", "FEATURE", "DISPATCH", "THE BIG STORY"]
CAMPUS_SECTIONS = ["News", "Opinion", "Campus & Nation", "Politics"]
TERMINAL_CODES = ["NI POL", "NI ELECTION", "NI US", "NI WASH", "NI CONGRESS", "NI WHOUSE"]
JM_SECTIONS = ["News | Foreign", "News | World News", "Lead Stories | International"]
IE_SECTIONS = [("News", "World News", "Americas"), ("World", "US Election"), ("News", "World News")]

HK_MYNEWS = "Get more with myNEWS"
HK_MYNEWS_2 = "A personalised news feed of stories that matter to you"
HK_TRUST = "Why you can trust {pub}"
JP_PREMIUM = "To read more articles, register for our premium service. Subscribe now."
JP_TRUST = ("In a time of both misinformation and too much information, quality journalism is more crucial than "
            "ever. By subscribing, you can help us get the story right.")
CHAIN_GALLERY = ["Autoplay", "Show Thumbnails", "Show Captions", "Last SlideNext Slide"]
CHAIN_SHARE = "CONNECT TWEET LINKEDIN COMMENT EMAIL MORE"
SNO_HANG_ON = "Hang on for a minute...we're trying to find some more stories you might like."
SNO_EMAIL = ["Email This Story", "Send email to this address", "Enter Your Name", "Add a comment here",
             "Verification", "Send"]
PRESSREADER = ("Printed and distributed by PressReader PressReader.com +1 604 278 4604 COPYRIGHT AND PROTECTED BY "
               "APPLICABLE LAW")
ALERT_RECEIVING = "You are receiving this because you signed up for {pub} breaking news alerts."
ALERT_PREFS = "Update your preferences or unsubscribe from this list."
JM_COMMENTS = ("We welcome reader comments on the topics discussed in our articles. Comments that are abusive, "
               "off-topic or defamatory will be removed.")
IE_NEWSLETTER = "Sign up for the Daily Headlines newsletter and get the news that matters to you every morning."


# --------------------------------------------------------------------------- helpers

def photo(p: Page) -> tuple[str, str, str]:
    """(caption, photographer, agency)"""
    name, agency = p.rng.choice(PHOTOGRAPHERS)
    return p.rng.choice(CAPTIONS), name, agency


def signed(p: Page, names: str | None = None) -> str | None:
    """The printed names (`names`, joined by default), else the agency's byline, else None."""
    if not p.src.names:
        return p.src.agency
    return names or join_names(p.src.names)


def tight_clock(t: dt.datetime) -> str:
    """4:05am"""
    return h12(t.hour, t.minute, "am", "pm").replace(" ", "")


def ap_clock(hour: int, minute: int) -> str:
    """4:05 p.m."""
    return h12(hour, minute, "a.m.", "p.m.")


def short_link(p: Page) -> str:
    code = "".join(p.rng.choices(string.ascii_letters + string.digits, k=7))
    return f"http://usat.ly/{code}"


def jump_word(title: str) -> str:
    """The one-word slug an e-paper prints on a jump line: the title's longest word."""
    words = re.findall(r"[A-Za-z]+", title)
    return max(words, key=len).upper() if words else "STORY"


# --------------------------------------------------------------------------- the news7 family

def g1_hong_kong(p: Page) -> None:
    """'World' / 'United States & Canada' / name lines each over '+ FOLLOW' / 'Published: 4:05am, 13 Sep, 2016'
    (Hong Kong time) and sometimes 'Updated: ...' / myNEWS prompt / caption with '(Photo: Agency)' inside /
    print-edition note, 'Why you can trust ...'."""
    p.lines([(s, "navigation") for s in p.rng.choice(HK_SECTIONS)])
    p.title()
    for n in p.src.names:
        p.lines([(n, "byline"), ("+ FOLLOW", "follow")])
    if not p.src.names and p.src.agency:
        p.bp(p.src.agency, "byline")
    t = local_time(p, 8)
    updated = later(p, t) if p.rng.random() < 0.5 else None
    p.stamp(f"Published: {tight_clock(t)}, {t.day} {MON_ABBR[t.month - 1]}, {t.year}", published=t.date(),
            updated=updated.date() if updated else None)
    if updated:
        p.bp(f"Updated: {tight_clock(updated)}, {updated.day} {MON_ABBR[updated.month - 1]}, {updated.year}",
             "timestamp")
    p.lines([(HK_MYNEWS, "promo"), (HK_MYNEWS_2, "promo"), ("Learn more", "promo")])
    p.space("\n")
    cap, _, agency = photo(p)
    p.body(inserts=[[(f"{cap}. (Photo: {agency})", "caption")]])
    short = " ".join(p.src.title.split()[:5])
    p.footer([(f"This article appeared in the print edition of {p.src.publisher} as: {short} ...", "editor_note"),
              (HK_TRUST.format(pub=p.src.publisher), "navigation")])


def g2_tokyo(p: Page) -> None:
    """'WORLD / POLITICS' / 'By Jane Doe / Washington Correspondent' (a role only for a single author) / '6:05 am,
    September 13, 2016' (Japan time) / 'Share on LINE' / 'WASHINGTON –' / premium-service prompt inside /
    'Related Tags', subscription appeal, copyright."""
    p.bp(p.rng.choice(JP_SECTIONS), "navigation")
    p.title()
    if len(p.src.names) == 1:
        n = p.src.names[0]
        p.bp(f"By {n} / {p.role(n, JP_ROLES)}", "byline")
    elif who := signed(p):
        p.bp(f"By {who}", "byline")
    t = local_time(p, 9)
    p.stamp(f"{h12(t.hour, t.minute, 'am', 'pm')}, {t:%B} {t.day}, {t.year}", published=t.date())
    p.lines([("Tweet", "share"), ("Share on LINE", "share"), ("Print", "ui")])
    p.space("\n")
    dl = p.staff_dateline(0.5, lambda c: (f"{c.upper()} –", c.upper()))
    cap, name, agency = photo(p)
    p.body(inserts=[[(f"{cap}. | {agency}", "caption")], [(JP_PREMIUM, "subscribe")]], dateline=dl)
    p.footer([("Related Tags", "tags"), *[(t, "tags") for t in p.rng.sample(["U.S.", "Politics", "Elections",
                                                                             "Donald Trump", "Hillary Clinton"], 2)],
              (JP_TRUST, "subscribe"), (f"Copyright © {p.d.year} {p.src.publisher}", "copyright")])


def g3_chain(p: Page) -> None:
    """Gannett-style: publisher, section / 'Jane Doe and John Roe, Publisher' / 'Published 4:05 p.m. ET Sept. 12, 2016 |
    Updated 6:10 p.m. ET Sept. 12, 2016' / share row / gallery controls inside / 'Contributing: The Associated
    Press' (no personal author), 'Read or Share this story:' short link."""
    p.lines([(p.src.publisher, "credit"), (p.rng.choice(CHAIN_SECTIONS), "navigation")])
    p.title()
    if p.src.names:
        p.bp(f"{join_names(p.src.names)}, {p.src.publisher}", "byline")
    elif p.src.agency:
        p.bp(p.src.agency, "byline")
    date = f"{MON_AP[p.d.month - 1]} {p.d.day}, {p.d.year}"
    stamp = f"Published {ap_clock(p.hour, p.minute)} ET {date}"
    updated = p.rng.random() < 0.6
    if updated:
        hour = min(p.hour + p.rng.randint(1, 5), 23)
        stamp += f" | Updated {ap_clock(hour, p.rng.randrange(60))} ET {date}"
    p.stamp(stamp, updated=p.d if updated else None)
    p.bp(CHAIN_SHARE, "share")
    p.space("\n")
    cap, name, agency = photo(p)
    gallery = [*[(s, "ui") for s in CHAIN_GALLERY], (f"{cap}. {name}, {agency}", "caption"),
               (f"1 of {p.rng.randint(8, 30)}", "ui")]
    dl = p.staff_dateline(0.4, lambda c: (f"{c.upper()} —", c.upper()))
    p.body(inserts=[gallery], dateline=dl)
    tail = [] if p.src.agency else [(f"Contributing: {p.rng.choice(['The Associated Press', 'Reuters'])}", "credit")]
    p.footer([*tail, (f"Read or Share this story: {short_link(p)}", "share")])


def g4_terminal(p: Page) -> None:
    """Business-news terminal story: topic codes / '09/12/2016 16:05:13 ET' / 'Source: Publisher' / 'By A and B'
    / 'To contact the reporters on this story: A in City at a@site; ...' (authors), 'To contact the editor
    responsible for this story: E at e@site' (no author) / 'For Related News and Information:' '<GO>' lines."""
    p.bp("  ".join(p.rng.sample(TERMINAL_CODES, 3)), "tags")
    p.stamp(f"{p.d:%m/%d/%Y} {p.hour:02d}:{p.minute:02d}:{p.rng.randrange(60):02d} ET")
    p.bp(f"Source: {p.src.publisher}", "credit")
    p.space("\n")
    p.title()
    if who := signed(p):
        p.bp(f"By {who}", "byline")
    p.space("\n")
    p.body()
    site = SITES[p.src.publisher]
    lines = []
    if p.src.names:
        place = where(p)
        contacts = "; ".join(f"{n} in {place} at {mailbox(n, site)}" for n in p.src.names)
        plural = "s" if len(p.src.names) > 1 else ""
        lines.append((f"To contact the reporter{plural} on this story: {contacts}", "byline"))
    editors = p.rng.sample(EDITORS, p.rng.randint(1, 2))
    plural = "s" if len(editors) > 1 else ""
    lines.append((f"To contact the editor{plural} responsible for this story: "
                  + ", ".join(f"{e} at {mailbox(e, site)}" for e in editors), "editor_note"))
    lines += [("For Related News and Information:", "related"), ("Top political news: TOP POL <GO>", "related"),
              ("U.S. election coverage: NI ELECTION <GO>", "related"),
              (f"©{p.d.year} {p.src.publisher}", "copyright")]
    p.footer(lines)


def g5_long_read(p: Page) -> None:
    """Magazine long read: kicker / headline, dek / 'Words by A & B' / 'Photography by X' / '12 September 2016'
    or no date at all (gold published null) / section-break asterisms and a pull-out ad inside / newsletter,
    'More long reads' list, copyright."""
    p.bp(p.rng.choice(LONG_KICKERS), "navigation")
    p.title()
    if p.src.names:
        p.bp(f"Words by {ampersand(p.src.names)}", "byline")
    _, name, _ = photo(p)
    p.bp(f"Photography by {name}", "credit")
    if p.rng.random() < 0.6:
        p.stamp(f"{p.d.day} {p.d:%B %Y}")
    p.space("\n")
    p.body(inserts=[[("* * *", "ui")], [("Continue reading below", "advertisement")], [("* * *", "ui")]]
           [:p.rng.randint(2, 3)])
    p.footer([("Sign up for Weekend Reads, our newsletter of the week's best long reads.", "subscribe"),
              ("More long reads", "related"), *[(t, "related") for t in p.titles(2)],
              (f"© {p.d.year} {p.src.publisher}", "copyright")])


def g6_campus(p: Page) -> None:
    """Student newspaper (SNO site): section / 'Jane Doe, Staff Writer and John Roe, News Editor|September 12,
    2016' / 'Filed under ...' / 'Hang on for a minute...' prompt / 'Email This Story' form inside /
    'Leave a Comment', 'The Student Voice Since ...', SNO copyright line."""
    p.bp(p.rng.choice(CAMPUS_SECTIONS), "navigation")
    p.title()
    date = f"{p.d:%B} {p.d.day}, {p.d.year}"
    if p.src.names:
        p.stamp(" and ".join(f"{n}, {p.role(n, CAMPUS_ROLES)}" for n in p.src.names) + f"|{date}", "byline")
    else:
        p.stamp(date)
    p.bp("Filed under " + ", ".join(p.rng.sample(["News", "Politics", "National", "Election 2016"], 2)), "tags")
    p.bp(SNO_HANG_ON, "related")
    p.space("\n")
    p.body(inserts=[[(s, "share") for s in SNO_EMAIL]])
    p.footer([("Leave a Comment", "comments"), ("Share on Facebook", "share"), ("Tweet", "share"),
              ("Print", "ui"), (f"The Student Voice Since {p.rng.randint(1890, 1975)}", "navigation"),
              (f"© {p.d.year} {p.src.publisher} • Privacy Policy • FLEX Pro WordPress Theme by SNO • Log in",
               "copyright")])


def g7_epaper(p: Page) -> None:
    """E-paper (PressReader) page: publisher / '12 Sep 2016' / 'Page A1' / 'By JANE DOE & JOHN ROE' / 'WASHINGTON —'
    / 'Please see ELECTION, Page A6' jump, a page header and 'ELECTION | From Page A1' inside / PressReader notice."""
    page = f"A{p.rng.randint(2, 14)}"
    p.lines([(p.src.publisher, "credit")])
    p.stamp(f"{p.d.day} {MON_ABBR[p.d.month - 1]} {p.d.year}")
    p.bp("Page A1", "navigation")
    p.space("\n")
    p.title()
    if who := signed(p, ampersand([n.upper() for n in p.src.names]) if p.src.names else None):
        p.bp(f"By {who}", "byline")
    p.space("\n")
    dl = p.staff_dateline(0.5, lambda c: (f"{c.upper()} —", c.upper()))
    word = jump_word(p.src.title)
    jump = [(f"Please see {word}, Page {page}", "read_more"),
            (f"{p.src.publisher.upper()} | {p.d:%A}, {p.d:%B} {p.d.day}, {p.d.year} | {page}".upper(),
             "navigation"), (f"{word} | From Page A1", "navigation")]
    n = len(p.src.paragraphs)
    p.body(inserts=[jump] if n > 2 else [], at=[min(p.rng.randint(2, 5), n - 1)] if n > 2 else None, dateline=dl)
    p.footer([(PRESSREADER, "licensing")])


def g8_alert(p: Page) -> None:
    """Breaking-news alert e-mail: 'View this email in your browser' / 'BREAKING NEWS ALERT' / headline / 'Sept. 12,
    2016 • 4:05 PM EDT' / 'By A and B' / 'Read the full story' / receiving note, unsubscribe line, mailing address."""
    p.lines([("View this email in your browser", "ui"), (f"{p.src.publisher.upper()} | BREAKING NEWS ALERT",
                                                         "navigation")])
    p.space("\n")
    p.title()
    p.stamp(f"{MON_AP[p.d.month - 1]} {p.d.day}, {p.d.year} • {h12(p.hour, p.minute)} {p.tz}")
    if who := signed(p):
        p.bp(f"By {who}", "byline")
    p.space("\n")
    p.body(inserts=[[("Advertisement", "advertisement")]])
    site = SITES[p.src.publisher]
    p.footer([("Read the full story", "read_more"), (f"Forward this alert to a friend: share.{site}", "promo"),
              (ALERT_RECEIVING.format(pub=p.src.publisher), "subscribe"), (ALERT_PREFS, "subscribe"),
              ("Our mailing address is:", "subscribe"), (f"{p.src.publisher}, P.O. Box {p.rng.randint(100, 9999)}, "
                                                         "New York, NY 10108", "subscribe")])


def g9_kingston(p: Page) -> None:
    """Kingston daily: 'News | Foreign' / 'Jane Doe/Staff Reporter' line per author / 'Published: Monday | September
    12, 2016 | 3:05 PM' (Jamaica time) / 'WASHINGTON, DC:' / 'Related Stories' inside / comment policy,
    'Recommended For You', copyright."""
    p.bp(p.rng.choice(JM_SECTIONS), "navigation")
    p.title()
    for n in p.src.names:
        p.bp(f"{n}/{p.role(n, JM_ROLES)}", "byline")
    if not p.src.names and p.src.agency:
        p.bp(p.src.agency, "byline")
    t = local_time(p, -5)
    p.stamp(f"Published: {t:%A} | {t:%B} {t.day}, {t.year} | {h12(t.hour, t.minute)}", published=t.date())
    p.space("\n")
    dl = p.staff_dateline(0.5, lambda c: ("WASHINGTON, DC:", "WASHINGTON, DC") if c == "Washington"
                          else (f"{c.upper()}:", c.upper()))
    p.body(inserts=[[("Related Stories", "related"), *[(s, "related") for s in p.titles(2)]]], dateline=dl)
    p.footer([("Comments", "comments"), (JM_COMMENTS, "comments"), ("Recommended For You", "related"),
              *[(s, "related") for s in p.titles(2)], (f"Copyright © {p.d.year} {p.src.publisher}", "copyright")])


def g10_dublin(p: Page) -> None:
    """Dublin daily: 'News' / 'World News' / headline / name lines with an 'Email' link each / 'September 12 2016
    09:05 PM' (Irish time) / caption with 'Photo: Name/Agency' / 'Video of the Day' and newsletter prompts inside /
    'Follow ... on Twitter', copyright."""
    p.lines([(s, "navigation") for s in p.rng.choice(IE_SECTIONS)])
    p.title()
    for n in p.src.names:
        p.lines([(n, "byline"), ("Email", "follow")])
    if not p.src.names and p.src.agency:
        p.bp(p.src.agency, "byline")
    t, _ = uk_time(p)
    p.stamp(f"{t:%B} {t.day} {t.year} {t:%I:%M %p}", published=t.date())
    cap, name, agency = photo(p)
    p.bp(f"{cap}. Photo: {name}/{agency}", "caption")
    p.space("\n")
    p.body(inserts=[[("Video of the Day", "media")], [(IE_NEWSLETTER, "subscribe")]])
    p.footer([(f"Follow {p.src.publisher} on Twitter for the latest world news", "follow"),
              (f"© {p.src.publisher} {p.d.year}", "copyright")])


# (name, compose, publishers the style suits best)
NEWS7_STYLES: list[tuple[str, Callable[[Page], None], set[str]]] = [
    ("G1-hong-kong", g1_hong_kong, {"Reuters"}),
    ("G2-tokyo", g2_tokyo, {"The New York Times"}),
    ("G3-chain", g3_chain, {"USA Today"}),
    ("G4-terminal", g4_terminal, {"Politico"}),
    ("G5-long-read", g5_long_read, {"The Huffington Post"}),
    ("G6-campus", g6_campus, {"Western Journalism"}),
    ("G7-epaper", g7_epaper, {"The Washington Post"}),
    ("G8-alert", g8_alert, {"Breitbart News"}),
    ("G9-kingston", g9_kingston, {"Associated Press", "United Press International"}),
    ("G10-dublin", g10_dublin, {"The Washington Post"}),
]
