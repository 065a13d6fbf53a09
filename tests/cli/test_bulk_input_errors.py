"""Bulk says what is wrong with a bad input row or file, and exits non-zero when every row failed."""
from __future__ import annotations

import json

import pytest

from service.bulk import read_chunks, read_result_rows, structure_partition
from service.validation import ID_RULE


def _errors(path):
    rows = structure_partition([row for chunk in read_chunks(path, 4) for row in chunk], max_chars=1000)
    return {row["id"]: row["error"] for row in rows if not row["ok"]}


def test_each_broken_line_says_what_is_wrong(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "a", "text": "Officials said so."}\n'
                       b'{"id": "b", "text": \n'
                       b'["not", "an", "object"]\n'
                       b'\n'
                       b'{"id": "e"}\n'
                       b'{"id": 7.5, "text": "Officials said so."}\n'
                       b'{"id": "g", "text": "caf\xe9"}\n'
                       b'{"id": 8, "text": "Officials said so."}\n')
    errors = _errors(source)
    assert set(errors) == {"2", "3", "e", "6", "7"}  # "8": an integer id is an id
    assert errors["2"]["status"] == 400 and errors["2"]["detail"].startswith("Line 2 is not valid JSON: ")
    assert errors["3"]["detail"] == "Line 3 is not a JSON object with a `text` field: it is an array."
    assert errors["e"]["detail"] == "Line 5 has no `text` field."
    assert errors["6"]["detail"] == f"Line 6: {ID_RULE}"
    assert errors["7"]["status"] == 400 and "not valid utf-8: byte" in errors["7"]["detail"]


def test_parquet_without_a_text_column_names_the_columns(cli, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["a"], "body": ["Officials said so."]}), tmp_path / "in.parquet")
    result = cli("bulk", "in.parquet", "out.jsonl", "--quiet", cwd=tmp_path, timeout=60)
    err = result.stderr.decode()
    assert result.returncode == 2 and "Traceback" not in err
    assert "has no `text` column: the columns are id, body" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_parquet_without_an_id_column_numbers_the_rows(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": ["one", "two"]}), tmp_path / "in.parquet")
    assert [r["id"] for c in read_chunks(tmp_path / "in.parquet", 8) for r in c] == ["1", "2"]


def test_every_row_failed_exits_non_zero(cli, tmp_path):
    (tmp_path / "in.jsonl").write_text("not json\n[1]\n")
    result = cli("bulk", "in.jsonl", "out.jsonl", "--quiet", "--workers", "1", cwd=tmp_path, timeout=120)
    assert result.returncode == 1, result.stderr.decode()
    assert "every row failed" in result.stderr.decode()
    assert [r["error"]["status"] for r in read_result_rows(tmp_path / "out.jsonl")] == [400, 422]


@pytest.mark.parametrize("item_id, ok, echoed", [
    ("a", True, "a"), (7, True, "7"), (2**63, False, None), (7.5, False, None), (True, False, None),
    ("x" * 257, False, None)])
def test_batch_ids_follow_the_bulk_rule(client, item_id, ok, echoed):
    answer = client.post("/v1/structure/batch", json={"articles": [{"id": item_id, "text": "Officials said so."}]})
    assert answer.status_code == 200
    result = answer.get_json()["results"][0]
    assert (result["ok"], result["id"]) == (ok, echoed)
    if not ok:
        assert result["error"]["errors"]["id"] == [ID_RULE]
    bulk = _row_of(item_id)
    assert (bulk["ok"], bulk["id"] if ok else None) == (ok, echoed)


def _row_of(item_id):
    from service.bulk import _row

    return structure_partition([_row({"id": item_id, "text": "Officials said so."}, 1)], max_chars=1000)[0]
