"""Draw the page at GET / with the seed article structured, as docs/page.png (headless Chromium).

    .venv/bin/python docs/make_screenshot.py
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from bench.common import gunicorn

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "daily_caller_baghdadi.txt"
OUT = ROOT / "docs" / "page.png"


def main() -> None:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='chromium-')}", "--window-size=1200,1600"):
        options.add_argument(flag)
    with gunicorn(workers=1, extra_env={"PROBE_PORT": "0"}) as (base, _):
        # Debian's driver, named, so selenium does not try to download one.
        driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"),
                                  options=options)
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
