"""Numbers in answer text and in the letters, in Dutch and English notation.

"1.290" is 1290 in Dutch and 1.29 in English; "1,290" the other way round. Guessing the
notation of a lone number is unreliable, so a mention keeps every reading it can have and the
scorer asks whether one of them is the expected value (a year such as "2023" then only ever
matches an expected 2023, never a figure).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from core.numbers import format_number

# A sign counts only when it is not glued to a word or number before it ("2022-2023" is a
# range, not minus 2023); the letters' tables write a decrease as "- 3.853".
_NUMBER = re.compile(
    r"(?:(?<![\w.,%])(?P<sign>[-\u2212\u2013+])\s?)?"
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![\d])")
_SCALE = re.compile(r"\s*(miljoen|million|mln\.?|miljard|billion|duizend|thousand)\b",
                    re.IGNORECASE)
_SCALES = {"miljoen": 10**6, "million": 10**6, "mln": 10**6, "mln.": 10**6,
           "miljard": 10**9, "billion": 10**9, "duizend": 1000, "thousand": 1000}
_UNIT_AFTER = [
    ("%", re.compile(r"\s*(%|procent\b|percent\b|procentpunt|percentage ?point|pp\b)",
                     re.IGNORECASE)),
    ("fta", re.compile(r"\s*(fta|fte)\b", re.IGNORECASE)),
    ("banen", re.compile(r"\s*(extra |additional |more |minder |fewer )?(banen|baan|jobs?)\b",
                         re.IGNORECASE)),
    ("personen", re.compile(r"\s*(personen|mensen|people|persons)\b", re.IGNORECASE)),
    ("uur", re.compile(r"\s*(uur|hours?)\b", re.IGNORECASE)),
    ("euro", re.compile(r"\s*(euro|EUR)\b", re.IGNORECASE)),
]
_EURO_BEFORE = re.compile(r"(€|EUR)\s*$")
YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d]|[.,]\d)")

# The letters say "banen" and "fta" for the same sector counts (eval/QUESTIONS.md).
_UNIT_GROUP = {"fta": "jobs", "banen": "jobs"}


@dataclass(frozen=True)
class Mention:
    """One number written in a text, with every value it can stand for."""
    readings: frozenset[Decimal]
    signed: bool            # written with an explicit + or minus
    unit: str | None        # the unit word right after it, if any
    start: int
    end: int
    raw: str


def _readings(num: str) -> set[Decimal]:
    num = num.replace("\u00a0", ".").replace("\u202f", ".")
    seps = [c for c in num if c in ".,"]
    if not seps:
        return {Decimal(num)}
    if len(set(seps)) == 2:     # "1.290,5" or "1,290.5": the last mark is the decimal one
        decimal_mark = num[max(num.rfind("."), num.rfind(","))]
        group_mark = "," if decimal_mark == "." else "."
        return {Decimal(num.replace(group_mark, "").replace(decimal_mark, "."))}
    mark = seps[0]
    parts = num.split(mark)
    if len(parts) > 2:          # "1.290.000": grouping only
        return {Decimal("".join(parts))}
    head, tail = parts
    out = {Decimal(f"{head}.{tail}")}
    if len(tail) == 3:          # "5.078" / "5,078": thousands in one notation
        out.add(Decimal(head + tail))
    return out


def mentions(text: str) -> list[Mention]:
    """Every number in `text` with its readings, sign and the unit written after it."""
    found = []
    for m in _NUMBER.finditer(text):
        readings = _readings(m.group("num"))
        end = m.end()
        scale = _SCALE.match(text, end)
        if scale:
            # "130 miljoen euro" is 130,000,000 and, as written, 130 (million): a question
            # asking "hoeveel miljoen euro" expects the number as written
            factor = _SCALES[scale.group(1).lower()]
            readings = {r * factor for r in readings} | readings
            end = scale.end()
        sign = m.group("sign")
        if sign and sign != "+":
            readings = {-r for r in readings}
        unit = next((name for name, rx in _UNIT_AFTER if rx.match(text, end)), None)
        if unit is None and _EURO_BEFORE.search(text[max(0, m.start() - 5):m.start()]):
            unit = "euro"
        found.append(Mention(frozenset(readings), bool(sign), unit, m.start(), end,
                             text[m.start():end]))
    return found


def units_agree(expected: str, written: str | None) -> bool:
    """A percentage must be written as one; a count may leave its unit implicit, but may not
    be written as a percentage or as another kind of count."""
    if expected == "%":
        return written == "%"
    if written is None:
        return True
    return _UNIT_GROUP.get(written, written) == _UNIT_GROUP.get(expected, expected)


def value_agrees(candidate: Decimal, expected: Decimal, tolerance: Decimal,
                 signed: bool) -> bool:
    """Within the rounding the source states. An unsigned mention ("1.838 fewer jobs") may
    state a negative value by its words; a signed one must carry the right sign."""
    if abs(candidate - expected) <= tolerance:
        return True
    return not signed and abs(abs(candidate) - abs(expected)) <= tolerance


def years(text: str) -> set[int]:
    return {int(y) for y in YEAR.findall(text)}


def dutch_forms(value: Decimal) -> list[str]:
    """How a letter writes a value: 5078 -> "5.078", 54.3 -> "54,3", -3853 -> "3.853" (the
    sign is words or a spaced dash there), 130000000 -> "130 miljoen"."""
    d = abs(value)
    forms = [format_number(d, "nl")]
    if d == d.to_integral_value() and d >= 1_000_000 and d % 1_000_000 == 0:
        forms.append(f"{int(d) // 1_000_000} miljoen")
    return forms


def states_number(text: str, value: Decimal) -> bool:
    """Whether `text` (a letter's passage) writes `value` the Dutch way, as a whole number
    ("54" is not in "54,3"). A grouped number may carry a glued footnote mark ("79.2621" is
    79.262 with footnote 1), which a Dutch number cannot otherwise end in."""
    for form in dutch_forms(value):
        tail = r"(?!\d|[.,]\d)"
        if "." in form:
            tail = r"(?:\d{1,2})?" + tail
        if re.search(r"(?<![\d.,])" + re.escape(form) + tail, text):
            return True
    return False
