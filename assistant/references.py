"""What a question points at without naming it in full: a clipped name in shorthand ("gem."),
an ask that points back at the ask before ("en hoeveel kwam die tekort?"), and the date a
letter is cited by ("de nota van 10 oktober 2025"), which is no period asked about.
understand.py reads them while it parses.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.evidence import MONTHS
from assistant.query import GROUPS, Query
from core import vocabulary as V
from core.aliases import find_subjects

# "volgens de nota van 10 oktober 2025", "the letter of July 2025": the date a letter names
# it by, not a period asked about
LETTER_DATE = re.compile(r"(\b(?:brief|nota|kamerbrief|voortgangsbrief|letter|memo|note)\b"
                          r"[^?.\d]{0,30}?)\b(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")\s+"
                          r"(?:19|20)\d\d\b", re.I)

# "doel gem. 2024", "real. prov. 2023": a clipped word with a stop, in staff shorthand
_CLIPPED = re.compile(r"(?<![\w.])([a-zà-ÿ]{3,7})\.(?=\s|$|[,;?])", re.I)


def abbreviated_subjects(text: str) -> list[str]:
    """The subjects a clipped word stands for ("gem." gemeenten, "prov." provincies): the
    one subject with a name it begins, and only when it is no whole name itself."""
    found = []
    for m in _CLIPPED.finditer(text):
        clip = m.group(1).lower()
        names = {a.lower() for s in V.SUBJECTS.values() for a in s.aliases}
        if clip in names:
            continue
        owners = {s.id for s in V.SUBJECTS.values() for a in s.aliases
                  if a.lower().startswith(clip)}
        if len(owners) == 1:
            found += sorted(owners)
    return found


# "it", "die", "hun": a word that stands for a subject named (or found) before
_BACK_REFERENCE = re.compile(r"\b(it|its|they|them|their|that one|this one|die|deze|dat|hij|zij|"
                             r"ze|hun|haar|zijn|daar|daarvan|hiervan|ervan)\b", re.I)
# "which sectors": the first ask's answer is several, so nothing single is pointed back at
_PLURAL_WHICH = re.compile(r"\b(which|welke)\s+(\w+\s+)?\w+(s|en|ies)\b", re.I)


def answer_referred_to(parts: list[Query], whole: Query) -> list[Query]:
    """"Welke sector had het laagste percentage, en hoeveel fta kwam die tekort?": an ask
    that names no subject of its own but points back, after an ask whose answer is one
    subject (a ranking's first), is about that subject; the assistant fills it in."""
    out = list(parts)
    first = parts[0]
    single = first.operation == "rank" and (first.n or 1) == 1 \
        and not _PLURAL_WHICH.search(first.text) and set(whole.subjects) <= GROUPS
    listed = first.operation == "targets_met"     # "welke sectoren haalden hun doel"
    for i, part in enumerate(parts[1:], 1):
        own = find_subjects(part.text)
        if not own and (single and _BACK_REFERENCE.search(part.text)
                        # ("which met it, and by how much did it exceed it": one or more;
                        # "en met hoeveel werd het overschreden": the gap of those)
                        or listed and (_PLURAL_BACK.search(part.text)
                                       or _BACK_REFERENCE.search(part.text)
                                       or part.operation == "shortfall")):
            out[i] = replace(part, refers_back=True)
    return out


# "..., and by how many fta did they exceed it?": the subjects a list before it names
_PLURAL_BACK = re.compile(r"\b(they|them|their|those|these|zij|ze|hun|die|deze)\b", re.I)


# "en met hoeveel dat van het Rijk?", "and that of defence?": the same ask for another subject
_SAME_FOR = re.compile(r"\b(dat|die|that|those)\s+(van|of|for|bij|at)\b|\b(the same|hetzelfde|"
                       r"idem)\b", re.I)


def elliptical_asks(parts: list[Query]) -> list[Query]:
    """An ask that names its own subject but no metric, and says it asks the same as the ask
    before ("..., en met hoeveel dat van het Rijk?"), is that ask for its subject: the same
    operation and metrics."""
    out = list(parts)
    for i, part in enumerate(parts[1:], 1):
        before = out[i - 1]
        if part.subjects and not part.metrics and _SAME_FOR.search(part.text) \
                and before.intent != part.intent:
            out[i] = replace(part, intent=before.intent, metrics=before.metrics,
                             including_sroi=part.including_sroi or before.including_sroi)
    return out
