"""Writing numbers the way each language writes them, for every stage that shows a figure."""
from __future__ import annotations

from decimal import Decimal


def format_number(value: Decimal, lang: str = "nl") -> str:
    """5078 -> '5.078' (nl, as the letters write it) / '5,078' (en); 54.3 -> '54,3' / '54.3'.

    The value's own precision is kept: a letter's "76,0 procent" is stored as 76.0 and written
    back as 76,0, not as 76 (a scale-only exponent such as 1E+3 is still written 1.000)."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    if value.as_tuple().exponent > 0:
        value = value.quantize(Decimal(1))
    whole, _, frac = f"{value:f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    return sign + thousands.join(groups) + (point + frac if frac else "")
