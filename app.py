"""`python app.py`: the Gradio app on BANEN_HOST:BANEN_PORT (default 127.0.0.1:7860), never a
public share link. Chat (also the API `/ask` for gradio_client), figures, documents and upload.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from core import config

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7860
CSS = """
#sources .source { border-left: 3px solid #888; padding: 4px 10px; margin: 8px 0; }
#sources mark { background: #ffe066; padding: 0 1px; }
#letter-view .page-head { margin-top: 14px; border-bottom: 1px solid #ccc; }
#letter-view .passage { border-left: 3px solid #ddd; padding: 4px 10px; margin: 6px 0; }
#letter-view .passage.target { border-left-color: #d9480f; background: #fff4e6; }
#letter-view mark.figure { background: #c3fae8; padding: 0 1px; }
#open-passage, #open-passage-go { display: none; }
"""
# A citation's "open in the letter" link: a click keeps its passage id and presses a hidden
# button whose event opens the Documents tab at that passage (build_app), then scrolls to it.
JS = """
() => {
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a.open-letter");
    if (!link) return;
    event.preventDefault();
    window.__banenPassage = link.dataset.passage;
    document.querySelector("#open-passage-go")?.click();
  });
}
"""
# The hidden button's event takes the clicked link's passage id as its input.
CLICKED_PASSAGE = "() => window.__banenPassage || ''"
SCROLL_TO_TARGET = """
() => { setTimeout(() => document.querySelector("#letter-view .passage.target")
          ?.scrollIntoView({ block: "center" }), 200); }
"""


def settings() -> tuple[str, int]:
    host = os.environ.get("BANEN_HOST", "").strip() or DEFAULT_HOST
    raw = os.environ.get("BANEN_PORT", "").strip() or str(DEFAULT_PORT)
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ValueError(f"BANEN_PORT={raw!r}: expected a port number 1-65535")
    return host, int(raw)


def prepare_environment(data_dir: Path) -> None:
    """Gradio keeps uploads in its temp dir: inside the data dir, not a shared /tmp folder.
    Set before gradio is imported, which reads it."""
    temp = data_dir / "gradio-tmp"
    temp.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GRADIO_TEMP_DIR", str(temp))


def build_app(service):
    import gradio as gr
    from ui.chat import build_chat_tab
    from ui.documents import build_documents_tab
    from ui.figures_tab import build_figures_tab

    from ui.letter_view import doc_of_passage

    with gr.Blocks(title="Banenafspraak") as demo:
        gr.Markdown("## Banenafspraak: vragen over de brieven / questions on the letters")
        with gr.Tabs() as tabs:
            with gr.Tab("Vragen / Ask", id="chat", elem_id="tab-chat"):
                build_chat_tab(service)
            with gr.Tab("Cijfers / Figures", id="figures", elem_id="tab-figures"):
                build_figures_tab(lambda: service.store)
            with gr.Tab("Documenten / Documents", id="documents", elem_id="tab-documents"):
                letter = build_documents_tab(service)
        opened = gr.Textbox(elem_id="open-passage", show_label=False, container=False)
        go = gr.Button("open", elem_id="open-passage-go")

        def open_at(passage_id: str):
            doc_id = doc_of_passage(service.store, (passage_id or "").strip())
            if doc_id is None:
                return gr.skip(), *[gr.skip()] * len(letter.outputs())
            return gr.Tabs(selected="documents"), *letter.shown(service, doc_id, passage_id)

        go.click(open_at, inputs=opened, outputs=[tabs, *letter.outputs()], js=CLICKED_PASSAGE,
                 api_visibility="private").then(None, js=SCROLL_TO_TARGET)
    return demo


def main() -> int:
    try:
        host, port = settings()
        config.max_passages()          # a bad BANEN_MAX_PASSAGES stops the app, not an upload
    except ValueError as exc:
        print(f"app: {exc}", file=sys.stderr)
        return 2
    data_dir = config.data_dir()
    prepare_environment(data_dir)
    from index import IndexProblem
    from ui.service import Service
    from ui.uploads import MAX_BYTES

    try:
        service = Service(data_dir)
    except IndexProblem as exc:      # e.g. vectors of an older version: says what to run
        print(f"app: {data_dir}: {exc}", file=sys.stderr)
        return 1
    from ui.web import allowed_hosts, guarded_app
    demo = build_app(service)
    # Several people ask at once: the queue orders them; asks take turns on the model anyway.
    demo.queue(default_concurrency_limit=4)
    # _app: Gradio's own App class with ui.web's guard around it (foreign hosts and origins
    # refused, security headers on every response); launch() configures it as its own.
    demo.launch(server_name=host, server_port=port, share=False, max_file_size=MAX_BYTES,
                footer_links=["api"], css=CSS, js=JS, show_error=True,
                _app=guarded_app(allowed_hosts(host)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
