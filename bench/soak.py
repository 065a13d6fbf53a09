"""Memory stays flat: many requests of text full of never-seen words.

In-process: the spaCy StringStore size and this process's RSS over N structurings.
Over HTTP: each gunicorn worker's RSS (shared and private parts) at intervals over
N requests; the model pages stay shared between workers (preload + gc.freeze).
"""
from __future__ import annotations

import argparse
import random
import string
from concurrent.futures import ThreadPoolExecutor

from bench.common import command_line, gunicorn, memory_kib, post, worker_pids
from service.config import Settings
from service.nlp.pipeline import load_pipeline
from service.nlp.structure import structure


def novel_article(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 12)))

    names = [word().capitalize() + " " + word().capitalize() for _ in range(4)]
    sentences = [f"{rng.choice(names)} said the {word()} of {word().capitalize()} would {word()} "
                 f"{rng.randint(2, 9999)} {word()}s by {word().capitalize()}." for _ in range(12)]
    return f"{word().capitalize()} {word().capitalize()} {word()}\n\n" + "\n\n".join(sentences)


def in_process(requests: int, rng: random.Random) -> tuple[int, int]:
    from pathlib import Path

    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model, settings.spacy_disable)
    structure(nlp, novel_article(rng))
    strings_start = len(nlp.vocab.strings)
    rss = lambda: int(next(l for l in Path("/proc/self/status").read_text().splitlines()  # noqa: E731
                           if l.startswith("VmRSS")).split()[1])
    start_rss = rss()
    step = max(1, requests // 5)
    for number in range(1, requests + 1):
        structure(nlp, novel_article(rng))
        if number % step == 0:
            print(f"  in-process after {number:>5}: StringStore {len(nlp.vocab.strings):,} strings, "
                  f"RSS {rss() / 1024:.0f} MiB")
    return len(nlp.vocab.strings) - strings_start, rss() - start_rss


def over_http(requests: int, rng: random.Random) -> list[int]:
    growth = []
    # Worker recycling off: the same workers serve every request, so their growth is what is measured.
    with gunicorn(extra_env={"GUNICORN_MAX_REQUESTS": "0"}) as (base, process):
        texts = [novel_article(rng) for _ in range(requests)]
        for text in texts[:20]:
            post(base, text)
        first = {pid: memory_kib(pid) for pid in worker_pids(process.pid)}
        for pid, mem in first.items():
            print(f"  worker {pid} after warm-up: RSS {mem['rss'] / 1024:.0f} MiB "
                  f"(shared {mem['shared'] / 1024:.0f} MiB, private {mem['private'] / 1024:.0f} MiB)")
        step = max(1, requests // 5)
        with ThreadPoolExecutor(4) as pool:
            for start in range(0, requests, step):
                statuses = list(pool.map(lambda t: post(base, t)[0], texts[start:start + step]))
                mems = {pid: memory_kib(pid) for pid in worker_pids(process.pid)}
                print(f"  after {start + step:>5} requests ({statuses.count(200)}/{len(statuses)} ok): " + ", ".join(
                    f"{pid}: RSS {m['rss'] / 1024:.0f} MiB (private {m['private'] / 1024:.0f})"
                    for pid, m in mems.items()))
        for pid, mem in mems.items():
            if pid in first:
                growth.append(mem["rss"] - first[pid]["rss"])
    return growth


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--quick", action="store_true", help="500 requests")
    args = parser.parse_args()
    requests = 500 if args.quick else args.requests
    rng = random.Random(7)
    strings, rss = in_process(requests, rng)
    print(f"in-process over {requests} articles of new words: StringStore grew by {strings} strings, "
          f"RSS by {rss / 1024:.1f} MiB")
    growth = over_http(requests, rng)
    print(f"over HTTP, {requests} requests: worker RSS growth after warm-up "
          + ", ".join(f"{g / 1024:.1f} MiB" for g in growth))
    print(f"reproduce: {command_line('bench.soak')}")
    return {"stringstore_growth": strings, "worker_rss_growth_mib": max(growth, default=0) / 1024}


if __name__ == "__main__":
    main()
