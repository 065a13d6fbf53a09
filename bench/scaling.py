"""Time per character of the service's processing for 1k, 10k, 50k and 200k-character articles.

Long articles are built from real paragraphs, so the text stays article-like.
Target: the 200k article costs at most 1.5x per character what a 5k one does.
"""
from __future__ import annotations

import argparse
import time

from bench.common import command_line, corpus
from service.config import Settings
from service.nlp.pipeline import load_pipeline
from service.nlp.structure import structure

SIZES = (1_000, 5_000, 10_000, 50_000, 200_000)


def article_of(size: int, paragraphs: list[str]) -> str:
    parts, length, index = ["A Long Article About Many Things"], 0, 0
    while length < size:
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:size]


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one timing per size instead of three")
    args = parser.parse_args()
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model, settings.spacy_disable)
    paragraphs = [p for text in corpus() for p in text.split("\n\n")[1:] if len(p) > 200]
    structure(nlp, article_of(5_000, paragraphs))
    per_char = {}
    for size in SIZES:
        text = article_of(size, paragraphs)
        runs = []
        for _ in range(1 if args.quick else 3):
            started = time.perf_counter()
            structure(nlp, text)
            runs.append(time.perf_counter() - started)
        per_char[size] = min(runs) / len(text) * 1e6
        print(f"{size:>8,} characters: {min(runs) * 1000:8.0f} ms   {per_char[size]:6.1f} µs/character")
    ratio = per_char[200_000] / per_char[5_000]
    print(f"RATIO 200k/5k time per character = {ratio:.2f} (target <= 1.5)")
    print(f"reproduce: {command_line('bench.scaling')}")
    return {"scaling_ratio": ratio}


if __name__ == "__main__":
    main()
