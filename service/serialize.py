"""Records -> plain JSON-ready dicts, shared by the HTTP layer and the CLI."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from service.records import Article


def article_to_dict(article: Article) -> dict[str, Any]:
    data = asdict(article)
    data["stats"] = data.pop("stats")
    return data
