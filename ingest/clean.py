"""Cleaning: running heads, footnotes, hyphenation, bullets, white space.

Works page by page the same way for PDF pages and for pages inferred from plain text: each
page loses its running heads and its footnotes (kept as Footnote records with their page);
then the remaining lines of all pages are read as one stream, because a paragraph (or a
sector's block of figures) runs on over a page break.

CleanDocument.text is the body blocks separated by blank lines, then the footnotes, each as
"N text", in order; every Block (footnotes too, kind "footnote") has its span in that text.
"""
from __future__ import annotations

from ingest import running_heads
from ingest.blocks import Line, RawBlock, build_blocks
from ingest.footnotes import find_footnotes
from ingest.hyphenation import Vocabulary
from ingest.text_pages import BLANK_RUN
from ingest.types import Block, CleanDocument, Footnote, RawDocument

SEPARATOR = "\n\n"
# a letter whose paragraphs are separated by lines holding a space uses empty lines for
# layout only (the memo is double-spaced); in the others an empty line ends a paragraph
SPACE_LINE_STYLE = 3


def clean(raw: RawDocument) -> CleanDocument:
    page_lines = [page.text.split("\n") for page in raw.pages]
    repeated = running_heads.repeated_heads(page_lines)
    footnotes: list[Footnote] = []
    kept: list[tuple[str, int | None]] = []
    last_number = 0
    for page, lines in zip(raw.pages, page_lines):
        drop = running_heads.head_lines(lines, repeated)
        body = ["" if i in drop else line for i, line in enumerate(lines)]
        found, last_number = find_footnotes(body, last_number)
        for note in found:
            footnotes.append(Footnote(note.number, page.number, note.text))
            for i in note.lines:
                body[i] = ""
        kept.extend((line, page.number) for line in body)

    stream = _stream(kept)
    blocks = build_blocks(stream, Vocabulary.of(raw.text))
    return _compose(blocks, footnotes)


def _stream(kept: list[tuple[str, int | None]]) -> list[Line]:
    space_lines = _space_lines(kept)
    empty_kind = "soft" if space_lines >= SPACE_LINE_STYLE else "sep"
    stream: list[Line] = []
    for line, page in kept:
        if line.strip():
            stream.append(Line(line.rstrip(), page))
        elif line:
            stream.append(Line("", page, "sep"))
        else:
            stream.append(Line("", page, empty_kind))
    return stream


def _space_lines(kept: list[tuple[str, int | None]]) -> int:
    """Lines holding only spaces, outside the blank runs that mark page breaks."""
    count = 0
    run: list[str] = []
    for line, _ in kept + [("x", None)]:
        if not line.strip():
            run.append(line)
            continue
        if len(run) < BLANK_RUN:
            count += sum(1 for blank in run if blank)
        run = []
    return count


def _compose(raw_blocks: list[RawBlock], footnotes: list[Footnote]) -> CleanDocument:
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0

    def add(text: str, page: int | None, kind: str) -> Block:
        nonlocal pos
        if parts:
            parts.append(SEPARATOR)
            pos += len(SEPARATOR)
        block = Block(text, page, pos, pos + len(text), heading=kind == "heading", kind=kind)
        parts.append(text)
        pos += len(text)
        blocks.append(block)
        return block

    for raw_block in raw_blocks:
        add(raw_block.text(), raw_block.page, raw_block.kind)
    placed: list[Footnote] = []
    for note in footnotes:
        block = add(f"{note.number} {note.text}", note.page, "footnote")
        placed.append(Footnote(note.number, note.page, note.text, block.char_start,
                               block.char_end))
    return CleanDocument(text="".join(parts), blocks=blocks, footnotes=placed)
