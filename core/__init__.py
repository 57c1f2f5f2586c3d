"""What every stage shares: the records that travel between stages, the store, settings.

Stages (ingest -> index -> assistant -> app/eval) import from here and from the stages
before them, never the other way round.
"""
from core.records import Answer, Citation, Document, Figure, Passage, SourcedFigure
from core.store import Store

__all__ = ["Answer", "Citation", "Document", "Figure", "Passage", "SourcedFigure", "Store"]
