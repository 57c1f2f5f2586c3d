"""Cutting cleaned text into paragraph-shaped passages. (Placeholder: one block, one passage.)"""
from __future__ import annotations

from core.records import Passage
from ingest.types import CleanDocument


def make_passages(doc_id: str, clean: CleanDocument) -> list[Passage]:
    return [Passage(Passage.make_id(doc_id, i, b.text), doc_id, i, b.page, None, b.text,
                    b.char_start, b.char_end)
            for i, b in enumerate(clean.blocks)]
