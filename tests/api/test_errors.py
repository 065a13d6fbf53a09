"""Every bad input gets its 4xx application/problem+json answer."""
from __future__ import annotations

import json

import pytest

PROBLEM = "application/problem+json"
LONG = "word " * 4_001  # 20,005 characters: over the test limit of 20,000


def _post(client, body: bytes, content_type: str = "application/json", path: str = "/v1/structure"):
    return client.post(path, data=body, content_type=content_type)


CASES = [
    ("malformed json", lambda c: _post(c, b'{"text": "abc"'), 400),
    ("empty json body", lambda c: _post(c, b""), 400),
    ("invalid utf-8 json", lambda c: _post(c, b'{"text": "caf\xe9"}'), 400),
    ("invalid utf-8 text", lambda c: _post(c, b"caf\xe9 au lait", "text/plain"), 400),
    ("duplicate keys", lambda c: _post(c, b'{"text": "a", "text": "b"}'), 400),
    ("huge number", lambda c: _post(c, b'{"text": "a", "options": ' + b"9" * 5000 + b"}"), 400),
    ("deeply nested", lambda c: _post(c, b"[" * 100_000 + b"]" * 100_000), 413),
    ("nested within size", lambda c: _post(c, b'{"text": "a", "options": ' + b"[" * 5000 + b"]" * 5000 + b"}"), 400),
    ("missing text", lambda c: _post(c, b'{"options": {}}'), 422),
    ("empty text", lambda c: _post(c, b'{"text": ""}'), 422),
    ("whitespace text", lambda c: _post(c, b'{"text": " \\n\\t "}'), 422),
    ("whitespace plain text", lambda c: _post(c, b"  \n\n ", "text/plain"), 422),
    ("text is a number", lambda c: _post(c, b'{"text": 5}'), 422),
    ("body is a list", lambda c: _post(c, b'["text"]'), 422),
    ("unknown field", lambda c: _post(c, b'{"text": "a", "colour": "red"}'), 422),
    ("unknown option", lambda c: _post(c, b'{"text": "a", "options": {"fast": true}}'), 422),
    ("lone surrogate", lambda c: _post(c, b'{"text": "abc \\ud800 def"}'), 422),
    ("text over the limit", lambda c: _post(c, json.dumps({"text": LONG}).encode()), 413),
    ("body over the limit", lambda c: _post(c, b"x" * 100_001, "text/plain"), 413),
    ("form content type", lambda c: _post(c, b"text=abc", "application/x-www-form-urlencoded"), 415),
    ("no content type", lambda c: c.post("/v1/structure", data=b'{"text": "a"}'), 415),
    ("xml", lambda c: _post(c, b"<text>a</text>", "application/xml"), 415),
    ("unknown charset", lambda c: _post(c, b"abc", "text/plain; charset=klingon"), 415),
    ("unknown path", lambda c: c.get("/v2/nothing"), 404),
    ("wrong method", lambda c: c.get("/v1/structure"), 405),
    ("batch empty", lambda c: _post(c, b'{"articles": []}', path="/v1/structure/batch"), 422),
    ("batch too big", lambda c: _post(c, json.dumps({"articles": [{"text": "a"}] * 5}).encode(),
                                      path="/v1/structure/batch"), 422),
    ("batch not a list", lambda c: _post(c, b'{"articles": "a"}', path="/v1/structure/batch"), 422),
    ("batch extra field", lambda c: _post(c, b'{"articles": [], "x": 1}', path="/v1/structure/batch"), 422),
    ("batch as text", lambda c: _post(c, b"some text", "text/plain", path="/v1/structure/batch"), 415),
]


@pytest.mark.parametrize("case, send, status", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_its_problem(client, case, send, status):
    response = send(client)
    assert response.status_code == status, response.data[:300]
    assert response.mimetype == PROBLEM
    problem = response.get_json(force=True)
    assert problem["status"] == status
    assert problem["title"] and problem["detail"] and problem["type"]
    if status == 422 and "batch" not in case and "surrogate" not in case:
        assert problem["errors"]


def test_405_lists_allowed_methods(client):
    response = client.get("/v1/structure")
    assert "POST" in response.headers["Allow"]


def test_not_ready_answers_503(settings):
    from service.app import create_app

    client = create_app(settings, load_model=False).test_client()
    assert client.get("/healthz").status_code == 200
    for response in (client.get("/readyz"), client.post("/v1/structure", json={"text": "Hello there."})):
        assert response.status_code == 503
        assert response.mimetype == PROBLEM
        assert response.headers["Retry-After"] == "5"


def test_unexpected_errors_answer_500_without_a_trace(app, caplog, monkeypatch):
    from service.api import routes

    def explode(*_args, **_kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(routes, "structure_many", explode)
    response = app.test_client().post("/v1/structure", json={"text": "Hello there."},
                                      headers={"X-Request-ID": "trace-me"})
    assert response.status_code == 500
    assert response.mimetype == PROBLEM
    assert b"secret internals" not in response.data and b"Traceback" not in response.data
    assert response.get_json()["request_id"] == "trace-me"
    assert any(getattr(r, "request_id", None) == "trace-me" and r.exc_info for r in caplog.records)
