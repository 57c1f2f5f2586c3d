"""Figure extraction: every figure a letter states, exact, with the words that state it.

Public entry: extract_figures(doc, passages) -> list[Figure]. (Placeholder: finds nothing yet.)
"""
from __future__ import annotations

from core.records import Document, Figure, Passage


def extract_figures(doc: Document, passages: list[Passage]) -> list[Figure]:
    return []
