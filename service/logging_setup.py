"""JSON logs on stderr, one object per line."""
from __future__ import annotations

import logging

from pythonjsonlogger.json import JsonFormatter


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s",
                                       rename_fields={"asctime": "time", "levelname": "level"}))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
