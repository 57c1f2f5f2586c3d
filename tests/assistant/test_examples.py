"""The labelled examples' vote (assistant/examples.py) with the real default embedding model:
where no cue of the parse decides, the nearest examples' intents weigh in; their vectors are
cached beside the store and read back."""
from __future__ import annotations

import json

import pytest

from assistant.examples import EXAMPLES, ExampleVote
from assistant.understand import understand

BORDERLINE = "Wat doet de politie met het doel?"     # weak cues lean to the paragraphs


@pytest.fixture(scope="module")
def embeddings():
    from index.embeddings import make_embeddings
    return make_embeddings()


def examples(tmp_path, intent, questions):
    path = tmp_path / f"{intent}.jsonl"
    path.write_text("".join(json.dumps({"q": q, "intent": intent}) + "\n" for q in questions),
                    encoding="utf-8")
    return path


FIGURE_QUESTIONS = ["Wat was het doel van de politie in 2023?", "doel politie",
                    "Hoe hoog was het doel van Defensie?", "Welk doel gold voor de gemeenten?",
                    "What was the police's target?", "Hoeveel fta moest de politie halen?",
                    "Wat is de doelstelling van het Rijk?"]


def test_the_vote_decides_where_the_cues_do_not(tmp_path, embeddings):
    vote = ExampleVote(embeddings, tmp_path, examples(tmp_path, "figure", FIGURE_QUESTIONS))
    assert vote(BORDERLINE) == {"figure": 1.0}
    assert understand(BORDERLINE).intent == "explanation"
    assert understand(BORDERLINE, vote=vote).intent == "figure"


def test_a_decisive_cue_is_not_outvoted(tmp_path, embeddings):
    vote = ExampleVote(embeddings, tmp_path, examples(tmp_path, "figure", FIGURE_QUESTIONS))
    assert understand("Waarom haalde de politie haar doel niet?", vote=vote).intent == \
        "explanation"


def test_the_examples_vectors_are_cached_beside_the_store(tmp_path, embeddings):
    path = examples(tmp_path, "figure", FIGURE_QUESTIONS)
    first = ExampleVote(embeddings, tmp_path / "data", path)
    cached = list((tmp_path / "data").glob("examples-*.npy"))
    assert len(cached) == 1
    again = ExampleVote(embeddings, tmp_path / "data", path)
    assert (again.vectors == first.vectors).all()


def test_the_shipped_examples_hold_no_held_out_question():
    from eval.outside import HELDOUT
    held = {json.loads(line)["q"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()}
    shipped = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    assert shipped and not held & {row["q"] for row in shipped}
