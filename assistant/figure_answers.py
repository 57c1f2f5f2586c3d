"""Numeric questions answered from the figures tool: a figure, a difference, a ranking, a
trend, a target met; the figures that answer them and the sentences that say so."""
from __future__ import annotations

from decimal import Decimal

from assistant import compose as C
from assistant.derived import DerivedAnswers
from assistant.figure_lookup import AGGREGATES, SECTOR_GROUPS, Outcome
from assistant.intent import versus_target
from assistant.metrics_asked import LEVEL_OF
from assistant.understand import Question

GROWTH_KINDS = ("formele_dienstverbanden", "inleenverbanden", "wsw_detacheringen")
# levels that change only as levels: a target or a share has no growth in jobs to stand for it
LEVELS_ONLY = ("doel", "realisatiepercentage")
MAX_SERIES = 4         # subjects whose series one answer gives

__all__ = ["FigureAnswers", "Outcome"]


class FigureAnswers(DerivedAnswers):
    """The kinds of figure question, each answered from the figures table."""

    def answer(self, q: Question) -> Outcome:
        handler = {"compare": self.difference, "change": self.difference,
                   "shortfall": self.difference, "with_without": self.difference,
                   "sum": self.sum, "ratio": self.ratio, "complement": self.complement,
                   "rank": self.ranking, "list_beyond": self.ranking,
                   "series": self.trend, "target_met": self.target_met,
                   "targets_met": self.target_met}.get(q.operation, self.figure)
        return handler(q)

    def figure(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        baseline = self.baseline() if q.at_baseline and not q.years else None
        for subject in self.subjects(q):
            metrics = q.metrics or (["realisatiepercentage"] if q.including_sroi
                                    else self.default_metrics(subject))
            if q.including_sroi and "realisatie" in metrics:
                # what was realised "inclusief SROI": the SROI jobs and the percentage with them
                metrics = metrics + ["sroi", "realisatiepercentage"]
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
                    if not found and metric == "realisatie" and period \
                            and not q.asks_count:
                        # a year stated only as a percentage ("de politie van 54% naar 68%")
                        found = self.value(subject, "realisatiepercentage", period, out=out)
                    if not found and metric == "realisatiepercentage" and period and not incl \
                            and self.computed_share(subject, period, out, lang):
                        continue    # not stated, but its target and realisation are
                    if not found:
                        self._missing(out, subject, metric, period, lang, incl)
                        continue
                    self._say(out, found, metrics, q, lang)
                    self._other_bound(out, found, lang)
            if q.including_sroi and q.asks_count and not baseline:
                # "how many fta in total including SROI": the two counts added up
                for period in sorted({sf.figure.period for sf in out.figures
                                      if sf.figure.subject == subject}):
                    self.with_sroi_total(subject, period, out, lang)
        return out

    def difference(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        subjects = self.subjects(q)
        if q.operation == "with_without":
            return self._with_and_without(q, subjects, out)
        if q.operation == "change" and len(subjects) >= 2 and len(q.periods) >= 2:
            return self._change_each(q, subjects, out)
        metric = next((m for m in q.metrics if m != "doel"), None) or \
            (q.metrics[0] if q.metrics else "realisatie")
        if metric == "groei" and "doel" in q.metrics and q.operation == "change":
            metric = "doel"             # "by how much did their target rise": the target's change
        elif metric == "groei" and (len(q.periods) >= 2 and (q.interval or not any(
                self.periods(s, "groei") for s in subjects)) or q.since is not None):
            # "hoeveel kwamen er bij tussen 2022 en 2024", or a growth of a sector the letters
            # give levels of only ("in 2023 gegroeid ten opzichte van 2022"): the levels
            metric = "extra_banen"
        elif metric in LEVEL_OF and len(q.periods) >= 2 and (q.interval or not any(
                self.periods(s, metric) for s in subjects)):
            # "how much did the hired-in placements grow between end-2016 and Q1 2017": the
            # change of their level, where no growth is stated for the span
            metric = LEVEL_OF[metric]
        if q.shortfall and len(subjects) == 1 and len(q.periods) >= 2:
            return self.shortfall_each_year(q, subjects[0], out)
        if q.operation == "shortfall" and len(subjects) >= 2 and len(q.periods) <= 1:
            # "de achterstand bij de markt en bij de overheid afzonderlijk": each one's gap
            for subject in subjects:
                self._shortfall(q, subject, out, lang)
            return out
        if (q.shortfall or versus_target(q.metrics)) and len(subjects) == 1 \
                and len(q.periods) <= 1:
            self._shortfall(q, subjects[0], out, lang)
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
            stored = self.periods(subject, metric, self.including(q, metric))
            later = [p for p in stored if q.periods and p > q.periods[0] and "-Q" not in p]
            earlier = [p for p in stored if q.periods and p < q.periods[0] and "-Q" not in p]
            # (the note that a year is held as its quarter only for the span that uses it)
            held = Outcome()
            asked = list(dict.fromkeys(self.held_period(q, p, stored, held, lang)
                                       for p in q.periods))
            if q.interval:
                # "tussen eind 2016 en begin 2017": where the letters count the first quarter,
                # the start of a year is that quarter, not the year before's end again
                asked += [f"{y}-Q1" for y in q.start_of
                          if f"{y}-Q1" in stored and f"{y}-Q1" not in asked]
            if len(asked) >= 2:
                out.notes += [n for n in held.notes if n not in out.notes]
                periods = sorted(asked)[:1] + sorted(asked)[-1:]
            elif q.versus_year and later:       # from the year named to the latest reported
                periods = q.periods[:1] + later[-1:]
            elif q.periods and q.periods[0] in stored and earlier:
                periods = earlier[-1:] + q.periods[:1]  # "steeg in 2024": into that year
            else:
                periods = self.periods(subject, metric)[-2:]
            pair = self._one_statement(self._same_unit(
                [self.value(subject, metric, p, self.including(q, metric), out)
                 for p in periods]))
            kind = "change"
        if (len(pair) < 2 or not all(pair)) and kind == "change" \
                and metric not in LEVELS_ONLY and self._stated_growth(q, subjects[0], periods, out):
            return out
        if (len(pair) < 2 or not all(pair)) and kind == "change" and metric == "realisatie" \
                and len(periods) == 2:
            # "the Rijk's realisation in 2023 compared to last year": stated as percentages
            by_pct = self._one_statement(
                [self.value(subjects[0], "realisatiepercentage", p, out=out) for p in periods])
            if all(by_pct):
                metric, pair = "realisatiepercentage", by_pct
        if len(pair) < 2 or not all(pair) or pair[0].figure.unit != pair[1].figure.unit:
            asked = sorted(q.periods)[:1] + sorted(q.periods)[-1:] if kind == "change" \
                else q.periods[:1] * 2
            if kind == "change" and not asked:
                # no year named and fewer than two stored: which years the letters give
                out.missing.append(self.held(subjects[0], metric, lang, self.including(q, metric)))
                out.figures = []
                return out
            for s, p, found in zip((subjects[0], subjects[-1]), asked or [None, None],
                                   pair + [None] * (2 - len(pair))):
                if not found:           # name only what is missing, not what was found
                    self._missing(out, s, metric, p, lang)
            out.figures = []
            return out
        a, b = pair
        diff = a.figure.value - b.figure.value if kind == "compare" \
            else b.figure.value - a.figure.value
        out.figures += [a, b]
        out.lead.append(C.difference_sentence(a, b, diff, kind, out.sources, lang))
        if q.relative_change and kind == "change" and a.figure.value and a.figure.unit != "%":
            out.lead.append(C.relative_change_sentence(a, diff, lang))
        return out

    def _one_unit(self, series: list) -> list:
        """A series read in one unit: where a year is stated in fta by its block and in banen
        by the prose, the unit most years have is kept (6.490 banen, 6.320 banen)."""
        def stated_in(unit: str, f) -> list:
            return [g for g in self.tool.store.figures(f.subject, f.metric, f.period)
                    if g.unit == unit and g.qualifier == f.qualifier]

        units = list(dict.fromkeys(sf.figure.unit for sf in series))
        # the unit the most years are stated in; the first year's unit on a tie
        unit = max(units, key=lambda u: (sum(bool(stated_in(u, sf.figure)) for sf in series),
                                         -units.index(u)))
        kept = []
        for sf in series:
            same = stated_in(unit, sf.figure) if sf.figure.unit != unit else []
            kept.append(self.tool.sourced(same[0]) if same else sf)
        return kept

    def _stated_growth(self, q: Question, subject: str, periods: list[str],
                       out: Outcome) -> bool:
        """A change between two years the letters give as growth in the later year ("8.308
        banen bijgekomen ten opzichte van 2021") when they do not give both levels."""
        if not periods:
            return False
        later = max(periods)
        # (a growth asked by its kind of job, "groei_formele_dienstverbanden", is that growth)
        wanted = [m if m.startswith("groei") else f"groei_{m}" if m in GROWTH_KINDS else "groei"
                  for m in (q.metrics or ["groei"])]
        for metric in dict.fromkeys(wanted):
            found = self.value(subject, metric, later, out=out)
            if found:
                self._say(out, found, wanted, q, q.language)
        return out.found

    def ranking(self, q: Question) -> Outcome:
        out, lang = Outcome(), q.language
        bound = q.bound
        metric = next((m for m in q.metrics if m in ("realisatiepercentage", "realisatie",
                                                     "doel")), "realisatiepercentage")
        if bound and bound.percent or q.direction == "closest":
            metric = "realisatiepercentage"     # "below 50%", "closest to its target"
        elif bound and not q.metrics and (q.asks_count or bound.limit > 100):
            metric = "realisatie"               # "meer dan 1.000 fta": a count, not a share
        if q.periods:
            period = q.periods[0]
        else:
            years = sorted({f.period for f in self.tool.store.figures(None, metric)
                            if f.subject not in AGGREGATES and "-Q" not in f.period})
            period = years[-1] if years else None
            if period:
                out.notes.append(f"{C.WORDS[lang]['latest']} ({period}).")
        if q.by_gap and period:
            return self.gap_ranking(q, period, out)
        result = self.tool.ranking(metric, period) if period else None
        keep = self._ranked_sectors(q)
        ranked = [sf for sf in (result.figures if result else [])
                  if sf.figure.subject not in AGGREGATES
                  and (keep is None or sf.figure.subject in keep)]
        if not ranked:
            out.missing.append("De brieven geven geen cijfers om te rangschikken."
                               if lang == "nl" else "The letters give no figures to rank.")
            return out
        shown = {sf.figure.subject for sf in ranked}
        out.notes += [n for subject in sorted(shown)
                      for n in result.notes_by_subject.get(subject, []) if n not in out.notes]
        top = q.n if keep is None else None
        if bound:
            return self._beyond(bound, ranked, out, lang)
        if q.direction == "closest":    # the distance to the whole target, either way
            ranked.sort(key=lambda sf: abs(sf.figure.value - 100))
            out.figures += ranked
            out.lead.append(C.closest_sentence(ranked, top, out.sources, lang))
            out.picked = [sf.figure.subject for sf in ranked[:top or 1]]
            return out
        out.figures += ranked
        out.lead.append(C.ranking_sentence(ranked, top, q.direction == "lowest",
                                           out.sources, lang))
        out.picked = [sf.figure.subject
                      for sf in C.first_ranked(ranked, top, q.direction == "lowest")]
        return out

    def _shortfall(self, q: Question, subject: str, out: Outcome, lang: str) -> None:
        """One subject's gap to its target in the year asked (else its latest target's)."""
        # a gap to a target is a count: the realisation, never a percentage or the SROI
        period = (q.periods or [self.latest_measured(subject)])[0]
        pair = self.target_and_realisation(subject, period, out, lang)
        if not pair:
            return
        doel, real = pair
        out.figures += [doel, real]
        out.lead.append(C.difference_sentence(doel, real, doel.figure.value - real.figure.value,
                                              "shortfall", out.sources, lang))
        if q.including_sroi:        # "how far short, counting the SROI jobs"
            self.with_sroi_total(subject, period, out, lang, doel=doel)

    def gap_ranking(self, q: Question, period: str, out: Outcome) -> Outcome:
        """"Welke sector zat in fta het verst van zijn doel af": the sectors by their gap to
        the target (doel less realisatie), each gap from the two stated figures."""
        lang = q.language
        keep = self._ranked_sectors(q)
        # each sector's pair as a shortfall reads it (never a percentage)
        pairs = {s: self.target_and_realisation(s, period, out, lang, note=False)
                 for s in dict.fromkeys(sf.figure.subject
                                        for sf in self.tool.ranking("doel", period).figures)
                 if s not in AGGREGATES and (keep is None or s in keep)}
        doel = {s: p[0] for s, p in pairs.items() if p}
        real = {s: p[1] for s, p in pairs.items() if p}
        gaps = sorted(((doel[s].figure.value - real[s].figure.value, s) for s in doel
                       if doel[s].figure.unit == real[s].figure.unit),
                      key=lambda g: (-g[0], g[1]))
        # "furthest behind" reads as lowest first elsewhere; here it is the largest gap
        gaps = [g for g in gaps if g[0] > 0]    # a sector over its target has no shortfall
        if not gaps:
            out.missing.append("De brieven geven geen doel en realisatie om te vergelijken."
                               if lang == "nl" else
                               "The letters give no target and realisation to compare.")
            return out
        top = q.n or 1
        for _, s in gaps:
            out.figures += [real[s], doel[s]]
        out.lead.append(C.gap_ranking_sentence([(g, real[s], doel[s]) for g, s in gaps], top,
                                               out.sources, lang))
        out.picked = [s for _, s in gaps[:top]]
        return out

    @staticmethod
    def _beyond(bound, ranked: list, out: Outcome, lang: str) -> Outcome:
        """"Which sectors scored below 50%?": those on the asked side of the bound."""
        picked = [sf for sf in ranked if sf.figure.value == bound.limit and bound.inclusive
                  or (sf.figure.value < bound.limit if bound.below
                      else sf.figure.value > bound.limit)]
        out.figures += picked or ranked
        out.lead.append(C.beyond_sentence(picked, bound.below, bound.limit, ranked[0],
                                          out.sources, lang, bound.inclusive))
        return out

    @staticmethod
    def _ranked_sectors(q: Question) -> set[str] | None:
        """The sectors a ranking is over: those named, or one group's ("which education
        sector"); None (all) when both groups or no two sectors are named."""
        groups = list(q.groups)
        named = [s for s in q.subjects if s not in SECTOR_GROUPS]
        if len(named) >= 2:
            return set(named)
        if len(groups) == 1 and not named:
            return set(SECTOR_GROUPS[groups[0]])
        if q.left_out and not named:    # "welke sector, het onderwijs niet meegerekend": the rest
            return {s for g in SECTOR_GROUPS if g not in q.left_out for s in SECTOR_GROUPS[g]
                    } - {s for g in q.left_out for s in SECTOR_GROUPS[g]}
        return None

    def targets_met(self, q: Question) -> Outcome:
        """"Which sectors met their target in 2023?": every sector with a doel that year."""
        out, lang = Outcome(), q.language
        period = q.periods[0] if q.periods else self.latest_sector_year("doel")
        met, missed = [], []
        subjects = {f.subject for f in self.tool.store.figures(None, "doel", period)} \
            if period else set()
        named = [*q.subjects, *(g for g in q.groups if g not in q.subjects)]
        members = [s for g in named for s in SECTOR_GROUPS.get(g, (g,))]
        if named:           # "which of the education sectors": those groups' sectors only
            subjects &= set(members)
        subjects -= {s for g in q.left_out for s in SECTOR_GROUPS.get(g, ())}
        for subject in sorted(subjects - AGGREGATES):
            result = self.tool.target_met(subject, period)
            if result.met is not None and len(result.figures) == 2:
                out.figures += result.figures
                (met if result.met else missed).append(result.figures)
        if not out.figures:     # what the letters hold for those named, else for the whole
            for subject in dict.fromkeys(members or ["totaal"]):
                self._missing(out, subject, "doel", period, lang)
            return out
        out.lead.append(C.met_list_sentence(met, missed, period, out.sources, lang))
        out.picked = [figs[0].figure.subject for figs in met]   # what an ask after it means
        return out

    def latest_sector_year(self, metric: str) -> str | None:
        years = sorted({f.period for f in self.tool.store.figures(None, metric)
                        if f.subject not in AGGREGATES and "-Q" not in f.period})
        return years[-1] if years else None

    def trend(self, q: Question) -> Outcome:
        """Each subject's series ("hoe veranderden mbo en hbo"), one sentence a subject."""
        out = Outcome()
        for subject in self.subjects(q)[:MAX_SERIES]:
            self._series(q, subject, out)
        if out.figures:
            out.missing = []        # what one subject lacks is no reason to refuse the others
        return out

    def _series(self, q: Question, subject: str, out: Outcome) -> None:
        lang = q.language
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
            return
        out.notes += [n for n in series.notes if n not in out.notes]
        kept = self._one_unit(kept)
        out.figures += kept
        out.lead.append(C.series_sentence(kept, out.sources, lang))

    def target_met(self, q: Question) -> Outcome:
        if q.operation == "targets_met":
            return self.targets_met(q)
        asked = self.subjects(q)
        if len(asked) > 1 and not q.asks_reasons:   # "did police and defence meet it": each
            return self.targets_met(q)
        out, lang = Outcome(), q.language
        subject = asked[0]
        period = q.periods[0] if q.periods else self.latest_measured(subject)
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
