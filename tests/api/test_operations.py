"""Metrics, API keys and access logs."""
from __future__ import annotations

import dataclasses
import logging

import pytest


def _sample(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if line.startswith(name) and all(f'{key}="{value}"' in line for key, value in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_articles_and_tokens(client):
    before = client.get("/metrics").get_data(as_text=True)
    client.post("/v1/structure", json={"text": "Officials said the bridge would reopen on Friday."})
    client.post("/v1/structure", json={"text": ""})
    after = client.get("/metrics").get_data(as_text=True)
    ok = {"endpoint": "/v1/structure", "method": "POST", "status": "200"}
    assert _sample(after, "structurer_http_requests_total", **ok) == _sample(before, "structurer_http_requests_total", **ok) + 1
    assert _sample(after, "structurer_http_requests_total", status="422") >= 1
    assert _sample(after, "structurer_articles_processed_total") == _sample(before, "structurer_articles_processed_total") + 1
    assert _sample(after, "structurer_tokens_processed_total") >= _sample(before, "structurer_tokens_processed_total") + 9
    assert _sample(after, "structurer_http_request_duration_seconds_count", **ok) >= 1
    assert _sample(after, "structurer_model_load_seconds") > 0


@pytest.fixture()
def keyed_client(settings):
    from service.app import create_app

    return create_app(dataclasses.replace(settings, api_keys=("s3cret", "other-key"))).test_client()


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"X-API-Key": "s3cre"}, 401),
    ({"Authorization": "Bearer s3cret"}, 200),
    ({"X-API-Key": "other-key"}, 200),
])
def test_api_keys_guard_the_api(keyed_client, headers, status):
    response = keyed_client.post("/v1/structure", json={"text": "Officials said so."}, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.mimetype == "application/problem+json"
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_probes_and_docs_stay_open_with_api_keys(keyed_client):
    for path in ("/healthz", "/readyz", "/metrics", "/openapi.json", "/docs"):
        assert keyed_client.get(path).status_code == 200, path
    assert keyed_client.get("/v1/info").status_code == 401


def test_access_log_has_request_fields_but_no_text(client, caplog):
    secret = "The confidential source said the merger is off."
    with caplog.at_level(logging.INFO, logger="service.access"):
        client.post("/v1/structure", json={"text": secret}, headers={"X-Request-ID": "log-1"})
    record = next(r for r in caplog.records if getattr(r, "request_id", None) == "log-1")
    assert (record.status, record.path, record.text_chars) == (200, "/v1/structure", len(secret))
    assert record.latency_ms > 0
    assert all(secret not in str(value) for value in vars(record).values())
