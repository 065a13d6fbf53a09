"""Hostile inputs, each answered with its status within its time bound (a real gunicorn-sized limit app)."""
from __future__ import annotations

import dataclasses
import json
import time

import pytest

BOUND = 2.0  # seconds, for every rejection
# Valid but extreme texts are processed, not rejected; their bound is the model's own cost (documented in README).
VALID_BOUND = 8.0


@pytest.fixture(scope="module")
def big_client(settings):
    from service.app import create_app

    limits = dataclasses.replace(settings, max_text_chars=120_000, max_content_length=1_000_000, max_batch_size=4)
    return create_app(limits).test_client()


def _json(client, payload: bytes, path="/v1/structure"):
    return client.post(path, data=payload, content_type="application/json")


HOSTILE = [
    ("non-UTF-8 bytes", lambda c: c.post("/v1/structure", data=b"\xff\xfe\xfa" * 100, content_type="text/plain"),
     400, BOUND),
    ("10 MB body", lambda c: c.post("/v1/structure", data=b"a" * 10_000_000, content_type="text/plain"), 413, BOUND),
    ("one character over the limit", lambda c: _json(c, json.dumps({"text": "a" * 120_001}).encode()), 413, BOUND),
    ("deeply nested JSON", lambda c: _json(c, b"[" * 50_000 + b"]" * 50_000), 400, BOUND),
    ("duplicate keys", lambda c: _json(c, b'{"text": "a b c", "text": "d"}'), 400, BOUND),
    ("huge number", lambda c: _json(c, b'{"text": ' + b"1" * 100_000 + b"}"), 400, BOUND),
    ("huge float exponent", lambda c: _json(c, b'{"text": "a", "options": {"claims": 1e999999}}'), 422, BOUND),
    ("wrong content type", lambda c: c.post("/v1/structure", data=b"<a/>", content_type="application/xml"),
     415, BOUND),
    ("batch over the maximum", lambda c: _json(c, json.dumps({"articles": [{"text": "x"}] * 5}).encode(),
                                               "/v1/structure/batch"), 422, BOUND),
    ("empty batch", lambda c: _json(c, b'{"articles": []}', "/v1/structure/batch"), 422, BOUND),
    ("100,000-character single token", lambda c: _json(c, json.dumps({"text": "x" * 100_000}).encode()),
     200, VALID_BOUND),
    ("50,000-character sentence without punctuation",
     lambda c: _json(c, json.dumps({"text": ("word " * 10_000)[:50_000]}).encode()), 200, VALID_BOUND),
    ("10,000 blank lines", lambda c: _json(c, json.dumps({"text": "\n" * 10_000 + "Officials said so."}).encode()),
     200, BOUND),
    ("5,000 opening quotes", lambda c: _json(c, json.dumps({"text": "“" * 5_000 + " he said"}).encode()),
     200, VALID_BOUND),
    ("NUL and control characters", lambda c: _json(c, json.dumps({"text": "A\x00B\x01C said D.\x7f"}).encode()),
     200, BOUND),
]


@pytest.mark.parametrize("case, send, status, bound", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input(big_client, case, send, status, bound):
    started = time.perf_counter()
    response = send(big_client)
    elapsed = time.perf_counter() - started
    assert response.status_code == status, response.data[:200]
    assert elapsed < bound, f"{case} took {elapsed:.2f} s"
    if status >= 400:
        assert response.mimetype == "application/problem+json"
        assert response.get_json()["status"] == status
