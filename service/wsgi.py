"""The WSGI entry point gunicorn loads (``service.wsgi:app``)."""
from __future__ import annotations

from service.app import create_app
from service.config import Settings
from service.logging_setup import configure_logging

_settings = Settings.from_env()
configure_logging(_settings.log_level)
app = create_app(_settings)
