"""Bulk throughput on Dask with 1 and 2 worker processes, against in-process structure_many.

Model loading in the workers is timed separately (a warm-up partition) from steady-state throughput.
"""
from __future__ import annotations

import argparse
import time

from bench.common import command_line, corpus
from service.bulk import structure_partition
from service.config import Settings
from service.nlp.pipeline import load_pipeline
from service.nlp.structure import structure_many


def on_cluster(rows: list[dict], workers: int) -> tuple[float, float]:
    from dask.distributed import Client, LocalCluster, wait

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(lambda: structure_partition([{"id": "w", "text": "Warm Up\n\nOfficials said so."}]))
        load = time.perf_counter() - started
        started = time.perf_counter()
        chunks = [rows[start:start + 8] for start in range(0, len(rows), 8)]
        futures = client.map(structure_partition, chunks, pure=False)
        wait(futures)
        assert sum(len(f.result()) for f in futures) == len(rows)
        return load, time.perf_counter() - started


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="24 articles")
    args = parser.parse_args()
    texts = corpus(24 if args.quick else None)
    rows = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model, settings.spacy_disable)
    list(structure_many(nlp, texts[:2]))
    started = time.perf_counter()
    list(structure_many(nlp, texts))
    base = len(texts) / (time.perf_counter() - started)
    print(f"in-process structure_many: {base:.2f} articles/s")
    figures = {}
    for workers in (1, 2):
        load, seconds = on_cluster(rows, workers)
        rate = len(texts) / seconds
        figures[f"dask_{workers}_workers"] = rate
        print(f"Dask LocalCluster, {workers} worker(s): {rate:.2f} articles/s = {rate / base:.2f}x in-process "
              f"(cluster start + model load {load:.1f} s, not counted)")
    print(f"reproduce: {command_line('bench.bulk')}")
    return figures


if __name__ == "__main__":
    main()
