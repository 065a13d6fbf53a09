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
    # Every probe goes to the master's probe port, never to a worker that may be busy.
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert ports["probe"] == int(env["PROBE_PORT"]) != ports["http"]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["port"] == "probe", probe
    assert container["resources"]["requests"]["memory"] and container["resources"]["requests"]["cpu"]
    hpa = yaml.safe_load((ROOT / "deploy" / "k8s" / "hpa.yaml").read_text())
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"


def _container(deployment: dict) -> dict:
    return deployment["spec"]["template"]["spec"]["containers"][0]


@pytest.fixture()
def deployment() -> dict:
    return yaml.safe_load((ROOT / "deploy" / "k8s" / "deployment.yaml").read_text())


def test_api_keys_come_from_an_optional_secret(deployment):
    env = {e["name"]: e for e in _container(deployment)["env"]}
    secret = env["API_KEYS"]["valueFrom"]["secretKeyRef"]
    assert secret["optional"] is True and secret["key"] == "API_KEYS" and secret["name"]


def test_pod_is_hardened(deployment):
    pod = deployment["spec"]["template"]["spec"]
    container = _container(deployment)
    context = container["securityContext"]
    assert context["readOnlyRootFilesystem"] is True and context["allowPrivilegeEscalation"] is False
    assert context["capabilities"]["drop"] == ["ALL"] and "add" not in context["capabilities"]
    assert pod["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
    assert pod["securityContext"]["runAsNonRoot"] is True


def test_every_path_the_service_writes_is_an_empty_dir(deployment):
    pod = deployment["spec"]["template"]["spec"]
    container = _container(deployment)
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: volumes[m["name"]] for m in container["volumeMounts"]}
    assert all("emptyDir" in volume for volume in mounts.values())
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["PROMETHEUS_MULTIPROC_DIR"] in mounts  # the workers' shared metrics
    assert "/tmp" in mounts  # gunicorn's worker heartbeat files, tempfile


def test_startup_probe_covers_the_model_load(deployment):
    container = _container(deployment)
    startup = container["startupProbe"]
    assert startup["httpGet"]["path"] == "/healthz"
    # The model loads before gunicorn listens: allow minutes, not the liveness probe's 30 s.
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 120
    assert "initialDelaySeconds" not in container["livenessProbe"]


def test_gunicorn_clears_a_mounted_metrics_dir_once(tmp_path, monkeypatch):
    import runpy

    stale = tmp_path / "counter_123.db"
    stale.write_bytes(b"old")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    monkeypatch.setenv("_STRUCTURER_METRICS_CLEARED", "")
    config = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert not stale.exists() and config["control_socket_disable"] is True
    stale.write_bytes(b"live")  # a reload (SIGHUP) reads the config again: the live files stay
    runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    assert stale.exists()


def test_compose_is_hardened_and_takes_api_keys():
    api = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["api"]
    assert api["read_only"] is True and api["cap_drop"] == ["ALL"]
    assert "no-new-privileges:true" in api["security_opt"]
    assert {"/tmp", api["environment"]["PROMETHEUS_MULTIPROC_DIR"]} <= set(api["tmpfs"])
    assert api["environment"]["API_KEYS"] == "${API_KEYS:-}"


def test_compose_runs_replicas_behind_a_balancer():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    api, lb = compose["services"]["api"], compose["services"]["lb"]
    assert api["deploy"]["replicas"] >= 2 and "127.0.0.1:8001/readyz" in api["healthcheck"]["test"][-1]
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
