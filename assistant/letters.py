"""The letter a question names ("de nota van 10 oktober 2025", "the letter of 3 July 2025",
"Kamerstuk 34 352, nr. 328"), and the section of it whose heading the question uses
("het geadviseerde besluit"): where the answer is, before what retrieval ranks first.
"""
from __future__ import annotations

import re

from assistant.evidence import content_stems, passage_stems
from core.records import Document
from index.language import dutch_expansion

_MONTHS = {"januari": 1, "january": 1, "februari": 2, "february": 2, "maart": 3, "march": 3,
           "april": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7,
           "augustus": 8, "august": 8, "september": 9, "oktober": 10, "october": 10,
           "november": 11, "december": 12}
_DAY = re.compile(r"\b(\d{1,2})\s+([a-z]+)\s+((?:19|20)\d\d)\b", re.I)
_MONTH = re.compile(r"\b([a-z]+)\s+((?:19|20)\d\d)\b", re.I)
_NUMBER = re.compile(r"\bnr\.?\s*(\d+)\b", re.I)
# the kinds of document a question can name by their kind alone
_KIND = {"nota": re.compile(r"\b(nota|memo|note)\b", re.I)}


def named_letters(text: str, documents: list[Document]) -> list[str]:
    """The ids of the documents the question names by date, month, number or kind; [] when
    it names none (or names something no document is)."""
    dates = {f"{y}-{_MONTHS[m.lower()]:02d}-{int(d):02d}" for d, m, y in _DAY.findall(text)
             if m.lower() in _MONTHS}
    months = {f"{y}-{_MONTHS[m.lower()]:02d}" for m, y in _MONTH.findall(text)
              if m.lower() in _MONTHS}
    numbers = set(_NUMBER.findall(text))
    kinds = {k for k, cue in _KIND.items() if cue.search(text)}
    out = []
    for doc in documents:
        if dates and doc.date in dates or not dates and months and (doc.date or "")[:7] in months \
                or numbers and doc.kamerstuk and any(
                    re.search(rf"\bnr\.\s*{n}\b", doc.kamerstuk) for n in numbers) \
                or not (dates or months or numbers) and doc.kind in kinds:
            out.append(doc.doc_id)
    return out


def heading_words(question: str, section: str | None, lang: str) -> int:
    """How many of the question's content words a section heading has ("Geadviseerd
    besluit" for "het geadviseerde besluit"; an English question in its Dutch words)."""
    if not section:
        return 0
    words = content_stems(question)
    if lang == "en":
        words |= content_stems(" ".join(dutch_expansion(question)))
    return len(words & passage_stems(section))
