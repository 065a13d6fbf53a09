"""Prometheus metrics, correct under several gunicorn workers.

With ``PROMETHEUS_MULTIPROC_DIR`` set (gunicorn.conf.py sets it), every worker
writes its samples to that directory and ``/metrics`` aggregates them all, so
any worker answers for the whole server.
"""
from __future__ import annotations

import os
import time

from flask import Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest, multiprocess,
)

REQUESTS = Counter("structurer_http_requests_total", "HTTP requests answered.",
                   ["endpoint", "method", "status"])
LATENCY = Histogram("structurer_http_request_duration_seconds", "Time to answer a request.",
                    ["endpoint", "method", "status"],
                    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120))
ARTICLES = Counter("structurer_articles_processed_total", "Articles structured.")
TOKENS = Counter("structurer_tokens_processed_total", "Model tokens processed.")
CHARACTERS = Counter("structurer_characters_processed_total", "Characters of submitted text processed.")
MODEL_LOAD = Gauge("structurer_model_load_seconds", "Seconds the model took to load.",
                   multiprocess_mode="max")


def record_article(characters: int, tokens: int) -> None:
    ARTICLES.inc()
    CHARACTERS.inc(characters)
    TOKENS.inc(tokens)


def record_model_load(seconds: float) -> None:
    MODEL_LOAD.set(seconds)


def _observe(response: Response) -> Response:
    rule = request.url_rule.rule if request.url_rule is not None else "<unmatched>"
    labels = (rule, request.method, str(response.status_code))
    REQUESTS.labels(*labels).inc()
    LATENCY.labels(*labels).observe(time.perf_counter() - g.get("started", time.perf_counter()))
    return response


def metrics_response() -> Response:
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        payload = generate_latest(registry)
    else:
        payload = generate_latest()
    return Response(payload, mimetype=CONTENT_TYPE_LATEST.split(";")[0],
                    headers={"Content-Type": CONTENT_TYPE_LATEST})


def init_metrics(app: Flask) -> None:
    app.after_request(_observe)
