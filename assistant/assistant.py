"""The assistant: a question in, an Answer with cited sources out.

Figure questions go to the figures tool (exact, from the store), explanations to hybrid
retrieval, and a figure answer also cites the paragraph that explains it where one is found.
Nothing is answered that the letters do not state: then the status is not_found, with what the
letters do hold.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from assistant import compose as C
from assistant import explain as E
from assistant import passage_choice as P
from assistant import sentence_choice as S
from assistant.draft import Draft, merge
from assistant.coverage import without_purpose
from assistant.letters import heading_words, named_letters, without_letter_names
from assistant.evidence import Evidence, best_sentences, content_stems, passage_stems
from assistant.figure_answers import FigureAnswers, Outcome
from assistant.figures import FiguresTool
from assistant.quoted import NOTE as QUOTED_NOTE, quoted_figure
from assistant.understand import Question, understand
from core.aliases import find_metrics, find_subjects
from core.vocabulary import GROUPS, METRICS, SUBJECTS
from core.numbers import format_number
from core.records import Answer, Citation
from index.glossary import dutch_synonyms
from index.language import dutch_expansion
from assistant.authority import in_language
from core.store import Store
from index.retriever import Hit

_VERDICTS_AND_GAPS = ("target_met", "targets_met", "shortfall", "sum")
# what a split is into: "verdeeld over mannen en vrouwen", "split between men and women"
_SPLIT_INTO = re.compile(r"\b(?:verdeeld|verdeling|opgesplitst|split|divided)\b[^?]*?\b(?:over|tussen|"
                         r"naar|between|into|by|among)\b([^?]*)", re.I)
_QUARTER = re.compile(r"\bkwarta\w*|\bquarters?\b|\bQ[1-4]\b", re.I)
EXPLAIN_K = 5          # passages cited for an explanation: what a reader checks
EVIDENCE_K = 3         # the first passages, whose words decide whether the letters answer
QUOTE_K = 5            # passages searched for a sentence stating a figure not stored
SECTION_BONUS = 3      # places in retrieval's order a section about one asked sector is worth
RERANK_POOL = 4        # times EVIDENCE_K retrieved when the passages are re-ordered by sectors
MAX_CITATIONS = 5      # what a reader checks: the figures' own sources and the paragraphs
# asks whose answer is a verdict or a worked-out number, not the figures it is made from
_WORKED_OUT = ("target_met", "targets_met", "change", "shortfall", "compare")
NAMING_DF = 4          # a word in at most this many paragraphs names the thing asked
CORROBORATED = 3       # figures of an answer whose value is looked for in other paragraphs
DISTINCTIVE = 1000     # a value this large written in a paragraph is that figure, not chance
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
FIGURE_INTENTS = ("figure", "difference", "sum", "ratio", "ranking", "trend", "target_met")


def _names_asked(q: Question, hit) -> bool:
    """An amount asked of a subject ("hoeveel fta realiseerde Financiën") is in a paragraph
    that names it, or one of its members, or stands in its section; not in one about others."""
    if not q.subjects:
        return True
    wanted = set(q.subjects) | {m for s in q.subjects for m in SUBJECTS[s].members}
    named = set(find_subjects(hit.text)) | covered_by(hit.passage.section, True)
    return bool(wanted & named)


def _names_figure(sentence: str, figure) -> bool:
    """A sentence names a figure's subject and its metric (or the metric it equals)."""
    entry = METRICS.get(figure.metric)
    own = {figure.metric, entry.equivalent if entry else None}
    return figure.subject in find_subjects(sentence) and bool(own & set(find_metrics(sentence)))


def covered_by(section: str | None, members: bool) -> set[str]:
    """The subjects a section heading (or a text) is about: those it names, and (for a
    question about several sectors) a group's members: "Onderwijssectoren" is about po, vo
    and mbo at once."""
    named = find_subjects(section or "")
    return set(named) | ({m for s in named for m in SUBJECTS[s].members} if members else set())


class Assistant:
    def __init__(self, store: Store, retriever=None, writer=None, vote=None):
        self.store = store
        self.tool = FiguresTool(store)
        self.figures = FigureAnswers(self.tool)
        self.retriever = retriever
        self.writer = writer
        self.vote = vote        # labelled examples' vote on the intent (assistant/examples.py)
        passages = store.passages()
        self.evidence = Evidence([p.text for p in passages])
        self._documents = {d.doc_id: d for d in store.documents()}
        # the letters' sections about a group they report only through its members
        # ("Onderwijssectoren"); a group with figures of its own, the overheid, has its own
        reported_apart = {g for g in GROUPS if not store.figures(g)}
        about = {section: reported_apart & set(find_subjects(section))
                 for section in {p.section for p in passages if p.section}}
        self._group_sections = [p for p in passages if p.section and about[p.section]]
        # the years any stored figure is of: what the letters report on; and the year each
        # letter reports on, the year most of its figures are of (a progress letter of
        # December 2024 reports on 2023)
        by_letter: dict[str, Counter] = {}
        counted: set[int] = set()       # the years jobs were counted (a target may be later)
        for f in store.figures():
            if f.period[:4].isdigit():
                by_letter.setdefault(f.doc_id, Counter())[int(f.period[:4])] += 1
                if f.metric in ("realisatie", "extra_banen"):
                    counted.add(int(f.period[:4]))
        self.latest_counted = max(counted, default=None)
        self.reported_years = {y for years in by_letter.values() for y in years}
        self.report_year = {d: years.most_common(1)[0][0] for d, years in by_letter.items()}

    @classmethod
    def load(cls, data_dir: str | Path | None = None, *, writer=None) -> "Assistant":
        """The assistant over a data dir (default BANEN_DATA_DIR), its index loaded once."""
        from index.retriever import HybridRetriever      # loads the embedding model
        from assistant.writer import Writer
        from assistant.examples import ExampleVote
        store = Store(Path(data_dir) / "store.sqlite" if data_dir else None)
        retriever = HybridRetriever.load(store)
        vote = ExampleVote(retriever.vectors.embeddings, cache_dir=store.path.parent)
        return cls(store, retriever, writer or Writer.from_env(), vote)

    # -- asking ------------------------------------------------------------------------------
    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        q = understand(question, history or [], vote=self.vote)
        q, latest_note = self._latest_for_calendar_year(q)
        draft = self._route(q, history or [])
        if latest_note and draft.status == "answered":
            draft.notes.append(latest_note)
        if q.parts and self._outside_sectors(q.text):
            # "Hoe scoort onze gemeente Utrecht? Hoeveel fta hadden wij?": an ask that names
            # no subject of its own is about the member named, whose figures are not the
            # sector's; only an ask naming a sector the letters know is answered
            q = replace(q, parts=tuple(p for p in q.parts if find_subjects(p.text)
                                       and not self._outside_sectors(p.text)))
        # "Klopt het dat ... ? Welke redenen ...": each ask the whole answer leaves open
        # is answered on its own and joined to it
        if q.separate_asks or any(part.refers_back for part in q.parts):
            draft = merge(self._each_ask(q.parts, history or []))
        else:
            open_parts = [part for part in q.parts if not self._answered_by(part, draft, q)]
            extra = [self._route(part, history or []) for part in open_parts]
            if extra and open_parts[0] is q.parts[0]:
                # the first ask left open is said first: a verdict before its gap ("did they
                # meet it? if not, by how much")
                draft = merge([extra[0], draft] + extra[1:])
            elif extra:
                draft = merge([draft] + extra)
        answer = draft.to_answer(q.language)
        if self.writer is not None and answer.status == "answered":
            answer = self.writer.rewrite(question, answer, q.language)
        return answer

    def _latest_for_calendar_year(self, q: Question) -> tuple[Question, str | None]:
        """"Hoeveel banen kwamen er vorig jaar bij?" asked before any letter reports on that
        year: the latest year the letters report, said so."""
        latest = self.latest_counted
        if not (q.calendar_year and q.years and latest) or any(y <= latest for y in q.years):
            return q, None
        note = C.reported_years_note(q.years, [], q.language).rstrip(".") + (
            f"; dit zijn die over {latest}, de meest recente." if q.language == "nl"
            else f"; these are for {latest}, the latest.")
        return replace(q, years=[latest], parts=tuple(
            replace(p, years=[latest]) if p.calendar_year else p for p in q.parts)), note

    def _year_unreported(self, q: Question) -> bool:
        """A year's figures asked ("the results over 2025", "welk doel gold in 1990") where no
        letter reports a figure of that year: not_found, naming the years they do report."""
        asks_figures = q.asks_amount or q.how_much or q.asks_results
        return bool(q.years) and asks_figures and not (q.asks_reasons or q.asks_plans) \
            and q.operation != "definition" \
            and not any(y in self.reported_years for y in q.years)

    def _status_unmeasured(self, q: Question) -> list[str]:
        """How a sector did in a year ("hoe deden de waterschappen het in 2024") where the
        letters count its jobs, but not in that year: the years they do, for each sector
        (another year's paragraph is not how it did then)."""
        if not (q.asks_status and q.subjects and q.years) or q.asks_reasons or q.asks_plans \
                or set(q.metrics) - {"realisatie", "realisatiepercentage"}:
            return []       # ("how far along toward its 2026 target": the target is held)
        notes = []
        for s in q.subjects:
            metric = self.figures.metric_for(s, "realisatie")
            held = self.figures.periods(s, metric)
            if not held or any(p in held for p in q.periods):
                return []
            notes.append(self.figures.held(s, metric, q.language))
        return notes

    def _each_ask(self, parts: tuple[Question, ...], history: list[str]) -> list[Draft]:
        """The asks answered in turn; an ask that points back ("and how far short was it?")
        is about the subject the first ask's answer leads with (a ranking's first)."""
        drafts: list[Draft] = []
        for part in parts:
            if part.refers_back and drafts:
                if not drafts[0].picked:
                    continue        # "..., and by how much did they exceed it?" with none
                listed = parts[0].operation == "targets_met"
                part = replace(part, subjects=drafts[0].picked[:None if listed else 1])
            drafts.append(self._route(part, history))
        return drafts

    @staticmethod
    def uses_figures(q: Question) -> bool:
        """A plain value asked of something else than a figure's subject, metric and year
        ("wat stelt de Arbeidsinspectie over ...") is for the passages; an operation on
        figures (compare, rank, change) keeps its figures and adds the passages."""
        # (nor are reasons asked about content no figure covers where the cues suggest a
        # verdict or a gap: "welke knelpunten ervaren overheidswerkgevers ..."; a ranking of
        # those "furthest behind" stays one)
        # ("by how many percentage points does the SCP's share exceed ...": points between
        # shares no figure holds, not a gap in jobs)
        return q.intent in FIGURE_INTENTS and q.operation != "when" and not (
            (q.intent == "figure" or q.asks_reasons and q.operation in _VERDICTS_AND_GAPS)
            and q.about_other_things and not q.asks_amount) and not (
            q.asks_points and q.operation in _VERDICTS_AND_GAPS and q.about_other_things)

    def _route(self, q: Question, history: list[str]) -> Draft:
        unknown = self.evidence.words_unknown(q.uncovered) \
            if q.language == "nl" and not q.subjects and q.operation == "value" else []
        if not unknown and q.shorthand and not q.subjects:
            unknown = self.evidence.abbreviations_unknown(q.text)     # "ws 2024?"
        if unknown:     # "realisatie kinderopvang 2023": a thing no letter names
            return self._not_mentioned(q.language, unknown)
        if q.which_member and not self._members_held(q.which_member):
            # "welke hogeschool realiseerde 96%": the letters name no single member
            return self._not_found(q.language, [
                f"De brieven noemen geen afzonderlijke {q.which_member} bij naam." if
                q.language == "nl" else f"The letters name no single {q.which_member}."])
        if q.per_member and q.intent in FIGURE_INTENTS and not self._members_held(q.per_member):
            # "Kunt u per ministerie aangeven hoeveel ...": the letters give the sector's
            # figures, not its members'
            return self._not_found(q.language, [
                f"De brieven geven geen cijfers per {q.per_member}." if q.language == "nl"
                else f"The letters give no figures by {q.per_member}."])
        unmeasured = self._status_unmeasured(q)
        if unmeasured:
            return self._not_found(q.language, unmeasured)
        if self.uses_figures(q):
            return self._figure_answer(q, history)   # its not_found names the subject's years
        outside = self._outside_sectors(q.text)
        if outside:
            # "why did the hospitality sector fall short": its reasons are not in the letters
            # either, whatever another sector's paragraph says
            return self._not_mentioned(q.language, outside)
        if self._year_unreported(q):
            return self._not_found(q.language, [C.reported_years_note(
                q.years, sorted(self.reported_years), q.language)])
        amount_of_other = q.asks_amount and not (q.asks_reasons or q.asks_plans or q.metrics
                                                 or q.parts)
        # ("oorzaak daling politie 2023?": shorthand for its reasons, no amount)
        if (q.shorthand and not q.asks_reasons or amount_of_other) and q.subjects and q.years:
            # "quotumpercentage overheid 2024", "welk quotumpercentage gold in 2025": that
            # sector's amount of that year, which a sentence must state with the year
            return self._explanation(q, history, years=q.years, amount_in_year=True)
        return self._explanation(q, history)

    def _members_held(self, member: str) -> bool:
        """Whether the figures hold some members of the kind named ("ministerie": the
        ministries, where an annex gives them); no member of any other kind is a subject."""
        if not member.startswith(("ministeri", "ministry", "departement", "department")):
            return False
        members = set(SUBJECTS["ministeries"].members) - {"defensie"}
        return any(self.store.figures(m) for m in members)

    def _answered_by(self, part: Question, draft: Draft, whole: Question) -> bool:
        """Whether the whole question's answer already answers this ask: its figures are
        of the subjects and metrics the ask names, or it is an explanation and so is the ask.
        A verdict asked ("did they meet it? if not, by how much") is only given by a verdict."""
        if draft.status != "answered":
            return False
        if part.operation in _WORKED_OUT and whole.operation != part.operation:
            return False    # (nor is a change or a gap by figures that only hold it)
        if part.operation == "definition" and whole.operation != "definition":
            return False    # "what does fta stand for, and why ...": its defining paragraph
        if part.including_sroi and not any(sf.figure.subject in part.subjects and
                                           sf.figure.metric == "sroi" for sf in draft.figures):
            return False    # "... and how big is the gap if the SROI jobs are added?"
        if not self.uses_figures(part):
            return not draft.figures or draft.explained
        have = {(sf.figure.subject, sf.figure.metric) for sf in draft.figures}
        if part.years and not {str(y) for y in part.years} & {
                sf.figure.period[:4] for sf in draft.figures}:
            return False    # "wat was het in 2022, en waarom daalde het in 2023": 2022's too
        subjects = {s for s, _ in have}
        metrics = {m for _, m in have}
        # ("... boven de 5.000 fta? Hoeveel precies": a count, which a percentage is not)
        counted = not part.asks_count or any(sf.figure.unit != "%" for sf in draft.figures)
        return bool(have) and set(part.subjects) <= subjects | {"totaal"} \
            and (bool(set(part.metrics) & metrics) if part.metrics else counted)

    def _never_named(self, q: Question) -> list[str]:
        """What a question asks an amount or a figure of that no letter names ("what share
        of those on the register were women", "hoeveel vrouwen"): a kind of people, or of
        anything, whose amount none states. Money is no such thing ("hoeveel geld")."""
        if q.asks_money:
            return []
        asked = q.uncovered if q.language == "en" else \
            [q.counted] if q.counted in q.uncovered else []
        if q.split:     # ... and the parts of a split ("verdeeld over mannen en vrouwen")
            parts = _SPLIT_INTO.search(q.text)
            asked = [w for w in q.uncovered if parts and w in parts.group(1).lower()] or \
                ([] if q.language == "nl" else asked)
        return self.evidence.never_named(asked, q.language)

    def _outside_sectors(self, text: str) -> list[str]:
        """A sector, or a member of one, or a country, that the letters do not know ("de
        zorgsector", "the province of Noord-Brabant", "Germany's quota"): neither its figures
        nor its reasons are in them. (Not in what the asker needs the answer for: "For a
        comparison with Germany: ...")"""
        return self.evidence.sectors_unknown(text) or self.evidence.members_unknown(text) \
            or self.evidence.kinds_unknown(text) or self.evidence.places_abroad(
                without_purpose(text))

    def _figure_answer(self, q: Question, history: list[str]) -> Draft:
        lang = q.language
        asked = without_purpose(q.text)
        unknown = self._outside_sectors(q.text) or self._never_named(q) or (
            [] if q.subjects else self.evidence.names_unknown(asked) + (
                self.evidence.nouns_unknown(asked) if lang == "nl" else []))
        if unknown:
            return self._not_mentioned(lang, unknown)
        if q.intent == "figure" and (P.counts_other_things(q) or q.share_of_other
                                     or q.asks_money
                                     or (not q.metrics and q.about_other_things)
                                     or q.via_other):
            # "hoeveel geld", "hoeveel detacheringen bij de umc's", "hoeveel mbo-scholen":
            # not jobs, so no figure of the table; a paragraph may state the amount. So too
            # an amount of content the parse does not place and no metric names ("hoeveel
            # is er aan LIV uitbetaald"), or a share of members ("welk deel van de
            # mbo-scholen"): a figure of the table would be of something else; and jobs of
            # a kind no metric names ("via een detachering")
            return self._explanation(q, history, years=q.years)
        out = self.figures.answer(q)
        if not out.found:
            if q.about_other_things:
                # "how many hired-in placements by their own inventory": more is asked than a
                # stored figure's subject, metric and year; a paragraph may state it
                return self._explanation(q, history, years=q.years, missing=out.missing)
            if q.intent == "figure" and not (q.metrics and q.years):
                # The figures table holds nothing like it: a paragraph may still answer, if
                # it speaks of the year asked; for a sector's year ("gemeenten fta 2024") one
                # sentence must state an amount and that year.
                return self._explanation(q, history, years=q.years, missing=out.missing,
                                         amount_in_year=bool(q.subjects and q.years
                                                             and not q.names_letter))
            return self._quoted(q, out.missing) or self._not_found(lang, out.missing)
        self._add_explaining_passage(q, out)
        self._add_corroborating(out)
        if not q.years:
            self._add_same_in_every_letter(out)
        if q.about_other_things:
            self._add_passages_on(q, out)
        notes = [in_language(n, lang) for n in out.notes + out.missing]
        return Draft("answered", out.lead, out.sources, out.figures, notes, picked=out.picked)

    def _add_explaining_passage(self, q: Question, out: Outcome) -> None:
        """The paragraph that explains the figure, after the figure's own passage."""
        if self.retriever is None or q.intent == "ranking":
            return
        first = out.sources.citations[0] if out.sources.citations else None
        if first is None:
            return
        hits = self.retriever.search(q.text, k=1, filters={"doc_id": first.doc_id},
                                     mode="bm25")
        cited = {c.passage_id for c in out.sources.citations}
        for hit in hits:
            # Only a paragraph about the same thing: the same section of the same letter.
            if hit.passage_id not in cited and hit.passage.section == first.section:
                out.sources.ref(hit.citation(), " ".join(best_sentences(hit.text, q.text, 2)))

    @staticmethod
    def _of_asked(naming: set[frozenset[str]], paragraph: str) -> bool:
        """A paragraph's amount is of what was asked when it names the thing the parse could
        not place ("hoe hoog is die heffing": heffing), if the question has such a thing
        (`naming`, the question's `_naming_words`)."""
        found = passage_stems(paragraph, parts=True)
        return not naming or any(stems & found for stems in naming)

    def _naming_words(self, q: Question, words: tuple[str, ...] | None = None,
                      any_df: bool = False) -> set[frozenset[str]]:
        """The stems of each word the parse did not place that the letters use in few
        paragraphs: a word that names a thing ("heffing"). `words`: these instead, and with
        `any_df` however many paragraphs use them (the kind of job asked: "via detachering")."""
        words = q.uncovered if words is None else words
        df, limit = self.evidence.df, float("inf") if any_df else NAMING_DF
        # "leverden ... cijfers aan": the verb the letters write whole, "aangeleverd"
        joined = self.evidence.separable_verbs(q.text) if q.language == "nl" else {}
        hyphenated = self.evidence.hyphenated(q.text)       # "SCP": SCP-rapport
        own = set()
        for w in words:
            # the English word in the Dutch the letters use; a Dutch compound they never
            # write in its parts ("quotumheffing": quotum, heffing)
            stems = content_stems(" ".join(dutch_expansion(w))) if q.language == "en" \
                else content_stems(w)
            if q.language == "nl" and not any(df[s] for s in stems):
                stems = self._compound_parts(w)
            if stems and all(0 < df[s] <= limit for s in stems):
                # (or by the letters' other word for it: "contract", "aanstelling")
                others = dutch_synonyms(w) if q.language == "nl" else []
                others += [v for v in hyphenated if w.lower() in v.split("-")]
                own.add(frozenset(stems | content_stems(" ".join(
                    [joined[s] for s in stems if s in joined] + others))))
        return own

    def _compound_parts(self, word: str) -> set[str]:
        """The stems of a Dutch compound's two parts, when the letters use both."""
        word = word.lower()
        for cut in range(4, len(word) - 3):
            head, tail = content_stems(word[:cut]), content_stems(word[cut:])
            if head and tail and all(self.evidence.df[s] for s in head | tail):
                return head | tail
        return set()

    def _add_corroborating(self, out: Outcome) -> None:
        """Other paragraphs that state the same value of a figure in the answer for its year
        ("de realisatie op 89.616 blijft steken" beside the table row "Totaal ... 89.616"):
        where staff find the figure in words. A large value is distinctive by itself; a small
        one ("724", "22%") is in too many paragraphs to say anything unless its sentence names
        the figure's subject and metric too ("de sector markt hebben 724 extra banen via
        inleenverbanden")."""
        for sf in out.figures[:CORROBORATED]:
            f = sf.figure
            if len(out.sources.citations) >= MAX_CITATIONS:
                continue
            dutch = format_number(abs(f.value), "nl")
            written = re.compile(r"(?<![\d.,])" + re.escape(dutch) + r"(?!\d|[.,]\d)")
            for passage in self.store.passages_containing(dutch):
                if passage.passage_id == sf.source.passage_id or not written.search(passage.text) \
                        or (f.year and str(f.year) not in passage.text) \
                        or len(out.sources.citations) >= MAX_CITATIONS:
                    continue
                document = self.store.document(passage.doc_id)
                if document.standing != "official":
                    continue        # an upload corroborates no official figure
                quote = next((s for s in C.sentences(passage.text) if written.search(s)), None)
                if abs(f.value) < DISTINCTIVE and not (quote and _names_figure(quote, f)):
                    continue
                out.sources.ref(Citation.of(document, passage, 0.0), quote)

    def _add_same_in_every_letter(self, out: Outcome) -> None:
        """A figure the same in every letter that states it (a definition: "een baan van 25,5
        uur"), asked of no year: each letter's own statement of it, not the latest alone."""
        for sf in out.figures[:CORROBORATED]:
            f = sf.figure
            stated = [g for g in self.store.figures(f.subject, f.metric)
                      if g.qualifier == f.qualifier]
            if len(stated) < 2 or any(g.value != f.value for g in stated):
                continue        # a figure that differs by year is of the year asked
            if len(out.figures) == 1:   # ... so "no year given: the latest" says nothing
                latest = tuple(C.WORDS[lang]["latest"] for lang in ("nl", "en"))
                out.notes = [n for n in out.notes if not str(n).startswith(latest)
                             and not in_language(n, "nl").startswith(latest)]
            for g in stated:
                if len(out.sources.citations) >= MAX_CITATIONS:
                    return
                if g.passage_id not in {c.passage_id for c in out.sources.citations}:
                    out.sources.ref(self.tool.sourced(g).source, g.quote)

    def _add_passages_on(self, q: Question, out: Outcome) -> None:
        """What the question asks beyond the figure ("wanneer de banen via social return
        worden meegeteld"): the paragraphs retrieval finds for it, after the figures' own."""
        if self.retriever is None:
            return
        cited = {c.passage_id for c in out.sources.citations}
        for hit in self.retriever.search(q.text, k=EXPLAIN_K):
            if hit.passage_id not in cited and not P.bare(hit.text) \
                    and len(out.sources.citations) < MAX_CITATIONS:
                out.sources.ref(hit.citation(), " ".join(best_sentences(hit.text, q.text, 2)))

    def _explanation(self, q: Question, history: list[str], years: list[int] | None = None,
                     missing: list[str] | None = None, amount_in_year: bool = False) -> Draft:
        lang = q.language
        naming = self._naming_words(q)      # once: every paragraph is judged by the same words
        # (after a parliamentary lead-in, the ask: the lead-in's words would lead the search)
        query = " ".join(history[-1:] + [q.text]) if q.follow_up else q.searched or q.text
        if lang == "en":
            query = " ".join([query] + self.evidence.compounds(q.text))
        else:       # "leverden ... aan" searched as the letters write it, "aangeleverd"
            query = " ".join([query] + list(self.evidence.separable_verbs(q.text).values()))
        # ("het SCP" searched as the letters write it too: "SCP-rapport")
        query = " ".join([query] + self.evidence.hyphenated(q.text))
        # re-ordering by the sectors asked needs a wider pool to choose from
        pool = (RERANK_POOL if len(q.subjects) >= 2 else 2) * EVIDENCE_K
        # one search: its first `pool` are what a deeper one ranks first (the points of a
        # composed explanation may come from further down)
        wide = self.retriever.search(query, k=max(pool, E.WIDE)) if self.retriever else []
        hits, headed = wide[:pool], False
        several = len(q.subjects) >= 2
        if q.subjects and not any(set(q.subjects) & covered_by(h.passage.section, several)
                                  for h in hits):
            # no paragraph found under a heading about what is asked: the letter's section
            # about the group asked ("Onderwijssectoren" for "scholen") is, wherever
            # retrieval ranked it
            hits += [Hit(p, self._documents[p.doc_id], 0.0) for p in self._group_sections
                     if set(q.subjects) & covered_by(p.section, several)]
        term_names = P.term_names(q.term) if q.term else []

        def defines(h) -> bool:     # "what is an fta?": the paragraph that defines the term
            return any(P.defines(h.text, t) for t in term_names)
        if term_names and self.retriever:
            # "what is an fta in the jobs agreement": that paragraph, wherever the question's
            # other words lead retrieval
            defining = [h for h in self.retriever.search(" ".join(term_names), k=pool)
                        if defines(h)]
            hits = defining + [h for h in hits
                               if h.passage_id not in {d.passage_id for d in defining}]
        named = named_letters(q.letter, self.store.documents(), self.report_year) \
            if q.names_letter else []
        if named and self.retriever:
            # "het geadviseerde besluit in de nota van 10 oktober": that letter's passages
            # first, the one whose heading the question uses before the others
            own = [h for d in named for h in self.retriever.search(
                without_letter_names(query), k=EXPLAIN_K, filters={"doc_id": d})]
            own.sort(key=lambda h: -heading_words(q.text, h.passage.section, lang))
            # a section of the letter named, by its own heading, is what the question is about
            headed = bool(own) and heading_words(q.text, own[0].passage.section, lang) > 0
            hits = own + [h for h in hits if h.passage_id not in {o.passage_id for o in own}]
        hits = [h for h in hits if not P.bare(h.text)]
        if years:           # a figure of a year is only in a paragraph about that year
            # (a sector's figure of a year is in a paragraph naming that year, not in any
            # paragraph of a letter dated that year, unless the letter of that year is asked)
            # ("in het eerste kwartaal van 2023" is a period, whatever the letter's date)
            by_letter = q.names_letter or not (q.subjects or q.quarter)
            # a paragraph naming no year speaks of the year its letter reports on
            hits = [h for h in hits if any(str(y) in h.text or (
                by_letter and h.citation().year == y) or (
                not q.quarter and not _A_YEAR.search(h.text)
                and self.report_year.get(h.passage.doc_id) == y) for y in years)]
            if q.quarter:           # ... and a quarter's, in a paragraph that counts by quarter
                hits = [h for h in hits if _QUARTER.search(h.text)]
            if amount_in_year:      # ... of the sector asked, in its section or sentence
                hits = [h for h in hits if any(
                    P.QUANTITY.search(s) and any(str(y) in s for y in years)
                    and self._of_asked(naming, h.text)
                    and set(q.subjects) & (covered_by(h.passage.section, False)
                                           | set(find_subjects(s)))
                    for s in C.sentences(h.text))]
        if q.subjects:      # a paragraph about the sectors asked about comes first, and one
            # whose section covers more of them (a group's section covers its members) first
            # (each sector covered is worth SECTION_BONUS places of the retrieval's order)
            rank = {h.passage_id: i for i, h in enumerate(hits)}
            several = len(q.subjects) >= 2
            # one sector asked: its own sections first, whatever retrieval's order
            bonus = SECTION_BONUS if several else len(hits)
            # (retrieval's first, when it names the sector itself, is about it as much as a
            # paragraph under its heading: "Het Rijk heeft ... langs vier sporen")
            first = hits[0].passage_id if hits else None
            hits.sort(key=lambda h: rank[h.passage_id] - bonus * len(
                set(q.subjects) & (covered_by(h.passage.section, several) | (
                    # ("met name in het onderwijs": the sectors of the group it names)
                    covered_by(h.text, several) if h.passage_id == first else set()))))
        kind = self._naming_words(q, q.via_other, any_df=True)

        def of_kind(h) -> bool:     # "on secondment": names that kind of job (detacheringen)
            return any(stems & passage_stems(h.text) for stems in kind)
        hits.sort(key=lambda h: not of_kind(h))
        if term_names:      # ... and it comes first
            hits.sort(key=lambda h: not defines(h))
        hits = hits[:EXPLAIN_K]
        strength = self.evidence.strength(query, [h.text for h in hits[:EVIDENCE_K]], lang,
                                          q.frame)
        if hits and not strength.enough and not (years or missing or q.years):
            # (the sector's own paragraphs, put first, may hold fewer of the question's words
            # than what retrieval ranked first: either is evidence that the letters answer;
            # not where a year is asked, which only the paragraphs of that year may answer)
            strength = self.evidence.strength(
                query, [h.text for h in wide if not P.bare(h.text)][:EVIDENCE_K], lang, q.frame)
        if not hits or not (strength.enough or headed):
            return self._not_found(lang, (missing or []) + [
                "De brieven over de banenafspraak geven hierop geen antwoord." if lang == "nl"
                else "The letters on the banenafspraak do not answer this."])
        # ("how are they split between men and women": a breakdown no letter gives)
        unnamed = self._never_named(q) if q.how_much or q.share_of_other or q.split else []
        if unnamed:
            return self._not_mentioned(lang, unnamed)
        if q.how_much:
            # "hoeveel" is answered by the paragraph that states an amount, or not at all; the
            # amount of the thing counted first ("hoeveel detacheringen": "42 detacheringen")
            counted = [h for h in hits[:EVIDENCE_K] if self._of_asked(naming, h.text)
                       and _names_asked(q, h)
                       and any(P.QUANTITY.search(s) and P.names_part_asked(q, s)
                               for s in S.amount_sentences(q, h.text, query))]
            counted.sort(key=lambda h: (not of_kind(h), not P.counts(h.text, q)))
            if P.counts_other_things(q):     # "hoeveel Wajongers": a count of that, or none
                counted = [h for h in counted if P.counts(h.text, q)]
            if q.asks_money:                 # "what budget": an amount in euro, or none
                counted = [h for h in counted
                           if any(P.MONEY.search(s) for s in best_sentences(h.text, query))]
            if not counted:
                return self._not_found(lang, (missing or []) + [
                    "De brieven noemen hierover geen aantal of bedrag." if lang == "nl"
                    else "The letters give no number or amount for this."])
            hits = counted + [h for h in hits if h not in counted]
        if q.operation == "explain" and not (q.how_much or amount_in_year or years):
            # reasons and measures: a lead and at most five cited points (assistant/explain.py)
            made = E.compose(q, query, hits, [h for h in wide if not P.bare(h.text)],
                             self.retriever, self.figures, frozenset(named))
            return Draft("answered", made.lead, made.sources, made.figures, explained=True,
                         lead_figures=made.lead_figures)
        sources = C.Sources()
        top = hits[0]
        dated = None
        if q.operation == "when" or q.share_of_other:
            # the hit whose sentences give a date or a year first ("wanneer"), or a share
            # ("welk deel van de schoolorganisaties"), and those sentences
            dated = {h.passage_id: S.stating(q, h.text, query, S.dated)
                     if q.operation == "when" else S.share_sentences(q, h.text, query, naming)
                     for h in hits}
            hits.sort(key=lambda h: not dated[h.passage_id])
            top = hits[0]
        chosen = (dated[top.passage_id] if dated and dated[top.passage_id] else
                  S.amount_sentences(q, top.text, query, naming) if q.how_much
                  else S.naming_sentences(q, top.text, query, naming))
        quote = " ".join(S.with_second_share(q, top.text, S.of_quarter(q, top.text, chosen)))
        n = sources.ref(top.citation(), quote)
        lead = (f"Volgens {top.citation().label()} [{n}]: “{quote}”" if lang == "nl" else
                f"According to {top.citation().label()} [{n}] (in Dutch): “{quote}”")
        for hit in hits[1:]:
            sources.ref(hit.citation(), " ".join(best_sentences(hit.text, query)))
        return Draft("answered", [lead] + S.points_between(q, quote, n), sources)

    def _quoted(self, q: Question, missing: list[str]) -> Draft | None:
        """A sentence that states the figure asked, quoted (assistant/quoted.py)."""
        hits = self.retriever.search(q.text, k=QUOTE_K) if self.retriever else []
        found = quoted_figure(q, hits, lambda section: covered_by(section, False))
        if found is None:
            return None
        lang, sources = q.language, C.Sources()
        citation = found.hit.citation()
        n = sources.ref(citation, found.sentence)
        lead = (f"Volgens {citation.label()} [{n}]: “{found.sentence}”" if lang == "nl" else
                f"According to {citation.label()} [{n}] (in Dutch): “{found.sentence}”")
        return Draft("answered", [lead], sources, notes=[QUOTED_NOTE[lang]])

    def _not_mentioned(self, lang: str, names: list[str]) -> Draft:
        return self._not_found(lang, [
            f"De brieven over de banenafspraak noemen {', '.join(names)} niet." if lang == "nl"
            else f"The letters on the banenafspraak do not mention {', '.join(names)}."])

    def _not_found(self, lang: str, reasons: list[str]) -> Draft:
        head = ("Dit staat niet in de brieven over de banenafspraak." if lang == "nl"
                else "The letters on the banenafspraak do not answer this.")
        reasons = [r for r in dict.fromkeys(reasons) if r != head]
        return Draft("not_found", [head] + reasons, notes=reasons)
