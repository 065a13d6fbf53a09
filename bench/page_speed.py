"""Cost of page analysis against raw spaCy on the same texts: tidy articles and whole pasted web pages.

For each text, page analysis (``analyze_page``: line reader, story window, rule reader) and the raw
default spaCy pipeline (``spacy.load(MODEL)``, the model the service loads, every component on) run
on the same text in the same process; the figure is the ratio of the summed times. The target of
issue 12 is under 5%.

    .venv/bin/python -m bench.page_speed                       # PolNeAR dev articles and realpages-dev
    .venv/bin/python -m bench.page_speed --limit 40
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from bench.common import MODEL, command_line, corpus
from service.nlp.page import analyze_page
from service.nlp.structure import WARM_UP_TEXT

REALPAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "realpages-dev"


def measure(texts: list[str], warm_up: list[str]) -> tuple[float, float]:
    """Summed seconds of page analysis and of raw spaCy over ``texts``, after a warm-up on other texts
    (a serving worker has loaded its date parser and language identifier, not seen these lines)."""
    nlp = spacy.load(MODEL)
    for text in [WARM_UP_TEXT, *warm_up]:  # the service's own warm-up loads the date parser
        analyze_page(text)
    nlp(warm_up[0])
    page = model = 0.0
    for text in texts:
        started = time.perf_counter()
        analyze_page(text)
        page += time.perf_counter() - started
        started = time.perf_counter()
        nlp(text)
        model += time.perf_counter() - started
    return page, model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=80, help="texts per set")
    args = parser.parse_args(argv)
    articles = corpus()
    sets = {"articles (PolNeAR dev)": (articles[:args.limit], articles[-5:])}
    if REALPAGES.exists():
        pages = [p.read_text(encoding="utf-8") for p in sorted(REALPAGES.glob("*.page.txt"))]
        sets["whole pasted pages (realpages-dev)"] = (pages[:args.limit], pages[-5:])
    for name, (texts, warm_up) in sets.items():
        page, model = measure(texts, warm_up)
        print(f"{name}: {len(texts)} texts, page analysis {1000 * page / len(texts):.1f} ms/text, "
              f"raw spaCy {1000 * model / len(texts):.1f} ms/text, ratio {page / model:.3f}")
    print(f"reproduce: {command_line('bench.page_speed')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
