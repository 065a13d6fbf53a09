"""A failing bulk run says why in one line, exits 2, and never truncates an existing output."""
from __future__ import annotations

import json
import socket

import pytest

PREVIOUS = '{"id": "1", "ok": true, "result": {"kept": true}}\n'


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "out.jsonl").write_text(PREVIOUS, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": "Officials said so."}) + "\n")
    return tmp_path


def _assert_failed_cleanly(result, folder, *words):
    err = result.stderr.decode()
    assert result.returncode == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and all(word in lines[0] for word in words), err
    assert (folder / "out.jsonl").read_text(encoding="utf-8") == PREVIOUS
    assert sorted(p.name for p in folder.iterdir()) == ["in.jsonl", "out.jsonl"]  # no temporary left


def test_missing_input_keeps_the_previous_output(cli, folder):
    result = cli("bulk", "missing.jsonl", "out.jsonl", "--quiet", cwd=folder, timeout=60)
    _assert_failed_cleanly(result, folder, "missing.jsonl", "no such file")


def test_unreachable_scheduler_keeps_the_previous_output(cli, folder):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = cli("bulk", "in.jsonl", "out.jsonl", "--quiet", "--scheduler", f"tcp://127.0.0.1:{port}",
                 "--connect-timeout", "1", cwd=folder, timeout=60)
    _assert_failed_cleanly(result, folder, "scheduler", f"127.0.0.1:{port}")


def test_unwritable_output_folder_is_one_line(cli, folder):
    result = cli("bulk", "in.jsonl", "nowhere/out.jsonl", "--quiet", cwd=folder, timeout=60)
    _assert_failed_cleanly(result, folder, "nowhere/out.jsonl")
