"""Number-aware scoring, on answers built from the real store: real figures of the ingested
corpus with their real source passages, so a scoring rule that misreads the letters' notation
fails here and not silently in the report."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from core.records import Answer, Citation, SourcedFigure
from eval.numbers import mentions, states_number, units_agree
from eval.scoring import score, verdict
from eval.summary import below_thresholds, flatten, summarize

POLITIE = {"subject": "politie", "period": "2023"}


def _readings(text: str) -> list[set[Decimal]]:
    return [set(m.readings) for m in mentions(text)]


@pytest.mark.parametrize("text, value", [
    ("1.290", Decimal("1290")), ("1,290", Decimal("1290")), ("54,3%", Decimal("54.3")),
    ("54.3 %", Decimal("54.3")), ("\u22123.853", Decimal("-3853")), ("- 3.853", Decimal("-3853")),
    ("130 miljoen euro", Decimal("130000000")), ("130 miljoen euro", Decimal("130")),
    ("1.290,5", Decimal("1290.5")),
    ("1,290.5", Decimal("1290.5")), ("85.000", Decimal("85000")), ("25,5 uur", Decimal("25.5")),
])
def test_numbers_in_either_notation(text, value):
    assert value in _readings(text)[0]


def test_a_range_is_not_a_negative_number_and_units_are_read():
    found = mentions("in 2022-2023 realiseerde de politie 387 fta, 54,3 procent van 713 banen")
    assert [sorted(m.readings)[0] for m in found] == [2022, 2023, 387, Decimal("54.3"), 713]
    assert [m.unit for m in found] == [None, None, "fta", "%", "banen"]
    assert not found[1].signed


def test_units_agree_rules():
    assert units_agree("%", "%") and not units_agree("%", None)
    assert units_agree("fta", "banen") and units_agree("fta", None)
    assert not units_agree("fta", "%") and not units_agree("personen", "uur")


def test_states_number_as_the_letter_writes_it():
    assert states_number("Realisatie 5.078 fta", Decimal("5078"))
    assert states_number("Realisatiepercentage 54,3%", Decimal("54.3"))
    assert not states_number("Realisatiepercentage 54,3%", Decimal("54"))
    assert states_number("Totaal - 3.853", Decimal("-3853"))
    assert states_number("79.2621 Inleenverbanden", Decimal("79262"))   # glued footnote mark
    assert not states_number("4.387 fta", Decimal("387"))


@pytest.fixture
def politie(corpus_store):
    """The politie 2023 figures as stored, each with its real source passage."""
    figs = {f.metric: f for f in corpus_store.figures(**POLITIE)
            if f.doc_id.startswith("2024-12-13")}
    assert {"doel", "realisatie", "realisatiepercentage"} <= set(figs)

    def sourced(f):
        return SourcedFigure(f, Citation.of(corpus_store.document(f.doc_id),
                                            corpus_store.passage(f.passage_id)))
    return {m: sourced(f) for m, f in figs.items()}


def _question(values, **extra):
    exp = {"status": "answered", "values": values,
           "doc_ids": ["2024-12-13-kst-34352-328-voortgang-overheid-onderwijs-2023"]}
    exp.update(extra.pop("expected", {}))
    return {"id": "q-en", "lang": "en", "kind": "figure", "question": "?", "history": [],
            "expected": exp, "evidence": ["Realisatie 387 fta"], **extra}


REALISATIE = [{**POLITIE, "metric": "realisatie", "value": "387", "unit": "fta"},
              {**POLITIE, "metric": "realisatiepercentage", "value": "54.3", "unit": "%"}]


def _answer(text, figures=(), citations=()):
    # Through JSON, as a recorded answer would come back: scoring reads plain dicts.
    return json.loads(json.dumps(Answer("answered", text, list(figures),
                                        list(citations)).to_dict()))


def test_right_answer_from_text_and_citation_counts(politie):
    cite = politie["realisatie"].source
    for text in ("In 2023 the police realised 387 fta, 54.3% of its 713 fta target.",
                 "In 2023 realiseerde de politie 387 fta, 54,3% van het doel van 713 fta."):
        out = score(_question(REALISATIE), _answer(text, citations=[cite]), scorable=True)
        assert out.correct, out.failures
        assert out.rank == 1 and out.citation_precision == 1.0


def test_figures_alone_carry_value_unit_year_and_source(politie):
    answer = _answer("See the figures.", figures=[politie["realisatie"],
                                                  politie["realisatiepercentage"]])
    out = score(_question(REALISATIE), answer)
    assert out.correct and out.values_right == 2


def test_wrong_year_unit_or_missing_source_fails(politie):
    cite = politie["realisatie"].source
    q = _question(REALISATIE)
    wrong_year = score(q, _answer("In 2022 the police realised 387 fta, 54.3%.", citations=[cite]))
    no_percent = score(q, _answer("In 2023 the police realised 387 fta, 54.3 of its target.",
                                  citations=[cite]))
    unsourced = score(q, _answer("In 2023 the police realised 387 fta, 54.3%."))
    assert not wrong_year.correct and wrong_year.values_right == 0
    assert not no_percent.correct and no_percent.values_right == 1
    assert not unsourced.correct and any("no cited passage" in f for f in unsourced.failures)


def test_a_year_is_not_taken_for_a_value(politie):
    q = _question([{**POLITIE, "metric": "realisatie", "value": "2023", "unit": "fta"}])
    out = score(q, _answer("In 2023 the police realised 387 fta.",
                           citations=[politie["realisatie"].source]))
    assert out.values_right == 0


def test_tolerance_is_the_rounding_the_letter_states(corpus_store):
    fig = next(f for f in corpus_store.figures(subject="mbo", metric="doel", period="2023"))
    cite = Citation.of(corpus_store.document(fig.doc_id), corpus_store.passage(fig.passage_id))
    q = _question([{"subject": "mbo", "metric": "doel", "period": "2023", "value": "1900",
                    "unit": "fta", "tolerance": "100", "qualifier": "circa"}])
    assert score(q, _answer("In 2023 the mbo target was about 1,850 fta.", citations=[cite])
                 ).correct
    assert not score(q, _answer("In 2023 the mbo target was 1,750 fta.", citations=[cite])
                     ).correct


def test_not_found_scoring_and_violation(politie):
    q = {"id": "nf-en", "lang": "en", "kind": "not_found", "question": "?", "history": [],
         "expected": {"status": "not_found"}, "evidence": []}
    clean = score(q, {"status": "not_found", "text": "", "figures": [], "citations": []})
    dirty = score(q, json.loads(json.dumps(Answer("not_found", "", [politie["doel"]]).to_dict())))
    answered = score(q, _answer("In 2023 the police realised 387 fta."))
    assert clean.correct and clean.abstention_ok
    assert not dirty.correct and dirty.figures_when_not_found
    assert not answered.correct and not answered.abstention_ok
    totals = summarize([clean, dirty, answered])["overall"]
    assert totals["not_found_with_figures"] == 1
    assert totals["abstention_accuracy"] == pytest.approx(2 / 3)


def test_retrieval_rank_precision_and_must_mention(corpus_store, politie):
    other = [Citation.of(corpus_store.document(p.doc_id), p) for p in corpus_store.passages()
             if "387" not in p.text and "budget" not in p.text][:2]
    q = _question([], kind="explanation",
                  expected={"values": [], "must_mention": ["budget"]})
    q["evidence"] = ["overschrijding van het budget in 2022"]
    answer = _answer("The police lost jobs.", citations=other + [politie["doel"].source])
    out = score(q, answer, scorable=True)
    assert out.rank == 3 and out.mention_ok and out.correct
    assert out.citation_precision == pytest.approx(1 / 3)
    missed = score(q, _answer("The police lost jobs.", citations=other), scorable=True)
    assert missed.rank is None and not missed.mention_ok and not missed.correct
    assert summarize([out, missed])["overall"]["mrr"] == pytest.approx(1 / 6)


def test_difference_result_may_be_unsigned_in_words(corpus_store):
    inputs = [f for f in corpus_store.figures(subject="provincies", metric="realisatie")
              if f.period in ("2022", "2023")]
    cites = [Citation.of(corpus_store.document(f.doc_id), corpus_store.passage(f.passage_id))
             for f in inputs]
    q = _question([{"subject": "provincies", "metric": "realisatie", "period": f.period,
                    "value": str(f.value), "unit": "fta"} for f in inputs],
                  kind="difference",
                  expected={"result": {"metric": "difference", "value": "25.1", "unit": "fta"}})
    listed = ", ".join(str(f.value) for f in inputs)
    good = score(q, _answer(f"The provinces realised 25.1 fta more in 2023 than in 2022 "
                            f"({listed} fta).", citations=cites))
    assert good.correct, good.failures
    # The question asks "how much more": an explicit minus says the opposite.
    wrong = score(q, _answer(f"In 2023 the change was -25.1 fta ({listed} fta).",
                             citations=cites))
    assert any("result" in f for f in wrong.failures)


def test_ranking_order_and_target_verdict():
    assert verdict("No: in 2023 the police realised 387 fta.") is False
    assert verdict("Ja, de gemeenten hebben hun doel behaald.") is True
    assert verdict("In 2023 realiseerden de gemeenten 6.320 fta.") is None
    q = _question([], kind="ranking", expected={"values": [], "ranking": ["gemeenten", "rijk"]})
    assert score(q, _answer("1. municipalities 6,320 fta; 2. central government 4,517 fta"
                            )).ranking_ok
    assert not score(q, _answer("1. central government; 2. municipalities")).ranking_ok


def test_thresholds_name_every_metric_below(politie):
    outcomes = [score(_question(REALISATIE), _answer("nothing"))]
    results = {"assistant": summarize(outcomes)}
    flat = flatten(results["assistant"])
    assert flat["overall.accuracy"] == 0.0 and "by_lang.en.accuracy" in flat
    failures = below_thresholds(results, {"assistant": {"overall.accuracy": 0.5,
                                                        "overall.not_found_with_figures": 0,
                                                        "overall.value_recall": 0.1},
                                          "baseline": {"overall.accuracy": 0.9}})
    assert len(failures) == 2
    assert "overall.accuracy" in failures[0] and "overall.value_recall" in failures[1]
