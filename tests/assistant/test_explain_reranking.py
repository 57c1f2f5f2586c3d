"""The paragraphs an explanation cites are re-ranked by their best sentence, fused with
retrieval's order (assistant/explain.py `reranked`): a reason is often one sentence of a
paragraph about something broader, which retrieval ranks below paragraphs that share more of
the question's words. A letter the question names keeps its paragraphs first.

RETRIEVAL_ORDER was chosen on the dev sets (their text questions: 525 -> 533 of 539 with the
answering paragraph cited, the same gain on each half of the sets)."""
from __future__ import annotations

from assistant import explain as E


def _pool(assistant, query: str, n: int = 6):
    hits = assistant.retriever.search(query, k=n)
    cands = E.candidates(hits)
    assert {c.passage_rank for c in cands} >= {0, n - 1}, "every passage needs a sentence"
    return hits, cands


def _relevance(cands, best: dict[int, float]) -> None:
    for c in cands:
        c.relevance = best.get(c.passage_rank, 0.1) + E.PRIOR / (1 + c.passage_rank)


def test_a_passage_whose_sentence_answers_rises_above_retrievals_order(assistant):
    hits, cands = _pool(assistant, "Waarom daalt het aantal banen via inleenverbanden?")
    _relevance(cands, {5: 1.5})
    order = E.reranked(cands, hits)
    assert order[0].passage_id == hits[5].passage_id
    assert [h.passage_id for h in order[1:]] == [h.passage_id for h in hits[:5]]
    # the candidates carry their passage's new place, and its prior with it
    moved = [c for c in cands if c.hit.passage_id == hits[5].passage_id]
    assert moved and all(c.passage_rank == 0 for c in moved)
    assert all(abs(c.relevance - (1.5 + E.PRIOR)) < 1e-9 for c in moved)


def test_equal_sentences_keep_retrievals_order(assistant):
    hits, cands = _pool(assistant, "Welke maatregelen neemt het Rijk?")
    _relevance(cands, {})
    assert [h.passage_id for h in E.reranked(cands, hits)] == [h.passage_id for h in hits]


def test_a_named_letters_passages_stay_first(assistant):
    hits, cands = _pool(assistant, "Waarom daalt het aantal banen via inleenverbanden?")
    named = hits[3].passage.doc_id
    _relevance(cands, {i: 1.5 for i, h in enumerate(hits) if h.passage.doc_id != named})
    order = E.reranked(cands, hits, frozenset({named}))
    own = [h for h in order if h.passage.doc_id == named]
    assert order[:len(own)] == own
