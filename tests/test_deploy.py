"""The deployment files validate offline: Kubernetes schemas (kubernetes-validate) and compose structure."""
from __future__ import annotations

import socket
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).parents[1]
MANIFESTS = sorted((ROOT / "deploy" / "k8s").glob("*.yaml"))


@pytest.fixture()
def no_network(monkeypatch):
    """The validator must work air-gapped: any connection attempt fails the test."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("the manifest validator tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_kubernetes_manifest_is_valid(path, no_network):
    for document in yaml.safe_load_all(path.read_text()):
        kubernetes_validate.validate(document, "1.30.0", strict=True)


def test_deployment_probes_and_resources():
    deployment = yaml.safe_load((ROOT / "deploy" / "k8s" / "deployment.yaml").read_text())
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["resources"]["requests"]["memory"] and container["resources"]["requests"]["cpu"]
    hpa = yaml.safe_load((ROOT / "deploy" / "k8s" / "hpa.yaml").read_text())
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"


def test_compose_runs_replicas_behind_a_balancer():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    api, lb = compose["services"]["api"], compose["services"]["lb"]
    assert api["deploy"]["replicas"] >= 2 and api["healthcheck"]["test"]
    assert lb["depends_on"]["api"]["condition"] == "service_healthy"
    assert "server api:8000" in (ROOT / "deploy" / "nginx.conf").read_text()


def test_validator_rejects_a_broken_manifest():
    broken = yaml.safe_load((ROOT / "deploy" / "k8s" / "service.yaml").read_text())
    broken["spec"]["ports"][0]["port"] = "eighty"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, "1.30.0", strict=True)


def _nginx_directives(text: str) -> list[list[str]]:
    """nginx.conf as a flat list of directives (words), comments dropped; enough for these checks."""
    import re

    text = re.sub(r"#[^\n]*", "", text)
    return [statement.split() for statement in re.split(r"[;{}]", text) if statement.strip()]


def test_nginx_passes_a_client_request_id_through():
    directives = _nginx_directives((ROOT / "deploy" / "nginx.conf").read_text())
    headers = [d for d in directives if d[:2] == ["proxy_set_header", "X-Request-ID"]]
    assert len(headers) == 1
    variable = headers[0][2]
    assert variable != "$request_id", "nginx would replace the client's id with its own"
    mapping = next(d for d in directives if d[0] == "map" and d[2] == variable)
    assert mapping[1] == "$http_x_request_id"
    # The map's entries follow it: the client's header by default, nginx's own id only when it is empty.
    entries = directives[directives.index(mapping) + 1:directives.index(mapping) + 3]
    assert sorted(map(tuple, entries)) == [('""', "$request_id"), ("default", "$http_x_request_id")]
