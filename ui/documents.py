"""The documents tab: the stored letters with their metadata, one letter opened to read (its
passages by page, its figures marked, the cited place when a citation opened it), the removal
of a letter after a confirmation, and the upload of new ones."""
from __future__ import annotations

from pathlib import Path

import gradio as gr

from core.records import dutch_date
from ui.letter_view import extraction_report_html, letter_choices, letter_html
from ui.render import markdown_text
from ui.uploads import UploadQueue, UploadRefused, remove_letter
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


class LetterPanel:
    """The components that show one letter; the chat's citations open it (app.py)."""

    def __init__(self, choice, view, report):
        self.choice, self.view, self.report = choice, view, report

    def outputs(self) -> list:
        return [self.choice, self.view, self.report]

    @staticmethod
    def shown(service, doc_id: str | None, target: str | None = None) -> tuple:
        report = extraction_report_html(service.store, doc_id)
        return (gr.Dropdown(choices=letter_choices(service.store), value=doc_id),
                letter_html(service.store, doc_id, target),
                gr.HTML(value=report, visible=bool(report)))


def build_documents_tab(service) -> LetterPanel:
    table = gr.Dataframe(value=lambda: doc_rows(service.store), headers=DOC_HEADERS,
                         elem_id="doc-table", label="Brieven / Letters", interactive=False,
                         wrap=True)
    with gr.Group():
        with gr.Row():
            choice = gr.Dropdown(choices=letter_choices(service.store), value=None,
                                 label="Brief openen / Open a letter", elem_id="doc-choice",
                                 scale=4)
            remove = gr.Button("Verwijder deze brief / Remove this letter", variant="stop",
                               elem_id="remove-letter", scale=1)
        with gr.Row(visible=False, elem_id="remove-confirm-row") as confirm_row:
            question = gr.Markdown(elem_id="remove-question")
            confirm = gr.Button("Ja, verwijderen / Yes, remove", variant="stop",
                                elem_id="remove-confirm", scale=0)
            cancel = gr.Button("Annuleren / Cancel", elem_id="remove-cancel", scale=0)
        removed = gr.Textbox(elem_id="remove-status", label="Verwijderen / Removal",
                             interactive=False, visible=False)
    # ingest's per-letter extraction report (stored and left-out figures) shows here
    report = gr.HTML(elem_id="extraction-report", visible=False)
    view = gr.HTML(elem_id="letter-view", max_height=700)
    panel = LetterPanel(choice, view, report)

    def opened(doc_id):
        return panel.shown(service, doc_id)[1:]

    def ask_removal(doc_id):
        doc = service.store.document(doc_id) if doc_id else None
        if doc is None:
            return gr.Row(visible=False), "", gr.Textbox(
                value="kies eerst een brief / choose a letter first", visible=True)
        return (gr.Row(visible=True), markdown_text(
            f"{doc.title} ({doc.doc_id}) verwijderen uit de opslag en de index? Haar passages "
            f"en cijfers verdwijnen dan uit de antwoorden. / Remove this letter, its passages "
            f"and figures from the store and the index?"), gr.Textbox(visible=False))

    def do_remove(doc_id):
        try:
            line = remove_letter(doc_id, service)
        except UploadRefused as exc:
            line = f"refused: {exc}"
        return (gr.Row(visible=False), gr.Textbox(value=line, visible=True),
                doc_rows(service.store), *panel.shown(service, None))

    choice.input(opened, inputs=choice, outputs=[view, report], api_visibility="private")
    remove.click(ask_removal, inputs=choice, outputs=[confirm_row, question, removed],
                 api_visibility="private")
    cancel.click(lambda: gr.Row(visible=False), outputs=confirm_row, api_visibility="private")
    confirm.click(do_remove, inputs=choice,
                  outputs=[confirm_row, removed, table, *panel.outputs()],
                  api_visibility="private")

    upload = files_only(gr.File(elem_id="upload", type="filepath",
                                label="Brief toevoegen (PDF of .txt, max. 50 MB) / "
                                      "Add a letter (PDF or .txt, at most 50 MB)"))
    # No file_types: Gradio would refuse other types with a passing toast; our own check puts
    # the reason in the status line, where the user looks (the picker then shows every file).
    status = gr.Textbox(elem_id="upload-status", label="Status", interactive=False)
    # No concurrency limit: each call only follows its job; the queue lets them take turns.
    upload.upload(upload_function(service, UploadQueue(service)), inputs=upload,
                  outputs=[status, table, upload], api_name="upload", concurrency_limit=None,
                  show_progress="hidden").then(
        lambda d: gr.Dropdown(choices=letter_choices(service.store), value=d), inputs=choice,
        outputs=choice, api_visibility="private")
    return panel
