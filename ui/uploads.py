"""Uploaded letters: checked, stored under <data dir>/uploads/ by a safe name, ingested into the
store, embedded into the index, and searchable at once.

A refused or rejected file changes nothing: it is not kept, and a file it would have replaced
is put back. The size and type checks run before anything is copied, so a wrong file is never
written into the data dir at all.
"""
from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from core.store import Store
from ingest import IngestError, MetadataError
from ingest.metadata import doc_id_for

ALLOWED_SUFFIXES = (".pdf", ".txt")
MAX_BYTES = 50 * 1024 * 1024
UPLOADS = "uploads"
_one_upload = threading.Lock()
Step = Callable[[float, str], None]      # (fraction done, what is happening)


class UploadRefused(ValueError):
    """str() is the one-line reason shown under the upload, naming the file."""


@dataclass(frozen=True)
class UploadResult:
    name: str               # the stored (sanitised) file name
    doc_id: str
    status: str             # added | updated | unchanged
    passages: int
    figures: int
    embedded: int
    left_out: int = 0       # figure-like numbers not stored (ingest/report.py)
    coverage: float = 1.0

    def line(self) -> str:
        return (f"{self.name}: {self.status} as {self.doc_id} ({self.passages} passages, "
                f"{self.figures} figures, {self.embedded} embedded; {self.left_out} figure-like "
                f"numbers not stored, coverage {self.coverage:.0%}: see the letter in the "
                f"Documents tab); searchable now")


def safe_name(original: str) -> str:
    """A file name without path parts or odd characters: 'Brief 2024 (def).PDF' ->
    'Brief_2024_def.pdf'. Raises UploadRefused when nothing usable is left."""
    base = re.split(r"[\\/]", original)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).strip("._-")[:120]
    suffix = suffix.lower()
    if not stem:
        raise UploadRefused(f"{original}: no usable file name")
    return f"{stem}.{suffix}" if suffix else stem


def check_upload(path: Path, original: str) -> None:
    """Type and size, before anything is copied into the data dir."""
    suffix = Path(original).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        shown = suffix or "without extension"
        raise UploadRefused(f"{original}: unsupported file type {shown}; upload a PDF or .txt")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise UploadRefused(f"{original}: larger than 50 MB ({size / (1024 * 1024):.0f} MB)")
    if size == 0:
        raise UploadRefused(f"{original}: empty file")


def upload_target(original: str, data_dir: Path) -> Path:
    """Where the upload is kept: uploads/<safe name> inside the data dir, never outside it."""
    folder = (data_dir / UPLOADS).resolve()
    target = (folder / safe_name(original)).resolve()
    if target.parent != folder:       # safe_name leaves no path parts; this makes it certain
        raise UploadRefused(f"{original}: name would be stored outside {folder}")
    return target


def store_upload(path: Path, target: Path) -> bytes | None:
    """Copies the checked file to `target`; returns the bytes it replaced, if any."""
    target.parent.mkdir(parents=True, exist_ok=True)
    previous = target.read_bytes() if target.exists() else None
    _write_atomically(target, lambda tmp: shutil.copyfile(path, tmp))
    return previous


def check_not_taken(target: Path, original: str, store: Store) -> None:
    """A letter's id is its file name: an upload must not silently replace a letter stored from
    elsewhere (corpus/) that happens to share it. A new version of an earlier upload, under the
    same name, does replace it."""
    stored = store.document(doc_id_for(target))
    if stored is not None and Path(stored.source_path).resolve() != target:
        raise UploadRefused(f"{original}: a letter with this name is already stored "
                            f"({Path(stored.source_path).name}); rename the file to add it")


def ingest_upload(path: Path, original: str, service, step: Step) -> UploadResult:
    """The whole upload: check, store, ingest, index, reload. Raises UploadRefused.

    Uploads take turns (two at once could write the same name or race the index build)."""
    with _one_upload:
        return _ingest_upload(path, original, service, step)


def _ingest_upload(path: Path, original: str, service, step: Step) -> UploadResult:
    from index.update import store_and_index    # loads nothing new: the app has the model

    step(0.05, "checking")
    check_upload(path, original)
    target = upload_target(original, service.data_dir)
    check_not_taken(target, original, service.store)
    previous = store_upload(path, target)
    step(0.15, "reading and storing")

    def embedded(done: int, total: int) -> None:
        step(0.3 + 0.6 * done / max(total, 1), f"embedding passages {done}/{total}")

    def stored(report) -> None:
        if report.ok:
            step(0.3, "embedding passages")

    try:
        # Its own connection: the run's transaction must not take in the answering threads'
        # reads on the shared one.
        with Store(service.data_dir / "store.sqlite") as writer:
            done = store_and_index([target], store=writer, stored=stored,
                                   embed_progress=embedded, standing="upload")
    except (MetadataError, IngestError) as exc:
        _undo(target, previous)
        raise UploadRefused(f"{target.name}: {exc}") from None
    report = done.ingest
    if report.rejected:
        _undo(target, previous)
        raise UploadRefused(f"{original}: {report.rejected[0].reason}")
    if not done.indexed:
        raise UploadRefused(f"{target.name}: stored, but the index was not updated: "
                            f"{done.index_problem}")
    doc_id = (report.added or report.updated or report.unchanged)[0]
    status = "added" if report.added else "updated" if report.updated else "unchanged"
    step(0.95, "loading")
    service.reload()
    from ingest.report import extraction_report
    gave = extraction_report(service.store, doc_id)
    return UploadResult(target.name, doc_id, status, report.passages, report.figures,
                        done.index.added, len(gave.left), gave.coverage)


def remove_letter(doc_id: str, service) -> str:
    """Removes a stored letter from the store and the index (index.update.store_and_index,
    the path `python -m ingest --remove` takes), and an uploaded letter's file from uploads/.
    Takes its turn with the uploads. Returns the status line; raises UploadRefused."""
    from index.update import store_and_index

    with _one_upload:
        with Store(service.data_dir / "store.sqlite") as writer:
            doc = writer.document(doc_id)
            if doc is None:
                raise UploadRefused(f"{doc_id}: no such letter is stored")
            passages = len(writer.passages(doc_id))
            figures = len(writer.figures(doc_id=doc_id))
            try:
                done = store_and_index(None, store=writer, remove=[doc_id])
            except (MetadataError, IngestError) as exc:
                raise UploadRefused(f"{doc_id}: {exc}") from None
        source = Path(doc.source_path)
        if source.resolve().parent == (service.data_dir / UPLOADS).resolve():
            source.unlink(missing_ok=True)      # an upload: its kept copy goes with it
        service.reload()
    line = f"{doc_id}: removed ({passages} passages, {figures} figures)"
    if not done.indexed:
        return f"{line}; the index was not updated: {done.index_problem}"
    return f"{line}; store and index updated"


def _undo(target: Path, previous: bytes | None) -> None:
    if previous is None:
        target.unlink(missing_ok=True)
    else:
        _write_atomically(target, lambda tmp: Path(tmp).write_bytes(previous))


def _write_atomically(target: Path, write: Callable[[str], object]) -> None:
    """Writes into a temporary file beside `target`, then renames it: a reader (or a crash)
    never sees half a letter under the real name."""
    fd, tmp = tempfile.mkstemp(prefix=".upload-", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- the queue: uploads wait their turn; one worker stores and embeds them -----------------
@dataclass
class UploadJob:
    """One upload in the queue. `state`: waiting, working, done or refused."""
    number: int
    name: str                       # as the user named it
    staged: Path                    # the checked file, kept here until its turn
    state: str = "waiting"
    fraction: float = 0.0
    doing: str = "waiting"
    line: str = ""                  # the final status line (done or refused)
    result: UploadResult | None = None
    finished: threading.Event = field(default_factory=threading.Event)


class UploadQueue:
    """Uploads in turn, in one background worker thread, so that a page's upload returns at
    once and questions are answered meanwhile. The worker runs at a lower CPU priority (nice)
    than the threads that answer questions: on 2 cores the embedding takes the spare time.

    submit() checks type and size at once (a wrong file is refused before it is queued) and
    keeps the file under <data dir>/uploads/.queue/ until its turn."""

    NICE = 10

    def __init__(self, service):
        self.service = service
        self._lock = threading.Condition()
        self._waiting: list[UploadJob] = []
        self._working: UploadJob | None = None
        self._numbers = iter(range(1, 1 << 62))
        self._worker: threading.Thread | None = None

    def submit(self, path: Path, original: str) -> UploadJob:
        check_upload(path, original)
        upload_target(original, self.service.data_dir)      # a usable name, or refused now
        folder = self.service.data_dir / UPLOADS / ".queue"
        folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            number = next(self._numbers)
        staged = folder / f"{number:06d}-{safe_name(original)}"
        _write_atomically(staged, lambda tmp: shutil.copyfile(path, tmp))
        job = UploadJob(number, original, staged)
        with self._lock:
            self._waiting.append(job)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="uploads",
                                                daemon=True)
                self._worker.start()
            self._lock.notify_all()
        return job

    def position(self, job: UploadJob) -> int:
        """1 for the first waiting upload, 2 for the next ...; 0 when not waiting."""
        with self._lock:
            return self._waiting.index(job) + 1 if job in self._waiting else 0

    def status(self, job: UploadJob) -> str:
        """The line the uploader sees while the upload waits or works, then its final line."""
        if job.finished.is_set():
            return job.line
        with self._lock:
            if job in self._waiting:
                place = self._waiting.index(job)
                ahead = ([self._working.name] if self._working else []) + \
                    [j.name for j in self._waiting[:place]]
                return (f"{job.name}: waiting in the queue, position {place + 1} "
                        f"(after {', '.join(ahead) or 'nothing'})")
        return f"{job.name}: {job.doing} ({job.fraction:.0%})"

    def _work(self) -> None:
        try:      # this thread only (Linux: a thread is a task of its own)
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self.NICE)
        except (AttributeError, OSError):
            pass
        while True:
            with self._lock:
                while not self._waiting:
                    self._lock.wait()
                job = self._working = self._waiting.pop(0)
            job.state = "working"

            def step(done: float, what: str, job=job) -> None:
                job.fraction, job.doing = done, what

            try:
                job.result = ingest_upload(job.staged, job.name, self.service, step)
                job.state, job.line = "done", job.result.line()
            except UploadRefused as exc:
                job.state, job.line = "refused", f"refused: {exc}"
            except Exception as exc:          # a bug, not the file: say so, keep the worker
                job.state = "refused"
                job.line = f"refused: {job.name}: {type(exc).__name__}: {str(exc)[:200]}"
            finally:
                job.staged.unlink(missing_ok=True)
                with self._lock:
                    self._working = None
                job.finished.set()
