"""The HTML route against trafilatura alone, on the saved HTML of real pages (issue 15).

For every page view of a realpages folder that has its ``PAGE.html``, writes two answers shaped like
the service's: the service's own reading of the HTML (``service.nlp.html_input.structure_html``,
in-process, the same function the route calls) and trafilatura used alone (its metadata and main
text, paragraphs as body). Score both with the set's scorer:

    .venv/bin/python -m bench.html_route ../shared/data/realpages-dev /tmp/html-route
    python3 ../shared/eval/realpages.py score --gold ../shared/data/realpages-dev --pred /tmp/html-route/service
    python3 ../shared/eval/realpages.py score --gold ../shared/data/realpages-dev --pred /tmp/html-route/trafilatura
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import trafilatura

from service.config import Settings
from service.nlp.html_input import structure_html
from service.nlp.pipeline import shared_pipeline
from service.serialize import article_to_dict


def trafilatura_answer(html: str) -> dict:
    meta = trafilatura.extract_metadata(html)
    body = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    paragraphs = [{"start": 0, "end": 0, "text": line.strip()} for line in body.splitlines() if line.strip()]
    authors = [{"name": a.strip(), "role": None} for a in ((meta.author if meta else None) or "").split(";") if a.strip()]
    return {"metadata": {"title": meta.title if meta else None, "authors": authors,
                         "published": meta.date if meta else None, "publisher": meta.sitename if meta else None},
            "body": {"paragraphs": paragraphs}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="a realpages folder (NAME.page.txt beside NAME.html)")
    parser.add_argument("out", type=Path, help="folder for service/ and trafilatura/ answers")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    nlp = shared_pipeline(settings.spacy_model, settings.spacy_disable)
    (args.out / "service").mkdir(parents=True, exist_ok=True)
    (args.out / "trafilatura").mkdir(parents=True, exist_ok=True)
    started, count = time.perf_counter(), 0
    for page in sorted(args.source.glob("*.page.txt")):
        html_path = page.with_name(page.name[:-len(".page.txt")] + ".html")
        if not html_path.exists():
            continue
        html = html_path.read_bytes().decode("utf-8", errors="replace")
        name = f"{page.stem}.json"
        (args.out / "service" / name).write_text(json.dumps(article_to_dict(structure_html(nlp, html))))
        (args.out / "trafilatura" / name).write_text(json.dumps(trafilatura_answer(html)))
        count += 1
    print(f"{count} pages in {time.perf_counter() - started:.0f} s -> {args.out}/service, {args.out}/trafilatura")
    print(f"score: python3 ../shared/eval/realpages.py score --gold {args.source} --pred {args.out}/service (page views)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
