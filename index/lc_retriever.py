"""The hybrid retriever as a LangChain BaseRetriever, so that chains and agents can use it."""
from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.retrievers import BaseRetriever

from index.retriever import Hit, HybridRetriever


def to_langchain(hit: Hit) -> LCDocument:
    """A LangChain Document whose metadata holds the citation (and its label)."""
    citation = hit.citation().to_dict()
    metadata = {key: value for key, value in citation.items() if key != "text"}
    metadata["ranks"] = dict(hit.ranks)
    return LCDocument(page_content=hit.text, metadata=metadata, id=hit.passage_id)


class PassageRetriever(BaseRetriever):
    """retriever.invoke("waarom lukt het onderwijs niet?") -> cited passages as Documents."""

    retriever: Any                      # a HybridRetriever (Any: it is no pydantic model)
    k: int = 5
    filters: dict = {}
    mode: str = "hybrid"

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun
                                ) -> list[LCDocument]:
        hits = self.retriever.search(query, k=self.k, filters=self.filters, mode=self.mode)
        return [to_langchain(hit) for hit in hits]

    @classmethod
    def load(cls, **kwargs) -> "PassageRetriever":
        return cls(retriever=HybridRetriever.load(), **kwargs)
