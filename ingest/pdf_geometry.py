"""Tables drawn with ruling lines in a PDF, read from the page geometry with pdfplumber.

pypdf stays the text reader; this only says where a drawn table's cells are: the text and the
bounding box (x0, top, x1, bottom in points from the page's top left) of every cell, page by
page. A page without drawn lines is not searched (cheap: most letters have none). A page
pdfplumber cannot read gives no tables; the text reader still reads it.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass

log = logging.getLogger("ingest.pdf_geometry")

_STRATEGY = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


@dataclass(frozen=True)
class PdfCell:
    text: str
    bbox: tuple[float, float, float, float] | None


@dataclass(frozen=True)
class PdfTable:
    page: int                                  # 1-based
    bbox: tuple[float, float, float, float]
    rows: tuple[tuple[PdfCell, ...], ...]


def read_pdf_tables(data: bytes) -> list[PdfTable]:
    import pdfplumber

    tables: list[PdfTable] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                if not (page.lines or page.rects):
                    continue
                for found in page.find_tables(_STRATEGY):
                    rows = []
                    for row, texts in zip(found.rows, found.extract()):
                        rows.append(tuple(PdfCell(t or "", tuple(round(x, 1) for x in box)
                                                  if box else None)
                                          for t, box in zip(texts, row.cells)))
                    tables.append(PdfTable(number, tuple(round(x, 1) for x in found.bbox),
                                           tuple(rows)))
    except Exception as exc:    # untrusted bytes: a table we cannot see is not a failed letter
        log.info("pdfplumber could not read the tables: %s: %s", type(exc).__name__, exc)
        return []
    return tables
