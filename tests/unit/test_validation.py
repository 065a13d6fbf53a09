from __future__ import annotations

import pytest

from service.bulk import structure_partition
from service.validation import text_problem


@pytest.mark.parametrize("text, status", [
    ("Officials said so.", None), (None, 422), (42, 422), ("", 422), (" \n\t", 422),
    ("x" * 11, 413), ("abc \ud800", 422),
])
def test_text_problem(text, status):
    problem = text_problem(text, max_chars=10 if status == 413 else 100)
    assert (problem[0] if problem else None) == status


def test_bulk_rows_get_the_http_status_and_title():
    rows = structure_partition([{"id": "long", "text": "word " * 30}, {"id": "blank", "text": " "}], max_chars=20)
    assert [(r["error"]["status"], r["error"]["title"]) for r in rows] == [
        (413, "Request Entity Too Large"), (422, "Unprocessable Entity")]
