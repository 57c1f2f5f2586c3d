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


def write_long_letter(path: Path, paragraphs: int, topic: str = "dijkploegen") -> Path:
    """A fictitious text letter of `paragraphs` passages: long enough to embed for a while."""
    body = ("de werkgevers in de sector zetten in op duurzame banen voor mensen uit de "
            "doelgroep, met begeleiding op de werkplek en afspraken over scholing, zodat het "
            "werk past bij wat iemand kan en wil")
    head = "FICTIEF — testbrief (verzonnen, alleen voor tests)\n\nDen Haag, 3 maart 2031\n\n"
    Path(path).write_text(head + "\n\n".join(f"Paragraaf {i} over {topic}: {body}, {body} ({i})."
                                             for i in range(paragraphs)) + "\n",
                          encoding="utf-8")
    return Path(path)
