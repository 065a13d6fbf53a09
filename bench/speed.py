"""Speed of the service against raw spaCy on the same corpus, same machine, same run.

(a) raw nlp.pipe over the model's default pipeline, n_process=1 and n_process=CPU count;
(b) the service's own processing in-process (structure_many);
(c) the running service over HTTP (gunicorn, default worker count), concurrent clients;
plus single-request latency on the seed article and the cost of each extraction stage.

This machine's speed drifts by a fifth from minute to minute (a shared virtual machine),
so (a) with n_process=CPU count, (c) and the single-request latencies are measured in
alternating rounds against one running server, and the ratios are the medians of the
rounds' ratios: a slow minute slows both sides of a ratio alike.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import spacy

from bench.common import MODEL, SEED, command_line, corpus, gunicorn, latency_summary, percentile, post
from service.config import Settings
from service.nlp.claims import extract_claims
from service.nlp.entities import extract_entities
from service.nlp.page import analyze_page
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


def over_http(base: str, texts: list[str], clients: int) -> tuple[float, list[float], int]:
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(lambda t: post(base, t), texts))
    elapsed = time.perf_counter() - started
    errors = sum(status != 200 for status, _ in results)
    return elapsed, [s for _, s in results], errors


def single_latencies(base: str, nlp: spacy.Language, seed: str, count: int = 20) -> tuple[list[float], list[float]]:
    """The seed article as one request at a time over HTTP, and through raw ``nlp(text)``."""
    http = [post(base, seed)[1] for _ in range(count)]
    raw = []
    for _ in range(count):
        started = time.perf_counter()
        nlp(seed)
        raw.append(time.perf_counter() - started)
    return http, raw


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20 articles and one round instead of the whole corpus")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the corpus per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of (a) and (c) (more = steadier)")
    args = parser.parse_args()
    texts = corpus(20 if args.quick else None) * (1 if args.quick else args.repeat)
    rounds = 1 if args.quick else args.rounds
    cpus = os.cpu_count() or 1
    print(f"corpus: {len(texts)} articles, {sum(map(len, texts)):,} characters; {cpus} CPUs; {rounds} rounds")

    seconds, tokens = raw_pipe(texts, 1)
    single_process_rate = _rate(len(texts), seconds)
    print(f"(a) raw nlp.pipe n_process=1: {single_process_rate:.2f} articles/s, {_rate(tokens, seconds):,.0f} tokens/s")

    seconds, stages = in_process(texts)
    service_rate = _rate(len(texts), seconds)
    print(f"(b) service in-process: {service_rate:.2f} articles/s, {_rate(tokens, seconds):,.0f} tokens/s")
    for stage in ("metadata", "entities", "claims"):
        print(f"    {stage:<9} {stages[stage] * 1000 / len(texts):6.1f} ms/article = "
              f"{100 * stages[stage] / stages['spacy']:.1f}% of the spaCy pipeline "
              f"({stages['spacy'] * 1000 / len(texts):.0f} ms/article)")

    seed = SEED.read_text(encoding="utf-8")
    raw_nlp = spacy.load(MODEL)
    raw_nlp(seed)
    b_ratios, c_ratios, seed_ratios, latencies, singles, raw_singles, errors = [], [], [], [], [], [], 0
    with gunicorn() as (base, _):
        for text in texts[:4]:
            post(base, text)
        for number in range(1, rounds + 1):
            seconds, _ = raw_pipe(texts, cpus)
            best_raw = max(single_process_rate, _rate(len(texts), seconds))
            elapsed, round_latencies, round_errors = over_http(base, texts, clients=2 * cpus)
            http_rate = _rate(len(texts), elapsed)
            single, raw_single = single_latencies(base, raw_nlp, seed)
            b_ratios.append(service_rate / best_raw)
            c_ratios.append(http_rate / best_raw)
            seed_ratios.append(percentile(single, 50) / percentile(raw_single, 50))
            latencies += round_latencies
            singles += single
            raw_singles += raw_single
            errors += round_errors
            print(f"round {number}: (a) raw nlp.pipe n_process={cpus}: {_rate(len(texts), seconds):.2f} articles/s; "
                  f"(c) HTTP, {2 * cpus} clients: {http_rate:.2f} articles/s, {_rate(tokens, elapsed):,.0f} tokens/s, "
                  f"errors {round_errors}; (c)/(a) = {c_ratios[-1]:.2f}, seed p50 HTTP / raw = {seed_ratios[-1]:.2f}")
    print(f"(c) HTTP, gunicorn default workers, all rounds: errors {errors}; {latency_summary(latencies)}")
    print(f"single seed request over HTTP: {latency_summary(singles)}; raw nlp(seed): {latency_summary(raw_singles)}")
    summary = {"b_over_a": statistics.median(b_ratios), "c_over_a": statistics.median(c_ratios),
               "seed_ratio": statistics.median(seed_ratios)}
    print(f"RATIOS (median of {rounds} rounds): (b)/(a) = {summary['b_over_a']:.2f}   "
          f"(c)/(a) = {summary['c_over_a']:.2f}   seed p50 HTTP / raw nlp = {summary['seed_ratio']:.2f}   "
          f"(targets: (c)/(a) >= 1.0, seed <= 1.2)")
    print(f"reproduce: {command_line('bench.speed')}")
    return summary


if __name__ == "__main__":
    main()
