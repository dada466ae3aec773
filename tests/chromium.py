"""A real headless Chromium for the bundle's verify.html, driven through selenium.

Chromium runs with its network cut off (every host name resolves to nothing) and with
its DevTools performance log on, so a test can list every request the page made.
Debian's `chromium` and `chromium-driver` are in the test group of
ui/resources/system-packages.txt; without them the tests fail and say so (CI has them).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM_NAMES = ("chromium", "chromium-browser")
VERDICT_WAIT = 60  # seconds; a bundle of a few KB is checked in well under one


def _program(names: tuple[str, ...]) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    pytest.fail(
        f"{' or '.join(names)} is not installed: the verify.html tests need a real Chromium. "
        "Install Debian's chromium and chromium-driver (tools/system-packages.sh test)."
    )


def start_chromium(profile: Path, width: int = 900, height: int = 1000) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = _program(CHROMIUM_NAMES)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # no host name reaches the network
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(
        options=options, service=Service(_program(("chromedriver",)), log_output=None)
    )
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


def open_page(driver: webdriver.Chrome, page: Path) -> None:
    """Load the page from a file, after forgetting the requests the browser made so far."""
    requests_made(driver)
    driver.get(page.as_uri())


_BROWSERS_OWN = ("chrome://", "chrome-untrusted://", "devtools://")


def requests_made(driver: webdriver.Chrome) -> list[str]:
    """Every URL a page asked for since the last call (DevTools Network events; the
    browser's own pages, such as its new-tab page, left out), and every request a
    page attempted that its Content-Security-Policy or the cut-off network refused
    (from the console, as "blocked: ...")."""
    urls = []
    for item in driver.get_log("performance"):
        message = json.loads(item["message"])["message"]
        params = message["params"]
        if str(params.get("documentURL", "")).startswith(_BROWSERS_OWN):
            continue
        if message["method"] == "Network.requestWillBeSent":
            urls.append(params["request"]["url"])
        elif message["method"] == "Network.webSocketCreated":
            urls.append(params["url"])
    for entry in driver.get_log("browser"):
        text = entry["message"]
        if "Content Security Policy" in text or "Failed to load resource" in text:
            urls.append(f"blocked: {text}")
    return urls


def verdict_for(driver: webdriver.Chrome, chosen: Path, input_id: str = "zip") -> str:
    """Choose `chosen` in the page's file input and return the verdict once it is in."""
    driver.find_element(By.ID, input_id).send_keys(str(chosen))

    def settled(d: webdriver.Chrome) -> str | bool:
        text: str = d.find_element(By.ID, "verdict").text
        return text if text.startswith(("INTACT", "PROBLEM")) else False

    result: str = WebDriverWait(driver, VERDICT_WAIT).until(settled)
    return result


def shown_fingerprint(driver: webdriver.Chrome) -> str:
    text: str = driver.find_element(By.ID, "fingerprint").text
    return text
