"""Writing numbers the way each language writes them, for every stage that shows a figure."""
from __future__ import annotations

from decimal import Decimal


def format_number(value: Decimal, lang: str = "nl") -> str:
    """5078 -> '5.078' (nl, as the letters write it) / '5,078' (en); 54.3 -> '54,3' / '54.3'."""
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value).normalize():f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    return sign + thousands.join(groups) + (point + frac if frac else "")
