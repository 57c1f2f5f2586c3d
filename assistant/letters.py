"""The letter a question names ("de nota van 10 oktober 2025", "the letter of 3 July 2025",
"Kamerstuk 34 352, nr. 328"), and the section of it whose heading the question uses
("het geadviseerde besluit"): where the answer is, before what retrieval ranks first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.evidence import DATE, MONTHS, content_stems, passage_stems
from core.records import Document
from index.language import dutch_expansion

_MONTH = re.compile(r"\b([a-z]+)\s+((?:19|20)\d\d)\b", re.I)
_NUMBER = re.compile(r"\bnr\.?\s*(\d+)\b", re.I)
# the kinds of document a question can name by their kind alone
_KIND = {"nota": re.compile(r"\b(nota|memo|note)\b", re.I)}
# a letter named by the year it reports on: "de resultatenbrief over 2022", "the 2024
# results letter", "the letter on the 2022 results", "de voortgangsbrief over 2023"
_REPORTS_ON = re.compile(
    r"\b(?:results?|resultaten|progress|voortgang)\w*(?:\s+letter)?\s+(?:over|on|of|for)\s+"
    r"(?:de\s+|the\s+)?(?:resultaten\s+|results\s+)?(?:van\s+|of\s+|in\s+)?((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\s+(?:results?|progress)\s+letter\b"
    r"|\bletter\s+(?:on|about)\s+(?:the\s+)?((?:19|20)\d\d)\s+(?:results|progress)\b", re.I)


@dataclass(frozen=True)
class LetterRef:
    """How a question names a letter: by day, by month, by number, or by its kind."""
    dates: frozenset[str] = frozenset()      # ISO days, "2025-10-10"
    months: frozenset[str] = frozenset()     # "2025-10"
    numbers: frozenset[str] = frozenset()    # Kamerstuk numbers, "328"
    kinds: frozenset[str] = frozenset()      # "nota"
    reports_on: frozenset[int] = frozenset()  # the year its figures are of, 2022


def letter_ref(text: str) -> LetterRef | None:
    """The letter a question names, as the parse records it; None when it names none."""
    ref = LetterRef(
        frozenset(f"{y}-{MONTHS[m.lower()]:02d}-{int(d):02d}" for d, m, y in DATE.findall(text)
                  if m.lower() in MONTHS),
        frozenset(f"{y}-{MONTHS[m.lower()]:02d}" for m, y in _MONTH.findall(text)
                  if m.lower() in MONTHS),
        frozenset(_NUMBER.findall(text)),
        frozenset(k for k, cue in _KIND.items() if cue.search(text)),
        frozenset(int(next(y for y in m if y)) for m in _REPORTS_ON.findall(text)))
    return ref if ref.dates or ref.months or ref.numbers or ref.kinds or ref.reports_on \
        else None


def named_letters(ref: LetterRef | None, documents: list[Document],
                  report_year: dict[str, int] | None = None) -> list[str]:
    """The ids of the documents a reference names ([] for none, or for a letter no document
    is): the day decides, else the month, else the number, else the year it reports on
    (`report_year`: a document's, from its figures), else the kind."""
    if ref is None:
        return []
    out = []
    for doc in documents:
        if ref.dates:
            hit = doc.date in ref.dates
        elif ref.months:
            hit = (doc.date or "")[:7] in ref.months
        elif ref.numbers:
            hit = bool(doc.kamerstuk) and any(
                re.search(rf"\bnr\.\s*{n}\b", doc.kamerstuk) for n in ref.numbers)
        elif ref.reports_on and report_year:
            hit = report_year.get(doc.doc_id) in ref.reports_on and (
                not ref.kinds or doc.kind in ref.kinds)
        else:
            hit = doc.kind in ref.kinds
        if hit:
            out.append(doc.doc_id)
    return out


def without_letter_names(question: str) -> str:
    """The question without the words that name a letter ("according to the 2024 results
    letter", "de nota van 10 oktober"): within that letter they name nothing."""
    for naming in (_REPORTS_ON, DATE, _NUMBER, *_KIND.values()):
        question = naming.sub(" ", question)
    return question


def heading_words(question: str, section: str | None, lang: str) -> int:
    """How many of the question's content words a section heading has ("Geadviseerd
    besluit" for "het geadviseerde besluit"; an English question in its Dutch words). The
    words that name the letter ("the 2024 results letter") name no section of it."""
    if not section:
        return 0
    question = without_letter_names(question)
    words = content_stems(question)
    if lang == "en":
        words |= content_stems(" ".join(dutch_expansion(question)))
    return len(words & passage_stems(section))
