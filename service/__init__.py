"""Article structuring service: pasted news text in, metadata, entities and claims out."""
from __future__ import annotations

__version__ = "0.1.0"
