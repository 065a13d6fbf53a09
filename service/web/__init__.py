"""The page for people at ``GET /``: plain HTML/CSS/JS served from the package (no CDN, no build)."""
from __future__ import annotations

from flask import Blueprint

web = Blueprint("web", __name__, static_folder="static", static_url_path="/web")


@web.get("/")
def index():
    # A plain Flask route, so it stays out of the OpenAPI spec.
    return web.send_static_file("index.html")
