"""Page breaks of plain text extracted from PDFs. (Placeholder: one page of unknown number.)"""
from __future__ import annotations

from ingest.types import RawPage


def split_text_pages(text: str) -> list[RawPage]:
    return [RawPage(None, text)]
