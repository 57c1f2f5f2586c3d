"""Real PDFs for tests, written with reportlab: letters with pages, running heads and feet,
footnotes at the bottom of a page, and lines broken exactly where the caller breaks them
(so "marktwerk-" / "gevers" stays a hyphenated line end, as in the published letters).

    from tests.pdfgen import PdfPage, write_letter_pdf, text_to_pdf
    write_letter_pdf(path, [PdfPage(["Rijksoverheid", "Doel 5.637"], footnotes=["7 Fta ..."])],
                     head="Tweede Kamer, vergaderjaar 2024–2025, 34 352, nr. 328",
                     foot="Pagina {n} van {m}")

The standard Helvetica font covers the Dutch characters of the letters (ë ï é ’ € –): pypdf
gives them back unchanged. It has no glyph for U+FFFD, the replacement character the text
extractions show for list bullets, so that one is drawn as the bullet a letter really shows (•).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 72
TOP = PAGE_HEIGHT - 60
BODY_SIZE, BODY_LEADING = 10.5, 14
NOTE_SIZE, NOTE_LEADING = 8, 10
HEAD_SIZE = 8
BODY_BOTTOM = 130          # body lines stay above this; footnotes live below it
BODY_LINES = int((TOP - 30 - BODY_BOTTOM) // BODY_LEADING)


@dataclass
class PdfPage:
    body: list[str]                                        # lines, top to bottom; "" = gap
    footnotes: list[str] = field(default_factory=list)     # small print at the page bottom
    head: str | None = None     # running head; overrides the document's; "{n}", "{m}" allowed
    foot: str | None = None     # running foot, e.g. "Pagina {n} van {m}"


def write_letter_pdf(path: Path | str, pages: list[PdfPage], *, head: str | None = None,
                     foot: str | None = None, title: str = "test letter") -> Path:
    """Writes one PDF page per PdfPage. Raises ValueError if a page's body does not fit."""
    path = Path(path)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(title)
    total = len(pages)
    for n, page in enumerate(pages, start=1):
        if len(page.body) > BODY_LINES:
            raise ValueError(f"page {n} has {len(page.body)} body lines; at most {BODY_LINES} fit")
        page_head = page.head if page.head is not None else head
        page_foot = page.foot if page.foot is not None else foot
        # Drawing order is extraction order: head, body, footnotes, foot, as in the letters.
        if page_head:
            pdf.setFont("Helvetica", HEAD_SIZE)
            pdf.drawString(LEFT, PAGE_HEIGHT - 36, _glyphs(page_head.format(n=n, m=total)))
        pdf.setFont("Helvetica", BODY_SIZE)
        y = TOP
        for line in page.body:
            if line:
                pdf.drawString(LEFT, y, _glyphs(line))
            y -= BODY_LEADING
        if page.footnotes:
            pdf.setFont("Helvetica", NOTE_SIZE)
            y = BODY_BOTTOM - 20
            pdf.line(LEFT, BODY_BOTTOM - 8, LEFT + 120, BODY_BOTTOM - 8)
            for note in page.footnotes:
                pdf.drawString(LEFT, y, _glyphs(note))
                y -= NOTE_LEADING
        if page_foot:
            pdf.setFont("Helvetica", HEAD_SIZE)
            pdf.drawString(LEFT, 30, _glyphs(page_foot.format(n=n, m=total)))
        pdf.showPage()
    pdf.save()
    return path


def text_to_pdf(path: Path | str, text: str, *, lines_per_page: int = 40,
                head: str | None = None, foot: str | None = "Pagina {n} van {m}") -> Path:
    """A PDF of plain text, line for line: a form feed (\\f) starts a new page, and so does
    every `lines_per_page`-th line."""
    lines_per_page = min(lines_per_page, BODY_LINES)
    pages: list[PdfPage] = []
    for chunk in text.split("\f"):
        lines = chunk.strip("\n").split("\n")
        for start in range(0, len(lines), lines_per_page):
            pages.append(PdfPage(lines[start:start + lines_per_page]))
    return write_letter_pdf(path, pages, head=head, foot=foot)


def write_scanned_pdf(path: Path | str, pages: int = 2) -> Path:
    """A PDF like a scan without OCR: every page has marks but no text layer."""
    path = Path(path)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        for row in range(30):   # grey bars where the lines of a scanned page would be
            pdf.setFillGray(0.2 + 0.02 * n)
            pdf.rect(LEFT, TOP - row * BODY_LEADING, 300 + (row * 37) % 140, 8, stroke=0, fill=1)
        pdf.circle(PAGE_WIDTH - 120, 80, 30)
        pdf.showPage()
    pdf.save()
    return path


def encrypt_pdf(src: Path | str, dst: Path | str, user_password: str = "geheim",
                algorithm: str = "AES-256") -> Path:
    """A copy of `src` that cannot be opened without `user_password`."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.encrypt(user_password, owner_password=user_password + "-owner", algorithm=algorithm)
    dst = Path(dst)
    with dst.open("wb") as f:
        writer.write(f)
    return dst


def _glyphs(line: str) -> str:
    return line.replace("\ufffd", "\u2022")


def break_word(lines: list[str], word: str, at: int) -> list[str]:
    """The lines with the first `word` hyphenated at a line end: "marktwerk-" / "gevers ...".

    The rest of that line moves to the start of the next one, as a typesetter would break it.
    """
    for i, line in enumerate(lines):
        pos = line.find(word)
        if pos < 0:
            continue
        head = line[:pos] + word[:at] + "-"
        tail = (word[at:] + line[pos + len(word):]).rstrip()
        rest = lines[i + 1:] or [""]
        return lines[:i] + [head, f"{tail} {rest[0]}".rstrip()] + rest[1:]
    raise ValueError(f"{word!r} not in the lines")
