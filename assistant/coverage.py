"""What a question asks that the parse did not place: its `uncovered` content.

A figure answer is right only when the parse covers the question: subject, metric, period and
what to do with them. Anything else the question is about ("the Labour Inspectorate", "kept
separately", "what did the cabinet decide") is content no stored figure can answer, so such a
question goes to the passages, and a figure is at most its lead.

Covered are: the spans of subjects and metrics (the alias table), years and numbers, the cue
words of the operations (every span an understanding pattern matched), and the frame words a
question is put in ("Kunt u aangeven", "Klopt het dat", "according to the letters").
"""
from __future__ import annotations

import re
from typing import Iterable

from core import vocabulary as V
from core.aliases import metric_spans, subject_spans
from index.language import _EN, _NL

_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ’'\-]*", re.I)
# How a parliamentary question is put ("Deelt u de mening dat ...", "Kunt u aangeven ..."):
# never what it is about, for the parse and for the evidence alike.
PARLIAMENTARY_FRAME = set("""
kunt aangeven toelichten deelt mening bereid opvatting erkent klopt precies zelf
could would you agree share view confirm
eigenlijk nou eens even gewoon actually really just helemaal überhaupt zelfs
""".split())    # (and a softened ask: "wat wordt eigenlijk bedoeld met")
# Words that frame a question without naming what it is about, Dutch and English.
FRAME_WORDS = PARLIAMENTARY_FRAME | set("""
geven geef aan vertellen vertel klopt het dat zo ja nee precies
gaat om ging welk welke hoeveel hoe veel hoeveelheid waren was is zijn waarin waarbij daarbij
volgens brief brieven kamerbrief nota letter letters report reports rapport
progress latest recent laatste meest most stand staat stond stonden jaar jaren
eind einde ultimo begin end start year years ongeveer circa ruim bijna about approximately roughly
exactly exact exacte precieze juiste precise number aantal numbers figure figures cijfer cijfers totale total
hebben heeft had hadden has have having been zijn worden werd werden wordt become became
can could would will should may might shall kan kon zou zouden zal zullen moet moeten mag
please tell give show say says said state stated states noemen noemt genoemd geeft gaf
the a an of in on at to for by from with and or as than then that this these those it its
their there what which who whom how when where why did do does done doing
en of dan als nog ook wel niet geen meer minder dus namelijk oftewel ofwel thus so
dutch nederlandse nederland netherlands
respectively respectievelijk both beide allebei each elk elke per sector sectors sectoren
rond around nearly almost tot elkaar zowel elk another other andere over under into within binnen buiten toen then ever
iemand niemand men enkele enige sommige iets niets weet weten wist someone anyone nobody
anybody something nothing
januari februari maart april mei juni juli augustus september oktober november december
january february march may june july august october
""".split()) | set("""
fta fte banen baan jobs job via personen mensen people persons procent percent
banenafspraak banenafspraken procentpunt procentpunten percentage-points points
full-time fulltime equivalent equivalents
arbeidsbeperking arbeidsbeperkingen disability disabilities disabled
beperking beperkingen gehandicapten gehandicapte arbeidsgehandicapten handicap handicapped
impairment impairments
telde telden counted bedraagt bedroeg bedragen bedroegen amounts amounted
recente recentste nieuwste actuele newest
vroeg vraag afvragen benieuwd wondering wondered wonder curious ben sit sits
liep liepen loopt lopen ran run runs nam namen toe
""".split()) | set(V.JOB_NOUNS + V.PEOPLE_NOUNS)
# (the units, the agreement, the jobs and whom it is for: every figure is about them)
SPECIFIC_LENGTH = 12     # a word this long names one thing (netwerkorganisatie)
OTHER_CONTENT = 3        # uncovered content words that make a question about something else


# What the asker needs the answer for, before a colon ("Voor de persconferentie over de
# inleenverbanden: ...", "For our country note: ..."): their purpose, not what is asked
PURPOSE = re.compile(r"^\s*(?:voor|ten behoeve van|t\.b\.v\.|met het oog op|ter voorbereiding "
                     r"(?:op|van)|als achtergrond (?:voor|bij)|for|ahead of|in preparation for|"
                     r"as background (?:for|to))\b[^:?!.]{0,120}:\s+", re.I)


def without_purpose(text: str) -> str:
    """The question with the asker's purpose before a colon blanked (its length kept)."""
    m = PURPOSE.match(text)
    return " " * m.end() + text[m.end():] if m else text


def _blank(chars: list[str], spans: Iterable[tuple[int, int]]) -> None:
    for start, end in spans:
        chars[start:end] = " " * (end - start)


_ALTERNATIVES = re.compile(r"\b([^\W\d_]{2,})/([^\W\d_]{2,})\b")


def uncovered(text: str, cue_patterns: Iterable[re.Pattern] = ()) -> list[str]:
    """Content words of `text` that no subject, metric, year, operation cue or frame word
    accounts for, in text order."""
    chars = list(without_purpose(text))
    _blank(chars, [(s, e) for s, e, _ in subject_spans(text)])
    _blank(chars, [(s, e) for s, e, _ in metric_spans(text)])
    for pattern in cue_patterns:
        _blank(chars, [m.span() for m in pattern.finditer(text)])
    # "temp/agency placements": a word beside a slash is another name for what the word on
    # its other side names; when that side is accounted for, so is it
    for pair in _ALTERNATIVES.finditer(text):
        (s1, e1), (s2, e2) = pair.span(1), pair.span(2)
        if not "".join(chars[s1:e1]).strip() or not "".join(chars[s2:e2]).strip():
            _blank(chars, [(s1, e1), (s2, e2)])
    rest = "".join(chars)
    words = []
    for w in _WORD.findall(rest):
        low = w.lower().strip("’'-")
        if len(low) <= 2 or low in FRAME_WORDS or low in _EN or low in _NL:
            continue
        if "-" in low and _of_frame_words(low.split("-")):
            continue
        words.append(low)
    return words


def _frame(word: str) -> bool:
    return word in FRAME_WORDS or word in _EN or word in _NL


def _of_frame_words(parts: list[str]) -> bool:
    """"Full-time-equivalent": a compound of frame words ("full-time", "equivalent") frames
    the question too."""
    ends = {0}
    for i in range(1, len(parts) + 1):
        if any(j in ends and _frame("-".join(parts[j:i])) for j in range(i)):
            ends.add(i)
    return len(parts) in ends


def names_something(text: str) -> bool:
    """Whether a text has a word of its own beyond the frame of a question ("and what was
    it?" has none)."""
    return any(len(w) > 2 and w.lower() not in FRAME_WORDS and w.lower() not in _EN
               and w.lower() not in _NL for w in _WORD.findall(text))
