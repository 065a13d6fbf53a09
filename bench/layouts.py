"""Page analysis alone over a folder of texts: answers shaped like the service's, without spaCy.

Scoring the page analysis against a gold set takes seconds this way instead of minutes through
the whole pipeline; the answers hold metadata, body and boilerplate, and empty entities and claims.

    .venv/bin/python -m bench.layouts ../shared/data/realpages-dev /tmp/rp-layout
    python3 ../shared/eval/realpages.py score --gold ../shared/data/realpages-dev --pred /tmp/rp-layout
    .venv/bin/python -m bench.layouts ../shared/data/metadata-dev /tmp/meta-layout
    python3 ../shared/eval/metadata_set.py score --gold ../shared/data/metadata-dev --pred /tmp/meta-layout
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from service.nlp.structure import page_layout
from service.records import Article, Stats
from service.serialize import article_to_dict


def layout_answer(text: str) -> dict:
    layout = page_layout(text)
    article = Article(layout.metadata, layout.headline, layout.subtitle, layout.body, layout.boilerplate,
                      [], [], Stats(0, len(layout.body.paragraphs), 0, 0.0))
    return article_to_dict(article)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="folder of NAME.txt")
    parser.add_argument("out", type=Path, help="folder for NAME.json")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    paths = sorted(args.source.glob("*.txt"))
    for path in paths:
        answer = layout_answer(path.read_text(encoding="utf-8"))
        (args.out / f"{path.stem}.json").write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
    elapsed = time.perf_counter() - started
    print(f"{len(paths)} texts in {elapsed:.1f} s ({1000 * elapsed / max(len(paths), 1):.1f} ms each) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
