"""What a question counts and which paragraph answers it: rules the assistant uses to route a
"hoeveel" question that is not about jobs, to pick the paragraph that states the amount or
defines the term asked, and to leave out footnotes that only name a source.
"""
from __future__ import annotations

import re

from assistant.understand import Question
from core.aliases import metric_spans
from index.language import detect_language, dutch_expansion

# A question that counts jobs: with no sector named it asks for the national total.
# What "hoeveel X" / "how many X" counts: jobs and what the figures table holds, or other things.
_JOBS = re.compile(r"(extra|additional|more|meer|minder|fewer|less|banen|baan|jobs?|fta|fte|"
                   r"fta's|werkenden|mensen|personen|people|persons|procent|percent|percentage|"
                   r"procentpunt\w*|points?|uur|uren|hours?|employees|workers|werknemers|"
                   r"arbeidsplaatsen|plaatsen|placements|positions|participatiebanen)$", re.I)
_COUNTED = re.compile(r"\b(hoeveel|how many)\s+([\w’'\-]+)", re.I)
# Words after "hoeveel" that are no noun: "hoeveel is", "how many of", "hoeveel hebben"
_NO_NOUN = re.compile(r"(is|was|were|are|did|does|do|had|has|have|hebben|heeft|had|hadden|"
                      r"zijn|waren|werd|werden|kwam|kwamen|of|van|de|het|the|een|a|an|daarvan|"
                      r"ervan|hiervan|er|them|those|these|it|they|we|in|at|by|per|"
                      r"\d[\d.,]*)$", re.I)


def counts_other_things(q: Question) -> bool:
    """"Hoeveel werkgevers", "how many mbo schools": a count of something that is not jobs,
    not a metric and, with no sector named, not the national total either."""
    counted = _COUNTED.search(q.text)
    if not counted:
        return not (q.subjects or q.metrics or _JOBS_IN.search(q.text))
    word = counted.group(2)
    named = [s for s, _, _ in metric_spans(q.text[counted.start(2):])]
    return not (_JOBS.match(word) or _NO_NOUN.match(word) or named and named[0] == 0)


_JOBS_IN = re.compile(r"\b(extra|additional|banen|baan|jobs?|fta|werkenden)\b", re.I)
HOW_MUCH = re.compile(r"\b(hoeveel|how (many|much|high|large)|hoe (hoog|groot))\b", re.I)
# An amount as the letters write it: "25.000 banen", "266 duurzame banen", "130 miljoen euro"
QUANTITY = re.compile(r"\d[\d.,]*\s*%|\b\d[\d.,]*(\s+[a-zà-ÿ]+){0,2}?\s+(banen|fta|euro|miljoen|"
                       r"procent|uur|personen|mensen|medewerkers|werkgevers|scholen|"
                       r"inleenverbanden|dienstverbanden|detacheringen|organisaties|"
                       r"hogescholen)\b", re.I)
_URL = re.compile(r"https?://\S+|www\.\S+")
MIN_WORDS = 8          # a footnote that only names a source or a link explains nothing


# A question for the meaning of one term: "What is an fta?", "Waar staat fta voor?"
DEFINE = re.compile(r"^\s*(?:what is|what are|what does|what's|wat is|wat zijn|wat betekent|"
                     r"waar staat|wat houdt)\s+(?:an?\s+|the\s+|de\s+|het\s+|een\s+)?"
                     r"([\w’'\-]+(?:\s+[\w’'\-]+){0,2}?)(?:\s+(?:stand for|mean|voor|in))?\s*\??\s*$",
                     re.I)


def defines(text: str, term: str) -> bool:
    """"Fta staat voor ...", "Social Return on Investment (SROI)": a definition of the term."""
    t = re.escape(term)
    return bool(re.search(rf"\b{t}\s+(staat voor|is een|houdt in|betekent|oftewel)|"
                          rf"\(\s*(?:de |het |the )?{t}\s*\)", text, re.I))


def counts(text: str, question: str) -> bool:
    """The passage gives a number of the very thing the question counts, in Dutch or (for an
    English question) in the Dutch words for it ("universities of applied sciences": 36
    hogescholen)."""
    counted = _COUNTED.search(question)
    if not counted or _NO_NOUN.match(counted.group(2)):
        return False
    if _MONEY.match(counted.group(2)):      # "hoeveel geld": an amount in euro
        return bool(re.search(r"\d[\d.,]*\s*(miljoen|miljard|duizend)?\s*euro|€\s*\d", text, re.I))
    phrase = []
    for word in question[counted.start(2):].split()[:4]:
        if phrase and _NO_NOUN.match(word.strip("?.,")):
            break               # the counted thing ends where its verb begins
        phrase.append(word.strip("?.,"))
    english = detect_language(question) == "en"
    words = [counted.group(2)] + (dutch_expansion(" ".join(phrase)) if english else [])
    roots = "|".join(dict.fromkeys(re.escape(w.split()[-1][:6]) for w in words if w.strip()))
    return bool(re.search(rf"\d[\d.,]*\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{roots})", text, re.I))


_MONEY = re.compile(r"(geld|money|budget|euro|euros|bedrag|amount)$", re.I)


def bare(text: str) -> bool:
    """A footnote that only names a source or a link."""
    return len(_URL.sub(" ", text).split()) < MIN_WORDS
