"""Readers: a PDF or a plain-text file becomes a RawDocument (its pages), or a RejectedFile.

Every way a file can be unusable ends in RejectedFile with a one-line reason, raised before
anything is written, so that a bad file in a run never touches the store.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import logging
import math
from pathlib import Path

from ingest.text_pages import split_text_pages
from ingest.types import RawDocument, RawPage, RejectedFile

MAX_BYTES = 50 * 1024 * 1024
PDF_SUFFIXES = {".pdf"}
TEXT_SUFFIXES = {".txt", ".md"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | TEXT_SUFFIXES

# pypdf logs a warning for every oddity of a damaged file; the reason we raise says it once.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def check_file(path: Path) -> int:
    """What can be told without reading the file: it exists, its type, its size. Returns size."""
    if not path.exists():
        raise RejectedFile(path, "no such file or directory")
    if not path.is_file():
        raise RejectedFile(path, "not a regular file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "without extension"
        raise RejectedFile(path, f"unsupported file type {shown}; use PDF or text")
    size = path.stat().st_size
    if size == 0:
        raise RejectedFile(path, "empty file")
    if size > MAX_BYTES:
        raise RejectedFile(path, f"larger than {MAX_BYTES // (1024 * 1024)} MB "
                                 f"({size / (1024 * 1024):.0f} MB)")
    return size


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def read_document(path: Path | str) -> RawDocument:
    """Checks, reads and parses one file."""
    path = Path(path)
    check_file(path)
    data = path.read_bytes()
    return parse_document(path, data, sha256_of(data))


def parse_document(path: Path, data: bytes, sha256: str) -> RawDocument:
    """Parses bytes already read (and hashed) from `path`, by its extension."""
    if path.suffix.lower() in PDF_SUFFIXES:
        from ingest.pdf_geometry import read_pdf_tables
        pages = _pdf_pages(path, data)
        return RawDocument(path, sha256, "pdf", pages, tuple(read_pdf_tables(data)))
    text = _decode_text(path, data)
    return RawDocument(path, sha256, "text", split_text_pages(text))


# -- PDF ---------------------------------------------------------------------------------
def _sniff_not_pdf(data: bytes) -> str | None:
    """What a file named .pdf really is, when it is not a PDF (None when it looks like one)."""
    head = data[:1024]
    if b"%PDF-" in head:     # the spec allows junk before the header; pypdf copes with it
        return None
    if head.startswith(b"PK\x03\x04"):
        return "not a PDF (looks like ZIP, e.g. a .docx)"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<!doctype", b"<html")) or b"<html" in lowered:
        return "not a PDF (looks like HTML)"
    return "not a PDF (no %PDF- header)"


def _pdf_pages(path: Path, data: bytes) -> list[RawPage]:
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    not_pdf = _sniff_not_pdf(data)
    if not_pdf:
        raise RejectedFile(path, not_pdf)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            # An owner password alone (empty user password) still opens; a user password not.
            raise RejectedFile(path, "password-protected")
        texts = [_page_text(page) for page in reader.pages]
    except RejectedFile:
        raise
    except FileNotDecryptedError:
        raise RejectedFile(path, "password-protected") from None
    except DependencyError as exc:   # AES without `cryptography`: not a PdfReadError
        raise RejectedFile(path, f"encrypted PDF that cannot be opened here ({_one_line(exc)})") \
            from None
    except PdfReadError as exc:
        if b"%%EOF" not in data[-2048:]:
            raise RejectedFile(path, "truncated PDF (no end-of-file marker)") from None
        raise RejectedFile(path, f"damaged PDF ({_one_line(exc)})") from None
    except Exception as exc:   # pypdf parses untrusted bytes; any failure there is the file's
        raise RejectedFile(path, f"damaged PDF ({type(exc).__name__}: {_one_line(exc)})") \
            from None
    if not texts:
        raise RejectedFile(path, "PDF has no pages")
    if not any(t.strip() for t in texts):
        raise RejectedFile(path, "no text layer; needs OCR")
    return [RawPage(number, text) for number, text in enumerate(texts, start=1)]


def _page_text(page) -> str:
    """pypdf's text of a page, with a blank line wherever the page leaves a vertical gap
    (between paragraphs, above the footnotes), as in the text extractions of the letters:
    cleaning then finds paragraphs and footnotes the same way in both."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((text, y, size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(t for t, _, _ in pieces) != text:   # the visitor did not mirror the output
        return text
    lines: list[tuple[str, float | None, float]] = []   # text, baseline y, font size
    current, y, size = "", None, 0.0
    for piece, piece_y, piece_size in pieces:
        parts = piece.split("\n")
        for i, part in enumerate(parts):
            if part.strip() and y is None:
                y, size = piece_y, piece_size
            current += part
            if i < len(parts) - 1:
                lines.append((current, y, size))
                current, y, size = "", None, 0.0
    lines.append((current, y, size))
    placed = [(y, size) for _, y, size in lines if y is not None and size > 0]
    # Line steps in font sizes; the lower quartile is the page's plain line spacing even on
    # a page with many paragraph gaps.
    ratios = sorted((a - b) / max(sa, sb) for (a, sa), (b, sb) in zip(placed, placed[1:])
                    if a > b)
    if len(ratios) < 2:
        return text
    gap = 1.5 * ratios[len(ratios) // 4]
    out: list[str] = []
    last: tuple[float, float] | None = None
    for line, y, size in lines:
        if y is not None and size > 0:
            if last is not None and (last[0] - y) / max(last[1], size) > gap:
                out.append("")
            last = (y, size)
        out.append(line)
    return "\n".join(out)


# -- plain text --------------------------------------------------------------------------
# Byte order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
        (codecs.BOM_UTF8, "utf-8", "UTF-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


def _decode_text(path: Path, data: bytes) -> str:
    """UTF-8, or UTF-16/32 (Notepad's "Unicode") when a byte order mark says so, else cp1252.

    NUL bytes are half of UTF-16 text, so after a byte order mark binary is told apart only
    after decoding: by NUL characters, which no text file contains."""
    text = _decode_by_bom(path, data)
    if text is None:
        if b"\x00" in data[:8192]:
            raise RejectedFile(path, "binary content (NUL bytes), not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                # Older Windows exports of the letters are cp1252; it has no byte for 0x81,
                # 0x8D, 0x8F, 0x90 and 0x9D, so binary junk still fails here.
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise RejectedFile(path, f"not UTF-8 or cp1252 text (byte "
                                         f"0x{data[exc.start]:02X} at offset {exc.start})") \
                    from None
    if "\x00" in text[:8192]:
        raise RejectedFile(path, "binary content (NUL characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise RejectedFile(path, "no text (only white space)")
    return text


def _decode_by_bom(path: Path, data: bytes) -> str | None:
    """The text after a byte order mark, decoded as the mark says; None without a mark."""
    for bom, encoding, name in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                offset = len(bom) + exc.start
                raise RejectedFile(path, f"not {name} text although it starts with the {name} "
                                         f"byte order mark (offset {offset})") \
                    from None
    return None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__
