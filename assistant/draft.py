"""An answer before it is written out: its sentences, numbered sources, figures and notes.

The routes of the assistant each make one; a question with two asks gets one per ask, and
`merge` joins them into one answer whose sources are numbered once, so "[2]" of the second
ask still points at its own paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant import compose as C
from core.records import Answer, SourcedFigure

_MARK = re.compile(r"\[(\d+)\]")


@dataclass
class Draft:
    status: str                                   # "answered" | "not_found"
    lead: list[str] = field(default_factory=list)
    sources: C.Sources = field(default_factory=C.Sources)
    figures: list[SourcedFigure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    explained: bool = False           # a composed explanation (its figures only lead it)
    lead_figures: int = 0             # the first lead sentences only state its figures
    picked: list[str] = field(default_factory=list)   # the subjects that are the answer

    def to_answer(self, lang: str) -> Answer:
        if self.status == "not_found":
            return Answer("not_found", " ".join(self.lead), [], [], self.notes)
        return Answer("answered", C.assemble(self.lead, self.sources, self.notes, lang),
                      self.figures, self.sources.citations, self.notes)


def merge(drafts: list[Draft]) -> Draft:
    """One answer from the answers to each ask. An ask the letters do not answer is said in a
    note when another ask is answered; all asks unanswered is a not_found."""
    answered = [d for d in drafts if d.status == "answered"]
    if not answered:
        lead = list(dict.fromkeys(s for d in drafts for s in d.lead))
        return Draft("not_found", lead, notes=list(dict.fromkeys(
            n for d in drafts for n in d.notes)))
    out = Draft("answered")
    seen_figures = set()
    for d in answered:
        lead, figures = d.lead, d.figures
        if d.lead_figures and any(_key(sf) in seen_figures for sf in d.figures):
            # the ask before already answered with these figures: only the reasons are new
            lead, figures = lead[d.lead_figures:], []
        elif not d.explained and d.figures and all(_key(sf) in seen_figures for sf in d.figures) \
                and _numbers(lead) <= _numbers(out.lead):
            # ("how many fta, and what share of its goal": the first ask's answer gave the
            # share too) a sentence that says again what was said
            lead = []
        numbers = {i: out.sources.ref(c, q) for i, (c, q)
                   in enumerate(zip(d.sources.citations, d.sources.quotes), 1)}
        for sentence in lead:
            renumbered = _MARK.sub(lambda m: f"[{numbers.get(int(m.group(1)), m.group(1))}]",
                                   sentence)
            if renumbered not in out.lead:
                out.lead.append(renumbered)
        for sf in figures:
            key = _key(sf)
            if key not in seen_figures:
                seen_figures.add(key)
                out.figures.append(sf)
        out.notes += [n for n in d.notes if n not in out.notes]
        out.explained = out.explained or d.explained
    for d in drafts:
        if d.status == "not_found":
            out.notes += [n for n in d.notes if n not in out.notes]
    return out


_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")


def _numbers(sentences: list[str]) -> set[str]:
    """The numbers the sentences write, their source marks left out."""
    return set(_NUMBER.findall(_MARK.sub(" ", " ".join(sentences))))


def _key(sf: SourcedFigure) -> tuple:
    return sf.figure.subject, sf.figure.metric, sf.figure.period, sf.figure.value
