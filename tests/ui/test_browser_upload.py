"""Uploading letters in a real Chromium: a new PDF is answerable in the same session, a bad
file is refused with its reason and changes nothing. The app runs on its own copy of the data,
so the other UI tests never see these letters."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from core.store import Store
from tests.ui.conftest import click_tab, copy_data, open_app, screenshot, serving
from tests.ui.letters import KAMERSTUK, QUESTION, VALUE_EN, write_fictitious_letter


@pytest.fixture(scope="module")
def upload_app(ingested_corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("upload-app")
    yield from serving(copy_data(ingested_corpus.data_dir, root / "data"), root)


def documents(data_dir) -> list[str]:
    with Store(data_dir / "store.sqlite") as store:
        return [d.doc_id for d in store.documents()]


FINAL = re.compile(r"^refused: |searchable now$")     # the last line of an upload's status


def start_upload(page, path) -> None:
    page.locator("#upload input[type=file]").set_input_files(str(path))


def upload(page, path, timeout: float = 120_000) -> str:
    """Uploads and waits for the final status line (the queue shows others on the way)."""
    before = page.locator("#upload-status textarea").input_value()
    start_upload(page, path)
    status = page.locator("#upload-status textarea")
    expect(status).not_to_have_value(before or "", timeout=timeout)
    expect(status).to_have_value(FINAL, timeout=timeout)
    return status.input_value()


def test_a_bad_file_is_refused_with_its_reason_and_changes_nothing(upload_app, page, tmp_path):
    fake = tmp_path / "geen echte brief.pdf"
    fake.write_text("Dit is platte tekst met een .pdf-extensie.", encoding="utf-8")
    before = documents(upload_app.data_dir)
    open_app(page, upload_app.url, tab="tab-documents")
    status = upload(page, fake)
    assert status.startswith("refused: "), status
    assert "geen_echte_brief.pdf" in status or "geen echte brief.pdf" in status
    assert "\n" not in status.strip()
    assert documents(upload_app.data_dir) == before
    assert not list((upload_app.data_dir / "uploads").glob("*.pdf"))
    screenshot(page, "upload-refused")


def test_another_file_type_is_refused_in_the_status_line(upload_app, page, tmp_path):
    other = tmp_path / "brief.docx"
    other.write_bytes(b"PK\x03\x04 not a letter")
    open_app(page, upload_app.url, tab="tab-documents")
    status = upload(page, other)
    assert status == "refused: brief.docx: unsupported file type .docx; upload a PDF or .txt"
    assert not (upload_app.data_dir / "uploads" / "brief.docx").exists()
    assert not list((upload_app.data_dir / "gradio-tmp").rglob("brief.docx"))


def test_an_uploaded_pdf_is_answerable_in_the_same_session(upload_app, page, tmp_path):
    letter = write_fictitious_letter(tmp_path)
    open_app(page, upload_app.url, tab="tab-documents")
    status = upload(page, letter)
    assert "added" in status and "searchable" in status, status
    expect(page.locator("#doc-table")).to_contain_text(KAMERSTUK)
    stored = upload_app.data_dir / "uploads" / "Fictieve_brief_waterschappen_2033.pdf"
    assert stored.read_bytes() == letter.read_bytes()
    screenshot(page, "upload-added")

    click_tab(page, "tab-chat")
    page.locator("#question textarea").fill(QUESTION)
    page.locator("#ask").click()
    chat = page.locator("#chat")
    expect(chat).to_contain_text(VALUE_EN, timeout=60_000)
    expect(chat).to_contain_text(f"Kamerstuk {KAMERSTUK}")
    expect(page.locator("#sources .source").first).to_contain_text("Fictieve voortgang")
    screenshot(page, "upload-then-ask")


def test_a_second_upload_waits_its_turn_with_its_place_shown_and_questions_go_on(
        upload_app, browser, page, tmp_path):
    from tests.ui.letters import write_long_letter
    # long enough that it is still embedding while a second browser opens and uploads, even
    # on a quiet machine (150 passages could finish first: the queue was then empty)
    big = write_long_letter(tmp_path / "lange brief.txt", 400)
    small = write_long_letter(tmp_path / "korte brief.txt", 3, topic="leerwerkbanen")
    open_app(page, upload_app.url, tab="tab-documents")
    start_upload(page, big)
    status = page.locator("#upload-status textarea")
    # Progress shows in the Documents tab while the worker embeds ...
    expect(status).to_have_value(re.compile(r"^lange brief\.txt: embedding passages \d+/400"),
                                 timeout=120_000)
    screenshot(page, "upload-embedding")

    other = browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
    try:
        open_app(other, upload_app.url, tab="tab-documents")
        start_upload(other, small)
        # ... a second upload waits in the queue and says where it stands ...
        expect(other.locator("#upload-status textarea")).to_have_value(
            "korte brief.txt: waiting in the queue, position 1 (after lange brief.txt)",
            timeout=60_000)
        screenshot(other, "upload-waiting")
        # ... and questions are answered meanwhile.
        click_tab(other, "tab-chat")
        other.locator("#question textarea").fill("What was politie's realisation in 2023?")
        other.locator("#ask").click()
        expect(other.locator("#chat")).to_contain_text("387", timeout=60_000)
        assert "embedding passages" in status.input_value()     # the big one was still going
        click_tab(other, "tab-documents")
        expect(other.locator("#upload-status textarea")).to_have_value(FINAL, timeout=600_000)
        assert other.locator("#upload-status textarea").input_value().startswith(
            "korte_brief.txt: added")
    finally:
        other.context.close()
    expect(status).to_have_value(FINAL, timeout=600_000)
    assert status.input_value().startswith("lange_brief.txt: added as lange-brief (400 passages")
