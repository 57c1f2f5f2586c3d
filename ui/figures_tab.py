"""The figures tab: filter the stored figures by subject, metric and year, see every value
with its source, a chart of one subject's series, and download the table as CSV.

The data part lives in ui.figures_view; this module only wires it to Gradio components.
"""
from __future__ import annotations

from typing import Callable

import gradio as gr

from core.store import Store
from ui.figures_view import (ALL, CHART_X, CHART_Y, TABLE_HEADERS, chart_frame, choices,
                             csv_dir, select, write_selection_csv)

INTRO = ("Alle cijfers uit de brieven, elk met de brief en pagina waar het staat. Kies een "
         "onderwerp voor de grafiek van de jaren. / Every figure in the letters with the letter "
         "and page that state it. Pick a subject to chart its years.")

# Wide enough that the bilingual headings wrap between words, not between letters.
COLUMN_WIDTHS = ["120px", "190px", "90px", "90px", "80px", "120px", "300px", "130px", "130px",
                 "80px", "360px"]


def _view(store: Store, subject: str | None, metric: str | None, year: str | None):
    """(message, chart frame, chart title, table, CSV path) for one selection: computed in one
    call, so the chart, the table and the download always describe the same selection."""
    sel = select(store, subject or None, metric or None, year or None)
    frame, title = chart_frame(store, sel.subject, sel.metric)
    return sel.message, frame, title, sel.table(), str(write_selection_csv(sel, csv_dir(store)))


def _updates(view) -> tuple:
    message, frame, title, table, path = view
    return message, gr.BarPlot(value=frame, label=title), table, gr.DownloadButton(value=path)


def _keep(value: str | None, options: list[tuple[str, str]]) -> str:
    """The user's pick survives a refresh while the store still has it."""
    return value if value in {v for _, v in options} else ALL


def _enclosing_tab() -> gr.Tab | None:
    """The Tab this is built inside, so opening the tab re-reads the store (after an upload)."""
    block = gr.context.Context.block
    return block if isinstance(block, gr.Tab) else None


def build_figures_tab(get_store: Callable[[], Store], tab: gr.Tab | None = None) -> None:
    """Called inside `with gr.Tab(...)`; get_store() gives the store of the app's data dir."""
    store = get_store()
    start = choices(store)
    message0, frame0, title0, table0, path0 = _view(store, ALL, ALL, ALL)
    gr.Markdown(INTRO)
    with gr.Row():
        subject = gr.Dropdown(start.subjects, value=ALL, label="Onderwerp / Subject",
                              elem_id="fig-subject")
        metric = gr.Dropdown(start.metrics, value=ALL, label="Maatstaf / Metric",
                             elem_id="fig-metric")
        year = gr.Dropdown(start.years, value=ALL, label="Jaar / Year", elem_id="fig-year")
        refresh = gr.Button("Vernieuwen / Refresh", elem_id="fig-refresh", scale=0)
    message = gr.Markdown(message0, elem_id="fig-message")
    chart = gr.BarPlot(frame0, x=CHART_X, y=CHART_Y, label=title0, elem_id="fig-chart",
                       sort="x", tooltip="all", height=280, y_lim=[0, None])
    table = gr.Dataframe(table0, headers=TABLE_HEADERS, datatype="str", interactive=False,
                         wrap=True, max_height=560, column_widths=COLUMN_WIDTHS,
                         label="Cijfers met bron / Figures with their source",
                         elem_id="fig-table")
    download = gr.DownloadButton("CSV van deze tabel / CSV of this table", value=path0,
                                 elem_id="fig-csv")
    shown = [message, chart, table, download]

    def on_filter(s, m, y):
        return _updates(_view(get_store(), s, m, y))

    def on_refresh(s, m, y):
        store = get_store()
        now = choices(store)
        s, m, y = _keep(s, now.subjects), _keep(m, now.metrics), _keep(y, now.years)
        return (gr.Dropdown(choices=now.subjects, value=s),
                gr.Dropdown(choices=now.metrics, value=m),
                gr.Dropdown(choices=now.years, value=y), *_updates(_view(store, s, m, y)))

    filters = [subject, metric, year]
    # .input, not .change: a refresh that rewrites the dropdowns must not fire them again.
    # The page's own events, not an API: the public API is /ask and /upload.
    gr.on([d.input for d in filters], on_filter, filters, shown, show_progress="minimal",
          api_visibility="private")
    triggers = [refresh.click]
    tab = tab or _enclosing_tab()
    if tab is not None:
        triggers.append(tab.select)
    gr.on(triggers, on_refresh, filters, filters + shown, show_progress="minimal",
          api_visibility="private")
