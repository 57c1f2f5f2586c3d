"""Which sentences of the chosen paragraph are quoted (assistant/sentence_choice.py), on a
paragraph written for the test (fictitious, in the letters' style) and real parses."""
from __future__ import annotations

from assistant import sentence_choice as S
from assistant.understand import understand

PARAGRAPH = ("Uit het onderzoek blijkt dat 61,2 procent van de ondervraagde gemeenten iemand "
             "uit de doelgroep in dienst heeft. Voor alle ondervraagde werkgevers is dat "
             "21,4 procent. In het eerste kwartaal van 2019 waren er ruim 300 plaatsingen.")


def test_a_gap_of_two_shares_quotes_the_sentence_with_the_second():
    q = understand("Hoeveel procentpunt hoger ligt het aandeel bij de gemeenten dan bij alle "
                   "werkgevers?")
    first = PARAGRAPH.split(". ")[0] + "."
    chosen = S.with_second_share(q, PARAGRAPH, [first])
    assert len(chosen) == 2 and "21,4" in chosen[1]
    gap = S.points_between(q, " ".join(chosen), 1)
    assert gap and "39,8" in gap[0]


def test_a_share_alone_is_left_as_chosen():
    q = understand("Welk aandeel van de gemeenten heeft iemand uit de doelgroep in dienst?")
    first = PARAGRAPH.split(". ")[0] + "."
    assert S.with_second_share(q, PARAGRAPH, [first]) == [first]


def test_the_quarter_asked_leads():
    q = understand("Hoeveel plaatsingen waren er in het eerste kwartaal van 2019?")
    chosen = S.of_quarter(q, PARAGRAPH, [PARAGRAPH.split(". ")[1] + "."])
    assert any("eerste kwartaal van 2019" in s for s in chosen)
