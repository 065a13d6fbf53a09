"""Request and response schemas: the single source of ``openapi.yaml``."""
from __future__ import annotations

import marshmallow as ma
from marshmallow import fields, validate

from service.config import Settings
from service.validation import ID_RANGE, MAX_ID_CHARS, TextRejected, check_id
from service.records import BOILERPLATE_KINDS, CLAIM_DETECTORS, CLAIM_KINDS, SOURCE_TYPES


NON_BLANK = r"\S"


class StrictBoolean(fields.Boolean):
    """JSON true or false only: marshmallow's Boolean would also take 0, 1, "yes"."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class StructureOptionsSchema(ma.Schema):
    entities = StrictBoolean(load_default=True, metadata={"description": "Return entities."})
    claims = StrictBoolean(load_default=True, metadata={"description": "Return claims."})
    unattributed_claims = StrictBoolean(
        load_default=True,
        metadata={"description": "Include the article's own assertions (kind `unattributed`)."},
    )
    model_claims = StrictBoolean(
        load_default=True,
        metadata={"description": "Include attributions found by the learned cue model (`detected_by: model`): "
                                 "more recall, less precision than the rules alone."},
    )


class StructureRequestSchema(ma.Schema):
    # Blank, too long, unpaired surrogates: checked after loading by service.validation, the rule the
    # CLI and bulk share, so every entry point says the same thing.
    text = fields.String(
        metadata={"description": "The raw article text as pasted: headline, byline, body, footer and all. "
                                 "At most `limits.max_text_chars` characters (see `GET /v1/info`). "
                                 "Exactly one of `text` and `html`.",
                  "minLength": 1, "pattern": NON_BLANK},
    )
    html = fields.String(
        metadata={"description": "A page's HTML, read with trafilatura (main text and the markup's metadata); "
                                 "same limits as `text`. Not accepted in batch items.",
                  "minLength": 1, "pattern": NON_BLANK},
    )
    options = fields.Nested(StructureOptionsSchema, load_default=lambda: StructureOptionsSchema().load({}))

    @ma.validates_schema
    def _one_input(self, data, **kwargs):
        if ("text" in data) == ("html" in data):
            raise ma.ValidationError("Send exactly one of `text` and `html`.", "text")


class ClientId(fields.Field):
    """An article id: a string or a 64-bit integer, loaded as a string (service.validation.check_id, the rule
    bulk rows follow too)."""

    def _deserialize(self, value, attr, data, **kwargs):
        try:
            return check_id(value)
        except TextRejected as exc:
            raise ma.ValidationError(exc.detail) from None


class BatchItemSchema(StructureRequestSchema):
    id = ClientId(allow_none=True, load_default=None, metadata={
        "description": f"Client's identifier: a string of at most {MAX_ID_CHARS} characters or a 64-bit integer "
                       "(the same rule as the `id` of bulk rows); echoed back as a string.",
        "nullable": True,
        "anyOf": [{"type": "string", "maxLength": MAX_ID_CHARS},
                  {"type": "integer", "format": "int64", "minimum": ID_RANGE[0], "maximum": ID_RANGE[1]}],
    })


class BatchRequestSchema(ma.Schema):
    articles = fields.List(
        fields.Nested(BatchItemSchema), required=True,
        validate=validate.Length(min=1, max=Settings.max_batch_size),
        metadata={"description": "1 to `limits.max_batch_size` articles (see `GET /v1/info`). "
                                 "An invalid item is reported in its own result; the others are processed."},
    )


class SpanSchema(ma.Schema):
    start = fields.Integer(required=True, metadata={"description": "Offset of the first code point."})
    end = fields.Integer(required=True, metadata={"description": "Offset after the last code point."})
    text = fields.String(required=True, metadata={"description": "Equals submitted_text[start:end]."})


class BoilerplateSchema(SpanSchema):
    kind = fields.String(required=True, validate=validate.OneOf(BOILERPLATE_KINDS), metadata={"description": (
        "What the furniture is. On a whole pasted web page, the lines outside the story that no phrase "
        "table names are `navigation` above the story (menus, section labels, notices) and `footer` below "
        "it (teaser lists, comment threads, site index); lines inside the story's header that are "
        "interface text are `ui`. An HTML tag pasted with a text (outside the headline and body lines) "
        "is `markup`: the text is read with its tags blanked, and a warning says so.")})


class AuthorSchema(ma.Schema):
    name = fields.String(required=True)
    role = fields.String(required=True, allow_none=True)


class DatelineSchema(ma.Schema):
    location = fields.String(required=True, allow_none=True)
    agency = fields.String(required=True, allow_none=True)


class MetadataSchema(ma.Schema):
    title = fields.String(required=True, allow_none=True, metadata={"description": "The headline."})
    subtitle = fields.String(required=True, allow_none=True)
    authors = fields.List(fields.Nested(AuthorSchema), required=True)
    publisher = fields.String(required=True, allow_none=True,
                              metadata={"description": "The publication or news agency credited."})
    published = fields.String(required=True, allow_none=True,
                              metadata={"description": "ISO 8601 date or date-time the text states."})
    updated = fields.String(required=True, allow_none=True)
    dateline = fields.Nested(DatelineSchema, required=True, allow_none=True)
    language = fields.String(required=True, metadata={"description": "ISO 639-1 code."})


class BodySchema(SpanSchema):
    paragraphs = fields.List(fields.Nested(SpanSchema), required=True)


class EntitySchema(ma.Schema):
    id = fields.String(required=True)
    name = fields.String(required=True, metadata={"description": "Canonical (fullest proper) name."})
    type = fields.String(required=True, metadata={"description": "PERSON, ORG, GPE, LOC, NORP, DATE, ..."})
    aliases = fields.List(fields.String(), required=True)
    mentions = fields.List(fields.Nested(SpanSchema), required=True)
    salience = fields.Float(required=True, validate=validate.Range(0, 1))
    descriptors = fields.List(fields.String(), required=True,
                              metadata={"description": "Roles and descriptions the article gives."})


class ClaimSchema(ma.Schema):
    id = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(CLAIM_KINDS))
    content = fields.Nested(SpanSchema, required=True, metadata={
        "description": "What is claimed: from its first word to its last, so a quote its own attribution "
                       "interrupts spans the attribution too; `content_parts` gives the pieces."})
    content_parts = fields.List(fields.Nested(SpanSchema), required=True, metadata={
        "description": "The content without what interrupts it: the quote's pieces when its own attribution "
                       "stands between them ('“A,” said X. “B.”' gives A and B), else the content alone. "
                       "Quote these."})
    source = fields.Nested(SpanSchema, required=True, allow_none=True)
    cue = fields.Nested(SpanSchema, required=True, allow_none=True)
    source_entity_id = fields.String(required=True, allow_none=True)
    source_type = fields.String(required=True, allow_none=True, validate=validate.OneOf(SOURCE_TYPES))
    hedges = fields.List(fields.Nested(SpanSchema), required=True)
    certainty = fields.Float(required=True, validate=validate.Range(0, 1))
    checkworthiness = fields.Float(required=True, allow_none=True, validate=validate.Range(0, 1))
    entity_ids = fields.List(fields.String(), required=True)
    detected_by = fields.String(required=True, validate=validate.OneOf(CLAIM_DETECTORS), metadata={
        "description": "`rule`: found by the dependency and quotation rules. `model`: a verb the rules do not "
                       "know, accepted by the learned cue model (broader, less precise)."})
    model_probability = fields.Float(required=True, allow_none=True, validate=validate.Range(0, 1), metadata={
        "description": "The cue model's probability that this is an attribution; null for rule claims."})


class StatsSchema(ma.Schema):
    word_count = fields.Integer(required=True)
    paragraph_count = fields.Integer(required=True)
    sentence_count = fields.Integer(required=True)
    reading_time_minutes = fields.Float(required=True, metadata={"description": "At 230 words a minute."})
    token_count = fields.Integer(required=True, metadata={"description": "Tokens the model read (0 when skipped)."})


class StructureResponseSchema(ma.Schema):
    metadata = fields.Nested(MetadataSchema, required=True)
    headline = fields.Nested(SpanSchema, required=True, allow_none=True)
    subtitle = fields.Nested(SpanSchema, required=True, allow_none=True)
    body = fields.Nested(BodySchema, required=True)
    boilerplate = fields.List(fields.Nested(BoilerplateSchema), required=True)
    entities = fields.List(fields.Nested(EntitySchema), required=True)
    claims = fields.List(fields.Nested(ClaimSchema), required=True)
    stats = fields.Nested(StatsSchema, required=True)
    warnings = fields.List(fields.String(), required=True)
    source_text = fields.String(allow_none=True, metadata={
        "description": "The text every span indexes when it is not the submitted text: for HTML input, the "
                       "headline, a blank line and the page's main text (`source_text[start:end] == text` for every "
                       "span). Null for text input, whose spans index the submitted text."})


class ProblemSchema(ma.Schema):
    type = fields.String(required=True, metadata={"description": "A URI reference naming the problem type."})
    title = fields.String(required=True)
    status = fields.Integer(required=True)
    detail = fields.String(required=True)
    instance = fields.String(metadata={"description": "The request path."})
    request_id = fields.String(metadata={"description": "Echo of the X-Request-ID header."})
    errors = fields.Dict(metadata={"description": "Validation errors by field, for 422 answers."})


class BatchResultSchema(ma.Schema):
    id = fields.String(required=True, allow_none=True)
    ok = fields.Boolean(required=True)
    result = fields.Nested(StructureResponseSchema)
    error = fields.Nested(ProblemSchema)


class BatchResponseSchema(ma.Schema):
    results = fields.List(fields.Nested(BatchResultSchema), required=True)


class HealthSchema(ma.Schema):
    status = fields.String(required=True)


class LimitsSchema(ma.Schema):
    max_text_chars = fields.Integer(required=True)
    max_content_length = fields.Integer(required=True)
    max_batch_size = fields.Integer(required=True)


class ModelInfoSchema(ma.Schema):
    name = fields.String(required=True)
    version = fields.String(required=True)
    pipes = fields.List(fields.String(), required=True)


class InfoSchema(ma.Schema):
    service = fields.String(required=True)
    version = fields.String(required=True)
    model = fields.Nested(ModelInfoSchema, required=True, allow_none=True)
    limits = fields.Nested(LimitsSchema, required=True)
