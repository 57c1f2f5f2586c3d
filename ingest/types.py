"""Records inside the ingest stage: what a reader gives, what cleaning gives.

Both readers (PDF and plain text) produce a RawDocument: a list of pages. Cleaning works page
by page the same way for both, so a PDF and its text extraction end up alike.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class RejectedFile(Exception):
    """A file that cannot be ingested. str() is the one-line reason shown to the user."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


@dataclass(frozen=True)
class RawPage:
    number: int | None          # 1-based; None where the source gives no page breaks
    text: str


@dataclass(frozen=True)
class RawDocument:
    path: Path
    sha256: str
    fmt: str                    # "pdf" | "text"
    pages: list[RawPage]
    tables: tuple = ()          # a PDF's drawn tables (pdf_geometry.PdfTable), by geometry

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class Footnote:
    number: str                 # "7", or "1" again for a table's own note
    page: int | None
    text: str
    char_start: int = -1        # span of "N text" in CleanDocument.text (after the body)
    char_end: int = -1


@dataclass(frozen=True)
class Block:
    """A paragraph-like block of cleaned text, before it is sized into passages."""
    text: str
    page: int | None            # the page the block starts on
    char_start: int             # span in CleanDocument.text
    char_end: int
    heading: bool = False
    # header | heading | para | item | figures | table | footnote
    kind: str = "para"


@dataclass
class CleanDocument:
    text: str                   # cleaned body text (running heads and footnotes removed)
    blocks: list[Block]
    footnotes: list[Footnote] = field(default_factory=list)
