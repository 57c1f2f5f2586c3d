"""Document metadata read from the letter itself, overridden by corpus/metadata.json.

Read: kamerstuk ("34 352  Uitvoering ... / Nr. 328 Brief van ..." -> "34 352, nr. 328"; an
Eerste Kamer letter's "34 352 / ... / X" -> "34 352, X"), date ("Den Haag, 13 december 2024",
or a memo's "Datum / 10 oktober 2025"), sender (the signature), recipient ("Aan de Voorzitter
van de Tweede Kamer"), kind and a default title. A number without a dossier ("Nr. 69") is not
a kamerstuk: kamerstuk stays None and the number goes into the title.
The overrides win; {"date": null, "year": 2023} means the date is unknown, the year known.
"""
from __future__ import annotations

import re
from typing import Any

from core.records import DUTCH_MONTHS, Document, dutch_date
from ingest.types import RawDocument

HEAD_LINES = 25                   # a letter's own dossier and number stand in its opening
_MONTHS = "|".join(DUTCH_MONTHS)
_DATE = rf"(\d{{1,2}})\s+({_MONTHS})\s+(\d{{4}})"
_PLACE_DATE = re.compile(rf"Den Haag,?\s+{_DATE}", re.IGNORECASE)
_DATUM = re.compile(rf"^\s*Datum\s*(?:\n\s*)*{_DATE}", re.IGNORECASE | re.MULTILINE)
_DOSSIER = re.compile(r"^\s*(\d{2}\s\d{3})(?:\s{2,}|\s*$)(.*)$")
_NUMBER = re.compile(r"^\s*Nr\.\s*(\d+)\s*(.*)$", re.IGNORECASE)
_LETTER_CODE = re.compile(r"^\s*([A-Z]{1,3})\s*$")
_RECIPIENT = re.compile(r"Aan de Voorzitter van de (Tweede|Eerste) Kamer", re.IGNORECASE)
_SIGNER = re.compile(r"^\s*De\s+((?:minister|staatssecretaris)\b.*?),\s*$", re.IGNORECASE)
_NAME = re.compile(r"^\s*((?:[A-Z]\.)+(?:[A-Z]\.)*\s*\S.*?)\s*$")
_BRIEF_VAN = re.compile(r"\bBrief van de\s+(.+)$", re.IGNORECASE)
_NOTA_HEADINGS = re.compile(r"^\s*(Geadviseerd besluit|Aanleiding|Beslispunten)\s*$",
                            re.IGNORECASE | re.MULTILINE)
_BIJLAGE = re.compile(r"^\s*Bijlage\b", re.IGNORECASE)

FIELDS = ("title", "kind", "date", "year", "kamerstuk", "sender", "recipient")


def doc_id_for(path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")


def read_metadata(raw: RawDocument, overrides: dict[str, Any] | None = None) -> Document:
    text = raw.text
    lines = [line for line in text.split("\n") if line.strip()]
    head = lines[:HEAD_LINES]
    kamerstuk, number, dossier_title = _kamerstuk(head)
    date = _date(text)
    sender = _sender(lines)
    values: dict[str, Any] = dict(
        doc_id=doc_id_for(raw.path), title="", kind=_kind(text, lines), date=date,
        year=int(date[:4]) if date else None, kamerstuk=kamerstuk, sender=sender,
        recipient=_recipient(head), source_path=str(raw.path), sha256=raw.sha256)
    values["title"] = _title(raw, values["kind"], number, dossier_title, sender, head, date)
    _apply(values, overrides or {})
    return Document(**values)


def _apply(values: dict[str, Any], overrides: dict[str, Any]) -> None:
    for key in FIELDS:
        if key in overrides:
            values[key] = overrides[key]
    if "date" in overrides and "year" not in overrides:
        values["year"] = int(overrides["date"][:4]) if overrides["date"] else None


def _kamerstuk(head: list[str]) -> tuple[str | None, str | None, str | None]:
    """(kamerstuk, the letter's own number, dossier title) from the opening lines."""
    dossier = dossier_title = number = None
    for i, line in enumerate(head):
        found = _NUMBER.match(line)
        if found and number is None:
            number = f"nr. {found.group(1)}"
            continue
        found = _DOSSIER.match(line)
        if found and dossier is None:
            dossier = found.group(1)
            dossier_title = found.group(2).strip() or None
            for following in head[i + 1:i + 4]:
                if dossier_title is None and not _LETTER_CODE.match(following) \
                        and not _NUMBER.match(following):
                    dossier_title = following.strip()
                elif _LETTER_CODE.match(following) and number is None:
                    number = _LETTER_CODE.match(following).group(1)
    if dossier and number:
        return f"{dossier}, {number}", number, dossier_title
    return None, number, dossier_title


def _date(text: str) -> str | None:
    found = _PLACE_DATE.search(text) or _DATUM.search(text)
    if not found:
        return None
    day, month, year = found.groups()
    return f"{int(year):04d}-{DUTCH_MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"


def _sender(lines: list[str]) -> str | None:
    """The signature at the end: "De Minister van ...," over the name."""
    for i in range(len(lines) - 2, -1, -1):
        role = _SIGNER.match(lines[i])
        name = _NAME.match(lines[i + 1])
        if role and name:
            office = role.group(1).strip()
            return f"{office[0].upper()}{office[1:]} ({name.group(1)})"
    return None


def _recipient(head: list[str]) -> str | None:
    for line in head:
        found = _RECIPIENT.search(line)
        if found:
            return f"{found.group(1).capitalize()} Kamer"
    return None


def _kind(text: str, lines: list[str]) -> str:
    if lines and _BIJLAGE.match(lines[0]):
        return "bijlage"
    if _NOTA_HEADINGS.search("\n".join(lines[:30])) and not _RECIPIENT.search(text):
        return "nota"
    return "kamerbrief"


def _title(raw: RawDocument, kind: str, number: str | None, dossier_title: str | None,
           sender: str | None, head: list[str], date: str | None) -> str:
    office = sender.split(" (")[0] if sender else None
    if office is None:
        for line in head:
            found = _BRIEF_VAN.search(" ".join(line.split()))
            if found:
                office = found.group(1).strip()
                break
    parts = [dossier_title or (number[0].upper() + number[1:] if number else None)]
    if kind == "nota":
        parts.append(f"Nota van {dutch_date(date)}" if date else "Nota")
    elif office:
        parts.append(f"Brief van de {office[0].lower()}{office[1:]}")
    title = ": ".join(p for p in parts if p)
    return title or re.sub(r"[_\-]+", " ", raw.path.stem).strip()
