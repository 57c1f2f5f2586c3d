"""Times `python -m ingest` over corpus/: a first run into an empty data dir, then a second
run with every file unchanged (the Done-when target: a couple of seconds). Writes
benchmarks/ingest.md. Run: .venv/bin/python benchmarks/ingest_rerun.py [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import stamp  # noqa: E402

OUT = ROOT / "benchmarks" / "ingest.md"


def _cli(data_dir: Path) -> tuple[float, str]:
    env = {**os.environ, "BANEN_DATA_DIR": str(data_dir)}
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "ingest", "-q"], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        raise SystemExit(f"ingest failed ({run.returncode}):\n{run.stderr}")
    return elapsed, run.stdout.strip()


def _in_process(data_dir: Path) -> tuple[float, float]:
    """The same two runs through ingest_paths(), without interpreter start-up and imports."""
    from core.store import Store
    from ingest import ingest_paths

    with Store(data_dir / "store.sqlite") as store:
        start = time.perf_counter()
        ingest_paths(store=store)
        first = time.perf_counter() - start
        start = time.perf_counter()
        report = ingest_paths(store=store)
        second = time.perf_counter() - start
    assert not report.added and not report.updated, report
    return first, second


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    firsts, seconds, api_firsts, api_seconds = [], [], [], []
    summaries: tuple[str, str] = ("", "")
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            first, s1 = _cli(Path(tmp))
            second, s2 = _cli(Path(tmp))
            firsts.append(first)
            seconds.append(second)
            summaries = (s1, s2)
        with tempfile.TemporaryDirectory() as tmp:
            a, b = _in_process(Path(tmp))
            api_firsts.append(a)
            api_seconds.append(b)

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f})"

    letters = sorted(p.name for p in (ROOT / "corpus").iterdir()
                     if p.suffix in (".pdf", ".txt", ".md") and p.name != "README.md")
    size = sum((ROOT / "corpus" / n).stat().st_size for n in letters)
    OUT.write_text(f"""# Ingest: first run and unchanged re-run

{stamp.line("ingest")}

By `benchmarks/ingest_rerun.py` ({args.repeat} runs, median),
{platform.python_version()} on {os.cpu_count()} CPU cores; corpus/: {len(letters)} letters,
{size / 1024:.0f} KB; load average after the runs {' / '.join(f'{x:.1f}' for x in os.getloadavg())}
(1, 5, 15 min; 2.0 = both cores busy). The commands are timed whole (interpreter start-up and imports included);
the API rows time `ingest_paths()` alone.

| run | `python -m ingest` | `ingest_paths()` |
|---|---|---|
| first (empty store) | {ms(firsts)} | {ms(api_firsts)} |
| second (all unchanged) | {ms(seconds)} | {ms(api_seconds)} |

First run: `{summaries[0]}`
Second run: `{summaries[1]}`

An unchanged file is hashed and compared with the stored sha256; it is not parsed, and a run
that changes nothing opens no write transaction. Target for the second run: a couple of
seconds.
""", encoding="utf-8")
    print(OUT.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
