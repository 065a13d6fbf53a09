"""Bulk structuring on Dask (dask.distributed): archives and backfills of many articles.

``structure_partition`` is the unit of work: a list of ``{"id", "text"}`` rows in,
one ``{"id", "ok", "result" | "error"}`` row out per input row, in order. It runs in
a Dask worker process and uses the process-wide pipeline (loaded once per worker,
on its first partition). ``run_bulk`` reads JSONL or Parquet, runs the partitions on
a local cluster or on a scheduler you name, and writes JSONL or Parquet.

Results are the same records the HTTP service returns for the same text.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from service.config import Settings
from service.nlp.pipeline import shared_pipeline
from service.nlp.structure import structure_many
from service.serialize import article_to_dict

log = logging.getLogger(__name__)


def _problem(detail: str) -> dict[str, Any]:
    return {"type": "about:blank", "title": "Unprocessable Entity", "status": 422, "detail": detail}


def _invalid(row: dict[str, Any], max_chars: int) -> str | None:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return "text must be a string with at least one non-whitespace character"
    if len(text) > max_chars:
        return f"text has {len(text)} characters; the limit is {max_chars}"
    if any("\ud800" <= c <= "\udfff" for c in text):
        return "text contains unpaired surrogate code points"
    return None


def structure_partition(rows: list[dict[str, Any]], model: str | None = None,
                        disable: tuple[str, ...] | None = None, max_chars: int | None = None,
                        batch_size: int = 8) -> list[dict[str, Any]]:
    """Structure one partition; a failing article is reported in its own row, never loses the others."""
    settings = Settings.from_env()
    nlp = shared_pipeline(model or settings.spacy_model,
                          settings.spacy_disable if disable is None else tuple(disable))
    limit = max_chars or settings.max_text_chars
    out: list[dict[str, Any] | None] = [None] * len(rows)
    valid = []
    for index, row in enumerate(rows):
        problem = _invalid(row, limit)
        if problem:
            out[index] = {"id": row.get("id"), "ok": False, "error": _problem(problem)}
        else:
            valid.append(index)
    texts = [rows[i]["text"] for i in valid]
    try:
        articles = list(structure_many(nlp, texts, batch_size=batch_size))
    except Exception:
        log.exception("partition failed; retrying its articles one by one")
        articles = []
        for text in texts:
            try:
                articles.append(next(iter(structure_many(nlp, [text]))))
            except Exception as error:  # noqa: BLE001 - recorded in the row
                articles.append(error)
    for index, article in zip(valid, articles):
        if isinstance(article, Exception):
            out[index] = {"id": rows[index].get("id"), "ok": False,
                          "error": {**_problem(f"processing failed: {type(article).__name__}"), "status": 500,
                                    "title": "Internal Server Error"}}
        else:
            out[index] = {"id": rows[index].get("id"), "ok": True, "result": article_to_dict(article)}
    return out  # type: ignore[return-value]


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows with an ``id`` and a ``text`` from a .jsonl or .parquet file."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path, columns=["id", "text"])
        return [{"id": None if i is None else str(i), "text": t}
                for i, t in zip(table.column("id").to_pylist(), table.column("text").to_pylist())]
    rows = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                row = json.loads(line)
                rows.append({"id": str(row.get("id", number)), "text": row.get("text")})
    return rows


def write_rows(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = list(rows)
        table = pa.table({
            "id": [r["id"] for r in rows],
            "ok": [r["ok"] for r in rows],
            "result": [json.dumps(r["result"], ensure_ascii=False) if r["ok"] else None for r in rows],
            "error": [None if r["ok"] else json.dumps(r["error"]) for r in rows],
        })
        pq.write_table(table, path)
        return
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def partitions(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def run_bulk(rows: list[dict[str, Any]], scheduler: str | None = None, workers: int = 2,
             partition_size: int = 16, progress: bool = True) -> list[dict[str, Any]]:
    """Structure all rows on Dask: a LocalCluster of worker processes, or the scheduler at ``scheduler``."""
    from dask.distributed import Client, LocalCluster, as_completed
    from tqdm import tqdm

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    with Client(scheduler or cluster) as client:
        chunks = list(partitions(rows, partition_size))
        futures = client.map(structure_partition, chunks, pure=False)
        order = {future.key: index for index, future in enumerate(futures)}
        results: list[list[dict[str, Any]]] = [[] for _ in chunks]
        with tqdm(total=len(rows), unit="article", disable=not progress) as bar:
            for future in as_completed(futures):
                part = future.result()
                results[order[future.key]] = part
                bar.update(len(part))
    if cluster is not None:
        cluster.close()
    return [row for part in results for row in part]
