"""The "Cijfermatige realisatie YEAR" blocks: Doel, Realisatie, Realisatiepercentage per sector.

    Politie
    Cijfermatige realisatie 2023
    Doel 713 fta
    Realisatie 387 fta
    Realisatiepercentage 54,3%

The sector is the heading just above the block (read from the text, so that it works whatever
the passage splitter did), else the passage's section. The block states its counts in fta.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from core.aliases import resolve_subject, subject_spans
from core.records import Figure
from ingest.figures.numbers import _QUALIFIER_RE, NUMBER, parse_number
from ingest.figures.stream import Stream

log = logging.getLogger("ingest.figures")

HEADING = re.compile(r"Cijfermatige\s+realisatie\s+(?:over\s+)?(?P<year>(?:19|20)\d{2})\b",
                     re.IGNORECASE)
# Capitalised labels only: in the prose under a block "de realisatie 61,9%" is a sentence.
LABEL = re.compile(
    r"(?<![\w-])(?P<label>Doelstelling|Doel|Realisatiepercentage|Realisatie)\b[ \t:]*\n?[ \t]*"
    r"(?P<num>(?:" + _QUALIFIER_RE + r"\s*)?(?:" + NUMBER + r"))\s*(?P<unit>%|fta\b)?")
METRIC = {"Doel": "doel", "Doelstelling": "doel", "Realisatie": "realisatie",
          "Realisatiepercentage": "realisatiepercentage"}
WINDOW = 1500            # a block with its page break and footnote fits well inside this
NEAR = 80                # a heading sits right above the block


@dataclass(frozen=True)
class BlockContext:
    """Where a sector block starts in the stream: prose after it is about this sector/year."""
    start: int
    end: int
    subject: str
    year: int
    labels: tuple[tuple[int, int], ...] = ()    # the "Doel 713 fta" lines, read here


def block_subject(stream: Stream, heading_start: int) -> str | None:
    i = stream.index_at(heading_start)
    passage, p_start = stream.passages[i], stream.starts[i]
    before = stream.text[p_start:heading_start]
    spans = [s for s in subject_spans(before) if len(before) - s[1] <= NEAR]
    if spans:
        return spans[-1][2]
    if passage.section and resolve_subject(passage.section):
        return resolve_subject(passage.section)
    if i > 0:                     # the heading may be a passage of its own just before
        prev = stream.passages[i - 1].text.strip()
        if len(prev) <= NEAR:
            return resolve_subject(prev)
    return None


def extract_blocks(stream: Stream, doc_id: str) -> tuple[list[Figure], list[BlockContext]]:
    figures: list[Figure] = []
    contexts: list[BlockContext] = []
    headings = list(HEADING.finditer(stream.text))
    for k, h in enumerate(headings):
        end = headings[k + 1].start() if k + 1 < len(headings) else len(stream.text)
        end = min(end, h.end() + WINDOW)
        subject = block_subject(stream, h.start())
        year = int(h.group("year"))
        if subject is None:
            log.info("%s: block %r without a sector heading; skipped", doc_id, h.group(0))
            continue
        seen: set[str] = set()
        last = h.end()
        labels = [(h.start(), h.end())]
        for m in LABEL.finditer(stream.text, h.end(), end):
            metric = METRIC[m.group("label")]
            if metric in seen:
                continue
            seen.add(metric)
            number = parse_number(m.group("num"))
            unit = "%" if metric == "realisatiepercentage" else "fta"
            if (m.group("unit") or unit) != unit:
                log.info("%s: %s %s has unit %s; skipped", doc_id, subject, metric, m.group("unit"))
                continue
            quote = stream.quote(m.start(), m.end(), m.start("num"))
            figures.append(Figure(subject, metric, str(year), number.value, unit,
                                  number.qualifier, doc_id, quote.passage.passage_id, quote.text,
                                  source_kind="block"))
            last = m.end()
            labels.append((m.start(), m.end()))
            if len(seen) == 3:
                break
        if len(seen) < 3:
            log.info("%s: block %s %s incomplete: %s", doc_id, subject, year, sorted(seen))
        contexts.append(BlockContext(h.start(), max(last, h.end()), subject, year,
                                     tuple(labels)))
    return figures, contexts
