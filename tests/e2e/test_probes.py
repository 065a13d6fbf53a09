"""Liveness and readiness answer within 1 s while every gunicorn worker is busy with a long article."""
from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request

import pytest

from bench.common import free_port, gunicorn


def _get(url: str, timeout: float) -> tuple[int, bytes, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read(), time.monotonic() - started
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), time.monotonic() - started


# Near the largest accepted article: about 5 s of work for one worker here (2 s at 70,000 characters
# proved too short on a fast minute: the articles finished before the probes were tried).
LONG_TEXT_CHARS = 190_000


def _long_text(seed_text: str) -> str:
    return (seed_text * 120)[:LONG_TEXT_CHARS]


def _structure_in_thread(base: str, text: str, statuses: list[int]) -> threading.Thread:
    def structure() -> None:
        request = urllib.request.Request(f"{base}/v1/structure", data=text.encode(),
                                         headers={"Content-Type": "text/plain"})
        with urllib.request.urlopen(request, timeout=120) as response:
            statuses.append(response.status)
    thread = threading.Thread(target=structure)
    thread.start()
    return thread


def test_probes_answer_while_all_workers_are_busy(seed_text):
    probe_port = free_port()
    long_text = _long_text(seed_text)
    with gunicorn(workers=2, extra_env={"PROBE_PORT": str(probe_port)}) as (base, _):
        probes = f"http://127.0.0.1:{probe_port}"
        assert _get(f"{probes}/readyz", 2)[:2] == (200, b'{"status": "ready"}')
        finished: list[int] = []
        # two workers, one more waiting
        clients = [_structure_in_thread(base, long_text, finished) for _ in range(3)]
        time.sleep(1)
        # Proof that every worker is busy: the service's own port cannot answer a probe now.
        with pytest.raises(OSError):
            urllib.request.urlopen(f"{base}/healthz", timeout=1)
        for path, body in (("/healthz", b'{"status": "ok"}'), ("/readyz", b'{"status": "ready"}')):
            status, answer, seconds = _get(f"{probes}{path}", 5)
            assert (status, answer) == (200, body) and seconds < 1, (path, seconds)
        assert not finished, "the articles finished before the probes were tried: make them longer"
        for client in clients:
            client.join()
        assert finished == [200, 200, 200]
        assert _get(f"{probes}/nothing", 2)[0] == 404


def test_readiness_fails_while_draining(seed_text):
    import signal

    probe_port = free_port()
    with gunicorn(workers=1, extra_env={"PROBE_PORT": str(probe_port)}) as (base, process):
        probes = f"http://127.0.0.1:{probe_port}"
        statuses: list[int] = []
        client = _structure_in_thread(base, _long_text(seed_text), statuses)
        time.sleep(1)
        process.send_signal(signal.SIGTERM)  # gunicorn stops listening and drains the article in flight
        time.sleep(0.5)
        assert _get(f"{probes}/readyz", 2)[0] == 503
        assert _get(f"{probes}/healthz", 2)[0] == 200
        client.join()
        assert statuses == [200]
