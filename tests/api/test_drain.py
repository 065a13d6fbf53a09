"""A refused oversized body is read and discarded (bounded), so a client that sends it all reads its 413."""
from __future__ import annotations

import io
import json
import time

from werkzeug.test import EnvironBuilder

from service.api.drain import DRAIN_FACTOR, DrainRefusedBody


def _call(wsgi_app, body: bytes, content_length: int | None = None, content_type: str = "text/plain"):
    environ = EnvironBuilder(path="/v1/structure", method="POST", data=body,
                             content_type=content_type).get_environ()
    stream = io.BytesIO(body)
    environ["wsgi.input"] = stream
    if content_length is not None:
        environ["CONTENT_LENGTH"] = str(content_length)
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = int(status.split()[0]), dict(headers)

    answer = b"".join(wsgi_app(environ, start_response))
    return seen, answer, stream.tell()


def test_a_body_over_the_limit_is_read_before_the_413(app, settings):
    body = b"a" * (2 * settings.max_content_length)
    seen, answer, consumed = _call(app.wsgi_app, body)
    assert seen["status"] == 413 and seen["headers"]["Content-Type"] == "application/problem+json"
    assert json.loads(answer)["status"] == 413
    assert consumed == len(body)


def test_a_body_beyond_the_bound_is_not_read(app, settings):
    body = b"a" * (DRAIN_FACTOR * settings.max_content_length + 1)
    seen, _, consumed = _call(app.wsgi_app, body)
    assert seen["status"] == 413
    assert consumed == 0


def test_never_more_than_the_declared_length_is_read(app, settings):
    # A server whose wsgi.input is not bounded would block on the client's next bytes.
    declared = settings.max_content_length + 10
    seen, _, consumed = _call(app.wsgi_app, b"a" * (declared + 500), content_length=declared)
    assert seen["status"] == 413
    assert consumed == declared


def test_other_refusals_are_left_as_they_were(app):
    seen, _, consumed = _call(app.wsgi_app, b"<text>a</text>", content_type="application/xml")
    assert seen["status"] == 415
    assert consumed == 0


class _SlowStream:
    def __init__(self):
        self.reads = 0

    def read(self, size: int) -> bytes:
        self.reads += 1
        time.sleep(0.05)
        return b"a" * min(size, 10)


def test_draining_is_bounded_in_time():
    def refuse(environ, start_response):
        start_response("413 Request Entity Too Large", [("Content-Type", "application/problem+json")])
        return [b"{}"]

    middleware = DrainRefusedBody(refuse, max_content_length=100, limit_bytes=10_000, seconds=0.3)
    stream = _SlowStream()
    started = time.monotonic()
    read = middleware.drain({"CONTENT_LENGTH": "5000", "wsgi.input": stream})
    assert time.monotonic() - started < 1
    assert 0 < read < 5000
