"""Dutch number notation: "5.078" is 5078, "54,3" is 54.3, "+/- 1.900" is circa 1900.

A Dutch thousands group has exactly three digits, so a fourth digit glued to the last group
("79.2621") is a footnote mark, not part of the number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# Words before a number that say how exact it is, mapped to the qualifier a Figure carries.
QUALIFIERS = {
    "+/-": "circa", "±": "circa", "circa": "circa", "ca.": "circa", "ongeveer": "circa",
    "ruim": "ruim", "bijna": "bijna", "meer dan": "ruim", "minimaal": "minimaal",
    "tussen": "tussen",
}
_QUALIFIER_RE = r"(?:\+/-|±|circa|ca\.|ongeveer|ruim|bijna|meer\s+dan|minimaal)"

# 1 to 3 digits, then groups of exactly 3 after a dot, optional decimals after a comma;
# or a plain run of digits. A footnote mark (1-2 digits) may be glued to the last group.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER_RE = re.compile(
    r"(?P<qual>" + _QUALIFIER_RE + r"\s*)?"
    r"(?P<sign>[-–−]\s?)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?P<foot>(?<=\.\d{3})\d{1,2})?"
    r"(?![\d.,]\d)", re.IGNORECASE)


@dataclass(frozen=True)
class DutchNumber:
    value: Decimal
    qualifier: str | None
    footnote: str | None
    start: int                  # span of the whole match (qualifier and sign included)
    end: int
    num_start: int              # span of the digits alone
    num_end: int


def to_decimal(digits: str) -> Decimal:
    """'5.078' -> 5078, '54,3' -> 54.3; exact, never through float."""
    return Decimal(digits.replace(".", "").replace(",", "."))


def qualifier_of(word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.lower().split())
    return QUALIFIERS.get(key)


def parse_numbers(text: str, signed: bool = False) -> list[DutchNumber]:
    """Every number in `text`. `signed`: read "- 3.853" as negative (tables only: in prose a
    dash before a number is a bullet or a range)."""
    found = []
    for m in _NUMBER_RE.finditer(text):
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,"):
            continue                               # inside a word or another number
        value = to_decimal(m.group("num"))
        sign = m.group("sign")
        if sign and signed:
            value = -value
        elif sign:
            start = m.start("num") if not m.group("qual") else start
        found.append(DutchNumber(value, qualifier_of(m.group("qual")), m.group("foot"),
                                 start, m.end(), m.start("num"), m.end("num")))
    return found


def parse_number(text: str, signed: bool = False) -> DutchNumber | None:
    """The first number in `text`, or None."""
    numbers = parse_numbers(text, signed)
    return numbers[0] if numbers else None
