"""Load and faults against gunicorn: N concurrent clients for a fixed time, zero errors expected;
a worker killed with SIGKILL mid-load is replaced and only its in-flight requests fail;
SIGTERM lets in-flight requests finish before the server exits.
"""
from __future__ import annotations

import argparse
import http.client
import os
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from bench.common import SEED, command_line, corpus, gunicorn, latency_summary, post, worker_pids


def run_load(base: str, texts: list[str], clients: int, seconds: float,
             during: Callable[[], None] | None = None) -> tuple[int, int, list[float]]:
    """(ok, failed, latencies) of `clients` threads posting articles for `seconds`."""
    stop = time.monotonic() + seconds
    lock = threading.Lock()
    ok, failed, latencies = 0, 0, []

    def client(offset: int) -> None:
        nonlocal ok, failed
        index = offset
        while time.monotonic() < stop:
            try:
                status, elapsed = post(base, texts[index % len(texts)], timeout=60)
            except (OSError, http.client.HTTPException):
                # A worker killed mid-response leaves a reset or a truncated body: a failed request.
                status, elapsed = 0, 0.0
            with lock:
                if status == 200:
                    ok += 1
                    latencies.append(elapsed)
                else:
                    failed += 1
            index += clients

    with ThreadPoolExecutor(clients + 1) as pool:
        futures = [pool.submit(client, i) for i in range(clients)]
        if during is not None:
            pool.submit(during)
        for future in futures:
            future.result()
    return ok, failed, latencies


def kill_one_worker(process: subprocess.Popen, after: float) -> tuple[dict[str, int], Callable[[], None]]:
    """A task that SIGKILLs one worker `after` seconds in, and where it records which."""
    result: dict[str, int] = {}

    def act() -> None:
        time.sleep(after)
        victim = worker_pids(process.pid)[0]
        os.kill(victim, signal.SIGKILL)
        result["killed"] = victim

    return result, act


def sigterm_drains(base: str, process: subprocess.Popen) -> bool:
    """A request in flight when SIGTERM arrives still gets its 200."""
    long_text = "\n\n".join(corpus(8))
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.setdefault("status", post(base, long_text)[0]))
    thread.start()
    time.sleep(0.3)
    process.send_signal(signal.SIGTERM)
    thread.join(timeout=60)
    process.wait(timeout=60)
    return outcome.get("status") == 200


def main() -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--quick", action="store_true", help="10 s phases")
    args = parser.parse_args()
    seconds = 10 if args.quick else args.seconds
    texts = corpus() + [SEED.read_text(encoding="utf-8")]
    with gunicorn() as (base, process):
        ok, failed, latencies = run_load(base, texts, args.clients, seconds)
        print(f"steady load, {args.clients} clients, {seconds:.0f} s: {ok} ok, {failed} failed, "
              f"{ok / seconds:.1f} requests/s; {latency_summary(latencies)}")
        killed, act = kill_one_worker(process, seconds / 3)
        ok_k, failed_k, _ = run_load(base, texts, args.clients, seconds, during=act)
        time.sleep(2)
        workers = worker_pids(process.pid)
        print(f"SIGKILL of worker {killed.get('killed')} mid-load: {ok_k} ok, {failed_k} failed "
              f"(at most the {args.clients} in flight on that worker); workers now {workers}")
        drained = sigterm_drains(base, process)
        print(f"SIGTERM with a request in flight: {'drained, 200' if drained else 'request lost'}")
    print(f"reproduce: {command_line('bench.load')}")
    return {"load_failed": failed, "kill_failed": failed_k, "drained": float(drained)}


if __name__ == "__main__":
    main()
