"""Page breaks of plain text extracted from PDFs.

A text extraction keeps no page objects, but it leaves traces of them:
- a run of blank (or whitespace-only) lines where the page ended;
- pypdf starts every page's text with a single space, so a line that begins with exactly one
  space and then text opens a page (footnote lines and running heads share that space, so
  they are told apart);
- a running foot or head "Pagina N van M" names the page it stands on.
Where none of these occur the page cannot be known and stays None.
"""
from __future__ import annotations

import re

from ingest.types import RawPage

BLANK_RUN = 5                     # this many whitespace-only lines in a row end a page
PAGE_LABEL = re.compile(r"^\s*Pagina\s+(\d+)\s+van\s+(\d+)\s*$", re.IGNORECASE)
_PAGE_START = re.compile(r"^ \S")
# " 2 De doelstelling ..." is footnote 2, not the start of a page
_FOOTNOTE_START = re.compile(r"^ \d{1,2}\s*(?:[A-Z“‘\"(]|www|http)")


def is_page_start(line: str) -> bool:
    return bool(_PAGE_START.match(line)) and not _FOOTNOTE_START.match(line) \
        and not PAGE_LABEL.match(line)


def split_text_pages(text: str) -> list[RawPage]:
    """Pages in reading order; RawDocument.text ("\\n".join of the pages) gives `text` back."""
    lines = text.split("\n")
    pages: list[list[str]] = [[]]
    labels: dict[int, int] = {}           # page index -> number printed on it
    signals = 0
    blank_run = 0

    def has_text(page: list[str]) -> bool:
        return any(line.strip() for line in page)

    for i, line in enumerate(lines):
        if not line.strip():
            blank_run += 1
            pages[-1].append(line)
            continue
        if blank_run >= BLANK_RUN and has_text(pages[-1]):
            pages.append([])
            signals += 1
        elif i > 0 and is_page_start(line) and has_text(pages[-1]):
            pages.append([])
            signals += 1
        blank_run = 0
        label = PAGE_LABEL.match(line)
        if label:
            labels[len(pages) - 1] = int(label.group(1))
            signals += 1
        pages[-1].append(line)

    if not signals:
        return [RawPage(None, text)]
    numbers: list[int] = []
    for index in range(len(pages)):
        numbers.append(labels.get(index, numbers[-1] + 1 if numbers else 1))
    return [RawPage(n, "\n".join(page)) for n, page in zip(numbers, pages)]
