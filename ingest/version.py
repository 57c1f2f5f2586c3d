"""Which version of the ingest code made what is stored for a letter.

A letter whose bytes did not change is skipped on a re-run; but when the code that reads it
changed (a new figure pattern, a cleaning fix), what is stored for it is out of date. A
fingerprint of the stage's own source says so without anyone having to remember to bump a
number.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
# What decides the passages and figures stored for a letter.
_SOURCES = ("ingest", "core/aliases.py", "core/numbers.py", "core/records.py")


@lru_cache(maxsize=1)
def code_version() -> str:
    digest = hashlib.sha256()
    for part in _SOURCES:
        path = _ROOT / part
        for source in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(source.relative_to(_ROOT).as_posix().encode())
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def state_key(doc_id: str) -> str:
    """The store's state entry that holds the code version a letter was stored with."""
    return f"ingest_code:{doc_id}"
