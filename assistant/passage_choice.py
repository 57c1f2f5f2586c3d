"""What a question counts and which paragraph answers it: rules the assistant uses to route a
"hoeveel" question that is not about jobs, to pick the paragraph that states the amount or
defines the term asked, and to leave out footnotes that only name a source.
"""
from __future__ import annotations

import re

from assistant.query import NO_NOUN, Query
from core.aliases import COUNTED_NOUNS_PATTERN, dutch_terms, find_metrics, find_subjects
from index.language import dutch_expansion
from core.vocabulary import AGGREGATES, JOB_KINDS, PEOPLE_NOUNS, SUBJECTS

# A question that counts jobs: with no sector named it asks for the national total.
# What "hoeveel X" / "how many X" counts: jobs and what the figures table holds, or other things.
_JOBS = re.compile(f"({COUNTED_NOUNS_PATTERN}|"
                   r"extra|additional|more|meer|minder|fewer|less|procent|percent|percentage|"
                   r"procentpunt\w*|points?|uur|uren|hours?|full-time|fulltime|equivalents?)$",
                   re.I)

_PEOPLE = re.compile("(" + "|".join(map(re.escape, PEOPLE_NOUNS)) + ")$", re.I)


def counts_other_things(q: Query) -> bool:
    """"Hoeveel werkgevers", "how many mbo schools": a count of something that is not jobs,
    not a metric and, with no sector named, not the national total either."""
    if not q.counted:
        return not (q.subjects or q.metrics or q.mentions_jobs)
    if any(SUBJECTS[s].kind == "population" for s in find_subjects(q.counted)) or (
            len(q.counted_phrase) > 1 and _PEOPLE.match(q.counted_phrase[1])):
        return False    # "hoeveel geregistreerden", "how many registered people": the target group
    return not (_JOBS.match(q.counted) or NO_NOUN.match(q.counted) or q.counted_is_metric)


def names_part_asked(q: Query, sentence: str) -> bool:
    """A sentence's amount is of the part of the jobs asked ("via social return", "via
    inhuur") only if it names that part: the sector's whole realisation is not its SROI."""
    kinds = set(q.metrics) & set(JOB_KINDS)
    return not kinds or bool(set(find_metrics(sentence)) & kinds)


# An amount as the letters write it: "25.000 banen", "266 duurzame banen", "130 miljoen euro"
# ("7 van de 8 umc’s", "33 of the 36": members counted out of their whole)
QUANTITY = re.compile(r"\d[\d.,]*\s*%|\b\d+\s+(?:van de|of the|out of)\s+\d+\b|"
                      r"\b\d[\d.,]*(\s+[a-zà-ÿ]+){0,2}?\s+(banen|fta|euro|miljoen|"
                      r"procent|uur|personen|mensen|medewerkers|werkgevers|scholen|"
                      r"inleenverbanden|dienstverbanden|detacheringen|organisaties|"
                      r"hogescholen)\b", re.I)
# An amount of money as the letters write it: "130 miljoen euro", "€ 2,5 miljoen"
MONEY = re.compile(r"€\s*\d|\b\d[\d.,]*\s*(?:miljoen|miljard|mln|mld)?\s*euro\b|"
                   r"\b\d[\d.,]*\s*(?:miljoen|miljard)\b", re.I)
_URL = re.compile(r"https?://\S+|www\.\S+")
MIN_WORDS = 8          # a footnote that only names a source or a link explains nothing


def term_names(term: str) -> list[str]:
    """The term and, for a name the vocabulary knows, the letters' Dutch words for it ("hiring
    arrangements": inleenverbanden)."""
    ids = find_subjects(term) + find_metrics(term)
    return list(dict.fromkeys([term] + [t for cid in ids for t in dutch_terms(cid)]))


def defines(text: str, term: str) -> bool:
    """"Fta staat voor ...", "Social Return on Investment (SROI)", "Inleenverbanden
    (uitzendrelaties en Wsw-detacheringen)": a definition of the term, or its gloss."""
    t = re.escape(term)
    return bool(re.search(rf"\b{t}\s+(staat voor|is een|houdt in|betekent|oftewel)|"
                          rf"\(\s*(?:de |het |the )?{t}\s*\)|\b{t}\s*\([^()\d]{{6,}}\)|"
                          # "Inleenverbanden zijn zowel ...": a sentence that opens with it
                          rf"(?:^|[.:!?]\s+)(?:de |het |een )?{t}\s+(?:zijn|is)\s", text, re.I))


def counts(text: str, q: Query) -> bool:
    """The passage gives a number of the very thing the question counts, in Dutch or (for an
    English question) in the Dutch words for it ("universities of applied sciences": 36
    hogescholen)."""
    if not q.counted_phrase:
        return False
    if _MONEY.match(q.counted):      # "hoeveel geld": an amount in euro
        return bool(re.search(r"\d[\d.,]*\s*(miljoen|miljard|duizend)?\s*euro|€\s*\d", text, re.I))
    english = q.language == "en"
    words = [q.counted] + (dutch_expansion(" ".join(q.counted_phrase)) if english else [])
    # "hoeveel mbo-instellingen": the sector's members, by any of its names ("51 mbo-scholen");
    # the phrase counted may name it in words of its own ("hoeveel academische ziekenhuizen")
    words += [a for s in find_subjects(" ".join(q.counted_phrase)) for a in SUBJECTS[s].aliases
              if s not in AGGREGATES]
    # (an apostrophe either way: "umc's" asked, "umc’s" written)
    roots = "|".join(dict.fromkeys(re.sub(r"['’]", "['’]", re.escape(w.split()[-1][:6]))
                                   for w in words if w.strip()))
    return bool(re.search(rf"\d[\d.,]*\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{roots})", text, re.I))


_MONEY = re.compile(r"(geld|money|budget|euro|euros|bedrag|amount)$", re.I)


def bare(text: str) -> bool:
    """A footnote that only names a source or a link."""
    return len(_URL.sub(" ", text).split()) < MIN_WORDS
