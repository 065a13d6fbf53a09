"""Speed of the service against raw spaCy on the same corpus, same machine, same run.

(a) raw nlp.pipe over the model's default pipeline, n_process=1 and n_process=CPU count;
(b) the service's own processing in-process (structure_many);
(c) the running service over HTTP (gunicorn, default worker count), concurrent clients;
plus single-request latency on the seed article and the cost of each extraction stage.
"""
from __future__ import annotations

import argparse
import os
import time
from concurrent.futures import ThreadPoolExecutor

import spacy

from bench.common import MODEL, SEED, command_line, corpus, gunicorn, latency_summary, percentile, post
from service.config import Settings
from service.nlp.claims import extract_claims
from service.nlp.entities import extract_entities
from service.nlp.metadata import analyze_page
from service.nlp.pipeline import load_pipeline
from service.nlp.prepare import model_view
from service.nlp.structure import structure_many


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("nan")


def raw_pipe(texts: list[str], n_process: int) -> tuple[float, int]:
    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:4]))
    started = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=n_process, batch_size=8))
    return time.perf_counter() - started, tokens


def in_process(texts: list[str]) -> tuple[float, dict[str, float]]:
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model, settings.spacy_disable)
    list(structure_many(nlp, texts[:4]))
    started = time.perf_counter()
    list(structure_many(nlp, texts, batch_size=settings.batch_size))
    total = time.perf_counter() - started
    stages = {"metadata": 0.0, "spacy": 0.0, "entities": 0.0, "claims": 0.0}
    with nlp.memory_zone():
        t = time.perf_counter()
        layouts = [analyze_page(text) for text in texts]
        stages["metadata"] = time.perf_counter() - t
        views = [model_view(text, layout) for text, layout in zip(texts, layouts)]
        t = time.perf_counter()
        docs = list(nlp.pipe(views, batch_size=settings.batch_size))
        stages["spacy"] = time.perf_counter() - t
        for doc, layout in zip(docs, layouts):
            t = time.perf_counter()
            entities = extract_entities(doc, layout)
            stages["entities"] += time.perf_counter() - t
            t = time.perf_counter()
            extract_claims(doc, layout, entities)
            stages["claims"] += time.perf_counter() - t
    return total, stages


def over_http(texts: list[str], clients: int) -> tuple[float, list[float], list[float], int]:
    seed = SEED.read_text(encoding="utf-8")
    with gunicorn() as (base, _):
        for text in texts[:4]:
            post(base, text)
        single = [post(base, seed)[1] for _ in range(20)]
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda t: post(base, t), texts))
        elapsed = time.perf_counter() - started
    errors = sum(status != 200 for status, _ in results)
    return elapsed, [s for _, s in results], single, errors


def raw_single_latency() -> list[float]:
    nlp = spacy.load(MODEL)
    seed = SEED.read_text(encoding="utf-8")
    nlp(seed)
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        nlp(seed)
        timings.append(time.perf_counter() - started)
    return timings


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20 articles instead of the whole corpus")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the corpus (more = steadier)")
    args = parser.parse_args()
    texts = corpus(20 if args.quick else None) * (1 if args.quick else args.repeat)
    cpus = os.cpu_count() or 1
    print(f"corpus: {len(texts)} articles, {sum(map(len, texts)):,} characters; {cpus} CPUs")

    raw = {n: raw_pipe(texts, n) for n in sorted({1, cpus})}
    for n, (seconds, tokens) in raw.items():
        print(f"(a) raw nlp.pipe n_process={n}: {_rate(len(texts), seconds):.2f} articles/s, "
              f"{_rate(tokens, seconds):,.0f} tokens/s")
    best_raw = max(_rate(len(texts), s) for s, _ in raw.values())
    tokens = next(iter(raw.values()))[1]

    seconds, stages = in_process(texts)
    service_rate = _rate(len(texts), seconds)
    print(f"(b) service in-process: {service_rate:.2f} articles/s, {_rate(tokens, seconds):,.0f} tokens/s")
    for stage in ("metadata", "entities", "claims"):
        print(f"    {stage:<9} {stages[stage] * 1000 / len(texts):6.1f} ms/article = "
              f"{100 * stages[stage] / stages['spacy']:.1f}% of the spaCy pipeline "
              f"({stages['spacy'] * 1000 / len(texts):.0f} ms/article)")

    elapsed, latencies, single, errors = over_http(texts, clients=2 * cpus)
    http_rate = _rate(len(texts), elapsed)
    print(f"(c) HTTP, gunicorn default workers, {2 * cpus} clients: {http_rate:.2f} articles/s, "
          f"{_rate(tokens, elapsed):,.0f} tokens/s, errors {errors}; {latency_summary(latencies)}")
    raw_single = raw_single_latency()
    ratio_single = percentile(single, 50) / percentile(raw_single, 50)
    print(f"single seed request over HTTP: {latency_summary(single)}; raw nlp(seed): {latency_summary(raw_single)}")
    print(f"RATIOS: (b)/(a) = {service_rate / best_raw:.2f}   (c)/(a) = {http_rate / best_raw:.2f}   "
          f"seed p50 HTTP / raw nlp = {ratio_single:.2f}   (targets: (c)/(a) >= 1.0, seed <= 1.2)")
    print(f"reproduce: {command_line('bench.speed')}")
    return {"b_over_a": service_rate / best_raw, "c_over_a": http_rate / best_raw, "seed_ratio": ratio_single}


if __name__ == "__main__":
    main()
