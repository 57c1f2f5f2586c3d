"""The readers: PDF page by page, plain text as UTF-8, UTF-16/32 with a byte order mark or
cp1252, both as a RawDocument."""
from __future__ import annotations

import hashlib

import pytest

from ingest.readers import read_document
from ingest.text_pages import split_text_pages
from ingest.types import RejectedFile
from tests.pdfgen import PdfPage, text_to_pdf, write_letter_pdf

DUTCH = "Het Rijk heeft banen gecreëerd; continuïteit voor de Wajong’er: € 1.250 – 54,3%"


def test_pdf_pages_are_numbered_from_one_and_keep_dutch_text(tmp_path):
    path = write_letter_pdf(tmp_path / "brief.pdf", [
        PdfPage(["Eerste pagina", DUTCH]),
        PdfPage(["Tweede pagina"]),
        PdfPage(["Derde pagina", "Doel 5.637 fta"]),
    ])
    raw = read_document(path)
    assert raw.fmt == "pdf"
    assert [p.number for p in raw.pages] == [1, 2, 3]
    assert "Eerste pagina" in raw.pages[0].text and DUTCH in raw.pages[0].text
    assert "Tweede pagina" in raw.pages[1].text and "Eerste" not in raw.pages[1].text
    assert "Doel 5.637 fta" in raw.pages[2].text
    assert raw.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert raw.path == path


def test_pdf_with_blank_page_keeps_numbering(tmp_path):
    path = write_letter_pdf(tmp_path / "bijlage.PDF", [
        PdfPage(["Voorblad"]), PdfPage([]), PdfPage(["Tabel 1"])])
    raw = read_document(path)
    assert [p.number for p in raw.pages] == [1, 2, 3]
    assert raw.pages[1].text.strip() == ""
    assert "Tabel 1" in raw.pages[2].text


def test_text_to_pdf_breaks_pages_at_form_feeds(tmp_path):
    path = text_to_pdf(tmp_path / "t.pdf", "een\ntwee\fdrie", foot=None)
    raw = read_document(path)
    assert [p.text.split() for p in raw.pages] == [["een", "twee"], ["drie"]]


@pytest.mark.parametrize("name", ["brief.txt", "notitie.md", "HOOFDLETTERS.TXT"])
def test_utf8_text_gives_the_pages_of_split_text_pages(tmp_path, name):
    text = f"Kamerbrief\n\n{DUTCH}\n\n\n\n\nPagina 2 van 2\nSlot\n"
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    raw = read_document(path)
    assert raw.fmt == "text"
    assert raw.pages == split_text_pages(text)
    assert DUTCH in raw.text


def test_utf8_byte_order_mark_and_windows_line_ends_are_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffRegel een\r\nRegel twee – €\r\n".encode("utf-8"))
    raw = read_document(path)
    assert raw.text.startswith("Regel een\nRegel twee – €")
    assert "\r" not in raw.text and "\ufeff" not in raw.text


def test_cp1252_text_is_decoded_when_not_utf8(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes(DUTCH.encode("cp1252"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")     # the case the fallback is for
    raw = read_document(path)
    assert DUTCH in raw.text
    assert raw.sha256 == hashlib.sha256(DUTCH.encode("cp1252")).hexdigest()


def test_text_neither_utf8_nor_cp1252_is_rejected_naming_the_byte(tmp_path):
    path = tmp_path / "kapot.txt"
    path.write_bytes(b"Doel 5.637 fta \x81\x8d\x8f\x90\x9d einde")
    with pytest.raises(RejectedFile) as info:
        read_document(path)
    assert info.value.reason == "not UTF-8 or cp1252 text (byte 0x81 at offset 15)"
    assert str(info.value) == f"kapot.txt: {info.value.reason}"


def test_pdf_vertical_gaps_become_blank_lines_like_the_text_extractions(tmp_path):
    path = write_letter_pdf(tmp_path / "alinea.pdf", [PdfPage(
        ["Politie", "Doel 713 fta", "Realisatie 387 fta", "", "De politie heeft een",
         "realisatie van 387 fta."], footnotes=["1 Fta staat voor Fulltime", "Arbeidsparticipant."])],
        foot="Pagina {n} van {m}")
    lines = read_document(path).pages[0].text.strip().split("\n")
    assert lines == ["Politie", "Doel 713 fta", "Realisatie 387 fta", "",
                     "De politie heeft een", "realisatie van 387 fta.", "",
                     "1 Fta staat voor Fulltime", "Arbeidsparticipant.", "", "Pagina 1 van 1"]


@pytest.mark.parametrize("encoding, bom", [
    ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-8", b"\xef\xbb\xbf"),
    ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_text_with_a_byte_order_mark_is_read_in_its_encoding(tmp_path, encoding, bom):
    """Notepad's "Unicode" is UTF-16 with a byte order mark: half its bytes are NUL."""
    text = f"Kamerbrief\r\n\r\n{DUTCH}\r\nDoel 5.637 fta\r\n"
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + text.encode(encoding))
    raw = read_document(path)
    assert raw.fmt == "text"
    assert raw.text.startswith("Kamerbrief\n\n" + DUTCH)
    assert "\ufeff" not in raw.text and "\x00" not in raw.text and "\r" not in raw.text


def test_a_utf16_letter_is_ingested_like_its_utf8_twin(tmp_path, store):
    from ingest import ingest_paths
    text = "Politie\n\nDe politie realiseerde in 2023 in totaal 387 fta aan extra banen.\n"
    (tmp_path / "utf8.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "utf16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    report = ingest_paths([tmp_path / "utf8.txt", tmp_path / "utf16.txt"], store=store)
    assert report.ok and len(report.added) == 2, report.rejected
    assert [p.text for p in store.passages("utf16")] == [p.text for p in store.passages("utf8")]


@pytest.mark.parametrize("data, reason", [
    (b"\xff\xfe" + b"A\x00\x00\x00" * 50, "binary content (NUL characters), not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (NUL bytes), not text"),
    (b"\xfe\xff\xd8\x00", "not UTF-16 text although it starts with the UTF-16 byte order mark "
                          "(offset 2)"),
])
def test_binary_is_still_refused_whatever_it_starts_with(tmp_path, data, reason):
    path = tmp_path / "binair.txt"
    path.write_bytes(data)
    with pytest.raises(RejectedFile) as info:
        read_document(path)
    assert str(info.value) == f"binair.txt: {reason}"
