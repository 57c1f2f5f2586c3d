"""Tables as tables: rows of cells under a header, whatever layout put them on the page.

A Grid is what every table reader produces and cells.py reads: a caption, the header text
that names the columns, and rows of a label and numeric cells. Two readers:
- from text (this module): the shapes that pypdf and published .txt files give a table: one
  cell per line, tab-, space- or pipe-aligned columns, labels wrapped over lines, a row cut by
  a page break. A row is a label followed by numbers with nothing but space, pipes,
  brackets and units between them; a table is two or more such rows of the same width in a
  row, the header the short lines above the first.
- from a PDF's page geometry (pdf_tables.py, pdfplumber), for tables drawn with ruling lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.figures.numbers import DutchNumber, parse_numbers

# Between two cells of one row: space, pipes, brackets, a unit, a footnote star.
_CELL_GAP = re.compile(r"(?:[\s|()*%]|fta\b|banen\b|procent\b|personen\b)*", re.IGNORECASE)
CELL_UNIT = re.compile(r"[ \t]*(?P<unit>%|procent\b|fta\b|banen\b|personen\b)", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
# A caption: "Tabel 1: ...", "Bijlage 2. ...", "Overzicht ...".
# "Tabel 1 geeft per sector ..." is a sentence about the table, not its caption.
CAPTION = re.compile(r"^[ \t]*(?:(?:Tabel|Bijlage|Figuur|Table|Annex)\s*\d+[a-z]?\s*[.:]|"
                     r"Overzicht\b)[^\n]*$", re.IGNORECASE | re.MULTILINE)
CAPTION_BELOW = 250        # a caption under the table stands within this
_SENTENCE_END = re.compile(r"[.!?:;][\"”’)]?\s*$")
MAX_LABEL_WORDS = 8
HEADER_LINES = 14          # a header with one cell per line, each wrapped, fits in this
HEADER_REACH = 600         # characters above the first row where a caption may stand


@dataclass(frozen=True)
class Cell:
    number: DutchNumber          # offsets in the text the grid was read from
    unit: str | None             # as written beside the number: %, fta, banen, ...
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Row:
    label: str                   # as written, wrapped lines and all
    start: int                   # where the label starts (the quote starts here)
    cells: tuple[Cell, ...]

    @property
    def end(self) -> int:
        return self.cells[-1].number.end


@dataclass
class Grid:
    caption: str                 # "" when the table has none
    header: str                  # the text that names the columns, as written
    rows: list[Row] = field(default_factory=list)
    start: int = 0               # the span it covers in the text it was read from
    end: int = 0
    headers: list[str] | None = None    # one text per column, where a reader knows them

    @property
    def width(self) -> int:
        return len(self.rows[0].cells) if self.rows else 0


def label_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’.-]*", text)


def is_label(text: str) -> bool:
    """Short enough to be a row label, and not the end of a sentence of prose."""
    words = label_words(text)
    if not words or len(words) > MAX_LABEL_WORDS:
        return False
    if re.search(r"[.!?;:]\s+\S", text.strip()):
        return False
    return not re.search(r"\d", re.sub(r"\([^)]*\)", "", text))


def _runs(text: str, start: int, end: int) -> list[list[DutchNumber]]:
    """Maximal sequences of numbers with only a cell gap between each and the next."""
    runs: list[list[DutchNumber]] = []
    for n in parse_numbers(text[start:end], signed=True):
        n = DutchNumber(n.value, n.qualifier, n.footnote, n.start + start, n.end + start,
                        n.num_start + start, n.num_end + start)
        if runs and _CELL_GAP.fullmatch(text, runs[-1][-1].end, n.start):
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _header_row(run: list[DutchNumber], text: str) -> bool:
    """"2027  2028  2029": periods naming columns, not values."""
    return all(_BARE_YEAR.fullmatch(text[n.start:n.end]) for n in run)


def _cells(run: list[DutchNumber], text: str) -> tuple[Cell, ...]:
    out = []
    for n in run:
        unit = CELL_UNIT.match(text, n.end)
        out.append(Cell(n, unit.group("unit").lower() if unit else None))
    return tuple(out)


def read_text_grids(text: str, start: int = 0, end: int | None = None) -> list[Grid]:
    """Every table in text[start:end]."""
    end = len(text) if end is None else end
    grids: list[Grid] = []
    runs = _runs(text, start, end)
    i, floor = 0, start
    while i < len(runs):
        run = runs[i]
        if len(run) < 2 or _header_row(run, text):
            i += 1
            continue
        rows = [run]
        j = i + 1
        while j < len(runs) and len(runs[j]) == len(run) and \
                is_label(text[rows[-1][-1].end:runs[j][0].start]) and \
                not _header_row(runs[j], text):
            rows.append(runs[j])
            j += 1
        if len(rows) < 2:
            i += 1
            continue
        grid = _grid(text, rows, floor)
        if grid is not None:
            grids.append(grid)
            floor = grid.end
        i = j
    return join_continued(grids)


def _grid(text: str, runs: list[list[DutchNumber]], floor: int) -> Grid | None:
    head_start, caption = _header_start(text, runs[0][0].start, floor)
    above = text[head_start:runs[0][0].start]
    label, label_start = first_label(above, head_start)
    rows = [Row(label, label_start, _cells(runs[0], text))]
    for prev, run in zip(runs, runs[1:]):
        unit = CELL_UNIT.match(text, prev[-1].end)
        gap_start = unit.end() if unit else prev[-1].end
        gap = text[gap_start:run[0].start].lstrip(")*")
        gap_start = run[0].start - len(gap)
        lead = len(gap) - len(gap.lstrip(" \t\n|"))
        rows.append(Row(gap.strip(" \t\n|"), gap_start + lead, _cells(run, text)))
    header = text[head_start:label_start]
    if caption:
        header = header[len(caption):] if header.startswith(caption) else header
    else:
        caption = caption_below(text, rows[-1].end)
    return Grid(caption.strip(), header, rows, head_start, rows[-1].end)


def caption_above(text: str, first: int, floor: int = 0) -> re.Match | None:
    """The last caption line in reach above a table's first row."""
    found = list(CAPTION.finditer(text, max(floor, first - HEADER_REACH), first))
    return found[-1] if found else None


def caption_below(text: str, end: int) -> str:
    """A caption standing under the table ("" when there is none)."""
    below = CAPTION.search(text, end, end + CAPTION_BELOW)
    return below.group(0) if below else ""


def _header_start(text: str, first: int, floor: int) -> tuple[int, str]:
    """Where the table's header (with its caption, if any) begins above the first row."""
    reach = max(floor, first - HEADER_REACH)
    above = caption_above(text, first, floor)
    if above:
        return above.start(), above.group(0)
    # No caption: the short lines straight above, up to a line of prose.
    pos, lines = first, 0
    while pos > reach and lines < HEADER_LINES:
        line_start = text.rfind("\n", reach, pos - 1) + 1 if pos > 0 else 0
        line_start = max(line_start, reach)
        line = text[line_start:pos].strip()
        if line and (not _header_line(line) or _SENTENCE_END.search(line)):
            break
        pos = line_start
        lines += 1 if line else 0
        if line_start <= reach:
            break
    return pos, ""


def _header_line(line: str) -> bool:
    """A line of column labels: short words, years ("Doel 2027 (fta)"), rules ("|---|")."""
    bare = re.sub(r"\b(?:19|20)\d{2}\b|\([^)]*\)|[|:+=_-]", " ", line)
    return not bare.strip() or is_label(bare)


def first_label(above: str, offset: int) -> tuple[str, int]:
    """The first row's label: the shortest tail of the text above its numbers that starts a
    label (a capital, or a line's start) and names a subject or metric; the rest above is
    header. One cell per line: the last line; a wrapped label: two or three lines; text
    reflowed into one line: the words after the header's own numbers ("Sector 2027 2028 2029
    Primair onderwijs")."""
    from ingest.figures.cells import row_key     # cells.py reads grids; one way round
    body = above.rstrip(" \t|")
    floor = max([m.end() for m in re.finditer(r"\d[%)]?|\|", body)], default=0)
    starts = [m.start() for m in re.finditer(r"(?<![\w'’.(-])[^\W\d_]", body[floor:])]
    best = None
    for start in reversed(starts[-MAX_LABEL_WORDS:]):
        at = floor + start
        tail = body[at:].strip(" \t\n|")
        opens_line = at == 0 or body[at - 1] == "\n"
        if not (tail[:1].isupper() or opens_line) or tail.count(")") > tail.count("("):
            continue
        if is_label(tail) and row_key(tail) is not None:
            best = at
            break
    if best is None:             # nothing named: the last line, reported as unnamed
        best = max(body.rfind("\n") + 1, floor)
    lead = len(body[best:]) - len(body[best:].lstrip(" \t\n|"))
    return body[best:].strip(" \t\n|"), offset + best + lead


def join_continued(grids: list[Grid]) -> list[Grid]:
    """A table cut by a page break, its header repeated on the next page, is one table. A row
    cut by the break leaves its label's last words after the repeated header ("Universitair
    | 1.386 902 65,1%" ... "Realisatiepercentage medische centra"): they go back to it."""
    from ingest.figures.cells import header_tail, row_key, same_header
    out: list[Grid] = []
    for grid in grids:
        prev = out[-1] if out else None
        if prev is None or prev.width != grid.width or grid.caption and prev.caption \
                or not same_header(prev.header, grid.header):
            out.append(grid)
            continue
        last, rest = prev.rows[-1], header_tail(grid.header)
        if row_key(last.label) is None and rest and row_key(f"{last.label} {rest}"):
            prev.rows[-1] = Row(f"{last.label} {rest}", last.start, last.cells)
        prev.rows += grid.rows
        prev.end = grid.end
        prev.caption = prev.caption or grid.caption
    return out
