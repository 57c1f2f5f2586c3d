"""The optional language-model writer (off unless BANEN_LLM is set).

It rewrites the composed answer from the same evidence. Its text is used only when every number
in it occurs in that evidence and every citation it makes points at a given source; otherwise
the composed answer stays, with a note saying why.

BANEN_LLM: "ollama:<model>[@<base_url>]" or "openai:<model>@<base_url>" (any OpenAI-compatible
server). The provider's LangChain package is imported only when asked for.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from core.records import Answer

SYSTEM = {
    "nl": "Je herschrijft een antwoord over de banenafspraak in helder Nederlands. Gebruik "
          "alleen de getallen en bronnen hieronder, verwijs naar bronnen als [n] en verzin "
          "niets.",
    "en": "You rewrite an answer about the Dutch banenafspraak in clear English. Use only the "
          "numbers and sources below, cite sources as [n] and invent nothing.",
}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_REF = re.compile(r"\[(\d+)\]")
_KAMERSTUK = re.compile(r"Kamerstuk\s+(\d+\s?\d*,\s*nr\.\s*\d+)", re.I)
_SOURCES_HEAD = re.compile(r"\n\n(?:Sources|Bronnen):\n")


class WriterUnavailable(RuntimeError):
    """The configured model cannot be used here; str() is the one-line reason."""


def make_chat_model(spec: str):
    provider, _, rest = spec.partition(":")
    model, _, base_url = rest.partition("@")
    if not model:
        raise WriterUnavailable(f"BANEN_LLM={spec!r}: expected 'ollama:<model>' or "
                                f"'openai:<model>@<base_url>'")
    if provider == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError:
            raise WriterUnavailable(f"BANEN_LLM={spec!r}: the package langchain-ollama is not "
                                    f"installed; answers are composed without a model") from None
        return ChatOllama(model=model, base_url=base_url or None, temperature=0)
    if provider == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError:
            raise WriterUnavailable(f"BANEN_LLM={spec!r}: the package langchain-openai is not "
                                    f"installed; answers are composed without a model") from None
        return ChatOpenAI(model=model, base_url=base_url or None, temperature=0,
                          api_key=os.environ.get("OPENAI_API_KEY", "not-needed"))
    raise WriterUnavailable(f"BANEN_LLM={spec!r}: unknown provider {provider!r} "
                            f"(use ollama or openai)")


def numbers_in(text: str) -> set[Decimal]:
    """Every number in a text, read both the Dutch and the English way (5.078 / 5,078)."""
    found: set[Decimal] = set()
    for token in _NUMBER.findall(text):
        for thousands, point in ((".", ","), (",", ".")):
            plain = token.replace(thousands, "").replace(point, ".")
            try:
                found.add(Decimal(plain).normalize())
            except InvalidOperation:
                pass
    return found


class Writer:
    def __init__(self, model):
        self.model = model

    @classmethod
    def from_env(cls, spec: str | None = None, warn=sys.stderr) -> "Writer | None":
        spec = spec if spec is not None else os.environ.get("BANEN_LLM", "")
        if not spec.strip():
            return None
        try:
            return cls(make_chat_model(spec.strip()))
        except WriterUnavailable as exc:
            print(exc, file=warn)
            return None

    # -- rewriting ---------------------------------------------------------------------------
    def evidence(self, answer: Answer) -> str:
        parts = [answer.text]
        parts += [f"{c.label()} {c.text}" for c in answer.citations]
        parts += [f.figure.quote for f in answer.figures]
        return "\n".join(parts)

    def problems(self, text: str, answer: Answer) -> list[str]:
        """Why a model's text cannot be used: numbers or citations not in the evidence."""
        allowed = numbers_in(self.evidence(answer))
        refs = {int(n) for n in _REF.findall(text)}
        problems = [f"number {token} is not in the sources" for token in _NUMBER.findall(text)
                    if not (numbers_in(token) & allowed) and not (token.isdigit() and
                                                               int(token) in refs)]
        problems += [f"citation [{n}] points at no source" for n in sorted(refs)
                     if not 1 <= n <= len(answer.citations)]
        kamerstukken = {" ".join((c.kamerstuk or "").split()) for c in answer.citations}
        problems += [f"Kamerstuk {k} is not a given source" for k in _KAMERSTUK.findall(text)
                     if " ".join(k.split()) not in kamerstukken]
        return problems

    def rewrite(self, question: str, answer: Answer, lang: str) -> Answer:
        composed = _SOURCES_HEAD.split(answer.text, 1)[0]
        numbered = "\n".join(f"[{i}] {c.label()}: {c.text}"
                             for i, c in enumerate(answer.citations, 1))
        prompt = f"{question}\n\n{composed}\n\n{numbered}"
        try:
            reply = self.model.invoke([("system", SYSTEM[lang]), ("human", prompt)])
            text = str(getattr(reply, "content", reply)).strip()
        except Exception as exc:      # a model server down must not lose the answer
            return replace(answer, notes=answer.notes + [f"Language model not used: {exc}"])
        problems = self.problems(text, answer) if text else ["it returned no text"]
        if problems:
            note = ("Tekst van het taalmodel niet gebruikt: " if lang == "nl" else
                    "Language-model text not used: ") + "; ".join(problems[:3])
            return replace(answer, notes=answer.notes + [note])
        rest = answer.text[len(composed):]
        return replace(answer, text=text + rest)
