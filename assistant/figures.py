"""The figures tool: exact look-ups over the store's figures table, with their sources.

Every result carries its input figures, each with a Citation, and notes where sources
disagree. Arithmetic is Decimal, never a language model's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from assistant.wording import METRIC_NAMES
from core.aliases import METRICS, SUBJECTS, find_metrics, resolve_subject
from core.records import Citation, Document, Figure, SourcedFigure
from core.store import Store
from assistant.authority import computed_check, disagreement_notes

INCLUDING = "inclusief SROI"


class UnknownValue(ValueError):
    """A subject or metric the alias table does not know. str() is the one-line message."""

    def __init__(self, field_name: str, value: str, valid: list[str]):
        self.field_name, self.value, self.valid = field_name, value, valid
        super().__init__(f"unknown {field_name} {value!r}; valid: {', '.join(valid)}")


@dataclass
class FigureResult:
    kind: str                                 # lookup | series | difference | ranking | target_met
    subject: str | None
    metric: str | None
    period: str | None
    value: Decimal | None = None
    unit: str | None = None
    figures: list[SourcedFigure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    met: bool | None = None
    ranking: list[tuple[str, Decimal]] = field(default_factory=list)
    # a ranking's notes by subject: an answer that keeps some subjects keeps only theirs
    notes_by_subject: dict[str, list[str]] = field(default_factory=dict)

    @property
    def found(self) -> bool:
        return bool(self.figures)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "subject": self.subject, "metric": self.metric,
                "period": self.period, "value": None if self.value is None else str(self.value),
                "unit": self.unit, "met": self.met,
                "ranking": [[s, str(v)] for s, v in self.ranking],
                "figures": [f.to_dict() for f in self.figures], "notes": list(self.notes)}


def subject_id(text: str) -> str:
    if text.lower() in SUBJECTS:
        return text.lower()
    found = resolve_subject(text)
    if not found:
        raise UnknownValue("subject", text, sorted(SUBJECTS))
    return found


def metric_id(text: str) -> str:
    key = text.lower().replace(" ", "_")
    if key in METRICS or key in _EXTRA_METRICS:
        return key
    found = find_metrics(text)
    if not found:
        raise UnknownValue("metric", text, sorted(set(METRICS) | _EXTRA_METRICS))
    return found[0]


# Every metric the answers can name (in both languages) is one the tool accepts: the figures
# stage writes some that need no natural-language alias ("groei_wsw_detacheringen").
_EXTRA_METRICS = set(METRIC_NAMES["en"]) - set(METRICS)


class FiguresTool:
    def __init__(self, store: Store):
        self.store = store
        self._docs: dict[str, Document] = {}
        self._cache: dict[str, Citation] = {}

    # -- plumbing ------------------------------------------------------------------------
    def docs(self) -> dict[str, Document]:
        if not self._docs:
            self._docs = {d.doc_id: d for d in self.store.documents()}
        return self._docs

    def sourced(self, f: Figure) -> SourcedFigure:
        if f.passage_id not in self._cache:
            doc = self.docs().get(f.doc_id) or self.store.document(f.doc_id)
            self._cache[f.passage_id] = Citation.of(doc, self.store.passage(f.passage_id))
        return SourcedFigure(f, self._cache[f.passage_id])

    def figures(self, subject: str | None = None, metric: str | None = None,
                period: str | None = None) -> list[Figure]:
        s = subject_id(subject) if subject else None
        m = metric_id(metric) if metric else None
        return self.store.figures(s, m, str(period) if period else None)

    def _group(self, figures: list[Figure], including: bool) -> list[Figure]:
        return [f for f in figures if (INCLUDING in (f.qualifier or "")) == including]

    def _best(self, figures: list[Figure]) -> tuple[Figure | None, list[str], list[Figure]]:
        if not figures:
            return None, [], []
        best, notes = disagreement_notes(figures, self.docs())
        rest = [f for f in figures if f is not best]
        return best, notes, [best] + rest

    # -- the tool ------------------------------------------------------------------------
    def lookup(self, subject: str, metric: str | None = None, period: str | None = None,
               including_sroi: bool = False) -> FigureResult:
        """The authoritative figure(s) for a subject (and metric, period), with notes."""
        s = subject_id(subject)
        m = metric_id(metric) if metric else None
        found = self._group(self.figures(s, m, period), including_sroi)
        result = FigureResult("lookup", s, m, str(period) if period else None)
        groups: dict[tuple[str, str], list[Figure]] = {}
        for f in found:
            groups.setdefault((f.metric, f.period), []).append(f)
        for (metric_key, per), group in sorted(groups.items()):
            best, notes, ordered = self._best(group)
            result.figures += [self.sourced(f) for f in ordered]
            result.notes += notes
            if len(groups) == 1:
                result.value, result.unit = best.value, best.unit
        result.notes += self._computed_notes(s, period)
        return result

    def _computed_notes(self, subject: str, period: str | None) -> list[str]:
        notes = []
        rows = self._group(self.figures(subject, None, period), False)
        by_doc: dict[tuple[str, str], dict[str, Figure]] = {}
        for f in rows:
            if f.metric in ("doel", "realisatie", "realisatiepercentage") and f.unit in ("fta", "%"):
                by_doc.setdefault((f.doc_id, f.period), {}).setdefault(f.metric, f)
        for parts in by_doc.values():
            if len(parts) == 3:
                note = computed_check(parts["doel"], parts["realisatie"],
                                      parts["realisatiepercentage"])
                if note:
                    notes.append(note)
        return notes

    def value(self, subject: str, metric: str, period: str,
              including_sroi: bool = False) -> tuple[Figure | None, list[str]]:
        group = self._group(self.figures(subject, metric, period), including_sroi)
        group = [f for f in group if f.period == str(period)] or group
        best, notes, _ = self._best(group)
        return best, notes

    def series(self, subject: str, metric: str, including_sroi: bool = False) -> FigureResult:
        """The authoritative value for every period the letters hold, oldest first."""
        s, m = subject_id(subject), metric_id(metric)
        result = FigureResult("series", s, m, None)
        periods = sorted({f.period for f in self._group(self.figures(s, m), including_sroi)})
        for per in periods:
            best, notes = self.value(s, m, per, including_sroi)
            result.figures.append(self.sourced(best))
            result.notes += notes
        if result.figures:
            result.unit = result.figures[-1].figure.unit
        return result

    def difference(self, subject: str, metric: str, period_a: str, period_b: str,
                   including_sroi: bool = False) -> FigureResult:
        """value(period_b) - value(period_a), exact."""
        s, m = subject_id(subject), metric_id(metric)
        result = FigureResult("difference", s, m, f"{period_a}..{period_b}")
        a, notes_a = self.value(s, m, str(period_a), including_sroi)
        b, notes_b = self.value(s, m, str(period_b), including_sroi)
        result.notes += notes_a + notes_b
        for f in (a, b):
            if f is not None:
                result.figures.append(self.sourced(f))
        if a is None or b is None:
            missing = period_a if a is None else period_b
            result.notes.append(f"No {m} for {s} in {missing} in the letters.")
            return result
        if a.unit != b.unit:
            result.notes.append(f"Units differ ({a.unit} vs {b.unit}); no difference computed.")
            return result
        result.value, result.unit = b.value - a.value, a.unit
        return result

    def ranking(self, metric: str, period: str, descending: bool = True) -> FigureResult:
        """Subjects ranked by their authoritative value for a metric and period."""
        m = metric_id(metric)
        result = FigureResult("ranking", None, m, str(period))
        subjects = sorted({f.subject for f in self._group(self.figures(None, m, period), False)})
        best_by_subject = []
        for s in subjects:
            best, notes = self.value(s, m, str(period))
            if best is not None:
                best_by_subject.append(best)
                result.notes += notes
                result.notes_by_subject[s] = notes
        units = [f.unit for f in best_by_subject]
        # the unit most sectors state it in; on a tie the first in name order, not set order
        unit = max(sorted(set(units)), key=units.count) if units else None
        kept = sorted((f for f in best_by_subject if f.unit == unit),
                      key=lambda f: f.value, reverse=descending)
        result.unit = unit
        result.figures = [self.sourced(f) for f in kept]
        result.ranking = [(f.subject, f.value) for f in kept]
        return result

    def target_met(self, subject: str, period: str) -> FigureResult:
        """Realisatie against doel (or the realisatiepercentage against 100)."""
        s = subject_id(subject)
        result = FigureResult("target_met", s, None, str(period))
        doel, n1 = self.value(s, "doel", str(period))
        for metric in ("realisatie", "extra_banen"):
            real, n2 = self.value(s, metric, str(period))
            if real is not None and doel is not None and real.unit == doel.unit:
                result.metric, result.notes = metric, n1 + n2
                result.figures = [self.sourced(real), self.sourced(doel)]
                result.value, result.unit = real.value - doel.value, real.unit
                result.met = real.value >= doel.value
                return result
        pct, n3 = self.value(s, "realisatiepercentage", str(period))
        if pct is not None:
            result.metric, result.notes = "realisatiepercentage", n3
            result.figures = [self.sourced(pct)]
            result.value, result.unit = pct.value, "%"
            result.met = pct.value >= 100
            return result
        result.notes.append(f"No doel and realisatie for {s} in {period} in the letters.")
        return result
