"""Letters written for the tests (FICTIEF), with other numbers, sectors and years; the
national one goes through a real PDF."""
from __future__ import annotations

from tests.figures.conftest import LETTERS, values


def test_fixtures_are_marked_fictitious():
    for path in LETTERS.glob("*.txt"):
        assert path.read_text(encoding="utf-8").startswith("FICTIEF — testbrief")


def test_sector_blocks_and_prose_of_a_letter_not_seen_before(fig_store):
    got = values(fig_store, "fictief-voortgang-sectoren-2031")
    expected = {("provincies", "doel", "2031", None): "612.7",
                ("provincies", "realisatie", "2031", None): "540.2",
                ("provincies", "realisatiepercentage", "2031", None): "88.2",
                ("hbo", "doel", "2031", None): "1912",          # footnote inside the block
                ("hbo", "realisatie", "2031", None): "703",
                ("hbo", "realisatiepercentage", "2031", None): "36.8",
                ("politie", "realisatiepercentage", "2031", None): "71.2",
                ("umc", "realisatiepercentage", "2031", None): "38",
                ("provincies", "realisatie", "2030", None): "498.6",
                ("provincies", "doel", "2030", None): "590.1",
                ("provincies", "realisatiepercentage", "2030", None): "84.5",
                ("hbo", "realisatiepercentage", "2030", "inclusief SROI"): "39.9",
                ("hbo", "realisatiepercentage", "2031", "inclusief SROI"): "41.4",
                ("hbo", "sroi", "2031", None): "88",
                ("politie", "realisatiepercentage", "2030", None): "63",
                ("totaal", "extra_banen", "2031", "ruim"): "97000",
                ("fta", "definitie", "2031", None): "25.5"}
    for key, value in expected.items():
        assert got.get(key) == value, key


def test_line_wrapped_table_from_a_pdf(fig_store):
    doc = [d for d in fig_store.documents() if d.doc_id == "fictief-resultaten-2030"][0]
    assert doc.source_path.endswith(".pdf")
    got = values(fig_store, "fictief-resultaten-2030", period="2030")
    rows = {"formele_dienstverbanden": ("84310", "14020", "98330"),   # "98.3302": footnote 2
            "inleenverbanden": ("-1716", "-410", "-2126"),
            "extra_banen": ("82594", "13610", "96204"),
            "doel": ("95000", "25000", "120000")}
    for metric, cells in rows.items():
        for subject, value in zip(("markt", "overheid", "totaal"), cells):
            assert got[(subject, metric, "2030", None)] == value, (metric, subject)
    assert values(fig_store, "fictief-resultaten-2030")[
        ("binnenwerk", "realisatie", "2029", None)] == "1240"


def test_counts_shares_ranges_and_parts_in_a_letter_not_seen_before(fig_store):
    got = values(fig_store, "fictief-resultaten-2032")
    expected = {("totaal", "doel", "2035", None): "140000",
                ("markt", "doel", "2035", None): "110000",
                ("overheid", "doel", "2035", None): "30000",
                ("totaal", "groei", "2032", None): "6412",
                ("totaal", "nulmeting", "2015", None): "80250",    # its own nulmeting year
                ("totaal", "totaal_banen", "2032", None): "171903",
                ("totaal", "achterstand", "2032", "ruim"): "18000",
                ("totaal", "aantal_inleenverbanden", "2015", None): "40118",
                ("totaal", "aantal_inleenverbanden", "2032", None): "35904",
                ("markt", "verdeelsleutel", "2015", None): "71.5",
                ("overheid", "verdeelsleutel", "2015", None): "28.5",
                ("markt", "verdeelsleutel", "2032", None): "69.8",
                ("overheid", "verdeelsleutel", "2032", None): "30.2",
                ("overheid", "verdeelsleutel", "2031", None): "29",
                ("totaal", "wsw_detacheringen", "2032", None): "-13450",
                ("totaal", "groei_wsw_detacheringen", "2032", None): "-1975",
                ("markt", "sroi", "2032-Q3", "ondergrens"): "12500",
                ("markt", "sroi", "2032-Q3", "bovengrens"): "14000",
                ("politie", "realisatie", "2032", None): "512",
                ("politie", "inleenverbanden", "2032", None): "64"}
    for key, value in expected.items():
        assert got.get(key) == value, key
    assert "2345" not in got.values()       # "Een deel daarvan, 2.345 banen": no metric, left out
    assert len(got) == len(expected)
