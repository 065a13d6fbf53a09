"""Every data file the service reads ships in the wheel (the Docker image installs without -e)."""
from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_package_data_covers_every_data_file():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["service"]
    package = ROOT / "service"
    data_files = [p for p in package.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
                  and "__pycache__" not in p.parts]
    assert data_files, "the service has data files"
    unshipped = [str(p.relative_to(package)) for p in data_files
                 if not any(p.relative_to(package).match(pattern) for pattern in globs)]
    assert unshipped == []
