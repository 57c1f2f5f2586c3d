"""The words of an answer, Dutch and English: names of sectors and metrics, units, rough
qualifiers, fixed phrases, and how numbers are written in each language (Dutch 5.078 and
54,3%; English 5,078 and 54.3%). compose.py builds the sentences from these.
"""
from __future__ import annotations

from decimal import Decimal

from core.numbers import format_number
from core.records import SourcedFigure

SUBJECT_NAMES = {
    "nl": {"rijk": "het Rijk", "defensie": "Defensie", "gemeenten": "de gemeenten",
           "provincies": "de provincies", "waterschappen": "de waterschappen",
           "politie": "de politie", "umc": "de umc's", "po": "het primair onderwijs",
           "vo": "het voortgezet onderwijs", "mbo": "het mbo", "hbo": "het hbo",
           "wo": "het wo", "onderzoeksinstellingen": "de onderzoeksinstellingen",
           "markt": "de marktsector", "overheid": "de overheid",
           "onderwijs": "het onderwijs", "totaal": "de banenafspraak als geheel",
           "binnenwerk": "Binnenwerk", "doelgroep": "de doelgroep", "fta": "een fta"},
    "en": {"rijk": "central government (Rijk)", "defensie": "Defence",
           "gemeenten": "the municipalities", "provincies": "the provinces",
           "waterschappen": "the water boards", "politie": "the police",
           "umc": "the university medical centres", "po": "primary education",
           "vo": "secondary education", "mbo": "mbo (vocational education)",
           "hbo": "hbo (universities of applied sciences)", "wo": "the research universities",
           "onderzoeksinstellingen": "the research institutes", "markt": "the market sector",
           "overheid": "government employers", "onderwijs": "education",
           "totaal": "the banenafspraak as a whole", "binnenwerk": "Binnenwerk",
           "doelgroep": "the target group", "fta": "one fta"},
}
METRIC_NAMES = {
    "nl": {"doel": "het doel", "realisatie": "de realisatie",
           "realisatiepercentage": "het realisatiepercentage", "extra_banen": "het aantal extra banen",
           "sroi": "het aantal banen via inkoop (SROI)",
           "formele_dienstverbanden": "het aantal extra banen via formele dienstverbanden",
           "inleenverbanden": "het aantal extra banen via inleenverbanden",
           "groei": "de groei", "groei_formele_dienstverbanden": "de groei via formele dienstverbanden",
           "groei_inleenverbanden": "de groei via inleenverbanden", "omvang": "de omvang",
           "werkzaam": "het aantal werkenden", "werkzaam_percentage": "het aandeel werkenden",
           "definitie": "de omvang in uren",
           "totaal_banen": "het totaal aantal banen (inclusief de nulmeting)",
           "nulmeting": "het aantal banen bij de nulmeting",
           "aantal_inleenverbanden": "het aantal banen via inleenverbanden",
           "verdeelsleutel": "het aandeel in de inleenverbanden (verdeelsleutel)",
           "achterstand": "de achterstand op de doelstelling",
           "wsw_detacheringen": "het aantal banen via Wsw-detacheringen t.o.v. de nulmeting",
           "groei_wsw_detacheringen": "de groei via Wsw-detacheringen"},
    "en": {"doel": "the target", "realisatie": "the realisation",
           "realisatiepercentage": "the realisation percentage",
           "extra_banen": "the number of extra jobs",
           "sroi": "the number of jobs via procurement (SROI)",
           "formele_dienstverbanden": "the number of extra jobs via formal employment",
           "inleenverbanden": "the number of extra jobs via hiring arrangements",
           "groei": "the growth", "groei_formele_dienstverbanden": "the growth via formal employment",
           "groei_inleenverbanden": "the growth via hiring arrangements", "omvang": "the size",
           "werkzaam": "the number in work", "werkzaam_percentage": "the share in work",
           "definitie": "the size in hours",
           "totaal_banen": "the total number of jobs (including the baseline)",
           "nulmeting": "the number of jobs at the baseline",
           "aantal_inleenverbanden": "the number of jobs via hiring arrangements",
           "verdeelsleutel": "the share of the hiring arrangements (distribution key)",
           "achterstand": "the shortfall against the target",
           "wsw_detacheringen": "the change in jobs via Wsw secondments since the baseline",
           "groei_wsw_detacheringen": "the growth via Wsw secondments"},
}
UNITS = {"nl": {"banen": "banen", "personen": "personen", "uur": "uur", "euro": "euro",
                "fta": "fta"},
         "en": {"banen": "jobs", "personen": "people", "uur": "hours", "euro": "euro",
                "fta": "fta"}}
QUALIFIERS = {"nl": {"circa": "circa", "ruim": "ruim", "bijna": "bijna",
                     "ondergrens": "ten minste", "bovengrens": "ten hoogste"},
              "en": {"circa": "about", "ruim": "more than", "bijna": "almost",
                     "ondergrens": "at least", "bovengrens": "at most"}}
WORDS = {
    "nl": {"sources": "Bronnen", "latest": "geen jaar genoemd: het laatste jaar in de brieven",
           "notes": "Let op", "disagree": "de bronnen noemen verschillende waarden",
           "yes": "Ja", "no": "Nee", "incl": "inclusief SROI"},
    "en": {"sources": "Sources", "latest": "no year given: the latest year in the letters",
           "notes": "Note", "disagree": "the sources state different values",
           "yes": "Yes", "no": "No", "incl": "including SROI"},
}


def number(value: Decimal, lang: str) -> str:
    """5078 -> '5.078' (nl) / '5,078' (en); 54.3 -> '54,3' / '54.3'."""
    return format_number(value, lang)


def amount(value: Decimal, unit: str | None, lang: str, qualifier: str | None = None) -> str:
    """'387 fta', '54,3%', 'ruim 85.000 banen', 'about 700 fta'."""
    text = number(value, lang) + ("%" if unit == "%" else f" {UNITS[lang].get(unit, unit)}"
                                  if unit else "")
    rough = [QUALIFIERS[lang][w] for w in (qualifier or "").split(", ") if w in QUALIFIERS[lang]]
    return f"{rough[0]} {text}" if rough else text


def points(value: Decimal, lang: str) -> str:
    """A difference of two percentages, in percentage points."""
    return number(value, lang) + (" procentpunt" if lang == "nl" else " percentage points")


def subject_name(subject: str | None, lang: str, start: bool = False) -> str:
    name = SUBJECT_NAMES[lang].get(subject or "", subject or "")
    return name[0].upper() + name[1:] if start and name else name


# A sector's own count via inleenverbanden is part of its realisation ("waarvan 100 via inhuur"),
# not the national table's extra jobs against the nulmeting.
NATIONAL = {"markt", "overheid", "totaal"}
SECTOR_METRIC_NAMES = {"nl": {"inleenverbanden": "het aantal banen via inleenverbanden (inhuur)"},
                       "en": {"inleenverbanden": "the number of jobs via hiring arrangements"}}


def metric_name(metric: str | None, lang: str, subject: str | None = None) -> str:
    if subject and subject not in NATIONAL and metric in SECTOR_METRIC_NAMES[lang]:
        return SECTOR_METRIC_NAMES[lang][metric]
    return METRIC_NAMES[lang].get(metric or "", (metric or "").replace("_", " "))


def figure_amount(sf: SourcedFigure, lang: str) -> str:
    f = sf.figure
    return amount(f.value, f.unit, lang, f.qualifier)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# Sectors named in the plural take a plural verb ("de gemeenten realiseerden", "the provinces
# were ... short of their target"); the rest are singular ("het Rijk realiseerde").
PLURAL = {"nl": {"gemeenten", "provincies", "waterschappen", "umc", "onderzoeksinstellingen"},
          "en": {"gemeenten", "provincies", "waterschappen", "umc", "wo",
                 "onderzoeksinstellingen", "overheid"}}


def plural(subject: str | None, lang: str) -> bool:
    return subject in PLURAL[lang]
