"""A PDF's drawn tables (pdf_geometry.PdfTable) as Grids, their cells found in the letter's
text so that every figure still quotes its passage, and carrying the page and box of its cell.

Header rows are the leading rows without values; each column's header is its header cells
joined ("Doel 2027 (fta)"). A table continued on the next page under the same header is one
table; a row with a label and no values straight under the repeated header is the end of the
last row's label, cut by the page break.
"""
from __future__ import annotations

import logging
import re

from ingest.figures.cells import normalise, row_key
from ingest.figures.grid import Cell, Grid, Row, caption_above, caption_below
from ingest.figures.numbers import DutchNumber, parse_numbers
from ingest.figures.stream import Stream
from ingest.pdf_geometry import PdfTable

log = logging.getLogger("ingest.figures")

_VALUE = re.compile(r"^\s*[-–−]?\s*\d[\d.,]*\s*(?:%|fta)?\s*\d?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*$")
ROW_REACH = 400          # a row's cells follow its label within this in the text


def _is_value(text: str) -> bool:
    return bool(_VALUE.match(text)) and not _YEAR.match(text)


def _split(table: PdfTable):
    """(header cells per column, body rows) of one drawn table."""
    rows = [r for r in table.rows if any(c.text.strip() for c in r)]
    head = 0
    # a header row names columns; a row with only a label is the end of a cut row
    while head < len(rows) and not any(_is_value(c.text) for c in rows[head][1:]) \
            and any(c.text.strip() for c in rows[head][1:]):
        head += 1
    headers = [" ".join(normalise(rows[i][j].text) for i in range(head)).strip()
               for j in range(len(rows[0]))] if rows else []
    return headers, rows[head:]


def pdf_grids(tables: tuple[PdfTable, ...], stream: Stream) -> list[Grid]:
    grids: list[Grid] = []
    last_headers: list[str] | None = None
    cursor = 0
    for table in tables:
        headers, body = _split(table)
        if not body or len(headers) < 3:
            continue
        continued = grids and headers == last_headers and grids[-1].width == len(headers) - 1
        if continued and body and not any(_is_value(c.text) for c in body[0][1:]):
            _complete_label(grids[-1], normalise(body[0][0].text))
            body = body[1:]
        rows = []
        for cells in body:
            row = _locate(cells, table.page, stream, cursor)
            if row is None:
                log.info("table on p. %d: row %r not found in the text; left to the text reader",
                         table.page, normalise(cells[0].text))
                continue
            rows.append(row)
            cursor = row.end
        last_headers = headers
        if not rows:
            continue
        if continued:
            grids[-1].rows += rows
            grids[-1].end = rows[-1].end
            continue
        grids.append(Grid(_caption(stream.text, rows[0].start, rows[-1].end), " | ".join(headers[1:]),
                          rows, rows[0].start, rows[-1].end, headers=headers[1:]))
    return grids


def _complete_label(grid: Grid, rest: str) -> None:
    last = grid.rows[-1]
    joined = f"{last.label} {rest}"
    if row_key(last.label) is None and row_key(joined) is not None:
        grid.rows[-1] = Row(joined, last.start, last.cells)


def _locate(cells, page: int, stream: Stream, cursor: int) -> Row | None:
    """The row in the letter's text: its label, then each value after it, in order."""
    label = normalise(cells[0].text)
    if any(not c.text.strip() for c in cells[1:]):
        return None                        # an empty cell: the columns would not line up
    words = re.findall(r"[^\W\d_][\w'’-]*", label)
    if not words:
        return None
    first = re.compile(r"(?<!\w)" + re.escape(words[0]) + r"(?!\w)")
    text = stream.text
    for m in first.finditer(text, cursor):
        if stream.passage_at(m.start()).page not in (None, page):
            continue
        pos, found = m.end(), []
        for cell in cells[1:]:
            value = cell.text.strip()
            if not value:
                continue
            core = re.sub(r"\s+", "", value).rstrip("%")
            negative = core[:1] in "-–−"
            core = core.lstrip("-–−")
            at = text.find(core, pos, pos + ROW_REACH)
            numbers = parse_numbers(text[at:at + len(core) + 2]) if at >= 0 else []
            if not numbers or numbers[0].start != 0:
                break
            n = numbers[0]
            n = DutchNumber(-n.value if negative else n.value, n.qualifier, n.footnote,
                            n.start + at, n.end + at, n.num_start + at, n.num_end + at)
            unit = "%" if value.endswith("%") else None
            found.append(Cell(n, unit, page, cell.bbox))
            pos = n.end
        if len(found) == len(cells) - 1 and found:
            return Row(label, m.start(), tuple(found))
    return None


def _caption(text: str, start: int, end: int) -> str:
    above = caption_above(text, start)
    return above.group(0).strip() if above else caption_below(text, end).strip()
