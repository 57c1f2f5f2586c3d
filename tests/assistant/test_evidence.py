"""Evidence over real passage text: which names in a question the letters never mention."""
from assistant.evidence import Evidence

LETTER = ("Sinds de nulmeting is het aantal banen via Wsw-detacheringen met 11.100 gedaald. "
          "De gemeenten en de provincies lopen voor op schema.")


def test_a_part_of_a_compound_is_a_word_the_letters_use():
    evidence = Evidence([LETTER])
    assert evidence.names_unknown("How far did the Wsw secondments fall?") == []


def test_a_name_the_letters_never_mention_is_unknown():
    evidence = Evidence([LETTER])
    assert evidence.names_unknown("How many jobs did Belgium create via Eredivisie?") == [
        "Belgium", "Eredivisie"]


def test_a_sector_word_beside_a_known_sector_labels_it_and_is_not_unknown():
    assert Evidence.sectors_unknown("Hoeveel banen realiseerde de cao-sector hbo in 2023?") == []
    assert Evidence.sectors_unknown("Wat realiseerde de sector Rijk in 2023?") == []
    assert Evidence.sectors_unknown("Hoeveel banen realiseerde de zorgsector in 2023?") == [
        "zorgsector"]
