"""python -m eval [--questions FILE] [--no-baseline] [--check] [--out DIR]

Asks the assistant (and the plain LangChain baseline) every gold question, prints the scores
side by side and writes report.md and report.json. An empty store under BANEN_DATA_DIR gets
corpus/ ingested and indexed first. --check exits 1 naming every metric below
eval/thresholds.json.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval import report
from eval.run import QUESTIONS, evaluate
from eval.summary import THRESHOLDS, check, load_thresholds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__.split("\n\n")[1])
    parser.add_argument("--questions", type=Path, default=QUESTIONS, metavar="FILE")
    parser.add_argument("--no-baseline", action="store_true",
                        help="score the assistant only (faster)")
    parser.add_argument("--check", action="store_true",
                        help=f"exit 1 when a metric is below {THRESHOLDS.name}")
    parser.add_argument("--thresholds", type=Path, default=THRESHOLDS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=report.HERE, metavar="DIR",
                        help="where report.md and report.json go (default: eval/)")
    args = parser.parse_args(argv)

    if args.check:      # a broken thresholds file should fail before a long run
        load_thresholds(args.thresholds)
    run = evaluate(args.questions, baseline=not args.no_baseline)
    failures = check(run, args.thresholds) if args.check else None
    args.out.mkdir(parents=True, exist_ok=True)
    md, js = report.write(run, failures, args.out)
    print(report.side_by_side(run))
    print(f"\nwrote {md} and {js}")
    if failures:
        print("\n".join(["below thresholds:"] + failures), file=sys.stderr)
        return 1
    if failures is not None:
        print(f"all thresholds of {args.thresholds.name} hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
