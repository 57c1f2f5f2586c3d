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
# The vector of a passage that has sentence vectors: "text" embeds the passage text on its own
# (each of its tokens goes through the model twice: the passage, then its sentences); "mean"
# is the normalised mean of its sentence vectors (each token once). A passage without sentence
# vectors always embeds its text. The index records the policy (index/vectors.py).
# Measured 2026-12-01 on corpus/ (benchmarks/retrieval.py, "passage vectors two ways"; eval):
# "mean" embeds 25,492 e5 tokens instead of 43,089 (-41%; 1,000 letters: benchmarks/scale.md)
# and keeps explanation recall@5 (hybrid nl .97, en .91) and must_mention (.953), but hybrid
# figure recall@5 falls (nl .95 -> .94, en .89 -> .85) and `python -m eval --check` fails:
# dev4 accuracy .983 -> .900 (threshold .94), dev6 .940 -> .900, dev2 .986 -> .971 (held-out
# .863 -> .875). Weighting the mean by words did worse (dev4 .883). So "text" stays.
PASSAGE_VECTOR = "text"
PASSAGE_VECTORS = ("text", "mean")
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


def passage_vector_words(policy: str) -> str:
    """How a policy reads in a one-line message."""
    return ("passage vectors made from the mean of their sentence vectors" if policy == "mean"
            else "passage vectors embedded from the passage text")


def embeds_own_text(p: Passage, over: int | None = SENTENCES_OVER,
                    policy: str = PASSAGE_VECTOR) -> bool:
    """Whether the passage's own text goes through the model (else its vector is the mean of
    its sentences' vectors)."""
    return policy != "mean" or not sentence_texts(p, over)


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
