"""Joining lines of running text, undoing the hyphenation of words broken at a line end.

"marktwerk-" + "gevers" is one word broken by the layout; "overheids-" + "en onderwijs..." and
"mbo-" + "scholen" carry real hyphens. The letter itself is the best dictionary: a compound it
writes elsewhere with a hyphen keeps it, one it writes elsewhere as one word is joined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W_][\w’'\-]*[^\W_]|[^\W_]")
_LETTERS = re.compile(r"[^\W\d_]+")
# a hyphenated first part before "en"/"of" is a real hyphen: "overheids- en onderwijssectoren"
CONJUNCTIONS = {"en", "of", "tot", "and", "or"}


@dataclass
class Vocabulary:
    words: set[str] = field(default_factory=set)          # lower-cased words, also compounds
    capitalised: set[str] = field(default_factory=set)    # words written with a capital

    @classmethod
    def of(cls, text: str) -> "Vocabulary":
        vocab = cls()
        for line in text.split("\n"):
            tokens = _WORD.findall(line)
            if line.rstrip().endswith("-") and tokens:
                tokens = tokens[:-1]  # the broken fragment is not a word of the letter
            for token in tokens:
                vocab.words.add(token.lower())
                if token[0].isupper():
                    vocab.capitalised.add(token.lower())
        return vocab


def _keeps_hyphen(left: str, right: str, vocab: Vocabulary) -> bool:
    if right.lower() in CONJUNCTIONS:
        return True
    if f"{left}-{right}".lower() in vocab.words:
        return True
    if f"{left}{right}".lower() in vocab.words:
        return False
    if any(c.isdigit() for c in left) or (len(left) > 1 and left.isupper()):
        return True               # abbreviations and numbers: "SCP-rapport", "2e-"
    if left[:1].isupper() and left.lower() in vocab.capitalised:
        return True               # a name the letter also writes on its own: "Harrie-training"
    return False


def join_lines(first: str, second: str, vocab: Vocabulary) -> str:
    """Joins a line to the next line of the same paragraph."""
    first, second = first.rstrip(), second.strip()
    if not first:
        return second
    if not second:
        return first
    if first.endswith("-") and len(first) > 1 and first[-2].isalpha():
        left_match = re.search(r"([\w’']+)-$", first)
        right_match = _LETTERS.match(second)
        if left_match and right_match:
            if right_match.group().lower() in CONJUNCTIONS:
                return f"{first} {second}"
            if _keeps_hyphen(left_match.group(1), right_match.group(), vocab):
                return first + second
            return first[:-1] + second
    if first.endswith("/"):
        return first + second
    return f"{first} {second}"
