"""The chat tab. One function answers both the page and the API (`/ask`): the page's send button
calls it, then draws the answer it returned; a gradio_client caller gets the same two values.
"""
from __future__ import annotations

from typing import Any

import gradio as gr

from index.language import detect_language
from ui import render

MAX_QUESTION = 2000       # characters; longer input is not a question


def ask_function(service):
    """(question, this session's earlier questions) -> (answer text, Answer.to_dict(), the
    questions now). The last is session state: an API caller sees only the first two, and its
    next question in the same client session is read as a follow-up, as on the page."""

    def ask(question: str, history: list[str] | None = None
            ) -> tuple[str, dict[str, Any], list[str]]:
        question = (question or "").strip()
        if not question:
            raise gr.Error("question: empty; type a question about the banenafspraak")
        if len(question) > MAX_QUESTION:
            raise gr.Error(f"question: longer than {MAX_QUESTION} characters")
        answer = service.ask(question, list(history or []))
        return answer.text, answer.to_dict(), (list(history or []) + [question])[-10:]

    return ask


def show(question: str, answer: dict[str, Any] | None, chat: list):
    """The page's view of an answer: chat bubble, figures, notes, cited paragraphs."""
    question = (question or "").strip()
    if not answer:
        return chat, gr.skip(), gr.skip(), gr.skip(), gr.skip(), ""
    lang = detect_language(question)
    chat = list(chat or []) + [
        {"role": "user", "content": render.chat_text(question)},
        {"role": "assistant", "content": render.chat_text(answer["text"])}]
    rows = render.figure_rows(answer, lang)
    figures = gr.Dataframe(value=rows or None, headers=render.FIGURE_HEADERS[lang],
                           visible=bool(rows))
    return (chat, render.sources_html(answer), figures, render.notes_markdown(answer, lang),
            question, "")


def copy_text(question: str, answer: dict[str, Any] | None) -> str:
    if not answer:
        return ""
    return render.parliamentary_text(answer, detect_language(question or ""))


def build_chat_tab(service) -> None:
    history = gr.State([])          # this session's earlier questions, for follow-ups
    asked = gr.State("")            # the question the shown answer belongs to
    # The answer quotes the letters, and their text is data: no Markdown, no maths, and the
    # HTML the bubble would render is escaped (render.chat_text); Gradio keeps the line breaks.
    chat = gr.Chatbot(elem_id="chat", label="Antwoord / Answer", height=360,
                      buttons=["copy"], feedback_options=None, render_markdown=False,
                      latex_delimiters=[])
    with gr.Row():
        question = gr.Textbox(elem_id="question", show_label=False, scale=5, lines=1,
                              placeholder="Wat was de realisatie van de politie in 2023? / "
                                          "What was politie's realisation in 2023?")
        send = gr.Button("Vraag / Ask", elem_id="ask", variant="primary", scale=1)
    notes = gr.Markdown(elem_id="notes")
    figures = gr.Dataframe(elem_id="answer-figures", label="Cijfers / Figures",
                           headers=render.FIGURE_HEADERS["en"], interactive=False,
                           visible=False, wrap=True)
    gr.Markdown("**Bronnen / Sources**")
    sources = gr.HTML(elem_id="sources")
    with gr.Row():
        copy = gr.Button("Kopieer voor Kamerantwoord / Copy for a parliamentary answer",
                         elem_id="copy-answer", size="sm")
    copied = gr.Textbox(elem_id="copy-text", label="Tekst om te plakken / Text to paste",
                        lines=6, interactive=False, buttons=["copy"])
    with gr.Accordion("JSON", open=False):
        answer_text = gr.Textbox(visible=False)
        answer = gr.JSON(elem_id="answer-json", show_label=False)

    ask = ask_function(service)
    drawn = dict(fn=show, inputs=[question, answer, chat],
                 outputs=[chat, sources, figures, notes, asked, copied],
                 api_visibility="private")
    send.click(ask, inputs=[question, history], outputs=[answer_text, answer, history],
               api_name="ask",
               concurrency_id="ask").success(**drawn)
    question.submit(ask, inputs=[question, history], outputs=[answer_text, answer, history],
                    api_visibility="private", concurrency_id="ask").success(**drawn)
    copy.click(copy_text, inputs=[asked, answer], outputs=copied, api_visibility="private")
