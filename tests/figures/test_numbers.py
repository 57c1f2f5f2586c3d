from decimal import Decimal

import pytest

from ingest.figures.numbers import parse_number, parse_numbers


@pytest.mark.parametrize("text, value, qualifier, footnote", [
    ("5.078", "5078", None, None), ("54,3", "54.3", None, None),
    ("+/- 1.900", "1900", "circa", None), ("79.2621", "79262", None, "1"),
    ("ruim 85.000", "85000", "ruim", None), ("bijna 4.000", "4000", "bijna", None),
    ("ongeveer 22%", "22", "circa", None), ("circa 700 fta", "700", "circa", None),
    ("(92.500)", "92500", None, None), ("98.3302", "98330", None, "2"),
])
def test_dutch_numbers(text, value, qualifier, footnote):
    n = parse_number(text)
    assert (n.value, n.qualifier, n.footnote) == (Decimal(value), qualifier, footnote)


def test_negative_only_where_signed():
    assert parse_number("- 3.853", signed=True).value == Decimal("-3853")
    assert parse_number("- 3.853").value == Decimal("3853")     # in prose a dash is a bullet
    assert [n.value for n in parse_numbers("- 1.716 - 410 - 2.126", signed=True)] == \
        [Decimal("-1716"), Decimal("-410"), Decimal("-2126")]


def test_figures_are_written_back_with_the_precision_the_letter_gave():
    from decimal import Decimal
    from core.numbers import format_number
    assert format_number(Decimal("76.0"), "nl") == "76,0"     # "76,0 procent", not "76"
    assert format_number(Decimal("76.0"), "en") == "76.0"
    assert format_number(Decimal("1E+3"), "nl") == "1.000"
    assert format_number(Decimal("-3853"), "nl") == "-3.853"
