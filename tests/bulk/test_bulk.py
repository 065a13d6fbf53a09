"""Bulk structuring on a real Dask LocalCluster with two worker processes."""
from __future__ import annotations

import json

import pytest

from service.bulk import read_chunks, read_result_rows, run_bulk, structure_partition
from service.cli import main
from tests.conftest import DATA

ARTICLES = sorted((DATA / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def rows():
    good = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in ARTICLES]
    return good + [{"id": "blank", "text": "   "}, {"id": "missing", "text": None}]


@pytest.fixture(scope="module")
def progress_log() -> list[tuple[int, int]]:
    return []


@pytest.fixture(scope="module")
def cluster_results(rows, tmp_path_factory, progress_log):
    folder = tmp_path_factory.mktemp("bulk")
    source, target = folder / "in.jsonl", folder / "out.parquet"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows) + "not json\n", encoding="utf-8")
    counts = run_bulk(source, target, workers=2, partition_size=2, progress=False,
                      on_progress=lambda done, total: progress_log.append((done, total)))
    return counts, read_result_rows(target)


def test_cluster_results_equal_in_process_and_http(cluster_results, rows, client):
    counts, results = cluster_results
    assert counts == {"articles": len(rows) + 1, "failed": 3}
    assert [r["id"] for r in results] == [r["id"] for r in rows] + [str(len(rows) + 1)]
    assert results[:len(rows)] == structure_partition(rows)
    for row, result in zip(rows, results):
        if result["ok"]:
            assert result["result"] == client.post("/v1/structure", json={"text": row["text"]}).get_json()


def test_bad_rows_fail_alone(cluster_results):
    _, results = cluster_results
    by_id = {r["id"]: r for r in results}
    assert not by_id["blank"]["ok"] and by_id["blank"]["error"]["status"] == 422
    assert not by_id["missing"]["ok"]
    assert sum(r["ok"] for r in results) == len(ARTICLES)


def test_parquet_input_streams_in_chunks(tmp_path, rows):
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}), source)
    chunks = list(read_chunks(source, 2))
    assert [len(c) for c in chunks] == [2, 2, 2]
    assert [r["id"] for c in chunks for r in c] == [r["id"] for r in rows]


def test_cli_reads_and_writes_jsonl(tmp_path, rows, monkeypatch):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")

    def in_process(src, dst, **_):
        from service.bulk import RowWriter

        writer = RowWriter(dst)
        for chunk in read_chunks(src, 8):
            writer.write(structure_partition(chunk))
        writer.close()
        return {"articles": 1, "failed": 0}

    monkeypatch.setattr("service.bulk.run_bulk", in_process)
    assert main(["bulk", str(source), str(target), "--quiet"]) == 0
    assert read_result_rows(target)[0]["result"]["metadata"]["title"] == rows[0]["text"].splitlines()[0].strip()


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_output_is_replaced_only_when_the_run_finishes(tmp_path, suffix):
    from service.bulk import RowWriter

    target = tmp_path / f"out{suffix}"
    target.write_bytes(b"previous")
    row = {"id": "a", "ok": False, "error": {"status": 422}}
    failed = RowWriter(target)
    failed.write([row])
    failed.discard()
    assert target.read_bytes() == b"previous" and len(list(tmp_path.iterdir())) == 1
    writer = RowWriter(target)
    writer.write([row])
    assert target.read_bytes() == b"previous"  # nothing visible until the run is complete
    writer.close()
    assert read_result_rows(target) == [row] and len(list(tmp_path.iterdir())) == 1
    assert target.stat().st_mode & 0o777 != 0o600


def test_progress_has_a_total_and_moves_per_article(cluster_results, rows, progress_log):
    progress = progress_log
    total = len(rows) + 1
    assert {t for _, t in progress} == {total}  # the input's row count, known before the first result
    done = [d for d, _ in progress]
    assert done == sorted(set(done)) and done[-1] == total
    # Partitions hold 2 rows: moving per partition would give at most total/2 steps; every article is a step.
    assert len(done) >= len(ARTICLES) + 1
