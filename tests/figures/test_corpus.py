"""The corpus letters: every sector block, both national tables, prose years, quotes."""
from __future__ import annotations

import re

from ingest.figures.numbers import parse_numbers
from tests.figures.conftest import values

KST = "kst-34352-328"
BLOCKS_2023 = {   # sector: (doel fta, realisatie fta, realisatiepercentage %, qualifier)
    "rijk": ("5637", "4517", "80", None), "defensie": ("822", "508.5", "61.9", None),
    "gemeenten": ("5250", "6320", "120.4", None), "provincies": ("458.3", "395.5", "86.3", None),
    "waterschappen": ("552", "329", "56.6", None), "politie": ("713", "387", "54.3", None),
    "umc": ("2483", "506", "20", None), "po": ("5845", "1290", "22", None),
    "vo": ("3809", "840", "22", None), "mbo": ("1900", "700", "37", "circa"),
    "hbo": ("1685", "498", "30", None), "wo": ("2514", "1040", "41", None),
    "onderzoeksinstellingen": ("113", "49", "44", None),
}


def test_every_sector_block_of_the_2023_letter(fig_store):
    got = values(fig_store, KST, period="2023")
    for sector, (doel, real, pct, q) in BLOCKS_2023.items():
        assert got[(sector, "doel", "2023", q)] == doel, sector
        assert got[(sector, "realisatie", "2023", q)] == real, sector
        assert got[(sector, "realisatiepercentage", "2023", q)] == pct, sector
    block_quotes = [f for f in fig_store.figures(period="2023")
                    if KST in f.doc_id and re.match(r"(Doel|Realisatie)", f.quote)]
    assert len(block_quotes) == 13 * 3
    assert all(f.unit == ("%" if f.metric == "realisatiepercentage" else "fta")
               for f in block_quotes)


TABLES = {
    ("resultaten-banenafspraak-2022", "2022"): {
        "formele_dienstverbanden": ("70388", "8874", "79262"),
        "inleenverbanden": ("724", "1130", "1855"),
        "extra_banen": ("71113", "10004", "81117"),
        "doel": ("70000", "22500", "92500")},
    ("eerste-kamer-resultaten-banenafspraken-2024", "2024"): {
        "formele_dienstverbanden": ("80996", "12631", "93627"),
        "inleenverbanden": ("-3853", "-158", "-4011"),
        "extra_banen": ("77143", "12474", "89616"),
        "doel": ("90000", "25000", "115000")},
}


def test_both_national_tables_completely(fig_store):
    for (doc, year), rows in TABLES.items():
        got = values(fig_store, doc, period=year)
        for metric, cells in rows.items():
            for subject, value in zip(("markt", "overheid", "totaal"), cells):
                assert got[(subject, metric, year, None)] == value, (doc, metric, subject)


def test_prose_figures_carry_the_year_they_are_about(fig_store):
    kst = values(fig_store, KST)
    assert kst[("rijk", "realisatiepercentage", "2022", None)] == "74"
    assert kst[("provincies", "realisatie", "2022", None)] == "370.4"
    assert kst[("provincies", "doel", "2022", None)] == "416.4"
    assert kst[("gemeenten", "realisatie", "2022", None)] == "6490"
    assert kst[("wo", "realisatiepercentage", "2022", None)] == "41.5"
    assert kst[("wo", "realisatiepercentage", "2022", "inclusief SROI")] == "44.9"
    assert kst[("wo", "realisatiepercentage", "2023", "inclusief SROI")] == "46"
    assert kst[("defensie", "sroi", "2023", None)] == "235.8"
    assert kst[("mbo", "realisatiepercentage", "2021", None)] == "35"
    assert kst[("totaal", "extra_banen", "2023", "ruim")] == "85000"
    assert kst[("totaal", "doel", "2023", None)] == "105000"
    assert kst[("doelgroep", "omvang", "2023", None)] == "265445"
    assert kst[("doelgroep", "werkzaam", "2023", None)] == "138885"
    assert kst[("fta", "definitie", "2023", None)] == "25.5"
    nota = values(fig_store, "nota-kamerbrief")
    assert nota[("rijk", "realisatiepercentage", "2023", None)] == "80"
    assert nota[("rijk", "realisatiepercentage", "2024", None)] == "85"
    assert nota[("politie", "realisatiepercentage", "2023", None)] == "54"
    assert nota[("politie", "realisatiepercentage", "2024", None)] == "68"
    assert nota[("rijk", "realisatie", "2024", None)] == "5078"
    r2022 = values(fig_store, "resultaten-banenafspraak-2022")
    assert r2022[("binnenwerk", "realisatie", "2021", None)] == "580"
    assert r2022[("binnenwerk", "realisatie", "2022", None)] == "687"
    ek = values(fig_store, "eerste-kamer")
    assert ek[("binnenwerk", "realisatie", "2024", None)] == "1085"
    nr69 = values(fig_store, "nr-69")
    assert nr69[("rijk", "inleenverbanden", "2016", "ruim")] == "230"
    assert nr69[("rijk", "inleenverbanden", "2017-Q1", "ruim")] == "260"


def test_every_stored_figure_is_stated_by_its_quote(fig_store):
    figures = fig_store.figures()
    assert len(figures) > 150
    for f in figures:
        passage = fig_store.passage(f.passage_id)
        assert f.quote and f.quote in passage.text, f
        stated = {n.value for n in parse_numbers(f.quote, signed=True)}
        stated |= {abs(v) for v in stated}
        assert f.value in stated or -f.value in stated, f


def test_counts_beside_the_extra_jobs_and_statements_leaning_on_a_figure(fig_store):
    r2022 = values(fig_store, "resultaten-banenafspraak-2022")
    assert r2022[("totaal", "totaal_banen", "2022", None)] == "156296"
    assert r2022[("totaal", "nulmeting", "2012", None)] == "75179"     # the letter's nulmeting year
    assert r2022[("totaal", "aantal_inleenverbanden", "2012", None)] == "36206"
    assert r2022[("totaal", "aantal_inleenverbanden", "2022", None)] == "38061"
    assert r2022[("markt", "verdeelsleutel", "2012", None)] == "76.0"
    assert r2022[("overheid", "verdeelsleutel", "2012", None)] == "24.0"
    assert r2022[("markt", "verdeelsleutel", "2022", None)] == "74.2"
    assert r2022[("overheid", "verdeelsleutel", "2022", None)] == "25.8"
    assert r2022[("overheid", "verdeelsleutel", "2021", None)] == "32"    # "van vorig jaar"
    assert r2022[("totaal", "groei", "2022", None)] == "8308"
    assert r2022[("markt", "doel", "2026", None)] == "100000"          # split of the 125.000
    assert r2022[("overheid", "doel", "2026", None)] == "25000"
    assert r2022[("markt", "sroi", "2022-Q1", "ondergrens")] == "15000"
    assert r2022[("markt", "sroi", "2022-Q1", "bovengrens")] == "17000"
    assert r2022[("markt", "groei_inleenverbanden", "2022", None)] == "-314"
    ek = values(fig_store, "eerste-kamer")
    assert ek[("totaal", "totaal_banen", "2024", None)] == "164795"
    assert ek[("totaal", "achterstand", "2024", "ruim")] == "25000"
    assert ek[("totaal", "wsw_detacheringen", "2024", None)] == "-11100"
    assert ek[("totaal", "groei_wsw_detacheringen", "2024", None)] == "-2340"
    assert ek[("totaal", "groei", "2024", "bijna")] == "4000"
    kst = values(fig_store, KST)
    assert kst[("politie", "inleenverbanden", "2023", None)] == "100"   # "waarvan 100 via inhuur"
    # "Deze vermindering met 39 fta had te maken met ... het budget in 2022": 2022 is the cause
    assert kst[("politie", "groei", "2023", None)] == "-39"
    assert ("politie", "groei", "2022", None) not in kst


def test_what_cannot_be_attributed_is_left_out(fig_store):
    # "Op 1 februari 2023 (cijfers december 2022 zijn niet beschikbaar) was er een totaal
    # aantal van 426 dienstverbanden": a date and a year in brackets, no unit the stage knows
    assert not [f for f in fig_store.figures("politie") if f.value == 426]
    # the nota's "100.000 banen in de marktsector ... vóór 1 januari 2026": no year to attribute
    nota = values(fig_store, "nota-kamerbrief")
    assert not [k for k, v in nota.items() if v in ("100000", "125000")]
