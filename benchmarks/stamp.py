"""The stamp every benchmark file carries: the commit it measured, and whether the checkout
had uncommitted changes (another session may be working in the same checkout)."""
from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit() -> str:
    run = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                         text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "-uno"], cwd=ROOT,
                           capture_output=True, text=True).stdout.splitlines()
    # the reports benchmarks and the evaluation write are their output, not code measured
    code = [line[3:] for line in dirty if line[3:] and not line[3:].endswith((".md", ".json"))]
    folders = sorted({path.split("/")[0] for path in code})
    return (run.stdout.strip() or "unknown") + (
        f" (uncommitted changes in {', '.join(folders)})" if folders else "")


def line() -> str:
    """"Measured 2026-12-01 at commit `abc1234`."."""
    return f"Measured {dt.date.today().isoformat()} at commit `{commit()}`."
