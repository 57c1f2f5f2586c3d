"""The extraction report: what a letter gave, and which figure-like numbers it did not."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.store import Store
from ingest.pipeline import ingest_paths
from ingest.report import extraction_report

LETTER = """FICTIEF — testbrief

Voortgang banenafspraak over 2031

Politie

Cijfermatige realisatie 2031
Doel 800 fta
Realisatie 600 fta
Realisatiepercentage 75,0%

Van de 600 fta ging het bij 61% om een vaste aanstelling en bij 39% om inhuur.
Er waren 14 overleggen op 3 maart 2031, en het programma kostte € 2,5 miljoen.
"""


@pytest.fixture()
def stored(tmp_path):
    path = tmp_path / "fictief-rapport-2031.txt"
    path.write_text(LETTER, encoding="utf-8")
    with Store(tmp_path / "store.sqlite") as store:
        assert ingest_paths([path], store=store).ok
        yield store, "fictief-rapport-2031", tmp_path


def test_stored_by_kind_and_figure_like_numbers_left_with_their_sentence(stored):
    store, doc_id, _ = stored
    report = extraction_report(store, doc_id)
    assert report.stored["block"] == 3
    left = {item.written: item.sentence for item in report.left}
    assert set(left) == {"61%", "39%"}, left          # not the meetings, the date or the euros
    assert left["61%"].startswith("Van de 600 fta")
    assert report.coverage == pytest.approx(report.n_stored / (report.n_stored + 2))
    text = report.text("nl")
    assert "Niet opgeslagen" in text and "61%" in text and "dekking" in text


def test_an_unknown_letter_is_one_line_naming_it(stored):
    store, _, _ = stored
    with pytest.raises(KeyError, match="nope"):
        extraction_report(store, "nope")


def test_cli_report_and_its_exit_codes(stored):
    store, doc_id, folder = stored
    root = Path(__file__).resolve().parents[2]
    env = {"BANEN_DATA_DIR": str(folder), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1",
           "PYTHONPATH": str(root)}
    ok = subprocess.run([sys.executable, "-m", "ingest", "--report", doc_id], env=env,
                        capture_output=True, text=True, cwd=root)
    assert ok.returncode == 0, ok.stderr
    assert "coverage" in ok.stdout and "39%" in ok.stdout
    bad = subprocess.run([sys.executable, "-m", "ingest", "--report", "nope"], env=env,
                         capture_output=True, text=True, cwd=root)
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0 and "nope" in bad.stderr
