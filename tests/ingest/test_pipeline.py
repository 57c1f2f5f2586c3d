"""The ingest run: add / update / unchanged by sha256, one transaction, the CLI's report, and
the Done-when check over corpus/."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from core.config import DEFAULT_CORPUS, PROJECT_ROOT
from core.store import Store
from ingest import IngestReport, ingest_paths
from tests.pdfgen import PdfPage, write_letter_pdf
from tests.conftest import run_ingest_cli

KST = DEFAULT_CORPUS / "2024-12-13_kst-34352-328_voortgang-overheid-onderwijs-2023.txt"


def _letter(path: Path, sector: str, doel: str, realisatie: str) -> Path:
    path.write_text(
        f"{sector}\nCijfermatige realisatie 2023\nDoel {doel} fta\nRealisatie {realisatie} fta\n"
        f"\n{sector} heeft in 2023 {realisatie} fta gerealiseerd.\n\n"
        f"Algemeen beeld\nDe werkgevers in de sector {sector.lower()} blijven inzetten op "
        f"duurzame banen.\n", encoding="utf-8")
    return path


def _snapshot(store: Store) -> tuple:
    return store.documents(), store.passages(), store.figures(), store.generation()


def test_reingest_is_idempotent_and_parses_nothing_twice(tmp_path, store):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _letter(corpus / "politie.txt", "Politie", "713", "387")
    write_letter_pdf(corpus / "defensie.pdf", [PdfPage(["Defensie", "Doel 822 fta"]),
                                               PdfPage(["Realisatie 508,5 fta"])])
    first = ingest_paths([corpus], store=store)
    assert sorted(first.added) == ["defensie", "politie"]
    assert first.passages == len(store.passages()) > 0
    snapshot = _snapshot(store)

    second = ingest_paths([corpus], store=store)
    assert second == IngestReport(unchanged=["defensie", "politie"])
    assert _snapshot(store) == snapshot   # same passage ids, and no commit: same generation


def test_a_letter_stored_by_other_ingest_code_is_read_again(tmp_path, store):
    # After an upgrade of the ingest code (a new figure pattern), an unchanged letter must not
    # keep what the old code stored for it; one re-read, then it is unchanged again.
    from ingest.version import code_version, state_key
    letter = _letter(tmp_path / "politie.txt", "Politie", "713", "387")
    other = _letter(tmp_path / "defensie.txt", "Defensie", "822", "508,5")
    ingest_paths([letter, other], store=store)
    assert store.state(state_key("politie")) == code_version()
    with store.transaction():
        store.set_state(state_key("politie"), "older-code")
        store.put_figures("politie", [])          # what the older code had found

    again = ingest_paths([letter, other], store=store)
    assert (again.updated, again.unchanged) == (["politie"], ["defensie"])
    assert store.figures(subject="politie"), "the current code finds politie's figures again"
    assert sorted(ingest_paths([letter, other], store=store).unchanged) == ["defensie", "politie"]

    ingest_paths([], store=store, remove=["politie"])
    assert store.state(state_key("politie")) is None


def test_changed_file_replaces_its_passages(tmp_path, store):
    letter = _letter(tmp_path / "politie.txt", "Politie", "713", "387")
    other = _letter(tmp_path / "defensie.txt", "Defensie", "822", "508,5")
    ingest_paths([letter, other], store=store)
    old = {p.passage_id for p in store.passages("politie")}
    untouched = store.passages("defensie")

    _letter(letter, "Politie", "713", "412")
    report = ingest_paths([letter, other], store=store)

    assert (report.updated, report.unchanged) == (["politie"], ["defensie"])
    new = store.passages("politie")
    assert not any("387" in p.text for p in new)
    assert any("412" in p.text for p in new)
    assert old - {p.passage_id for p in new}, "passages of the old text must be gone"
    assert [p.ordinal for p in new] == list(range(len(new)))
    assert store.document("politie").sha256 != store.document("defensie").sha256
    assert store.passages("defensie") == untouched


def test_changed_metadata_updates_an_unchanged_file(tmp_path, store):
    letter = _letter(tmp_path / "politie.txt", "Politie", "713", "387")
    ingest_paths([tmp_path], store=store)
    (tmp_path / "metadata.json").write_text(
        json.dumps({"politie.txt": {"title": "Voortgang politie 2023"}}), encoding="utf-8")
    report = ingest_paths([letter], store=store)
    assert report.updated == ["politie"]
    assert store.document("politie").title == "Voortgang politie 2023"
    assert ingest_paths([letter], store=store).unchanged == ["politie"]


def test_folder_gives_its_letters_sorted_and_skips_the_rest(tmp_path, store):
    for name in ("b.txt", "a.md", "c.PDF", "metadata.json", "README.md", "notities.docx",
                 ".verborgen.txt"):
        path = tmp_path / name
        if name.lower().endswith(".pdf"):
            write_letter_pdf(path, [PdfPage(["Provincies", "Doel 384 fta"])])
        elif name == "metadata.json":
            path.write_text("{}", encoding="utf-8")
        else:
            _letter(path, "Gemeenten", "5.250", "6.320")
    lines: list[str] = []
    report = ingest_paths([tmp_path], store=store, progress=lines.append)
    assert report.added == ["a", "b", "c"] and not report.rejected
    assert lines[0].startswith("[1/3] a.md ... added, ")
    assert lines[2].startswith("[3/3] c.PDF ... added, ")
    assert all(re.fullmatch(r"\[\d/3\] \S+ \.\.\. added, \d+ passages, \d+ figures", line)
               for line in lines), lines


def test_two_files_with_one_doc_id_in_a_run_keep_the_first(tmp_path, store):
    _letter(tmp_path / "politie.txt", "Politie", "713", "387")
    write_letter_pdf(tmp_path / "politie.pdf", [PdfPage(["Politie", "Doel 999 fta"])])
    report = ingest_paths([tmp_path], store=store)
    assert report.added == ["politie"]
    assert [str(r) for r in report.rejected] == [
        "politie.txt: doc_id 'politie' already taken by politie.pdf in this run"]
    assert any("999" in p.text for p in store.passages("politie"))


def test_removed_file_stays_until_removed_explicitly(tmp_path, data_dir, ingest_cli):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _letter(corpus / "politie.txt", "Politie", "713", "387")
    _letter(corpus / "defensie.txt", "Defensie", "822", "508,5")
    assert ingest_cli(corpus).returncode == 0
    (corpus / "defensie.txt").unlink()

    run = ingest_cli(corpus)
    assert run.returncode == 0
    assert run.stdout.strip() == \
        "ingest: 0 added, 0 updated, 1 unchanged, 0 rejected (0 passages, 0 figures)"
    with Store(data_dir / "store.sqlite") as s:
        assert [d.doc_id for d in s.documents()] == ["defensie", "politie"]

    run = ingest_cli("--remove", "defensie", "--remove", "onbekend")
    assert run.returncode == 1
    assert "rejected: onbekend: no stored document with this doc_id" in run.stderr
    assert run.stdout.startswith("ingest: 0 added, 0 updated, 0 unchanged, 1 rejected, 1 removed")
    with Store(data_dir / "store.sqlite") as s:
        assert [d.doc_id for d in s.documents()] == ["politie"]
        assert {p.doc_id for p in s.passages()} == {"politie"}


def test_cli_progress_on_stderr_and_summary_on_stdout(tmp_path, ingest_cli):
    _letter(tmp_path / "politie.txt", "Politie", "713", "387")
    _letter(tmp_path / "umc.txt", "Umc", "1.234", "1.000")
    run = ingest_cli(tmp_path)
    assert run.returncode == 0
    lines = run.stderr.strip().splitlines()
    progress = [line for line in lines if line.startswith("[")]
    assert [line.split(" ... ")[0] for line in progress] == ["[1/2] politie.txt", "[2/2] umc.txt"]
    assert all(" ... added, " in line for line in progress)
    # then what each letter gave (python -m ingest --report ID has the whole report)
    gave = [line for line in lines if not line.startswith("[")]
    assert [line.split(":")[0] for line in gave] == ["politie", "umc"]
    assert all("figures stored" in line and "coverage" in line for line in gave)
    assert run.stdout.count("\n") == 1
    assert run.stdout.startswith("ingest: 2 added, 0 updated, 0 unchanged, 0 rejected (")


def test_ingest_killed_part_way_leaves_the_previous_store(tmp_path, data_dir, ingest_cli):
    earlier = _letter(tmp_path / "eerder.txt", "Waterschappen", "552,3", "329,4")
    assert ingest_cli(earlier).returncode == 0
    store_path = data_dir / "store.sqlite"
    with Store(store_path) as s:
        before = _snapshot(s)

    corpus = tmp_path / "veel"
    corpus.mkdir()
    text = KST.read_text(encoding="utf-8")
    for i in range(100):   # enough work that the run is far from done after two files
        (corpus / f"brief-{i:03d}.txt").write_text(f"Brief {i}\n\n{text}", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "ingest", str(corpus)], cwd=PROJECT_ROOT,
                            env={**os.environ, "BANEN_DATA_DIR": str(data_dir)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        seen = []
        for line in proc.stderr:
            seen.append(line)
            if line.startswith("[2/100] "):
                proc.send_signal(signal.SIGKILL)
                break
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert seen and seen[-1].startswith("[2/100] brief-001.txt ... added"), seen
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    # The two letters were written into the open transaction: its hot journal is on disk.
    assert (data_dir / "store.sqlite-journal").stat().st_size > 0

    with Store(store_path) as s:   # opening rolls the hot journal back
        assert _snapshot(s) == before
    run = ingest_cli(corpus / "brief-000.txt", "-q")   # and the store takes the next run
    assert run.returncode == 0 and run.stdout.startswith("ingest: 1 added")


def test_done_when_corpus_gives_five_documents_with_passages(ingested_corpus, corpus_store):
    assert ingested_corpus.run.stdout.startswith("ingest: 5 added, 0 updated, 0 unchanged, "
                                                 "0 rejected (")
    letters = sorted(p.name for p in DEFAULT_CORPUS.iterdir()
                     if p.suffix in (".txt", ".pdf", ".md") and p.name != "README.md")
    docs = corpus_store.documents()
    assert len(docs) == len(letters) == 5
    assert sorted(Path(d.source_path).name for d in docs) == letters
    for doc in docs:
        passages = corpus_store.passages(doc.doc_id)
        assert passages, f"{doc.doc_id} has no passages"
        assert all(p.text.strip() for p in passages)
        assert [p.ordinal for p in passages] == sorted(p.ordinal for p in passages)
    assert sum(len(corpus_store.passages(d.doc_id)) for d in docs) == len(corpus_store.passages())


def test_done_when_second_corpus_run_reports_all_unchanged(ingested_corpus, data_dir,
                                                           ingest_cli):
    (data_dir / "store.sqlite").write_bytes(ingested_corpus.store_path.read_bytes())
    run = ingest_cli()
    assert run.returncode == 0
    assert run.stdout.strip() == \
        "ingest: 0 added, 0 updated, 5 unchanged, 0 rejected (0 passages, 0 figures)"


def test_the_ingest_command_leaves_the_letters_searchable(ingested_corpus, corpus_store,
                                                           monkeypatch):
    """`python -m ingest` runs the index stage after the store: one command, searchable letters."""
    from index import check_index
    index_line = ingested_corpus.run.stdout.splitlines()[1]
    n = len(corpus_store.passages())
    assert index_line.startswith(f"index: {n} passages embedded, 0 removed, 0 unchanged")
    assert "embedding passages" in ingested_corpus.run.stderr      # progress while embedding
    monkeypatch.setenv("BANEN_DATA_DIR", str(ingested_corpus.data_dir))
    assert check_index(corpus_store) is None


def test_a_rerun_with_the_index_embeds_nothing(ingested_corpus, tmp_path):
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(ingested_corpus.data_dir, copy)
    run = run_ingest_cli(data_dir=copy, index=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[1].startswith("index: 0 passages embedded, 0 removed")


def test_remove_gives_the_letters_space_back(tmp_path, data_dir, ingest_cli):
    corpus = tmp_path / "veel"
    corpus.mkdir()
    text = KST.read_text(encoding="utf-8")
    for i in range(4):
        (corpus / f"brief-{i}.txt").write_text(f"Brief {i}\n\n{text}", encoding="utf-8")
    assert ingest_cli(corpus).returncode == 0
    store_path = data_dir / "store.sqlite"
    full = store_path.stat().st_size

    run = ingest_cli("--remove", "brief-1", "--remove", "brief-2", "--remove", "brief-3")
    assert run.returncode == 0, run.stderr
    assert store_path.stat().st_size < full * 0.5, (full, store_path.stat().st_size)
    assert "reclaimed " in run.stderr
    with Store(store_path) as s:
        assert [d.doc_id for d in s.documents()] == ["brief-0"]
    db = sqlite3.connect(store_path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA freelist_count").fetchone() == (0,)   # no pages left over
    finally:
        db.close()
    assert not (data_dir / "store.sqlite-journal").exists()


def _long_letter(path: Path, paragraphs: int) -> Path:
    """A letter of `paragraphs` passages (each long enough to be a passage of its own)."""
    body = ("de werkgevers in de sector zetten in op duurzame banen voor mensen uit de "
            "doelgroep, met begeleiding op de werkplek en afspraken over scholing, zodat het "
            "werk past bij wat iemand kan en wil")
    path.write_text("\n\n".join(f"Paragraaf {i}: {body}, {body} ({i})."
                                for i in range(paragraphs)) + "\n", encoding="utf-8")
    return path


def test_a_letter_over_the_passage_limit_is_refused_naming_the_limit(tmp_path, data_dir,
                                                                    ingest_cli, monkeypatch):
    small = _letter(tmp_path / "politie.txt", "Politie", "713", "387")
    big = _long_letter(tmp_path / "groot.txt", 40)
    monkeypatch.setenv("BANEN_MAX_PASSAGES", "25")
    run = ingest_cli(small, big)
    assert run.returncode == 1
    assert "rejected: groot.txt: 40 passages, more than the limit of 25 per letter " \
           "(BANEN_MAX_PASSAGES); split the letter" in run.stderr.splitlines()
    with Store(data_dir / "store.sqlite") as s:      # the good letter of the run is stored
        assert [d.doc_id for d in s.documents()] == ["politie"]
    monkeypatch.setenv("BANEN_MAX_PASSAGES", "40")
    assert ingest_cli(big).returncode == 0


def test_the_passage_limit_defaults_to_a_few_thousand_and_a_bad_one_is_one_line(
        tmp_path, data_dir, ingest_cli, monkeypatch):
    from core import config
    monkeypatch.delenv("BANEN_MAX_PASSAGES", raising=False)
    assert config.max_passages() == 3000
    monkeypatch.setenv("BANEN_MAX_PASSAGES", "veel")
    run = ingest_cli(_letter(tmp_path / "politie.txt", "Politie", "713", "387"))
    assert run.returncode == 2
    assert run.stderr.strip() == ("ingest: BANEN_MAX_PASSAGES='veel': expected a whole number "
                                  "of at least 1; nothing changed")
    assert not (data_dir / "store.sqlite").exists()
