"""The command line as users run it: the console script in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "structure-articles"
ROOT = Path(__file__).parents[2]


class Cli:
    """``structure-articles ARGS`` in a subprocess (``python -m service`` when the script is not installed)."""

    def command(self, *args: str) -> list[str]:
        base = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "service"]
        return [*base, *args]

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(ROOT), **(extra or {})}

    def __call__(self, *args: str, cwd: Path | None = None, stdin: bytes | None = None, timeout: float = 120,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args), cwd=cwd, input=stdin, capture_output=True, timeout=timeout,
                              env=self.env(env))


@pytest.fixture()
def cli() -> Cli:
    return Cli()
