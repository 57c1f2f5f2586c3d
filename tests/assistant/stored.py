"""What the tests expect, read from the stored figures rather than written down."""
from __future__ import annotations

from decimal import Decimal


def table_value(store, subject: str, metric: str, period: str) -> Decimal:
    """A subject's figure of a year as a table states it (not a sentence's rounding)."""
    found = [f for f in store.figures(subject, metric)
             if f.period == period and f.source_kind != "prose"]
    assert found, f"no {metric} of {subject} in {period} stored from a table"
    return found[0].value
