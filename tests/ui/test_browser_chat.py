"""The chat and documents tabs in a real Chromium against `python app.py`."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.ui.conftest import click_tab, open_app, screenshot

QUESTION = "What was politie's realisation in 2023?"
CITATION = "Kamerstuk 34 352, nr. 328"


def ask(page, question: str) -> None:
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()


def test_a_figure_question_shows_the_answer_and_its_source_paragraph(app_server, page):
    open_app(page, app_server.url)
    ask(page, QUESTION)
    chat = page.locator("#chat")
    expect(chat).to_contain_text("387", timeout=60_000)
    expect(chat).to_contain_text(CITATION)
    source = page.locator("#sources .source").first
    expect(source).to_contain_text("Kamerstuk 34 352, nr. 328")
    expect(source).to_contain_text("13 december 2024")
    expect(source).to_contain_text("p. 9")
    expect(source).to_contain_text("Politie")
    marks = page.locator("#sources .source mark").all_inner_texts()
    assert any("387" in m for m in marks), marks
    figures = page.locator("#answer-figures")
    expect(figures).to_contain_text("realisatie")
    expect(figures).to_contain_text("387")
    screenshot(page, "chat-politie-2023")


def test_copy_for_a_parliamentary_answer_gives_text_with_the_source_list(app_server, page):
    open_app(page, app_server.url)
    ask(page, "Wat was de realisatie van de politie in 2023?")
    expect(page.locator("#chat")).to_contain_text("387", timeout=60_000)
    page.locator("#copy-answer").click()
    box = page.locator("#copy-text textarea")
    expect(box).to_have_value(re.compile("Bronnen:"), timeout=30_000)
    text = box.input_value()
    assert text.startswith("In 2023 realiseerde de politie 387 fta")
    assert "[1] Kamerstuk 34 352, nr. 328 (13 december 2024), p. 9, Politie" in text
    assert "“" not in text.split("Bronnen:")[1]    # the list cites; it does not quote again
    screenshot(page, "chat-copy-for-parliament")


def test_a_question_the_letters_do_not_answer_says_so_without_sources(app_server, page):
    open_app(page, app_server.url)
    ask(page, "Wat is de hoofdstad van Australië?")
    expect(page.locator("#chat")).to_contain_text("staat niet in de brieven", timeout=60_000)
    expect(page.locator("#sources .source")).to_have_count(0)


def test_the_documents_tab_lists_the_letters_with_their_metadata(app_server, page):
    open_app(page, app_server.url, tab="tab-documents")
    table = page.locator("#doc-table")
    expect(table).to_contain_text("34 352, nr. 328")
    expect(table).to_contain_text("13 december 2024")
    expect(table).to_contain_text("2024-12-13-kst-34352-328-voortgang-overheid-onderwijs-2023")
    screenshot(page, "documents-tab")
    click_tab(page, "tab-chat")
    expect(page.locator("#question textarea")).to_be_visible()


def test_sources_that_disagree_show_a_note_under_the_answer(app_server, page):
    """The 2023 letter gives the water boards 56,6% in its table and 59,6% in its prose."""
    open_app(page, app_server.url)
    ask(page, "What was the realisation percentage of the water boards in 2023?")
    expect(page.locator("#chat")).to_contain_text("56.6%", timeout=60_000)
    notes = page.locator("#notes")
    expect(notes).to_contain_text("56,6%")
    expect(notes).to_contain_text("59,6%")
