"""Bulk structuring on a real Dask LocalCluster with two worker processes."""
from __future__ import annotations

import json

import pytest

from service.bulk import read_rows, run_bulk, structure_partition, write_rows
from tests.conftest import DATA

ARTICLES = sorted((DATA / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def rows():
    good = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in ARTICLES]
    return good + [{"id": "blank", "text": "   "}, {"id": "missing", "text": None}]


@pytest.fixture(scope="module")
def cluster_results(rows):
    return run_bulk(rows, workers=2, partition_size=2, progress=False)


def test_cluster_results_equal_in_process_and_http(cluster_results, rows, nlp, client):
    assert [r["id"] for r in cluster_results] == [r["id"] for r in rows]
    in_process = structure_partition(rows)
    assert cluster_results == in_process
    for row, result in zip(rows, cluster_results):
        if result["ok"]:
            assert result["result"] == client.post("/v1/structure", json={"text": row["text"]}).get_json()


def test_bad_rows_fail_alone(cluster_results):
    by_id = {r["id"]: r for r in cluster_results}
    assert not by_id["blank"]["ok"] and by_id["blank"]["error"]["status"] == 422
    assert not by_id["missing"]["ok"]
    assert sum(r["ok"] for r in cluster_results) == len(ARTICLES)


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_files_round_trip(tmp_path, rows, suffix):
    source = tmp_path / f"in{suffix}"
    if suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"id": [r["id"] for r in rows[:2]], "text": [r["text"] for r in rows[:2]]}), source)
    else:
        source.write_text("".join(json.dumps(r) + "\n" for r in rows[:2]), encoding="utf-8")
    loaded = read_rows(source)
    assert [r["id"] for r in loaded] == [r["id"] for r in rows[:2]]
    out = tmp_path / f"out{suffix}"
    results = structure_partition(loaded)
    write_rows(out, results)
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(out).to_pylist()
        assert [json.loads(r["result"]) for r in table] == [r["result"] for r in results]
    else:
        assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == results
