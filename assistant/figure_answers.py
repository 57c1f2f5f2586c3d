"""Numeric questions answered from the figures tool: which subject, metric and year a question
means, the figures that answer it, and the sentences that say so.

A missing year means the latest year the letters hold for that subject and metric; a missing
subject means the national total. When the letters hold nothing, the result says what they do
hold for that subject, so the not_found answer is useful.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant import compose as C
from assistant.figures import FiguresTool
from assistant.understand import Question
from core.records import SourcedFigure

# Rows of the national tables: a sector's own count is "realisatie", the table's is "extra_banen".
EQUIVALENT = {"realisatie": "extra_banen", "extra_banen": "realisatie"}
AGGREGATES = {"totaal", "markt", "overheid", "onderwijs", "doelgroep", "binnenwerk", "fta"}
INCLUDING = "inclusief SROI"
BOUNDS = {"ondergrens", "bovengrens"}
GROWTH_KINDS = ("formele_dienstverbanden", "inleenverbanden", "wsw_detacheringen")
_LOWEST = re.compile(r"\b(laagste|lowest|least|minste|slechtst\w*|worst)\b", re.I)
_COUNT = {"twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4, "vijf": 5,
          "five": 5}
_SHORTFALL = re.compile(r"\b(tekort|short of|shortfall|achterstand)\b", re.I)


@dataclass
class Outcome:
    """What a figure question came to: sentences and figures, or why there are none."""
    lead: list[str] = field(default_factory=list)
    figures: list[SourcedFigure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)     # not_found explanations
    sources: C.Sources = field(default_factory=C.Sources)

    @property
    def found(self) -> bool:
        return bool(self.figures)


class FigureAnswers:
    def __init__(self, tool: FiguresTool):
        self.tool = tool

    # -- what the letters hold ---------------------------------------------------------------
    def periods(self, subject: str, metric: str, including: bool = False) -> list[str]:
        return sorted({f.period for f in self.tool.store.figures(subject, metric)
                       if (INCLUDING in (f.qualifier or "")) == including})

    def metric_for(self, subject: str, metric: str, including: bool = False) -> str:
        """The metric as the letters state it for this subject (a table's extra_banen)."""
        if not self.periods(subject, metric, including) and metric in EQUIVALENT \
                and self.periods(subject, EQUIVALENT[metric], including):
            return EQUIVALENT[metric]
        return metric

    def default_metrics(self, subject: str) -> list[str]:
        for metric in ("realisatie", "extra_banen"):
            if self.periods(subject, metric):
                return [metric]
        return sorted({f.metric for f in self.tool.store.figures(subject)})

    def latest(self, subject: str, metric: str, including: bool = False) -> str | None:
        years = [p for p in self.periods(subject, metric, including) if "-Q" not in p]
        return years[-1] if years else None

    def value(self, subject: str, metric: str, period: str, including: bool = False,
              out: Outcome | None = None) -> SourcedFigure | None:
        best, notes = self.tool.value(subject, metric, period, including)
        if best is None or (best.period != period and "-Q" not in period):
            return None
        if out is not None:
            out.notes += [n for n in notes if n not in out.notes]
        return self.tool.sourced(best)

    def held(self, subject: str, metric: str, lang: str, including: bool = False) -> str:
        """'De brieven noemen de realisatie van de politie voor 2023, 2024.'"""
        periods = self.periods(subject, metric, including)
        what, who = C.metric_name(metric, lang), C.subject_name(subject, lang)
        if periods:
            listed = ", ".join(C.period_text(p, lang) for p in periods)
            return (f"De brieven noemen {what} van {who} alleen voor {listed}." if lang == "nl"
                    else f"The letters state {what} of {who} only for {listed}.")
        others = sorted({f.metric for f in self.tool.store.figures(subject)})
        if not others:
            return (f"De brieven noemen geen cijfers over {who}." if lang == "nl"
                    else f"The letters give no figures for {who}.")
        names = ", ".join(C.metric_name(m, lang) for m in others)
        return (f"Over {who} noemen de brieven wel: {names}." if lang == "nl"
                else f"For {who} the letters do state: {names}.")

    def _missing(self, out: Outcome, subject: str, metric: str, period: str | None, lang: str,
                 including: bool = False) -> None:
        what, who = C.metric_name(metric, lang), C.subject_name(subject, lang)
        when = C.period_text(period, lang) if period else ""
        head = (f"De brieven noemen geen {what.split(' ', 1)[-1]} van {who}"
                f"{' voor ' + when if when else ''}." if lang == "nl" else
                f"The letters give no {what.split(' ', 1)[-1]} for {who}"
                f"{' in ' + when if when else ''}.")
        out.missing.append(f"{head} {self.held(subject, metric, lang, including)}")

    def _periods_or_latest(self, q: Question, subject: str, metric: str, out: Outcome,
                           lang: str, including: bool | None = None) -> list[str]:
        if q.periods:
            return q.periods
        latest = self.latest(subject, metric,
                             q.including_sroi if including is None else including)
        if latest:
            out.notes.append(f"{C.WORDS[lang]['latest']} ({latest}).")
        return [latest] if latest else []

    # -- the kinds of question ---------------------------------------------------------------
    def answer(self, q: Question) -> Outcome:
        kind = {"difference": self.difference, "ranking": self.ranking, "trend": self.trend,
                "target_met": self.target_met}.get(q.intent, self.figure)
        return kind(q)

    def subjects(self, q: Question) -> list[str]:
        asked = [s for s in q.subjects if s != "onderwijs" or len(q.subjects) == 1]
        held = {f.subject for m in q.metrics for f in self.tool.store.figures(None, m)}
        if not asked and len(held) == 1:
            return sorted(held)          # "hoeveel uur is een baan?": only fta has a definitie
        # "jobs for the target group" are the banenafspraak's jobs, unless the group's own
        # figures (its size, how many work) are asked
        asked = ["totaal" if s == "doelgroep" and q.metrics and "doelgroep" not in held else s
                 for s in asked]
        return list(dict.fromkeys(asked)) or ["totaal"]

    def baseline(self) -> str | None:
        """The nulmeting's year, as the letters state it."""
        periods = sorted({f.period for f in self.tool.store.figures(None, "nulmeting")})
        return periods[0] if periods else None

    @staticmethod
    def including(q: Question, metric: str) -> bool:
        """The percentage asked next to SROI jobs is the one that counts them."""
        return metric == "realisatiepercentage" and (q.including_sroi or "sroi" in q.metrics)

    def figure(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        baseline = self.baseline() if q.at_baseline and not q.years else None
        for subject in self.subjects(q):
            metrics = q.metrics or (["realisatiepercentage"] if q.including_sroi
                                    else self.default_metrics(subject))
            metrics = list(dict.fromkeys(self.metric_for(subject, m, self.including(q, m))
                                         for m in metrics))
            for metric in metrics:
                incl = self.including(q, metric)
                if incl and not self.periods(subject, metric, True):
                    incl = False             # the letters give no percentage with SROI here
                periods = [baseline] if baseline else \
                    self._periods_or_latest(q, subject, metric, out, lang, incl)
                for period in periods or [None]:
                    found = period and self.value(subject, metric, period, incl, out)
                    if not found:
                        self._missing(out, subject, metric, period, lang, incl)
                        continue
                    self._say(out, found, metrics, q, lang)
                    self._other_bound(out, found, lang)
        return out

    def _other_bound(self, out: Outcome, sf: SourcedFigure, lang: str) -> None:
        """"tussen de 15.000 en 17.000 banen": a range is stated with both its ends."""
        f = sf.figure
        if not set((f.qualifier or "").split(", ")) & BOUNDS:
            return
        for other in self.tool.store.figures(f.subject, f.metric, f.period):
            if other.qualifier != f.qualifier and set((other.qualifier or "").split(", ")) & BOUNDS:
                extra = self.tool.sourced(other)
                out.figures.append(extra)
                out.lead.append(C.figure_sentence(extra, out.sources, lang))
                return

    def _say(self, out: Outcome, sf: SourcedFigure, asked: list[str], q: Question,
             lang: str) -> None:
        if any(sf.figure is f.figure for f in out.figures) or \
                any(f.figure.metric == sf.figure.metric and f.figure.period == sf.figure.period
                    and f.figure.subject == sf.figure.subject
                    and f.figure.qualifier == sf.figure.qualifier for f in out.figures):
            return
        f = sf.figure
        if f.metric == "realisatie" and not q.including_sroi:
            pct = self.value(f.subject, "realisatiepercentage", f.period, out=out)
            doel = self.value(f.subject, "doel", f.period, out=out)
            out.figures += [x for x in (sf, pct, doel) if x is not None]
            out.lead.append(C.realisation_sentence(sf, pct, doel, out.sources, lang))
            return
        out.figures.append(sf)
        out.lead.append(C.figure_sentence(sf, out.sources, lang))

    def difference(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        subjects = self.subjects(q)
        metric = next((m for m in q.metrics if m != "doel"), None) or \
            (q.metrics[0] if q.metrics else "realisatie")
        if _SHORTFALL.search(q.text) and len(subjects) == 1 and len(q.periods) <= 1:
            subject = subjects[0]
            real_metric = self.metric_for(subject, metric if metric != "doel" else "realisatie")
            period = (q.periods or [self.latest(subject, "doel")])[0]
            doel = period and self.value(subject, "doel", period, out=out)
            real = period and self.value(subject, real_metric, period, out=out)
            if not (doel and real):
                self._missing(out, subject, real_metric if doel else "doel", period, lang)
                return out
            out.figures += [doel, real]
            out.lead.append(C.difference_sentence(doel, real, doel.figure.value -
                                                  real.figure.value, "shortfall",
                                                  out.sources, lang))
            return out
        if len(subjects) >= 2:
            a_subject, b_subject = subjects[:2]
            metric = self.metric_for(a_subject, metric)
            period = (q.periods or [self.latest(a_subject, metric)])[0]
            pair = [period and self.value(s, self.metric_for(s, metric), period, out=out)
                    for s in (a_subject, b_subject)]
            kind = "compare"
        else:
            subject = subjects[0]
            metric = self.metric_for(subject, metric)
            periods = sorted(q.periods)[:1] + sorted(q.periods)[-1:] if len(q.periods) >= 2 \
                else self.periods(subject, metric)[-2:]
            pair = self._same_unit([self.value(subject, metric, p, out=out) for p in periods])
            kind = "change"
        if (len(pair) < 2 or not all(pair)) and kind == "change" \
                and self._stated_growth(q, subjects[0], periods, out):
            return out
        if len(pair) < 2 or not all(pair) or pair[0].figure.unit != pair[1].figure.unit:
            for s, p in ((subjects[0], q.periods[:1]), (subjects[-1], q.periods[-1:])):
                self._missing(out, s, metric, p[0] if p else None, lang)
            out.figures = []
            return out
        a, b = pair
        diff = a.figure.value - b.figure.value if kind == "compare" \
            else b.figure.value - a.figure.value
        out.figures += [a, b]
        out.lead.append(C.difference_sentence(a, b, diff, kind, out.sources, lang))
        return out

    def _same_unit(self, pair: list) -> list:
        """A block gives fta where a letter's prose gives banen for the same count: compare
        like with like when the other year has a statement in the same unit."""
        if len(pair) < 2 or not all(pair) or pair[0].figure.unit == pair[1].figure.unit:
            return pair
        for i in (1, 0):
            f, unit = pair[i].figure, pair[1 - i].figure.unit
            same = [g for g in self.tool.store.figures(f.subject, f.metric, f.period)
                    if g.unit == unit and g.qualifier == f.qualifier]
            if same:
                pair[i] = self.tool.sourced(same[0])
                return pair
        return pair

    def _stated_growth(self, q: Question, subject: str, periods: list[str],
                       out: Outcome) -> bool:
        """A change between two years the letters give as growth in the later year ("8.308
        banen bijgekomen ten opzichte van 2021") when they do not give both levels."""
        if not periods:
            return False
        later = max(periods)
        wanted = [f"groei_{m}" if m in GROWTH_KINDS else "groei"
                  for m in (q.metrics or ["groei"])]
        for metric in dict.fromkeys(wanted):
            found = self.value(subject, metric, later, out=out)
            if found:
                self._say(out, found, wanted, q, q.language)
        return out.found

    def ranking(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        metric = next((m for m in q.metrics if m in ("realisatiepercentage", "realisatie",
                                                     "doel")), "realisatiepercentage")
        if q.periods:
            period = q.periods[0]
        else:
            years = sorted({f.period for f in self.tool.store.figures(None, metric)
                            if f.subject not in AGGREGATES and "-Q" not in f.period})
            period = years[-1] if years else None
            if period:
                out.notes.append(f"{C.WORDS[lang]['latest']} ({period}).")
        result = self.tool.ranking(metric, period) if period else None
        keep = set(q.subjects) if len(q.subjects) >= 2 else None
        ranked = [sf for sf in (result.figures if result else [])
                  if sf.figure.subject not in AGGREGATES
                  and (keep is None or sf.figure.subject in keep)]
        if not ranked:
            out.missing.append("De brieven geven geen cijfers om te rangschikken."
                               if lang == "nl" else "The letters give no figures to rank.")
            return out
        out.notes += [n for n in result.notes if n not in out.notes]
        words = re.findall(r"\w+", q.text.lower())
        top = next((_COUNT[w] for w in words if w in _COUNT), None) if keep is None else None
        out.figures += ranked
        out.lead.append(C.ranking_sentence(ranked, top, bool(_LOWEST.search(q.text)),
                                           out.sources, lang))
        return out

    def trend(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        subject = self.subjects(q)[0]
        wanted = [m for m in q.metrics if m != "doel"] or \
            [m for m in ("realisatiepercentage", "realisatie", "extra_banen")
             if self.periods(subject, m)][:1] or ["realisatie"]
        metric = self.metric_for(subject, wanted[0])
        series = self.tool.series(subject, metric)
        lo = q.since or (min(q.years) if len(q.years) >= 2 else None)
        hi = max(q.years) if len(q.years) >= 2 else None
        kept = [sf for sf in series.figures if "-Q" not in sf.figure.period
                and (lo is None or sf.figure.year >= lo) and (hi is None or sf.figure.year <= hi)]
        if not kept:
            self._missing(out, subject, metric, str(lo) if lo else None, lang)
            return out
        out.notes += [n for n in series.notes if n not in out.notes]
        out.figures += kept
        out.lead.append(C.series_sentence(kept, out.sources, lang))
        return out

    def target_met(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        subject = self.subjects(q)[0]
        period = q.periods[0] if q.periods else self.latest(subject, "doel")
        result = self.tool.target_met(subject, period) if period else None
        if not result or result.met is None:
            self._missing(out, subject, "doel", period, lang)
            return out
        out.notes += result.notes
        real = result.figures[0]
        doel = result.figures[1] if len(result.figures) > 1 else None
        pct = self.value(subject, "realisatiepercentage", period, out=out) \
            if real.figure.metric != "realisatiepercentage" else None
        out.figures += [x for x in (real, doel, pct) if x is not None]
        out.lead.append(C.target_sentence(result.met, real, doel, pct, out.sources, lang))
        return out
