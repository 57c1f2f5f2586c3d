"""What the figures table holds for a question's subject, metric and year: the periods
stated, the authoritative value, the subjects a question means, and how a found figure is said.

A missing year means the latest year the letters hold for that subject and metric; a missing
subject means the national total. When the letters hold nothing, the result says what they do
hold for that subject, so the not_found answer is useful.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from assistant import compose as C
from core import vocabulary as V
from assistant.figures import FiguresTool
from assistant.understand import Question
from core.records import SourcedFigure

# Rows of the national tables: a sector's own count is "realisatie", the table's is "extra_banen".
# Jobs via inleenverbanden asked as a level fall back to the change the letters state instead.
EQUIVALENT = {m.id: m.equivalent for m in V.METRICS.values() if m.equivalent}
AGGREGATES = V.AGGREGATES
INCLUDING = "inclusief SROI"
BOUNDS = {"ondergrens", "bovengrens"}
# The sectors the letters report under one heading: "which education sector", "het onderwijs"
SECTOR_GROUPS = {s.id: s.members for s in V.SUBJECTS.values() if s.members}


@dataclass
class Outcome:
    """What a figure question came to: sentences and figures, or why there are none."""
    lead: list[str] = field(default_factory=list)
    figures: list[SourcedFigure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)     # not_found explanations
    sources: C.Sources = field(default_factory=C.Sources)
    picked: list[str] = field(default_factory=list)   # the subjects that are the answer
                                                      # (a ranking's first), for an ask after it

    @property
    def found(self) -> bool:
        return bool(self.figures)


class FigureLookup:
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
        """The latest year held; where the letters give a quarter only ("in het eerste
        kwartaal van 2022 tussen de 15.000 en 17.000"), that quarter."""
        periods = self.periods(subject, metric, including)
        years = [p for p in periods if "-Q" not in p]
        return years[-1] if years else (periods[-1] if periods else None)

    def latest_measured(self, subject: str) -> str | None:
        """The latest year with both a target and a realisation: what "the latest figures" of
        a gap or a verdict are about (a target set for 2026 has nothing to set against)."""
        reached = set(self.periods(subject, self.metric_for(subject, "realisatie")))
        both = [p for p in self.periods(subject, "doel") if p in reached and "-Q" not in p]
        return both[-1] if both else self.latest(subject, "doel")

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

    def held_period(self, q: Question, period: str, held: list[str], out: Outcome,
                    lang: str) -> str:
        """The period asked as the letters hold it: where they give a year's first quarter
        only, that quarter ("early 2022"; "begin 2022", read as the end of 2021 where the
        letters count at the year's end)."""
        if period in held or "-Q" in period:
            return period
        year = period
        if int(period) + 1 in q.start_of and f"{int(period) + 1}-Q1" in held:
            year = str(int(period) + 1)
        quarters = [h for h in held if h.startswith(f"{year}-Q")]
        if len(quarters) == 1:
            out.notes.append(C.only_quarter_note(year, quarters[0], lang))
            return quarters[0]
        return period

    def _periods_or_latest(self, q: Question, subject: str, metric: str, out: Outcome,
                           lang: str, including: bool | None = None) -> list[str]:
        if q.periods:
            held = self.periods(subject, metric, bool(including))
            if metric == "nulmeting" and len(held) == 1:
                return held     # one count at one moment, whatever year the ask names beside it
            return [self.held_period(q, p, held, out, lang) for p in q.periods]
        latest = self.latest(subject, metric,
                             q.including_sroi if including is None else including)
        if latest:
            out.notes.append(f"{C.WORDS[lang]['latest']} ({latest}).")
        return [latest] if latest else []

    def subjects(self, q: Question) -> list[str]:
        asked = [s for s in q.subjects if s != "onderwijs" or len(q.subjects) == 1]
        held = {f.subject for m in q.metrics for f in self.tool.store.figures(None, m)}
        if not asked and len(held) == 1:
            return sorted(held)          # "hoeveel uur is een baan?": only fta has a definitie
        # "jobs for the target group" are the banenafspraak's jobs, unless the group's own
        # figures (its size, how many work) are asked
        if len(asked) > 1 and "doelgroep" not in held:
            # "fta at the police for the target group": the group is whom the jobs are for
            asked = [s for s in asked if s != "doelgroep"]
        asked = ["totaal" if s == "doelgroep" and q.metrics and "doelgroep" not in held else s
                 for s in asked]
        # a group the letters give no figure of its own ("het hoger onderwijs"): its sectors
        # (a group with figures, "de overheid", is answered as itself: its share is derived)
        # (of its sectors, those holding the metric asked; all, where the answer works it out)
        asked = [m for s in asked for m in
                 (([m for m in SECTOR_GROUPS[s] if m in held] or list(SECTOR_GROUPS[s]))
                  if s in SECTOR_GROUPS and not self.tool.store.figures(s) else [s])]
        if len(asked) >= 2 and q.split and "totaal" not in asked:
            asked = ["totaal"] + asked      # "how are they split between A and B": the whole too
        return list(dict.fromkeys(asked)) or ["totaal"]

    def baseline(self) -> str | None:
        """The nulmeting's year, as the letters state it."""
        periods = sorted({f.period for f in self.tool.store.figures(None, "nulmeting")})
        return periods[0] if periods else None

    @staticmethod
    def including(q: Question, metric: str) -> bool:
        """The percentage asked next to SROI jobs is the one that counts them."""
        return metric == "realisatiepercentage" and (q.including_sroi or "sroi" in q.metrics)

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
