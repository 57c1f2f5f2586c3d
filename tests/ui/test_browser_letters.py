"""Composed answers, letters opened at the cited place and removed, in a real Chromium against
`python app.py`: the education question shows its sectors' figures and reasons from several
sections, a citation opens its letter at that passage, and removing an uploaded letter takes
its figures out of the Figures tab."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from core.store import Store
from tests.ui.conftest import click_tab, copy_data, open_app, screenshot, serving
from tests.ui.letters import KAMERSTUK, write_fictitious_letter
from tests.ui.test_browser_upload import upload

EDUCATION = "Hoe staat het onderwijs ervoor en waarom blijft het achter?"
SECTORS = ("po", "vo", "mbo", "hbo", "wo")
POINT = re.compile(r"^- (?P<section>[^“\n]+): “", re.M)


def ask(page, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()


def test_the_education_question_shows_sector_figures_and_reasons_from_two_sections(
        app_server, page):
    open_app(page, app_server.url)
    ask(page, EDUCATION)
    chat = page.locator("#chat")
    expect(chat).to_contain_text("Uit de brieven:", timeout=60_000)
    figures = page.locator("#answer-figures")
    expect(figures).to_contain_text("2023")
    cells = set(figures.inner_text().split())           # the subject ids are cells of it
    assert set(SECTORS) <= cells, cells
    answer = chat.inner_text()
    for value in ("1.290 fta", "840 fta", "498 fta", "1.040 fta"):      # po, vo, hbo, wo
        assert value in answer
    sections = {m["section"].strip() for m in POINT.finditer(answer)}
    assert len(sections) >= 2, answer
    screenshot(page, "compose-education")

    page.locator("#copy-answer").click()
    box = page.locator("#copy-text textarea")
    expect(box).to_have_value(re.compile("Bronnen:"), timeout=30_000)
    text = box.input_value()
    body, sources = text.split("\n\nBronnen:\n")
    assert not re.search(r"^- |\*\*|^#", body, re.M)       # plain sentences, no Markdown
    assert "Uit de brieven: “" in body
    assert re.search(r"^\[1\] Kamerstuk 34 352, nr\. 328 \(13 december 2024\), p\. \d+", sources,
                     re.M) or sources.startswith("[1] ")
    first = [int(n) for n in re.findall(r"\[(\d+)\]", body)]
    assert first and first[0] == 1                     # numbered as the text refers to them
    screenshot(page, "compose-education-copy")


def test_a_citation_opens_its_letter_at_the_cited_passage(app_server, page):
    open_app(page, app_server.url)
    ask(page, "Waarom blijft de politie achter bij het doel?")
    source = page.locator("#sources .source").first
    expect(source).to_be_visible(timeout=60_000)
    passage_id = source.get_attribute("data-passage")
    source.locator("a.open-letter").click()
    expect(page.locator("#tab-documents")).to_be_visible(timeout=30_000)
    target = page.locator("#letter-view .passage.target")
    expect(target).to_have_count(1, timeout=30_000)
    assert target.get_attribute("data-passage") == passage_id
    expect(target).to_be_in_viewport()
    with Store(app_server.data_dir / "store.sqlite") as store:
        passage = store.passage(passage_id)
        doc = store.document(passage.doc_id)
    expect(target).to_contain_text(" ".join(passage.text.split())[:60])
    if passage.section:
        expect(target.locator(".passage-section")).to_contain_text(passage.section)
    expect(page.locator("#letter-view .letter-title")).to_have_text(doc.title)
    # the figures extracted from the letter are marked where it states them
    assert page.locator("#letter-view mark.figure").count() > 0
    expect(page.locator("#letter-view .page-head").first).to_contain_text("p. ")
    # and what extraction gave from it (ingest/report.py)
    expect(page.locator("#extraction-report")).to_contain_text("coverage", timeout=30_000)
    screenshot(page, "letter-opened-at-citation")


@pytest.fixture(scope="module")
def removal_app(ingested_corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("removal-app")
    yield from serving(copy_data(ingested_corpus.data_dir, root / "data"), root)


def _pick(page, elem_id: str, option: str) -> None:
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option, exact=True).click()


def test_removing_an_uploaded_letter_takes_its_figures_out_of_the_figures_tab(
        removal_app, page, tmp_path):
    letter = write_fictitious_letter(tmp_path)
    open_app(page, removal_app.url, tab="tab-documents")
    assert "added" in upload(page, letter)
    click_tab(page, "tab-figures")
    _pick(page, "fig-year", "2033")
    expect(page.locator("#fig-table")).to_contain_text("289,4", timeout=30_000)
    screenshot(page, "remove-before-figures")

    click_tab(page, "tab-documents")
    page.locator("#doc-choice input").click()
    page.get_by_role("option", name=re.compile(re.escape(f"Kamerstuk {KAMERSTUK}"))).click()
    expect(page.locator("#letter-view")).to_contain_text("289,4")
    page.locator("#remove-letter").click()
    expect(page.locator("#remove-question")).to_contain_text("verwijderen")
    screenshot(page, "remove-confirm")
    page.locator("#remove-confirm").click()
    status = page.locator("#remove-status textarea")
    expect(status).to_have_value(re.compile(r"removed .*store and index updated"),
                                 timeout=120_000)
    expect(page.locator("#doc-table")).not_to_contain_text(KAMERSTUK)

    click_tab(page, "tab-figures")
    expect(page.locator("#fig-table")).not_to_contain_text("289,4", timeout=30_000)
    page.locator("#fig-year input").click()
    expect(page.get_by_role("option", name="2033", exact=True)).to_have_count(0)
    page.keyboard.press("Escape")
    screenshot(page, "remove-after-figures")
    with Store(removal_app.data_dir / "store.sqlite") as store:
        assert not [d for d in store.documents() if d.kamerstuk == KAMERSTUK]
        assert not store.figures(period="2033")
    assert not list((removal_app.data_dir / "uploads").glob("*.pdf"))
