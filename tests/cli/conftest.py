"""The command line as users run it: the console script in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / "structure-articles"
ROOT = Path(__file__).parents[2]


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None, timeout: float = 120,
            script: bool = True) -> subprocess.CompletedProcess:
    """``structure-articles ARGS`` (or ``python -m service ARGS``) in a subprocess; bytes out and err."""
    command = [str(SCRIPT)] if script and SCRIPT.exists() else [sys.executable, "-m", "service"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([*command, *args], cwd=cwd, input=stdin, capture_output=True, timeout=timeout,
                          env=env)


@pytest.fixture()
def cli():
    return run_cli
