"""Cutting cleaned blocks into paragraph-shaped passages (roughly 40-200 words).

A passage starts at a heading or a paragraph; tiny neighbours under the same heading are
merged, a block of figures ("Doel ... / Realisatie ... / Realisatiepercentage ...") or a table
takes the paragraph that explains it along, and a paragraph over the limit is split at
sentence ends. A passage's text is exactly clean.text[char_start:char_end].

The section of a passage is the last heading above it that names a part of the letter.
Headings that recur ("Algemeen beeld") or that only caption a block of figures
("Cijfermatige realisatie 2023") are sub-headings: they stay in the text but do not replace
the section, so the politie figures sit under "Politie".
"""
from __future__ import annotations

import re
from collections import Counter

from core.records import Passage
from ingest.types import Block, CleanDocument

MIN_WORDS = 40
MAX_WORDS = 200
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“‘\"(])")


def words(text: str) -> int:
    return len(text.split())


def make_passages(doc_id: str, clean: CleanDocument) -> list[Passage]:
    body = [b for b in clean.blocks if b.kind != "footnote"]
    groups = _group(_split_long(body), _sub_headings(body))
    passages: list[Passage] = []
    for blocks, section in groups:
        start, end = blocks[0].char_start, blocks[-1].char_end
        passages.append(_passage(doc_id, len(passages), clean.text, start, end,
                                 blocks[0].page, section, "body"))
    for block in clean.blocks:
        if block.kind == "footnote":
            number = block.text.split(" ", 1)[0]
            passages.append(_passage(doc_id, len(passages), clean.text, block.char_start,
                                     block.char_end, block.page, f"voetnoot {number}",
                                     "footnote"))
    return passages


def _passage(doc_id: str, ordinal: int, text: str, start: int, end: int, page: int | None,
             section: str | None, kind: str) -> Passage:
    body = text[start:end]
    return Passage(Passage.make_id(doc_id, ordinal, body), doc_id, ordinal, page, section,
                   body, start, end, kind)


def _sub_headings(blocks: list[Block]) -> set[str]:
    counts = Counter(b.text for b in blocks if b.kind == "heading")
    subs = {text for text, n in counts.items() if n > 1}
    for block, following in zip(blocks, blocks[1:]):
        if block.kind == "heading" and following.kind in ("figures", "table"):
            subs.add(block.text)
    return subs


def _split_long(blocks: list[Block]) -> list[Block]:
    """Paragraphs over the limit become several blocks, cut at sentence ends."""
    out: list[Block] = []
    for block in blocks:
        if block.kind not in ("para", "item") or words(block.text) <= MAX_WORDS:
            out.append(block)
            continue
        pieces = _sentences(block.text)
        target = words(block.text) / -(-words(block.text) // MAX_WORDS)   # even parts
        start = 0
        chunk_words = 0
        for offset, end, count in pieces:
            if chunk_words and chunk_words + count > target * 1.15:
                out.append(_sub_block(block, start, offset))
                start, chunk_words = offset, 0
            chunk_words += count
        out.append(_sub_block(block, start, len(block.text)))
    return out


def _sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, words) of each sentence of a paragraph."""
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    return [(a, b, words(text[a:b])) for a, b in zip(bounds, bounds[1:]) if a < b]


def _sub_block(block: Block, start: int, end: int) -> Block:
    piece = block.text[start:end].rstrip()
    return Block(piece, block.page, block.char_start + start,
                 block.char_start + start + len(piece), kind=block.kind)


def _group(blocks: list[Block], subs: set[str]) -> list[tuple[list[Block], str | None]]:
    groups: list[tuple[list[Block], str | None]] = []
    current: list[Block] = []
    section: str | None = None
    current_section: str | None = None

    def close() -> None:
        nonlocal current
        if current:
            groups.append((current, current_section))
        current = []

    def size() -> int:
        return sum(words(b.text) for b in current)

    for block in blocks:
        if block.kind == "heading":
            if current and any(b.kind != "heading" for b in current):
                close()
            if block.text not in subs:
                section = block.text
            current_section = section
            current.append(block)
            continue
        if not current:
            current_section = section
            current.append(block)
            continue
        last = current[-1]
        fits = size() + words(block.text) <= MAX_WORDS
        content = [b for b in current if b.kind != "heading"]
        explains = last.kind in ("figures", "table") and block.kind in ("para", "item")
        list_goes_on = block.kind == "item" and (last.kind == "item" or
                                                 last.text.rstrip().endswith(":"))
        if fits and (not content or explains or list_goes_on or size() < MIN_WORDS
                     or words(block.text) < MIN_WORDS // 2):
            current.append(block)
        else:
            close()
            current_section = section
            current.append(block)
    close()
    return groups
