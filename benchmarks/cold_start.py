"""Cold start of the app: `python app.py` until its page answers (HTTP 200) and until the
first /ask answer through gradio_client, over a data dir where corpus/ is already ingested and
indexed. Also times the parts in their own fresh interpreters (bare Python, `import gradio`,
the assistant's load) and lists the slowest imports (python -X importtime).

    .venv/bin/python benchmarks/cold_start.py [--runs 3] [--data-dir DIR] [--out FILE]

Writes benchmarks/cold_start.md. The target is 15 s from the command to a page that answers.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks import stamp  # noqa: E402

from ui.process import AppDidNotStart, app_env, start_app, stop_app, wait_until_serving  # noqa: E402

TARGET_S = 15.0
QUESTION = "What was politie's realisation in 2023?"
# Each part in a fresh interpreter, as the app pays it: the time printed is inside the process.
PARTS = {
    "python start (no imports)": "pass",
    "import gradio": "import gradio",
    "import assistant (retrieval, LangChain)": "import assistant",
    "Assistant.load (store, BM25, e5 engine)":
        "import assistant; t = time.perf_counter(); assistant.Assistant.load(); "
        "print(time.perf_counter() - t)",
    "app modules (app, ui.*) after gradio + assistant":
        "import gradio, assistant; t = time.perf_counter(); "
        "import app, ui.service, ui.chat, ui.documents, ui.figures_tab; "
        "print(time.perf_counter() - t)",
}


def prepare(data_dir: Path | None, work: Path) -> Path:
    """The ingested and indexed corpus; built once here when no data dir is given."""
    if data_dir:
        if not (data_dir / "store.sqlite").is_file():
            sys.exit(f"cold_start: {data_dir}: no store.sqlite; run `python -m ingest` first")
        return data_dir
    built = work / "corpus-data"
    run = subprocess.run([sys.executable, "-m", "ingest"], cwd=ROOT, env=app_env(built),
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"cold_start: python -m ingest failed: {run.stderr.strip().splitlines()[-1:]}")
    return built


def one_run(source: Path, work: Path, n: int, timeout: float) -> dict[str, float]:
    """A fresh copy of the data dir per run, so no run inherits another's Gradio temp files."""
    from gradio_client import Client

    data = work / f"run-{n}"
    shutil.copytree(source, data, ignore=shutil.ignore_patterns("gradio-tmp", "tmp"))
    app = start_app(data, work / f"app-{n}.log")
    try:
        page = wait_until_serving(app, timeout, poll=0.05)
        text, _ = Client(app.url, verbose=False).predict(QUESTION, api_name="/ask")
        answer = time.perf_counter() - app.started
        if "387" not in text:
            sys.exit(f"cold_start: the first answer lacks 387: {text[:200]!r}")
    except AppDidNotStart as exc:
        sys.exit(f"cold_start: {exc}")
    finally:
        stop_app(app)
    return {"page": page, "answer": answer}


def time_part(code: str, data: Path) -> float:
    """Seconds for one part in a fresh interpreter (its own measure where it prints one)."""
    wrapped = f"import time; t0 = time.perf_counter(); {code}\nprint(time.perf_counter() - t0)"
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", wrapped], cwd=ROOT, env=app_env(data),
                         capture_output=True, text=True)
    wall = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"cold_start: part {code!r} failed: {run.stderr.strip().splitlines()[-1:]}")
    printed = [float(x) for x in run.stdout.split()]
    # "pass" reports the whole interpreter's wall time; the others what their own code took.
    return wall if code == "pass" else printed[0]


def slowest_imports(data: Path, top: int = 15) -> list[tuple[str, float]]:
    """Packages by cumulative import time as `python app.py` imports them, each counted where it
    is first entered from another package (so gradio's figure includes the pandas it pulls in,
    and pandas is listed as well)."""
    code = "import app, gradio, assistant, ui.service, ui.chat, ui.documents, ui.figures_tab"
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=ROOT,
                         env=app_env(data), capture_output=True, text=True)
    entries = []
    for line in run.stderr.splitlines():
        if line.startswith("import time:") and "cumulative" not in line:
            _, cumulative, raw = line[len("import time:"):].split("|")
            entries.append((len(raw) - len(raw.lstrip()), raw.strip().split(".")[0],
                            int(cumulative) / 1e6))
    totals: dict[str, float] = {}
    stack: list[tuple[int, str]] = []
    # importtime prints a module after its children: read backwards to meet parents first.
    for level, package, seconds in reversed(entries):
        while stack and stack[-1][0] >= level:
            stack.pop()
        if not stack or stack[-1][1] != package:
            if package not in {name for _, name in stack}:
                totals[package] = totals.get(package, 0.0) + seconds
        stack.append((level, package))
    return sorted(totals.items(), key=lambda kv: -kv[1])[:top]


READING = """## Reading

Imports are most of a cold start: gradio (which pulls in pandas, fastapi, huggingface_hub) and
the assistant's retrieval stack (chromadb, LangChain). `app.py` loads the assistant before it
starts the server, so the page answers only when the assistant can; the first /ask then costs
tens of milliseconds. The machine is shared and the load moves the numbers: on 2026-11-22, three
runs while four test suites ran beside them (load average about 4.5) gave the page in 9.3 s median,
11.8 s at worst, still within the target. If the target is ever missed, the first lever is to start the server
before `Assistant.load` and to load chromadb/LangChain in a background thread."""


def report(runs: list[dict[str, float]], parts: dict[str, list[float]],
           imports: list[tuple[str, float]], load_before: str) -> str:
    pages = [r["page"] for r in runs]
    answers = [r["answer"] for r in runs]
    verdict = "within" if max(pages) <= TARGET_S else "OVER"
    lines = [
        "# Cold start of the app",
        "",
        stamp.line("cold_start"),
        "",
        f"`python benchmarks/cold_start.py --runs {len(runs)}` on {os.cpu_count()} cores "
        f"(load average before the runs: {load_before}). `python app.py` over a copy of the "
        "ingested and indexed corpus, on a free loopback port.",
        "",
        f"Target: command to a page that answers in at most {TARGET_S:.0f} s: **{verdict}** "
        f"(median {statistics.median(pages):.1f} s, max {max(pages):.1f} s).",
        "",
        "| run | command → HTTP 200 of the page (s) | command → first /ask answer (s) |",
        "|---|---|---|",
    ]
    lines += [f"| {i} | {r['page']:.1f} | {r['answer']:.1f} |" for i, r in enumerate(runs, 1)]
    lines += [f"| median | {statistics.median(pages):.1f} | {statistics.median(answers):.1f} |",
              f"| max | {max(pages):.1f} | {max(answers):.1f} |", "",
              "## Where the time goes (each part in a fresh interpreter)", "",
              "| part | median (s) | max (s) |", "|---|---|---|"]
    lines += [f"| {name} | {statistics.median(v):.2f} | {max(v):.2f} |"
              for name, v in parts.items()]
    rest = statistics.median(pages) - sum(statistics.median(v) for v in parts.values())
    lines += [f"| the rest: building the Blocks, starting the server (page median minus the "
              f"parts) | {rest:.2f} | |"]
    lines += ["", "## Slowest imports of the app (`python -X importtime`, one run)", "",
              "Cumulative: a package's time includes what it imports, so the rows overlap.", "",
              "| package | cumulative (s) |", "|---|---|"]
    lines += [f"| {name} | {secs:.2f} |" for name, secs in imports]
    lines += ["", READING]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/cold_start.py")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", type=Path, help="an ingested and indexed data dir")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "cold_start.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cold-start-") as tmp:
        work = Path(tmp)
        source = prepare(args.data_dir.resolve() if args.data_dir else None, work)
        load_before = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        runs, parts = [], {name: [] for name in PARTS}
        for n in range(1, args.runs + 1):
            runs.append(one_run(source, work, n, args.timeout))
            print(f"run {n}: page {runs[-1]['page']:.1f} s, answer {runs[-1]['answer']:.1f} s",
                  file=sys.stderr)
            for name, code in PARTS.items():
                parts[name].append(time_part(code, source))
        imports = slowest_imports(source)
    text = report(runs, parts, imports, load_before)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
