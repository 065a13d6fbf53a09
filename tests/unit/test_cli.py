from __future__ import annotations

import io
import json

from service.cli import main

ARTICLE = "Bridge Reopens After Repairs\n\nBy Lee Wong\n\nThe bridge reopened on Monday, officials said.\n"


def test_folder_to_one_json_file_each(tmp_path, capsys):
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text(ARTICLE)
    (source / "b.txt").write_text(ARTICLE.replace("Bridge", "Tunnel"))
    out = tmp_path / "out"
    assert main(["structure", str(source), "--out-dir", str(out), "--quiet"]) == 0
    titles = {p.stem: json.loads(p.read_text())["metadata"]["title"] for p in out.glob("*.json")}
    assert titles == {"a": "Bridge Reopens After Repairs", "b": "Tunnel Reopens After Repairs"}


def test_stdin_to_stdout(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(ARTICLE))
    assert main(["structure", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["metadata"]["title"] == "Bridge Reopens After Repairs"
    assert data["body"]["paragraphs"][0]["text"] == "The bridge reopened on Monday, officials said."


def test_no_inputs_is_an_error(tmp_path, capsys):
    assert main(["structure", str(tmp_path)]) == 2
    assert "no input" in capsys.readouterr().err
