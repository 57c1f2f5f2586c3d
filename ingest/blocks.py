"""From the lines of a letter (running heads and footnotes already out) to paragraph blocks.

Kinds of block: "header" (the letter's opening up to "Den Haag, <date>"), "heading", "para",
"item" (a list item, written "- ..."), "figures" (label-value lines such as "Doel 5.637 fta",
kept line by line, a lone "fta" joined to its number) and "table" (rows kept line by line).
Page breaks and separators do not end a paragraph whose sentence goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ingest import lines as ln
from ingest.hyphenation import Vocabulary, join_lines

HEADER_SEARCH = 15                # the opening of a letter is within its first lines
PROSE_CHARS = 60                  # a longer line is running text, not a table cell


@dataclass
class Line:
    text: str
    page: int | None
    kind: str = "text"            # text | sep (ends a paragraph) | soft (layout only)


@dataclass
class RawBlock:
    kind: str
    page: int | None
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        if self.kind == "item":
            return "- " + self.lines[0]
        return "\n".join(self.lines)


def build_blocks(stream: list[Line], vocab: Vocabulary) -> list[RawBlock]:
    return _Builder(stream, vocab).run()


class _Builder:
    def __init__(self, stream: list[Line], vocab: Vocabulary):
        self.stream = stream
        self.vocab = vocab
        self.blocks: list[RawBlock] = []
        self.current: RawBlock | None = None
        self.gap = False          # a separator since the last text line
        self.width = ln.line_width([ln.normalise(x.text) for x in stream if x.kind == "text"])

    # -- helpers -------------------------------------------------------------------------
    def _texts_from(self, index: int) -> list[int]:
        return [i for i in range(index, len(self.stream)) if self.stream[i].kind == "text"]

    def _next_text(self, index: int) -> str | None:
        for i in range(index + 1, len(self.stream)):
            if self.stream[i].kind == "text":
                return self.stream[i].text
        return None

    def _close(self) -> None:
        if self.current is not None and self.current.lines:
            self.blocks.append(self.current)
        self.current = None

    def _open(self, kind: str, page: int | None, text: str) -> None:
        self._close()
        self.current = RawBlock(kind, page, [text])

    def _at_boundary(self) -> bool:
        cur = self.current
        return cur is None or self.gap or cur.kind in ("heading", "figures", "table", "header") \
            or ln.ends_sentence(cur.lines[-1])

    # -- the pass ------------------------------------------------------------------------
    def run(self) -> list[RawBlock]:
        i = self._header()
        while i < len(self.stream):
            item = self.stream[i]
            if item.kind != "text":
                self.gap = self.gap or item.kind == "sep"
                i += 1
                continue
            i = self._line(i, ln.normalise(item.text), item.page)
            self.gap = False
        self._close()
        return self.blocks

    def _header(self) -> int:
        """The letter's opening (dossier, number, addressee, place and date) as one block."""
        texts = self._texts_from(0)[:HEADER_SEARCH]
        for n, i in enumerate(texts):
            if ln.LETTER_DATE.match(ln.normalise(self.stream[i].text)):
                lines = [ln.normalise(self.stream[j].text) for j in texts[:n + 1]]
                self.blocks.append(RawBlock("header", self.stream[texts[0]].page, lines))
                return i + 1
        return 0

    def _line(self, i: int, text: str, page: int | None) -> int:
        cur = self.current
        bullet = ln.bullet_text(text)
        if bullet is not None:
            self._open("item", page, bullet)
        elif ln.UNIT_LINE.match(text) and cur is not None and cur.kind == "figures":
            cur.lines[-1] = f"{cur.lines[-1]} {text}"
        elif ln.is_figure_line(text) and (self._at_boundary() or cur.kind == "item"):
            if cur is not None and cur.kind == "figures":
                cur.lines.append(text)
            else:
                self._open("figures", page, text)
        elif ln.TABLE_CAPTION.match(text) and self._at_boundary():
            self._open("heading", page, text)
            self._close()
            return self._table(i + 1)
        elif "\t" in text:
            if cur is not None and cur.kind == "table":
                cur.lines.append(text)
            else:
                self._open("table", page, text)
        elif ln.could_be_heading(text, self.width) and self._at_boundary() and self._followed_by_body(i):
            self._open("heading", page, text)
            self._close()
        elif cur is not None and cur.kind in ("para", "item") and (
                not self.gap or self._goes_on(cur, text)):
            cur.lines[-1] = join_lines(cur.lines[-1], text, self.vocab)
        else:
            self._open("para", page, text)
        return i + 1

    def _followed_by_body(self, i: int) -> bool:
        following = self._next_text(i)
        return following is not None and not ln.starts_lowercase(following)

    @staticmethod
    def _goes_on(cur: RawBlock, text: str) -> bool:
        """A sentence that runs on over a separator or page break ("meer" / "banen voor")."""
        return not ln.ends_sentence(cur.lines[-1]) and not cur.lines[-1].endswith(":") \
            and ln.starts_lowercase(text)

    # -- tables laid out one cell per line -----------------------------------------------
    def _table(self, start: int) -> int:
        """Rows of a table whose cells the extraction put on lines of their own.

        Cells come in groups between separators; a group of figures is a row, the group just
        before it is the row's label, earlier groups are the column headers. The table ends
        at the last row before running text starts again.
        """
        groups: list[tuple[int, int, list[str]]] = []    # (first index, last index, lines)
        i = start
        while i < len(self.stream):
            item = self.stream[i]
            if item.kind != "text":
                i += 1
                continue
            text = ln.normalise(item.text)
            if len(text) > PROSE_CHARS and "\t" not in text:
                break
            if groups and self._no_sep(groups[-1][1], i):
                first, _, cells = groups[-1]
                groups[-1] = (first, i, cells + [text])
            else:
                groups.append((i, i, [text]))
            i += 1
        rows = [n for n, (_, _, cells) in enumerate(groups)
                if any(ln.is_numeric_row(c) or "\t" in c for c in cells)]
        if not rows:
            return start
        page = self.stream[groups[0][0]].page
        table = RawBlock("table", page)
        pending: list[str] = []
        for n, (_, _, cells) in enumerate(groups[:rows[-1] + 1]):
            cell = self._join_cells(cells)
            if n not in rows:
                pending.append(cell)
                continue
            if len(pending) > 1 and not table.lines:
                table.lines.append(" ".join(pending[:-1]))            # column headers
            label = pending[-1] if pending else ""
            if "\t" in cell:
                table.lines.extend(([label] if label else []) + cell.split("\n"))
            else:
                table.lines.append(f"{label} {cell}".strip())
            pending = []
        self.blocks.append(table)
        return groups[rows[-1]][1] + 1

    def _no_sep(self, last: int, i: int) -> bool:
        return all(self.stream[j].kind == "soft" for j in range(last + 1, i))

    def _join_cells(self, cells: list[str]) -> str:
        if any("\t" in c for c in cells):
            return "\n".join(cells)
        text = cells[0]
        for cell in cells[1:]:
            text = join_lines(text, cell, self.vocab)
        return text
