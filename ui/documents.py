"""The documents tab: the stored letters with their metadata, and the upload of new ones."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from core.records import dutch_date
from ui.uploads import UploadQueue, UploadRefused
from ui.web import files_only

DOC_HEADERS = ["titel / title", "soort / kind", "datum / date", "kamerstuk", "afzender / sender",
               "passages", "bestand / file", "doc_id"]


def doc_rows(store) -> list[list]:
    counts: dict[str, int] = {}
    for p in store.passages():
        counts[p.doc_id] = counts.get(p.doc_id, 0) + 1
    return [[d.title, d.kind, dutch_date(d.date, d.year) or "", d.kamerstuk or "",
             d.sender or "", counts.get(d.doc_id, 0), Path(d.source_path).name, d.doc_id]
            for d in sorted(store.documents(), key=lambda d: (d.date or str(d.year), d.doc_id))]


POLL = 0.5          # seconds between two status lines of a queued upload


def upload_function(service, queue: UploadQueue):
    """The page's (and the API's) upload: the file is checked and queued at once, then the
    status line follows it (its place in the queue, then the embedding) until it is
    searchable or refused. The worker does the work: closing the page does not stop it."""
    def upload(file: str | None):
        if not file:
            yield gr.skip(), gr.skip(), None
            return
        path = Path(file)
        try:
            job = queue.submit(path, path.name)
        except UploadRefused as exc:
            yield f"refused: {exc}", gr.skip(), None
            return
        finally:
            path.unlink(missing_ok=True)    # Gradio's own copy: the queue keeps its own
        yield queue.status(job), gr.skip(), None
        while not job.finished.wait(POLL):
            yield queue.status(job), gr.skip(), gr.skip()
        yield job.line, doc_rows(service.store) if job.result else gr.skip(), gr.skip()

    return upload


def build_documents_tab(service) -> None:
    table = gr.Dataframe(value=lambda: doc_rows(service.store), headers=DOC_HEADERS,
                         elem_id="doc-table", label="Brieven / Letters", interactive=False,
                         wrap=True)
    upload = files_only(gr.File(elem_id="upload", type="filepath",
                                label="Brief toevoegen (PDF of .txt, max. 50 MB) / "
                                      "Add a letter (PDF or .txt, at most 50 MB)"))
    # No file_types: Gradio would refuse other types with a passing toast; our own check puts
    # the reason in the status line, where the user looks (the picker then shows every file).
    status = gr.Textbox(elem_id="upload-status", label="Status", interactive=False)
    # No concurrency limit: each call only follows its job; the queue lets them take turns.
    upload.upload(upload_function(service, UploadQueue(service)), inputs=upload,
                  outputs=[status, table, upload], api_name="upload", concurrency_limit=None,
                  show_progress="hidden")
