"""Names the letters do not use (a member of a sector, a shorthand abbreviation), compounds of
a subject's name, a change into one year, an ask that repeats the one before for another
subject, an ask pointing back at a list, and who asks ("BZK question:").

The phrasings are in no question file; expected numbers and sectors come from the stored
figures, never written down, so the test holds for whatever the letters state."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from assistant.wording import number


@pytest.mark.parametrize("text", [
    "How many fta did the province of Zeeland realise in 2023?",
    "Wat was het doel van de gemeente Tilburg-Noord in 2023?",
])
def test_a_member_the_letters_never_name_is_not_its_sector(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("text", ["ws doel 2023?", "realisatie zh 2023", "gga fta 2024"])
def test_an_abbreviation_no_letter_uses_is_not_the_national_total(assistant, text):
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("word, known", [
    ("Rijksprogramma", True), ("politieorganisatie", True), ("defensiepersoneel", True),
    ("veiligheidsregio", False), ("kinderopvang", False), ("horecaprogramma", False),
])
def test_a_compound_of_a_subjects_name_and_a_word_of_the_letters_is_known(assistant, word,
                                                                          known):
    assert assistant.evidence.known(word) is known


@pytest.mark.parametrize("text, year", [
    ("Met hoeveel procentpunt daalde het realisatiepercentage van het wo in 2023?", "2023"),
    ("By how many points did the police rate rise in 2024?", "2024"),
])
def test_a_change_in_one_year_runs_from_the_year_before_it(assistant, corpus_store, text,
                                                            year):
    answer = assistant.ask(text)
    periods = sorted({sf.figure.period for sf in answer.figures})
    subject = understand(text).subjects[0]
    before = sorted(f.period for f in corpus_store.figures(subject, "realisatiepercentage")
                    if f.period < year and "-Q" not in f.period)
    assert periods == [before[-1], year], answer.text


def test_a_growth_in_one_year_is_that_years_growth_not_a_change_of_growths():
    q = understand("Met hoeveel banen is de marktsector in 2024 gegroeid?")
    assert q.operation == "value" and q.metrics == ["groei"]


@pytest.mark.parametrize("text", [
    "Hoeveel procentpunt steeg het realisatiepercentage van de politie van 2023 op 2024, "
    "en dat van het Rijk?",
    "By how many points did the police's realisation rate go up from 2023 to 2024, and "
    "that of central government?",
])
def test_an_ask_that_repeats_the_one_before_for_another_subject(assistant, text):
    q = understand(text)
    assert len(q.parts) == 2 and q.parts[1].intent == q.parts[0].intent
    assert q.parts[1].metrics == q.parts[0].metrics
    answer = assistant.ask(text)
    changed = {sf.figure.subject for sf in answer.figures}
    assert {"politie", "rijk"} <= changed, answer.text


@pytest.mark.parametrize("text", [
    "BZK question: what did the police realise in 2023?",
    "Vraag SZW - wat realiseerde de politie in 2023?",
])
def test_who_asks_is_not_what_is_asked_about(text):
    assert understand(text).subjects == ["politie"]


def test_people_of_the_target_group_working_at_an_employer_are_its_jobs():
    q = understand("How many people from the target group worked at Binnenwerk in 2023?")
    assert q.subjects == ["binnenwerk"] and q.metrics == ["realisatie"]
    assert understand("How many people of the target group were in work in 2023?"
                      ).metrics == ["werkzaam"]


@pytest.mark.parametrize("text, lang", [
    ("Welke sectoren haalden hun doel in 2023, en met hoeveel fta zaten zij erboven?", "nl"),
    ("Which sectors reached their 2023 target, and by how much did they beat it?", "en"),
])
def test_an_ask_after_a_list_of_those_that_met_is_about_them(assistant, corpus_store, text,
                                                              lang):
    answer = assistant.ask(text)
    doel = {f.subject: f.value for f in corpus_store.figures(None, "doel", "2023")
            if f.source_kind != "prose"}
    real = {f.subject: f.value for f in corpus_store.figures(None, "realisatie", "2023")
            if f.source_kind != "prose"}
    met = [s for s in doel if s in real and real[s] >= doel[s]]
    assert met, "no sector met its 2023 target in the stored figures"
    for s in met:
        assert number(real[s] - doel[s], lang) in answer.text, answer.text


@pytest.mark.parametrize("text", [
    "Voor welk bedrag besteedt de politie jaarlijks opdrachten met SROI-eisen aan?",
    "What amount does defence spend each year on purchases with social return clauses?",
])
def test_an_amount_of_money_is_never_a_count_of_jobs(assistant, text):
    q = understand(text)
    assert q.asks_money
    answer = assistant.ask(text)
    assert not answer.figures, answer.text


@pytest.mark.parametrize("text, year", [
    ("Hoeveel banen had Binnenwerk aan het begin van 2024?", 2023),
    ("How many jobs did Binnenwerk have at the start of 2023?", 2022),
])
def test_the_start_of_a_year_is_the_count_at_the_end_of_the_year_before(text, year):
    assert understand(text).years == [year]


def test_a_quarter_asked_is_a_period_not_the_date_of_a_letter(assistant):
    # the letters estimate the market's procurement jobs for one quarter only; another
    # quarter of the letter's own year is not answered by it
    stored = {f.period for f in assistant.store.figures(None, "sroi") if "-Q" in f.period}
    asked = next(f"{y}-Q{n}" for y in (2023, 2024) for n in (1, 2, 3, 4)
                 if f"{y}-Q{n}" not in stored)
    year, quarter = asked.split("-Q")
    answer = assistant.ask(f"Welke schatting geeft het onderzoek naar overheidsinkoop van het "
                           f"aantal marktbanen in kwartaal {quarter} van {year}?")
    assert answer.status == "not_found", answer.text


@pytest.mark.parametrize("text", [
    "Volgens de brief van juli 2025: met hoeveel banen daalden de Wsw-detacheringen sinds 2012?",
    "In the memo of October 2025, what does the Rijk report for 2024?",
])
def test_a_month_that_dates_a_letter_is_no_unknown_name(assistant, text):
    assert not any(m in assistant.evidence.names_unknown(text) for m in ("July", "October"))
    assert assistant.ask(text).status == "answered"


@pytest.mark.parametrize("text", [
    "How large was the fall in hired-in jobs in 2024?",
    "Hoe groot was de daling van het aantal Wsw-detacheringen in 2024?",
])
def test_the_size_of_a_change_is_not_the_size_of_the_target_group(text):
    assert "omvang" not in understand(text).metrics


def test_the_size_of_the_register_is():
    assert understand("Hoe groot was het doelgroepregister eind 2023?").metrics == ["omvang"]


@pytest.mark.parametrize("text", [
    "Als de quotumregeling wordt geactiveerd, hoe hoog wordt dan de heffing per niet-ingevulde "
    "arbeidsplaats?",
    "If the quota scheme is switched on, how much is the levy per unfilled job?",
])
def test_a_condition_before_the_ask_is_its_context_not_an_ask(assistant, text):
    from assistant.understand import split_asks
    assert len(split_asks(text)) == 1
    # the letters name no amount for the levy: no quote about something else instead
    answer = assistant.ask(text)
    assert answer.status == "not_found", answer.text


@pytest.mark.parametrize("text, members", [
    ("Welke provincie scoorde in 2023 het best op de banenafspraak?", True),
    ("What did the best-performing university of applied sciences reach in 2023?", True),
    ("Which municipality had the lowest realisation rate in 2023?", True),
    ("Which provinces and municipalities scored highest in 2023?", False),
    ("Welke sector had in 2023 het laagste realisatiepercentage?", False),
])
def test_a_ranking_of_one_sectors_members_is_not_a_ranking_of_sectors(assistant, text, members):
    from assistant.understand import understand
    q = understand(text)
    assert q.ranks_members == members, q
    if members:
        # the sector's own figures are not what was asked
        answer = assistant.ask(text)
        assert not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "Welke vier sectoren bleven in 2023 het verst achter bij hun doelstelling?",
    "Which sectors lagged furthest behind their targets in 2023?",
])
def test_furthest_behind_the_target_ranks_the_share_of_the_target_lowest_first(assistant,
                                                                               corpus_store,
                                                                               text):
    from assistant.understand import understand
    import re
    from decimal import Decimal
    q = understand(text)
    assert q.operation == "rank" and set(q.metrics) <= {"realisatiepercentage"}, q
    answer = assistant.ask(text)
    assert {sf.figure.metric for sf in answer.figures} == {"realisatiepercentage"}, answer.text
    # the listing in the text, in its order: lowest share of the target first
    shown = [Decimal(v.replace(",", ".")) for v in re.findall(r"\b\d+\. [^;]*?(\d+(?:[,.]\d+)?)%",
                                                             answer.text)]
    assert len(shown) >= 4 and shown == sorted(shown), answer.text


@pytest.mark.parametrize("text", [
    "How many people on the target group register had a job at the end of 2023?",
    "Hoeveel mensen uit het doelgroepregister hadden eind 2023 een baan?",
])
def test_people_with_a_job_are_the_number_in_work_only(assistant, text):
    answer = assistant.ask(text)
    assert {sf.figure.metric for sf in answer.figures} == {"werkzaam"}, answer.text
