"""Footnotes: found at the foot of a page (or under a table) and taken out of the running text.

Footnote numbers run 1, 2, 3 ... through a letter, so the number expected next tells a footnote
("7 Fta staat voor ...") from a body line that happens to start with a number ("7 juni jl.").
Extractions lose some footnotes, so a small gap in the sequence is allowed. A note under a
table restarts at 1 ("1 De som van ..." below a row of figures) without moving the sequence on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
MAX_GAP = 3                       # footnotes an extraction may have lost in a row

_START = re.compile(
    r"^(?P<lead> ?)(?P<num>\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?P<space>\s*)"
    r"(?P<body>(?:[A-Z“‘\"(]|www\.|https?:).*)$")
_URL = re.compile(r"^\s*(?:https?://|www\.)\S*\s*$")
_NUMBER_TOKEN = re.compile(r"^[(+\-–]*\d[\d.,]*%?\)?\d*$")


@dataclass
class FoundFootnote:
    number: str
    lines: list[int]              # indices into the page's lines
    text: str


def _numeric_row(line: str) -> bool:
    tokens = [t for t in line.split() if t not in {"-", "–"}]
    numbers = sum(1 for t in tokens if _NUMBER_TOKEN.match(t))
    return len(tokens) >= 2 and numbers * 2 >= len(tokens)


def _start_number(line: str) -> tuple[int, str] | None:
    match = _START.match(line)
    if not match:
        return None
    if not match.group("space") and match.group("num").isascii():
        # glued ("13Zes hogescholen") only when a capitalised word follows
        if not re.match(r"[A-Z][a-z]", match.group("body")):
            return None
    return int(match.group("num").translate(SUPERSCRIPTS)), match.group("body")


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def find_footnotes(lines: list[str], last_number: int) -> tuple[list[FoundFootnote], int]:
    """Footnotes among one page's lines; returns them and the last number in sequence."""
    found: list[FoundFootnote] = []
    current: FoundFootnote | None = None
    previous_text = ""            # the last non-blank line that is not part of a footnote
    blank_before = False          # a page never opens with its footnotes
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            blank_before = True
            i += 1
            continue
        start = _start_number(line)
        accepted = False
        if start:
            number, body = start
            context = blank_before or current is not None or line.startswith(" ")
            if context and last_number < number <= last_number + MAX_GAP:
                last_number = number
                accepted = True
            elif context and blank_before and number == 1 and _numeric_row(previous_text):
                accepted = True   # a table's own note
            if accepted:
                current = FoundFootnote(str(number), [i], body.strip())
                found.append(current)
        if not accepted and current is not None:
            if _continues(current, line, blank_before):
                current.lines.append(i)
                current.text = f"{current.text} {line.strip()}"
            else:
                current = None
        if not accepted and current is None:
            previous_text = line
        blank_before = False
        i += 1
    for note in found:
        note.text = " ".join(note.text.split())
    return found, last_number


def _continues(note: FoundFootnote, line: str, after_blank: bool) -> bool:
    if _URL.match(line):
        return True
    if not after_blank:
        return True
    # across a blank line only an unfinished sentence goes on ("Tweemeting in" / "verband met")
    return not _ends_sentence(note.text) and line.strip()[:1].islower()
