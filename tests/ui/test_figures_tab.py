"""The figures tab's data, in-process over the real ingested corpus: filters, sources, chart
series, the CSV of exactly the table, and choices that follow the store after an upload."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import gradio as gr

from core.config import PROJECT_ROOT
from core.store import Store
from ingest.pipeline import ingest_paths
from ui.figures_tab import build_figures_tab
from ui.figures_view import (ALL, TABLE_HEADERS, chart_frame, choices, csv_dir, dutch_name,
                             select, write_selection_csv)

LETTERS = Path(__file__).resolve().parent.parent / "fixtures" / "letters"


def _cells(sel):
    return sel.table().values.tolist()


def test_filters_give_exactly_the_matching_rows(corpus_store):
    sel = select(corpus_store, "politie", None, "2023")
    assert sel.rows and {(r["subject"], r["period"][:4]) for r in sel.rows} == {("politie", "2023")}
    found = {(r["metric"], r["value"], r["unit"]) for r in sel.rows}
    assert {("doel", "713", "fta"), ("realisatie", "387", "fta"),
            ("realisatiepercentage", "54,3", "%")} <= found
    # English aliases reach the same rows; the metric filter narrows them.
    assert select(corpus_store, "police", None, "2023").rows == sel.rows
    only = select(corpus_store, "politie", "realisatie", None)
    assert [(r["period"], r["value"]) for r in only.rows] == [("2023", "387")]
    assert "1 cijfer " in only.message


def test_values_are_exact_and_written_the_dutch_way(corpus_store):
    rijk = {(r["metric"], r["period"]): r["value"]
            for r in select(corpus_store, "rijk", None, "2024").rows}
    assert rijk[("realisatie", "2024")] == "5.078"


def test_every_row_names_its_source(corpus_store):
    sel = select(corpus_store, None, None, None)
    assert len(sel.rows) == len(corpus_store.figures())
    for figure, row in zip(corpus_store.figures(), sel.rows):
        passage = corpus_store.passage(figure.passage_id)
        assert row["document"] and row["date"] and row["quote"] in passage.text, row
        # Plain-text letters without page breaks have no page to cite; the others always do.
        assert row["page"] == ("" if passage.page is None else str(passage.page)), row
    cited = [r for r in sel.rows if r["subject"] == "politie" and r["metric"] == "realisatie"]
    assert cited[0]["kamerstuk"] == "34 352, nr. 328" and cited[0]["date"] == "13 december 2024"


def test_the_csv_is_exactly_the_table_shown(corpus_store, tmp_path):
    sel = select(corpus_store, "rijk", None, None)
    path = write_selection_csv(sel, tmp_path)
    with path.open(encoding="utf-8", newline="") as f:
        written = list(csv.reader(f))
    assert written[0] == TABLE_HEADERS == list(sel.table().columns)
    assert written[1:] == _cells(sel)
    # Written under a temporary name and renamed: nothing half-written is left beside it.
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    other = write_selection_csv(select(corpus_store, "politie", None, None), tmp_path)
    assert other != path and path.read_text(encoding="utf-8") != other.read_text(encoding="utf-8")


def test_the_cli_lists_the_same_rows_as_the_tab(ingested_corpus, corpus_store):
    env = {**os.environ, "BANEN_DATA_DIR": str(ingested_corpus.data_dir)}
    run = subprocess.run([sys.executable, "-m", "assistant", "figures", "--subject", "politie",
                          "--csv"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert list(csv.DictReader(io.StringIO(run.stdout))) == \
        select(corpus_store, "politie", None, None).rows


def test_an_unknown_filter_gives_an_empty_table_and_says_which(corpus_store):
    for args, words in [(("atlantis", None, None), ["onderwerp", "'atlantis'"]),
                        (("politie", "geluk", None), ["maatstaf", "'geluk'"]),
                        (("politie", None, "twintig"), ["jaar", "'twintig'"])]:
        sel = select(corpus_store, *args)
        assert sel.rows == [] and sel.table().empty
        assert list(sel.table().columns) == TABLE_HEADERS
        assert all(w in sel.message for w in words), sel.message
        assert "\n" not in sel.message
    none = select(corpus_store, "politie", None, "1999")
    assert none.rows == [] and "Geen cijfers" in none.message


def test_the_chart_draws_one_authoritative_value_per_year(corpus_store):
    frame, title = chart_frame(corpus_store, "politie")
    # 2023 is stated as 54,3 in the Kamerstuk and as 54 in the nota: one bar, the tool's pick.
    assert frame.iloc[:, 0].tolist() == ["2023", "2024"]
    assert frame.iloc[:, 1].tolist() == [54.3, 68.0]
    assert "politie" in title and "realisatiepercentage" in title
    frame, title = chart_frame(corpus_store, "rijk", "realisatie")
    assert frame.iloc[:, 0].tolist() == ["2023", "2024"]
    assert frame.iloc[:, 1].tolist() == [4517, 5078]
    assert chart_frame(corpus_store, None)[0] is None
    assert chart_frame(corpus_store, "politie", "sroi")[0] is None


def test_choices_carry_dutch_names_and_follow_the_store(store):
    assert choices(store).subjects == [("(alle / all)", ALL)]
    report = ingest_paths([LETTERS / "fictief-voortgang-sectoren-2031.txt"], store=store)
    assert report.ok, report.summary()
    now = choices(store)
    assert ("2031", "2031") in now.years
    assert ("hbo (hoger beroepsonderwijs)", "hbo") in now.subjects
    assert ("provincies", "provincies") in now.subjects
    assert dutch_name("po") == "po (primair onderwijs)"
    assert dutch_name("extra_banen") == "extra banen"


def test_the_tab_builds_with_its_element_ids_and_refreshes_when_opened(corpus_store, monkeypatch,
                                                                       tmp_path):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    with gr.Blocks() as demo:
        with gr.Tab("Cijfers / Figures", id="figures", elem_id="tab-figures") as tab:
            build_figures_tab(lambda: corpus_store)
    ids = {c.elem_id: c for c in demo.blocks.values() if getattr(c, "elem_id", None)}
    for elem_id in ("fig-subject", "fig-metric", "fig-year", "fig-table", "fig-chart", "fig-csv"):
        assert elem_id in ids
    assert ("politie", "politie") in ids["fig-subject"].choices
    # The opening selection's CSV already exists, in the folder Gradio may serve from.
    name = ids["fig-csv"].value["orig_name"]
    assert name.startswith("cijfers-alle-alle-alle-") and (csv_dir(corpus_store) / name).is_file()
    assert csv_dir(corpus_store).is_relative_to(tmp_path / "gradio")
    selects = [dep for dep in demo.fns.values()
               if any(target[0] == tab._id and target[1] == "select" for target in dep.targets)]
    assert selects, "opening the tab must re-read the store"
