"""Bounded load against a real gunicorn: no errors; a SIGKILLed worker is replaced; SIGTERM drains."""
from __future__ import annotations

import time

from bench.common import gunicorn, worker_pids
from bench.load import kill_one_worker, run_load, sigterm_drains
from tests.conftest import DATA

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]


def test_load_kill_and_drain():
    with gunicorn(workers=2) as (base, process):
        ok, failed, _ = run_load(base, TEXTS, clients=4, seconds=5)
        assert ok > 10 and failed == 0

        killed, act = kill_one_worker(process, after=1.5)
        ok, failed, _ = run_load(base, TEXTS, clients=4, seconds=5, during=act)
        assert killed["killed"] and ok > 10
        assert failed <= 4, "only requests in flight on the killed worker may fail"
        deadline = time.monotonic() + 20
        while len(worker_pids(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = worker_pids(process.pid)
        assert len(workers) == 2 and killed["killed"] not in workers

        assert sigterm_drains(base, process)
        assert process.returncode == 0
