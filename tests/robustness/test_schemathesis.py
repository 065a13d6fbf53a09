"""Schemathesis against the committed openapi.yaml and the app: no 5xx, every answer conforms to the spec."""
from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from service.app import create_app
from service.config import Settings
from tests.conftest import DISABLED, MODEL

SPEC = Path(__file__).parents[2] / "openapi.yaml"

schema = schemathesis.openapi.from_path(SPEC)
schema.app = create_app(Settings(spacy_model=MODEL, spacy_disable=DISABLED, max_text_chars=20_000,
                                 max_content_length=100_000))


@schema.parametrize()
@settings(max_examples=25, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_api_conforms(case):
    # The batch endpoint answers 200 to a batch with invalid items by design (each item gets its own
    # error), so "schema-violating request accepted" does not apply to it.
    excluded = [negative_data_rejection] if case.operation.path == "/v1/structure/batch" else []
    # Any string is valid HTML to a schema (as text/html or JSON `html`), but a page in which the extractor finds no text ('00', an empty
    # <body>) is answered 422 by design (tests/api/test_html_input.py), which no schema can say.
    if case.media_type == "text/html" or (isinstance(case.body, dict) and "html" in case.body):
        excluded.append(positive_data_acceptance)
    case.call_and_validate(excluded_checks=excluded)
