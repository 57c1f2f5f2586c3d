"""The one vocabulary (core/vocabulary.py): every subject and metric named in both languages,
the tables the stages read are views of it, and the store refuses what it does not know."""
from __future__ import annotations

from decimal import Decimal

import pytest

from core import aliases, vocabulary as V
from core.records import Figure
from core.store import Store


def test_every_subject_and_metric_has_a_dutch_and_an_english_name():
    for entry in (*V.SUBJECTS.values(), *V.METRICS.values()):
        assert entry.name_nl and entry.name_en, entry.id


def test_the_matcher_and_the_wording_read_the_vocabulary():
    from assistant import wording
    assert set(aliases.SUBJECTS) == set(V.SUBJECTS)
    assert set(wording.METRIC_NAMES["en"]) == set(V.METRICS)
    assert aliases.find_subjects("het ministerie van Financiën") == ["ministerie_fin"]


@pytest.mark.parametrize("text, metric", [
    ("wat was de opgave van de provincies", "doel"),
    ("de taakstelling van het Rijk", "doel"),
    ("the police's share of target", "realisatiepercentage"),
])
def test_synonyms_of_a_metric_are_one_metric(text, metric):
    assert metric in aliases.find_metrics(text)


def test_the_store_refuses_a_figure_the_vocabulary_does_not_know(tmp_path):
    def figure(subject, metric):
        return Figure(subject=subject, metric=metric, period="2023", value=Decimal("1"),
                      unit="fta", qualifier=None, doc_id="d", passage_id="p", quote="1 fta")
    with Store(tmp_path / "store.sqlite") as store:
        with pytest.raises(ValueError, match="unknown metric 'welzijn'"):
            store.put_figures("d", [figure("politie", "welzijn")])
        with pytest.raises(ValueError, match="unknown subject 'horeca'"):
            store.put_figures("d", [figure("horeca", "realisatie")])

