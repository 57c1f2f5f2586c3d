"""Figures in running text, attributed to the year they are about.

Sentence by sentence: each number with a unit (%, fta, banen, personen, uur) gets a metric
from the words around it, a subject from the nearest sector named in the sentence (else the
sector block the text sits under), and a period from the sentence's own years (see periods.py);
"van 80% in 2023 naar 85% eind 2024" and "2022 (62,4%)" bind a value to its own year.
Anything that cannot be attributed is logged and left out.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from core.aliases import metric_spans, subject_spans
from core.records import Document, Figure, Passage
from ingest.figures.blocks import BlockContext
from ingest.figures.numbers import _QUALIFIER_RE, NUMBER, DutchNumber, parse_numbers
from ingest.figures.periods import YEAR, year_mentions
from ingest.figures.stream import Stream
from ingest.figures.tables import TABLE

log = logging.getLogger("ingest.figures")

_UNIT_AFTER = re.compile(r"\s*(?P<unit>%|procent\b|fta(?=\d|\b)|(?:extra|minder|meer)\s+banen\b|banen\b|"
                         r"personen\b|uur\b|inleenverbanden\b)", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"\bfta\s+$", re.IGNORECASE)
# A sentence ends before a capital, a bullet, or a footnote's number ("meegenomen. 13Zes").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“‘�•]|\d{1,2}\s?[A-Z])|(?<=;)\s+|"
                           r"\s*[�•]\s*|\n\s*\n\s*|\n-\s+|\s{3,}")
_THRESHOLD = re.compile(r"(?:boven|onder|minder\s+dan|tussen|maximaal|tot\s+en\s+met)"
                        r"(?:\s+de)?\s*$", re.IGNORECASE)
_RANGE_END = re.compile(r"^\s*(?:en|tot|-)\s+\d")
_RANGE_START = re.compile(r"\d\s+(?:en|tot|-)\s+$")
# "In het eerste kwartaal 2017 is dit opgelopen tot ruim 260.": the count of the sentence before.
_ANAPHORA = re.compile(r"\b(?:dit|dat)\b.*\b(?:opgelopen|gestegen|gedaald|toegenomen|"
                       r"afgenomen)\s+(?:tot|naar)\s+$", re.IGNORECASE)
_FROM_TO = re.compile(
    r"\bvan\s+(?P<a>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))\s*(?P<ua>%|fta|banen)?"
    r"(?:\s+(?:in|eind)\s+(?P<ya>(?:19|20)\d{2}))?\s+(?:naar|tot)\s+"
    r"(?P<b>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))\s*(?P<ub>%|fta|banen)"
    r"(?:\s+(?:in|eind)\s+(?P<yb>(?:19|20)\d{2}))?", re.IGNORECASE)
_PERSONS_OF_WHOM = re.compile(
    r"(?P<a>" + NUMBER + r")\s+personen,?\s+waarvan\s+(?P<b>" + NUMBER + r")\s*"
    r"\((?P<p>" + NUMBER + r")\s*%\)\s*(?P<what>werkzaam)", re.IGNORECASE)
_HOURS_DEFINITION = re.compile(r"\b(?:baan|fta|arbeidsparticipant)\b", re.IGNORECASE)

_DOEL = re.compile(r"\b(?:doel|doelstelling|opgave|quotum|te\s+behalen)\b", re.IGNORECASE)
# Plain "percentage" only counts under a sector block: elsewhere it is any share.
_PERCENT_WORD = re.compile(r"\bpercentage\b", re.IGNORECASE)
_ANAPHORIC = re.compile(r"\b(?:dat|die|dit|deze)\s+(?:jaar|sector)\b|\bdaar(?:door|mee|van|"
                        r"\s+staat)\b", re.IGNORECASE)
_PERCENT_CUE = re.compile(r"realisatiepercentage|\brealisatie\b|"
                          r"van\s+(?:het\s+)?(?:\w+\s+)?(?:doel|doelstelling)\b", re.IGNORECASE)
_REALISED = re.compile(r"gerealiseerd|gecreëerd|\brealisatie\b|ingevuld|\bwaren\b|bedroeg|"
                       r"\bsteeg\b|\bbanen\s+bij\b", re.IGNORECASE)
_UP = re.compile(r"bijgekomen|bij\s+gekomen|\bkwamen\s+er\b|toegenomen|\btoe\b|toename|"
                 r"stijging\s+van|gestegen\s+met|\bmeer\s+gerealiseerd|\bgroei\b", re.IGNORECASE)
_DOWN = re.compile(r"\bminder\b|daling|gedaald|afgenomen|\bafnam\b|afname|vermindering",
                   re.IGNORECASE)
_NULMETING = re.compile(r"\b0-meting|nulmeting", re.IGNORECASE)
_AGREEMENT = re.compile(r"akkoord|afgesproken|afspraak", re.IGNORECASE)
_INCLUDING = re.compile(r"inclusief|meegerekend|daarmee|\bdan\b", re.IGNORECASE)
_NATIONAL = {"extra_banen", "doel", "formele_dienstverbanden", "inleenverbanden"}


@dataclass
class Candidate:
    subject: str
    metric: str
    period: str
    number: DutchNumber
    unit: str
    qualifier: str | None
    quote: tuple[int, int]       # span in the passage


def report_year(doc: Document, stream: Stream, contexts: list[BlockContext]) -> int | None:
    """The year the letter reports on: its blocks' year, its table's year, or its title's."""
    years = [c.year for c in contexts]
    years += [int(m.group("year")) for m in TABLE.finditer(stream.text)]
    if not years:
        years = [int(m.group("year")) for m in YEAR.finditer(doc.title or "")]
    return max(years) if years else None


def extract_prose(stream: Stream, doc: Document, contexts: list[BlockContext],
                  tables: list[tuple[int, int]] = ()) -> list[Figure]:
    """`tables`: stream spans of tables, read by tables.py and not again as prose."""
    year = report_year(doc, stream, contexts)
    figures: list[Figure] = []
    for passage in stream.all:
        start = stream.start_of(passage)
        ctx = None
        if start is not None:
            before = [c for c in contexts if c.start <= start + len(passage.text)]
            ctx = before[-1] if before else None
        masks = [span for c in contexts for span in c.labels] + list(tables)
        text = _mask(passage.text, start, masks)
        # A footnote has no place in the letter's flow: its figures need their own year.
        figures += _passage_figures(doc, passage, text, ctx, year if start is not None else None,
                                    bool(contexts), definition_year=year)
    return figures


def _mask(text: str, start: int | None, spans: list[tuple[int, int]]) -> str:
    """Blank out block lines and tables (read elsewhere), keeping offsets."""
    if start is None:
        return text
    chars = list(text)
    for l_start, l_end in spans:
        lo, hi = max(l_start - start, 0), min(l_end - start, len(text))
        for i in range(lo, hi):
            chars[i] = " "
    return "".join(chars)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _passage_figures(doc: Document, passage: Passage, text: str, ctx: BlockContext | None,
                     year: int | None, sectored: bool,
                     definition_year: int | None = None) -> list[Figure]:
    out: list[Figure] = []
    previous, last = "", None
    for s, e in _sentences(text):
        s += len(text[s:e]) - len(text[s:e].lstrip())    # not into a blanked-out block line
        sentence = text[s:e]
        cands = _sentence_candidates(sentence, previous, ctx, year, sectored, doc.doc_id, last,
                                     definition_year)
        previous = sentence
        last = cands[-1] if cands else None
        by_key: dict[tuple, set] = {}
        for c in cands:
            by_key.setdefault((c.subject, c.metric, c.period, c.qualifier, c.unit),
                              set()).add(c.number.value)
        for c in cands:
            key = (c.subject, c.metric, c.period, c.qualifier, c.unit)
            if len(by_key[key]) > 1:
                log.info("%s: %s %s %s: several values in one sentence; left out: %r",
                         doc.doc_id, c.subject, c.metric, c.period, sentence.strip()[:80])
                continue
            quote = passage.text[s + c.quote[0]:s + c.quote[1]].strip()
            out.append(Figure(c.subject, c.metric, c.period, c.number.value, c.unit,
                              c.qualifier, doc.doc_id, passage.passage_id, quote))
    return out


def _sentence_candidates(sentence: str, previous: str, ctx: BlockContext | None,
                         year: int | None, sectored: bool, doc_id: str,
                         last: Candidate | None = None,
                         definition_year: int | None = None) -> list[Candidate]:
    cands: list[Candidate] = []
    used: set[int] = set()            # number starts already attributed by a bound pattern
    years = year_mentions(sentence)
    context_year = ctx.year if ctx else year

    for m in _PERSONS_OF_WHOM.finditer(sentence):
        period = _single_period(years)
        if period is None:
            continue
        nums = parse_numbers(m.group(0))
        specs = [("omvang", "personen"), ("werkzaam", "personen"), ("werkzaam_percentage", "%")]
        for n, (metric, unit) in zip(nums, specs):
            cands.append(Candidate("doelgroep", metric, period, n, unit, None,
                                   (m.start(), m.end())))
            used.add(m.start() + n.num_start)

    for m in _FROM_TO.finditer(sentence):
        unit = _norm_unit(m.group("ub"))
        metric = _metric_for_change(sentence, unit)
        subject = _subject(sentence, m.start(), ctx, sectored, metric, unit, previous)
        ya, yb = m.group("ya"), m.group("yb")
        if not (ya and yb):
            periods = [y.period for y in years if y.role == "period"
                       and not (m.start() <= y.start < m.end())]
            end_year = int(yb) if yb else (int(periods[0]) if len(set(periods)) == 1 else
                                           (context_year if not periods else None))
            if end_year is None:
                continue
            ya, yb = ya or str(end_year - 1), yb or str(end_year)
        if metric is None or subject is None:
            log.info("%s: change %r: no metric or subject; left out", doc_id, m.group(0))
            continue
        for group, period in (("a", ya), ("b", yb)):
            n = parse_numbers(m.group(group))[0]
            off = m.start(group)
            n = _shift(n, off)
            cands.append(Candidate(subject, metric, period, n, unit, n.qualifier,
                                   (m.start(), m.end())))
            used.add(n.num_start)

    for n in parse_numbers(sentence):
        if n.num_start in used or YEAR.fullmatch(sentence[n.num_start:n.num_end]):
            continue
        cand = _free_value(sentence, previous, n, years, ctx, context_year, sectored,
                           definition_year)
        if cand is None and last is not None and _ANAPHORA.search(sentence[:n.start]) \
                and not _UNIT_AFTER.match(sentence, n.end):
            period = _single_period(years)
            if period:
                cand = Candidate(last.subject, last.metric, period, n, last.unit, n.qualifier,
                                 (_quote_start(sentence, n.start), n.end))
        if cand:
            cands.append(cand)
        elif _UNIT_AFTER.match(sentence, n.end):
            log.debug("%s: %r: not attributed", doc_id, sentence[n.start:n.end + 12])
    return cands


def _shift(n: DutchNumber, off: int) -> DutchNumber:
    return DutchNumber(n.value, n.qualifier, n.footnote, n.start + off, n.end + off,
                       n.num_start + off, n.num_end + off)


def _norm_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    unit = " ".join(unit.lower().split())
    return {"procent": "%", "extra banen": "banen", "minder banen": "banen", "meer banen": "banen",
            "inleenverbanden": "banen"}.get(unit, unit)


def _single_period(years) -> str | None:
    periods = {y.period for y in years if y.role == "period"}
    return periods.pop() if len(periods) == 1 else None


def _metric_for_change(sentence: str, unit: str | None) -> str | None:
    if unit == "%":
        return "realisatiepercentage" if _PERCENT_CUE.search(sentence) else None
    return "realisatie" if unit in ("fta", "banen") else None


def _subjects_named(text: str, ctx: BlockContext | None, unit: str | None):
    spans = subject_spans(text)
    if ctx is not None:
        spans = [s for s in spans if s[2] != "totaal"]   # "in totaal" = the sector's total
    if unit != "personen":       # "mensen uit de doelgroep" is in nearly every sentence
        spans = [s for s in spans if s[2] != "doelgroep"]
    return spans


def _subject(sentence: str, pos: int, ctx: BlockContext | None, sectored: bool,
             metric: str | None, unit: str | None, previous: str = "") -> str | None:
    spans = _subjects_named(sentence, ctx, unit)
    if unit == "personen" and "doelgroep" in {s[2] for s in spans}:
        return "doelgroep"
    before = [s for s in spans if s[1] <= pos]
    pair = before[-2:]
    if len(pair) == 2 and {p[2] for p in pair} == {"markt", "overheid"} \
            and pair[1][0] - pair[0][1] <= 12:
        return "totaal"                                  # "markt en overheid" together
    if before:
        return before[-1][2]
    after = [s for s in spans if s[0] >= pos]
    if after:
        return after[0][2]
    if ctx is not None:
        return ctx.subject
    named = _subjects_named(previous, ctx, unit) if _ANAPHORIC.search(sentence) else []
    if named:                                         # "De doelstelling voor dat jaar ..."
        return named[-1][2]
    if metric in _NATIONAL:                            # no sector named: the whole country
        return "totaal"
    return None


def _paren_period(sentence: str, n: DutchNumber, years) -> str | None | bool:
    """A value in brackets belongs to the year beside it: "2022 (62,4%)", "(48,6% in 2022)".
    False when the value is not in brackets."""
    open_ = sentence.rfind("(", 0, n.start)
    if open_ == -1 or ")" in sentence[open_:n.start]:
        return False
    close = sentence.find(")", n.end)
    inside = [y for y in years if open_ < y.start < (close if close != -1 else len(sentence))]
    if inside:
        return inside[0].period
    ahead = [y for y in years if 0 <= open_ - y.end <= 2]
    return ahead[0].period if ahead else None


def _free_value(sentence: str, previous: str, n: DutchNumber, years, ctx, context_year,
                sectored: bool, definition_year: int | None = None) -> Candidate | None:
    after = _UNIT_AFTER.match(sentence, n.end)
    unit_word = after.group("unit") if after else None
    if unit_word is None and _UNIT_BEFORE.search(sentence[:n.start]):
        unit_word = "fta"
    counted = re.search(r"aantal\s+(personen|banen)\b", sentence, re.IGNORECASE)
    if unit_word is None and counted and re.search(r"\bmet\s+$", sentence[:n.start]) and (
            _UP.search(_clause(sentence, n))
                                          or _DOWN.search(_clause(sentence, n))):
        unit_word = counted.group(1)                 # "het aantal personen ... nam met N toe"
    if unit_word is None:
        return None
    if _THRESHOLD.search(sentence[:n.start]) or _RANGE_END.match(sentence[n.end:]) \
            or _RANGE_START.search(sentence[:n.start]):
        return None
    unit = _norm_unit(unit_word)
    end = after.end() if after else n.end
    window = sentence[max(0, n.start - 60):n.start]

    if unit == "uur":
        # the definition of a job, as stated in a letter about that year
        when = context_year or definition_year
        if not _HOURS_DEFINITION.search(sentence) or when is None:
            return None
        return Candidate("fta", "definitie", str(when), n, "uur", n.qualifier,
                         (max(0, n.start - 60), end))

    metric = _metric(sentence, window, n, unit, unit_word, ctx is not None)
    if metric is None:
        return None

    period = _paren_period(sentence, n, years)
    if period is None:
        return None
    if period is not False and metric == "groei":
        metric = "realisatie"           # "groei t.o.v. 2022 (963 fta)": the level in 2022
    if period is False:
        free = {y.period for y in years if y.role == "period"
                and _paren_period(sentence, _at(y), years) is False}
        if metric.startswith("groei") and _NULMETING.search(sentence):
            return None
        baselines = {y.period for y in years if y.role == "baseline"}
        if len(free) == 1:
            period = free.pop()
        elif not free and len(baselines) == 1 and re.search(r"\btoen\b", sentence, re.I):
            period = baselines.pop()    # "In vergelijking met 2022 ..., toen was het 37%"
        elif len(free) > 1:
            return None
        elif _NULMETING.search(sentence) and re.search(r"ten\s+tijde|tijdens", sentence, re.I) \
                and metric != "extra_banen":
            return None
        elif re.search(r"vorig\s+jaar", _clause(sentence, n), re.I) and ctx is not None:
            period = str(ctx.year - 1)
        elif _AGREEMENT.search(sentence) or context_year is None:
            return None
        else:
            period = str(context_year)
    if metric == "extra_banen" and _AGREEMENT.search(sentence):
        metric = "doel"                 # "afgesproken ... 125.000 extra banen te realiseren"
    subject = _subject(sentence, n.start, ctx, sectored, metric, unit, previous)
    if subject is None:
        return None
    qualifier = n.qualifier
    if metric == "realisatiepercentage" and (
            _sroi(sentence) or (_sroi(previous) and _INCLUDING.search(sentence))):
        qualifier = f"{qualifier}, inclusief SROI" if qualifier else "inclusief SROI"
    value = n
    if metric.startswith("groei") and _DOWN.search(_clause(sentence, n)):
        value = DutchNumber(-n.value, n.qualifier, n.footnote, n.start, n.end, n.num_start,
                            n.num_end)
    return Candidate(subject, metric, period, value, unit, qualifier,
                     (_quote_start(sentence, n.start), end))


def _at(y) -> DutchNumber:
    return DutchNumber(0, None, None, y.start, y.end, y.start, y.end)


def _sroi(text: str) -> bool:
    return any(cid == "sroi" for _, _, cid in metric_spans(text))


_CLAUSE_BREAK = re.compile(r",|\s(?:en|maar)\s")


def _clause(sentence: str, n: DutchNumber) -> str:
    """The part of the sentence between commas or "en"/"maar" that holds the number."""
    lo = max([m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, n.start)], default=0)
    hi = _CLAUSE_BREAK.search(sentence, n.end)
    return sentence[lo:hi.start() if hi else len(sentence)]


def _metric(sentence: str, window: str, n: DutchNumber, unit: str, unit_word: str,
            sectored: bool) -> str | None:
    clause = _clause(sentence, n)
    if unit == "%":
        if _PERCENT_CUE.search(sentence) or (sectored and _PERCENT_WORD.search(sentence)):
            return "realisatiepercentage"
        return None
    if unit == "personen":
        return "groei" if _UP.search(clause) or _DOWN.search(clause) else "omvang"
    if _doel_in_clause(sentence, n):
        return "doel"
    if unit_word.lower().startswith("inleen"):
        return "inleenverbanden"
    if _sroi(window[-45:] + sentence[n.end:n.end + 40]):
        return "sroi"
    if re.search(r"ten\s+opzichte\s+van\s+(?:19|20)\d{2}|t\.o\.v\.\s+(?:19|20)\d{2}|"
                 r"dan\s+in\s+(?:19|20)\d{2}", sentence) or _UP.search(clause) \
            or _DOWN.search(clause):
        # growth of one kind of job is not the growth of all jobs
        for metric in ("formele_dienstverbanden", "inleenverbanden"):
            if any(cid == metric for _, _, cid in metric_spans(sentence)):
                return f"groei_{metric}"
        return "groei"
    if "extra" in unit_word.lower():
        return _kind_of_job(sentence, n) or "extra_banen"
    if _REALISED.search(sentence):
        return "realisatie"
    return None


def _kind_of_job(sentence: str, n: DutchNumber) -> str | None:
    """"N extra banen via inleenverbanden", or "... 724 extra banen via inleenverbanden ... en
    werkgevers in de sector overheid 1.130 extra banen": the kind named right after the number,
    else the last one named before it with no other figure in between."""
    kinds = ("formele_dienstverbanden", "inleenverbanden")
    after = [cid for _, _, cid in metric_spans(sentence[n.end:n.end + 60]) if cid in kinds]
    if after:
        return after[0]
    before = [(e, cid) for _, e, cid in metric_spans(sentence[:n.start]) if cid in kinds]
    if before:
        end, cid = before[-1]
        if not [x for x in parse_numbers(sentence[end:n.start])]:
            return cid
    return None


def _doel_in_clause(sentence: str, n: DutchNumber) -> bool:
    """"De opgave ... tot en met 2022 was om 92.500": a target word earlier in the clause
    with no other figure between it and this number."""
    lo = min(max(sentence.rfind(",", 0, n.start) + 1, 0), max(0, n.start - 60))
    head = sentence[lo:n.start]
    hits = list(_DOEL.finditer(head))
    if not hits:
        return False
    between = head[hits[-1].end():]
    return not [x for x in parse_numbers(between) if not YEAR.fullmatch(between[x.num_start:x.num_end])]


def _quote_start(sentence: str, pos: int) -> int:
    """Start the quote a few words before the number, at a word boundary."""
    lo = max(0, pos - 50)
    brk = max(sentence.rfind("\n", 0, pos), sentence.rfind("  ", 0, pos))
    if brk >= lo:
        return brk + 1 if sentence[brk] == "\n" else brk + 2
    space = sentence.find(" ", lo)
    return space + 1 if 0 <= space < pos and lo > 0 else lo
