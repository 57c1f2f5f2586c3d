"""Uploads without the browser: the real service over a private copy of the ingested corpus."""
from __future__ import annotations

import re

import pytest

from tests.pdfgen import write_scanned_pdf
from tests.ui.conftest import private_service
from tests.ui.letters import KAMERSTUK, QUESTION, VALUE_EN, write_fictitious_letter
from ui.documents import doc_rows
from ui.uploads import MAX_BYTES, UploadRefused, check_upload, ingest_upload, safe_name


@pytest.fixture(scope="module")
def service(ingested_corpus, tmp_path_factory):
    yield from private_service(ingested_corpus, tmp_path_factory, "uploads")


def no_steps(done: float, what: str) -> None:
    assert 0 <= done <= 1 and what


def files_under(folder) -> set:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("given, stored", [
    ("Brief 2024 (def).PDF", "Brief_2024_def.pdf"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\Users\\x\\..\\brief.txt", "brief.txt"),
    ("Vóórtgang ‘brief’.txt", "Voortgang_brief.txt"),
    (".verborgen.txt", "verborgen.txt"),
])
def test_stored_names_have_no_path_parts_and_only_safe_characters(given, stored):
    assert safe_name(given) == stored


def test_a_name_with_nothing_usable_is_refused():
    with pytest.raises(UploadRefused, match=r"^\.\.\.\.pdf: no usable file name"):
        safe_name("....pdf")


def test_other_types_big_and_empty_files_are_refused_naming_the_file(tmp_path):
    doc = tmp_path / "brief.docx"
    doc.write_bytes(b"PK\x03\x04")
    with pytest.raises(UploadRefused, match=r"^brief.docx: unsupported file type .docx"):
        check_upload(doc, doc.name)
    big = tmp_path / "groot.pdf"
    with big.open("wb") as f:       # sparse: the size is real, the disk stays empty
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(UploadRefused, match=r"^groot.pdf: larger than 50 MB"):
        check_upload(big, big.name)
    empty = tmp_path / "leeg.txt"
    empty.touch()
    with pytest.raises(UploadRefused, match=r"^leeg.txt: empty file"):
        check_upload(empty, empty.name)


def test_a_refused_type_writes_nothing_into_the_data_dir(service, tmp_path):
    before = files_under(service.data_dir)
    doc = tmp_path / "brief.docx"
    doc.write_bytes(b"PK\x03\x04 not a letter")
    with pytest.raises(UploadRefused):
        ingest_upload(doc, doc.name, service, no_steps)
    assert files_under(service.data_dir) == before


def test_a_letter_ingest_rejects_leaves_store_and_uploads_as_they_were(service, tmp_path):
    scan = write_scanned_pdf(tmp_path / "scan.pdf")
    docs = [d.doc_id for d in service.store.documents()]
    with pytest.raises(UploadRefused, match=r"^scan.pdf: .*text") as refused:
        ingest_upload(scan, scan.name, service, no_steps)
    assert "\n" not in str(refused.value)
    assert [d.doc_id for d in service.store.documents()] == docs
    assert not (service.data_dir / "uploads" / "scan.pdf").exists()


def test_an_uploaded_letter_is_stored_indexed_and_answerable_at_once(service, tmp_path):
    letter = write_fictitious_letter(tmp_path, "Fictief (waterschappen).pdf")
    steps: list[float] = []
    result = ingest_upload(letter, "../../Fictief (waterschappen).pdf", service,
                           lambda done, what: steps.append(done))
    assert result.name == "Fictief_waterschappen.pdf"
    assert result.status == "added" and result.passages >= 1 and result.figures == 3
    assert result.embedded == result.passages
    assert "coverage" in result.line() and 0 <= result.coverage <= 1
    assert steps == sorted(steps) and steps[-1] < 1
    assert (service.data_dir / "uploads" / result.name).read_bytes() == letter.read_bytes()
    assert [p.name for p in (service.data_dir / "uploads").iterdir()] == [result.name]
    assert any(row[3] == KAMERSTUK for row in doc_rows(service.store))
    answer = service.ask(QUESTION)
    assert VALUE_EN in answer.text
    assert answer.citations[0].kamerstuk == KAMERSTUK
    # The retriever found the new paragraph too, not only the figures table.
    hits = service.assistant.retriever.search("gemengde dijkploegen waterschappen", k=1)
    assert hits and hits[0].document.doc_id == result.doc_id


def test_a_bad_replacement_puts_the_earlier_upload_back(service, tmp_path):
    good = tmp_path / "vervanging.txt"
    good.write_text("FICTIEF — testbrief\n\nDen Haag, 3 maart 2031\n\nDe gemeenten "
                    "hebben in 2030 een fictieve proef met leerwerkbanen gedaan.\n",
                    encoding="utf-8")
    ingest_upload(good, good.name, service, no_steps)
    bad = tmp_path / "bad" / "vervanging.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\xff\xfe\x00\x00" * 10 + b"\x00" * 200)
    with pytest.raises(UploadRefused, match=r"^vervanging.txt: "):
        ingest_upload(bad, bad.name, service, no_steps)
    assert (service.data_dir / "uploads" / "vervanging.txt").read_bytes() == good.read_bytes()


def test_an_upload_named_like_a_corpus_letter_is_refused_and_changes_nothing(service, tmp_path):
    corpus_letter = service.store.documents()[0]
    clash = tmp_path / (corpus_letter.doc_id + ".txt")
    clash.write_text("FICTIEF — testbrief\n\nDen Haag, 3 maart 2031\n\nDe gemeenten hebben in "
                     "2030 een fictieve proef gedaan.\n", encoding="utf-8")
    before = files_under(service.data_dir)
    with pytest.raises(UploadRefused, match=r"already stored .*rename"):
        ingest_upload(clash, clash.name, service, no_steps)
    assert service.store.document(corpus_letter.doc_id) == corpus_letter
    assert files_under(service.data_dir) == before



def test_questions_are_answered_while_an_upload_is_being_embedded(service, tmp_path):
    # Asks once waited on a lock the whole embedding held; now one is asked from inside the
    # embedding's own progress report and must come back (a deadlock would leave it hanging).
    import threading
    letter = write_fictitious_letter(tmp_path, "tijdens-embedden.pdf")
    answers = []

    def step(done: float, what: str) -> None:
        if what.startswith("embedding passages ") and "/" in what and not answers:
            asker = threading.Thread(target=lambda: answers.append(
                service.ask("What was politie's realisation in 2023?")))
            asker.start()
            asker.join(timeout=120)
            assert not asker.is_alive(), "a question waited for the upload's embedding"

    ingest_upload(letter, letter.name, service, step)
    assert answers and "387" in answers[0].text


def test_uploads_wait_their_turn_in_the_queue_and_say_where_they_stand(service, tmp_path):
    from tests.ui.letters import write_long_letter
    from ui.uploads import UploadQueue
    queue = UploadQueue(service)
    first = queue.submit(write_long_letter(tmp_path / "lang.txt", 60), "lang.txt")
    second = queue.submit(write_fictitious_letter(tmp_path, "achter.pdf"), "achter.pdf")
    # The first is working (or next): the second waits behind it and says so.
    assert re.fullmatch(r"achter\.pdf: waiting in the queue, position [12] \(after lang\.txt\)",
                        queue.status(second)), queue.status(second)
    assert queue.position(second) in (1, 2)
    seen = set()
    while not first.finished.wait(0.2):
        seen.add(queue.status(first).split(" (")[0])
    assert any(s.startswith("lang.txt: embedding passages ") for s in seen), seen
    assert second.finished.wait(300)
    assert first.line.startswith("lang.txt: added as lang (60 passages")
    assert second.line.startswith("achter.pdf: added as achter")
    assert not list((service.data_dir / "uploads" / ".queue").iterdir())  # nothing left over
    assert service.ask(QUESTION).citations[0].kamerstuk == KAMERSTUK


def test_a_wrong_file_is_refused_before_it_is_queued(service, tmp_path):
    from ui.uploads import UploadQueue
    doc = tmp_path / "brief.docx"
    doc.write_bytes(b"PK\x03\x04 not a letter")
    before = files_under(service.data_dir)
    with pytest.raises(UploadRefused, match=r"^brief.docx: unsupported file type .docx"):
        UploadQueue(service).submit(doc, doc.name)
    assert files_under(service.data_dir) == before
