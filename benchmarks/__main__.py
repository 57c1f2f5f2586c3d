"""python -m benchmarks [NAME ...] [--all] [--list]

Regenerates the benchmark files whose measured code changed since they were written (their
stamp's hashes, benchmarks/stamp.py), or the ones named, or --all of them; --list only says
which are stale and why. Each runs as `nice -n 5 python benchmarks/SCRIPT` in the project's
environment, one after another (they measure time: never two at once).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from benchmarks.stamp import BENCHMARKS, ROOT, stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.split("\n\n")[1])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run: {', '.join(BENCHMARKS)}")
    parser.add_argument("--all", action="store_true", help="every benchmark, stale or not")
    parser.add_argument("--list", action="store_true", help="say which are stale; run nothing")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r} (expected {', '.join(BENCHMARKS)})")

    reasons = {name: stale(name) for name in BENCHMARKS}
    for name, bench in BENCHMARKS.items():
        print(f"{name:15} benchmarks/{bench.output:18} "
              f"{'stale: ' + reasons[name] if reasons[name] else 'current'}")
    if args.list:
        return 0
    chosen = (list(BENCHMARKS) if args.all else args.names
              or [name for name, reason in reasons.items() if reason])
    if not chosen:
        print("every benchmark file is current")
        return 0
    print(f"running {', '.join(chosen)} (about "
          f"{sum(BENCHMARKS[n].minutes for n in chosen)} min on 2 cores)", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    failed = []
    for name in chosen:
        bench = BENCHMARKS[name]
        started = time.perf_counter()
        done = subprocess.run(["nice", "-n", "5", sys.executable,
                               str(ROOT / "benchmarks" / bench.script), *bench.args],
                              cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        took = time.perf_counter() - started
        print(f"{name}: {'wrote benchmarks/' + bench.output if done.returncode == 0 else 'FAILED'}"
              f" ({took / 60:.1f} min)", flush=True)
        if done.returncode != 0:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
