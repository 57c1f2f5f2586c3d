"""Sentence vectors: how passages are cut, and that they follow the store like passage vectors."""
import io

import pytest

from core.records import Passage
from index import build_index, check_index
from index.retriever import HybridRetriever
from index.sentences import sentence_ids, sentence_texts, split_sentences
from index.vectors import EMBEDDED_TEXT, IndexProblem, VectorIndex
from tests.index.conftest import letter, put


def passage(text, section=None):
    return Passage(Passage.make_id("d", 0, text), "d", 0, 1, section, text, 0, len(text))


def test_sentences_are_cut_at_stops_before_capitals_and_short_pieces_dropped():
    text = ("Mbo-scholen registreren niet expliciet welke medewerkers tot de doelgroep\n"
            "behoren. Daarom is het cijfer een schatting, bijv. 700 fta. Zie bijlage.\n"
            "In 2023 is circa 700 fta gerealiseerd: een daling t.o.v. 2022.")
    assert split_sentences(text) == [
        "Mbo-scholen registreren niet expliciet welke medewerkers tot de doelgroep behoren.",
        "Daarom is het cijfer een schatting, bijv. 700 fta.",
        "In 2023 is circa 700 fta gerealiseerd: een daling t.o.v. 2022."]


def test_sentence_texts_carry_the_heading_and_short_passages_get_none():
    two = "De politie haalt het doel niet. Er zijn te weinig jobcoaches beschikbaar."
    p = passage(two + " De werving van nieuwe mensen loopt door.", section="Politie")
    assert sentence_texts(p) == ["Politie. De politie haalt het doel niet.",
                                 "Politie. Er zijn te weinig jobcoaches beschikbaar.",
                                 "Politie. De werving van nieuwe mensen loopt door."]
    assert sentence_ids([p]) == {f"{p.passage_id}/s{n}" for n in range(3)}
    # The policy (SENTENCES_OVER = 2): passages of two sentences or fewer get none.
    assert sentence_texts(passage(two, section="Politie")) == []
    assert sentence_texts(passage(two), over=1) == ["De politie haalt het doel niet.",
                                                    "Er zijn te weinig jobcoaches beschikbaar."]
    assert sentence_texts(p, over=None) == [] and sentence_ids([p], over=None) == set()
    assert sentence_texts(passage("Eén zin over de politie en haar doel."), over=1) == []


def test_sentence_vectors_follow_changed_and_removed_letters(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    vectors = VectorIndex(e5, client).open()
    expected = sentence_ids(store.passages())
    assert expected and vectors.sentence_ids() == expected

    put(store, letter("rijk-2017", limit=14,
                      edit=lambda i, t: t + " Dit is een gewijzigde zin." if i == 3 else t))
    changed = build_index(store, embeddings=e5, client=client)
    assert (changed.added, changed.removed) == (1, 1)
    assert vectors.sentence_ids() == sentence_ids(store.passages())

    with store.transaction():
        store.delete_document("rijk-2017")
    build_index(store, embeddings=e5, client=client)
    assert vectors.sentence_ids() == sentence_ids(store.passages("nota-2025"))
    assert check_index(store, embeddings=e5, client=client) is None


def test_missing_sentence_vectors_are_reported_and_repaired(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    vectors = VectorIndex(e5, client).open()
    lost = sorted(vectors.sentence_ids())[:2]
    vectors.delete_sentences(lost)              # as an interrupted build would leave it
    problem = check_index(store, embeddings=e5, client=client)
    assert problem == ("index out of date: 2 sentences of the store have no vector: "
                       "run `python -m index`")
    warn = io.StringIO()
    HybridRetriever(store, embeddings=e5, client=client, warn=warn)
    assert warn.getvalue().strip() == problem
    repaired = build_index(store, embeddings=e5, client=client)
    assert 1 <= repaired.added <= 2 and repaired.removed == 0
    assert check_index(store, embeddings=e5, client=client) is None


def test_an_index_embedded_from_the_old_text_is_detected_and_rebuilt(store, client, e5):
    build_index(store, embeddings=e5, client=client)
    # What an index made before sentence vectors looks like: no record of the embedded text.
    col = client.get_collection("passages")
    col.modify(metadata={"embedding_backend": e5.backend_id})
    assert check_index(store, embeddings=e5, client=client) == (
        "the index was embedded from an older passage text (v1, this version embeds "
        f"{EMBEDDED_TEXT.split(':')[0]}): run `python -m index --rebuild`")
    with pytest.raises(IndexProblem, match="older passage text"):
        HybridRetriever(store, embeddings=e5, client=client)
    report = build_index(store, embeddings=e5, client=client)
    assert report.rebuilt and "older passage text" in report.rebuilt
    assert report.added == len(store.passages())
    assert check_index(store, embeddings=e5, client=client) is None


def test_a_sentence_deep_in_a_long_passage_lifts_the_passage(store, client, e5):
    """The dense score of a passage is at least the similarity of its best sentence."""
    build_index(store, embeddings=e5, client=client)
    vectors = VectorIndex(e5, client).open()
    longest = max(store.passages(), key=lambda p: len(sentence_texts(p)))
    last = sentence_texts(longest)[-1]
    query = last.split(". ", 1)[-1]
    vector = e5.embed_query(query)
    own = e5.embed_documents([last])[0]
    best_sentence = sum(a * b for a, b in zip(vector, own))
    found = dict(vectors.search(query, k=40))
    assert found[longest.passage_id] >= best_sentence - 1e-3
