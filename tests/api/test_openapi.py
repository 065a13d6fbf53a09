"""openapi.yaml is generated from the schemas, valid, and describes what the service returns."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_spec_validator import validate
from werkzeug.test import EnvironBuilder

from service.api.openapi import spec_yaml
from tests.conftest import DATA

SPEC_PATH = Path(__file__).parents[2] / "openapi.yaml"


@pytest.fixture(scope="module")
def committed() -> dict:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def openapi(committed) -> OpenAPI:
    config = Config(extra_media_type_deserializers={"application/problem+json": json.loads})
    return OpenAPI.from_dict(committed, config=config)


def test_committed_spec_matches_the_code():
    from service.app import create_app

    generated = spec_yaml(create_app(load_model=False).extensions["api"].spec)
    assert generated == SPEC_PATH.read_text(encoding="utf-8"), "openapi.yaml drifted: run `make openapi`"


def test_committed_spec_is_valid_openapi(committed):
    validate(committed)
    assert committed["openapi"].startswith("3.")


def test_served_spec_is_the_committed_one(client, committed):
    assert client.get("/openapi.json").get_json() == committed
    assert yaml.safe_load(client.get("/openapi.yaml").data) == committed


def _exchanges(seed_text):
    """(method, path, body, content type) of requests covering every documented answer."""
    texts = [seed_text, *(p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt")))]
    for text in texts:
        yield "POST", "/v1/structure", json.dumps({"text": text}), "application/json"
        yield "POST", "/v1/structure", text, "text/plain"
    batch = {"articles": [{"id": "a", "text": texts[1]}, {"text": ""}]}
    yield "POST", "/v1/structure/batch", json.dumps(batch), "application/json"
    yield "POST", "/v1/structure", '{"text": ""}', "application/json"
    yield "POST", "/v1/structure", "{", "application/json"
    yield "POST", "/v1/structure", "x", "image/png"
    for path in ("/healthz", "/readyz", "/v1/info"):
        yield "GET", path, None, None


def test_real_responses_conform_to_the_committed_spec(client, openapi, seed_text):
    checked = 0
    for method, path, body, content_type in _exchanges(seed_text):
        request = EnvironBuilder(path=path, method=method, data=body, content_type=content_type).get_request()
        response = client.open(path, method=method, data=body, content_type=content_type)
        openapi.validate_response(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(response))
        checked += 1
    assert checked >= 15


def test_keyed_operations_document_401_and_open_ones_need_no_key(committed):
    from service.api.auth import OPEN_PATHS

    keyed = []
    for path, operations in committed["paths"].items():
        for method, operation in operations.items():
            if path.startswith(OPEN_PATHS):
                assert operation.get("security") == [] and "401" not in operation["responses"], (method, path)
            else:
                assert "security" not in operation and "401" in operation["responses"], (method, path)
                keyed.append(f"{method.upper()} {path}")
    assert sorted(keyed) == ["GET /v1/info", "POST /v1/structure", "POST /v1/structure/batch"]


def test_a_real_401_conforms_to_the_committed_spec(openapi, settings):
    import dataclasses

    from service.app import create_app

    keyed = create_app(dataclasses.replace(settings, api_keys=("secret",)), load_model=False).test_client()
    for method, path, body in (("POST", "/v1/structure", '{"text": "x"}'), ("GET", "/v1/info", None),
                               ("POST", "/v1/structure/batch", '{"articles": []}')):
        request = EnvironBuilder(path=path, method=method, data=body, content_type="application/json",
                                 headers={"X-API-Key": "wrong"}).get_request()
        response = keyed.open(path, method=method, data=body, content_type="application/json",
                              headers={"X-API-Key": "wrong"})
        assert response.status_code == 401
        openapi.validate_response(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(response))
