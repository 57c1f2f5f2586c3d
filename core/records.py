"""The records that travel between stages (DESIGN.md), defined once.

All are plain frozen dataclasses so that they can be compared in tests, stored in SQLite
and turned into JSON without a framework. Values of figures are Decimal: exact, never float.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

DUTCH_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"]


@dataclass(frozen=True)
class Document:
    doc_id: str                 # stable slug, from the file name
    title: str
    kind: str                   # kamerbrief, nota, bijlage, ...
    date: str | None            # ISO date; None where only the year is known
    year: int | None            # the year the document was sent (known even when date is not)
    kamerstuk: str | None       # "34 352, nr. 328"
    sender: str | None
    recipient: str | None
    source_path: str
    sha256: str
    # Where the letter came from, which decides whose figure counts when two disagree:
    # "official" (ingested from the corpus by staff) or "upload" (added in the app). Never the
    # file name: an upload called 0000-correctie.txt must not outrank a Kamerstuk.
    standing: str = "official"

    @property
    def numbered(self) -> bool:
        """A numbered Kamerstuk (or Eerste Kamer stuk), as opposed to a memo or an annex."""
        return bool(self.kamerstuk)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Passage:
    passage_id: str             # doc_id + ordinal + content hash: stable across re-ingests
    doc_id: str
    ordinal: int
    page: int | None            # 1-based; None where the source gives no page breaks
    section: str | None         # the heading it sits under, e.g. "Politie"
    text: str
    char_start: int             # span in the cleaned document text
    char_end: int
    kind: str = "body"          # body | footnote

    @staticmethod
    def make_id(doc_id: str, ordinal: int, text: str) -> str:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
        return f"{doc_id}#{ordinal:04d}-{digest}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Figure:
    subject: str                # canonical sector id: rijk, politie, po, markt, overheid, totaal ...
    metric: str                 # doel, realisatie, realisatiepercentage, extra_banen, sroi ...
    period: str                 # "2023" or "2017-Q1"
    value: Decimal
    unit: str                   # fta, %, banen, personen, euro, uur
    qualifier: str | None       # "circa", "inclusief SROI", ...
    doc_id: str
    passage_id: str
    quote: str                  # the exact words in the passage that state it
    # How the letter states it: "table" (a cell), "block" (a "Doel 713 fta" line under a
    # sector heading) or "prose". A table or block outranks prose when two disagree.
    source_kind: str = "prose"
    header: str | None = None   # a table cell's column header, as the letter writes it
    page: int | None = None     # a PDF table cell's page and bounding box (x0, top, x1,
    bbox: tuple[float, float, float, float] | None = None    # bottom in points), to point at

    @property
    def year(self) -> int:
        return int(self.period[:4])

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = str(self.value)
        data["bbox"] = list(self.bbox) if self.bbox else None
        return data


def dutch_date(iso: str | None, year: int | None = None) -> str | None:
    """'2024-12-13' -> '13 december 2024', the way staff write dates in citations."""
    if iso:
        y, m, d = (int(p) for p in iso.split("-"))
        return f"{d} {DUTCH_MONTHS[m - 1]} {y}"
    return str(year) if year else None


@dataclass(frozen=True)
class Citation:
    doc_id: str
    title: str
    kamerstuk: str | None
    date: str | None
    year: int | None
    page: int | None
    section: str | None
    passage_id: str
    text: str
    score: float = 0.0

    @classmethod
    def of(cls, doc: Document, passage: Passage, score: float = 0.0) -> "Citation":
        return cls(doc.doc_id, doc.title, doc.kamerstuk, doc.date, doc.year, passage.page,
                   passage.section, passage.passage_id, passage.text, score)

    def label(self) -> str:
        """Kamerstuk 34 352, nr. 328 (13 december 2024), p. 7, Politie"""
        head = f"Kamerstuk {self.kamerstuk}" if self.kamerstuk else self.title
        when = dutch_date(self.date, self.year)
        parts = [f"{head} ({when})" if when else head]
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(self.section)
        return ", ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["label"] = self.label()
        return data


@dataclass(frozen=True)
class SourcedFigure:
    figure: Figure
    source: Citation

    def to_dict(self) -> dict[str, Any]:
        return {**self.figure.to_dict(), "source": self.source.to_dict()}


@dataclass
class Answer:
    status: str                                  # "answered" | "not_found"
    text: str
    figures: list[SourcedFigure] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "text": self.text,
            "figures": [f.to_dict() for f in self.figures],
            "citations": [c.to_dict() for c in self.citations],
            "notes": list(self.notes),
        }
