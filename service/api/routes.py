"""Endpoints: structuring, batch, health, info and the spec."""
from __future__ import annotations

import dataclasses
from typing import Any

import marshmallow as ma
from flask import Response, current_app, request
from flask.views import MethodView

from service import __version__
from service.api import Blueprint, metrics
from service.api.openapi import spec_yaml
from service.api.auth import OPEN, UNAUTHORIZED
from service.api.errors import ProblemError, problem_body
from service.api.observability import note_text
from service.api.payload import read_body
from service.api.schemas import (
    BatchItemSchema, BatchRequestSchema, BatchResponseSchema, HealthSchema, InfoSchema,
    StructureRequestSchema, StructureResponseSchema,
)
from service.config import Settings
from service.validation import TextRejected, check_id, check_text
from service.nlp.html_input import MainTextTooLong, NoMainText, is_html_document, structure_html
from service.nlp.structure import structure_many
from service.records import Article

blp = Blueprint("structure", __name__, description="Structure pasted news articles.")
ops = Blueprint("operations", __name__, description="Health, readiness and service information.")

_request_schema = StructureRequestSchema()
_item_schema = BatchItemSchema()
_response_schema = StructureResponseSchema()

_REQUEST_BODY = {
    "required": True,
    "content": {
        # Exactly one of `text` and `html` (the schema's own check, which a field list cannot state).
        "application/json": {"schema": {"oneOf": [
            {"allOf": [{"$ref": "#/components/schemas/StructureRequest"}], "required": [field]}
            for field in ("text", "html")]}},
        "text/html": {"schema": {"type": "string", "minLength": 1}},
        "text/plain": {"schema": {"type": "string", "minLength": 1},
                       "example": "Headline\n\nBy Jane Doe\n\nWASHINGTON (Reuters) - Officials said on Monday ..."},
    },
}


def _settings() -> Settings:
    return current_app.extensions["settings"]


def _nlp():
    nlp = current_app.extensions.get("nlp")
    if nlp is None:
        raise ProblemError(503, "The language model is not loaded yet; retry shortly.", headers={"Retry-After": "5"})
    return nlp


def _check_text(text: str, max_chars: int | None = None) -> None:
    """The shared rule (service.validation), as problem+json."""
    try:
        check_text(text, _settings().max_text_chars if max_chars is None else max_chars)
    except TextRejected as exc:
        raise ProblemError(exc.status, exc.detail, errors={"text": [exc.detail]} if exc.status == 422 else None)


def _load(schema: ma.Schema, data: Any) -> dict[str, Any]:
    try:
        return schema.load(data)
    except ma.ValidationError as exc:
        raise ProblemError(422, "The request is not valid; see errors.", errors=exc.messages) from None


def _apply_options(article: Article, options: dict[str, bool]) -> Article:
    claims = article.claims if options["claims"] else []
    if not options["unattributed_claims"]:
        claims = [c for c in claims if c.kind != "unattributed"]
    if not options["model_claims"]:
        claims = [c for c in claims if c.detected_by != "model"]
    entities = article.entities if options["entities"] else []
    return dataclasses.replace(article, claims=claims, entities=entities)


def _structure(payloads: list[dict[str, Any]]) -> list[Article]:
    nlp = _nlp()
    note_text(_settings(), [p["text"] for p in payloads])
    articles = structure_many(nlp, [p["text"] for p in payloads], batch_size=_settings().batch_size)
    results = []
    for article, payload in zip(articles, payloads):
        metrics.record_article(len(payload["text"]), article.stats.token_count)
        results.append(_apply_options(article, payload["options"]))
    return results


def _structure_html(payload: dict[str, Any]) -> Article:
    nlp = _nlp()
    note_text(_settings(), [payload["html"]])
    try:
        article = structure_html(nlp, payload["html"], _settings().max_text_chars)
    except NoMainText as exc:
        raise ProblemError(422, str(exc), errors={"html": [str(exc)]}) from None
    except MainTextTooLong as exc:
        raise ProblemError(413, str(exc)) from None
    metrics.record_article(len(payload["html"]), article.stats.token_count)
    return _apply_options(article, payload["options"])


@blp.route("/v1/structure")
class Structure(MethodView):
    @blp.doc(requestBody=_REQUEST_BODY)
    @blp.response(200, StructureResponseSchema)
    @blp.problems({
        **UNAUTHORIZED,
        400: "Malformed JSON or undecodable bytes.",
        413: "Body or text over the limits in `GET /v1/info` (for a page, the text read from it).",
        415: "Content-Type is neither application/json nor text/plain.",
        422: "Missing, empty or whitespace-only text, HTML with no readable text, wrong types, unknown fields.",
        503: "The model is not loaded yet.",
    })
    def post(self):
        """Structure one article.

        Send the raw text as `text/plain`, or JSON `{"text": ..., "options": {...}}`.
        Every span's `start`/`end` are code-point offsets into the submitted text.
        """
        payload = _load(_request_schema, read_body(request, allow_text=True))
        warnings = []
        if "text" in payload and is_html_document(payload["text"]):
            payload["html"] = payload.pop("text")
            warnings.append("the text is a whole HTML document: it was read as HTML")
        if "html" not in payload:
            _check_text(payload["text"])
            article = _structure([payload])[0]
        else:
            # A page's markup is bounded by the body limit; the text limit applies to the text read from it.
            _check_text(payload["html"], _settings().max_content_length)
            article = _structure_html(payload)
        article.warnings.extend(warnings)
        return article


def _echoed_id(item: Any) -> str | None:
    """The id an invalid item is reported under: its own when that id is valid, else null."""
    try:
        return check_id(item.get("id")) if isinstance(item, dict) else None
    except TextRejected:
        return None


@blp.route("/v1/structure/batch")
class StructureBatch(MethodView):
    @blp.doc(requestBody={"required": True, "content": {"application/json": {"schema": "BatchRequest"}}})
    @blp.response(200, BatchResponseSchema)
    @blp.problems({
        **UNAUTHORIZED,
        400: "Malformed JSON.",
        413: "Body over the limit.",
        415: "Content-Type is not application/json.",
        422: "No `articles` list, an empty one, or more than `max_batch_size` items.",
        503: "The model is not loaded yet.",
    })
    def post(self):
        """Structure several articles in one call.

        Articles are processed together (faster than one call each). Results come
        in the request's order; an invalid article gets `ok: false` and a problem
        object of its own without failing the others.
        """
        data = read_body(request, allow_text=False)
        articles = data.get("articles") if isinstance(data, dict) else None
        limit = _settings().max_batch_size
        if not isinstance(data, dict) or set(data) != {"articles"} or not isinstance(articles, list):
            raise ProblemError(422, "The request is not valid; see errors.",
                               errors={"articles": ["A JSON object with exactly one field, `articles`, a list."]})
        if not 1 <= len(articles) <= limit:
            raise ProblemError(422, f"A batch holds 1 to {limit} articles; got {len(articles)}.",
                               errors={"articles": [f"Length must be between 1 and {limit}."]})
        results: list[dict[str, Any] | None] = [None] * len(articles)
        valid: list[tuple[int, dict[str, Any]]] = []
        for index, item in enumerate(articles):
            item_id = _echoed_id(item)
            try:
                payload = _load(_item_schema, item)
                if "html" in payload:
                    raise ProblemError(422, "Batch items take `text` only.", errors={"html": ["Not accepted in batch items."]})
                _check_text(payload["text"])
                valid.append((index, payload))
            except ProblemError as exc:
                error = problem_body(exc.code, exc.description, exc.errors)
                results[index] = {"id": item_id, "ok": False, "error": error}
        for (index, payload), article in zip(valid, _structure([p for _, p in valid]) if valid else []):
            results[index] = {"id": payload["id"], "ok": True, "result": article}
        return {"results": results}


@ops.route("/healthz")
@ops.doc(**OPEN)
@ops.response(200, HealthSchema)
def healthz():
    """Liveness: the process answers."""
    return {"status": "ok"}


@ops.route("/readyz")
@ops.doc(**OPEN)
@ops.response(200, HealthSchema)
@ops.problems({503: "Model not loaded."})
def readyz():
    """Readiness: the model is loaded and requests are served."""
    _nlp()
    return {"status": "ready"}


@ops.route("/v1/info")
@ops.response(200, InfoSchema)
@ops.problems(UNAUTHORIZED)
def info():
    """Service version, model and limits."""
    settings = _settings()
    nlp = current_app.extensions.get("nlp")
    model = None
    if nlp is not None:
        model = {"name": f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '')}",
                 "version": nlp.meta.get("version", ""), "pipes": nlp.pipe_names}
    return {
        "service": "article-structurer",
        "version": __version__,
        "model": model,
        "limits": {"max_text_chars": settings.max_text_chars,
                   "max_content_length": settings.max_content_length,
                   "max_batch_size": settings.max_batch_size},
    }


@ops.route("/metrics")
@ops.doc(**OPEN)
@ops.doc(responses={"200": {"description": "Prometheus text exposition, aggregated over all workers.",
                            "content": {"text/plain": {"schema": {"type": "string"}}}}})
def prometheus_metrics():
    """Request counts and latencies by endpoint and status, articles and tokens processed, model load time."""
    return metrics.metrics_response()


@ops.route("/openapi.yaml")
@ops.doc(**OPEN)
@ops.doc(responses={"200": {"description": "This specification as YAML.",
                            "content": {"application/yaml": {"schema": {"type": "object"}}}}})
def openapi_yaml():
    """This OpenAPI document as YAML."""
    return Response(spec_yaml(current_app.extensions["api"].spec), mimetype="application/yaml")
