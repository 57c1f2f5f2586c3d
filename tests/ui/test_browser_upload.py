"""Uploading letters in a real Chromium: a new PDF is answerable in the same session, a bad
file is refused with its reason and changes nothing. The app runs on its own copy of the data,
so the other UI tests never see these letters."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from core.store import Store
from tests.ui.conftest import click_tab, copy_data, open_app, screenshot, start_app, stop_app
from tests.ui.letters import KAMERSTUK, QUESTION, VALUE_EN, write_fictitious_letter


@pytest.fixture(scope="module")
def upload_app(ingested_corpus, tmp_path_factory):
    root = tmp_path_factory.mktemp("upload-app")
    try:
        server = start_app(copy_data(ingested_corpus.data_dir, root / "data"), root)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    stop_app(server)


def documents(data_dir) -> list[str]:
    with Store(data_dir / "store.sqlite") as store:
        return [d.doc_id for d in store.documents()]


def upload(page, path) -> str:
    before = page.locator("#upload-status textarea").input_value()
    page.locator("#upload input[type=file]").set_input_files(str(path))
    status = page.locator("#upload-status textarea")
    expect(status).not_to_have_value(before or "", timeout=120_000)
    expect(status).to_have_value(re.compile(r"\S"), timeout=120_000)
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
