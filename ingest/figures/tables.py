"""National tables: "Tabel 1: Resultaten eind 2022 ten opzichte van de nulmeting".

Rows (formele dienstverbanden, inleenverbanden, totaal, doelstelling) by columns (markt,
overheid, totaal), both line-wrapped ("Formele dienstverban-\\nden \\n\\n70.388 8.874 79.2621")
and tab-separated ("Inleenverbanden ...\\t- 3.853\\t- 158\\t- 4.011"). Targets stand in
parentheses; a footnote mark may be glued to a number.
"""
from __future__ import annotations

import logging
import re

from core.aliases import subject_spans
from core.records import Figure
from ingest.figures.numbers import DutchNumber, parse_numbers
from ingest.figures.stream import Stream

log = logging.getLogger("ingest.figures")

TABLE = re.compile(r"Tabel\s+\d+\s*[:.]?\s*(?P<title>[^\n]{0,80}?\b(?:eind|over|in)\s+"
                   r"(?P<year>(?:19|20)\d{2}))", re.IGNORECASE)
ROWS = [
    (re.compile(r"Formele\s+dienst-?\s*verban-?\s*den", re.IGNORECASE), "formele_dienstverbanden"),
    (re.compile(r"Inleen-?\s*verbanden(?:\s*\([^)]*\))?", re.IGNORECASE), "inleenverbanden"),
    (re.compile(r"(?<![\w-])Totaal\b"), "extra_banen"),
    (re.compile(r"Doelstelling(?:\s+Sociaal\s+Akkoord)?", re.IGNORECASE), "doel"),
]
WINDOW = 1500
_GAP = re.compile(r"[\s()]*")
_TOTAL_COLUMN = re.compile(r"\btotale?\b", re.IGNORECASE)


def columns(header: str) -> list[str]:
    """Column subjects in the order the header names them ("... markt", "... overheid",
    "Totale toename ...")."""
    spans = [(s, cid) for s, _, cid in subject_spans(header)]
    spans += [(m.start(), "totaal") for m in _TOTAL_COLUMN.finditer(header)]
    cols: list[str] = []
    for _, cid in sorted(spans):
        if cid not in cols:
            cols.append(cid)
    return cols


def row_values(text: str, start: int, n: int) -> list[DutchNumber] | None:
    """The n numbers right after a row label, separated by nothing but space and brackets."""
    values, pos = [], start
    for num in parse_numbers(text[start:start + 400], signed=True):
        gap = text[pos:start + num.start]
        if not _GAP.fullmatch(gap):
            break
        values.append(num)
        pos = start + num.end
        if len(values) == n:
            return [DutchNumber(v.value, v.qualifier, v.footnote, v.start + start, v.end + start,
                                v.num_start + start, v.num_end + start) for v in values]
    return None


def extract_tables(stream: Stream, doc_id: str) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The tables' figures, and the stream span of each table read."""
    figures: list[Figure] = []
    spans: list[tuple[int, int]] = []
    text = stream.text
    for t in TABLE.finditer(text):
        year = t.group("year")
        end = min(len(text), t.end() + WINDOW)
        labels = sorted((m.start(), m.end(), metric) for rx, metric in ROWS
                        for m in rx.finditer(text, t.end(), end))
        if not labels:
            continue
        cols = columns(text[t.end():labels[0][0]])
        if len(cols) < 2:
            log.info("%s: table %r: columns not recognised; skipped", doc_id, t.group(0))
            continue
        done: set[str] = set()
        table_end = t.end()
        for l_start, l_end, metric in labels:
            if metric in done:
                continue
            values = row_values(text, l_end, len(cols))
            if values is None:
                continue
            done.add(metric)
            table_end = max(table_end, values[-1].end)
            _check_sum(doc_id, year, metric, cols, values)
            for subject, v in zip(cols, values):
                quote = stream.quote(l_start, values[-1].end, v.num_start)
                figures.append(Figure(subject, metric, year, v.value, "banen", v.qualifier,
                                      doc_id, quote.passage.passage_id, quote.text,
                                      source_kind="table"))
        if done:
            spans.append((t.start(), table_end))
        missing = {m for _, m in ROWS} - done
        if missing:
            log.info("%s: table %s: rows not found: %s", doc_id, year, sorted(missing))
    return figures, spans


def _check_sum(doc_id: str, year: str, metric: str, cols: list[str],
               values: list[DutchNumber]) -> None:
    if "totaal" not in cols or len(cols) < 3:
        return
    total = values[cols.index("totaal")].value
    parts = sum(v.value for c, v in zip(cols, values) if c != "totaal")
    if parts != total:
        log.debug("%s: table %s %s: parts sum to %s, total says %s (rounding)",
                  doc_id, year, metric, parts, total)
