"""Figure extraction: every figure a letter states, exact, with the words that state it.

Public entry: extract_figures(doc, passages) -> list[Figure]. Three readers share one view of
the letter (stream.Stream): sector blocks, national tables, and figures in running text. What
cannot be attributed to a subject and a year is logged to "ingest.figures", never guessed.
"""
from __future__ import annotations

import logging

from core.records import Document, Figure, Passage
from ingest.figures.blocks import extract_blocks
from ingest.figures.prose import extract_prose
from ingest.figures.stream import Stream
from ingest.figures.periods import YEAR
from ingest.figures.tables import caption_years, extract_tables, read_text_grids

log = logging.getLogger("ingest.figures")

__all__ = ["extract_figures"]


def extract_figures(doc: Document, passages: list[Passage]) -> list[Figure]:
    stream = Stream(passages)
    block_figures, contexts = extract_blocks(stream, doc.doc_id)
    grids = read_text_grids(stream.text)
    year = report_year(doc, [c.year for c in contexts] + caption_years(grids))
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


def report_year(doc: Document, stated: list[int]) -> int | None:
    """The year the letter reports on: its blocks' and tables' latest year, else its title's."""
    years = stated or [int(m.group("year")) for m in YEAR.finditer(doc.title or "")]
    return max(years) if years else None
