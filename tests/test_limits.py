"""The configured limits agree with each other and with the measured cost of the largest article."""
from __future__ import annotations

import math
import re
from pathlib import Path

from service.config import MAX_ARTICLE_CHARS_MEASURED, MAX_ARTICLE_SECONDS, TIMEOUT_MARGIN, Settings

ROOT = Path(__file__).parents[1]


def test_default_timeout_covers_the_largest_article_with_margin():
    assert Settings().timeout >= math.ceil(TIMEOUT_MARGIN * MAX_ARTICLE_SECONDS)


def test_the_measurement_is_of_the_current_text_limit():
    # Raising MAX_TEXT_CHARS needs a new bench/max_article.py run and a new MAX_ARTICLE_SECONDS.
    assert Settings().max_text_chars <= MAX_ARTICLE_CHARS_MEASURED


def test_the_environment_default_is_the_same(monkeypatch):
    monkeypatch.delenv("GUNICORN_TIMEOUT", raising=False)
    assert Settings.from_env().timeout == Settings().timeout


def test_a_proxy_in_front_waits_longer_than_the_worker():
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    seconds = int(re.search(r"proxy_read_timeout\s+(\d+)s", nginx).group(1))
    assert seconds > Settings().timeout
