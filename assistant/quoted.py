"""A quoted fallback for a figure the figures tool does not hold.

When the store has no figure for the subject, metric and period asked, a retrieved paragraph
may still state one in a sentence the extractor left out (two values for one figure, an
unusual shape). Such a sentence is quoted, never read: it must name the subject asked (or
stand in its section), the year asked, one of the metric's words from the vocabulary, and a
number with a unit. The answer is the quote, cited, with a note that it is quoted and not a
stored figure; it states no number outside the quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant import compose as C
from assistant.query import Query
from core.aliases import metric_spans, subject_spans

_AMOUNT = re.compile(r"\d[\d.,]*\s*(?P<unit>%|procent\b|fta|(?:extra\s+)?banen\b|personen\b)",
                     re.IGNORECASE)
_PERCENT_METRICS = {"realisatiepercentage", "verdeelsleutel", "werkzaam_percentage"}
NOTE = {"nl": "Geciteerd uit de brief: dit cijfer staat niet in de cijfertabel van de assistent.",
        "en": "Quoted from the letter: this figure is not among the assistant's stored figures."}


@dataclass(frozen=True)
class Quoted:
    hit: object              # the retrieval hit (index.retriever.Hit)
    sentence: str


def quoted_figure(q: Query, hits: list, covered_by) -> Quoted | None:
    """The first sentence of the hits that states the figure asked; `covered_by(section)`:
    the subjects a passage's section stands for."""
    if not (q.subjects and q.metrics and q.years):
        return None
    years = {str(y) for y in q.years}
    for hit in hits:
        section = covered_by(hit.passage.section)
        for sentence in C.sentences(hit.text):
            if any(y in sentence for y in years) and (any(
                    _states(sentence, m, q, section) for m in _AMOUNT.finditer(sentence))
                    or _counts_metric(" ".join(sentence.split()), q, section)):
                return Quoted(hit, " ".join(sentence.split()))
    return None


# "een totaal aantal van 426 dienstverbanden": a number whose noun is the metric's own word
_NOUN_COUNT = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s+(?=[^\W\d_])", re.I)


def _counts_metric(sentence: str, q: Query, section: set[str]) -> bool:
    """Whether the sentence counts the metric asked by its own noun, of the subject asked
    (named before the number, or the section's), in a number that is no year."""
    spans = metric_spans(sentence)
    for m in _NOUN_COUNT.finditer(sentence):
        if re.fullmatch(r"(?:19|20)\d\d", m.group(1)):
            continue
        if not any(start == m.end() and cid in q.metrics for start, _, cid in spans):
            continue
        if _of_subject(sentence[:m.start()], q, section):
            return True
    return False


def _states(sentence: str, amount: re.Match, q: Query, section: set[str]) -> bool:
    """Whether this amount is of the metric and subject asked: its unit fits the metric, the
    metric's word is the one nearest it, and the subject named nearest before it (or, none
    named, the section) is the one asked."""
    percent = amount.group("unit") in ("%", "procent")
    if percent != bool(set(q.metrics) & _PERCENT_METRICS):
        return False
    metrics = metric_spans(sentence)
    if not metrics:
        return False
    nearest = min(metrics, key=lambda sp: min(abs(sp[0] - amount.end()),
                                              abs(sp[1] - amount.start())))
    if nearest[2] not in q.metrics:
        return False
    return _of_subject(sentence[:amount.start()], q, section)


def _of_subject(before_amount: str, q: Query, section: set[str]) -> bool:
    """Whether an amount is the subject asked's: the subject named nearest before it, or,
    none named, the section's."""
    before = [cid for _, _, cid in subject_spans(before_amount) if cid != "totaal"]
    who = {before[-1]} if before else section
    return bool(who) and who <= set(q.subjects)


_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|procent\b|per ?cent\b)", re.I)


def percent_gap(quote: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """The two shares a quote states and their gap in points ("58,8 procent ... 18,3
    procent": 40,5), when it states exactly two different ones; else None. The gap is
    arithmetic on the quoted numbers, never a number of its own."""
    shares = quoted_percentages(quote)
    if len(shares) != 2:
        return None
    high, low = max(shares), min(shares)
    return high, low, high - low


def quoted_percentages(text: str) -> list[Decimal]:
    """The different shares a text states, in its order ("58,8 procent", "18,3%")."""
    return list(dict.fromkeys(Decimal(v.replace(",", ".")) for v in _PERCENT.findall(text)))
