"""Language detection, English->Dutch expansion and reciprocal rank fusion: pure functions."""
import pytest

from index.language import detect_language, dutch_expansion, expand_query, letter_years
from index.retriever import prefer, rrf


def test_detects_english_and_dutch_questions():
    assert detect_language("What are the reasons the police did not meet the target?") == "en"
    assert detect_language("Why is education behind?") == "en"
    assert detect_language("Waarom lukt het onderwijs niet?") == "nl"
    assert detect_language("Hoeveel banen heeft de politie gerealiseerd in 2023?") == "nl"


def test_english_question_gets_dutch_aliases_and_glossary_words():
    extra = dutch_expansion("What measures does the police take, and why are municipalities behind?")
    assert "politie" in extra and "gemeenten" in extra          # from core.aliases
    assert "maatregelen" in extra and "achterstand" in extra    # from the glossary
    expanded = expand_query("What are the reasons for the shortfall of the water boards?")
    assert expanded.startswith("What are the reasons")
    assert "redenen" in expanded and "waterschappen" in expanded


def test_dutch_question_is_left_as_asked():
    q = "Welke maatregelen neemt de politie?"
    assert expand_query(q) == q


def test_rrf_adds_reciprocal_ranks_and_ties_keep_first_ranking_order():
    fused = rrf([["a", "b", "c"], ["c", "d", "a"]], k=60)
    order = [pid for pid, _ in fused]
    # a: 1/61 + 1/63, c: 1/63 + 1/61 (equal: a came first), b: 1/62, d: 1/62
    assert order == ["a", "c", "b", "d"]
    assert abs(dict(fused)["a"] - (1 / 61 + 1 / 63)) < 1e-12
    # A passage found by both retrievers beats one that only one retriever ranks first.
    assert [pid for pid, _ in rrf([["x", "y"], ["z", "y"]])][0] == "y"


def test_a_letter_named_by_year_is_found_but_a_figure_year_is_not():
    assert letter_years("Waarom liep de overheid volgens de brief van 2017 achter?") == {2017}
    assert letter_years("Why did they fall behind, according to the 2017 letter?") == {2017}
    assert letter_years("What does the letter of 25 september 2017 say?") == {2017}
    assert letter_years("Wat zegt de nota uit 2025 over het Rijk?") == {2025}
    assert letter_years("Hoeveel banen realiseerde de politie in 2023?") == set()
    assert letter_years("Wat staat in de brief over 2022?") == set()


def test_prefer_gives_one_first_place_vote_and_resorts():
    fused = rrf([["a", "b", "c"], ["a", "c", "b"]])
    boosted = prefer(fused, {"c"})
    assert [pid for pid, _ in boosted] == ["c", "a", "b"]
    assert dict(boosted)["c"] == dict(fused)["c"] + 1 / 61
    assert dict(boosted)["a"] == dict(fused)["a"]
    assert prefer(fused, set()) == fused


def test_words_inside_an_alias_are_not_translated_one_by_one():
    extra = dutch_expansion("What measures is central government taking?")
    assert "rijksoverheid" in extra and "maatregelen" in extra
    # "government" alone means overheid (another sector); inside "central government" it must not.
    assert "overheid" not in extra and "kabinet" not in extra
    assert "overheid" in dutch_expansion("Why does government fall behind?")


def test_the_letters_vocabulary_reaches_english_questions():
    extra = dutch_expansion("Why lift the distinction between the sectors, and who is hiring?")
    assert {"opheffen", "onderscheid", "inleenverbanden"} <= set(extra)
    # The table is turned around from the letters' words: every Dutch word is one of theirs.
    from index.glossary import _LETTER_WORDS, GLOSSARY
    assert all(nl in GLOSSARY[en.split()[0]] for nl, ens in _LETTER_WORDS.items() for en in ens)


def test_a_dutch_synonym_the_letters_do_not_use_gets_the_letters_word():
    # "uitzendkrachten" and "eigen loonlijst" are the vocabulary's other names; BM25 over the
    # letters needs their word for it
    expanded = expand_query("Waarom nemen de banen van uitzendkrachten steeds verder af?")
    assert expanded.startswith("Waarom nemen") and "inleenverbanden" in expanded
    assert "formele dienstverbanden" in expand_query("Hoeveel banen op de eigen loonlijst?")


def test_decision_advice_and_reliability_reach_the_letters_words():
    expanded = expand_query("Which decision is the minister advised to take, and how reliable "
                            "are the figures?")
    assert {"besluit", "geadviseerd", "betrouwbaar"} <= set(expanded.split())


@pytest.mark.parametrize("text, language", [
    ("defence shortfall 2024 fta?", "en"),
    ("water boards realisation 2022", "en"),
    ("Police 2023, realisation % incl. SROI?", "en"),
    ("waterschappen doel 2023 fta?", "nl"),
    ("Rijk groei 2024 SROI?", "nl"),
])
def test_shorthand_without_stop_words_is_told_by_words_of_one_language(text, language):
    # "fta", "SROI" and "Rijk" are said in both languages: they tip neither
    assert detect_language(text) == language
