"""Liveness and readiness that answer while every worker is busy: a small server in the gunicorn master.

Sync workers handle one request each; when all of them are structuring long articles, a probe sent
to the service's port waits in the listen queue for a free worker (49.6 s measured), and the
orchestrator kills a healthy pod. The master process does no request work (it only supervises the
workers), so a daemon thread there answers ``GET /healthz`` and ``GET /readyz`` on ``PROBE_PORT``
within milliseconds whatever the workers do:

- ``/healthz`` 200 while the master runs: the master is what notices stuck workers (it kills a
  worker silent for ``GUNICORN_TIMEOUT`` seconds and starts another), so it alive means the service
  recovers on its own;
- ``/readyz`` 200 once the model is loaded (the master preloads it before forking) while the
  server listens and has live workers; 503 before, while draining after SIGTERM, or with no worker.

No Flask, no model, no locks shared with request handling; the thread only waits in ``select`` and
answers a few bytes, and a forked worker closes its copy of the probe socket (``close_in_worker``).
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Callable

_server: HTTPServer | None = None


def _handler(ready: Callable[[], bool]) -> type[BaseHTTPRequestHandler]:
    class Probe(BaseHTTPRequestHandler):
        timeout = 2  # a client that sends nothing cannot hold the (single) probe thread

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            if self.path.split("?")[0] == "/healthz":
                self._answer(200, {"status": "ok"})
            elif self.path.split("?")[0] == "/readyz":
                if ready():
                    self._answer(200, {"status": "ready"})
                else:
                    self._answer(503, {"status": "not ready"})
            else:
                self._answer(404, {"status": "not found"})

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - probes are not logged
            return

    return Probe


def start(port: int, ready: Callable[[], bool], host: str = "0.0.0.0") -> HTTPServer:
    """Serve the probes on ``host:port`` from a daemon thread; returns the server."""
    global _server
    server = HTTPServer((host, port), _handler(ready))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.5},
                              name="structurer-probes", daemon=True)
    thread.start()
    _server = server
    return server


def close_in_worker() -> None:
    """In a forked worker: drop the inherited probe socket (the thread itself did not survive the fork)."""
    global _server
    if _server is not None:
        _server.socket.close()
        _server = None


def gunicorn_ready(arbiter: Any) -> bool:
    """Ready: the app (and so the model) is loaded, the server still listens, and some worker lives."""
    return bool(getattr(arbiter, "LISTENERS", None)) and bool(getattr(arbiter, "WORKERS", None))
