"""The evaluation over the real corpus, as CI runs it: an empty data dir is ingested and
indexed, the assistant answers every gold question through its public API, and the scores must
hold eval/thresholds.json through the same check `python -m eval --check` makes. A regression
of the assistant, the figures, the index or the ingest fails here."""
from __future__ import annotations

import json

import pytest

from core.store import Store
from eval import report
from eval.run import QUESTIONS, evaluate, load_questions, run_system, scorable_ids
from eval.summary import THRESHOLDS, check, flatten, load_thresholds, summarize


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval-data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BANEN_DATA_DIR", str(path))
        mp.delenv("BANEN_CHROMA_URL", raising=False)
        mp.delenv("BANEN_EMBEDDINGS", raising=False)
        mp.delenv("BANEN_LLM", raising=False)
        yield path


@pytest.fixture(scope="module")
def run(data_dir):
    lines: list[str] = []
    result = evaluate(QUESTIONS, baseline=False, progress=lines.append)
    result["progress"] = lines
    return result


def test_an_empty_data_dir_is_ingested_and_indexed_first(run, data_dir):
    assert any("is empty: ingesting" in line for line in run["progress"])
    with Store(data_dir / "store.sqlite") as store:
        assert len(store.documents()) == 5 and store.figures()
    assert run["retrieval_scorable"] > 100


def test_assistant_holds_the_ci_thresholds(run):
    failures = check(run)
    assert failures == [], "\n".join(failures)


def test_every_question_is_scored_per_language_and_kind(run):
    summary = run["systems"]["assistant"]["summary"]
    n = len(load_questions(QUESTIONS))
    assert summary["overall"]["n"] == n
    assert sum(m["n"] for m in summary["by_lang"].values()) == n
    assert set(summary["by_kind"]) == {"figure", "difference", "ranking", "trend",
                                       "target_met", "explanation", "not_found", "followup"}
    assert summary["overall"]["not_found_with_figures"] == 0


def test_thresholds_above_the_scores_are_named(run, tmp_path):
    flat = flatten(run["systems"]["assistant"]["summary"])
    strict = {"assistant": {"overall.accuracy": flat["overall.accuracy"] + 0.01,
                            "by_lang.en.recall_at_5": 1.01,
                            "overall.not_found_with_figures": -1}}
    path = tmp_path / "thresholds.json"
    path.write_text(json.dumps(strict), encoding="utf-8")
    failures = check(run, path)
    assert len(failures) == 3
    assert all(name in "\n".join(failures) for name in strict["assistant"])


def test_report_files_carry_the_run(run, tmp_path):
    md, js = report.write(run, check(run), tmp_path)
    text = md.read_text(encoding="utf-8")
    assert "| retrieval recall@5 |" in text and "All thresholds hold." in text
    data = json.loads(js.read_text(encoding="utf-8"))
    assert len(data["systems"]["assistant"]["outcomes"]) == run["n_questions"]


def test_the_committed_thresholds_name_real_metrics(run):
    flat = flatten(run["systems"]["assistant"]["summary"])
    thresholds = load_thresholds(THRESHOLDS)
    assert thresholds["assistant"] and set(thresholds["assistant"]) <= set(flat)


def test_baseline_runs_and_trails_the_assistant(run, data_dir):
    from eval.baseline import Baseline
    questions = load_questions(QUESTIONS)
    with Store(data_dir / "store.sqlite") as store:
        base = Baseline(store)
        try:
            outcomes, answers = run_system(base.ask, questions, scorable_ids(questions, store),
                                           "baseline", progress=lambda line: None)
        finally:
            base.close()
    assert base.chunks > 50 and all(len(a["citations"]) == 5 for a in answers)
    baseline = summarize(outcomes)["overall"]
    assistant = run["systems"]["assistant"]["summary"]["overall"]
    for metric in ("accuracy", "value_recall", "recall_at_5", "citation_precision"):
        assert baseline[metric] < assistant[metric], metric
    failures = check({"systems": {"baseline": {"summary": summarize(outcomes)}}})
    assert failures == [], "\n".join(failures)
