"""What a single line of a letter is: a heading, a figure line, a bullet, a table row, prose."""
from __future__ import annotations

import re

BULLETS = ("\ufffd", "•", "▪", "●", "◦")
HEADING_MAX_CHARS = 70
HEADING_MAX_WORDS = 10

_NUMBER = r"(?:(?:\+/-|±)\s*)?[-–]?\s?\(?\d[\d.,]*\)?\s*%?(?:\s*fta)?"
# "Doel 5.637", "Realisatie +/- 700 fta", "Realisatiepercentage 54,3%", "Totaal 71.113 10.004 81.117"
_FIGURE_LINE = re.compile(
    rf"^(?P<label>[^\W\d_][\w’'()\-]*(?: [^\W\d_][\w’'()\-]*){{0,3}})?\s*"
    rf"(?P<values>{_NUMBER}(?:\s+{_NUMBER})*)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
UNIT_LINE = re.compile(r"^(?:fta|%|banen|uur)$", re.IGNORECASE)
TABLE_CAPTION = re.compile(r"^Tabel\s+\d+\s*[:.]", re.IGNORECASE)
LETTER_DATE = re.compile(r"^Den Haag,?\s+\d{1,2}\s+\w+\s+\d{4}\s*$")
_ENDS_SENTENCE = (".", "!", "?")


def normalise(line: str) -> str:
    """Collapses runs of spaces; tabs stay, they separate the cells of a table row."""
    line = line.replace("\u00a0", " ").replace("\u200b", "")
    cells = [" ".join(cell.split()) for cell in line.split("\t")]
    if len(cells) > 1:            # a leading empty cell keeps a header row's columns in place
        return "\t".join(cells).rstrip("\t")
    return cells[0]


def bullet_text(line: str) -> str | None:
    text = line.strip()
    if text.startswith(BULLETS):
        return text[1:].strip()
    return None


def is_figure_line(line: str) -> bool:
    if len(line) > 60 or "\t" in line:
        return False
    match = _FIGURE_LINE.match(line)
    if not match:
        return False
    values = match.group("values").split()
    if not match.group("label") and len(values) < 2:
        return False
    return not (len(values) == 1 and _YEAR.match(values[0]))   # "Resultaten 2024" is a heading


def is_numeric_row(line: str) -> bool:
    """A row of figures with at most a short label: the body of a table."""
    if not is_figure_line(line):
        return False
    return len(re.findall(r"\d[\d.,]*", _FIGURE_LINE.match(line).group("values"))) >= 2


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_ENDS_SENTENCE)


# a line ending in one of these words is a wrapped line of running text, not a heading
_RUNS_ON = {"van", "de", "het", "een", "en", "in", "zijn", "met", "om", "op", "te", "voor",
            "aan", "dat", "die", "of", "bij", "naar", "door", "over", "uit", "tot", "als",
            "is", "er", "wordt", "worden", "the", "of", "and", "to", "for"}


def could_be_heading(line: str, line_width: int = 2 * HEADING_MAX_CHARS) -> bool:
    """Short, capitalised, without closing punctuation; the caller checks what follows.

    line_width is the letter's usual line length: a heading is clearly shorter than a full
    line of running text that happens to end without a full stop.
    """
    text = line.strip()
    limit = min(HEADING_MAX_CHARS, int(0.8 * line_width))
    if not text or len(text) > limit or len(text.split()) > HEADING_MAX_WORDS:
        return False
    if not text[0].isupper() or text.endswith((".", ",", ";", ":", "!", "?")):
        return False
    if re.search(r"[.!?] [A-Z]", text) or text.split()[-1].lower() in _RUNS_ON:
        return False
    return not is_figure_line(text) and bullet_text(text) is None and "\t" not in text


def line_width(texts: list[str]) -> int:
    """The usual length of a line of running text (the median of the longer lines)."""
    lengths = sorted(len(t) for t in texts if len(t) >= 30 and "\t" not in t)
    return lengths[len(lengths) // 2] if lengths else 2 * HEADING_MAX_CHARS


def starts_lowercase(line: str) -> bool:
    """Whether a line goes on with a sentence: "banen voor ...", "(vergelijkbaar met ..."."""
    for char in line.strip():
        if char.isalpha():
            return char.islower()
        if char.isdigit():
            return False
    return False
