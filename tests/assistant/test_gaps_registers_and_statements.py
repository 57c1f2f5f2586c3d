"""A gap said as "bleef achter bij", the target group register's own growth, jobs "counted in"
the baseline, "telde" as a count, a statement before a count of things, and a gap in a clause
that only describes whom the ask is about. Phrasings in no question file; the numbers come
from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states as _states, table_value


@pytest.mark.parametrize("text", [
    "Met hoeveel fta bleef Defensie in 2023 achter bij haar doel?",
    "Hoeveel fta liep Defensie in 2023 achter op die doelstelling?",
])
def test_staying_behind_the_target_is_the_gap(assistant, corpus_store, text):
    assert understand(text).operation == "shortfall"
    gap = table_value(corpus_store, "defensie", "doel", "2023") - table_value(
        corpus_store, "defensie", "realisatie", "2023")
    answer = assistant.ask(text)
    assert answer.status == "answered" and _states(answer.text, gap), answer.text


@pytest.mark.parametrize("text", [
    "What was the increase of the target group register in 2023?",
    "Toename van het doelgroepregister over 2023?",
])
def test_the_registers_increase_is_its_own_growth(assistant, corpus_store, text):
    growth = {f.value for f in corpus_store.figures("doelgroep", "groei") if f.period == "2023"}
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    assert {sf.figure.metric for sf in answer.figures} == {"groei"}, answer.text
    assert {sf.figure.value for sf in answer.figures} <= growth


def test_jobs_counted_in_the_baseline_are_its_count():
    assert understand("How many jobs were counted in the baseline of 2012?").metrics == \
        ["nulmeting"]


def test_telde_counts_what_it_names(assistant, corpus_store):
    level = {f.value for f in corpus_store.figures("binnenwerk", "realisatie")
             if f.period == "2024"}
    answer = assistant.ask("Hoeveel banen telde Binnenwerk eind 2024?")
    assert answer.status == "answered"
    assert _states(answer.text, level), answer.text


def test_a_count_of_things_after_a_statement_is_found_in_the_sentence_stating_it(assistant):
    answer = assistant.ask("De voortgangsbrief meldt dat bij de umc's een klein deel van de "
                           "medewerkers gedetacheerd is. Hoeveel detacheringen waren dat in "
                           "2023?")
    assert answer.status == "answered" and not answer.figures, answer.text
    assert "detacheringen" in answer.citations[0].text, answer.citations[0].text


@pytest.mark.parametrize("text", [
    "Worden werkgevers die achterblijven beboet?",
    "Deelt u de mening dat gemeenten die achterblijven extra ondersteuning moeten krijgen?",
])
def test_a_gap_in_a_clause_describing_whom_asks_no_gap(text):
    assert understand(text).intent == "explanation", understand(text)


@pytest.mark.parametrize("text", [
    "Hoeveel procentpunt scheelt het realisatiepercentage van Defensie in 2023 met en zonder SROI?",
    "What is the gap in percentage points between Defence's 2023 realisation rate with and "
    "without SROI?",
    "Voor Defensie staan over 2023 twee percentages in de brief, met en een zonder de banen via "
    "inkoop. Hoeveel procentpunt zit daartussen?",
])
def test_with_and_without_sroi_compares_the_two_percentages(assistant, corpus_store, text):
    # "without" beside "with" is no exclusion: both are asked, and their difference
    q = understand(text)
    assert q.operation == "with_without", q
    both = {f.qualifier: f.value for f in corpus_store.figures("defensie", "realisatiepercentage")
            if f.period == "2023"}
    assert len(both) == 2, both
    gap = abs(max(both.values()) - min(both.values()))
    answer = assistant.ask(text)
    assert _states(answer.text, gap), answer.text


def test_a_short_dutch_ask_is_dutch():
    from index.language import detect_language
    assert detect_language("Hoeveel procentpunt ligt daartussen?") == "nl"


@pytest.mark.parametrize("text", [
    "Hoeveel procentpunt hoger ligt volgens het SCP het aandeel overheidswerkgevers met een "
    "werknemer met een arbeidsbeperking dan bij alle ondervraagde werkgevers?",
    "By how many percentage points does the SCP's share for government employers exceed the "
    "share for all employers it surveyed?",
])
def test_the_points_between_two_quoted_shares_are_worked_out_from_the_quote(assistant, text):
    from assistant.grounding import unexplained
    from assistant.quoted import quoted_percentages
    answer = assistant.ask(text)
    assert answer.status == "answered", answer.text
    lead = answer.text.split("\n")[0]
    shares = quoted_percentages(lead)
    assert len(shares) >= 2, lead
    assert _states(lead, abs(shares[0] - shares[1])), lead
    assert unexplained(text, answer.to_dict()) == []


def test_no_points_are_worked_out_from_a_quote_with_one_share():
    from assistant.quoted import percent_gap
    assert percent_gap("Het realisatiepercentage is 61,9%.") is None
    assert percent_gap("Van 12 procent naar 12 procent, in 2023 en 2024.") is None


@pytest.mark.parametrize("text", [
    "Hoe hoog is de quotumheffing per ontbrekende baan?",
    "Hoeveel bedraagt de heffing per ontbrekende arbeidsplaats?",
])
def test_an_amount_per_missing_job_is_no_gap_and_the_letters_state_none(assistant, text):
    # the letters never give the levy's amount: no paragraph's other amounts answer it
    assert understand(text).operation != "shortfall"
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


def test_a_gap_asked_outright_stays_a_gap():
    assert understand("Hoeveel fta kwamen de provincies in 2023 tekort?").operation == \
        "shortfall"


def test_a_compound_the_letters_never_write_is_read_in_its_parts(assistant):
    # "quotumheffing": the letters say quotum and heffing apart
    assert len(assistant._compound_parts("quotumheffing")) == 2
    assert assistant._compound_parts("kinderopvangtoeslag") == set()
