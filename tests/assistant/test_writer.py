"""The optional language-model writer: its text is used only when it keeps to the evidence.

FakeListChatModel (langchain_core) stands in for the hosted Ollama/OpenAI-compatible model,
which cannot run here: it replies with scripted text, so both branches are tested exactly.
The answers it rewrites come from the real assistant over the real corpus.
"""
from __future__ import annotations

import io

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.writer import Writer, numbers_in

QUESTION = "What was politie's realisation in 2023?"


@pytest.fixture
def composed(assistant):
    return assistant.ask(QUESTION)


def test_faithful_rewrite_is_used(composed):
    reply = "The police realised 387 fta in 2023 [1]: 54.3% of its target of 713 fta [1]."
    answer = Writer(FakeListChatModel(responses=[reply])).rewrite(QUESTION, composed, "en")
    assert answer.text.startswith(reply)
    assert "Sources:" in answer.text                  # the cited quotes stay
    assert answer.figures == composed.figures and answer.notes == composed.notes


@pytest.mark.parametrize("reply, problem", [
    ("The police realised 390 fta in 2023 [1].", "number 390"),
    ("The police realised 387 fta in 2023 [4].", "citation [4]"),
    ("See Kamerstuk 34 352, nr. 999 for 387 fta.", "Kamerstuk 34 352, nr. 999"),
])
def test_unfaithful_rewrite_falls_back_with_a_note(composed, reply, problem):
    answer = Writer(FakeListChatModel(responses=[reply])).rewrite(QUESTION, composed, "en")
    assert answer.text == composed.text
    assert answer.notes[-1].startswith("Language-model text not used")
    assert problem in answer.notes[-1]


def test_assistant_applies_the_writer(assistant):
    assistant.writer = Writer(FakeListChatModel(responses=["De politie haalde 12 fta [1]."]))
    try:
        answer = assistant.ask("Wat was de realisatie van de politie in 2023?")
    finally:
        assistant.writer = None
    assert answer.text.startswith("In 2023 realiseerde de politie 387 fta")
    assert "Tekst van het taalmodel niet gebruikt" in answer.notes[-1]


def test_missing_provider_package_is_one_line_and_no_writer():
    err = io.StringIO()
    writer = Writer.from_env("openai:some-model@http://127.0.0.1:1/v1", warn=err)
    try:
        import langchain_openai  # noqa: F401
    except ImportError:
        assert writer is None
        assert err.getvalue().count("\n") == 1 and "langchain-openai" in err.getvalue()
    else:
        assert writer is not None


def test_writer_is_off_without_banen_llm():
    assert Writer.from_env("") is None
    bad = io.StringIO()
    assert Writer.from_env("mystery:model", warn=bad) is None
    assert "unknown provider" in bad.getvalue()


def test_numbers_are_read_both_ways():
    assert {5078} <= numbers_in("5.078 fta") and {5078} <= numbers_in("5,078 fta")
    assert {__import__("decimal").Decimal("54.3")} <= numbers_in("54,3%")
