"""The page at GET / in a real browser: headless Chromium (Debian's chromium and chromium-driver) driven
by selenium against a real gunicorn. `.ci/run` installs the browser when it is missing; elsewhere the
test skips, saying what is missing (install with `apt-get install chromium chromium-driver`)."""
from __future__ import annotations

import shutil
import time

import pytest

from bench.common import gunicorn, headless_chromium

pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[dev]')")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(not (shutil.which("chromium") and shutil.which("chromedriver")),
                                reason="no chromium / chromedriver on this machine (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def server():
    with gunicorn(workers=1, extra_env={"PROBE_PORT": "0"}) as running:
        yield running[0]


@pytest.fixture(scope="module")
def browser():
    driver = headless_chromium(CHROMIUM, CHROMEDRIVER)
    yield driver
    driver.quit()


def _structure(browser, base: str, text: str, timeout: float = 60) -> None:
    browser.get(f"{base}/")
    browser.execute_script("document.getElementById('text').value = arguments[0];", text)
    browser.find_element(By.ID, "structure").click()
    WebDriverWait(browser, timeout).until(
        lambda driver: driver.find_element(By.ID, "status").text in ("Done.", "Failed."))


def test_the_seed_article_is_drawn(browser, server, seed_text):
    _structure(browser, server, seed_text)
    card = browser.find_element(By.ID, "card")
    assert "ISIS Leader Baghdadi Flees Mosul, Leaves Men To Die In His Place" in card.text
    assert "Russ Read" in card.text
    places = browser.find_elements(By.CSS_SELECTOR, "#article span.ent-GPE")
    assert "Mosul" in {span.text for span in places}
    claims = browser.find_element(By.ID, "claims")
    sources = {span.text for span in claims.find_elements(By.CSS_SELECTOR, "span.source")}
    cues = {span.text for span in claims.find_elements(By.CSS_SELECTOR, "span.cue")}
    assert {"according to", "claimed", "reported"} <= cues
    assert sources
    # and marked in the text itself
    assert {span.text for span in browser.find_elements(By.CSS_SELECTOR, "#article span.cue")} >= {"claimed"}
    assert browser.find_elements(By.CSS_SELECTOR, "#article span.boilerplate")


def test_hovering_a_mention_lights_its_cluster(browser, server, seed_text):
    _structure(browser, server, seed_text)
    mosul = [s for s in browser.find_elements(By.CSS_SELECTOR, "#article span.ent-GPE") if s.text == "Mosul"]
    assert len(mosul) >= 2
    ActionChains(browser).move_to_element(mosul[0]).perform()
    entity = mosul[0].get_attribute("data-entity")
    lit = browser.find_elements(By.CSS_SELECTOR, f'#article span.lit[data-entity="{entity}"]')
    assert len(lit) == len(browser.find_elements(By.CSS_SELECTOR, f'#article span[data-entity="{entity}"]')) >= 2


def test_raw_json_toggle(browser, server, seed_text):
    _structure(browser, server, seed_text)
    raw = browser.find_element(By.ID, "json")
    assert not raw.is_displayed()
    browser.find_element(By.ID, "show-json").click()
    assert raw.is_displayed() and '"metadata"' in raw.text


def test_a_problem_is_shown_with_its_title_and_detail(browser, server):
    _structure(browser, server, "   \n  ")
    error = browser.find_element(By.ID, "error")
    WebDriverWait(browser, 10).until(expected_conditions.visibility_of(error))
    assert browser.find_element(By.ID, "error-title").text == "Unprocessable Entity"
    assert "whitespace" in browser.find_element(By.ID, "error-detail").text.lower()


def test_a_long_article_stays_usable(browser, server, seed_text):
    text = (seed_text + "\n\n") * (180_000 // (len(seed_text) + 2))
    started = time.monotonic()
    _structure(browser, server, text, timeout=240)
    assert browser.find_element(By.ID, "status").text == "Done."
    drawn = browser.execute_script("return document.getElementById('article').textContent.length;")
    assert drawn == len(text)
    assert time.monotonic() - started < 240


def test_keyboard_alone_reaches_every_control_and_structures(browser, server):
    from selenium.webdriver.common.keys import Keys

    browser.get(f"{server}/")
    order = []
    for _ in range(5):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        order.append(browser.switch_to.active_element.get_attribute("id"))
    assert order == ["text", "file", "apikey", "structure", "show-json"]
    labelled = browser.execute_script(
        "return [...document.querySelectorAll('textarea, input')].every((c) => c.labels && c.labels.length > 0);")
    assert labelled
    text = browser.find_element(By.ID, "text")
    text.send_keys("Bridge Reopens\n\nOfficials said on Monday that the Harbor Bridge would reopen on Friday.")
    button = browser.find_element(By.ID, "structure")
    ActionChains(browser).send_keys(Keys.TAB * 3).perform()  # file, key, button
    assert browser.switch_to.active_element == button
    assert browser.execute_script("return getComputedStyle(document.activeElement).outlineStyle;") != "none"
    button.send_keys(Keys.ENTER)
    WebDriverWait(browser, 60).until(lambda driver: driver.find_element(By.ID, "status").text == "Done.")
    assert "Bridge Reopens" in browser.find_element(By.ID, "card").text


# WCAG 2 relative luminance and contrast ratio of each marked text against the background it is drawn on.
_CONTRASTS = """
const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
const background = (node) => {
  for (; node; node = node.parentElement) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c.slice(0, 3);
  }
  return [255, 255, 255];
};
return arguments[0].map((selector) => {
  const node = document.querySelector(selector);
  if (!node) return [selector, null];
  const [a, b] = [lum(rgb(getComputedStyle(node).color)), lum(background(node))];
  return [selector, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
});
"""


def test_marked_text_meets_wcag_aa_contrast(browser, server, seed_text):
    _structure(browser, server, seed_text)
    selectors = ["#card h2", "#card p", "#article", "#article span.boilerplate", "#article span.ent-PERSON",
                 "#article span.ent-ORG", "#article span.ent-GPE", "#claims span.source", "#legend", "label"]
    ratios = dict(browser.execute_script(_CONTRASTS, selectors))
    assert all(ratio is not None and ratio >= 4.5 for ratio in ratios.values()), ratios


def test_a_pasted_html_document_is_drawn_over_the_text_read_from_it(browser, server):
    page = ("<!doctype html><html><head><title>Bridge Reopens After Repairs | City Times</title></head><body>"
            "<nav><a href='/'>Home</a></nav><article><h1>Bridge Reopens After Repairs</h1>"
            "<p>Officials said on Monday that the Harbor Bridge would reopen to traffic on Friday after two years.</p>"
            "<p>\"We are proud of the crews,\" Mayor Ann Smith told reporters at City Hall on Tuesday morning.</p>"
            "</article></body></html>")
    _structure(browser, server, page)
    assert "Bridge Reopens After Repairs" in browser.find_element(By.ID, "card").text
    assert "read as HTML" in browser.find_element(By.ID, "warnings").text
    drawn = browser.execute_script("return document.getElementById('article').textContent;")
    assert drawn.startswith("Bridge Reopens After Repairs\n\nOfficials said on Monday")
    assert "<p>" not in drawn
