"""The HTTP layer: knows Flask and marshmallow, not spaCy.

Customises flask-smorest once, here, so every blueprint documents its errors
as RFC 9457 problem+json.
"""
from __future__ import annotations

import http
from collections.abc import Callable

import flask_smorest
from flask_smorest.utils import prepare_response

from service.api import errors
from service.api.schemas import ProblemSchema


class Api(flask_smorest.Api):
    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self) -> None:
        for status in http.HTTPStatus:
            if status < 400:
                continue
            response = {"description": status.phrase, "schema": self.ERROR_SCHEMA}
            prepare_response(response, self.spec, errors.PROBLEM_MIMETYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "An error, as RFC 9457 problem details.", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, errors.PROBLEM_MIMETYPE)
        self.spec.components.response(self.DEFAULT_ERROR_RESPONSE_NAME, response, lazy=True)

    def handle_http_exception(self, error):  # type: ignore[override]
        return errors.handle_http_exception(error)


class Blueprint(flask_smorest.Blueprint):
    """The project's blueprint: documents error answers as problem+json in one call."""

    def problems(self, descriptions: dict[int, str]) -> Callable[[Callable], Callable]:
        def document(view: Callable) -> Callable:
            for status, description in descriptions.items():
                view = self.alt_response(status, schema=ProblemSchema, content_type=errors.PROBLEM_MIMETYPE,
                                         description=description)(view)
            return view

        return document
