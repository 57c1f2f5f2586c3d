"""The ingest run: files -> read -> clean -> passages -> figures -> the store, in one transaction.

Files are first hashed and sorted into unchanged / to do / rejected without parsing anything,
so a re-run over an unchanged corpus parses nothing. The writes of a run are one transaction,
opened at its first write: a failure or a kill part-way leaves the store as it was before the
run, and a run that changes nothing leaves even the store's generation (which the index
watches) as it was.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable

from core import config
from core.records import Document
from core.store import Store
from ingest import readers
from ingest.clean import clean
from ingest.figures import extract_figures
from ingest.metadata import doc_id_for, read_metadata
from ingest.passages import make_passages
from ingest.types import RejectedFile
from ingest.version import code_version, state_key

METADATA_FILE = "metadata.json"
# Files that live next to the letters but are not letters.
NOT_LETTERS = {METADATA_FILE, "readme.md"}

Progress = Callable[[str], None]


class MetadataError(Exception):
    """A metadata.json that cannot be used. str() is one line naming the file."""


class IngestError(Exception):
    """An unexpected failure while processing a file; the run's writes are rolled back."""


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)        # doc_ids
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[RejectedFile] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    passages: int = 0          # passages written in this run
    figures: int = 0           # figures written in this run
    reclaimed: int | None = None   # bytes the store file shrank by after a removal

    @property
    def ok(self) -> bool:
        return not self.rejected

    def summary(self) -> str:
        line = (f"ingest: {len(self.added)} added, {len(self.updated)} updated, "
                f"{len(self.unchanged)} unchanged, {len(self.rejected)} rejected")
        if self.removed:
            line += f", {len(self.removed)} removed"
        return line + f" ({self.passages} passages, {self.figures} figures)"


@dataclass
class _Job:
    path: Path
    doc_id: str
    overrides: dict[str, Any]
    standing: str = "official"
    sha256: str | None = None
    status: str = ""               # added | updated | unchanged | rejected
    rejection: RejectedFile | None = None


STANDINGS = ("official", "upload")


def ingest_paths(paths: Iterable[Path | str] | None = None, *, store: Store | None = None,
                 progress: Progress | None = None, remove: Iterable[str] = (),
                 standing: str = "official") -> IngestReport:
    """Adds or updates the letters at `paths` (files or folders; default corpus/).

    `standing`: "official" for the letters staff ingest, "upload" for what a user adds in the
    app; an upload's figure never outranks an official one, whatever its file or header says.

    Raises MetadataError (nothing changed) for a malformed metadata.json. Rejected files are
    reported, not raised; the other files of the run are still stored.
    """
    remove = list(remove)
    if standing not in STANDINGS:
        raise ValueError(f"standing {standing!r}: expected one of {', '.join(STANDINGS)}")
    limit = config.max_passages()        # a bad setting stops the run before anything is read
    if paths is None:
        paths = [] if remove else [config.DEFAULT_CORPUS]
    own_store = store is None
    store = store or Store()
    try:
        return _run(_expand(paths), store, progress or (lambda line: None), remove, limit,
                    standing)
    finally:
        if own_store:
            store.close()


def _expand(paths: Iterable[Path | str]) -> list[Path]:
    """Folders become their letters (sorted); files stay as given, whatever their type."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            files.extend(sorted(
                p for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in readers.SUPPORTED_SUFFIXES
                and p.name.lower() not in NOT_LETTERS and not p.name.startswith((".", "~$"))))
        else:
            files.append(path)
    return [p.resolve() if p.exists() else p for p in files]


def load_overrides(folder: Path) -> dict[str, dict[str, Any]]:
    """The metadata.json of a folder, keyed by file name ({} when there is none)."""
    path = folder / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise MetadataError(f"{path}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise MetadataError(f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg}") from None
    if not isinstance(data, dict):
        raise MetadataError(f"{path}: expected an object keyed by file name")
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise MetadataError(f"{path}: entry {name!r} must be an object of fields")
    return data


def _plan(files: list[Path], store: Store, standing: str) -> list[_Job]:
    """Hashes every file and decides what to do with it; parses nothing."""
    folders: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in files:   # all metadata first: a bad metadata.json must stop the run untouched
        if path.parent not in folders:
            folders[path.parent] = load_overrides(path.parent)
    jobs: list[_Job] = []
    claimed: dict[str, Path] = {}
    for path in files:
        job = _Job(path, doc_id_for(path), folders[path.parent].get(path.name, {}), standing)
        jobs.append(job)
        try:
            readers.check_file(path)
            if job.doc_id in claimed:
                raise RejectedFile(path, f"doc_id {job.doc_id!r} already taken by "
                                         f"{claimed[job.doc_id].name} in this run")
            claimed[job.doc_id] = path
            job.sha256 = readers.sha256_file(path)
        except RejectedFile as exc:
            job.status, job.rejection = "rejected", exc
            continue
        except OSError as exc:
            job.status = "rejected"
            job.rejection = RejectedFile(path, f"cannot read ({exc.strerror or exc})")
            continue
        stored = store.document(job.doc_id)
        if stored is None:
            job.status = "added"
        elif (stored.sha256 == job.sha256 and _overrides_hold(stored, job.overrides)
              and stored.standing == standing
              and store.state(state_key(job.doc_id)) == code_version()):
            job.status = "unchanged"
        else:
            job.status = "updated"
    return jobs


def _overrides_hold(stored: Document, overrides: dict[str, Any]) -> bool:
    """Whether the stored document already carries the metadata file's values for it."""
    fields = stored.to_dict()
    return all(fields[k] == v for k, v in overrides.items() if k in fields and k != "doc_id")


def _run(files: list[Path], store: Store, progress: Progress, remove: list[str],
         limit: int, standing: str) -> IngestReport:
    jobs = _plan(files, store, standing)
    report = IngestReport()
    for doc_id in remove:
        if store.document(doc_id) is None:
            report.rejected.append(RejectedFile(doc_id, "no stored document with this doc_id"))
    to_remove = [d for d in remove if store.document(d) is not None]
    with ExitStack() as stack:
        writing = _Writes(store, stack)
        for doc_id in to_remove:
            writing().delete_document(doc_id)
            writing().set_state(state_key(doc_id), None)
            report.removed.append(doc_id)
            progress(f"removed {doc_id}")
        for i, job in enumerate(jobs, start=1):
            line = _do(job, writing, report, limit)
            progress(f"[{i}/{len(jobs)}] {job.path.name} ... {line}")
    if report.removed:          # committed: now give the removed letters' space back
        report.reclaimed = _reclaim(store, progress)
    return report


def _reclaim(store: Store, progress: Progress) -> int | None:
    """VACUUM after a removal (a deleted letter's pages otherwise stay in the file); the bytes
    freed, or None when another connection kept the store locked (nothing is lost: the
    removal is committed, the space is given back by the next --remove)."""
    try:
        freed = store.vacuum()
    except sqlite3.OperationalError as exc:
        progress(f"space not reclaimed: {exc}")
        return None
    progress(f"reclaimed {freed / 1024:.0f} KiB")
    return freed


class _Writes:
    """The run's one transaction, opened at its first write, so that a run that changes
    nothing commits nothing (and the store's generation stays put)."""

    def __init__(self, store: Store, stack: ExitStack):
        self.store, self.stack, self.open = store, stack, False

    def __call__(self) -> Store:
        if not self.open:
            self.stack.enter_context(self.store.transaction())
            self.open = True
        return self.store


def _do(job: _Job, writing: _Writes, report: IngestReport, limit: int) -> str:
    if job.status in ("added", "updated"):
        try:
            # Read again rather than kept from planning: a run may hold many large PDFs.
            # The hash stored is that of the bytes parsed.
            data = job.path.read_bytes()
            raw = readers.parse_document(job.path, data, readers.sha256_of(data))
            doc = replace(read_metadata(raw, job.overrides), standing=job.standing)
            cleaned = clean(raw)
            passages = make_passages(doc.doc_id, cleaned)
            if not passages:
                raise RejectedFile(job.path, "no text left after cleaning")
            if len(passages) > limit:
                raise RejectedFile(job.path, f"{len(passages)} passages, more than the "
                                             f"limit of {limit} per letter "
                                             f"(BANEN_MAX_PASSAGES); split the letter")
        except RejectedFile as exc:
            job.status, job.rejection = "rejected", exc
        except OSError as exc:
            job.status = "rejected"
            job.rejection = RejectedFile(job.path, f"cannot read ({exc.strerror or exc})")
        except Exception as exc:   # a bug in a stage, not a bad file: stop, roll back, say where
            raise IngestError(f"{job.path.name}: {type(exc).__name__}: "
                              f"{' '.join(str(exc).split())[:200]}") from exc
        else:
            figures = extract_figures(doc, passages, raw.tables)
            writing().put_document(doc, cleaned.text, passages, figures)
            writing().set_state(state_key(doc.doc_id), code_version())
            getattr(report, job.status).append(doc.doc_id)
            report.passages += len(passages)
            report.figures += len(figures)
            return f"{job.status}, {len(passages)} passages, {len(figures)} figures"
    if job.status == "unchanged":
        report.unchanged.append(job.doc_id)
        return "unchanged"
    report.rejected.append(job.rejection)
    return "rejected"
