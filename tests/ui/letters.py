"""A fictitious letter for the upload tests, made as a real PDF with tests/pdfgen.py.

Marked FICTIEF on every page; its facts (the water boards in 2033) are in no real letter, so an
answer citing them can only come from the upload.
"""
from __future__ import annotations

from pathlib import Path

from tests.pdfgen import PdfPage, write_letter_pdf

KAMERSTUK = "34 999, nr. 977"
QUESTION = "What was the realisation of the water boards in 2033?"
VALUE_EN = "289.4"

PAGES = [
    PdfPage([
        "FICTIEF — testbrief (verzonnen cijfers, alleen voor tests)",
        "",
        "34 999  Fictieve voortgang banenafspraak waterschappen",
        "Nr. 977  Brief van de minister van Binnenlandse Zaken",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 14 april 2034",
        "",
        "Met deze brief informeer ik u over de voortgang van de banenafspraak bij",
        "de waterschappen in 2033.",
        "",
        "Waterschappen",
        "Cijfermatige realisatie 2033",
        "Doel 321,5 fta",
        "Realisatie 289,4 fta",
        "Realisatiepercentage 90,0%",
        "",
        "De waterschappen hebben in 2033 de proef met gemengde dijkploegen voortgezet,",
        "waarin medewerkers uit de doelgroep samen met vaste ploegen het dijkonderhoud",
        "uitvoeren.",
    ]),
    PdfPage([
        "De minister van Binnenlandse Zaken,",
        "",
        "FICTIEF",
    ]),
]


def write_fictitious_letter(folder: Path, name: str = "Fictieve brief waterschappen 2033.pdf"
                            ) -> Path:
    return write_letter_pdf(Path(folder) / name, PAGES,
                            head="FICTIEF — Tweede Kamer, vergaderjaar 2033–2034, 34 999, nr. 977",
                            foot="Pagina {n} van {m}", title="FICTIEF testbrief")
