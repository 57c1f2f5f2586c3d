"""Figure extraction: every figure a letter states, exact, with the words that state it.

Public entry: extract_figures(doc, passages, pdf_tables) -> list[Figure]. Three readers share one view of
the letter (stream.Stream): sector blocks, national tables, and figures in running text. What
cannot be attributed to a subject and a year is logged to "ingest.figures", never guessed.
"""
from __future__ import annotations

import logging
import re

from core.records import Document, Figure, Passage
from ingest.figures.blocks import extract_blocks
from ingest.figures.prose import extract_prose
from ingest.figures.pdf_grids import pdf_grids
from ingest.figures.periods import year_mentions
from ingest.figures.stream import Stream
from ingest.figures.tables import caption_years, extract_tables, read_text_grids
from ingest.pdf_geometry import PdfTable

log = logging.getLogger("ingest.figures")

__all__ = ["extract_figures"]


def extract_figures(doc: Document, passages: list[Passage],
                    pdf_tables: tuple[PdfTable, ...] = ()) -> list[Figure]:
    """`pdf_tables`: a PDF's drawn tables by their geometry (ingest.pdf_geometry); their cells
    are read first, so that a figure from one carries its page and box."""
    stream = Stream(passages)
    grids = pdf_grids(pdf_tables, stream) + read_text_grids(stream.text)
    head, captions = head_year(doc, stream), caption_years(grids)
    block_figures, contexts = extract_blocks(stream, doc.doc_id, head or _latest(captions),
                                             [(g.start, g.end) for g in grids])
    year = _latest([c.year for c in contexts] + captions) or head
    table_figures, table_spans = extract_tables(stream, grids, doc.doc_id, year)
    prose_figures = extract_prose(stream, doc, contexts, table_spans, year)
    figures: list[Figure] = []
    seen: set[tuple] = set()
    # Blocks and tables first: where prose repeats one of their values, the structured
    # statement is the one kept.
    for f in block_figures + table_figures + prose_figures:
        key = (f.subject, f.metric, f.period, f.value, f.unit, f.qualifier)
        if key in seen:
            continue
        seen.add(key)
        figures.append(f)
    log.info("%s: %d figures (%d blocks, %d tables, %d prose)", doc.doc_id, len(figures),
             len(block_figures), len(table_figures), len(prose_figures))
    return figures


def _latest(years: list[int]) -> int | None:
    return max(years) if years else None


_REFERENCE = re.compile(r"\b(?:ons\s+|uw\s+)?kenmerk\s*:?\s*\S+", re.IGNORECASE)
_HEAD_WORDS = 14


def head_year(doc: Document, stream: Stream) -> int | None:
    """The year the letter says it reports on: in its title, its "Onderwerp" line or a
    heading among its first lines ("Voortgang ... over 2028"); not the date it was sent, its
    reference, or a year its prose mentions."""
    lines = [doc.title or ""]
    for p in stream.passages[:2]:
        for line in p.text.split("\n"):
            line = _REFERENCE.sub(" ", line).strip()
            short = len(line.split()) <= _HEAD_WORDS and not re.search(r"[.;]\s+\S", line)
            if line and (short or line.lower().startswith("onderwerp")):
                lines.append(line)
    for text in lines:
        years = [int(y.period[:4]) for y in year_mentions(text) if y.role == "period"]
        years = [y for y in years if not doc.year or y <= doc.year]
        if years:
            return max(years)
    return None
