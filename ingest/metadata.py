"""Document metadata read from the letter itself, overridden by corpus/metadata.json. (Placeholder.)"""
from __future__ import annotations

import re
from typing import Any

from core.records import Document
from ingest.types import RawDocument


def doc_id_for(path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")


def read_metadata(raw: RawDocument, overrides: dict[str, Any] | None = None) -> Document:
    values: dict[str, Any] = dict(doc_id=doc_id_for(raw.path), title=raw.path.stem,
                                  kind="kamerbrief", date=None, year=None, kamerstuk=None,
                                  sender=None, recipient=None, source_path=str(raw.path),
                                  sha256=raw.sha256)
    values.update({k: v for k, v in (overrides or {}).items() if k in values})
    return Document(**values)
