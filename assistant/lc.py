"""The assistant's parts as LangChain building blocks, for a chain or an agent.

`retriever(assistant)` is the hybrid retriever as a BaseRetriever (cited passages as Documents);
`tools(assistant)` are the figures tool's functions as StructuredTools; `runnable(assistant)`
answers {"question", "history"} with Answer.to_dict().
"""
from __future__ import annotations

from langchain_core.runnables import RunnableLambda

from assistant.figures_lc import figures_tools
from index.lc_retriever import PassageRetriever


def retriever(assistant, k: int = 5, **kwargs) -> PassageRetriever:
    return PassageRetriever(retriever=assistant.retriever, k=k, **kwargs)


def tools(assistant) -> list:
    return figures_tools(assistant.tool)


def runnable(assistant) -> RunnableLambda:
    return RunnableLambda(lambda inputs: assistant.ask(
        inputs["question"] if isinstance(inputs, dict) else str(inputs),
        inputs.get("history") if isinstance(inputs, dict) else None).to_dict())
