"""Optional API-key authentication (``API_KEYS``; off when empty).

Clients send ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``. Probes,
metrics and the documentation stay open so orchestrators and people can reach them.
"""
from __future__ import annotations

import hmac

from flask import Flask, request

from service.api.errors import ProblemError

OPEN_PATHS = ("/healthz", "/readyz", "/metrics", "/openapi.json", "/openapi.yaml", "/docs", "/web/")
UNAUTHORIZED = {401: "API keys are configured (`API_KEYS`) and the request has no valid key."}
OPEN = {"security": []}  # an operation's doc: no key needed, even when API_KEYS is set
SECURITY_SCHEMES = {
    "bearerAuth": {"type": "http", "scheme": "bearer",
                   "description": "Only when the server sets API_KEYS."},
    "apiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key",
                     "description": "Only when the server sets API_KEYS."},
}


def _presented_key() -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip()
    return request.headers.get("X-API-Key")


def _matches(presented: str, keys: tuple[str, ...]) -> bool:
    # Compare against every key, in constant time, so timing tells nothing about which matched.
    found = False
    for key in keys:
        found |= hmac.compare_digest(presented.encode(), key.encode())
    return found


def init_auth(app: Flask, keys: tuple[str, ...]) -> None:
    if not keys:
        return

    @app.before_request
    def require_key() -> None:
        if request.path == "/" or request.path.startswith(OPEN_PATHS):  # the page itself; its POST takes a key
            return
        presented = _presented_key()
        if presented is None or not _matches(presented, keys):
            raise ProblemError(401, "A valid API key is required (Authorization: Bearer KEY or X-API-Key).",
                               headers={"WWW-Authenticate": 'Bearer realm="article-structurer"'})
