"""Draw the page at GET / with the seed article structured, as docs/page.png (headless Chromium).

    make screenshot    (PYTHONPATH=. .venv/bin/python docs/make_screenshot.py)
"""
from __future__ import annotations

from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from bench.common import gunicorn, headless_chromium

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "daily_caller_baghdadi.txt"
OUT = ROOT / "docs" / "page.png"


def main() -> None:
    with gunicorn(workers=1, extra_env={"PROBE_PORT": "0"}) as (base, _):
        driver = headless_chromium(window="1200,1600")
        try:
            driver.get(f"{base}/")
            driver.execute_script("document.getElementById('text').value = arguments[0];", ARTICLE.read_text())
            driver.find_element(By.ID, "structure").click()
            WebDriverWait(driver, 60).until(lambda d: d.find_element(By.ID, "status").text == "Done.")
            driver.save_screenshot(str(OUT))
        finally:
            driver.quit()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
