"""Reads the unread rest of a refused request body, so the client reads the answer instead of a reset.

A client that sends its body without ``Expect: 100-continue`` (Python's urllib, most HTTP libraries)
writes the whole body before it reads anything. When the service answers an error without reading
the body (413 over MAX_CONTENT_LENGTH: Flask refuses from Content-Length alone), the sync worker
closes the connection with unread bytes in its receive buffer: the kernel resets the connection and
the client sees a broken pipe or a connection reset, never the 413 problem+json.

This WSGI middleware runs around the Flask app: when the app has answered 413 and before the
answer is sent, it reads and discards what is left of the body, bounded in bytes (``limit_bytes``,
DRAIN_FACTOR times MAX_CONTENT_LENGTH) and in time (DRAIN_SECONDS). A body declared over
MAX_CONTENT_LENGTH is refused from its Content-Length before anything reads it, so exactly that
many bytes are read (never more: a server that does not bound ``wsgi.input`` would wait for the
client's next request); a body declared larger than the bound is not read at all and the
connection is closed, as before. A chunked body is read to its end (up to the bound) only when
the server marks ``wsgi.input`` as terminated (gunicorn does).
"""
from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask

# How much of a refused body is read, in multiples of MAX_CONTENT_LENGTH, and for how long at most.
DRAIN_FACTOR = 4
DRAIN_SECONDS = 10.0
CHUNK = 64 * 1024


def _declared_length(environ: dict[str, Any]) -> int | None:
    try:
        return int(environ.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None


class DrainRefusedBody:
    """WSGI middleware: on a 413 answer, discard the rest of the request body (bounded)."""

    def __init__(self, app: Callable[..., Iterable[bytes]], max_content_length: int,
                 limit_bytes: int, seconds: float = DRAIN_SECONDS):
        self.app = app
        self.max_content_length = max_content_length
        self.limit_bytes = limit_bytes
        self.seconds = seconds

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        statuses: list[int] = []

        def recording_start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None):
            statuses.append(int(status.split(" ", 1)[0]))
            return start_response(status, headers, exc_info)

        result = self.app(environ, recording_start_response)
        if statuses and statuses[-1] == 413:
            self.drain(environ)
        return result

    def _to_read(self, environ: dict[str, Any]) -> int:
        """How many bytes to read: the declared body when nothing read it, else up to the bound."""
        declared = _declared_length(environ)
        if declared is not None:
            return declared if self.max_content_length < declared <= self.limit_bytes else 0
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        return self.limit_bytes if chunked and environ.get("wsgi.input_terminated") else 0

    def drain(self, environ: dict[str, Any]) -> int:
        """Read and discard the rest of the body; the number of bytes read."""
        to_read = self._to_read(environ)
        stream = environ.get("wsgi.input")
        if not to_read or stream is None:
            return 0
        sock = environ.get("gunicorn.socket")
        previous_timeout = sock.gettimeout() if sock is not None else None
        deadline = time.monotonic() + self.seconds
        total = 0
        try:
            while total < to_read:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                if sock is not None:
                    sock.settimeout(remaining)  # one slow read cannot outlast the deadline either
                chunk = stream.read(min(CHUNK, to_read - total))
                if not chunk:
                    break
                total += len(chunk)
        except Exception:  # noqa: BLE001  (the client went away, a read timed out, a malformed chunk)
            pass  # nothing more to read: the answer is sent and the connection closed, as without draining
        finally:
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.settimeout(previous_timeout)
        return total


def init_body_drain(app: Flask, max_content_length: int) -> None:
    """Install the middleware around ``app.wsgi_app`` (outermost, so the app's own hooks run first)."""
    app.wsgi_app = DrainRefusedBody(  # type: ignore[method-assign]
        app.wsgi_app, max_content_length, limit_bytes=DRAIN_FACTOR * max_content_length)
