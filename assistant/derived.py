"""Answers that combine stated figures: sums, ratios, a whole less its part, a figure with and
without SROI, the change of several subjects, a gap to the target in several years. Every
input is a stored figure with its source; the result is arithmetic on them, said as such."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from assistant import compose as C
from assistant.figure_lookup import FigureLookup, Outcome
from assistant.query import WHOLE_OF
from core import vocabulary as V
from assistant.understand import Question

SUMMABLE = tuple(m.id for m in V.METRICS.values() if m.summable)  # counts add up
RATIO_PLACES = Decimal("0.1")      # a ratio is said to one decimal, as staff write it
SAME_PERCENTAGE = Decimal("0.5")   # a computed share this close to a stated one is that one


class DerivedAnswers(FigureLookup):
    def sum(self, q: Question) -> Outcome:
        """"Hoeveel fta hebben po en vo samen gerealiseerd, en hun gezamenlijke doel": each
        metric asked, added up over the subjects named, with every part cited."""
        out, lang = Outcome(), q.language
        subjects = self.subjects(q)
        if "totaal" in subjects and len(subjects) >= 3:
            # "the overall goal, market and government together": the national total is what
            # the others add up to, never one more part
            subjects = [s for s in subjects if s != "totaal"]
        if q.shortfall or "realisatiepercentage" in q.metrics:
            return self._together(q, subjects, out, share=not q.shortfall)
        for metric in [m for m in q.metrics if m in SUMMABLE] or ["realisatie"]:
            parts = self.of_each(q, subjects, metric, out)
            if parts and all(p in out.figures for p in parts):
                continue    # (two names of one figure: "extra banen", "realisatie")
            if parts and len({p.figure.unit for p in parts}) == 1:
                whole = self._stated_whole(subjects, metric, parts[0].figure.period)
                out.figures += ([whole] if whole else []) + parts
                out.lead.append(C.sum_sentence(parts, out.sources, lang))
                if whole:   # "markt en overheid opgeteld": the national total as stated
                    out.lead.append(C.stated_whole_sentence(whole, out.sources, lang))
        if out.missing:
            out.figures, out.lead = [], []
        return out

    def _stated_whole(self, subjects: list[str], metric: str, period: str):
        """The figure the letters state for the whole these subjects make up (the national
        total of market and government, a group of its members), if they state one."""
        wholes = [s.id for s in V.SUBJECTS.values() if s.members and set(s.members) ==
                  set(subjects)] + (["totaal"] if set(subjects) == set(V.NATIONAL_PARTS) else [])
        return next((f for f in (self.value(w, metric, period) for w in wholes) if f), None)

    def _together(self, q: Question, subjects: list[str], out: Outcome,
                  share: bool = False) -> Outcome:
        """"Hoe groot was het tekort van markt en overheid samen", "the realisation percentage
        of the education sectors combined": their targets added up and their realisations
        added up, then the gap between the two sums or the share of the one in the other
        (computed, and said to be), each stated figure cited."""
        lang = q.language
        period = (q.periods or [self.latest_measured(subjects[0])])[0]
        pairs = [self.target_and_realisation(s, period, out, lang) for s in subjects]
        if not all(pairs) or len({f.figure.unit for p in pairs for f in p}) != 1:
            out.figures, out.lead = [], []
            return out
        doels, reals = [p[0] for p in pairs], [p[1] for p in pairs]
        out.figures += doels + reals
        out.lead += [C.sum_sentence(doels, out.sources, lang),
                     C.sum_sentence(reals, out.sources, lang),
                     C.share_together_sentence(doels, reals, lang) if share
                     else C.gap_together_sentence(doels, reals, lang)]
        return out

    def _with_and_without(self, q: Question, subjects: list[str], out: Outcome) -> Outcome:
        """"How many points does SROI add to Defence's rate", "po and vo, with and without
        procurement": each subject's percentage without and with the SROI jobs."""
        lang = q.language
        for subject in subjects:
            period = (q.periods or [self.latest(subject, "realisatiepercentage", True)])[0]
            plain = period and self.value(subject, "realisatiepercentage", period, out=out)
            incl = period and self.value(subject, "realisatiepercentage", period, True, out)
            if not (plain and incl):
                self._missing(out, subject, "realisatiepercentage", period, lang, not incl)
                continue
            out.figures += [plain, incl]
            out.lead.append(C.difference_sentence(plain, incl, incl.figure.value -
                                                  plain.figure.value, "with_sroi",
                                                  out.sources, lang))
        if not out.figures:
            out.figures = []
        return out

    def _change_each(self, q: Question, subjects: list[str], out: Outcome) -> Outcome:
        """"How did hbo and wo change from 2022 to 2023": the change of each subject."""
        lang = q.language
        first, last = sorted(q.periods)[0], sorted(q.periods)[-1]
        metric = next((m for m in q.metrics if m not in ("doel", "groei")), "realisatiepercentage")
        for subject in subjects:
            m = self.metric_for(subject, metric)
            pair = self._one_statement(self._same_unit(
                [self.value(subject, m, p, out=out) for p in (first, last)]))
            if not all(pair) or pair[0].figure.unit != pair[1].figure.unit:
                for p, found in zip((first, last), pair):
                    if not found:
                        self._missing(out, subject, m, p, lang)
                continue
            a, b = pair
            out.figures += [a, b]
            out.lead.append(C.difference_sentence(a, b, b.figure.value - a.figure.value,
                                                  "change", out.sources, lang))
        return out

    def _one_statement(self, pair: list) -> list:
        """A change that one paragraph states whole ("de politie van 54% naar 68%") is read
        from that paragraph: two letters can round the same year differently (54,3%)."""
        if len(pair) < 2 or not all(pair) or pair[0].source.passage_id == pair[1].source.passage_id:
            return pair
        a, b = pair[0].figure, pair[1].figure
        for fa in self.tool.store.figures(a.subject, a.metric, a.period):
            for fb in self.tool.store.figures(b.subject, b.metric, b.period):
                if fa.passage_id == fb.passage_id and fa.unit == fb.unit \
                        and fa.qualifier == fb.qualifier == a.qualifier:
                    return [self.tool.sourced(fa), self.tool.sourced(fb)]
        return pair

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

    def of_each(self, q: Question, subjects: list[str], metric: str, out: Outcome) -> list | None:
        """One metric of each subject, in the year asked (else its latest); None, with what
        is missing noted, when one subject lacks it."""
        found_all = []
        for subject in subjects:
            m = self.metric_for(subject, metric)
            period = (q.periods or [self.latest(subject, m)])[0]
            found = period and self.value(subject, m, period, out=out)
            if not found:
                self._missing(out, subject, m, period, q.language)
                return None
            found_all.append(found)
        return found_all

    def target_and_realisation(self, subject: str, period: str | None, out: Outcome,
                               lang: str, note: bool = True) -> tuple | None:
        """A subject's target and realisation in one year (a count: never a percentage);
        None, with what is missing noted, when either is not stated."""
        real_metric = self.metric_for(subject, "realisatie")
        doel = period and self.value(subject, "doel", period, out=out)
        real = period and self.value(subject, real_metric, period, out=out)
        if doel and real:
            return doel, real
        if note:
            self._missing(out, subject, real_metric if doel else "doel", period, lang)
        return None

    def ratio(self, q: Question) -> Outcome:
        """"How many times as many jobs did the market create as government": a over b."""
        out, lang = Outcome(), q.language
        subjects = self.subjects(q)[:2]
        metric = next((m for m in q.metrics if m in SUMMABLE), "realisatie")
        pair = self.of_each(q, subjects, metric, out) or []
        if len(pair) == 2 and pair[1].figure.value and pair[0].figure.unit == pair[1].figure.unit:
            times = (pair[0].figure.value / pair[1].figure.value).quantize(RATIO_PLACES,
                                                                          ROUND_HALF_UP)
            out.figures += pair
            out.lead.append(C.ratio_sentence(pair[0], pair[1], times, out.sources, lang))
        return out

    def complement(self, q: Question) -> Outcome:
        """"Hoeveel fta liepen níet via inhuur", "how many were not in work": the whole less
        the part named."""
        out, lang = Outcome(), q.language
        part_metric = q.excluded
        for subject in self.subjects(q)[:1]:
            whole_metric = self.metric_for(subject, WHOLE_OF[part_metric])
            period = (q.periods or [self.latest(subject, part_metric)])[0]
            part = period and self.value(subject, part_metric, period, out=out)
            whole = period and self.value(subject, whole_metric, period, out=out)
            if not (part and whole):
                self._missing(out, subject, part_metric if whole else whole_metric, period,
                              lang)
                return out
            out.figures += [whole, part]
            out.lead.append(C.difference_sentence(whole, part, whole.figure.value -
                                                  part.figure.value, "complement",
                                                  out.sources, lang))
        return out

    def computed_share(self, subject: str, period: str, out: Outcome, lang: str) -> bool:
        """The share of its target a subject reached, where the letters state the target and
        the realisation but not the percentage ("the government's 12.474 of 25.000 jobs"):
        computed, and said to be."""
        pair = self.target_and_realisation(subject, period, out, lang, note=False)
        if not pair or not pair[0].figure.value or pair[0].figure.unit != pair[1].figure.unit:
            return False
        doel, real = pair
        share = (real.figure.value / doel.figure.value * 100).quantize(RATIO_PLACES,
                                                                     ROUND_HALF_UP)
        out.figures += [real, doel]
        out.lead.append(C.share_sentence(real, doel, share, out.sources, lang))
        return True

    def with_sroi_total(self, subject: str, period: str, out: Outcome, lang: str,
                        doel=None) -> None:
        """The realisation and the jobs via SROI added up, where both are counts in one unit
        (the letters give the percentage with SROI, not the count); with a target, the gap
        that leaves."""
        real = self.value(subject, self.metric_for(subject, "realisatie"), period, out=out)
        sroi = self.value(subject, "sroi", period, out=out)
        if not (real and sroi):
            return
        pct = None
        if real.figure.unit != sroi.figure.unit:
            # "498 fta ... via SROI 114 extra banen, daarmee zou het realisatiepercentage op
            # 36,6% komen": the letter adds them itself, which its percentage shows
            pct = self._percentage_counting(subject, period, real.figure.value
                                            + sroi.figure.value)
            if pct is None:
                return
        out.figures += [sf for sf in (real, sroi, pct) if sf and sf not in out.figures]
        out.lead.append(C.sroi_total_sentence(real, sroi, doel, out.sources, lang, pct))

    def _percentage_counting(self, subject: str, period: str, total):
        """The letter's percentage with SROI, if it is `total` over the target (rounded as
        stated); else None."""
        with_sroi = self.value(subject, "realisatiepercentage", period, True)
        without = self.value(subject, "realisatiepercentage", period, False)
        target = self.value(subject, self.metric_for(subject, "doel"), period)
        if not (with_sroi and target and target.figure.value) or with_sroi == without:
            return None
        share = total / target.figure.value * 100
        # (the letters round and revise their targets: hbo's 612 of 1.685 is 36,3%, its
        # letter says 36,6%; 29,6% without the SROI jobs)
        return with_sroi if abs(share - with_sroi.figure.value) <= SAME_PERCENTAGE else None

    def shortfall_each_year(self, q: Question, subject: str, out: Outcome) -> Outcome:
        """"Give the shortfall for both years": the gap to the target in every year asked."""
        lang = q.language
        gaps = []
        for period in sorted(q.periods):
            pair = self.target_and_realisation(subject, period, out, lang)
            if not pair:
                continue
            doel, real = pair
            out.figures += [doel, real]
            gaps.append((period, doel.figure.value - real.figure.value, doel.figure.unit))
            out.lead.append(C.difference_sentence(doel, real, gaps[-1][1], "shortfall",
                                                  out.sources, lang))
        if q.gap_change and len(gaps) >= 2 and gaps[0][2] == gaps[-1][2]:
            # "did the gap widen or narrow, and by how much": the two gaps set side by side
            out.lead.append(C.gap_change_sentence(gaps[0], gaps[-1], lang))
        return out
