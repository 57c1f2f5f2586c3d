"""Store, then index, written once (index.update.store_and_index) and used by the ingest
command, the app's uploads and the evaluation's set-up."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.store import Store
from index.retriever import HybridRetriever
from index.update import store_and_index

ROOT = Path(__file__).resolve().parents[2]
@pytest.fixture
def empty_store(tmp_path):
    """An empty store of its own (Chroma beside it), not the index tests' filled one."""
    with Store(tmp_path / "data" / "store.sqlite") as s:
        yield s


LETTER = ("FICTIEF — testbrief\n\nDen Haag, 3 maart 2031\n\nWaterschappen\n\nDe waterschappen "
          "hebben in 2030 een fictieve proef met drijvende dijkploegen gedaan, waarin "
          "medewerkers uit de doelgroep het dijkonderhoud uitvoeren.\n")


def test_letters_are_stored_then_indexed_over_the_same_store(tmp_path, empty_store):
    store = empty_store
    path = tmp_path / "dijkploegen.txt"
    path.write_text(LETTER, encoding="utf-8")
    seen = []
    done = store_and_index([path], store=store,
                           stored=lambda report: seen.append((report.added, len(
                               store.passages("dijkploegen")))),
                           embed_progress=lambda n, total: seen.append((n, total)))
    assert done.indexed and done.index_problem is None
    assert done.ingest.added == ["dijkploegen"]
    n = len(store.passages("dijkploegen"))
    # First stored (the callback sees the passages in the store), then embedded.
    assert seen[0] == (["dijkploegen"], n) and seen[-1] == (n, n)
    assert done.index.added == n
    hits = HybridRetriever(store, warn=None).search("drijvende dijkploegen", k=1, mode="dense")
    assert hits and hits[0].document.doc_id == "dijkploegen"


def test_an_index_it_cannot_update_leaves_the_letters_stored_and_says_why(
        tmp_path, empty_store, monkeypatch):
    store = empty_store
    monkeypatch.setenv("BANEN_EMBEDDINGS", "geen-model")
    path = tmp_path / "dijkploegen.txt"
    path.write_text(LETTER, encoding="utf-8")
    done = store_and_index([path], store=store)
    assert not done.indexed
    assert done.index_problem.startswith("BANEN_EMBEDDINGS='geen-model': expected")
    assert [d.doc_id for d in store.documents()] == ["dijkploegen"]


def test_the_command_the_uploads_and_the_eval_all_take_this_one_path():
    for caller in ("ingest/__main__.py", "ui/uploads.py", "eval/run.py"):
        source = (ROOT / caller).read_text(encoding="utf-8")
        assert "store_and_index(" in source, caller
        # No second copy: nobody stores with ingest_paths and then calls build_index itself.
        calls = re.findall(r"\b(ingest_paths|build_index)\(", source)
        assert "ingest_paths" not in calls or "build_index" not in calls, (caller, calls)
