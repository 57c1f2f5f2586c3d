"""The sentences of a passage, each embedded on its own next to the passage's vector.

A long passage's vector is an average of everything it says; a question about one of its
sentences ("why can mbo schools give no exact number?") can then rank it far down. Each
sentence of a passage with more than one also gets a vector, and the dense score of a passage
is the best of its own and its sentences' similarities. Measured on the explanation questions:
hybrid recall@5 English .88 -> .97, Dutch unchanged (benchmarks/retrieval.md).

Sentence ids are the passage id plus the sentence's position, so they follow the passage's
id: a changed passage gets new sentence ids, and the store says which sentence ids must exist.
"""
from __future__ import annotations

import re

from core.records import Passage

MIN_WORDS = 4           # shorter pieces ("Doel 822 fta", "zie bijlage.") say too little alone
# Which passages get sentence vectors: those with more than SENTENCES_OVER sentences (None: no
# sentence vectors at all). 1 = every passage of two sentences or more. Chosen by measurement
# (benchmarks/retrieval.md, "Sentence vectors three ways"): 2 is the cheapest that holds the
# evaluation's thresholds (over 3 loses two questions, none loses recall on explanations).
SENTENCES_OVER: int | None = 2
# A sentence ends at . ! ? ; : followed by white space and a capital, quote or bullet (not a
# digit: "t.o.v. 2022", "nr. 69" go on).
_BOUNDARY = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÀ-Ý(‘'\"“-])")
# Abbreviations of these letters that end in a stop without ending the sentence.
_ABBREVIATION = re.compile(r"(?:\b(?:bijv|bv|o\.a|t\.o\.v|m\.b\.t|i\.v\.m|d\.w\.z|e\.d|zgn|ca|"
                           r"nr|resp|incl|excl|vgl|mr|dhr|mevr|e\.g|i\.e|etc)\.)$", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """The sentences of `text` with at least MIN_WORDS words, white space normalised."""
    pieces: list[str] = []
    for piece in _BOUNDARY.split(" ".join(text.split())):
        if pieces and _ABBREVIATION.search(pieces[-1]):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return [s for s in pieces if len(s.split()) >= MIN_WORDS]


def policy_label(over: int | None) -> str:
    """How the index records a sentence policy: "over 1", "none"."""
    return "none" if over is None else f"over {over}"


def sentence_texts(p: Passage, over: int | None = SENTENCES_OVER) -> list[str]:
    """What gets a sentence vector: nothing for a passage of `over` sentences or fewer (a
    one-sentence passage's own vector is that sentence) or when `over` is None, else each
    sentence behind the heading that says what it is about."""
    if over is None:
        return []
    sentences = split_sentences(p.text)
    if len(sentences) <= max(over, 1):
        return []
    head = f"{p.section}. " if p.section else ""
    return [head + s for s in sentences]


def sentence_id(passage_id: str, n: int) -> str:
    return f"{passage_id}/s{n}"


def sentence_ids(passages: list[Passage], over: int | None = SENTENCES_OVER) -> set[str]:
    """The sentence vector ids an index in step with these passages holds."""
    return {sentence_id(p.passage_id, n) for p in passages
            for n in range(len(sentence_texts(p, over)))}
