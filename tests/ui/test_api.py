"""The app's API as evaluation scripts use it: gradio_client against `python app.py` on loopback."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from gradio_client import Client

# (question, words the answer text must hold, kamerstuk or None, expected status)
QUESTIONS = [
    ("What was politie's realisation in 2023?", ["387"], "34 352, nr. 328", "answered"),
    ("Wat was de realisatie van de politie in 2023?", ["387"], "34 352, nr. 328", "answered"),
    ("Wat was het doel van Defensie in 2023?", ["822"], "34 352, nr. 328", "answered"),
    ("What was the target of the police in 2023?", ["713"], "34 352, nr. 328", "answered"),
    ("Hoeveel fta realiseerde het Rijk in 2024?", ["5.078"], None, "answered"),
    ("Wat is de hoofdstad van Australië?", [], None, "not_found"),
]


@pytest.fixture(scope="module")
def client(app_server):
    return Client(app_server.url, verbose=False)


def test_ask_returns_the_answer_text_and_the_answer_dict(client):
    text, answer = client.predict("What was politie's realisation in 2023?", api_name="/ask")
    assert "387" in text
    assert answer["text"] == text
    assert answer["status"] == "answered"
    assert {"status", "text", "figures", "citations", "notes"} <= set(answer)
    realisatie = [f for f in answer["figures"]
                  if f["subject"] == "politie" and f["metric"] == "realisatie"]
    assert realisatie and realisatie[0]["value"] == "387"
    assert realisatie[0]["source"]["kamerstuk"] == "34 352, nr. 328"
    assert "Kamerstuk 34 352, nr. 328" in answer["citations"][0]["label"]


def test_ask_answers_in_the_question_language(client):
    en, _ = client.predict("What was politie's realisation in 2023?", api_name="/ask")
    nl, _ = client.predict("Wat was de realisatie van de politie in 2023?", api_name="/ask")
    assert "Sources:" in en and "Bronnen:" not in en
    assert "Bronnen:" in nl and "Sources:" not in nl


def test_an_empty_question_is_an_error_naming_the_field(client):
    with pytest.raises(Exception, match="question: empty"):
        client.predict("   ", api_name="/ask")


def test_twenty_questions_at_once_each_get_their_own_answer(app_server):
    """Twenty clients at once through the queue; each answer must match its own question."""
    batch = [QUESTIONS[i % len(QUESTIONS)] for i in range(20)]

    def ask(item):
        question = item[0]
        return Client(app_server.url, verbose=False).predict(question, api_name="/ask")

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(ask, batch))
    assert len(results) == 20
    for (question, words, kamerstuk, status), (text, answer) in zip(batch, results):
        assert answer["status"] == status, question
        assert answer["text"] == text
        for word in words:
            assert word in text, (question, text)
        if kamerstuk:
            assert any(c["kamerstuk"] == kamerstuk for c in answer["citations"]), question


def test_a_follow_up_uses_the_earlier_questions_of_the_same_session(app_server):
    session = Client(app_server.url, verbose=False)
    session.predict("Wat was het realisatiepercentage van de politie in 2023?", api_name="/ask")
    text, answer = session.predict("En in 2024?", api_name="/ask")
    assert "politie" in text and "68%" in text, text
    # Another session has no such history: its "En in 2024?" is not about the police.
    other_text, _ = Client(app_server.url, verbose=False).predict("En in 2024?", api_name="/ask")
    assert "politie" not in other_text
