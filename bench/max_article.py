"""How long the largest accepted article (MAX_TEXT_CHARS) takes: the figure GUNICORN_TIMEOUT must cover.

Two variants of exactly MAX_TEXT_CHARS characters, built from the tests' articles repeated:
"paragraphs" (blank-line separated paragraphs under a headline) and "single line" (the same words
with no line break at all, the slowest shape: the whole text is one line for the page analysis
and the parser gets no line-break sentence boundaries). Timed in-process (structure(), as a worker
runs it, after a warm-up); --http also times them over a real gunicorn, one at a time and two at
once (two workers on this machine's cores). Prints the machine, the figures and the command.
"""
from __future__ import annotations

import argparse
import os
import platform
import threading
import time
from pathlib import Path

from bench.common import ROOT, command_line, corpus, gunicorn, post
from service.config import Settings
from service.nlp.pipeline import shared_pipeline
from service.nlp.structure import structure, warm_up

ARTICLES = sorted((ROOT / "tests" / "data").rglob("*.txt"))


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {model}, Python {platform.python_version()}"


SOURCE = {"texts": [path.read_text(encoding="utf-8") for path in ARTICLES],
          "name": f"{len(ARTICLES)} files of tests/data"}


def _paragraphs() -> list[str]:
    paragraphs = []
    for text in SOURCE["texts"]:
        paragraphs.extend(p.strip() for p in text.split("\n\n")[1:] if len(p.strip()) > 80)
    return paragraphs


def paragraphs_article(size: int) -> str:
    """A headline, then the tests' paragraphs repeated, blank-line separated, cut to ``size`` characters."""
    paragraphs, parts, length, index = _paragraphs(), ["A Very Long Article About Many Things"], 0, 0
    while length < size:
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    return "\n\n".join(parts)[:size].rstrip().ljust(size, ".")


def single_line_article(size: int) -> str:
    """The same paragraphs joined by spaces: one line of ``size`` characters, no line break."""
    words = " ".join(" ".join(p.split()) for p in _paragraphs())
    text = words
    while len(text) < size:
        text += " " + words
    return text[:size].rstrip().ljust(size, ".")


def _time_in_process(nlp, text: str, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        structure(nlp, text)
        runs.append(time.perf_counter() - started)
    return min(runs)


def _time_http(base: str, text: str, clients: int) -> list[float]:
    results: list[tuple[int, float]] = [(0, 0.0)] * clients

    def one(index: int) -> None:
        results[index] = post(base, text, timeout=600)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for status, _ in results:
        if status != 200:
            raise RuntimeError(f"HTTP status {status}")
    return [seconds for _, seconds in results]


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a 20,000-character article instead of the largest")
    parser.add_argument("--repeat", type=int, default=1, help="in-process timings per variant (the best is kept)")
    parser.add_argument("--http", action="store_true",
                        help="also time them over gunicorn (2 workers), alone and two at once")
    parser.add_argument("--corpus", action="store_true",
                        help="build the texts from bench's corpus (PolNeAR dev when present: more varied words)")
    args = parser.parse_args()
    if args.corpus:
        SOURCE.update(texts=corpus(), name="bench.common.corpus() (PolNeAR dev when present)")
    settings = Settings.from_env()
    size = 20_000 if args.quick else settings.max_text_chars
    variants = {"paragraphs": paragraphs_article(size), "single line": single_line_article(size)}
    assert all(len(text) == size for text in variants.values())
    print(f"machine: {machine()}")
    print(f"article: {size:,} characters (MAX_TEXT_CHARS {settings.max_text_chars:,}), "
          f"built from {SOURCE['name']} repeated")
    nlp = shared_pipeline(settings.spacy_model, settings.spacy_disable)
    warm_up(nlp)
    results: dict[str, float] = {}
    for name, text in variants.items():
        seconds = _time_in_process(nlp, text, max(1, args.repeat))
        key = "max_article_" + name.replace(" ", "_") + "_s"
        results[key] = seconds
        print(f"in-process  {name:<12} {seconds:7.1f} s   ({len(text.splitlines())} lines)", flush=True)
    if args.http:
        with gunicorn(workers=2) as (base, _):
            for name, text in variants.items():
                alone = _time_http(base, text, 1)[0]
                both = _time_http(base, text, 2)
                results["max_article_http_" + name.replace(" ", "_") + "_s"] = alone
                print(f"over HTTP   {name:<12} {alone:7.1f} s alone, "
                      f"{' and '.join(f'{s:.1f}' for s in both)} s two at once", flush=True)
    slowest = max(value for key, value in results.items() if "http" not in key)
    print(f"slowest in-process: {slowest:.1f} s; GUNICORN_TIMEOUT is {settings.timeout} s "
          f"({settings.timeout / slowest:.1f}x)")
    print(f"reproduce: {command_line('bench.max_article')}")
    return results


if __name__ == "__main__":
    main()
