"""Running heads and feet: page labels and the short repeated blocks printed on every page.

Two generic signals, no letter's wording: (1) a "Pagina N van M" label and the block of short
lines that hangs together with it at the top or the foot of a page (a memo's sender, date and
reference column); (2) lines that open several pages in the same words.
"""
from __future__ import annotations

from collections import Counter

from ingest.text_pages import PAGE_LABEL

SHORT = 40                        # a head's lines are short: names, dates, references
TOP_LINES = 3                     # how far down a page a repeated head may stand


def _is_short(line: str) -> bool:
    text = line.strip()
    return len(text) <= SHORT and not text.endswith((".", ";", ","))


def label_block(lines: list[str]) -> set[int]:
    """Indices of a page's label and the short-line block that runs from it to the page edge."""
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if not PAGE_LABEL.match(line):
            continue
        drop.add(i)
        for step, edge in ((-1, -1), (1, len(lines))):
            block: list[int] = []
            j = i + step
            while j != edge and (not lines[j].strip() or _is_short(lines[j])):
                block.append(j)
                j += step
            if j == edge:         # the block reaches the top or the foot of the page
                drop.update(block)
    return drop


def _top_lines(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()][:TOP_LINES]


def repeated_heads(pages: list[list[str]]) -> set[str]:
    """Lines that open at least two pages (and half of them) in the same words."""
    if len(pages) < 3:
        return set()
    counts = Counter(text for lines in pages for text in set(_top_lines(lines)))
    needed = max(2, len(pages) // 2)
    return {text for text, n in counts.items() if n >= needed and len(text) <= 2 * SHORT}


def head_lines(lines: list[str], repeated: set[str]) -> set[int]:
    """Indices of running-head lines on one page."""
    drop = label_block(lines)
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        if line.strip() in repeated:
            drop.add(i)
    return drop
