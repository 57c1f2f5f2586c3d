"""An upload never outranks an official letter, whatever its name: the app's upload path
stores it as an upload, and an official figure it contradicts stays the answer, with a note
naming both values."""
from __future__ import annotations

import pytest

from tests.ui.conftest import private_service
from ui.uploads import ingest_upload

CORRECTION = ("FICTIEF — testbrief (upload)\n\nCorrectie op de voortgang\n\nPolitie\n\n"
              "Cijfermatige realisatie 2023\nDoel 713 fta\nRealisatie 9.999 fta\n"
              "Realisatiepercentage 54,3%\n")


@pytest.fixture(scope="module")
def service(ingested_corpus, tmp_path_factory):
    yield from private_service(ingested_corpus, tmp_path_factory, "standing")


def test_an_upload_sorting_first_cannot_change_the_official_figure(service, tmp_path):
    letter = tmp_path / "0000-correctie.txt"
    letter.write_text(CORRECTION, encoding="utf-8")
    result = ingest_upload(letter, "0000-correctie.txt", service, lambda done, what: None)
    assert result.status == "added"
    assert service.store.document(result.doc_id).standing == "upload"
    for question, official in (("What was politie's realisation in 2023?", "387"),
                               ("Hoeveel fta realiseerde de politie in 2023?", "387")):
        answer = service.ask(question)
        said = answer.text.split("\n\n")[0]          # the answer itself, before its sources
        assert official in said and "9.999" not in said and "9,999" not in said, answer.text
        assert any("387" in n and "9.999" in n for n in answer.notes), answer.notes
        assert all(c.doc_id != result.doc_id for c in answer.citations)
