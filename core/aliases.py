"""Finding the vocabulary's subjects and metrics in a text, for extraction and understanding.

Canonical ids are the `subject` and `metric` values of Figure records. Matching is on whole
words, case-insensitive; longer aliases win over shorter ones ("sector Rijk" before "Rijk").
"""
from __future__ import annotations

import re
from functools import lru_cache

from core import vocabulary as V

# Views of core/vocabulary.py: the words of each subject and metric, for matching.
SUBJECTS: dict[str, list[str]] = {s.id: list(s.aliases) for s in V.SUBJECTS.values()}
METRICS: dict[str, list[str]] = {m.id: list(m.aliases) for m in V.METRICS.values()}


# The nouns that count jobs (core/vocabulary.JOB_NOUNS) as one regex alternation, for every
# pattern that asks whether a question counts jobs
JOB_NOUNS_PATTERN = "|".join(map(re.escape, V.JOB_NOUNS))
# ... and with the people in them, for what "hoeveel X" counts
COUNTED_NOUNS_PATTERN = "|".join(map(re.escape, V.JOB_NOUNS + V.PEOPLE_NOUNS))
# The nulmeting by any of its names ("de uitgangsmeting", "the 2012 zero measurement"), the
# longest first
BASELINE_NAMES_PATTERN = "|".join(re.escape(a) for a in sorted(V.METRICS["nulmeting"].aliases,
                                                               key=len, reverse=True))


def _pattern(alias: str) -> str:
    # "target-group register" is the target group's: a hyphen joins the same words; so
    # does a writer's gloss in brackets ("sheltered-employment (Wsw) secondments")
    return r"(?<![\w’'])" + re.escape(alias).replace(
        r"\ ", r"(?:[\s\-]+\([^()]{1,30}\))?[\s\-]+") + r"(?!\w)"


@lru_cache(maxsize=None)
def _compiled(table: str) -> list[tuple[re.Pattern, str]]:
    source = SUBJECTS if table == "subjects" else METRICS
    pairs = [(alias, cid) for cid, aliases in source.items() for alias in aliases]
    pairs.sort(key=lambda p: -len(p[0]))
    return [(re.compile(_pattern(a), re.IGNORECASE), cid) for a, cid in pairs]


@lru_cache(maxsize=None)
def _elliptic(table: str) -> list[tuple[re.Pattern, str]]:
    """The first words of a two-word alias whose head word is shared with the next name:
    "primair (onderwijs) en het voortgezet onderwijs", "primary and secondary education"."""
    source = SUBJECTS if table == "subjects" else METRICS
    found = []
    for cid, aliases in source.items():
        for alias in aliases:
            words = alias.split()
            if len(words) != 2 or len(words[0]) < 4:
                continue
            found.append((re.compile(
                r"(?<![\w’'])" + re.escape(words[0]) + r"(?=\s*(?:,|en|of|and|or)\s+"
                r"(?:het\s+|de\s+|the\s+)?[\w-]+\s+" + re.escape(words[1]) + r"(?!\w))",
                re.IGNORECASE), cid))
    return found


@lru_cache(maxsize=None)
def _one_word(table: str) -> dict[str, str]:
    source = SUBJECTS if table == "subjects" else METRICS
    return {a.lower(): cid for cid, aliases in source.items() for a in aliases
            if " " not in a and len(a) >= 4 and a.isalpha()}


# "waterschapssector", "gemeentesector": a sector named with the word sector, joined by an s
_SECTOR_WORD = re.compile(r"s?sector(?:en)?")


def _compound_spans(table: str, text: str) -> list[tuple[int, int, str]]:
    """Dutch closed compounds of a sector and a metric ("politierealisatie",
    "gemeentedoel"): the sector is the first part, the metric the rest. A sector and the word
    sector or its members ("waterschapssector", "waterschapsorganisaties") name the sector."""
    subjects, metrics = _one_word("subjects"), _one_word("metrics")
    found = []
    for m in re.finditer(r"[a-zà-ÿ]{8,}", text, re.I):
        word = m.group().lower()
        # a capitalised word inside a sentence is a name ("DG ... & Overheidsorganisatie")
        named = m.group()[0].isupper() and re.search(r"[\w,&] $", text[:m.start()])
        for cut in range(4, len(word) - 3):
            head, tail = word[:cut], word[cut:]
            if head in subjects and tail in metrics:
                span = (m.start(), m.start() + cut) if table == "subjects" \
                    else (m.start() + cut, m.end())
                found.append((*span, subjects[head] if table == "subjects" else metrics[tail]))
                break
            if table == "subjects" and head in subjects and word not in subjects and (
                    _SECTOR_WORD.fullmatch(tail) or compound_head(word) and not named
                    or _sectors_jobs(subjects[head], tail)):
                found.append((m.start(), m.end(), subjects[head]))
                break
    return found


def _sectors_jobs(subject: str, tail: str) -> bool:
    """"overheidsbanen", "gemeentebanen": a sector's jobs (not the target group's:
    "doelgroepbanen" are the jobs for it, wherever they are)."""
    tail = tail.lstrip("-")
    return V.SUBJECTS[subject].kind != "population" and (
        tail in V.JOB_NOUNS or tail[:1] == "s" and tail[1:] in V.JOB_NOUNS)


def compound_head(word: str) -> str | None:
    """"waterschapsorganisaties": organisaties, the members a closed compound of a sector
    names (counted as organisations); None for any other word."""
    word = word.lower()
    subjects = _one_word("subjects")
    for cut in range(4, len(word) - 4):
        if word[:cut] in subjects:
            tail = word[cut:].lstrip("-")
            for head in (tail, tail[1:]):       # the linking s of "waterschaps-"
                if head in V.MEMBER_NOUNS:
                    return head
    return None


def _spans(table: str, text: str) -> list[tuple[int, int, str]]:
    """(start, end, id) of every mention, in text order; a longer alias claims its span first."""
    taken: list[tuple[int, int, str]] = list(_compound_spans(table, text))
    for pattern, cid in _compiled(table) + _elliptic(table):
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in taken):
                continue
            taken.append((m.start(), m.end(), cid))
    return sorted(taken)


def _find(table: str, text: str) -> list[str]:
    """Canonical ids in order of first mention."""
    seen: list[str] = []
    for _, _, cid in _spans(table, text):
        if cid not in seen:
            seen.append(cid)
    return seen


def subject_spans(text: str) -> list[tuple[int, int, str]]:
    """Where each subject is mentioned: the figures stage attributes a value to the nearest."""
    return _spans("subjects", text)


def metric_spans(text: str) -> list[tuple[int, int, str]]:
    return _spans("metrics", text)


def find_subjects(text: str) -> list[str]:
    return _find("subjects", text)


def find_metrics(text: str) -> list[str]:
    return _find("metrics", text)


def resolve_subject(text: str) -> str | None:
    found = find_subjects(text)
    return found[0] if found else None


def dutch_terms(cid: str) -> list[str]:
    """The Dutch words for a canonical id: what an English question is expanded with."""
    aliases = SUBJECTS.get(cid) or METRICS.get(cid) or []
    return [a for a in aliases if a in _DUTCH]


# Which aliases are Dutch: used to expand English questions for BM25 over Dutch letters.
_DUTCH = {a for entry in (*V.SUBJECTS.values(), *V.METRICS.values()) for a in entry.nl}
