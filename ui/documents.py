"""The documents tab: the stored letters with their metadata, and the upload of new ones."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from core.records import dutch_date
from ui.uploads import UploadRefused, ingest_upload
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


def upload_function(service):
    def upload(file: str | None, progress=gr.Progress()):
        if not file:
            return gr.skip(), gr.skip(), None
        path = Path(file)
        try:
            result = ingest_upload(path, path.name, service,
                                   lambda done, what: progress(done, desc=what))
        except UploadRefused as exc:
            return f"refused: {exc}", gr.skip(), None
        finally:
            path.unlink(missing_ok=True)    # Gradio's own copy: the letter now lives in uploads/
        return result.line(), doc_rows(service.store), None

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
    upload.upload(upload_function(service), inputs=upload, outputs=[status, table, upload],
                  api_name="upload", concurrency_id="upload")
