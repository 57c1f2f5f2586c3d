"""Jobs added "since" a year or since the agreement began: one total counted from the
figure of the year named (or from the year before a "start of" year) to the latest year the
letters report, not a list of each year's growth and not one year's growth.

The phrasings are in no question file; expected numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand


def _levels(store, subject: str) -> dict[str, object]:
    return {f.period: f.value for f in store.figures(subject, "extra_banen")
            if "-Q" not in f.period}


@pytest.mark.parametrize("text, level_year", [
    ("Hoeveel banen zijn er sinds 2022 in de marktsector bijgekomen?", 2022),
    ("How many jobs have private-sector employers (the market) added since the start of 2023?",
     2022),
    ("Vanaf begin 2023: met hoeveel banen groeide de markt?", 2022),
])
def test_jobs_added_since_a_year_is_the_change_from_that_years_level(assistant, corpus_store,
                                                                      text, level_year):
    q = understand(text)
    assert q.operation == "change" and q.periods[:1] == [str(level_year)], q
    answer = assistant.ask(text)
    levels = _levels(corpus_store, "markt")
    latest = max(levels)
    periods = sorted(sf.figure.period for sf in answer.figures)
    assert periods == [str(level_year), latest], answer.text
    assert answer.figures[0].figure.metric == "extra_banen"


def test_from_the_start_of_a_year_is_not_since_the_agreement_began():
    q = understand("By how many jobs did Binnenwerk grow from the start of 2022 to the end of 2024?")
    assert q.periods == ["2021", "2024"], q


@pytest.mark.parametrize("text", [
    "Hoeveel banen zijn er sinds de start van de banenafspraak bij de overheid bijgekomen?",
    "How many jobs have government employers added since the agreement began?",
    "Sinds de banenafspraak van start ging: hoeveel banen kwamen er bij de overheid bij?",
])
def test_jobs_added_since_the_agreement_began_are_the_extra_jobs(text):
    q = understand(text)
    assert q.metrics == ["extra_banen"], q


def test_a_span_of_two_years_stays_a_span():
    q = understand("Hoeveel banen kwamen er bij de markt bij van 2022 tot 2024?")
    assert sorted(q.periods) == ["2022", "2024"], q


@pytest.mark.parametrize("text, subject, metric", [
    ("How much did the market's formal jobs (own payroll) for the target group grow from 2021 "
     "to 2022?", "markt", "groei_formele_dienstverbanden"),
    ("Met hoeveel banen groeiden de formele dienstverbanden bij de markt tussen 2023 en 2024?",
     "markt", "groei_formele_dienstverbanden"),
])
def test_a_kind_of_jobs_growth_between_two_years_is_that_growth_stated(assistant, corpus_store,
                                                                       text, subject, metric):
    answer = assistant.ask(text)
    later = str(max(understand(text).years))
    stated = [f.value for f in corpus_store.figures(subject, metric) if f.period == later]
    assert stated, "the letters state this growth"
    assert [(sf.figure.metric, sf.figure.value) for sf in answer.figures] == \
        [(metric, stated[0])], answer.text
