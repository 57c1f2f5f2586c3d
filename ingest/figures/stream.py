"""The body passages of one letter read as one text, so that a block or a table row that a
page break or a footnote cut into several passages is still read as a whole.

Every figure still quotes one passage: the part of the match inside the passage that holds
the number itself.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from core.records import Passage

JOIN = "\n\n"


@dataclass(frozen=True)
class Quote:
    passage: Passage
    text: str


class Stream:
    def __init__(self, passages: list[Passage]):
        self.all = sorted(passages, key=lambda p: p.ordinal)
        self.passages = sorted((p for p in passages if p.kind != "footnote"),
                               key=lambda p: p.ordinal)
        self.starts: list[int] = []
        parts, pos = [], 0
        for p in self.passages:
            self.starts.append(pos)
            parts.append(p.text)
            pos += len(p.text) + len(JOIN)
        self.text = JOIN.join(parts)

    def index_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def start_of(self, passage: Passage) -> int | None:
        """Where a body passage starts in the stream; None for a footnote."""
        for i, p in enumerate(self.passages):
            if p.passage_id == passage.passage_id:
                return self.starts[i]
        return None

    def passage_at(self, pos: int) -> Passage:
        return self.passages[self.index_at(pos)]

    def quote(self, start: int, end: int, anchor: int) -> Quote:
        """The words of [start, end) that lie in the passage holding position `anchor`."""
        i = self.index_at(anchor)
        p_start = self.starts[i]
        p_end = p_start + len(self.passages[i].text)
        lo, hi = max(start, p_start), min(end, p_end)
        text = self.text[lo:hi].strip()
        return Quote(self.passages[i], text)
