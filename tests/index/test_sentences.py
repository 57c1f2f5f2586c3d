"""Sentence vectors: how passages are cut, and that they follow the store like passage vectors."""
import io

import numpy as np
import pytest

from core.records import Passage
from index import build_index, check_index
from index.retriever import HybridRetriever
from index.sentences import PASSAGE_VECTOR, sentence_ids, sentence_texts, split_sentences
from index.vectors import EMBEDDED_TEXT, IndexProblem, VectorIndex, searchable_text
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


def _vectors(client, name, ids):
    got = client.get_collection(name).get(ids=list(ids), include=["embeddings"])
    return dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float64)))


def test_by_default_every_passage_text_is_embedded(store, client, e5):
    """The policy (PASSAGE_VECTOR = "text", index/sentences.py says why): a passage with
    sentence vectors is embedded from its text as well, and the index records that."""
    assert PASSAGE_VECTOR == "text"
    report = build_index(store, embeddings=e5, client=client, cache=False)
    passages = store.passages()
    assert report.texts == len(passages) + sum(len(sentence_texts(p)) for p in passages)
    assert client.get_collection("passages").metadata["passage_vector"] == "text"
    stored = _vectors(client, "passages", [p.passage_id for p in passages])
    some = [p for p in passages if sentence_texts(p)][:3]
    assert some
    for p, vector in zip(some, e5.embed_documents([searchable_text(p) for p in some])):
        assert np.allclose(stored[p.passage_id], vector, atol=1e-5)
    with pytest.raises(ValueError, match="passage_vector='own'"):
        VectorIndex(e5, client, passage_vector="own")


def test_the_mean_policy_gives_a_passage_with_sentences_their_mean(store, client, e5):
    """passage_vector="mean" (measured, not the default): a passage's tokens go through the
    model once. Its vector is the normalised mean of its sentence vectors; a passage without
    sentence vectors is embedded from its text."""
    report = build_index(store, embeddings=e5, client=client, cache=False,
                         passage_vector="mean")
    passages = store.passages()
    split = [p for p in passages if sentence_texts(p)]
    whole = [p for p in passages if not sentence_texts(p)]
    assert split and whole
    assert report.texts == len(whole) + sum(len(sentence_texts(p)) for p in passages)
    assert client.get_collection("passages").metadata["passage_vector"] == "mean"

    stored = _vectors(client, "passages", [p.passage_id for p in passages])
    sentences = _vectors(client, "passages_sentences", sentence_ids(split))
    for p in split:
        own = np.stack([sentences[f"{p.passage_id}/s{n}"]
                        for n in range(len(sentence_texts(p)))])
        mean = own.mean(axis=0)
        assert np.allclose(stored[p.passage_id], mean / np.linalg.norm(mean), atol=1e-5)
    for p in whole:
        assert np.allclose(stored[p.passage_id],
                           e5.embed_documents([searchable_text(p)])[0], atol=1e-5)
    retriever = HybridRetriever(store, embeddings=e5, client=client, passage_vector="mean",
                                warn=None)
    assert retriever.search("Hoeveel banen moeten de ministeries realiseren?", k=5)
    assert check_index(store, embeddings=e5, client=client) == (
        "the index has passage vectors made from the mean of their sentence vectors, this "
        "version makes passage vectors embedded from the passage text: run "
        "`python -m index --rebuild`")


def test_an_index_built_with_the_other_passage_policy_is_stale_and_rebuilt(store, client,
                                                                           e5):
    build_index(store, embeddings=e5, client=client, passage_vector="mean")
    problem = ("the index has passage vectors made from the mean of their sentence vectors, "
               "this version makes passage vectors embedded from the passage text: run "
               "`python -m index --rebuild`")
    assert check_index(store, embeddings=e5, client=client) == problem
    with pytest.raises(IndexProblem, match="made from the mean of their sentence vectors"):
        HybridRetriever(store, embeddings=e5, client=client)
    report = build_index(store, embeddings=e5, client=client)
    assert report.rebuilt and "made from the mean" in report.rebuilt
    assert report.added == len(store.passages())
    assert check_index(store, embeddings=e5, client=client) is None
    # An index made before the policy was recorded embedded every passage text: current.
    col = client.get_collection("passages")
    col.modify(metadata={k: v for k, v in col.metadata.items() if k != "passage_vector"})
    assert "passage_vector" not in client.get_collection("passages").metadata
    assert check_index(store, embeddings=e5, client=client) is None
    assert VectorIndex(e5, client, passage_vector="mean").stale_reason() == (
        "the index has passage vectors embedded from the passage text, this version makes "
        "passage vectors made from the mean of their sentence vectors")
