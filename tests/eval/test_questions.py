"""Validates eval/questions.jsonl against the letters in corpus/.

The question set steers the figures, retrieval and assistant work, so a wrong value or an
evidence phrase that is not in the letter would send them after a ghost. Every check here reads
the real corpus text; nothing is mocked and nothing needs the store.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from core.aliases import METRICS, SUBJECTS

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "eval" / "questions.jsonl"
CORPUS = ROOT / "corpus"

KINDS = {"figure", "difference", "ranking", "trend", "target_met", "explanation",
         "not_found", "followup"}
UNITS = {"fta", "%", "banen", "personen", "euro", "uur"}
LANGS = {"en", "nl"}
# Metrics the letters state that the shared alias table has no id for; documented in
# eval/QUESTIONS.md. "difference" is the result of a derived question.
EXTRA_METRICS = {"omvang", "werkzaam", "werkzaam_percentage", "groei", "totaal_banen",
                 "nulmeting", "definitie", "verdeelsleutel", "achterstand",
                 "wsw_detacheringen", "groei_formele_dienstverbanden",
                 "groei_inleenverbanden", "difference"}
PERIOD = re.compile(r"^(19|20)\d\d(-Q[1-4])?$")
MINIMA = {"explanation": 30, "not_found": 12, "followup": 10}
DERIVED = {"difference", "ranking", "trend", "target_met"}


def doc_id_for(path: Path) -> str:
    return re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")


def _variants(text: str) -> list[str]:
    """The letter's text the ways a cleaner may leave it: words broken at a line end rejoined
    ("marktwerk-\\ngevers" -> "marktwerkgevers"), or kept with their hyphen ("mbo-\\nscholen"
    -> "mbo-scholen"), or untouched; white space collapsed in all three."""
    def collapse(s: str) -> str:
        return re.sub(r"\s+", " ", s)
    joined = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", text)
    hyphen_kept = re.sub(r"(\w-)[ \t]*\n\s*(\w)", r"\1\2", text)
    return [collapse(joined), collapse(hyphen_kept), collapse(text)]


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[str]]:
    return {doc_id_for(p): _variants(p.read_text(encoding="utf-8"))
            for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="module")
def questions() -> list[dict]:
    rows = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            pytest.fail(f"{QUESTIONS.name}:{n}: not JSON ({exc})")
    return rows


def dutch_notations(value: str) -> list[str]:
    """How a letter writes a value: "5078" -> "5.078", "54.3" -> "54,3", "-3853" -> "3.853"
    (the sign is words or a spaced dash in the letters), 130000000 -> "130 miljoen"."""
    d = abs(Decimal(value))
    whole, _, frac = format(d, "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    forms = [grouped + ("," + frac if frac else "")]
    if not frac and int(whole) >= 1_000_000 and int(whole) % 1_000_000 == 0:
        forms.append(f"{int(whole) // 1_000_000} miljoen")
    if frac and set(frac) == {"0"}:
        forms.append(grouped)
    return forms


def occurs_as_number(form: str, texts: list[str]) -> bool:
    pattern = re.compile(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)")
    return any(pattern.search(t) for t in texts)


def _all_values(expected: dict) -> list[dict]:
    # also_stated: a second value the same letter gives for the same figure (a disagreement)
    return list(expected.get("values", [])) + list(expected.get("also_stated", []))


def test_file_parses_and_has_enough_questions(questions):
    assert len(questions) >= 130


def test_ids_unique_and_fields_present(questions):
    ids = Counter(q["id"] for q in questions)
    assert [i for i, c in ids.items() if c > 1] == []
    for q in questions:
        for key in ("id", "lang", "kind", "question", "history", "expected", "evidence"):
            assert key in q, f"{q.get('id')}: missing field {key}"
        assert q["lang"] in LANGS, f"{q['id']}: lang {q['lang']!r}"
        assert q["kind"] in KINDS, f"{q['id']}: kind {q['kind']!r}"
        assert isinstance(q["history"], list)
        assert q["question"].strip(), f"{q['id']}: empty question"
        assert q["id"].endswith("-" + q["lang"]), f"{q['id']}: id does not end in its language"


def test_status_matches_kind(questions):
    for q in questions:
        exp = q["expected"]
        if q["kind"] == "not_found" or exp.get("status") == "not_found":
            assert q["kind"] in ("not_found", "followup"), q["id"]
            assert exp == {"status": "not_found"}, f"{q['id']}: not_found carries values"
            assert q["evidence"] == [], q["id"]
            continue
        assert exp["status"] == "answered", q["id"]
        assert exp.get("doc_ids"), f"{q['id']}: no doc_ids"
        assert q["evidence"], f"{q['id']}: no evidence"
        if q["kind"] == "followup":
            assert q["history"], f"{q['id']}: a follow-up needs its history"
        else:
            assert q["history"] == [], f"{q['id']}: history only for follow-ups"
        if q["kind"] in ("figure", "difference", "trend", "target_met", "ranking"):
            assert _all_values(exp), f"{q['id']}: {q['kind']} without values"
        if q["kind"] == "explanation":
            assert exp.get("must_mention"), f"{q['id']}: explanation without must_mention"
        if q["kind"] == "difference":
            assert exp["result"]["metric"] == "difference", q["id"]
        if q["kind"] == "ranking":
            assert exp["ranking"], q["id"]
        if q["kind"] == "target_met":
            assert isinstance(exp["met"], bool), q["id"]
        if q["kind"] == "trend":
            periods = [v["period"] for v in exp["values"]]
            assert periods == sorted(periods), f"{q['id']}: trend not in time order"


def test_values_are_canonical(questions):
    subjects, metrics = set(SUBJECTS), set(METRICS) | EXTRA_METRICS
    for q in questions:
        exp = q["expected"]
        vals = _all_values(exp) + ([exp["result"]] if "result" in exp else [])
        for v in vals:
            where = f"{q['id']}: {v}"
            assert v["unit"] in UNITS, where
            assert v["metric"] in metrics, where
            Decimal(v["value"])  # raises on a malformed decimal
            assert "," not in v["value"], where
            if "tolerance" in v:
                assert Decimal(v["tolerance"]) > 0, where
            if v["metric"] != "difference":
                assert v["subject"] in subjects, where
                # a definition (25,5 uur per fta) holds for every year: no period
                assert (v["period"] is None and v["metric"] == "definitie") \
                    or PERIOD.match(v["period"]), where
        for s in exp.get("ranking", []):
            assert s in subjects, f"{q['id']}: ranking subject {s}"


def test_doc_ids_name_corpus_files(questions, corpus):
    for q in questions:
        for d in q["expected"].get("doc_ids", []):
            assert d in corpus, f"{q['id']}: unknown doc_id {d}"


def test_evidence_phrases_occur_in_their_documents(questions, corpus):
    missing = []
    for q in questions:
        texts = [t for d in q["expected"].get("doc_ids", []) for t in corpus[d]]
        for phrase in q["evidence"]:
            words = phrase.split()
            assert 1 <= len(words) <= 12, f"{q['id']}: evidence length {phrase!r}"
            if not any(phrase in t for t in texts):
                missing.append((q["id"], phrase))
    assert missing == []


def test_must_mention_occurs_in_the_documents(questions, corpus):
    missing = []
    for q in questions:
        texts = [t.lower() for d in q["expected"].get("doc_ids", []) for t in corpus[d]]
        for word in q["expected"].get("must_mention", []):
            if not any(word.lower() in t for t in texts):
                missing.append((q["id"], word))
    assert missing == []


def test_expected_values_are_stated_in_the_letters(questions, corpus):
    missing = []
    for q in questions:
        texts = [t for d in q["expected"].get("doc_ids", []) for t in corpus[d]]
        evidence = q["evidence"]
        for v in _all_values(q["expected"]):
            forms = dutch_notations(v["value"])
            if not any(occurs_as_number(f, evidence) or occurs_as_number(f, texts)
                       for f in forms):
                missing.append((q["id"], v["value"], forms))
    assert missing == []


def test_dutch_notation_helper():
    assert dutch_notations("5078") == ["5.078"]
    assert dutch_notations("54.3") == ["54,3"]
    assert dutch_notations("-3853") == ["3.853"]
    assert "130 miljoen" in dutch_notations("130000000")
    assert occurs_as_number("54,3", ["Realisatiepercentage 54,3%"])
    assert not occurs_as_number("54", ["Realisatiepercentage 54,3%"])


def test_kind_minima_and_languages(questions):
    kinds = Counter(q["kind"] for q in questions)
    for kind, minimum in MINIMA.items():
        assert kinds[kind] >= minimum, f"{kind}: {kinds[kind]} < {minimum}"
    assert sum(kinds[k] for k in DERIVED) >= 10
    assert all(kinds[k] >= 1 for k in KINDS)
    for kind in KINDS - {"followup"}:
        langs = {q["lang"] for q in questions if q["kind"] == kind}
        assert langs == LANGS, f"{kind}: languages {sorted(langs)}"
    langs = Counter(q["lang"] for q in questions)
    assert abs(langs["en"] - langs["nl"]) <= len(questions) // 5


def test_every_2023_sector_block_is_asked(questions):
    sectors = ["rijk", "defensie", "gemeenten", "provincies", "waterschappen", "politie", "umc",
               "po", "vo", "mbo", "hbo", "wo", "onderzoeksinstellingen"]
    asked = {(v["subject"], v["metric"]) for q in questions if q["kind"] == "figure"
             for v in q["expected"]["values"] if v["period"] == "2023"}
    for s in sectors:
        for m in ("doel", "realisatie", "realisatiepercentage"):
            assert (s, m) in asked, f"no 2023 figure question for {s} {m}"


def test_one_question_expects_the_water_board_disagreement(questions):
    flagged = [q for q in questions if q.get("notes_expected")]
    assert len(flagged) == 1
    assert flagged[0]["expected"]["values"][0]["subject"] == "waterschappen"
