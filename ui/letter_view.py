"""One letter as the Documents tab shows it: its passages page by page, each with its section,
and the figures extracted from it marked where the letter states them.

Pure functions of the store, so a test reads exactly what the page shows. Letter text is data:
every passage and title is escaped (render.highlight), nothing of a letter becomes markup.

The extraction report (ingest/report.py: the figures stored from the letter by kind, and the
numbers that look like figures but were not stored, each with its sentence) has its own panel
above the view; every text in it is escaped too.
"""
from __future__ import annotations

import html
from collections import defaultdict

from core.numbers import format_number
from core.records import dutch_date
from ui.render import highlight

NO_PAGE = "zonder pagina / no page"


def letter_choices(store) -> list[tuple[str, str]]:
    """(label, doc_id) for the picker: date, kamerstuk or title, newest last."""
    out = []
    for d in sorted(store.documents(), key=lambda d: (d.date or str(d.year), d.doc_id)):
        when = dutch_date(d.date, d.year) or ""
        head = f"Kamerstuk {d.kamerstuk}" if d.kamerstuk else d.title
        out.append((f"{head} ({when}) – {d.title}" if when else f"{head} – {d.title}", d.doc_id))
    return out


def doc_of_passage(store, passage_id: str) -> str | None:
    passage = store.passage(passage_id) if passage_id else None
    return passage.doc_id if passage else None


def _figure_label(f) -> str:
    return f"{f.subject} · {f.metric} · {f.period}: {format_number(f.value, 'nl')} {f.unit}"


def letter_html(store, doc_id: str | None, target: str | None = None) -> str:
    """The letter's passages by page; `target` (a passage id) is marked as the cited place."""
    doc = store.document(doc_id) if doc_id else None
    if doc is None:
        return ""
    figures = defaultdict(list)
    for f in store.figures(doc_id=doc_id):
        figures[f.passage_id].append(f)
    pages: dict[object, list] = defaultdict(list)
    for p in store.passages(doc_id):
        pages[p.page].append(p)
    facts = [("Kamerstuk", doc.kamerstuk), ("datum", dutch_date(doc.date, doc.year)),
             ("soort", doc.kind), ("afzender", doc.sender)]
    meta = " · ".join(f"{k} {html.escape(str(v))}" for k, v in facts if v)
    out = [f'<div class="letter" data-doc="{html.escape(doc.doc_id)}">',
           f'<h3 class="letter-title">{html.escape(doc.title)}</h3>',
           f'<div class="letter-meta"><small>{meta}</small></div>']
    for page in sorted(pages, key=lambda p: (p is None, p or 0)):
        shown = f"p. {page}" if page is not None else NO_PAGE
        out.append(f'<div class="page" data-page="{html.escape(str(page or ""))}">'
                   f'<div class="page-head"><b>{html.escape(shown)}</b></div>')
        for p in pages[page]:
            own = figures.get(p.passage_id, [])
            body = highlight(p.text, [f.quote for f in own if f.quote]).replace(
                "<mark>", '<mark class="figure">')
            cls = "passage target" if p.passage_id == target else "passage"
            section = (f'<div class="passage-section"><small>§ {html.escape(p.section)}'
                       f'</small></div>') if p.section else ""
            listed = "".join(f"<li>{html.escape(_figure_label(f))}</li>" for f in own)
            listing = f'<ul class="passage-figures"><small>{listed}</small></ul>' if own else ""
            out.append(f'<div class="{cls}" data-passage="{html.escape(p.passage_id)}">'
                       f'{section}<div class="passage-text" style="white-space: pre-wrap">'
                       f'{body}</div>{listing}</div>')
        out.append("</div>")
    out.append("</div>")
    return "\n".join(out)


def extraction_report_html(store, doc_id: str | None) -> str:
    """The extraction report of a letter, as HTML; "" when no letter is chosen."""
    from ingest.report import extraction_report
    if not doc_id or store.document(doc_id) is None:
        return ""
    report = extraction_report(store, doc_id)
    kinds = ", ".join(f"{n} {html.escape(k)}" for k, n in sorted(report.stored.items())) or "0"
    out = ['<div class="extraction-report">',
           f"<p><b>Cijfers uit deze brief / Figures from this letter:</b> {report.n_stored} "
           f"opgeslagen / stored ({kinds}); {len(report.left)} niet opgeslagen / left out; "
           f"dekking / coverage {report.coverage:.0%}</p>"]
    if report.left:
        out.append("<details><summary>Niet opgeslagen / Left out</summary><ul>")
        for item in report.left:
            where = f"p. {item.page}: " if item.page is not None else ""
            out.append(f"<li><b>{html.escape(item.written)}</b> — {where}"
                       f"“{html.escape(item.sentence)}”</li>")
        out.append("</ul></details>")
    out.append("</div>")
    return "\n".join(out)
