"""The words of an answer, Dutch and English: names of sectors and metrics, units, rough
qualifiers, fixed phrases, and how numbers are written in each language (Dutch 5.078 and
54,3%; English 5,078 and 54.3%). compose.py builds the sentences from these.
"""
from __future__ import annotations

from decimal import Decimal

from core import vocabulary as V
from core.numbers import format_number
from core.records import SourcedFigure

# Views of core/vocabulary.py: the names an answer gives each subject and metric.
SUBJECT_NAMES = {lang: {s.id: V.subject_name(s.id, lang) for s in V.SUBJECTS.values()}
                 for lang in ("nl", "en")}
METRIC_NAMES = {lang: {m.id: V.metric_name(m.id, lang) for m in V.METRICS.values()}
                for lang in ("nl", "en")}
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
PLURAL = {lang: {s.id for s in V.SUBJECTS.values() if lang in s.plural}
          for lang in ("nl", "en")}


def plural(subject: str | None, lang: str) -> bool:
    return subject in PLURAL[lang]
