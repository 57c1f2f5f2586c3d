"""How well the figures stage reads a letter: precision and recall of the figures it stores
against the complete list a letter's author wrote (tests/fixtures/layouts*/<name>.expected.json).

A figure counts as right only with its subject, metric, period, value, unit and qualifier
all right. Used by the tests (which hold the tuning letters to 1.0) and by
benchmarks/extraction.py (which reports the held-out letters apart, never tuned on).
"""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from core.store import Store
from ingest.pipeline import ingest_paths

Key = tuple[str, str, str, str, str, str | None]


def _key(subject, metric, period, value, unit, qualifier) -> Key:
    return (subject, metric, period, format(Decimal(str(value)).normalize(), "f"), unit,
            qualifier or None)


@dataclass
class LetterScore:
    name: str
    expected: int
    stored: int
    right: int
    missing: list[Key] = field(default_factory=list)
    extra: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.stored if self.stored else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.expected if self.expected else 1.0

    def line(self) -> str:
        return (f"{self.name}: {self.stored} stored, {self.expected} expected, "
                f"precision {self.precision:.3f}, recall {self.recall:.3f}")


def expected_figures(path: Path) -> set[Key]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {_key(f["subject"], f["metric"], f["period"], f["value"], f["unit"], f["qualifier"])
            for f in data["figures"]}


def score_letter(name: str, letter: Path, expected: Path) -> LetterScore:
    """Ingests the letter alone into a fresh store and compares what it stored."""
    want = expected_figures(expected)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "store.sqlite") as store:
        report = ingest_paths([letter], store=store)
        if not report.ok:
            raise ValueError(f"{letter.name}: not ingested: {report.summary()}")
        got = {_key(f.subject, f.metric, f.period, f.value, f.unit, f.qualifier)
               for f in store.figures()}
    return LetterScore(name, len(want), len(got), len(want & got), sorted(want - got),
                       sorted(got - want))


def total(scores: list[LetterScore]) -> LetterScore:
    out = LetterScore("all", 0, 0, 0)
    for s in scores:
        out.expected += s.expected
        out.stored += s.stored
        out.right += s.right
    return out
