"""The ingest stage: letters (PDF, text) -> documents, passages and figures in the store.

Public entry: ingest_paths(paths=None, *, store=None, progress=None) -> IngestReport, the same
function `python -m ingest` runs.
"""
from ingest.pipeline import IngestError, IngestReport, MetadataError, ingest_paths

__all__ = ["IngestError", "IngestReport", "MetadataError", "ingest_paths"]
