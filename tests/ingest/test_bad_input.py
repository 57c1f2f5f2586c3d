"""Bad input: each unusable file gets one line naming it and the reason, the run exits 1,
the good files of the same run are stored, and nothing else in the store changes."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

import pytest

from core.store import Store
from ingest import ingest_paths
from ingest.readers import read_document
from ingest.types import RejectedFile
from tests.pdfgen import PdfPage, encrypt_pdf, write_letter_pdf, write_scanned_pdf

GOOD_LINES = ["Politie", "Cijfermatige realisatie 2023", "Doel 713 fta", "Realisatie 387 fta",
              "Realisatiepercentage 54,3%"]


def _good_pdf(path: Path) -> Path:
    return write_letter_pdf(path, [PdfPage(GOOD_LINES), PdfPage(["De politie heeft een "
                                                                 "realisatie van 387 fta."])])


def _truncated(path: Path) -> None:
    data = _good_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def _zip(path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>Doel 713 fta</w:document>")
    path.write_bytes(buf.getvalue())


def _encrypted(path: Path) -> None:
    encrypt_pdf(_good_pdf(path.with_name("plain-" + path.name)), path, user_password="geheim")
    path.with_name("plain-" + path.name).unlink()


def _sparse(path: Path) -> None:
    with path.open("wb") as f:   # sparse: no 51 MB written to disk
        f.truncate(51 * 1024 * 1024)


# file name -> (how to make it, the reason it must be rejected with)
BAD: dict[str, tuple[Callable[[Path], object], str]] = {
    "leeg.pdf": (lambda p: p.write_bytes(b""), "empty file"),
    "leeg.txt": (lambda p: p.write_bytes(b""), "empty file"),
    "afgebroken.pdf": (_truncated, "truncated PDF (no end-of-file marker)"),
    "webpagina.pdf": (lambda p: p.write_bytes(b"<!DOCTYPE html>\n<html><body>Kamerbrief"
                                              b"</body></html>"), "not a PDF (looks like HTML)"),
    "html-zonder-doctype.pdf": (lambda p: p.write_bytes(b"\n  <html lang='nl'><p>x</p></html>"),
                                "not a PDF (looks like HTML)"),
    "archief.pdf": (_zip, "not a PDF (looks like ZIP, e.g. a .docx)"),
    "geheim.pdf": (_encrypted, "password-protected"),
    "scan.pdf": (write_scanned_pdf, "no text layer; needs OCR"),
    "brief.docx": (_zip, "unsupported file type .docx; use PDF or text"),
    "kapot.txt": (lambda p: p.write_bytes(b"Doel 713 fta\n\x90\x9d"),
                  "not UTF-8 or cp1252 text (byte 0x90 at offset 13)"),
    "binair.md": (lambda p: p.write_bytes(b"\x00\x01\x02\x00" * 500),
                  "binary content (NUL bytes), not text"),
    "witruimte.txt": (lambda p: p.write_bytes(b" \n\n\t\n"), "no text (only white space)"),
    "enorm.pdf": (_sparse, "larger than 50 MB (51 MB)"),
    "bestaat-niet.pdf": (lambda p: None, "no such file or directory"),
}


def _make_bad(folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, (make, _) in BAD.items():
        make(folder / name)
        paths.append(folder / name)
    return paths


@pytest.mark.parametrize("name", list(BAD))
def test_reader_rejects_with_one_line_reason(tmp_path, name):
    make, reason = BAD[name]
    path = tmp_path / name
    make(path)
    with pytest.raises(RejectedFile) as info:
        read_document(path)
    assert info.value.reason == reason
    assert str(info.value) == f"{name}: {reason}"
    assert "\n" not in str(info.value)


def _snapshot(store_path: Path) -> tuple:
    with Store(store_path) as s:
        return s.documents(), s.passages(), s.figures(), s.generation()


def test_cli_rejects_each_bad_file_stores_the_good_one_and_keeps_the_rest(
        tmp_path, data_dir, ingest_cli):
    before = tmp_path / "eerder.txt"
    before.write_text("Defensie\nDoel 822 fta\nRealisatie 508,5 fta\n", encoding="utf-8")
    assert ingest_cli(before).returncode == 0
    docs0, passages0, _, _ = _snapshot(data_dir / "store.sqlite")

    bad = _make_bad(tmp_path / "bad")
    good = _good_pdf(tmp_path / "bad" / "politie.pdf")
    run = ingest_cli(*bad, good)

    assert run.returncode == 1
    rejected = [line for line in run.stderr.splitlines() if line.startswith("rejected: ")]
    assert sorted(rejected) == sorted(f"rejected: {n}: {r}" for n, (_, r) in BAD.items())
    assert run.stdout.strip().startswith(
        f"ingest: 1 added, 0 updated, 0 unchanged, {len(BAD)} rejected (")
    docs, passages, _, _ = _snapshot(data_dir / "store.sqlite")
    assert [d.doc_id for d in docs] == sorted([docs0[0].doc_id, "politie"])
    assert [d for d in docs if d.doc_id != "politie"] == docs0
    assert [p for p in passages if p.doc_id != "politie"] == passages0
    assert any("Doel 713 fta" in p.text for p in passages if p.doc_id == "politie")


def test_a_stored_letter_whose_file_went_bad_keeps_its_stored_version(tmp_path, store):
    letter = _good_pdf(tmp_path / "politie.pdf")
    assert ingest_paths([letter], store=store).added == ["politie"]
    snapshot = store.documents(), store.passages(), store.generation()
    _truncated(letter)
    report = ingest_paths([letter], store=store)
    assert [str(r) for r in report.rejected] == \
        ["politie.pdf: truncated PDF (no end-of-file marker)"]
    assert report.added == report.updated == []
    assert (store.documents(), store.passages(), store.generation()) == snapshot


def test_directory_of_only_bad_files_changes_nothing(tmp_path, store):
    folder = tmp_path / "bad"
    _make_bad(folder)
    report = ingest_paths([folder], store=store)
    # A folder gives only its letters (.pdf, .txt, .md): the .docx is not one of them.
    expected = sorted(n for n in BAD if not n.endswith(".docx") and (folder / n).exists())
    assert sorted(r.path.name for r in report.rejected) == expected
    assert store.documents() == [] and store.generation() == 0


@pytest.mark.parametrize("content, detail", [
    ('{"brief.txt": {"title": "x",}}', "invalid JSON at line 1, column 29"),
    ('["brief.txt"]', "expected an object keyed by file name"),
    ('{"brief.txt": "Kamerbrief"}', "entry 'brief.txt' must be an object of fields"),
])
def test_malformed_metadata_stops_the_run_naming_the_file(tmp_path, data_dir, ingest_cli,
                                                         content, detail):
    (tmp_path / "eerder.txt").write_text("Defensie\nDoel 822 fta\n", encoding="utf-8")
    assert ingest_cli(tmp_path / "eerder.txt").returncode == 0
    snapshot = _snapshot(data_dir / "store.sqlite")

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "brief.txt").write_text("Politie\nDoel 713 fta\n", encoding="utf-8")
    (corpus / "metadata.json").write_text(content, encoding="utf-8")
    run = ingest_cli(corpus)

    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(corpus / "metadata.json") in lines[0] and detail in lines[0]
    assert _snapshot(data_dir / "store.sqlite") == snapshot
