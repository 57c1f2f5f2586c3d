"""Tables' figures: every numeric cell of every table, one Figure each (source_kind "table").

The tables come from grid.py (from the text, whatever its layout) and, for PDFs with drawn
tables, from pdf_tables.py (page geometry); cells.py says what each cell is. The quote is the
row from its label to the cell, in the passage that holds the cell.
"""
from __future__ import annotations

import logging

from core.records import Figure
from ingest.figures.cells import grid_figures
from ingest.figures.grid import CELL_UNIT, Grid, read_text_grids
from ingest.figures.periods import year_mentions
from ingest.figures.stream import Stream

log = logging.getLogger("ingest.figures")


def extract_tables(stream: Stream, grids: list[Grid], doc_id: str, report_year: int | None
                   ) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The tables' figures, and the stream span of each table read (prose skips them)."""
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    for grid in grids:
        found = grid_figures(grid, report_year, _maker(stream, doc_id))
        if found:
            figures += found
            spans.append((grid.start, grid.end))
    return figures, spans


def _maker(stream: Stream, doc_id: str):
    def make(row, cell, key, header) -> Figure:
        n = cell.number
        unit = CELL_UNIT.match(stream.text, n.end)
        quote = stream.quote(row.start, unit.end() if unit else n.end, n.num_start)
        return Figure(key.subject, key.metric, key.period, n.value, key.unit, n.qualifier,
                      doc_id, quote.passage.passage_id, quote.text, source_kind="table",
                      header=header, page=cell.page or quote.passage.page, bbox=cell.bbox)
    return make


def caption_years(grids: list[Grid]) -> list[int]:
    """The years tables' captions give ("Tabel 1: Resultaten eind 2022")."""
    return [int(y.period[:4]) for g in grids for y in year_mentions(g.caption)
            if y.role == "period"]


__all__ = ["Grid", "extract_tables", "caption_years", "read_text_grids"]
