"""The SQLite store: documents, passages and figures, the one source of truth.

A whole ingest run is one transaction: a failure or a kill part-way leaves the store as it
was before the run (SQLite rolls the hot journal back on the next open).
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Iterable, Iterator

from core import config
from core.vocabulary import known
from core.records import Document, Figure, Passage

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, date TEXT, year INTEGER,
    kamerstuk TEXT, sender TEXT, recipient TEXT, source_path TEXT NOT NULL,
    sha256 TEXT NOT NULL, clean_text TEXT NOT NULL DEFAULT '',
    standing TEXT NOT NULL DEFAULT 'official'
);
CREATE TABLE IF NOT EXISTS passages (
    passage_id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL, page INTEGER, section TEXT, text TEXT NOT NULL,
    char_start INTEGER NOT NULL, char_end INTEGER NOT NULL, kind TEXT NOT NULL DEFAULT 'body'
);
CREATE INDEX IF NOT EXISTS passages_doc ON passages(doc_id, ordinal);
CREATE TABLE IF NOT EXISTS figures (
    figure_id INTEGER PRIMARY KEY AUTOINCREMENT,
    subject TEXT NOT NULL, metric TEXT NOT NULL, period TEXT NOT NULL,
    value TEXT NOT NULL, unit TEXT NOT NULL, qualifier TEXT,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL REFERENCES passages(passage_id) ON DELETE CASCADE,
    quote TEXT NOT NULL, source_kind TEXT NOT NULL DEFAULT 'prose', header TEXT,
    page INTEGER, bbox TEXT
);
CREATE INDEX IF NOT EXISTS figures_key ON figures(subject, metric, period);
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_DOC_COLS = ("doc_id", "title", "kind", "date", "year", "kamerstuk", "sender", "recipient",
             "source_path", "sha256", "standing")
_PASSAGE_COLS = ("passage_id", "doc_id", "ordinal", "page", "section", "text", "char_start",
                 "char_end", "kind")
_FIGURE_COLS = ("subject", "metric", "period", "value", "unit", "qualifier", "doc_id",
                "passage_id", "quote", "source_kind", "header", "page", "bbox")
# Columns added after the first stores were written: a store made before them gains them
# (with their defaults) when opened, so that an old data/ folder still opens.
_ADDED = {"documents": {"standing": "TEXT NOT NULL DEFAULT 'official'"},
          "figures": {"source_kind": "TEXT NOT NULL DEFAULT 'prose'", "header": "TEXT",
                      "page": "INTEGER", "bbox": "TEXT"}}


class Store:
    """Reads and writes the store. Writes belong inside `with store.transaction():`."""

    def __init__(self, path: Path | str | None = None, *,
                 _reader: sqlite3.Connection | None = None):
        self.path = Path(path) if path else config.store_path()
        if _reader is not None:             # a view made by committed()
            self._db = _reader
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.executescript(SCHEMA)
        self._add_columns()

    def _add_columns(self) -> None:
        for table, columns in _ADDED.items():
            have = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
            for name, spec in columns.items():
                if name not in have:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {spec}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._bump_generation()
            self._db.execute("COMMIT")

    @contextmanager
    def committed(self) -> Iterator["Store"]:
        """A read-only view of what is committed, the same for all its reads.

        Why a second connection: this one's reads see its own unfinished transaction (an
        upload half-written, perhaps rolled back later), and a series of reads outside a
        transaction can see a commit land between them (a letter's passages without its
        document). The view's one read transaction sees neither.
        """
        reader = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                 isolation_level=None, check_same_thread=False)
        try:
            reader.execute("BEGIN")
            yield Store(self.path, _reader=reader)
        finally:
            reader.close()                  # ends the read transaction

    # -- writes --------------------------------------------------------------------------
    def put_document(self, doc: Document, clean_text: str, passages: Iterable[Passage],
                     figures: Iterable[Figure] = ()) -> None:
        """Adds a document or replaces everything stored for it (passages, figures)."""
        self.delete_document(doc.doc_id)
        self._db.execute(
            f"INSERT INTO documents ({', '.join(_DOC_COLS)}, clean_text) "
            f"VALUES ({', '.join('?' * (len(_DOC_COLS) + 1))})",
            [getattr(doc, c) for c in _DOC_COLS] + [clean_text])
        self._db.executemany(
            f"INSERT INTO passages ({', '.join(_PASSAGE_COLS)}) "
            f"VALUES ({', '.join('?' * len(_PASSAGE_COLS))})",
            [[getattr(p, c) for c in _PASSAGE_COLS] for p in passages])
        self.put_figures(doc.doc_id, figures)

    def put_figures(self, doc_id: str, figures: Iterable[Figure]) -> None:
        """Replaces the figures of one document (extraction can be re-run on its own). A figure
        of a subject or metric the vocabulary does not know is refused: nothing could ask for
        it or name it."""
        figures = list(figures)
        for f in figures:
            problem = known(f.subject, f.metric)
            if problem:
                raise ValueError(f"{doc_id}: figure {f.value} {f.unit or ''} refused: {problem}")
        self._db.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
        self._db.executemany(
            f"INSERT INTO figures ({', '.join(_FIGURE_COLS)}) "
            f"VALUES ({', '.join('?' * len(_FIGURE_COLS))})",
            [[_column(f, c) for c in _FIGURE_COLS] for f in figures])

    def delete_document(self, doc_id: str) -> None:
        self._db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def set_state(self, key: str, value: str | None) -> None:
        """A small fact about the store (None removes it); inside the run's transaction."""
        if value is None:
            self._db.execute("DELETE FROM state WHERE key = ?", (key,))
        else:
            self._db.execute("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT(key) "
                             "DO UPDATE SET value = excluded.value", (key, value))

    def vacuum(self) -> int:
        """Gives the pages freed by deleted letters back to the file system; the bytes freed.

        Outside any transaction. SQLite's VACUUM is atomic: it rewrites the database in a
        transaction of its own, so a failure or a kill part-way leaves the store as it was
        (the rollback journal restores it on the next open). Raises sqlite3.OperationalError
        when another connection holds a lock the whole time."""
        before = self.path.stat().st_size
        self._db.execute("VACUUM")
        return before - self.path.stat().st_size

    def _bump_generation(self) -> None:
        self._db.execute(
            "INSERT INTO state (key, value) VALUES ('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)")

    # -- reads ---------------------------------------------------------------------------
    def generation(self) -> int:
        """A counter that changes with every committed write; the index records it."""
        row = self._db.execute("SELECT value FROM state WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def state(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def documents(self) -> list[Document]:
        rows = self._db.execute(f"SELECT {', '.join(_DOC_COLS)} FROM documents ORDER BY doc_id")
        return [Document(*row) for row in rows]

    def document(self, doc_id: str) -> Document | None:
        row = self._db.execute(f"SELECT {', '.join(_DOC_COLS)} FROM documents WHERE doc_id = ?",
                               (doc_id,)).fetchone()
        return Document(*row) if row else None

    def document_by_sha(self, sha256: str) -> Document | None:
        row = self._db.execute(f"SELECT {', '.join(_DOC_COLS)} FROM documents WHERE sha256 = ?",
                               (sha256,)).fetchone()
        return Document(*row) if row else None

    def clean_text(self, doc_id: str) -> str:
        row = self._db.execute("SELECT clean_text FROM documents WHERE doc_id = ?",
                               (doc_id,)).fetchone()
        return row[0] if row else ""

    def passages(self, doc_id: str | None = None) -> list[Passage]:
        sql = f"SELECT {', '.join(_PASSAGE_COLS)} FROM passages"
        args: tuple = ()
        if doc_id is not None:
            sql, args = sql + " WHERE doc_id = ?", (doc_id,)
        rows = self._db.execute(sql + " ORDER BY doc_id, ordinal", args)
        return [Passage(*row) for row in rows]

    def passages_containing(self, fragment: str) -> list[Passage]:
        """The passages whose text contains `fragment` (as written, e.g. "89.616"): found by
        the store, not by reading every passage."""
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._db.execute(
            f"SELECT {', '.join(_PASSAGE_COLS)} FROM passages WHERE text LIKE ? ESCAPE '\\' "
            "ORDER BY doc_id, ordinal", (f"%{escaped}%",))
        return [Passage(*row) for row in rows]

    def passage(self, passage_id: str) -> Passage | None:
        row = self._db.execute(
            f"SELECT {', '.join(_PASSAGE_COLS)} FROM passages WHERE passage_id = ?",
            (passage_id,)).fetchone()
        return Passage(*row) if row else None

    def figures(self, subject: str | None = None, metric: str | None = None,
                period: str | None = None, doc_id: str | None = None) -> list[Figure]:
        where, args = [], []
        for col, val in (("subject", subject), ("metric", metric), ("doc_id", doc_id)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        if period is not None:   # "2023" also matches the quarters of 2023
            where.append("(period = ? OR period LIKE ?)")
            args += [period, f"{period}-%"]
        sql = f"SELECT {', '.join(_FIGURE_COLS)} FROM figures"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self._db.execute(sql + " ORDER BY subject, metric, period, figure_id", args)
        return [_figure(row) for row in rows]


def _column(f: Figure, column: str):
    if column == "value":
        return str(f.value)
    if column == "bbox":
        return ",".join(f"{x:.1f}" for x in f.bbox) if f.bbox else None
    return getattr(f, column)


def _figure(row: tuple) -> Figure:
    values = dict(zip(_FIGURE_COLS, row))
    values["value"] = Decimal(values["value"])
    if values["bbox"]:
        values["bbox"] = tuple(float(x) for x in values["bbox"].split(","))
    return Figure(**values)
