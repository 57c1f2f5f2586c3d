"""An amount asked of a subject is answered from a paragraph that names it (or stands in its
section), never from one about others: the 2017 letter speaks of 'de ministeries' together,
so a single ministry's count is not there."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "Hoeveel fta aan banenafspraakbanen realiseerde het ministerie van Financiën eind 2016?",
    "Hoeveel banen realiseerde het ministerie van Justitie en Veiligheid in 2016?",
    "How many fta did the Ministry of Health realise at the end of 2016?",
])
def test_a_ministry_s_count_is_not_found_in_a_paragraph_about_all_ministries(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "not_found", answer.text


def test_a_count_in_a_paragraph_naming_its_subject_is_still_given(assistant):
    answer = assistant.ask("Hoeveel banen kwamen er bij Binnenwerk bij in 2024?")
    assert answer.status == "answered" and "215" in answer.text
