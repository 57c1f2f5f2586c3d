"""The figures tool over a real store filled by the real ingest; its LangChain tools; the CLI."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from decimal import Decimal

import pytest

from assistant.figures import FiguresTool, UnknownValue
from assistant.figures_lc import figures_tools
from core.config import PROJECT_ROOT


@pytest.fixture(scope="module")
def tool(fig_store):
    return FiguresTool(fig_store)


def test_lookup_with_alias_and_citation(tool):
    r = tool.lookup("police", "realisatie", "2023")
    assert r.value == Decimal("387") and r.unit == "fta"
    src = r.figures[0].source
    assert src.kamerstuk == "34 352, nr. 328" and src.page is not None
    assert r.figures[0].figure.quote in src.text


def test_rounded_memo_value_is_consistent_with_the_letter(tool):
    r = tool.lookup("politie", "realisatiepercentage", "2023")
    assert r.value == Decimal("54.3")                 # the letter's block over the memo's 54%
    assert Decimal("54") in {f.figure.value for f in r.figures}
    assert not [n for n in r.notes if "disagree" in n]


def test_water_board_disagreement_is_reported(tool):
    r = tool.lookup("water boards", "realisatiepercentage", "2023")
    assert r.value == Decimal("56.6")                 # the sector block is authoritative
    disagree = [n for n in r.notes if "disagree" in n]
    assert len(disagree) == 1 and "56,6%" in disagree[0] and "59,6%" in disagree[0]
    computed = [n for n in tool.lookup("waterschappen", period="2023").notes
                if n.startswith("Check")]
    assert computed and "59,6%" in computed[0] and "56,6%" in computed[0]
    # the other 2023 blocks add up: no computed-check note for them
    assert not [n for n in tool.lookup("politie", period="2023").notes if n.startswith("Check")]


def test_fictitious_disagreement_is_reported_too(tool):
    r = tool.lookup("umc", "realisatiepercentage", "2031")
    assert r.value == Decimal("38") and any("45%" in n for n in r.notes)


def test_series_difference_ranking_target(tool):
    s = tool.series("rijk", "realisatiepercentage")
    assert [(f.figure.period, f.figure.value) for f in s.figures] == \
        [("2022", Decimal("74")), ("2023", Decimal("80")), ("2024", Decimal("85"))]
    d = tool.difference("politie", "realisatiepercentage", "2023", "2024")
    assert d.value == Decimal("13.7")                 # 68 (nota 2024) - 54,3 (letter 2023)
    assert [f.figure.period for f in d.figures] == ["2023", "2024"]
    rank = tool.ranking("realisatiepercentage", "2023")
    assert rank.ranking[0] == ("gemeenten", Decimal("120.4"))
    assert rank.ranking[-1] == ("umc", Decimal("20"))
    assert tool.target_met("gemeenten", "2023").met is True
    t = tool.target_met("politie", "2023")
    assert t.met is False and t.value == Decimal("-326")
    assert tool.target_met("totaal", "2024").met is False


def test_unknown_subject_names_field_and_valid_values(tool):
    with pytest.raises(UnknownValue) as exc:
        tool.lookup("ministerie van Koffie")
    assert "subject" in str(exc.value) and "politie" in str(exc.value)


def test_langchain_tools_typed_and_exact(tool):
    tools = {t.name: t for t in figures_tools(tool)}
    assert set(tools) == {"figures_lookup", "figures_series", "figures_difference",
                          "figures_ranking", "figures_target_met"}
    assert tools["figures_difference"].args_schema.model_json_schema()["required"] == \
        ["subject", "metric", "period_a", "period_b"]
    out = tools["figures_lookup"].invoke({"subject": "politie", "metric": "doel",
                                          "period": "2023"})
    assert out["value"] == "713" and out["figures"][0]["source"]["kamerstuk"] == "34 352, nr. 328"
    assert "error" in tools["figures_lookup"].invoke({"subject": "nergens"})


def _cli(*args, data_dir):
    import os
    env = {**os.environ, "BANEN_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=PROJECT_ROOT,
                           env=env, capture_output=True, text=True, timeout=120)


def test_cli_table_csv_and_errors(fig_store):
    data_dir = fig_store.path.parent
    r = _cli("figures", "--subject", "police", "--year", "2023", data_dir=data_dir)
    assert r.returncode == 0 and "387" in r.stdout and "34 352, nr. 328" in r.stdout
    r = _cli("figures", "--subject", "politie", "--metric", "doel", "--csv", data_dir=data_dir)
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {(row["period"], row["value"], row["unit"]) for row in rows} >= {("2023", "713", "fta")}
    assert all(row["document"] and row["quote"] for row in rows)
    r = _cli("figures", "--subject", "atlantis", data_dir=data_dir)
    assert r.returncode == 2 and "--subject" in r.stderr and "waterschappen" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_rounded_prose_count_agrees_with_the_table_and_range_ends_do_not_disagree(tool):
    # "ruim 4.000 minder banen via inleenverbanden dan ten tijde van de nulmeting" next to the
    # table's - 4.011: the table is authoritative and nothing disagrees
    best, notes = tool.value("totaal", "inleenverbanden", "2024")
    assert best.value == Decimal("-4011") and notes == []
    assert Decimal("-4000") in {f.value for f in tool.figures("totaal", "inleenverbanden", "2024")}
    best, notes = tool.value("markt", "sroi", "2022-Q1")      # "tussen de 15.000 en 17.000"
    assert best is not None and notes == []


def test_a_note_has_a_dutch_wording_and_survives_a_copy():
    import pickle
    from assistant.authority import Note, in_language
    note = Note("Sources disagree on x", "De bronnen verschillen over x")
    assert note == "Sources disagree on x" and in_language(note, "nl").startswith("De bronnen")
    assert pickle.loads(pickle.dumps(note)).dutch == note.dutch
    assert in_language("plain", "nl") == "plain"


def test_every_metric_the_store_holds_can_be_asked_of_the_tool(tool):
    # A metric extraction writes but the tool refuses would be a figure nobody can look up.
    from assistant.figures import metric_id
    stored = {f.metric for f in tool.store.figures()}
    assert stored and {metric_id(m) for m in stored} == stored
