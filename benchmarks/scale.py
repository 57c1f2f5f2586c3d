"""Scale benchmark: corpus/ ingest + index + ask latency per intent, and a synthetic corpus of
fictitious letters generated from the real ones (benchmarks/synthetic_letters.py).

    .venv/bin/python benchmarks/scale.py [--letters 1000] [--dense-letters 100] [--no-corpus]

--letters N are ingested and searched with BM25; embedding with the default e5 backend runs at a
few passages per second on 2 cores, so only the first --dense-letters of them are embedded
(dense index build, hybrid query latency). Every phase runs in its own process so that its peak
memory (ru_maxrss) is its own. Letters and data dirs live in a temporary folder that is removed
afterwards. Writes benchmarks/scale.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import config  # noqa: E402,F401  (offline environment first)
from eval.summary import percentile as _pct  # noqa: E402

QUESTIONS = ROOT / "eval" / "questions.jsonl"


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux


def _queries() -> list[str]:
    return [json.loads(line)["question"] for line in QUESTIONS.read_text("utf-8").splitlines()
            if line.strip()]


def _timed_queries(search) -> dict:
    queries = _queries()
    for q in queries[:10]:
        search(q)
    times = []
    for q in queries:
        started = time.perf_counter()
        search(q)
        times.append((time.perf_counter() - started) * 1000)
    return {"queries": len(times), "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95)}


# -- phases (each in its own process) ------------------------------------------------------
def phase_ingest(folder: Path) -> dict:
    from core.store import Store
    from ingest import ingest_paths
    started = time.perf_counter()
    report = ingest_paths([folder])
    seconds = time.perf_counter() - started
    with Store() as store:
        passages, figures = len(store.passages()), len(store.figures())
    return {"letters": len(report.added), "rejected": len(report.rejected), "passages": passages,
            "figures": figures, "seconds": seconds}


def phase_bm25() -> dict:
    from core.store import Store
    from index.bm25 import Bm25Index
    from index.retriever import HybridRetriever
    with Store() as store:
        passages = store.passages()
        started = time.perf_counter()
        Bm25Index([p.passage_id for p in passages], [p.text for p in passages])
        build = time.perf_counter() - started
        retriever = HybridRetriever(store, warn=None)     # no vectors here: BM25 only
        return {"passages": len(passages), "build_seconds": build,
                **_timed_queries(lambda q: retriever.search(q, k=5, mode="bm25"))}


def phase_dense() -> dict:
    from core.store import Store
    from index import build_index
    from index.retriever import HybridRetriever
    with Store() as store:
        report = build_index(store)
        retriever = HybridRetriever(store, warn=None)
        return {"passages": report.total, "build_seconds": report.seconds,
                "backend": report.backend,
                **{f"dense_{k}": v for k, v in
                   _timed_queries(lambda q: retriever.search(q, k=5, mode="dense")).items()},
                **_timed_queries(lambda q: retriever.search(q, k=5))}


def phase_corpus() -> dict:
    from core.store import Store
    from eval.run import load_questions, run_system
    from index import build_index
    from ingest import ingest_paths
    from assistant.assistant import Assistant
    started = time.perf_counter()
    report = ingest_paths()
    ingest_s = time.perf_counter() - started
    with Store() as store:
        index_report = build_index(store)
    started = time.perf_counter()
    assistant = Assistant.load()
    load_s = time.perf_counter() - started
    questions = load_questions(QUESTIONS)
    outcomes, _ = run_system(assistant.ask, questions, set(), "assistant", lambda line: None)
    per_kind = {}
    for kind in dict.fromkeys(q["kind"] for q in questions):
        times = [o.latency_ms for o in outcomes if o.kind == kind]
        per_kind[kind] = {"n": len(times), "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95)}
    return {"letters": len(report.added), "passages": report.passages, "figures": report.figures,
            "ingest_seconds": ingest_s, "index_seconds": index_report.seconds,
            "backend": index_report.backend, "load_seconds": load_s, "ask": per_kind}


PHASES = {"ingest": phase_ingest, "bm25": phase_bm25, "dense": phase_dense,
          "corpus": phase_corpus}


def run_phase(name: str, data: Path, folder: Path | None = None) -> dict:
    env = {**os.environ, "BANEN_DATA_DIR": str(data)}
    env.pop("BANEN_CHROMA_URL", None)
    cmd = [sys.executable, __file__, "--phase", name] + (["--folder", str(folder)] if folder
                                                         else [])
    print(f"scale: {name} ({data.name}) ...", file=sys.stderr, flush=True)
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"scale: phase {name} failed: {done.stderr.strip().splitlines()[-1:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"scale: {name}: {result}", file=sys.stderr, flush=True)
    return result


# -- orchestration and report -----------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--dense-letters", type=int, default=100)
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "scale.md")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        result = PHASES[args.phase](args.folder) if args.folder else PHASES[args.phase]()
        print(json.dumps({**result, "peak_mb": round(_peak_mb(), 1)}))
        return 0

    from benchmarks.synthetic_letters import write_letters
    work = Path(tempfile.mkdtemp(prefix="scale-bench-"))
    try:
        results = {"corpus": None if args.no_corpus else run_phase("corpus", work / "corpus")}
        big, small = work / "letters", work / "letters-dense"
        write_letters(big, args.letters)
        small.mkdir()
        for path in sorted(big.iterdir())[:args.dense_letters]:
            shutil.copy(path, small / path.name)
        results["ingest"] = run_phase("ingest", work / "big", big)
        results["bm25"] = run_phase("bm25", work / "big")
        run_phase("ingest", work / "small", small)
        results["dense"] = run_phase("dense", work / "small")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    args.out.write_text(render(results, args), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


def render(r: dict, args) -> str:
    ing, bm, dn = r["ingest"], r["bm25"], r["dense"]
    rate = dn["passages"] / dn["build_seconds"] if dn["build_seconds"] else 0
    lines = [
        f"# Scale benchmark ({dt.date.today().isoformat()})", "",
        f"`benchmarks/scale.py --letters {args.letters} --dense-letters {args.dense_letters}` on "
        f"{os.cpu_count()} cores (shared with other work), Python {platform.python_version()}. "
        "Every phase runs in its own process; peak memory is that process's ru_maxrss.", ""]
    if r["corpus"]:
        c = r["corpus"]
        lines += [
            "## corpus/ (the five real letters)", "",
            "| step | result |", "|---|---|",
            f"| ingest (`ingest_paths()`) | {c['letters']} letters, {c['passages']} passages, "
            f"{c['figures']} figures in {c['ingest_seconds']:.2f} s |",
            f"| index (`build_index()`, {c['backend']}) | {c['index_seconds']:.1f} s |",
            f"| `Assistant.load()` | {c['load_seconds']:.2f} s |",
            f"| peak memory | {c['peak_mb']:.0f} MB |", "",
            "Ask latency per intent (the gold questions' kind; warm, one `ask()` each):", "",
            "| intent | n | p50 (ms) | p95 (ms) |", "|---|---|---|---|"]
        lines += [f"| {k} | {v['n']} | {v['p50_ms']:.1f} | {v['p95_ms']:.1f} |"
                  for k, v in c["ask"].items()]
        lines.append("")
    estimate = ing["passages"] / rate / 60 if rate else float("nan")
    lines += [
        f"## Synthetic corpus: {ing['letters']} fictitious letters", "",
        "Generated from the five letters by `benchmarks/synthetic_letters.py`: numbers varied "
        "(×0.6–1.4, same Dutch notation), years shifted by up to 4, sector names permuted, a "
        "FICTIEF header on every letter; written to a temporary folder, not to the repository.",
        "",
        "| measure | value |", "|---|---|",
        f"| ingest {ing['letters']} letters | {ing['seconds']:.1f} s ({ing['passages']} passages,"
        f" {ing['figures']} figures; {ing['rejected']} rejected); peak {ing['peak_mb']:.0f} MB |",
        f"| BM25 build over {bm['passages']} passages | {bm['build_seconds']:.2f} s |",
        f"| BM25 query p50 / p95 ({bm['queries']} gold questions, k=5) | {bm['p50_ms']:.1f} / "
        f"{bm['p95_ms']:.1f} ms; peak {bm['peak_mb']:.0f} MB (retriever process) |",
        f"| dense index build, first {args.dense_letters} letters ({dn['passages']} passages, "
        f"{dn['backend']}) | {dn['build_seconds']:.0f} s = {rate:.1f} passages/s; peak "
        f"{dn['peak_mb']:.0f} MB |",
        f"| dense query p50 / p95 ({dn['passages']} passages) | {dn['dense_p50_ms']:.1f} / "
        f"{dn['dense_p95_ms']:.1f} ms |",
        f"| hybrid query p50 / p95 ({dn['passages']} passages) | {dn['p50_ms']:.1f} / "
        f"{dn['p95_ms']:.1f} ms |", "",
        f"The dense index of all {ing['letters']} letters was not built: at the rate measured "
        f"it would take about {estimate:.0f} minutes ({ing['passages']} passages). That is an "
        "estimate from the measured rate, not a measurement.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
