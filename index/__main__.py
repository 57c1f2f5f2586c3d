"""python -m index [--rebuild | --check]   |   python -m index search "QUESTION" [-k N] ..."""
from __future__ import annotations

import argparse
import json
import sys

from core.store import Store
from index.build import build_index, check_index, stderr_progress
from index.retriever import MODES, HybridRetriever
from index.vectors import IndexProblem


def _search(args) -> int:
    filters = {key: value for key, value in
               (("doc_id", args.doc), ("kind", args.kind), ("year", args.year)) if value}
    with Store() as store:
        hits = HybridRetriever(store).search(args.query, k=args.k, filters=filters,
                                             mode=args.mode)
    if args.json:
        print(json.dumps([h.citation().to_dict() | {"ranks": h.ranks} for h in hits],
                         ensure_ascii=False, indent=2))
        return 0
    for n, hit in enumerate(hits, 1):
        text = " ".join(hit.text.split())
        print(f"{n}. [{hit.score:.4f}] {hit.citation().label()}  ({hit.passage_id})\n"
              f"   {text[:300]}{'…' if len(text) > 300 else ''}")
    if not hits:
        print("no passages found")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["search"]:
        parser = argparse.ArgumentParser(prog="python -m index search")
        parser.add_argument("query")
        parser.add_argument("-k", type=int, default=5)
        parser.add_argument("--doc", action="append", help="only this doc_id (repeatable)")
        parser.add_argument("--kind", action="append", help="only this document kind")
        parser.add_argument("--year", type=int, action="append", help="only this document year")
        parser.add_argument("--mode", choices=MODES, default="hybrid")
        parser.add_argument("--json", action="store_true")
        run = lambda: _search(parser.parse_args(argv[1:]))  # noqa: E731
    else:
        parser = argparse.ArgumentParser(
            prog="python -m index", description="Embed the store's passages into Chroma "
            "(only new and changed ones); `python -m index search QUESTION` searches.")
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--rebuild", action="store_true", help="drop and re-embed everything")
        group.add_argument("--check", action="store_true",
                           help="only say whether the index matches the store")
        args = parser.parse_args(argv)
        if args.check:
            def run() -> int:
                problem = check_index()
                print(problem or "index matches the store")
                return 1 if problem else 0
        else:
            def run() -> int:
                print(build_index(progress=stderr_progress, rebuild=args.rebuild).summary())
                return 0
    try:
        return run()
    except (IndexProblem, ValueError) as exc:
        print(f"index: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
