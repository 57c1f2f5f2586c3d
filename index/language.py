"""Is a question English or Dutch, and the Dutch words to search for when it is English.

The letters are Dutch: BM25 finds nothing for "reasons" where a letter says "redenen". English
questions are therefore expanded with the Dutch aliases of the subjects and metrics they name
(the shared alias table) and with a glossary of the letters' general words
(index/glossary.py).
"""
from __future__ import annotations

import re

from core.aliases import (dutch_terms, find_metrics, find_subjects, metric_spans,
                          subject_spans)
from core.vocabulary import METRICS, SUBJECTS
from index.glossary import GLOSSARY

# Words that are frequent in one language and rare in the other; shared forms ("in", "is",
# "over", "was") are left out so they cannot tip the balance.
_EN = {"the", "what", "why", "how", "which", "who", "when", "where", "did", "does", "do",
       "are", "were", "has", "have", "had", "of", "and", "to", "for", "with", "by", "from",
       "its", "their", "this", "that", "these", "those", "many", "much", "than", "about",
       "between", "there", "been", "will", "would", "can", "could", "not", "a", "an", "on",
       "at", "be", "it", "or", "say", "says", "mean", "much", "compared", "each", "all"}
_NL = {"de", "het", "een", "en", "van", "wat", "waarom", "hoe", "welke", "wie", "wanneer",
       "waar", "zijn", "heeft", "hebben", "had", "werd", "wordt", "worden", "voor", "met",
       "door", "uit", "bij", "aan", "op", "niet", "geen", "dit", "dat", "deze", "die", "er",
       "veel", "dan", "tussen", "naar", "om", "te", "ook", "nog", "zich", "hun", "haar",
       "kan", "kunnen", "moet", "zegt", "betekent", "vergeleken", "elke", "alle", "lukt",
       "hoeveel", "ligt", "lag", "zit", "zat", "welk", "waarin"}

_WORD = re.compile(r"[a-zà-ÿ’']+")


def _words(names) -> set[str]:
    return {w for name in names if name for w in _WORD.findall(name.lower())}


# Shorthand has no stop words ("police 2024 fta?"): then the vocabulary's words decide, those
# only one language uses. The English side is the glossary's and the names' English words,
# the Dutch side the letters' words for them.
# Words an answer uses in both languages ("fta", "SROI", "mbo", "Rijk") tip neither.
_ENTRIES = list(SUBJECTS.values()) + list(METRICS.values())
_BOTH = _words(e.name_nl for e in _ENTRIES) & _words(e.name_en for e in _ENTRIES)
_NL_CONTENT = _words(n for e in _ENTRIES for n in e.nl + (e.name_nl,)) | _words(
    w for ws in GLOSSARY.values() for w in ws)
_EN_CONTENT = (set(GLOSSARY) | _words(n for e in _ENTRIES for n in e.other + (e.name_en,))) \
    - _NL_CONTENT - _NL
_NL_CONTENT -= _BOTH


def detect_language(text: str) -> str:
    """'en' or 'nl' by counting stop words, then words of one language only; a tie is Dutch,
    the language of the letters."""
    words = _WORD.findall(text.lower())
    en = sum(w in _EN for w in words)
    nl = sum(w in _NL for w in words)
    if en == nl:
        en = sum(w in _EN_CONTENT for w in words)
        nl = sum(w in _NL_CONTENT for w in words)
    return "en" if en > nl else "nl"


# "de brief van 2017", "the letter of 2017", "the 2017 letter", "de nota uit 2025": a question
# that names the letter it is about by the year it was sent.
_LETTER = r"(?:kamer)?brie(?:f|ven)|letters?|nota'?s?|notes?"
_LETTER_YEAR = re.compile(
    rf"\b(?:{_LETTER})\s+(?:van|uit|from|of|dated|in)\s+(?:\d{{1,2}}\s+[a-z]+\s+)?((?:19|20)\d\d)\b"
    rf"|\b((?:19|20)\d\d)(?:'s)?\s+(?:{_LETTER})\b", re.IGNORECASE)


def letter_years(question: str) -> set[int]:
    """The years of the letters a question names ("volgens de brief van 2017" -> {2017}).

    Only a year tied to a word for letter counts: "in 2023" is the year a figure is about,
    which is reported in the next year's letter."""
    return {int(a or b) for a, b in _LETTER_YEAR.findall(question)}


def dutch_expansion(question: str) -> list[str]:
    """Dutch words for what an English question names: aliases first, then the glossary.

    Words inside an alias ("central government") are not looked up one by one as well:
    "government" alone would add overheid, the other sector."""
    terms: list[str] = []
    for cid in find_subjects(question) + find_metrics(question):
        terms += dutch_terms(cid)
    rest = question
    for start, end, _ in sorted(subject_spans(question) + metric_spans(question), reverse=True):
        rest = rest[:start] + " " + rest[end:]
    for word in _WORD.findall(rest.lower()):
        # (a possessive is its name's: "the Inspectorate's report", "the police’s")
        word = re.sub(r"['’]s$|^['’]+|['’]+$", "", word)
        terms += GLOSSARY.get(word, [])
    return list(dict.fromkeys(terms))


def synonym_expansion(question: str) -> list[str]:
    """The letters' Dutch names for what a Dutch question calls by another word
    ("uitzendkrachten", "ingeleende krachten": inleenverbanden), which BM25 would not find."""
    terms: list[str] = []
    for start, end, cid in subject_spans(question) + metric_spans(question):
        entry = SUBJECTS.get(cid) or METRICS.get(cid)
        if entry is not None and question[start:end].lower() not in entry.nl:
            terms += [t for t in dutch_terms(cid) if t not in question.lower()]
    return list(dict.fromkeys(terms))


def expand_query(question: str, lang: str | None = None) -> str:
    """The question as BM25 should see it: English questions get their Dutch words added,
    Dutch ones the letters' names for the synonyms they use."""
    english = (lang or detect_language(question)) == "en"
    extra = dutch_expansion(question) if english else synonym_expansion(question)
    return question + (" " + " ".join(extra) if extra else "")
