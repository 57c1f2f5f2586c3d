"""What each letter gave: the figures stored from it, by kind, and the numbers in it that look
like figures but were not stored, each with its sentence, so that a reader can see what the
figures tool does not know.

A number looks like a figure when a unit of the vocabulary follows it (fta, %, procent, banen,
personen, uur) or it stands in a table row. Years, dates and amounts in euro do not count
(no metric holds euros). Coverage = stored / (stored + left).

    python -m ingest --report DOC_ID          the report of one letter
    ingest.report.extraction_report(store, doc_id).text("nl")
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from core.store import Store
from ingest.figures.grid import read_text_grids
from ingest.figures.numbers import parse_numbers
from ingest.figures.periods import YEAR
from ingest.figures.stream import Stream

_UNIT = re.compile(r"\s*(?:%|procent\b|fta\b|(?:extra\s+|minder\s+|meer\s+)?banen\b|"
                   r"personen\b|uur\b)", re.IGNORECASE)


@dataclass(frozen=True)
class LeftOut:
    written: str                 # the number as the letter writes it, with its unit
    sentence: str
    passage_id: str
    page: int | None


@dataclass
class ExtractionReport:
    doc_id: str
    title: str
    stored: Counter = field(default_factory=Counter)     # source_kind -> count
    left: list[LeftOut] = field(default_factory=list)

    @property
    def n_stored(self) -> int:
        return sum(self.stored.values())

    @property
    def coverage(self) -> float:
        total = self.n_stored + len(self.left)
        return self.n_stored / total if total else 1.0

    def summary(self, lang: str = "en") -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.stored.items())) or "0"
        if lang == "nl":
            return (f"{self.doc_id}: {self.n_stored} cijfers opgeslagen ({kinds}), "
                    f"{len(self.left)} niet opgeslagen; dekking {self.coverage:.0%}")
        return (f"{self.doc_id}: {self.n_stored} figures stored ({kinds}), "
                f"{len(self.left)} left out; coverage {self.coverage:.0%}")

    def text(self, lang: str = "en") -> str:
        head = "Niet opgeslagen" if lang == "nl" else "Left out"
        lines = [self.title, self.summary(lang)]
        if self.left:
            lines += ["", f"{head}:"]
            for item in self.left:
                where = f"p. {item.page}: " if item.page is not None else ""
                lines.append(f"- {item.written} — {where}\"{item.sentence}\"")
        return "\n".join(lines)


def extraction_report(store: Store, doc_id: str) -> ExtractionReport:
    """Raises KeyError (one line, naming the id) for a letter that is not stored."""
    doc = store.document(doc_id)
    if doc is None:
        raise KeyError(f"no stored letter with doc_id {doc_id!r}")
    figures = store.figures(doc_id=doc_id)
    report = ExtractionReport(doc_id, doc.title, Counter(f.source_kind for f in figures))
    passages = store.passages(doc_id)
    stored = {(f.passage_id, abs(f.value)) for f in figures}
    in_tables = _table_numbers(passages)
    for p in passages:
        for n in parse_numbers(p.text):
            written = p.text[n.start:n.end]
            unit = _UNIT.match(p.text, n.end)
            if YEAR.fullmatch(p.text[n.num_start:n.num_end]) and not unit:
                continue
            if not (unit or (p.passage_id, n.num_start) in in_tables):
                continue
            if (p.passage_id, abs(n.value)) in stored:
                continue
            report.left.append(LeftOut(written + (unit.group(0) if unit else ""),
                                       _sentence_at(p.text, n.start), p.passage_id, p.page))
    return report


def _table_numbers(passages) -> set[tuple[str, int]]:
    """(passage id, offset) of every number in a table row, as the table reader sees them."""
    stream = Stream(passages)
    found = set()
    for grid in read_text_grids(stream.text):
        for row in grid.rows:
            for cell in row.cells:
                i = stream.index_at(cell.number.num_start)
                found.add((stream.passages[i].passage_id,
                           cell.number.num_start - stream.starts[i]))
    return found


def _sentence_at(text: str, pos: int) -> str:
    stop = text.rfind(". ", 0, pos)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, pos) + 1)
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start:end].split())[:300]
