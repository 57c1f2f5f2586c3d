"""The app as a user runs it: `python app.py` in a subprocess over a copy of the ingested and
indexed corpus, one process for the whole session; and a real Chromium driven by Playwright.

    app_server.url, app_server.data_dir      the running app and its own data dir
    browser                                  Playwright Browser (Debian's chromium)
    page                                     a fresh page per test, closed afterwards;
                                             fails the test if its CSP blocked anything
    screenshot(page, "name")                 saves test-artifacts/<name>.png
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.config import PROJECT_ROOT
from ui.process import RunningApp, start_app as launch, stop_app, wait_until_serving

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
START_TIMEOUT = 90          # seconds: imports and the model load on a busy 2-core machine
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def start_app(data_dir: Path, log_dir: Path, timeout: float = START_TIMEOUT) -> RunningApp:
    """Starts `python app.py` on a free loopback port and waits until its page answers."""
    app = launch(data_dir, log_dir / "app.log")
    wait_until_serving(app, timeout)
    return app


def serving(data_dir: Path, log_dir: Path):
    """For a fixture: `yield from serving(...)` gives the running app and stops it after; an
    app that does not start fails the tests that need it with its one-line reason."""
    try:
        server = start_app(data_dir, log_dir)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    stop_app(server)


def copy_data(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("gradio-tmp"))
    return target


def private_service(ingested_corpus, tmp_path_factory, name: str):
    """For a fixture: `yield from private_service(...)` gives the real service over a private
    copy of the ingested corpus, and closes its store after."""
    from ui.service import Service
    s = Service(copy_data(ingested_corpus.data_dir, tmp_path_factory.mktemp(name) / "data"))
    yield s
    s.store.close()


@pytest.fixture(scope="session")
def app_server(ingested_corpus, tmp_path_factory):
    """`python app.py` over a private copy of the ingested corpus, for the whole session."""
    root = tmp_path_factory.mktemp("app")
    yield from serving(copy_data(ingested_corpus.data_dir, root / "data"), root)


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright; a missing browser fails with what to install."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("chromium not found on PATH: install it with "
                    "`apt-get install -y chromium chromium-driver` (./test.sh does)",
                    pytrace=False)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


# Every page records what its Content-Security-Policy blocked: the app's CSP (ui/web.py) must
# not break its own page, so a browser test that leaves any violation fails.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    try:
        violations = page.evaluate("window.__cspViolations || []")
    finally:
        context.close()
    assert violations == [], f"the page's CSP blocked: {violations}"


def screenshot(page, name: str) -> Path:
    """Saves a full-page screenshot as a test artifact (test-artifacts/ is gitignored)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def open_app(page, url: str, tab: str | None = None) -> None:
    """Opens the app and waits for the question box (never networkidle: Gradio keeps a
    connection open); `tab` is an elem_id such as "tab-figures" to switch to."""
    page.goto(url, wait_until="domcontentloaded")
    page.locator("#question textarea").wait_for(state="visible")
    if tab:
        click_tab(page, tab)


def click_tab(page, elem_id: str) -> None:
    """Gradio 6 renders tab buttons apart from the panels; the button has the id + '-button'."""
    button = page.locator(f"#{elem_id}-button")
    button.click()
    page.locator(f"#{elem_id}").wait_for(state="visible")
