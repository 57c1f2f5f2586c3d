"""An answer (the dict of Answer.to_dict(), the same shape the /ask API returns) as the app shows
it: the cited paragraphs as HTML with the quoted words in <mark>, the figures as table rows, the
notes, and the plain text staff paste into a parliamentary answer.

Pure functions of the dict, so the page and an API caller see the same thing.
"""
from __future__ import annotations

import html
import re
from decimal import Decimal
from typing import Any

from assistant.compose import WORDS
from core.numbers import format_number
from core.records import dutch_date

FIGURE_HEADERS = {
    "nl": ["onderwerp", "maatstaf", "periode", "waarde", "eenheid", "kwalificatie", "bron"],
    "en": ["subject", "metric", "period", "value", "unit", "qualifier", "source"],
}
# A composed answer's source line: "[2] Kamerstuk ... p. 9, Politie: “quote … quote”"
_SOURCE_LINE = re.compile(r"^\[(\d+)\] .*?: “(.*)”$", re.M)
_SOURCES_HEAD = re.compile(r"\n\n(?:Sources|Bronnen):\n")
# The link under each cited paragraph that opens its letter at that place (app.py wires it).
OPEN_LETTER = "open in de brief / open in the letter"


# Letter text is data: what a letter says is shown as the words it is, never as markup. The
# chat bubble renders HTML (Gradio sanitises it, but lets images, links and styles through),
# gr.Markdown renders Markdown as well; these two escapes are all they are given.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~:$=\"'^])")


def chat_text(text: str) -> str:
    """An answer for the chat bubble, which the app shows with Markdown off: every <, > and &
    as an entity, so no tag a letter contains becomes an element (no image is fetched, no
    link or style appears). Line breaks are kept by the bubble's CSS (white-space)."""
    return html.escape(text, quote=False)


def markdown_text(text: str) -> str:
    """Text for a gr.Markdown: HTML escaped as in chat_text, and every character Markdown
    gives a meaning (images, links, emphasis, headings, lists, autolinks, maths) escaped with
    a backslash, so it shows as itself."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def lead_text(answer: dict[str, Any]) -> str:
    """The answer without its composed source list, keeping the notes that follow that list."""
    text = answer["text"]
    parts = _SOURCES_HEAD.split(text, 1)
    if len(parts) == 1:
        return text
    notes = [line for line in parts[1].splitlines()
             if line.startswith((f"{WORDS['nl']['notes']}: ", f"{WORDS['en']['notes']}: "))]
    return "\n\n".join([parts[0]] + (["\n".join(notes)] if notes else []))


def quoted_phrases(answer: dict[str, Any]) -> dict[str, list[str]]:
    """passage_id -> the words the answer quotes from it: figure quotes and quoted sentences."""
    phrases: dict[str, list[str]] = {}
    citations = answer.get("citations", [])
    for figure in answer.get("figures", []):
        phrases.setdefault(figure["passage_id"], []).append(figure["quote"])
    for number, quote in _SOURCE_LINE.findall(answer.get("text", "")):
        i = int(number) - 1
        if 0 <= i < len(citations):
            for part in quote.split(" … "):
                phrases.setdefault(citations[i]["passage_id"], []).append(part.strip(" …"))
    return {pid: [p for p in dict.fromkeys(ps) if p] for pid, ps in phrases.items()}


def highlight(text: str, phrases: list[str]) -> str:
    """HTML of `text` with every phrase in <mark>; whitespace may differ (quotes are flattened)."""
    spans: list[tuple[int, int]] = []
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        spans += [m.span() for m in re.finditer(pattern, text)]
    spans.sort()
    out, pos = [], 0
    for start, end in spans:
        if start < pos:          # overlapping phrases: the first one marks the shared words
            start = pos
        if start >= end:
            continue
        out += [html.escape(text[pos:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def sources_html(answer: dict[str, Any]) -> str:
    """One <div class="source"> per cited paragraph: where it stands, then the paragraph."""
    citations = answer.get("citations", [])
    if not citations:
        return ""
    phrases = quoted_phrases(answer)
    blocks = []
    for n, c in enumerate(citations, 1):
        facts = [("Kamerstuk", c.get("kamerstuk")), ("datum", dutch_date(c.get("date"), c.get("year"))),
                 ("p.", c.get("page")), ("§", c.get("section"))]
        meta = " · ".join(f"{html.escape(k)} {html.escape(str(v))}" for k, v in facts if v)
        body = highlight(c["text"], phrases.get(c["passage_id"], []))
        blocks.append(
            f'<div class="source" data-passage="{html.escape(c["passage_id"])}">'
            f'<div class="source-head"><b>[{n}] {html.escape(c["title"])}</b>'
            f'<br><small>{meta}</small> <a class="open-letter" href="#" '
            f'data-passage="{html.escape(c["passage_id"])}">{OPEN_LETTER}</a></div>'
            f'<div class="source-text" style="white-space: pre-wrap">{body}</div></div>')
    return "\n".join(blocks)


def figure_rows(answer: dict[str, Any], lang: str) -> list[list[str]]:
    """The answer's figures, one row each, with the value written the reader's way."""
    return [[f["subject"], f["metric"], f["period"], format_number(Decimal(f["value"]), lang),
             f["unit"], f.get("qualifier") or "", f["source"]["label"]]
            for f in answer.get("figures", [])]


def notes_markdown(answer: dict[str, Any], lang: str) -> str:
    notes = answer.get("notes", [])
    if not notes:
        return ""
    return "\n\n".join(f"**{WORDS[lang]['notes']}:** {markdown_text(n)}" for n in notes)


# A composed explanation's points: "- Section: “quote” [n]" under their heading.
_POINT = re.compile(r"^- (?:[^“\n]+: )?(“.+” \[\d+\])$")
_POINTS_HEAD = re.compile(r"^(Uit de brieven|From the letters[^:]*):$")
_REF = re.compile(r"\[(\d+)\]")
_MARKUP = re.compile(r"(\*\*|__|^#+\s+|`)", re.M)


def drafting_text(text: str) -> str:
    """Plain sentences as a parliamentary answer is drafted: a list of points becomes one
    paragraph of quotes, and no Markdown is left."""
    paragraphs = []
    for block in text.split("\n\n"):
        lines = block.splitlines()
        if lines and _POINTS_HEAD.match(lines[0]):
            head = lines[0][:-1]
            quoted = [m.group(1) for line in lines[1:] if (m := _POINT.match(line))]
            paragraphs.append(f"{head}: {' '.join(quoted)}" if quoted else head + ".")
        else:
            paragraphs.append(" ".join(line.strip() for line in lines if line.strip()))
    return _MARKUP.sub("", "\n\n".join(p for p in paragraphs if p))


def parliamentary_text(answer: dict[str, Any], lang: str) -> str:
    """Plain text to paste: the answer in drafting style, then "Bronnen:" with each source in
    the citation style staff use, numbered in the order the text first refers to them."""
    body = drafting_text(lead_text(answer))
    labels = [c["label"] for c in answer.get("citations", [])]
    if not labels:
        return body
    order = list(dict.fromkeys(int(n) for n in _REF.findall(body) if 0 < int(n) <= len(labels)))
    order += [n for n in range(1, len(labels) + 1) if n not in order]
    new = {old: i for i, old in enumerate(order, 1)}
    body = _REF.sub(lambda m: f"[{new.get(int(m.group(1)), m.group(1))}]", body)
    listing = "\n".join(f"[{i}] {labels[old - 1]}" for i, old in enumerate(order, 1))
    return f"{body}\n\n{WORDS[lang]['sources']}:\n{listing}"
