"""The real thing: gunicorn with the project's config, over HTTP."""
from __future__ import annotations

import json
import signal
import urllib.error
import urllib.request

import pytest

from bench.common import gunicorn
from service.config import Settings
from tests.conftest import HTML_PAGE, assert_spans_valid


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture(scope="module")
def server():
    with gunicorn(workers=2) as running:
        yield running


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


def test_a_page_posted_as_html_over_http(server):
    base, _ = server
    request = urllib.request.Request(f"{base}/v1/structure", data=HTML_PAGE.encode(),
                                     headers={"Content-Type": "text/html; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.loads(response.read())
    assert data["metadata"]["title"] == "Bridge Reopens After Repairs"
    assert "Share on Facebook" not in data["source_text"]
    assert assert_spans_valid(data["source_text"], {k: v for k, v in data.items() if k != "metadata"}) > 5


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


def test_an_oversized_body_sent_without_expect_gets_its_413(server):
    # urllib sends the whole body before reading (no Expect: 100-continue): without the drain
    # (service/api/drain.py) it got a broken pipe instead of the answer.
    base, _ = server
    body = b"a" * (2 * Settings().max_content_length)
    request = urllib.request.Request(f"{base}/v1/structure", data=body, headers={"Content-Type": "text/plain"})
    assert "Expect" not in request.headers
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=30)
    assert caught.value.code == 413
    assert caught.value.headers["Content-Type"] == "application/problem+json"
    problem = json.loads(caught.value.read())
    assert problem["status"] == 413 and problem["instance"] == "/v1/structure"
    assert _get(f"{base}/healthz")[0] == 200


def test_sigterm_stops_the_server_cleanly(server):
    base, process = server
    assert _get(f"{base}/healthz")[0] == 200
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0
