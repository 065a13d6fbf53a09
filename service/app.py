"""The app factory."""
from __future__ import annotations

from flask import Flask, send_from_directory
from swagger_ui_bundle import swagger_ui_path

from service import __version__
from service.api import Api
from service.api.auth import SECURITY_SCHEMES, init_auth
from service.api.drain import init_body_drain
from service.api.errors import register_error_handlers
from service.api.metrics import init_metrics, record_model_load
from service.api.observability import init_request_logging
from service.api.routes import blp, ops
from service.api.schemas import BatchRequestSchema, StructureRequestSchema
from service.config import Settings
from service.nlp.pipeline import shared_pipeline
from service.nlp.structure import warm_up
from service.web import web

DOCS_ASSETS = "/docs/assets/"


def create_app(settings: Settings | None = None, load_model: bool = True) -> Flask:
    settings = settings or Settings.from_env()
    app = Flask(__name__)
    app.config.update(
        API_TITLE="Article structuring API",
        API_VERSION=__version__,
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="/docs",
        OPENAPI_SWAGGER_UI_URL=DOCS_ASSETS,
        MAX_CONTENT_LENGTH=settings.max_content_length,
        JSON_SORT_KEYS=False,
    )
    app.extensions["settings"] = settings
    app.extensions["nlp"] = None
    if load_model:
        app.extensions["nlp"] = shared_pipeline(settings.spacy_model, settings.spacy_disable)
        warm_up(app.extensions["nlp"])
        record_model_load(app.extensions["nlp"].meta["load_seconds"])
    api = Api(app, spec_kwargs={
        "info": {"description": "Pasted news article in; metadata, entities and claims out."},
        "components": {"securitySchemes": SECURITY_SCHEMES},
        "security": [{}, {"bearerAuth": []}, {"apiKeyHeader": []}],
    })
    api.spec.components.schema("StructureRequest", schema=StructureRequestSchema)
    api.spec.components.schema("BatchRequest", schema=BatchRequestSchema)
    api.register_blueprint(blp)
    api.register_blueprint(ops)
    app.extensions["api"] = api
    app.register_blueprint(web)  # the page for people at GET /
    register_error_handlers(app)
    init_request_logging(app)
    init_metrics(app)
    init_auth(app, settings.api_keys)
    init_body_drain(app, settings.max_content_length)

    @app.get(f"{DOCS_ASSETS}<path:filename>")
    def docs_assets(filename: str):
        return send_from_directory(swagger_ui_path, filename)

    return app
