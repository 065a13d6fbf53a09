"""POST /v1/structure with a page's HTML."""

import pytest

from service.nlp.html_input import without_site_name
from tests.conftest import HTML_PAGE as PAGE
from tests.conftest import assert_spans_valid


def test_html_body_metadata_and_spans(client):
    response = client.post("/v1/structure", data=PAGE.encode(), content_type="text/html")
    assert response.status_code == 200
    data = response.get_json()
    assert data["metadata"]["title"] == "Bridge Reopens After Repairs"
    assert [a["name"] for a in data["metadata"]["authors"]] == ["Jane Doe", "John Roe"]
    assert data["metadata"]["published"].startswith("2019-03-04")
    assert assert_spans_valid(data["source_text"], {k: v for k, v in data.items() if k != "metadata"}) > 5


def test_json_html_and_exactly_one(client):
    assert client.post("/v1/structure", json={"html": PAGE}).status_code == 200
    assert client.post("/v1/structure", json={"html": PAGE, "text": "x y"}).status_code == 422
    assert client.post("/v1/structure", json={}).status_code == 422


def test_undecodable_html_is_400(client):
    response = client.post("/v1/structure", data=b"<html>\xff\xfe</html>", content_type="text/html; charset=utf-8")
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"


def test_whole_document_pasted_as_text_is_read_as_html(client):
    data = client.post("/v1/structure", data=PAGE.encode(), content_type="text/plain").get_json()
    assert any("read as HTML" in w for w in data["warnings"])
    assert data["source_text"] is not None


@pytest.mark.parametrize("body", [b"{}", b"<html><body></body></html>", b"<html><script>var a = 1;</script></html>"])
def test_html_without_readable_text_is_422(client, body):
    response = client.post("/v1/structure", data=body, content_type="text/html")
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert "No readable article text" in response.get_json()["detail"]


@pytest.mark.parametrize("title, site, headline", [
    ("Peanut Butter Truffles - Elavegan", "Elavegan", "Peanut Butter Truffles"),
    ("A Letter on Justice and Open Debate | Harper's Magazine", "Harper's Magazine", "A Letter on Justice and Open Debate"),
    ("Wurmkiste selber bauen | selbst.de", "Selbst", "Wurmkiste selber bauen"),
    ("The iPhone SE is in India - Not a flagship", "Gadget Daily", "The iPhone SE is in India - Not a flagship"),
    ("Trump - Clinton", "City Times", "Trump - Clinton"),
    ("Bridge Reopens", None, "Bridge Reopens"),
])
def test_the_site_name_after_a_headline_is_dropped(title, site, headline):
    assert without_site_name(title, site) == headline


def test_the_same_page_posted_again_gets_the_same_answer(client):
    # trafilatura's deduplication remembers text across calls; a stateless service must not use it
    answers = [client.post("/v1/structure", data=PAGE.encode(), content_type="text/html").get_json()
               for _ in range(4)]
    assert all(a["body"] == answers[0]["body"] for a in answers[1:])
    assert len(answers[0]["body"]["paragraphs"]) == 3


def _sample(text: str, name: str) -> float:
    return next((float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name + " ")), 0.0)


def test_an_html_page_counts_in_the_metrics(client):
    before = client.get("/metrics").get_data(as_text=True)
    client.post("/v1/structure", data=PAGE.encode(), content_type="text/html")
    after = client.get("/metrics").get_data(as_text=True)
    name = "structurer_articles_processed_total"
    assert _sample(after, name) == _sample(before, name) + 1
    name = "structurer_characters_processed_total"
    assert _sample(after, name) == _sample(before, name) + len(PAGE)


def test_markup_in_a_pasted_text_is_set_aside(client):
    paste = ("<h1>Bridge Reopens After Repairs</h1>\n<p>Officials said on Monday that the bridge would reopen on "
             "Friday.</p>\n<p>\"We are proud of the crews,\" said Mayor Jane Porter.</p>\n"
             "<div class=\"share\"><a href=\"#\">Share on Facebook</a></div>\n")
    data = client.post("/v1/structure", data=paste.encode(), content_type="text/plain").get_json()
    assert data["metadata"]["title"] == "Bridge Reopens After Repairs"
    assert data["source_text"] is None
    assert any("tags were set aside" in w for w in data["warnings"])
    sources = [c["source"]["text"] for c in data["claims"] if c["source"]]
    assert "Mayor Jane Porter" in sources
    names = [e["name"] for e in data["entities"]]
    assert all("<" not in text and ">" not in text for text in sources + names)
    assert "</div>" in [b["text"] for b in data["boilerplate"] if b["kind"] == "markup"]
    assert assert_spans_valid(paste, {k: v for k, v in data.items() if k != "metadata"}) > 5


@pytest.mark.parametrize("content_type, declared", [
    ("text/html", '<meta charset="windows-1252">'),  # no header charset: the page's <meta> names it
    ("text/html; charset=windows-1252", ""),  # the header's charset
])
def test_the_page_charset_is_honoured(client, content_type, declared):
    page = PAGE.replace('<meta charset="utf-8">', declared).replace(
        "Mayor Ann Smith", "Mayor Zoë Brûlé").encode("windows-1252")
    data = client.post("/v1/structure", data=page, content_type=content_type).get_json()
    assert "Mayor Zoë Brûlé told reporters" in data["source_text"]


def test_the_text_limit_applies_to_the_text_read_from_a_page_not_to_its_markup(client, settings):
    scripts = "<script>var tracking = 1;</script>" * (settings.max_text_chars // 30)
    heavy = PAGE.replace("</head>", scripts + "</head>")
    assert len(heavy) > settings.max_text_chars
    response = client.post("/v1/structure", data=heavy.encode(), content_type="text/html")
    assert response.status_code == 200
    assert response.get_json()["metadata"]["title"] == "Bridge Reopens After Repairs"
    story = "".join(f"<p>Paragraph {n}: the council voted on Tuesday to approve budget line {n} for new roads, "
                    f"schools and bridges across the county after months of debate.</p>" for n in range(200))
    long_story = PAGE.replace("</article>", story + "</article>")
    response = client.post("/v1/structure", data=long_story.encode(), content_type="text/html")
    assert response.status_code == 413
    assert response.mimetype == "application/problem+json"
    assert "read from the page" in response.get_json()["detail"]
