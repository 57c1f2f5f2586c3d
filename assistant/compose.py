"""Answer text in the question's language: the direct sentence first, then the cited sources.

Numbers are written the way the reader's language writes them (Dutch 5.078 and 54,3%; English
5,078 and 54.3%). Every number in a composed text comes from a figure, from a result computed
from cited figures, or from a quoted passage: nothing here invents one.
"""
from __future__ import annotations

import re
from decimal import Decimal

from core.records import Citation, SourcedFigure
from core.numbers import format_number

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
           "sroi": "the jobs via procurement (SROI)",
           "formele_dienstverbanden": "the extra jobs via formal employment",
           "inleenverbanden": "the extra jobs via hiring arrangements",
           "groei": "the growth", "groei_formele_dienstverbanden": "the growth via formal employment",
           "groei_inleenverbanden": "the growth via hiring arrangements", "omvang": "the size",
           "werkzaam": "the number in work", "werkzaam_percentage": "the share in work",
           "definitie": "the size in hours",
           "totaal_banen": "the total number of jobs (including the baseline)",
           "nulmeting": "the number of jobs at the baseline",
           "aantal_inleenverbanden": "the number of jobs via hiring arrangements",
           "verdeelsleutel": "the share of the hiring arrangements (distribution key)",
           "achterstand": "the shortfall against the target",
           "wsw_detacheringen": "the jobs via Wsw secondments against the baseline",
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


def metric_name(metric: str | None, lang: str) -> str:
    return METRIC_NAMES[lang].get(metric or "", (metric or "").replace("_", " "))


def figure_amount(sf: SourcedFigure, lang: str) -> str:
    f = sf.figure
    return amount(f.value, f.unit, lang, f.qualifier)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Sources:
    """The numbered citations of one answer, in the order they are first used."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self.quotes: list[str] = []

    def ref(self, citation: Citation, quote: str | None = None) -> int:
        for i, c in enumerate(self.citations):
            if c.passage_id == citation.passage_id:
                if quote and quote not in self.quotes[i]:
                    self.quotes[i] = f"{self.quotes[i]} … {quote}" if self.quotes[i] else quote
                return i + 1
        self.citations.append(citation)
        self.quotes.append(quote or "")
        return len(self.citations)

    def of(self, sf: SourcedFigure) -> str:
        return f"[{self.ref(sf.source, sf.figure.quote)}]"

    def block(self, lang: str) -> str:
        lines = [f"{WORDS[lang]['sources']}:"]
        for i, (c, quote) in enumerate(zip(self.citations, self.quotes), 1):
            shown = quote or excerpt(c.text)
            lines.append(f"[{i}] {c.label()}: “{shown}”")
        return "\n".join(lines)


def excerpt(text: str, limit: int = 600) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    end = max(cut.rfind(". "), cut.rfind("; "))
    return (cut[:end + 1] if end > limit // 2 else cut.rsplit(" ", 1)[0]) + " …"


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(" ".join(text.split())) if s]


def assemble(lead: list[str], sources: Sources, notes: list[str], lang: str) -> str:
    """The direct answer, a line per source with its quote, and the notes."""
    parts = [" ".join(lead), sources.block(lang)] if sources.citations else [" ".join(lead)]
    if notes:
        parts.append("\n".join(f"{WORDS[lang]['notes']}: {n}" for n in notes))
    return "\n\n".join(parts)


# -- the direct sentences, one per kind of answer ------------------------------------------
def period_text(period: str, lang: str) -> str:
    if "-Q" in period:
        year, q = period.split("-Q")
        return f"kwartaal {q} van {year}" if lang == "nl" else f"Q{q} {year}"
    return period


def _incl(sf: SourcedFigure, lang: str) -> str:
    return f" ({WORDS[lang]['incl']})" if "inclusief SROI" in (sf.figure.qualifier or "") else ""


# One wording per language; the clauses depend on which of percentage and target are stated.
_REALISATION = {
    "nl": {"lead": "In {when} realiseerde {who} {real}",
           "both": ", {pct} van het doel van {doel} {doel_src}",
           "pct": ", {pct} van het doel",
           "doel": ", tegenover een doel van {doel} {doel_src}"},
    "en": {"lead": "In {when} {who} realised {real}",
           "both": ", {pct} of its {doel} target {doel_src}",
           "pct": ", {pct} of its target",
           "doel": ", against a target of {doel} {doel_src}"},
}


def realisation_sentence(real: SourcedFigure, pct: SourcedFigure | None,
                         doel: SourcedFigure | None, src: Sources, lang: str) -> str:
    """'In 2023 the police realised 387 fta, 54.3% of its 713 fta target.'"""
    words = _REALISATION[lang]
    values = {"when": period_text(real.figure.period, lang),
              "who": subject_name(real.figure.subject, lang),
              "real": f"{figure_amount(real, lang)} {src.of(real)}",
              "pct": f"{figure_amount(pct, lang)} {src.of(pct)}" if pct else "",
              "doel": figure_amount(doel, lang) if doel else "",
              "doel_src": src.of(doel) if doel else ""}
    clause = "both" if pct and doel else "pct" if pct else "doel" if doel else None
    text = words["lead"] + (words[clause] if clause else "")
    return text.format(**values) + "."


def figure_sentence(sf: SourcedFigure, src: Sources, lang: str) -> str:
    """'In 2023 the realisation percentage of the water boards was 56.6% [1].'"""
    f = sf.figure
    when, what = period_text(f.period, lang), metric_name(f.metric, lang)
    who = subject_name(f.subject, lang)
    value = f"{figure_amount(sf, lang)}{_incl(sf, lang)} {src.of(sf)}"
    if lang == "nl":
        return f"In {when} was {what} van {who} {value}."
    return f"In {when} {what} of {who} was {value}."


def difference_sentence(a: SourcedFigure, b: SourcedFigure, diff: Decimal, kind: str,
                        src: Sources, lang: str) -> str:
    """kind: 'change' (b later than a), 'compare' (b minus a between subjects),
    'shortfall' (a is the target, b the realisation; diff = target - realisation)."""
    fa, fb = a.figure, b.figure
    size = points(abs(diff), lang) if fa.unit == "%" else amount(abs(diff), fa.unit, lang)
    va, vb = f"{figure_amount(a, lang)} {src.of(a)}", f"{figure_amount(b, lang)} {src.of(b)}"
    what = metric_name(fb.metric, lang)
    if kind == "shortfall":
        who, when = subject_name(fb.subject, lang), period_text(fb.period, lang)
        if lang == "nl":
            gap = "tekort" if diff > 0 else "boven"
            return (f"In {when} kwam {who} {size} {gap} op het doel: {vb} tegenover een doel "
                    f"van {va}.")
        gap = "short of" if diff > 0 else "above"
        return f"In {when} {who} was {size} {gap} its target: {vb} against a target of {va}."
    if kind == "change":
        who = subject_name(fa.subject, lang)
        pa, pb = period_text(fa.period, lang), period_text(fb.period, lang)
        if lang == "nl":
            verb = "steeg" if diff > 0 else "daalde" if diff < 0 else "bleef gelijk"
            by = f" met {size}" if diff else ""
            return f"Van {pa} tot {pb} {verb} {what} van {who}{by}: van {va} naar {vb}."
        verb = "rose" if diff > 0 else "fell" if diff < 0 else "stayed the same"
        by = f" by {size}" if diff else ""
        return f"From {pa} to {pb} {what} of {who} {verb}{by}: from {va} to {vb}."
    wa, wb = subject_name(fa.subject, lang), subject_name(fb.subject, lang)
    when = period_text(fa.period, lang)
    if lang == "nl":
        rel = "hoger" if diff > 0 else "lager"
        return f"In {when} was {what} van {wa} {size} {rel} dan van {wb}: {va} tegenover {vb}."
    rel = "higher" if diff > 0 else "lower"
    return f"In {when} {what} of {wa} was {size} {rel} than that of {wb}: {va} against {vb}."


def series_sentence(series: list[SourcedFigure], src: Sources, lang: str) -> str:
    """Every value of a trend with its source, and which way it went."""
    first = series[0].figure
    values = ", ".join(f"{period_text(sf.figure.period, lang)}: {figure_amount(sf, lang)} "
                       f"{src.of(sf)}" for sf in series)
    what = capital(f"{metric_name(first.metric, lang)} "
                   f"{'van' if lang == 'nl' else 'of'} {subject_name(first.subject, lang)}")
    steps = [b.figure.value - a.figure.value for a, b in zip(series, series[1:])]
    if not steps:
        way = ""
    elif all(s > 0 for s in steps):
        way = " — stijgend" if lang == "nl" else " — rising"
    elif all(s < 0 for s in steps):
        way = " — dalend" if lang == "nl" else " — falling"
    else:
        way = " — wisselend" if lang == "nl" else " — mixed"
    return f"{what}: {values}{way}."


def enumeration(items: list[str], lang: str) -> str:
    """"a, b en c" / "a, b and c"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'en' if lang == 'nl' else 'and'} {items[-1]}"


def ranking_sentence(ranked: list[SourcedFigure], top: int | None, lowest: bool,
                     src: Sources, lang: str) -> str:
    """The sector(s) asked for first, then every value of the ranking with its source."""
    first = ranked[0].figure
    what, when = metric_name(first.metric, lang), period_text(first.period, lang)
    n = top or 1
    picked = ranked[-n:][::-1] if lowest else ranked[:n]
    names = enumeration([subject_name(sf.figure.subject, lang) for sf in picked], lang)
    order = ranked[::-1] if lowest else ranked
    listing = "; ".join(f"{i}. {subject_name(sf.figure.subject, lang)} "
                        f"{figure_amount(sf, lang)} {src.of(sf)}"
                        for i, sf in enumerate(order, 1))
    if lang == "nl":
        # "was ... het laagst bij": no verb to agree with "de umc's" or "de politie"
        word = "laagst" if lowest else "hoogst"
        return f"In {when} was {what} het {word} bij {names}. Volgorde: {listing}."
    word = "lowest" if lowest else "highest"
    return f"In {when} {names} had the {word} {what[4:] if what.startswith('the ') else what}. " \
           f"Order: {listing}."


def target_sentence(met: bool, real: SourcedFigure, doel: SourcedFigure | None,
                    pct: SourcedFigure | None, src: Sources, lang: str) -> str:
    head = WORDS[lang]["yes" if met else "no"]
    if doel is None:
        body = figure_sentence(real, src, lang)
        return f"{head}. {body}"
    return f"{head}. " + realisation_sentence(real, pct, doel, src, lang)
