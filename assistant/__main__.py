"""python -m assistant ask "QUESTION" [--json]
python -m assistant figures [--subject S] [--year Y] [--metric M] [--csv]
"""
from __future__ import annotations

import argparse
import json
import sys

from core.store import Store
from assistant.figure_rows import COLUMNS, figure_rows, write_csv
from assistant.figures import FiguresTool, UnknownValue, metric_id, subject_id


def _print_table(rows: list[dict[str, str]]) -> None:
    shown = [c for c in COLUMNS if c != "quote"]
    widths = {c: max([len(c)] + [len(r[c]) for r in rows]) for c in shown}
    print("  ".join(c.ljust(widths[c]) for c in shown))
    for r in rows:
        print("  ".join(r[c].ljust(widths[c]) for c in shown))


def _ask(question: str, as_json: bool) -> int:
    from assistant.assistant import Assistant
    answer = Assistant.load().ask(question)
    if as_json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(answer.text.split("\n\nSources:\n")[0].split("\n\nBronnen:\n")[0])
    if answer.citations:
        print()
        for n, citation in enumerate(answer.citations, 1):
            print(f"[{n}] {citation.label()}")
    for note in answer.notes:       # where sources disagree, the value not taken is named here
        print(f"\n* {note}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant")
    sub = parser.add_subparsers(dest="command", required=True)
    fig = sub.add_parser("figures", help="list figures with their sources")
    fig.add_argument("--subject")
    fig.add_argument("--year")
    fig.add_argument("--metric")
    fig.add_argument("--csv", action="store_true", help="CSV on stdout")
    ask = sub.add_parser("ask", help="ask a question; the answer with its cited sources")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    if args.command == "ask":
        return _ask(args.question, args.json)
    try:
        subject = subject_id(args.subject) if args.subject else None
        metric = metric_id(args.metric) if args.metric else None
    except UnknownValue as exc:
        print(f"--{exc.field_name}: {exc}", file=sys.stderr)
        return 2
    with Store() as store:
        rows = figure_rows(FiguresTool(store), subject, args.year, metric)
    if args.csv:
        write_csv(rows, sys.stdout)
    elif rows:
        _print_table(rows)
    else:
        print("no figures match", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
