"""A breakdown by members or one member's name (which the letters never give), a gap in
shorthand, the whole a count is taken from, the nulmeting as what counted, a second ask about
"the difference" or "the gap", a quoted statement before the ask, and the total growth over two
years. Phrasings in no question file; the numbers come from the stored figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states, table_value


@pytest.mark.parametrize("text, subject, sign", [
    ("gemeenten 2023 hoeveel fta boven doel?", "gemeenten", 1),
    ("hoeveel onder doel politie 2023", "politie", -1),
    ("defence 2023 how far below target in fta", "defensie", -1),
])
def test_a_gap_in_shorthand_is_the_gap_to_the_target(assistant, corpus_store, text, subject,
                                                     sign):
    q = understand(text)
    assert q.shortfall, q
    gap = table_value(corpus_store, subject, "realisatie", "2023") - \
        table_value(corpus_store, subject, "doel", "2023")
    answer = assistant.ask(text)
    assert sign * gap > 0 and states(answer.text, abs(gap)), answer.text


def test_both_gaps_asked_as_tekorten_are_each_years(assistant, corpus_store):
    answer = assistant.ask("Zijn de tekorten van de provincies op hun doel in 2022 en 2023 "
                           "gegroeid? Noem beide in fta.")
    for year in ("2022", "2023"):
        gap = min(f.value for f in corpus_store.figures("provincies", "doel") if f.period == year) \
            - min(f.value for f in corpus_store.figures("provincies", "realisatie")
                  if f.period == year)
        assert states(answer.text, gap), (year, answer.text)


@pytest.mark.parametrize("text", [
    "Van de 35 organisaties bij de waterschappen: hoeveel leverden cijfers over 2023 aan?",
    "Hoeveel van de waterschapsorganisaties hebben over 2023 data aangeleverd?",
])
def test_the_whole_a_count_is_taken_from_is_what_is_counted(assistant, text):
    q = understand(text)
    assert q.counted == "organisaties", q
    answer = assistant.ask(text)
    assert answer.status == "answered" and states(answer.citations[0].text, 33), answer.text


@pytest.mark.parametrize("text", [
    "Hoeveel inleenverbanden telde de nulmeting?",
    "How many hiring arrangements were counted in the baseline?",
    "At the time of the end-2012 baseline, how many jobs ran through hiring arrangements?",
    "Hoeveel banen liepen er bij de nulmeting van eind 2012 via inleenverbanden?",
])
def test_the_nulmeting_as_what_counted_or_dated_is_the_baseline(assistant, corpus_store, text):
    q = understand(text)
    assert q.at_baseline, q
    stored = {f.value for f in corpus_store.figures("totaal", "aantal_inleenverbanden")
              if f.period == "2012"}
    answer = assistant.ask(text)
    assert stored and states(answer.text, stored), answer.text


@pytest.mark.parametrize("text, member", [
    ("Kunt u per gemeente aangeven hoeveel banen er in 2023 zijn gerealiseerd?", "gemeente"),
    ("How many fta did the water boards realise in 2023, broken down by water board?",
     "water board"),
    ("Hoeveel fta realiseerden de ministeries eind 2016, uitgesplitst per ministerie?",
     "ministerie"),
])
def test_a_breakdown_by_members_the_letters_lack_is_not_found(assistant, text, member):
    q = understand(text)
    assert q.per_member == member, q
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text
    assert member in answer.text, answer.text


def test_a_letters_title_is_no_breakdown():
    assert understand("In the 2017 letter on the Rijk per ministry, how many hiring "
                      "arrangements were counted at end 2016?").per_member is None


@pytest.mark.parametrize("text", [
    "Welke gemeente haalde in 2023 het hoogste percentage?",
    "Which university reached the highest share of its target in 2023?",
])
def test_one_members_name_is_not_in_the_letters(assistant, text):
    assert understand(text).which_member
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


def test_a_body_of_the_sector_is_no_member():
    assert understand("Which central-government organisation was to be exempted from the "
                      "quota scheme?").which_member is None


@pytest.mark.parametrize("text", [
    "Welke van de twee, politie of defensie, had in 2023 het hoogste realisatiepercentage, en "
    "hoe groot was het verschil?",
    "Which had the higher realisation rate in 2023, the police or defence, and how large was "
    "the gap in points?",
])
def test_the_difference_asked_after_a_ranking_is_worked_out(assistant, corpus_store, text):
    gap = table_value(corpus_store, "defensie", "realisatiepercentage", "2023") - \
        table_value(corpus_store, "politie", "realisatiepercentage", "2023")
    answer = assistant.ask(text)
    assert states(answer.text, gap), answer.text


def test_the_gap_with_sroi_asked_after_the_gap_without_is_worked_out(assistant, corpus_store):
    text = ("Hoeveel fta kwam Defensie in 2023 tekort op het doel, en hoe groot is dat tekort "
            "als je de SROI-banen meetelt?")
    target = table_value(corpus_store, "defensie", "doel", "2023")
    own = table_value(corpus_store, "defensie", "realisatie", "2023")
    sroi = min(f.value for f in corpus_store.figures("defensie", "sroi") if f.period == "2023")
    answer = assistant.ask(text)
    assert states(answer.text, target - own) and states(answer.text, target - own - sroi), \
        answer.text


def test_a_quoted_statement_closing_after_its_full_stop_is_context(assistant, corpus_store):
    text = ('In de voortgangsbrief staat: "De onderwijssectoren samen blijven achter." Kunt u '
            'aangeven hoeveel extra banen de overheid tussen eind 2022 en eind 2024 bij kreeg?')
    q = understand(text)
    assert q.subjects == ["overheid"] and q.operation == "change", q
    change = table_value(corpus_store, "overheid", "extra_banen", "2024") - \
        table_value(corpus_store, "overheid", "extra_banen", "2022")
    assert states(assistant.ask(text).text, change)


@pytest.mark.parametrize("text, subject", [
    ("Hoeveel banen kreeg de marktsector er tussen 2022 en 2024 bij?", "markt"),
    ("How many jobs did government employers gain between end-2022 and end-2024?", "overheid"),
])
def test_the_growth_over_two_years_is_one_total(assistant, corpus_store, text, subject):
    q = understand(text)
    assert q.operation == "change", q
    change = table_value(corpus_store, subject, "extra_banen", "2024") - \
        table_value(corpus_store, subject, "extra_banen", "2022")
    assert states(assistant.ask(text).text, change)


@pytest.mark.parametrize("text", [
    "Hoeveel banen bij marktwerkgevers zijn te danken aan social return van de overheid?",
    "How many private-sector jobs stem from social return in government procurement?",
])
def test_a_figure_the_letters_give_for_a_quarter_only_is_that_quarters(assistant, corpus_store,
                                                                      text):
    held = [f for f in corpus_store.figures("markt", "sroi")]
    assert held and all("-Q" in f.period for f in held)     # a quarter's estimate only
    answer = assistant.ask(text)
    assert states(answer.text, {f.value for f in held}), answer.text


def test_a_breakdown_by_employer_size_is_not_found(assistant):
    answer = assistant.ask("Hoeveel fta realiseerde de overheid in 2024, uitgesplitst naar "
                           "werkgeversgrootte?")
    assert answer.status == "not_found" and not answer.figures, answer.text
