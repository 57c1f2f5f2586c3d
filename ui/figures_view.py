"""What the figures tab shows, without Gradio: filter choices, the selected rows with their
sources, the chart's series and the CSV of exactly the table. Tested in-process."""
from __future__ import annotations

import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core.aliases import METRICS, SUBJECTS, dutch_terms
from core.store import Store
from assistant.figure_rows import COLUMNS, figure_rows, write_csv
from assistant.figures import FiguresTool, UnknownValue, metric_id, subject_id

ALL = ""   # the dropdown value for "no filter on this field"
ALL_LABEL = "(alle / all)"

HEADERS = {"subject": "Onderwerp / Subject", "metric": "Maatstaf / Metric",
           "period": "Periode / Period", "value": "Waarde / Value", "unit": "Eenheid / Unit",
           "qualifier": "Kwalificatie / Qualifier", "document": "Document",
           "kamerstuk": "Kamerstuk", "date": "Datum / Date", "page": "Pagina / Page",
           "quote": "Citaat / Quote"}
TABLE_HEADERS = [HEADERS[c] for c in COLUMNS]

CHART_X, CHART_Y = "Jaar / Year", "Waarde / Value"
# With no metric picked, the chart shows the first of these the subject has: the share of the
# target says most about progress; the absolute numbers follow.
CHART_PREFERENCE = ["realisatiepercentage", "realisatie", "extra_banen", "doel"]

_PERIOD = re.compile(r"^\d{4}(-Q[1-4])?$")


def dutch_name(cid: str) -> str:
    """'po' -> 'po (primair onderwijs)': an abbreviated id gets the first Dutch phrase from the
    alias table that spells it out; ids that are words themselves stay as they are."""
    words = cid.replace("_", " ")
    for term in dutch_terms(cid):
        if " " in term and term != words and words not in term.split():
            return f"{words} ({term})"
    return words


def _choices(ids: list[str], name=dutch_name) -> list[tuple[str, str]]:
    return [(ALL_LABEL, ALL)] + [(name(i), i) for i in ids]


@dataclass
class Choices:
    subjects: list[tuple[str, str]]
    metrics: list[tuple[str, str]]
    years: list[tuple[str, str]]


def choices(store: Store) -> Choices:
    """What the store holds now (uploads add to it): subjects in the alias table's order."""
    figures = store.figures()
    subjects = {f.subject for f in figures}
    metrics = {f.metric for f in figures}
    order = list(SUBJECTS) + list(METRICS)

    def ranked(ids: set[str]) -> list[str]:
        return sorted(ids, key=lambda i: (order.index(i) if i in order else len(order), i))

    years = sorted({str(f.year) for f in figures})
    return Choices(_choices(ranked(subjects)), _choices(ranked(metrics)),
                   _choices(years, name=str))


@dataclass
class Selection:
    subject: str | None
    metric: str | None
    year: str | None
    rows: list[dict[str, str]] = field(default_factory=list)
    message: str = ""

    def table(self) -> pd.DataFrame:
        """The table as shown: bilingual headings, every cell the row builder's string."""
        return pd.DataFrame([[r[c] for c in COLUMNS] for r in self.rows],
                            columns=TABLE_HEADERS, dtype=str)


def select(store: Store, subject: str | None, metric: str | None,
           year: str | None) -> Selection:
    """The figures matching the filters; an unknown filter gives no rows and says which."""
    sel = Selection(None, None, None)
    try:
        sel.subject = subject_id(subject) if subject else None
        sel.metric = metric_id(metric) if metric else None
    except UnknownValue as exc:
        what = {"subject": "Onbekend onderwerp / unknown subject",
                "metric": "Onbekende maatstaf / unknown metric"}[exc.field_name]
        sel.message = f"{what}: {exc.value!r}."
        return sel
    if year and not _PERIOD.match(str(year).strip()):
        sel.message = f"Onbekend jaar / unknown year: {year!r} (zoals / like 2023 of 2017-Q1)."
        return sel
    sel.year = str(year).strip() if year else None
    sel.rows = figure_rows(FiguresTool(store), sel.subject, sel.year, sel.metric)
    n = len(sel.rows)
    sel.message = (f"{n} cijfer{'s' if n != 1 else ''} / figure{'s' if n != 1 else ''}, "
                   "elk met bron / each with its source." if n else
                   "Geen cijfers voor deze selectie / no figures match this selection.")
    return sel


def chart_metric(store: Store, subject: str, metric: str | None = None) -> str | None:
    """The metric whose series the chart draws for a subject (None: nothing to draw)."""
    have = {f.metric for f in store.figures(subject)}
    if metric:
        return metric if metric in have else None
    for m in CHART_PREFERENCE:
        if m in have:
            return m
    return max(sorted(have), key=lambda m: len(store.figures(subject, m)), default=None)


def chart_frame(store: Store, subject: str | None, metric: str | None = None
                ) -> tuple[pd.DataFrame | None, str]:
    """(frame, title) of a subject's series over the years: one authoritative value per period
    (where letters disagree, the figures tool's choice), so the chart never double-counts."""
    if not subject:
        return None, "Kies een onderwerp voor de grafiek / pick a subject for the chart."
    m = chart_metric(store, subject, metric)
    if m is None:
        return None, f"Geen reeks / no series: {dutch_name(subject)}."
    series = FiguresTool(store).series(subject, m)
    if not series.figures:       # only figures "inclusief SROI", which the series leaves out
        return None, f"Geen reeks / no series: {dutch_name(subject)}."
    frame = pd.DataFrame({
        CHART_X: [sf.figure.period for sf in series.figures],
        # The chart only draws; the table and the CSV keep the exact decimals.
        CHART_Y: [float(sf.figure.value) for sf in series.figures],
        "Maatstaf / Metric": [dutch_name(m)] * len(series.figures),
    })
    return frame, f"{dutch_name(subject)}: {dutch_name(m)} ({series.unit or ''})"


def csv_dir(store: Store) -> Path:
    """Gradio serves files from its temp dir; without one set, the data dir's tmp folder."""
    base = os.environ.get("GRADIO_TEMP_DIR")
    return (Path(base) if base else store.path.parent / "tmp") / "figures"


def write_selection_csv(sel: Selection, directory: Path) -> Path:
    """The table as CSV, written under a temporary name and renamed, so a download never sees
    half a file; the name carries a digest of the content, so two sessions never overwrite
    each other's different tables."""
    out = io.StringIO(newline="")
    write_csv(sel.rows, out, header=HEADERS)
    data = out.getvalue().encode("utf-8")
    parts = [sel.subject or "alle", sel.metric or "alle", sel.year or "alle"]
    target = directory / f"cijfers-{'-'.join(parts)}-{hashlib.sha256(data).hexdigest()[:8]}.csv"
    directory.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".cijfers-", suffix=".csv")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
