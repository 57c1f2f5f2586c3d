"""Building, updating and searching the index: real store, real Chroma on disk, real e5."""
import io

import pytest

from core.records import Citation
from index import PassageRetriever, build_index, check_index
from index.retriever import HybridRetriever
from index.vectors import VectorIndex
from tests.index.conftest import letter, put


def vectors_of(client, e5, doc_id):
    got = VectorIndex(e5, client).open().chroma.get(where={"doc_id": doc_id},
                                                     include=["embeddings"])
    return {pid: list(vec) for pid, vec in zip(got["ids"], got["embeddings"])}


def test_build_embeds_every_passage_once_then_nothing(store, client, e5):
    first = build_index(store, embeddings=e5, client=client)
    n = len(store.passages())
    assert (first.added, first.removed, first.unchanged) == (n, 0, 0)
    assert VectorIndex(e5, client).open().ids() == {p.passage_id for p in store.passages()}
    again = build_index(store, embeddings=e5, client=client)
    assert (again.added, again.removed, again.unchanged) == (0, 0, n)


def test_changed_letter_reembeds_only_its_changed_passages(store, client, e5):
    seen = []
    build_index(store, embeddings=e5, client=client, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(store.passages()), len(store.passages()))
    other_before = vectors_of(client, e5, "nota-2025")
    old_ids = {p.passage_id for p in store.passages("rijk-2017")}

    put(store, letter("rijk-2017", limit=14,
                      edit=lambda i, t: t + " Dit is gewijzigd." if i == 2 else t))
    report = build_index(store, embeddings=e5, client=client)

    new_ids = {p.passage_id for p in store.passages("rijk-2017")}
    assert (report.added, report.removed) == (1, 1)
    assert len(old_ids - new_ids) == 1 and len(new_ids - old_ids) == 1
    assert set(vectors_of(client, e5, "rijk-2017")) == new_ids
    assert vectors_of(client, e5, "nota-2025") == other_before   # untouched, bit for bit


def test_removed_letter_loses_its_vectors(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    with store.transaction():
        store.delete_document("rijk-2017")
    report = build_index(store, embeddings=e5, client=client)
    assert report.removed == 14 and report.added == 0
    assert vectors_of(client, e5, "rijk-2017") == {}
    hits = HybridRetriever(store, embeddings=e5, client=client).search("ministeries", k=20)
    assert hits and all(h.document.doc_id == "nota-2025" for h in hits)


def test_mismatch_is_said_in_one_line_naming_the_command_that_heals_it(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    assert check_index(store, embeddings=e5, client=client) is None
    # A new version of one letter (one paragraph changed, one added) that nobody indexed.
    put(store, letter("rijk-2017", limit=15, edit=lambda i, t: t + " Nieuw." if i == 0 else t))
    problem = check_index(store, embeddings=e5, client=client)
    assert problem == ("index out of date: 2 passages of the store have no vector and "
                       "1 vector belongs to no passage of the store: "
                       "run `python -m index`")
    warn = io.StringIO()
    retriever = HybridRetriever(store, embeddings=e5, client=client, warn=warn)
    assert warn.getvalue().strip() == problem and retriever.problem == problem
    assert len(warn.getvalue().strip().splitlines()) == 1


def test_search_is_kept_in_step_with_the_store(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    retriever = HybridRetriever(store, embeddings=e5, client=client, warn=None)
    assert retriever.problem is None
    with store.transaction():
        store.delete_document("nota-2025")
    build_index(store, embeddings=e5, client=client)
    hits = retriever.search("sociale partners banenafspraak", k=10)
    assert hits and {h.document.doc_id for h in hits} == {"rijk-2017"}
    assert retriever.problem is None


def test_filters_by_document_kind_and_year(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    r = HybridRetriever(store, embeddings=e5, client=client)
    q = "doelstelling banenafspraak overheid"
    assert {h.document.doc_id for h in r.search(q, k=30)} == {"rijk-2017", "nota-2025"}
    for mode in ("hybrid", "bm25", "dense"):
        assert {h.document.kind for h in r.search(q, k=10, filters={"kind": "nota"},
                                                   mode=mode)} == {"nota"}
    assert {h.document.year for h in r.search(q, k=10, year=2017)} == {2017}
    assert {h.document.doc_id for h in r.search(q, k=10, doc_id=["rijk-2017"])} == {"rijk-2017"}
    assert r.search(q, k=10, filters={"year": 1999}) == []
    with pytest.raises(ValueError, match="unknown field 'sector'"):
        r.search(q, filters={"sector": "politie"})


def test_hybrid_fuses_both_rankings_and_hits_carry_citations(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    r = HybridRetriever(store, embeddings=e5, client=client)
    query = "Which ministries did not reach their target for jobs?"
    bm25 = [h.passage_id for h in r.search(query, k=50, mode="bm25")]
    dense = [h.passage_id for h in r.search(query, k=50, mode="dense")]
    hybrid = r.search(query, k=5)
    top = hybrid[0]
    expected = (1 / (60 + bm25.index(top.passage_id) + 1) if top.passage_id in bm25 else 0) + \
               (1 / (60 + dense.index(top.passage_id) + 1) if top.passage_id in dense else 0)
    assert top.score == pytest.approx(expected)
    assert [h.score for h in hybrid] == sorted((h.score for h in hybrid), reverse=True)
    cited = top.citation()
    assert isinstance(cited, Citation) and cited.passage_id == top.passage_id
    assert cited.text == store.passage(top.passage_id).text
    assert (cited.title, cited.kamerstuk, cited.date) == (top.document.title,
                                                          top.document.kamerstuk,
                                                          top.document.date)
    assert cited.page == top.passage.page


def test_dense_search_understands_english_question_on_dutch_text(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    r = HybridRetriever(store, embeddings=e5, client=client)
    politie = [p.passage_id for p in store.passages() if "politie" in p.text.lower()]
    assert politie
    # The one police paragraph has two sentences, so no sentence vectors (SENTENCES_OVER =
    # 2): its own vector competes with other paragraphs' best sentences (8th of 28 here).
    ranks = [h.passage_id for h in r.search("How did the police do?", k=10, mode="dense")]
    assert set(ranks) & set(politie)
    ranks = [h.passage_id for h in r.search("How did the police do?", k=5)]
    assert set(ranks) & set(politie)


def test_langchain_retriever_returns_cited_documents(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    lc = PassageRetriever(retriever=HybridRetriever(store, embeddings=e5, client=client),
                          k=3, filters={"kind": "kamerbrief"})
    docs = lc.invoke("Hoeveel banen moeten de ministeries realiseren?")
    assert len(docs) == 3
    for d in docs:
        assert d.metadata["doc_id"] == "rijk-2017"
        assert d.metadata["kamerstuk"] == "34 352, nr. 69"
        assert d.metadata["label"].startswith("Kamerstuk 34 352, nr. 69 (25 september 2017)")
        assert d.page_content == store.passage(d.id).text


def test_vectors_live_beside_the_store_not_in_the_default_data_dir(store, tmp_path, e5,
                                                                   monkeypatch):
    # A store opened from another dir than BANEN_DATA_DIR once read and wrote the default
    # dir's vectors: the assistant of one data dir then searched another one's index.
    elsewhere = tmp_path / "default-data-dir"
    monkeypatch.setenv("BANEN_DATA_DIR", str(elsewhere))
    monkeypatch.delenv("BANEN_CHROMA_URL", raising=False)
    build_index(store, embeddings=e5)
    assert (store.path.parent / "chroma").is_dir()
    assert not (elsewhere / "chroma").exists()
    assert check_index(store, embeddings=e5) is None
    hits = HybridRetriever(store, embeddings=e5, warn=None).search("banenafspraak", k=3)
    assert hits and hits[0].passage_id in {p.passage_id for p in store.passages()}


def test_a_snapshot_reads_what_is_committed_and_only_that(store, client, e5):
    # The race the threaded test below catches only now and then, made certain: a snapshot
    # taken while this connection's transaction has removed a letter (not yet committed, and
    # perhaps rolled back) still holds the letter whole, its document beside its passages.
    import sqlite3
    from index.retriever import _Snapshot
    with store.transaction():
        store.delete_document("nota-2025")
        assert store.document("nota-2025") is None            # this connection sees the delete
        snap = _Snapshot.of(store)
        with store.committed() as view, pytest.raises(sqlite3.OperationalError, match="readonly"):
            view._db.execute("DELETE FROM documents")
    nota = [p for p in snap.passages.values() if p.doc_id == "nota-2025"]
    assert nota and "nota-2025" in snap.documents
    assert _Snapshot.of(store).generation == store.generation() == snap.generation + 1
    assert "nota-2025" not in _Snapshot.of(store).documents


def test_searches_in_other_threads_see_a_whole_store_while_it_changes(store, client, e5):
    # The app answers several questions at once while an upload rewrites the store: a search
    # must never mix the passage list of one generation with the BM25 index of another.
    import threading
    build_index(store, embeddings=e5, client=client)
    retriever = HybridRetriever(store, embeddings=e5, client=client, warn=None)
    failures, stop = [], threading.Event()

    def keep_searching():
        while not stop.is_set():
            try:
                for hit in retriever.search("sociale partners banenafspraak", k=5):
                    assert hit.document.doc_id == hit.passage.doc_id
            except Exception as exc:          # noqa: BLE001 - reported below
                failures.append(repr(exc))
                return

    searchers = [threading.Thread(target=keep_searching) for _ in range(4)]
    for t in searchers:
        t.start()
    for n in range(6):                        # remove and restore a letter, again and again
        with store.transaction():
            store.delete_document("nota-2025")
        put(store, letter("nota-2025", limit=14 - n))
    stop.set()
    for t in searchers:
        t.join()
    assert failures == []
    build_index(store, embeddings=e5, client=client)
    assert {h.document.doc_id for h in retriever.search("nota banenafspraak", k=20)} >= {
        "nota-2025"}
