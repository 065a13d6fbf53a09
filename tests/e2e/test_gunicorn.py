"""The real thing: gunicorn with the project's config, over HTTP."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import assert_spans_valid

ROOT = Path(__file__).parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = {**os.environ, "PORT": str(port), "WEB_CONCURRENCY": "2", "LOG_LEVEL": "WARNING"}
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                                "--bind", f"127.0.0.1:{port}"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if _get(f"{base}/readyz")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"gunicorn did not become ready: {process.stderr.read().decode()[-2000:]}")
    yield base, process
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)


def test_structure_over_http(server, seed_text):
    base, _ = server
    request = urllib.request.Request(f"{base}/v1/structure", data=seed_text.encode(),
                                     headers={"Content-Type": "text/plain"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/json"
        data = json.loads(response.read())
    assert data["metadata"]["title"] == "ISIS Leader Baghdadi Flees Mosul, Leaves Men To Die In His Place"
    assert assert_spans_valid(seed_text, data) > 20


def test_errors_over_http_are_problems(server):
    base, _ = server
    request = urllib.request.Request(f"{base}/v1/structure", data=b'{"text": ""}',
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 422
    assert caught.value.headers["Content-Type"] == "application/problem+json"


def test_metrics_add_up_over_all_workers(server):
    base, _ = server
    for _ in range(6):
        request = urllib.request.Request(f"{base}/v1/structure", data=b"Officials said the road is closed.",
                                         headers={"Content-Type": "text/plain"})
        urllib.request.urlopen(request, timeout=30).read()
    for _ in range(4):  # whichever worker answers, it reports the whole server
        status, body = _get(f"{base}/metrics")
        assert status == 200
        lines = [line for line in body.decode().splitlines()
                 if line.startswith("structurer_articles_processed_total")]
        assert lines and float(lines[0].split()[-1]) >= 7


def test_sigterm_stops_the_server_cleanly(server):
    base, process = server
    assert _get(f"{base}/healthz")[0] == 200
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
