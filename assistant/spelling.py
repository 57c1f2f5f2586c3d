"""Typing errors in a question ("hoevel", "univeristeiten", "doelgroepregistr"), read as the
word the parse knows.

A word the parse does not know is otherwise content no letter names, and the question is
refused. Without a dictionary of the language, a correction must be one that a typing error
explains and an inflection does not, so a word is corrected only where:
- it is long enough to be told apart (MIN_LENGTH) and is no word the parse knows (`known`:
  the vocabulary, the frame of a question, every word of the parse's patterns);
- it lies one slip from exactly one word of `targets` (the Dutch names of the vocabulary and
  the question words): a letter left out or added, not at the word's start or end (where
  "centrale" and "central", "created" and "create" are inflections), or two neighbouring
  letters swapped; a letter changed is no slip it tells from another word ("werken",
  "werden").
Candidates are found through their one-letter deletions, the way SymSpell looks them up, so
a question costs a few dictionary lookups, not a scan of the words.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from assistant.coverage import FRAME_WORDS
from core import vocabulary as V
from index.language import _EN, _NL, detect_language

MIN_LENGTH = 6          # "hoevel" is hoeveel; a five-letter word may be a word of its own
_WORD = re.compile(r"(?<![\w’'-])[a-zà-ÿ]+(?![\w’'-])", re.I)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def slip(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with one letter left out or added, not at the end, or with
    two neighbouring letters swapped."""
    if len(typed) == len(word):
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == word[diff[1]] \
            and typed[diff[1]] == word[diff[0]]
    if abs(len(typed) - len(word)) != 1:
        return False
    short, long_ = (typed, word) if len(typed) < len(word) else (word, typed)
    # (nor at the start: "stelling" is no "telling")
    return any(long_[:i] + long_[i + 1:] == short for i in range(1, len(long_) - 1))


class Speller:
    def __init__(self, known: Iterable[str], targets: Iterable[str]):
        self.known = {w.lower() for w in known if w.isalpha()}
        self._by_deletion: dict[str, set[str]] = {}
        for w in {t.lower() for t in targets if t.isalpha() and len(t) >= MIN_LENGTH - 1}:
            self.known.add(w)
            for key in _deletions(w) | {w}:
                self._by_deletion.setdefault(key, set()).add(w)

    def correction(self, word: str) -> str | None:
        """The one word of the targets a typing error stands for, or None."""
        low = word.lower()
        if len(low) < MIN_LENGTH or low in self.known:
            return None
        found = set()
        for key in _deletions(low) | {low}:
            found |= {w for w in self._by_deletion.get(key, ()) if slip(low, w)}
        return found.pop() if len(found) == 1 else None

    def corrected(self, text: str) -> str:
        """The text with each typing error replaced by the word it stands for (a capitalised
        word inside a sentence is a name, and stays as written)."""
        def fix(m: re.Match) -> str:
            word = m.group()
            named = word[0].isupper() and re.search(r"[\w,] $", text[:m.start()])
            right = None if named else self.correction(word)
            if right is None:
                return word
            return right[0].upper() + right[1:] if word[0].isupper() else right
        return _WORD.sub(fix, text)


# The words a typing error is read as: the vocabulary's names and the words a question is
# asked with
QUESTION_WORDS = """hoeveel waarom wanneer welke hoeverre realisatie realiseerde realiseerden
gerealiseerd doelstelling realisatiepercentage percentage procent maatregelen gemiddeld
gemiddelde inleenverbanden dienstverbanden detacheringen organisaties werkgevers
overheidswerkgevers marktwerkgevers banenafspraak doelgroep doelgroepregister""".split()


def _names(dutch_only: bool = False) -> set[str]:
    return {w for entry in (*V.SUBJECTS.values(), *V.METRICS.values())
            for alias in (entry.nl if dutch_only else entry.aliases)
            for w in re.split(r"[\s\-/()]+", alias.lower())}


def _known_words() -> set[str]:
    """Every word the parse knows: the vocabulary's names, a question's frame and the words of
    every pattern the parse reads a question with (so a cue added is a word known at once)."""
    # (the parse's modules, imported here: understand.py reads questions with this module)
    from assistant import intent, metrics_asked, periods, query, understand
    words = set(FRAME_WORDS) | _EN | _NL | _names()
    for module in (intent, metrics_asked, periods, query, understand):
        for value in vars(module).values():
            if isinstance(value, re.Pattern):
                words |= set(re.findall(r"(?<![\\a-z])[a-zà-ÿ]{2,}", value.pattern.lower()))
    return words


@lru_cache(maxsize=1)
def _speller() -> Speller:
    """Built at the first question, once the parse's modules are all loaded."""
    return Speller(_known_words(), _names(dutch_only=True) | set(QUESTION_WORDS))


def spelled(text: str) -> str:
    """A Dutch question with its typing errors corrected. English ones are left as typed:
    the English words the parse knows are too few to tell a slip from a word ("though" is no
    "through")."""
    return _speller().corrected(text) if detect_language(text) == "nl" else text
