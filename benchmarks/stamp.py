"""The stamp every benchmark file carries: the commit it measured, whether the checkout had
uncommitted changes (another session may be working in the same checkout), the date, and a
hash of each folder or file the benchmark measures, so that `python -m benchmarks` can tell
which files are stale (their measured code changed since).

    stamp.line("retrieval")  ->  'Measured 2026-12-01 at commit `abc1234`.\n<!-- stamp: {...} -->'

A path's hash is the git blob ids of its files as they are in the working tree (tracked and
untracked, ignored files left out), hashed together: the same for the same code whether or
not it is committed yet.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"<!-- stamp: (\{.*?\}) -->")


@dataclass(frozen=True)
class Benchmark:
    name: str
    script: str                 # under benchmarks/
    output: str                 # under benchmarks/
    measures: tuple[str, ...]   # folders and files whose code the numbers depend on
    args: tuple[str, ...] = ()  # what `python -m benchmarks` runs it with
    minutes: int = 5            # about how long it takes on 2 cores

    @property
    def paths(self) -> tuple[str, ...]:
        return (f"benchmarks/{self.script}",) + self.measures


_PIPELINE = ("core", "ingest", "index")
BENCHMARKS = {b.name: b for b in [
    Benchmark("retrieval", "retrieval.py", "retrieval.md",
              _PIPELINE + ("eval/scoring.py", "eval/baseline.py", "eval/questions.jsonl",
                           "corpus"), minutes=8),
    Benchmark("ingest", "ingest_rerun.py", "ingest.md", _PIPELINE + ("corpus",), minutes=3),
    Benchmark("assistant", "assistant.py", "assistant.md",
              _PIPELINE + ("assistant", "eval", "corpus"), minutes=4),
    Benchmark("cold_start", "cold_start.py", "cold_start.md",
              _PIPELINE + ("assistant", "ui", "app.py", "corpus"), minutes=4),
    Benchmark("upload_latency", "upload_latency.py", "upload_latency.md",
              _PIPELINE + ("assistant", "ui", "app.py", "corpus", "tests/ui/letters.py"),
              minutes=6),
    Benchmark("extraction", "extraction.py", "extraction.md",
              ("core", "ingest", "eval/extraction.py", "corpus", "tests/fixtures/layouts",
               "tests/fixtures/layouts_heldout"), minutes=1),
    Benchmark("scale", "scale.py", "scale.md",
              _PIPELINE + ("benchmarks/synthetic_letters.py", "eval/questions.jsonl",
                           "corpus"), minutes=120),
]}


def _git(*args: str, stdin: str | None = None, root: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True,
                          input=stdin).stdout


def commit() -> str:
    head = _git("rev-parse", "--short", "HEAD").strip()
    dirty = _git("status", "--porcelain", "-uno").splitlines()
    # the reports benchmarks and the evaluation write are their output, not code measured
    code = [line[3:] for line in dirty if line[3:] and not line[3:].endswith((".md", ".json"))]
    folders = sorted({path.split("/")[0] for path in code})
    return (head or "unknown") + (
        f" (uncommitted changes in {', '.join(folders)})" if folders else "")


def path_hash(path: str, root: Path = ROOT) -> str:
    """12 hex digits over the git blob ids of the files under `path` in the working tree."""
    files = sorted(f for f in _git("ls-files", "--cached", "--others", "--exclude-standard",
                                   "--", path, root=root).splitlines() if (root / f).is_file())
    if not files:
        return "missing"
    blobs = _git("hash-object", "--stdin-paths", stdin="\n".join(files) + "\n",
                 root=root).split()
    listing = "\n".join(f"{b} {f}" for f, b in zip(files, blobs))
    return hashlib.sha1(listing.encode()).hexdigest()[:12]


def hashes(name: str, root: Path = ROOT) -> dict[str, str]:
    return {path: path_hash(path, root) for path in BENCHMARKS[name].paths}


def line(name: str | None = None) -> str:
    """'Measured 2026-12-01 at commit `abc1234`.' and, for a benchmark of BENCHMARKS, the
    hidden record of what it measured (an HTML comment: Markdown does not show it)."""
    text = f"Measured {dt.date.today().isoformat()} at commit `{commit()}`."
    if name is None:
        return text
    record = {"benchmark": name, "date": dt.date.today().isoformat(),
              "commit": commit(), "paths": hashes(name)}
    return f"{text}\n<!-- stamp: {json.dumps(record, sort_keys=True)} -->"


def recorded(text: str) -> dict | None:
    """The stamp record in a benchmark file's text, or None."""
    found = MARK.search(text)
    return json.loads(found.group(1)) if found else None


def stale(name: str, root: Path = ROOT) -> str | None:
    """Why the benchmark's file is out of date (one line), or None when it is current."""
    bench = BENCHMARKS[name]
    out = root / "benchmarks" / bench.output
    if not out.exists():
        return "no result file"
    record = recorded(out.read_text(encoding="utf-8"))
    if record is None:
        return "no stamp with the measured code's hashes"
    now = hashes(name, root)
    changed = [p for p in bench.paths if record.get("paths", {}).get(p) != now[p]]
    if changed:
        return f"changed since {record.get('date')}: {', '.join(changed)}"
    return None
