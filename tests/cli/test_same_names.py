"""Two inputs with the same file name both keep their result, in --out-dir and in --jsonl."""
from __future__ import annotations

import json

ARTICLE = "{} Reopens After Repairs\n\nBy Lee Wong\n\nThe {} reopened on Monday, officials said.\n"


def _two_folders(tmp_path):
    for folder, word in (("dirA", "Bridge"), ("dirB", "Tunnel")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(ARTICLE.format(word, word.lower()))
    (tmp_path / "dirB" / "y.txt").write_text(ARTICLE.format("Road", "road"))


def test_out_dir_keeps_both(cli, tmp_path):
    _two_folders(tmp_path)
    result = cli("structure", "dirA/x.txt", "dirB/x.txt", "dirB/y.txt", "--out-dir", "out", "--quiet",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    assert written == ["dirA/x.json", "dirB/x.json", "y.json"]
    titles = {p: json.loads((tmp_path / "out" / p).read_text())["metadata"]["title"] for p in written}
    assert titles["dirA/x.json"].startswith("Bridge") and titles["dirB/x.json"].startswith("Tunnel")


def test_jsonl_ids_are_unique(cli, tmp_path):
    _two_folders(tmp_path)
    result = cli("structure", "dirA", "dirB", "dirA/x.txt", "--jsonl", "--quiet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    ids = [json.loads(line)["id"] for line in result.stdout.decode().splitlines()]
    assert ids == ["dirA/x", "dirB/x", "y"]  # the same file named twice is structured once
