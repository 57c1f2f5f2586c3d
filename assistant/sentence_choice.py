"""Which sentences of the paragraph chosen to answer are quoted: those stating the amount
asked, naming what the parse could not place, of the quarter asked, saying when; and the gap
between two quoted shares, worked out from the quote. The assistant's passage route
(assistant/assistant.py) picks the paragraph; this picks its sentences."""
from __future__ import annotations

import re

from assistant import compose as C
from assistant import passage_choice as P
from assistant.evidence import MONTHS, best_sentences, passage_stems
from assistant.periods import quarter_named
from assistant.quoted import percent_gap, quoted_percentages
from assistant.understand import Question
from core.numbers import format_number


def amount_sentences(q: Question, text: str, query: str,
                      naming: set[frozenset[str]] = frozenset()) -> list[str]:
    """"Hoeveel organisaties hebben cijfers aangeleverd": the sentences of the passage that
    state an amount of the thing counted, best first; first those that name what the parse
    could not place (`naming`: "aangeleverd"), where some do."""
    def states(sentence: str) -> bool:      # a number that is no year
        return P.counts(sentence, q) if q.counted_phrase else bool(
            re.search(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*", sentence))

    # (the words of the ask itself, not of the context put before it: "Waterschappen,
    # uitvraag voorjaar 2024: hoeveel ... hebben gegevens aangeleverd")
    ask = passage_stems(re.split(r"(?<=[.!?:])\s+", q.text.strip())[-1])
    naming = {stems for stems in naming if stems & ask} or naming

    def named(sentence: str) -> int:
        return sum(bool(stems & passage_stems(sentence)) for stems in naming) \
            if states(sentence) else 0
    most = max((named(s) for s in C.sentences(text)), default=0)
    return (most and stating(q, text, query, lambda s: named(s) == most)) \
        or stating(q, text, query, states) or best_sentences(text, query)


def naming_sentences(q: Question, text: str, query: str,
                      naming: set[frozenset[str]]) -> list[str]:
    """The sentences sharing most words with the question; where none of them names what the
    parse could not place (`naming`: "een vast contract"), the one that does ("59% om een
    vaste aanstelling") instead of those sharing only common words."""
    best = best_sentences(text, query)
    if not naming or any(_names(naming, s) for s in best):
        return best
    return stating(q, text, query, lambda s: _names(naming, s)) or best


def _names(naming: set[frozenset[str]], sentence: str) -> bool:
    """A sentence names one of the things the parse could not place."""
    return any(stems & passage_stems(sentence) for stems in naming)


def with_second_share(q: Question, text: str, chosen: list[str]) -> list[str]:
    """"Hoeveel procentpunt hoger ligt volgens het SCP ...": a gap between two shares needs
    both quoted; the sentence after the chosen one that states the other share joins it."""
    if not q.asks_points or len(quoted_percentages(" ".join(chosen))) >= 2:
        return chosen
    sentences = C.sentences(text)
    after = [s for i, s in enumerate(sentences) if i and sentences[i - 1] in chosen
             and s not in chosen and quoted_percentages(s)]
    return chosen + after[:1]


def points_between(q: Question, quote: str, ref: int) -> list[str]:
    """"How many percentage points higher ...": the gap between the two shares the quote
    states, worked out and said to be worked out from it."""
    gap = percent_gap(quote) if q.asks_points else None
    if gap is None:
        return []
    high, low, points = (format_number(v, q.language) for v in gap)
    return [f"Het verschil is {points} procentpunt ({high}% tegenover {low}%), berekend uit "
            f"het citaat [{ref}]." if q.language == "nl" else
            f"The difference is {points} percentage points ({high}% against {low}%), worked "
            f"out from the quote [{ref}]."]


def of_quarter(q: Question, text: str, chosen: list[str]) -> list[str]:
    """"Q1 2017": the passage's sentence of that quarter leads, not the year's end before it."""
    if not q.quarter or any(quarter_named(s) == q.quarter for s in chosen):
        return chosen
    sentences = C.sentences(text)
    own = [s for s in sentences if quarter_named(s) == q.quarter][:1]
    # in the letter's order: "dit" in the quarter's sentence points back to the one before
    return sorted(set(own + chosen), key=lambda s: sentences.index(s) if s in sentences
                  else len(sentences)) if own else chosen


def dated(sentence: str) -> bool:
    """"in 2026", "per 1 januari 2026", "vóór de zomer": a sentence that says when."""
    return bool(re.search(r"\b(?:19|20)\d\d\b", sentence) or any(
        re.search(rf"\b{m}\b", sentence, re.I) for m in MONTHS))


def shares(sentence: str) -> bool:
    """"(van 38% in 2022 naar 46% in 2023)": a sentence that states a share."""
    return bool(quoted_percentages(sentence))


def share_sentences(q: Question, text: str, query: str,
                    naming: set[frozenset[str]]) -> list[str]:
    """The sentences that state a share, best first; those that also name what the parse
    could not place ("59% om een vaste aanstelling") before the others."""
    return stating(q, text, query, lambda s: shares(s) and _names(naming, s)) or \
        stating(q, text, query, shares)


def stating(q: Question, text: str, query: str, states) -> list[str]:
    """The passage's sentences for which `states` holds, best first; none when it holds for
    none. A question that opens with context shares most words with the sentence restating
    it, so the ask, not the context before it, says which of them answers."""
    stating = [s for s in C.sentences(text) if states(s)]
    if not stating:
        return []
    ask = re.split(r"(?<=[.!?])\s+(?=[A-Z])", q.text.strip())[-1]
    # (with the words the search added to it: "aanleverden" for "leverden ... aan")
    # (after a lead-in the search began with the ask, `searched`, not the whole text)
    searched = q.searched or q.text
    added = query[len(searched):] if query.startswith(searched) else ""
    return best_sentences(" ".join(stating), ask + added)
