"""Cleaning: running heads, footnotes, hyphenation, bullets, white space. (Placeholder.)"""
from __future__ import annotations

import re

from ingest.types import Block, CleanDocument, RawDocument


def clean(raw: RawDocument) -> CleanDocument:
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for page in raw.pages:
        for para in re.split(r"\n\s*\n", page.text):
            para = " ".join(para.split())
            if not para:
                continue
            if parts:
                pos += 2
            blocks.append(Block(para, page.number, pos, pos + len(para)))
            parts.append(para)
            pos += len(para)
    return CleanDocument(text="\n\n".join(parts), blocks=blocks)
