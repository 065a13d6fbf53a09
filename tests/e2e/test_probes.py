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


def test_probes_answer_while_all_workers_are_busy(seed_text):
    probe_port = free_port()
    long_text = (seed_text * 40)[:70_000]  # about 4 s of work for one worker
    with gunicorn(workers=2, extra_env={"PROBE_PORT": str(probe_port)}) as (base, _):
        probes = f"http://127.0.0.1:{probe_port}"
        assert _get(f"{probes}/readyz", 2)[:2] == (200, b'{"status": "ready"}')
        finished: list[int] = []

        def structure() -> None:
            request = urllib.request.Request(f"{base}/v1/structure", data=long_text.encode(),
                                             headers={"Content-Type": "text/plain"})
            with urllib.request.urlopen(request, timeout=120) as response:
                finished.append(response.status)

        clients = [threading.Thread(target=structure) for _ in range(3)]  # two workers, one more waiting
        for client in clients:
            client.start()
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
    long_text = (seed_text * 40)[:70_000]
    with gunicorn(workers=1, extra_env={"PROBE_PORT": str(probe_port)}) as (base, process):
        probes = f"http://127.0.0.1:{probe_port}"
        statuses: list[int] = []

        def structure() -> None:
            request = urllib.request.Request(f"{base}/v1/structure", data=long_text.encode(),
                                             headers={"Content-Type": "text/plain"})
            with urllib.request.urlopen(request, timeout=120) as response:
                statuses.append(response.status)

        client = threading.Thread(target=structure)
        client.start()
        time.sleep(1)
        process.send_signal(signal.SIGTERM)  # gunicorn stops listening and drains the article in flight
        time.sleep(0.5)
        assert _get(f"{probes}/readyz", 2)[0] == 503
        assert _get(f"{probes}/healthz", 2)[0] == 200
        client.join()
        assert statuses == [200]
