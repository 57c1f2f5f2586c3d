"""Answer text in the question's language: the direct sentence first, then the cited sources.

Numbers are written the way the reader's language writes them (Dutch 5.078 and 54,3%; English
5,078 and 54.3%). Every number in a composed text comes from a figure, from a result computed
from cited figures, or from a quoted passage: nothing here invents one.
"""
from __future__ import annotations

import re
from decimal import Decimal

from assistant.wording import (METRIC_NAMES, PLURAL, QUALIFIERS, SUBJECT_NAMES, UNITS,  # noqa: F401
                               WORDS, amount, capital, figure_amount, metric_name, number,
                               plural, points, subject_name)
from core.records import Citation, SourcedFigure
from index.sentences import _ABBREVIATION as ABBREVIATION

# compose.py builds sentences; the words themselves (names, units, phrases) are in wording.py,
# re-exported here so that callers keep one module to speak through.


class Sources:
    """The numbered citations of one answer, in the order they are first used."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self.quotes: list[str] = []

    def ref(self, citation: Citation, quote: str | None = None) -> int:
        for i, c in enumerate(self.citations):
            if c.passage_id == citation.passage_id:
                # (a quote joined from pieces, from another ask's answer: each piece once)
                for piece in (quote.split(" … ") if quote else []):
                    if piece not in self.quotes[i]:
                        self.quotes[i] = f"{self.quotes[i]} … {piece}" if self.quotes[i] \
                            else piece
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


# a point of a list ("... ongeveer 29%. - Het aantal ...") starts a sentence of its own
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(]|[-–•]\s+[A-Z])")


def sentences(text: str) -> list[str]:
    """The sentences of a passage; a stop after an abbreviation ("t.o.v. 2022 (963 fta)")
    ends none (the index's sentence splitter keeps the one list of them)."""
    out: list[str] = []
    for piece in _SENTENCE.split(" ".join(text.split())):
        if out and ABBREVIATION.search(out[-1]):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def assemble(lead: list[str], sources: Sources, notes: list[str], lang: str) -> str:
    """The direct answer, a line per source with its quote, and the notes."""
    # a sentence that starts its own block (a list of points) keeps its line breaks
    said = "".join(s if i == 0 or s.startswith("\n") else " " + s for i, s in enumerate(lead))
    parts = [said, sources.block(lang)] if sources.citations else [said]
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
    "nl": {"lead": "In {when} {verb} {who} {real}",
           "both": ", {pct} van het doel van {doel} {doel_src}",
           "pct": ", {pct} van het doel",
           "doel": ", tegenover een doel van {doel} {doel_src}"},
    "en": {"lead": "In {when} {who} realised {real}",
           "both": ", {pct} of {its} {doel} target {doel_src}",
           "pct": ", {pct} of {its} target",
           "doel": ", against a target of {doel} {doel_src}"},
}
# The verb and possessive that agree with the sector: singular, plural.
_AGREE = {"verb": ("realiseerde", "realiseerden"), "its": ("its", "their"),
          "came": ("kwam", "kwamen"), "was": ("was", "were")}


def _agree(word: str, subject: str | None, lang: str) -> str:
    return _AGREE[word][plural(subject, lang)]


def realisation_sentence(real: SourcedFigure, pct: SourcedFigure | None,
                         doel: SourcedFigure | None, src: Sources, lang: str) -> str:
    """'In 2023 the police realised 387 fta, 54.3% of its 713 fta target.'"""
    words = _REALISATION[lang]
    subject = real.figure.subject
    values = {"when": period_text(real.figure.period, lang),
              "who": subject_name(subject, lang),
              "verb": _agree("verb", subject, lang), "its": _agree("its", subject, lang),
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
    when, what = period_text(f.period, lang), metric_name(f.metric, lang, f.subject)
    who = subject_name(f.subject, lang)
    value = f"{figure_amount(sf, lang)}{_incl(sf, lang)} {src.of(sf)}"
    if f.metric == "definitie":         # a definition holds for every year
        hours = figure_amount(sf, lang)
        return (f"Eén baan voor de banenafspraak (een fta, fulltime arbeidsparticipant) telt "
                f"{hours} per week {src.of(sf)}." if lang == "nl" else
                f"One job in the banenafspraak (an fta, fulltime arbeidsparticipant) counts "
                f"{hours} a week {src.of(sf)}.")
    if f.metric == "nulmeting":
        return (f"Bij de nulmeting (eind {when}) waren er {value}." if lang == "nl" else
                f"At the baseline (end of {when}) there were {value}.")
    if f.metric.startswith("groei") and f.value < 0:
        # a growth below zero is a fall: "1.003 banen minder", as the letters say it
        fewer = amount(-f.value, f.unit, lang, f.qualifier)
        return (f"In {when} was {what} van {who} negatief: {fewer} minder {src.of(sf)}."
                if lang == "nl" else
                f"In {when} {what} of {who} was negative: {fewer} fewer {src.of(sf)}.")
    if lang == "nl":
        return f"In {when} was {what} van {who} {value}."
    return f"In {when} {what} of {who} was {value}."


def relative_change_sentence(start: SourcedFigure, diff: Decimal, lang: str) -> str:
    """A change as a percentage of the level it started from, computed."""
    pct = number((abs(diff) / abs(start.figure.value) * 100).quantize(Decimal("0.1")), lang) + "%"
    if lang == "nl":
        return f"Dat is een {'groei' if diff >= 0 else 'daling'} van {pct} (berekend)."
    return f"That is {'a rise' if diff >= 0 else 'a fall'} of {pct} (computed)."


def gap_change_sentence(first: tuple, last: tuple, lang: str) -> str:
    """How a gap to the target changed between two years, each (period, gap, unit) with the
    gap as target minus realisation: computed from the two gaps just stated."""
    (p1, g1, unit), (p2, g2, _) = first, last
    size = points(abs(g2 - g1), lang) if unit == "%" else amount(abs(g2 - g1), unit, lang)
    a, b = period_text(p1, lang), period_text(p2, lang)
    above = g1 < 0 and g2 < 0           # above the target both years: a margin, not a gap
    if (g1 > 0) != (g2 > 0) and not above:
        how = ("veranderde de afstand tot het doel met", "the distance to the target changed by")
    elif abs(g2) == abs(g1):
        return (f"Van {a} tot {b} bleef het verschil met het doel even groot." if lang == "nl"
                else f"From {a} to {b} the difference from the target stayed the same.")
    elif above:
        how = ("werd de marge boven het doel " + ("groter" if abs(g2) > abs(g1) else "kleiner")
               + " met", "the margin above the target " + ("grew" if abs(g2) > abs(g1)
                                                           else "shrank") + " by")
    else:
        how = ("werd het tekort op het doel " + ("groter" if g2 > g1 else "kleiner") + " met",
               "the shortfall against the target " + ("widened" if g2 > g1 else "narrowed")
               + " by")
    return (f"Van {a} tot {b} {how[0]} {size} (berekend)." if lang == "nl"
            else f"From {a} to {b} {how[1]} {size} (computed).")


def difference_sentence(a: SourcedFigure, b: SourcedFigure, diff: Decimal, kind: str,
                        src: Sources, lang: str) -> str:
    """kind: 'change' (b later than a), 'compare' (b minus a between subjects), 'with_sroi'
    (a without, b with the jobs via procurement),
    'shortfall' (a is the target, b the realisation; diff = target - realisation)."""
    fa, fb = a.figure, b.figure
    size = points(abs(diff), lang) if fa.unit == "%" else amount(abs(diff), fa.unit, lang)
    va, vb = f"{figure_amount(a, lang)} {src.of(a)}", f"{figure_amount(b, lang)} {src.of(b)}"
    what = metric_name(fb.metric, lang)
    if kind == "shortfall":
        who, when = subject_name(fb.subject, lang), period_text(fb.period, lang)
        if lang == "nl":
            gap = "tekort op het doel" if diff > 0 else "boven het doel"
            return (f"In {when} {_agree('came', fb.subject, lang)} {who} {size} {gap}: {vb} "
                    f"tegenover een doel van {va}.")
        gap = "short of" if diff > 0 else "above"
        return (f"In {when} {who} {_agree('was', fb.subject, lang)} {size} {gap} "
                f"{_agree('its', fb.subject, lang)} target: {vb} against a target of {va}.")
    if kind == "complement":
        who, when = subject_name(fa.subject, lang), period_text(fa.period, lang)
        whole, part = metric_name(fa.metric, lang), metric_name(fb.metric, lang)
        if lang == "nl":
            return (f"In {when} was {whole} van {who} {va}; daarvan was {vb} {part}, dus {size} "
                    f"niet.")
        return (f"In {when} {whole} of {who} was {va}; of these, {vb} was {part}, so {size} "
                f"were not.")
    if kind == "with_sroi":
        who, when = subject_name(fb.subject, lang), period_text(fb.period, lang)
        if lang == "nl":
            return (f"In {when} was {what} van {who} {va} zonder en {vb} met de banen via "
                    f"inkoop (SROI): {size} {'meer' if diff >= 0 else 'minder'}.")
        return (f"In {when} {what} of {who} was {va} without and {vb} with the jobs via "
                f"procurement (SROI): {size} {'more' if diff >= 0 else 'less'}.")
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


def sroi_total_sentence(real: SourcedFigure, sroi: SourcedFigure, doel: SourcedFigure | None,
                        src: Sources, lang: str, pct: SourcedFigure | None = None) -> str:
    """"508,5 fta [1] plus 235,8 fta via SROI [1]: 744,3 fta (computed), 77,7 fta short";
    `pct`: the letter's percentage with SROI that shows it adds fta and jobs so."""
    total = real.figure.value + sroi.figure.value
    vr, vs = f"{figure_amount(real, lang)} {src.of(real)}", f"{figure_amount(sroi, lang)} {src.of(sroi)}"
    size = amount(total, real.figure.unit, lang)
    added = ""
    if pct is not None:
        shown = f"{figure_amount(pct, lang)} {src.of(pct)}"
        added = (f", zoals de brief ze optelt voor het realisatiepercentage met SROI ({shown})"
                 if lang == "nl" else
                 f", as the letter adds them for its realisation percentage with SROI ({shown})")
    gap = ""
    if doel is not None:
        left = doel.figure.value - total
        gap = (f"; dat is {amount(abs(left), real.figure.unit, lang)} "
               f"{'onder' if left > 0 else 'boven'} het doel" if lang == "nl" else
               f"; that is {amount(abs(left), real.figure.unit, lang)} "
               f"{'short of' if left > 0 else 'above'} the target")
    if lang == "nl":
        return (f"Met de banen via inkoop (SROI) erbij: {vr} plus {vs} is {size} "
                f"(berekend){added}{gap}.")
    return (f"Counting the jobs via procurement (SROI): {vr} plus {vs} is {size} "
            f"(computed){added}{gap}.")


def share_sentence(real: SourcedFigure, doel: SourcedFigure, share: Decimal, src: Sources,
                   lang: str) -> str:
    """A percentage of the target that the letters do not state, computed from two they do."""
    who, when = subject_name(real.figure.subject, lang), period_text(real.figure.period, lang)
    vr, vd = f"{figure_amount(real, lang)} {src.of(real)}", f"{figure_amount(doel, lang)} {src.of(doel)}"
    pct = number(share, lang) + "%"
    if lang == "nl":
        return (f"In {when} realiseerde {who} {vr} van een doel van {vd}: {pct} van het doel "
                f"(berekend; de brieven noemen dit percentage niet).")
    return (f"In {when} {who} realised {vr} of a target of {vd}: {pct} of the target "
            f"(computed; the letters do not state this percentage).")


def ratio_sentence(a: SourcedFigure, b: SourcedFigure, times: Decimal, src: Sources,
                   lang: str) -> str:
    """"In 2022 the market's extra jobs (71.113 [1]) were 7,1 times those of government"."""
    what, when = metric_name(a.figure.metric, lang), period_text(a.figure.period, lang)
    wa, wb = subject_name(a.figure.subject, lang), subject_name(b.figure.subject, lang)
    n = number(times, lang)
    va, vb = f"{figure_amount(a, lang)} {src.of(a)}", f"{figure_amount(b, lang)} {src.of(b)}"
    if lang == "nl":
        return f"In {when} was {what} van {wa} {n} keer die van {wb}: {va} tegenover {vb}."
    return f"In {when} {what} of {wa} was {n} times that of {wb}: {va} against {vb}."


def _total(figures: list[SourcedFigure]) -> Decimal:
    return sum((f.figure.value for f in figures), Decimal(0))


def sum_sentence(parts: list[SourcedFigure], src: Sources, lang: str) -> str:
    """The parts and their total: "po 1.290 fta [1] en vo 840 fta [2]: samen 2.130 fta"."""
    first = parts[0].figure
    total = _total(parts)
    what, when = metric_name(first.metric, lang), period_text(first.period, lang)
    size = amount(total, first.unit, lang)
    if lang == "nl":
        listed = " en ".join(f"{subject_name(p.figure.subject, lang)} {figure_amount(p, lang)} "
                             f"{src.of(p)}" for p in parts)
        return f"In {when} was {what} van {listed}: samen {size}."
    listed = " and of ".join(f"{subject_name(p.figure.subject, lang)} ({figure_amount(p, lang)} "
                             f"{src.of(p)})" for p in parts)
    return f"In {when} {what} of {listed} came to {size} together."


def stated_whole_sentence(whole: SourcedFigure, src: Sources, lang: str) -> str:
    """"De brieven noemen als totaal 89.616 banen [3].": the whole as stated, beside a sum
    of its parts that rounding may leave one off."""
    size = figure_amount(whole, lang)
    if lang == "nl":
        return f"De brieven noemen als totaal {size} {src.of(whole)}."
    return f"The letters state the total as {size} {src.of(whole)}."


def gap_together_sentence(targets: list[SourcedFigure], realised: list[SourcedFigure],
                          lang: str) -> str:
    """The gap of several subjects together, after the sums it is the difference of."""
    doel, real = _total(targets), _total(realised)
    size = amount(abs(doel - real), targets[0].figure.unit, lang)
    if lang == "nl":
        return f"Samen {'kwamen zij' if doel > real else 'zaten zij'} {size} " \
               f"{'tekort op het doel' if doel > real else 'boven het doel'}."
    return f"Together they were {size} {'short of' if doel > real else 'above'} their target."


def share_together_sentence(targets: list[SourcedFigure], realised: list[SourcedFigure],
                            lang: str) -> str:
    """The realisation of several subjects together as a share of their targets together."""
    doel, real = _total(targets), _total(realised)
    pct = number((real / doel * 100).quantize(Decimal("0.1")), lang) + "%" if doel else "–"
    if lang == "nl":
        return f"Samen is dat {pct} van het doel (berekend; de brieven noemen dit percentage niet)."
    return f"Together that is {pct} of the target (computed; the letters do not state this " \
           f"percentage)."


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


def first_ranked(ranked: list[SourcedFigure], top: int | None, lowest: bool
                 ) -> list[SourcedFigure]:
    """The sector(s) a ranking answers with: its first `top` (1), from the bottom if lowest."""
    n = top or 1
    return ranked[-n:][::-1] if lowest else ranked[:n]


def _listing(order: list[SourcedFigure], src: Sources, lang: str) -> str:
    """"1. de gemeenten 120,4% [1]; 2. de provincies 86,3% [2]": a ranking's values in order."""
    return "; ".join(f"{i}. {subject_name(sf.figure.subject, lang)} {figure_amount(sf, lang)} "
                     f"{src.of(sf)}" for i, sf in enumerate(order, 1))


def ranking_sentence(ranked: list[SourcedFigure], top: int | None, lowest: bool,
                     src: Sources, lang: str) -> str:
    """The sector(s) asked for first, then every value of the ranking with its source."""
    first = ranked[0].figure
    what, when = metric_name(first.metric, lang), period_text(first.period, lang)
    picked = first_ranked(ranked, top, lowest)
    names = enumeration([subject_name(sf.figure.subject, lang) for sf in picked], lang)
    listing = _listing(ranked[::-1] if lowest else ranked, src, lang)
    if lang == "nl":
        # "was ... het laagst bij": no verb to agree with "de umc's" or "de politie"
        word = "laagst" if lowest else "hoogst"
        return f"In {when} was {what} het {word} bij {names}. Volgorde: {listing}."
    word = "lowest" if lowest else "highest"
    return f"In {when} {names} had the {word} {what[4:] if what.startswith('the ') else what}. " \
           f"Order: {listing}."


def closest_sentence(ranked: list[SourcedFigure], top: int | None, src: Sources,
                     lang: str) -> str:
    """The sector(s) closest to their target (by realisatiepercentage, either side of
    100%), then every value in that order."""
    first = ranked[0].figure
    what, when = metric_name(first.metric, lang), period_text(first.period, lang)
    picked = ranked[:top or 1]
    names = enumeration([subject_name(sf.figure.subject, lang) for sf in picked], lang)
    listing = _listing(ranked, src, lang)
    if lang == "nl":
        came = "kwamen" if len(picked) > 1 else _agree("came", first.subject, lang)
        return f"In {when} {came} {names} het dichtst bij het doel ({what}). Volgorde: {listing}."
    return f"In {when} {names} came closest to the target ({what}). Order: {listing}."


def gap_ranking_sentence(gaps: list[tuple[Decimal, SourcedFigure, SourcedFigure]],
                         top: int, src: Sources, lang: str) -> str:
    """The sector(s) furthest from the target, then every gap: "1. po 4.555 fta (1.290 fta
    [1] tegenover een doel van 5.845 fta [1])"."""
    first = gaps[0][1].figure
    when = period_text(first.period, lang)
    names = enumeration([subject_name(r.figure.subject, lang) for _, r, _ in gaps[:top]], lang)
    against = "tegenover een doel van" if lang == "nl" else "against a target of"
    listing = "; ".join(
        f"{i}. {subject_name(r.figure.subject, lang)} {amount(gap, r.figure.unit, lang)} "
        f"({figure_amount(r, lang)} {src.of(r)} {against} {figure_amount(d, lang)} {src.of(d)})"
        for i, (gap, r, d) in enumerate(gaps, 1))
    if lang == "nl":
        return f"In {when} zat {names} het verst onder het doel. Tekort per sector: {listing}."
    return f"In {when} {names} fell furthest short of the target. Shortfall by sector: {listing}."


def only_quarter_note(year: str, quarter: str, lang: str) -> str:
    """"De brieven noemen voor 2022 alleen kwartaal 1 van 2022." """
    shown = period_text(quarter, lang)
    return (f"De brieven noemen voor {year} alleen {shown}." if lang == "nl"
            else f"For {year} the letters give {shown} only.")


def reported_years_note(asked: list[int], reported: list[int], lang: str) -> str:
    """"De brieven geven geen cijfers over 2025; wel over 2012, ... en 2024": the years."""
    years = enumeration([str(y) for y in asked], lang)
    have = enumeration([str(y) for y in reported], lang)
    if lang == "nl":
        return f"De brieven geven geen cijfers over {years}" + (f"; wel over {have}."
                                                                 if reported else ".")
    return f"The letters give no figures for {years}" + (f"; they do for {have}."
                                                         if reported else ".")


def target_sentence(met: bool, real: SourcedFigure, doel: SourcedFigure | None,
                    pct: SourcedFigure | None, src: Sources, lang: str) -> str:
    head = WORDS[lang]["yes" if met else "no"]
    if doel is None:
        body = figure_sentence(real, src, lang)
        return f"{head}. {body}"
    return f"{head}. " + realisation_sentence(real, pct, doel, src, lang)


def met_list_sentence(met: list, missed: list, period: str, src: Sources, lang: str) -> str:
    """Which sectors met their target in a year, each [realisation, target] pair with its
    sources: those that met it first, then the others."""
    def item(pair) -> str:
        real, doel = pair
        of = "van" if lang == "nl" else "of"
        return (f"{subject_name(real.figure.subject, lang)} {figure_amount(real, lang)} {of} "
                f"{figure_amount(doel, lang)} {src.of(real)}")
    names = enumeration([subject_name(p[0].figure.subject, lang) for p in met], lang)
    hits = "; ".join(item(p) for p in met)          # numbered first: they come first
    rest = "; ".join(item(p) for p in missed)
    many = len(met) > 1 or bool(met) and plural(met[0][0].figure.subject, lang)
    if lang == "nl":
        head = (f"In {period} haalde{'n' if many else ''} {names} het doel ({hits})."
                if met else f"In {period} haalde geen van deze sectoren het doel.")
        return f"{head} Niet gehaald: {rest}." if missed else head
    head = (f"In {period} {names} met the target ({hits})." if met else
            f"In {period} none of these sectors met its target.")
    return f"{head} Not met: {rest}." if missed else head


def beyond_sentence(picked: list[SourcedFigure], below: bool, limit: Decimal,
                    example: SourcedFigure, src: Sources, lang: str,
                    inclusive: bool = False) -> str:
    """The sectors below (or above) a bound, each with its value and source."""
    f = example.figure
    bound = amount(limit, f.unit, lang)
    side = ("onder" if below else "boven") if lang == "nl" else ("below" if below else "above")
    if inclusive:       # "minstens 100%": the limit itself counts
        side = ("op of onder" if below else "op of boven") if lang == "nl" else \
            ("at or below" if below else "at or above")
    what, when = metric_name(f.metric, lang), period_text(f.period, lang)
    listing = "; ".join(f"{subject_name(sf.figure.subject, lang)} {figure_amount(sf, lang)} "
                        f"{src.of(sf)}" for sf in picked)
    if lang == "nl":
        return (f"In {when} lag {what} {side} {bound} bij: {listing}." if picked else
                f"In {when} lag {what} bij geen enkele sector {side} {bound}.")
    return (f"In {when} {what} was {side} {bound} for: {listing}." if picked else
            f"In {when} {what} was {side} {bound} for no sector.")
