"""Running the evaluation: a ready data dir, the questions, each system asked every question.

`evaluate()` is what `python -m eval` and the CI test call, so both judge the same run.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Callable

from core import config
from core.store import Store
from eval.scoring import Outcome, score
from eval.summary import summarize

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
Progress = Callable[[str], None]


def stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def load_questions(path: Path) -> list[dict]:
    """The gold questions; a malformed line is a one-line error naming file and line."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SystemExit(f"{path}: cannot read questions ({exc.strerror})")
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            missing = [k for k in ("id", "lang", "kind", "question", "expected")
                       if k not in row]
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{n}: not JSON ({exc.msg})")
        if missing:
            raise SystemExit(f"{path}:{n}: missing field {missing[0]!r}")
        row.setdefault("history", [])
        row.setdefault("evidence", [])
        rows.append(row)
    if not rows:
        raise SystemExit(f"{path}: no questions")
    return rows


def prepare_data(progress: Progress = stderr) -> None:
    """An empty store under BANEN_DATA_DIR gets corpus/ ingested; an index that does not
    match the store is brought up to date (only what changed is embedded)."""
    from index import build_index, check_index, stderr_progress
    from index.update import store_and_index

    with Store() as store:
        if not store.documents():
            progress(f"eval: the store in {config.data_dir()} is empty: ingesting "
                     f"{config.DEFAULT_CORPUS}")
            store_and_index(store=store, progress=progress, embed_progress=stderr_progress,
                            stored=lambda report: progress(report.summary()))
        problem = check_index(store)
        if problem:
            progress(f"eval: {problem.split(':')[0]}: building the index")
            progress(build_index(store, progress=stderr_progress).summary())


def scorable_ids(questions: list[dict], store: Store) -> set[str]:
    """Questions whose evidence one passage of the store holds: only these can be judged on
    retrieval (the same rule as benchmarks/retrieval.py)."""
    from eval.scoring import relevant
    texts = [p.text for p in store.passages()]
    return {q["id"] for q in questions
            if q["evidence"] and any(relevant(t, q["evidence"]) for t in texts)}


def run_system(ask, questions: list[dict], scorable: set[str], name: str,
               progress: Progress = stderr) -> tuple[list[Outcome], list[dict]]:
    """Asks every question (with its history) once; returns outcomes and the answers given."""
    for q in questions[:3]:      # warm caches so the first timings are not load time
        ask(q["question"], history=q["history"] or None)
    outcomes, answers = [], []
    for n, q in enumerate(questions, 1):
        started = time.perf_counter()
        answer = ask(q["question"], history=q["history"] or None).to_dict()
        ms = (time.perf_counter() - started) * 1000
        outcomes.append(score(q, answer, ms, q["id"] in scorable))
        answers.append({"id": q["id"], **answer})
        if n % 25 == 0 or n == len(questions):
            progress(f"eval: {name} {n}/{len(questions)}")
    return outcomes, answers


def evaluate(questions_path: Path = QUESTIONS, *, baseline: bool = True,
             progress: Progress = stderr) -> dict:
    """{"questions": path, "systems": {name: {"summary", "outcomes", "answers", "meta"}}}"""
    questions = load_questions(questions_path)
    prepare_data(progress)
    from assistant import Assistant              # the public interface (DESIGN.md)
    systems: dict[str, dict] = {}
    with Store() as store:
        scorable = scorable_ids(questions, store)
        started = time.perf_counter()
        assistant = Assistant.load()
        meta = {"load_seconds": round(time.perf_counter() - started, 2)}
        outcomes, answers = run_system(assistant.ask, questions, scorable, "assistant", progress)
        systems["assistant"] = {"summary": summarize(outcomes), "outcomes": outcomes,
                                "answers": answers, "meta": meta}
        sets = outside_sets(assistant.ask, progress)
        if baseline:
            from eval.baseline import Baseline
            progress("eval: building the baseline (MiniLM + Chroma over 1000/150 chunks)")
            base = Baseline(store)
            try:
                outcomes, answers = run_system(base.ask, questions, scorable, "baseline",
                                               progress)
            finally:
                base.close()
            systems["baseline"] = {
                "summary": summarize(outcomes), "outcomes": outcomes, "answers": answers,
                "meta": {"chunks": base.chunks, "build_seconds": round(base.build_seconds, 2)}}
    return {"questions": str(questions_path), "n_questions": len(questions),
            "retrieval_scorable": len(scorable), "systems": systems, "sets": sets}


def outside_sets(ask, progress: Progress = stderr) -> dict:
    """The question sets written from the letters alone, scored by the outside rules: the
    held-out set (never tuned on) and the outside dev set, where shared/ is beside the
    checkout."""
    from eval import outside
    sets = {}
    for name, path in (("heldout", outside.HELDOUT), ("outside_dev", outside.OUTSIDE_DEV),
                       *((p.stem, p) for p in outside.TUNING)):
        if not path.exists():
            progress(f"eval: {path} not found: the {name} set is not scored")
            continue
        outcomes, _ = outside.run(ask, outside.load(path))
        sets[name] = {"path": str(path), "summary": outside.summarize(outcomes)}
        progress(f"eval: {name} {sets[name]['summary']['accuracy']:.3f} "
                 f"({len(outcomes)} questions)")
    return sets
