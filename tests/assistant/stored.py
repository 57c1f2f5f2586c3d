"""What the tests expect, read from the stored figures rather than written down."""
from __future__ import annotations

from decimal import Decimal

from eval.numbers import mentions


def table_value(store, subject: str, metric: str, period: str) -> Decimal:
    """A subject's figure of a year as a table states it (not a sentence's rounding)."""
    found = [f for f in store.figures(subject, metric)
             if f.period == period and f.source_kind != "prose"]
    assert found, f"no {metric} of {subject} in {period} stored from a table"
    return found[0].value


def values(store, subject: str, metric: str, period: str) -> set[Decimal]:
    """Every value stored for a subject's metric in a period (a table's and a sentence's)."""
    found = {f.value for f in store.figures(subject, metric) if f.period == period}
    assert found, f"no {metric} of {subject} in {period} stored"
    return found


def states(text: str, wanted) -> bool:
    """Whether a text writes one of the values, in Dutch or English notation."""
    wanted = set(wanted) if isinstance(wanted, (set, frozenset, list)) else {wanted}
    return any(m.readings & wanted for m in mentions(text))
