"""The page for people at GET /: served open, its assets typed, nothing fetched from elsewhere."""
from __future__ import annotations

import re

import pytest

ASSETS = {"/web/app.js": "javascript", "/web/style.css": "text/css"}


def test_page_is_html_with_the_form(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert '<label for="text">' in page and 'id="structure"' in page


@pytest.mark.parametrize("path, kind", ASSETS.items())
def test_assets_are_served_with_their_types(client, path, kind):
    response = client.get(path)
    assert response.status_code == 200
    assert kind in response.mimetype


@pytest.mark.parametrize("path", ["/", *ASSETS])
def test_no_external_urls(client, path):
    assert not re.search(r"https?://", client.get(path).get_data(as_text=True))
