"""Letter text is data: a letter full of markup (an <img> tracking pixel, Markdown images and
links, a bare URL, a full-page position:fixed overlay) is shown as the words it is, in the
chat, the sources and the documents table, and the page fetches nothing from the host it
names (a fictitious one: every request outside the app is recorded and blocked)."""
from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.conftest import run_ingest_cli
from tests.ui.conftest import click_tab, copy_data, open_app, screenshot, serving

HOST = "tracker.fictief.invalid"
QUESTION = "Waarom hebben de waterschappen de proef met drijvende dijkploegen voortgezet?"
LETTER = f"""FICTIEF — testbrief (verzonnen, alleen voor tests)

Den Haag, 3 maart 2031

Waterschappen

De waterschappen hebben in 2030 de proef met drijvende dijkploegen voortgezet, omdat de \
ploegen <img src="http://{HOST}/pixel.gif" id="letter-img"> het onderhoud \
![pixel](http://{HOST}/md.png) sneller uitvoeren [klik hier](http://{HOST}/link) en \
<a href="http://{HOST}/a" id="letter-link">meer</a> mensen uit de doelgroep \
<div id="letter-overlay" style="position:fixed;top:0;left:0;width:100%;height:100%;\
background:red;z-index:9999">OVERLAY</div> werk bieden (zie https://{HOST}/bare en \
www.{HOST}).
"""
TITLE = f'Drijvende dijkploegen <img src="http://{HOST}/title.gif" id="title-img">'


@pytest.fixture(scope="module")
def markup_app(ingested_corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("markup-app")
    data = copy_data(ingested_corpus.data_dir, root / "data")
    letters = root / "letters"
    letters.mkdir()
    (letters / "opmaak.txt").write_text(LETTER, encoding="utf-8")
    (letters / "metadata.json").write_text(json.dumps({"opmaak.txt": {"title": TITLE}}),
                                           encoding="utf-8")
    run = run_ingest_cli(letters / "opmaak.txt", data_dir=data, index=True, timeout=600)
    assert run.returncode == 0, run.stderr
    yield from serving(data, root)


def record_requests(page, app_url: str) -> list[str]:
    """Every request the page makes outside the app is recorded and blocked (no DNS look-up
    for the fictitious host ever leaves the machine)."""
    outside: list[str] = []
    app_host = urlparse(app_url).netloc

    def is_outside(url: str) -> bool:
        parts = urlparse(url)
        return parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != app_host

    page.on("request", lambda request: outside.append(request.url)
            if is_outside(request.url) else None)
    page.route(is_outside, lambda route: route.abort())
    return outside


def test_markup_in_a_letter_is_shown_as_text_and_fetches_nothing(markup_app, page):
    outside = record_requests(page, markup_app.url)
    open_app(page, markup_app.url)
    page.locator("#question textarea").fill(QUESTION)
    page.locator("#ask").click()
    chat = page.locator("#chat")
    expect(chat).to_contain_text("drijvende dijkploegen", timeout=60_000)
    expect(page.locator("#sources .source").first).to_contain_text("drijvende dijkploegen")
    # The markup is there as words a reader can see, in the chat and in the sources ...
    expect(chat).to_contain_text(f'<img src="http://{HOST}/pixel.gif"')
    expect(chat).to_contain_text(f"![pixel](http://{HOST}/md.png)")
    expect(chat).to_contain_text("OVERLAY</div>")
    expect(page.locator("#sources")).to_contain_text("<div id=\"letter-overlay\"")
    click_tab(page, "tab-documents")
    expect(page.locator("#doc-table")).to_contain_text("Drijvende dijkploegen <img")
    click_tab(page, "tab-chat")
    screenshot(page, "letter-markup-as-text")
    # ... and nowhere an element made from it.
    for selector in ("#letter-img", "#letter-link", "#letter-overlay", "#title-img",
                     f'img[src*="{HOST}"]', f'a[href*="{HOST}"]', f'[style*="z-index:9999"]'):
        assert page.locator(selector).count() == 0, selector
    assert chat.locator(".message-content").locator("img, a, [style]").count() == 0
    assert outside == [], outside
