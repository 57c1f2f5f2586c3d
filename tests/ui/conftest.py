"""The app as a user runs it: `python app.py` in a subprocess over a copy of the ingested and
indexed corpus, one process for the whole session; and a real Chromium driven by Playwright.

    app_server.url, app_server.data_dir      the running app and its own data dir
    browser                                  Playwright Browser (Debian's chromium)
    page                                     a fresh page per test, closed afterwards
    screenshot(page, "name")                 saves test-artifacts/<name>.png
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.config import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
START_TIMEOUT = 90          # seconds: imports and the model load on a busy 2-core machine
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


@dataclass
class AppServer:
    url: str
    data_dir: Path
    process: subprocess.Popen
    log: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(data_dir: Path, log_dir: Path, timeout: float = START_TIMEOUT) -> AppServer:
    """Starts `python app.py` on a free loopback port and waits until its page answers."""
    port = free_port()
    env = {**os.environ, "BANEN_DATA_DIR": str(data_dir), "BANEN_HOST": "127.0.0.1",
           "BANEN_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("GRADIO_TEMP_DIR", None)          # the app puts it inside its data dir
    log = log_dir / f"app-{port}.log"
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "app.py"], cwd=PROJECT_ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"app.py exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return AppServer(url, data_dir, process, log)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    stop_app(process)
    raise RuntimeError(f"app.py did not answer on {url} within {timeout:.0f} s:\n"
                       f"{log.read_text()}")


def stop_app(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def data_dir_env(path: Path):
    """BANEN_DATA_DIR=path for code run in this process: the index opens Chroma by it, not by
    the store path an Assistant is given."""
    old = os.environ.get("BANEN_DATA_DIR")
    os.environ["BANEN_DATA_DIR"] = str(path)
    try:
        yield path
    finally:
        if old is None:
            os.environ.pop("BANEN_DATA_DIR", None)
        else:
            os.environ["BANEN_DATA_DIR"] = old


def copy_data(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("gradio-tmp"))
    return target


@pytest.fixture(scope="session")
def app_server(ingested_corpus, tmp_path_factory):
    """`python app.py` over a private copy of the ingested corpus, for the whole session."""
    root = tmp_path_factory.mktemp("app")
    data = copy_data(ingested_corpus.data_dir, root / "data")
    try:
        server = start_app(data, root)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    stop_app(server.process)


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


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


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
