"""When statements of the same figure differ: which one counts, and a note naming both.

Answering decides this, not ingest: the store keeps every statement with its provenance.
In order, by the document's standing and the statement's kind, never by file name or id:
1. an official letter outranks an upload (an upload may report, it never corrects);
2. a table cell or a sector block outranks prose;
3. a numbered Kamerstuk outranks an unnumbered document (a memo, an annex);
4. the later official document outranks an earlier one about the same period;
5. a kamerbrief outranks an annex and a memo; an exact value outranks a rounded one.
A rounded 54% next to 54,3% is consistent; 56,6% next to 59,6% is not.
"""
from __future__ import annotations

from decimal import Decimal

from core.records import Document, Figure
from core.numbers import format_number

_KIND_RANK = {"kamerbrief": 0, "bijlage": 1, "nota": 2}
_STRUCTURED_KINDS = {"table", "block"}
_ROUGH = {"circa", "ruim", "bijna"}
_BOUNDS = {"ondergrens", "bovengrens"}
POINT_TOLERANCE = Decimal("1")     # block counts are rounded too: 49/113 is 43,4%, stated 44%


def structured(f: Figure) -> bool:
    return f.source_kind in _STRUCTURED_KINDS


def tier(f: Figure, doc: Document | None) -> tuple[bool, bool, bool]:
    """Rules 1 to 3: upload, prose, unnumbered each rank lower."""
    upload = doc is None or doc.standing != "official"
    return (upload, not structured(f), not bool(doc and doc.numbered))


def rank(f: Figure, doc: Document | None) -> tuple:
    """Lower ranks first, where the statements agree: the most exact of the highest tier."""
    kind = _KIND_RANK.get(doc.kind if doc else "", 3)
    rough = bool(f.qualifier and set(f.qualifier.split(", ")) & _ROUGH)
    return (*tier(f, doc), kind, rough, -_decimals(f.value))


def _later_first(doc: Document | None) -> tuple:
    """ISO dates (or years) latest first; an undated document last."""
    when = (doc.date or str(doc.year or "")) if doc else ""
    return (not when, tuple(-int(p) for p in when.split("-") if p.isdigit()))


def authoritative(figures: list[Figure], docs: dict[str, Document]) -> Figure:
    """The statement that counts. Where statements of the highest tier disagree, the later
    document's (rule 4: a later letter corrects an earlier one); where they agree, the most
    exact. Two statements equal in every rank keep the store's order, and a note names both."""
    ordered = sorted(figures, key=lambda f: rank(f, docs.get(f.doc_id)))
    best = ordered[0]
    top = [f for f in ordered if tier(f, docs.get(f.doc_id)) == tier(best, docs.get(best.doc_id))]
    if any(not consistent(best, f) for f in top[1:]):
        best = min(top, key=lambda f: (_later_first(docs.get(f.doc_id)),
                                       rank(f, docs.get(f.doc_id))))
    return best


def _decimals(value: Decimal) -> int:
    exp = value.normalize().as_tuple().exponent
    return -exp if isinstance(exp, int) and exp < 0 else 0


def consistent(a: Figure, b: Figure) -> bool:
    """Equal, or one is the other rounded, or within what "circa/ruim/bijna" allows."""
    if a.value == b.value:
        return True
    bounds = [set((f.qualifier or "").split(", ")) & _BOUNDS for f in (a, b)]
    if all(bounds) and bounds[0] != bounds[1]:
        return True                 # the two ends of one range, not rival statements
    coarse, fine = (a, b) if _decimals(a.value) <= _decimals(b.value) else (b, a)
    step = Decimal(1).scaleb(-_decimals(coarse.value))
    if abs(fine.value - coarse.value) <= step / 2:
        return True
    for f, other in ((a, b), (b, a)):
        words = set((f.qualifier or "").split(", ")) & _ROUGH
        if words and f.value and abs(other.value - f.value) / abs(f.value) <= Decimal("0.05"):
            return True
    return False


class Note(str):
    """A note in English (what the figures tool and its LangChain tools say) that also knows its
    Dutch wording, so a Dutch answer does not switch language in its notes."""
    dutch: str

    def __new__(cls, english: str, dutch: str) -> "Note":
        note = super().__new__(cls, english)
        note.dutch = dutch
        return note

    def in_language(self, lang: str) -> str:
        return self.dutch if lang == "nl" else str(self)

    def __reduce__(self):
        return Note, (str(self), self.dutch)


def in_language(note: str, lang: str) -> str:
    """Any note as the answer's language has it (plain strings have one wording only)."""
    return note.in_language(lang) if isinstance(note, Note) else note


def fmt(value: Decimal) -> str:
    """Dutch notation, as the letters write it: 5.078 and 54,3."""
    return format_number(value, "nl")


def label(f: Figure, doc: Document | None) -> str:
    unit = "%" if f.unit == "%" else f" {f.unit}"
    where = doc.title if doc else f.doc_id
    if doc and doc.kamerstuk:
        where = f"Kamerstuk {doc.kamerstuk}"
    if doc and doc.standing != "official":
        where = f"{where}, upload"
    return f"{fmt(f.value)}{unit} ({where}: \"{f.quote}\")"


def disagreement_notes(figures: list[Figure], docs: dict[str, Document]) -> tuple[Figure, list[str]]:
    """The authoritative figure of one group (same subject, metric, period) and a note for
    every statement that does not agree with it."""
    best = authoritative(figures, docs)
    notes = []
    for other in sorted(figures, key=lambda f: rank(f, docs.get(f.doc_id))):
        if other is best:
            continue
        if not consistent(best, other):
            first, second = label(best, docs.get(best.doc_id)), label(other, docs.get(other.doc_id))
            notes.append(Note(
                f"Sources disagree on {best.subject} {best.metric} {best.period}: "
                f"{first} versus {second}; the first is taken as authoritative.",
                f"De bronnen verschillen over {best.subject} {best.metric} {best.period}: "
                f"{first} tegenover {second}; de eerste geldt als gezaghebbend."))
    return best, notes


def computed_check(doel: Figure, realisatie: Figure, percentage: Figure) -> str | None:
    """realisatie / doel against the stated realisatiepercentage."""
    if not doel.value:
        return None
    computed = realisatie.value / doel.value * 100
    if abs(computed - percentage.value) <= POINT_TOLERANCE:
        return None
    r, d = fmt(realisatie.value), fmt(doel.value)
    c, p = fmt(computed.quantize(Decimal("0.1"))), fmt(percentage.value)
    subject, period, quote = percentage.subject, percentage.period, percentage.quote
    return Note(f"Check for {subject} {period}: realisatie {r} of doel {d} is {c}%, but the "
                f"stated realisatiepercentage is {p}% (\"{quote}\").",
                f"Controle voor {subject} {period}: realisatie {r} van doel {d} is {c}%, maar "
                f"het genoemde realisatiepercentage is {p}% (\"{quote}\").")
