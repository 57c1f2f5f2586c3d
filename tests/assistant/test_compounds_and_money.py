"""A closed compound of the target group and what is counted ("doelgroepbanen"), and money
asked by "what" ("wat is er aan ... uitbetaald", "what does it spend"): answered by a stated
amount in euro, or not at all. Phrasings in no question file; the numbers come from the stored
figures."""
from __future__ import annotations

import pytest

from assistant.understand import understand
from tests.assistant.stored import states, values


@pytest.mark.parametrize("text, period", [
    ("Hoeveel doelgroepbanen telde Binnenwerk eind 2022?", "2022"),
    ("Hoeveel banenafspraakbanen had Binnenwerk in 2024?", "2024"),
    ("Hoeveel doelgroepwerknemers werkten er eind 2024 bij Binnenwerk?", "2024"),
])
def test_a_compound_of_the_target_group_counts_its_jobs(assistant, corpus_store, text, period):
    q = understand(text)
    assert q.subjects == ["binnenwerk"] and not any("doelgroep" in w for w in q.uncovered), q
    answer = assistant.ask(text)
    assert answer.status != "not_found", answer.text
    assert states(answer.text, values(corpus_store, "binnenwerk", "realisatie", period))


@pytest.mark.parametrize("text", [
    "Wat is er in 2023 aan loonkostenvoordelen uitbetaald aan werkgevers?",
    "What was paid out to employers in wage subsidies in 2022?",
    "Wat heeft het Rijk in 2024 uitgegeven aan jobcoaches?",
])
def test_money_the_letters_do_not_state_is_not_answered_with_a_count(assistant, text):
    q = understand(text)
    assert q.asks_money and q.how_much, q
    answer = assistant.ask(text)
    assert answer.status == "not_found" and not answer.figures, answer.text


@pytest.mark.parametrize("text", [
    "Wat besteedt de Rijksoverheid jaarlijks aan Social Return-verplichtingen?",
    "What does central government spend each year on social return obligations?",
])
def test_money_the_letters_state_is_quoted(assistant, text):
    answer = assistant.ask(text)
    assert answer.status != "not_found" and "130 miljoen euro" in answer.text, answer.text


@pytest.mark.parametrize("text, share", [
    ("Welk deel van de schoolorganisaties in het primair onderwijs had in 2023 iemand uit de "
     "doelgroep in dienst?", "46%"),
    ("Basisonderwijs: welk percentage van de schoolorganisaties ondernam in 2023 acties op de "
     "banenafspraak?", "33%"),
])
def test_a_share_of_members_is_quoted_from_the_sentence_stating_it(assistant, text, share):
    # the letters state these shares in a sentence only; the cited quote must hold it
    q = understand(text)
    assert q.share_of_other, q
    answer = assistant.ask(text)
    assert answer.status != "not_found" and share in answer.text, answer.text


@pytest.mark.parametrize("text, share", [
    ("Welk deel van de banen bij de waterschappen was in 2023 een tijdelijke aanstelling?",
     "23%"),
    ("Welk percentage van de waterschapsbanen betrof in 2023 een vaste aanstelling?", "59%"),
])
def test_a_share_of_the_jobs_by_kind_is_the_sentence_naming_that_kind(assistant, text, share):
    answer = assistant.ask(text)
    assert answer.status != "not_found" and share in answer.text, answer.text
    assert "Realisatiepercentage" not in answer.text.split("Bronnen")[0], answer.text
