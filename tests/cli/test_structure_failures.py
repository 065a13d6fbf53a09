"""`structure-articles structure`: one bad input never loses the others; the CLI checks texts as HTTP does."""
from __future__ import annotations

import json
import subprocess

import pytest

from service.config import Settings
from service.validation import TextRejected, read_text

ARTICLE = "Bridge Reopens After Repairs\n\nBy Lee Wong\n\nThe bridge reopened on Monday, officials said.\n"
EMPTY = "The text must be a string with at least one non-whitespace character."


def _stdout_rows(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_a_missing_file_costs_only_itself(cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Bridge", "Tunnel"))
    result = cli("structure", "a.txt", "missing.txt", "b.txt", "--jsonl", cwd=tmp_path)
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert [row["id"] for row in _stdout_rows(result)] == ["a", "b"]
    assert "missing.txt: cannot read: No such file or directory" in err
    assert "Traceback" not in err and "1 failed, 2 of 3 inputs structured" in err


def test_cli_rejects_what_http_rejects_with_the_same_words(cli, tmp_path, client):
    # client: the HTTP app of tests/conftest.py, whose limit is 20,000 characters; the CLI gets the same limit.
    limit = 20_000
    files = {"empty.txt": b"", "blank.txt": b" \n\t\n", "binary.txt": b"\x89PNG\r\n\x1a\n\xff\xfe\x00",
             "long.txt": b"word " * (limit // 5 + 1), "good.txt": ARTICLE.encode()}
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    result = cli("structure", *files, "--out-dir", "out", "--quiet", cwd=tmp_path,
                 env={"MAX_TEXT_CHARS": str(limit)})
    err = result.stderr.decode()
    assert result.returncode == 1, err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.json"]
    for name, raw in files.items():
        if name == "good.txt":
            continue
        http = client.post("/v1/structure", data=raw, content_type="text/plain")
        assert http.status_code in (400, 413, 422)
        assert f"{name}: {http.get_json()['detail']}" in err, (name, err)


@pytest.mark.parametrize("raw, status", [(b"", 422), (b"\xff", 400), (b"x" * 11, 413), (b"ok", None)])
def test_one_rule_for_every_entry_point(raw, status):
    try:
        read_text(raw, max_chars=10)
        got = None
    except TextRejected as exc:
        got = exc.status
    assert got == status


def test_a_long_file_is_rejected_not_cut(cli, tmp_path):
    limit = Settings().max_text_chars
    (tmp_path / "long.txt").write_text("Officials said so. " * (300_000 // 19))
    result = cli("structure", "long.txt", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == b""
    assert f"the limit is {limit}" in result.stderr.decode()


def test_a_closed_pipe_ends_quietly(cli, tmp_path):
    process = subprocess.Popen(cli.command("structure", "-"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=tmp_path, env=cli.env())
    process.stdout.close()  # the reader is gone before anything is written, as with `| head -c 0`
    _, err = process.communicate(ARTICLE.encode(), timeout=120)
    assert err.decode().strip() == "" and process.returncode == 141
