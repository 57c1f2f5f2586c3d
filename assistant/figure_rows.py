"""Figures as flat rows with their sources: one builder for the CLI listing and the app's
figures tab, so both show the same values (Dutch notation, exact) and the same sources."""
from __future__ import annotations

import csv
from typing import Iterable, TextIO

from core.numbers import format_number
from core.records import dutch_date
from assistant.figures import FiguresTool

COLUMNS = ["subject", "metric", "period", "value", "unit", "qualifier", "document",
           "kamerstuk", "date", "page", "quote"]


def figure_rows(tool: FiguresTool, subject: str | None, year: str | None,
                metric: str | None) -> list[dict[str, str]]:
    """Every stored figure that matches, as strings keyed by COLUMNS (raises UnknownValue)."""
    rows = []
    for f in tool.figures(subject, metric, year):
        src = tool.sourced(f).source
        rows.append({"subject": f.subject, "metric": f.metric, "period": f.period,
                     "value": format_number(f.value, "nl"), "unit": f.unit,
                     "qualifier": f.qualifier or "", "document": src.title,
                     "kamerstuk": src.kamerstuk or "",
                     "date": dutch_date(src.date, src.year) or "",
                     "page": "" if src.page is None else str(src.page), "quote": f.quote})
    return rows


def write_csv(rows: Iterable[dict[str, str]], out: TextIO,
              header: dict[str, str] | None = None) -> None:
    """The rows as CSV; `header` renames the columns (the tab writes its bilingual headings)."""
    writer = csv.writer(out)
    writer.writerow([(header or {}).get(c, c) for c in COLUMNS])
    writer.writerows([row[c] for c in COLUMNS] for row in rows)
