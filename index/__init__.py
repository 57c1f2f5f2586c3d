"""Index and retrieval: passages (and their sentences) -> Chroma vectors + BM25, searched
together (RRF).

    build_index(store) -> IndexReport      embed new/changed passages, drop removed ones
    HybridRetriever(store).search(q, k=5, filters={"year": 2024}) -> [Hit]
    PassageRetriever(retriever=...)         the same as a LangChain retriever

`python -m index` builds or updates the index; `python -m index search "..."` searches.
"""
from index.build import IndexReport, build_index, check_index, stderr_progress
from index.embeddings import make_embeddings
from index.language import detect_language, expand_query
from index.lc_retriever import PassageRetriever
from index.retriever import Hit, HybridRetriever, Retriever, rrf
from index.vectors import IndexProblem

__all__ = ["IndexReport", "build_index", "check_index", "stderr_progress", "make_embeddings",
           "detect_language", "expand_query", "PassageRetriever", "Hit", "HybridRetriever",
           "Retriever", "rrf", "IndexProblem"]
