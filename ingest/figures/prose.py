"""Figures in running text, attributed to the year they are about.

Sentence by sentence: first the statements of a fixed shape (statements.py: changes, ranges,
the target group), then every other number with a unit (attribution.py: metric, subject and
year from the words around it), then values that lean on a figure just stated (a split of a
total, a part of a whole, last year's value). Anything that cannot be attributed is logged
and left out.
"""
from __future__ import annotations

import logging
import re

from core.records import Document, Figure, Passage
from ingest.figures import statements
from ingest.figures.attribution import free_value
from ingest.figures.blocks import BlockContext
from ingest.figures.numbers import parse_numbers
from ingest.figures.periods import YEAR, year_mentions
from ingest.figures.stream import Stream
from ingest.figures.words import UNIT_AFTER, Candidate, Sentence, quote_start, single_period

log = logging.getLogger("ingest.figures")

# A sentence ends before a capital, a bullet, a footnote's number ("meegenomen. 13Zes") or
# a decimal after a word's full stop ("inleenverbanden. 76,0 procent").
# A list item is a sentence of its own, its bullet reflowed into the line or not: "•", "*",
# a dash after a sentence's end or before a capital ("9.900 fta - De provincies"; not the
# aside "(93,8%) – in 2032 was dat ..."), "2." before a word.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“‘�•]|\d{1,2}\s?[A-Z])|"
                           r"(?<=[a-z][.!?])\s+(?=\d+,\d)|(?<=;)\s+|"
                           r"\s*[�•]\s*|\n\s*\n\s*|\n-\s+|\s{3,}|"
                           r"\s+\*\s+|(?<=[.;:!?])\s+[-–—]\s+|\s+[-–]\s+(?=[A-Z])|"
                           r"\s+(?=\d{1,2}\.\s+[^\W\d_])")
# "In het eerste kwartaal 2017 is dit opgelopen tot ruim 260.": the count of the sentence before.
_ANAPHORA = re.compile(r"\b(?:dit|dat)\b.*\b(?:opgelopen|gestegen|gedaald|toegenomen|"
                       r"afgenomen)\s+(?:tot|naar)\s+$", re.IGNORECASE)
# "de nulmeting eind 2012", "0-meting in 2012": the year the letter counts extra jobs from
_BASELINE_YEAR = re.compile(r"(?:nulmeting|0-meting)\s+(?:(?:in|van|eind|uit|per)\s+)*"
                            r"(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
_AT_BASELINE = re.compile(r"(?:ten\s+tijde|tijdens)\s+(?:van\s+)?de\s+(?:nulmeting|0-meting)",
                          re.IGNORECASE)


def baseline_year(stream: Stream) -> str | None:
    """The nulmeting's year when the letter names exactly one."""
    years = {m.group("year") for m in _BASELINE_YEAR.finditer(stream.text)}
    return years.pop() if len(years) == 1 else None


def extract_prose(stream: Stream, doc: Document, contexts: list[BlockContext],
                  tables: list[tuple[int, int]], year: int | None) -> list[Figure]:
    """`tables`: stream spans of tables, read by tables.py and not again as prose; `year`:
    the year the letter reports on."""
    baseline = baseline_year(stream)
    figures: list[Figure] = []
    masks = [span for c in contexts for span in c.labels] + list(tables)
    for passage in stream.all:
        start = stream.start_of(passage)
        ctx = None
        if start is not None:
            before = [c for c in contexts if c.start <= start + len(passage.text)]
            ctx = before[-1] if before else None
        text = _mask(passage.text, start, masks)
        # A footnote has no place in the letter's flow: its figures need their own year.
        here = Sentence("", "", ctx, (ctx.year if ctx else year) if start is not None else None,
                        bool(contexts), doc.doc_id, [], definition_year=year, baseline=baseline)
        figures += _passage_figures(doc, passage, text, here)
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


def _own_period(s: Sentence) -> str | None:
    """What the sentence is about, for the next one to refer back to."""
    if _AT_BASELINE.search(s.text) and s.baseline:
        return s.baseline
    return single_period(s.years)


def _passage_figures(doc: Document, passage: Passage, text: str, here: Sentence) -> list[Figure]:
    out: list[Figure] = []
    previous, last, previous_period = "", None, None
    for s, e in _sentences(text):
        s += len(text[s:e]) - len(text[s:e].lstrip())    # not into a blanked-out block line
        sentence = Sentence(text[s:e], previous, here.ctx, here.year, here.sectored, doc.doc_id,
                            year_mentions(text[s:e]), last, here.definition_year, here.baseline,
                            previous_period)
        cands = _sentence_candidates(sentence)
        previous, previous_period = sentence.text, _own_period(sentence)
        last = cands[-1] if cands else None
        by_key: dict[tuple, set] = {}
        for c in cands:
            by_key.setdefault((c.subject, c.metric, c.period, c.qualifier, c.unit),
                              set()).add(c.number.value)
        for c in cands:
            key = (c.subject, c.metric, c.period, c.qualifier, c.unit)
            if len(by_key[key]) > 1:
                log.info("%s: %s %s %s: several values in one sentence; left out: %r",
                         doc.doc_id, c.subject, c.metric, c.period, sentence.text.strip()[:80])
                continue
            quote = passage.text[s + c.quote[0]:s + c.quote[1]].strip()
            out.append(Figure(c.subject, c.metric, c.period, c.number.value, c.unit,
                              c.qualifier, doc.doc_id, passage.passage_id, quote))
    return out


def _sentence_candidates(s: Sentence) -> list[Candidate]:
    cands, used = statements.bound(s)
    for n in parse_numbers(s.text):
        if n.num_start in used or YEAR.fullmatch(s.text[n.num_start:n.num_end]):
            continue
        cand = free_value(s, n)
        if cand is None and s.last is not None and _ANAPHORA.search(s.text[:n.start]) \
                and not UNIT_AFTER.match(s.text, n.end):
            period = single_period(s.years)
            if period:
                last = s.last
                cand = Candidate(last.subject, last.metric, period, n, last.unit, n.qualifier,
                                 (quote_start(s.text, n.start), n.end))
        if cand:
            cands.append(cand)
            used.add(n.num_start)
    cands += statements.following(s, cands, used)
    for n in parse_numbers(s.text):
        if n.num_start not in used and UNIT_AFTER.match(s.text, n.end) \
                and not any(c.number.num_start == n.num_start for c in cands):
            log.debug("%s: %r: not attributed", s.doc_id, s.text[n.start:n.end + 12])
    return sorted(cands, key=lambda c: c.number.start)
