"""benchmarks/scale.py --revalidate on a real (small) run: two fictitious letters embedded in
process, then revalidated at the same code (the build's figures stand, the file is stamped
again) and against a record whose build differs (refused, exit 1, file unchanged)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCALE = ROOT / "benchmarks" / "scale.py"


def _scale(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "ANONYMIZED_TELEMETRY": "False"}
    return subprocess.run([sys.executable, str(SCALE), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("scale") / "scale.md"
    done = _scale("--letters", "2", "--runs", "inprocess", "--out", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    return out


def test_the_same_build_keeps_its_measurements_and_is_stamped_again(measured):
    before = json.loads(measured.with_suffix(".json").read_text("utf-8"))
    done = _scale("--letters", "2", "--revalidate", "--out", str(measured))
    assert done.returncode == 0, done.stderr[-2000:]
    after = json.loads(measured.with_suffix(".json").read_text("utf-8"))
    # the build and its queries are carried over, not measured again
    assert after["runs"] == before["runs"]
    assert after["count"]["tokens"] == before["count"]["tokens"]
    assert after["revalidated"]["corpus"]["recall_at_5"]["n"] > 0
    text = measured.read_text("utf-8")
    assert "## Revalidated" in text and "<!-- stamp:" in text


def test_a_different_build_is_refused_and_nothing_is_written(measured):
    record = measured.with_suffix(".json")
    results = json.loads(record.read_text("utf-8"))
    results["count"]["tokens"] += 1          # as if the build had embedded other texts
    record.write_text(json.dumps(results), encoding="utf-8")
    text_before, record_before = measured.read_text("utf-8"), record.read_text("utf-8")
    done = _scale("--letters", "2", "--revalidate", "--out", str(measured))
    assert done.returncode == 1
    assert "not the same build" in done.stderr and "count.tokens" in done.stderr
    assert measured.read_text("utf-8") == text_before
    assert record.read_text("utf-8") == record_before


def test_nothing_to_revalidate_is_one_line_and_exit_1(tmp_path):
    done = _scale("--letters", "2", "--revalidate", "--out", str(tmp_path / "none.md"))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "none.json" in done.stderr
