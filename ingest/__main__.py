"""`python -m ingest [PATH ...] [--remove DOC_ID]`: add or update letters (default: corpus/).
`python -m ingest --report DOC_ID`: what one stored letter gave (figures stored, numbers left).

After the store is written the command brings the index (the next stage) in line with it, so
that a user's one command leaves letters searchable; `--no-index` leaves that to
`python -m index`. ingest_paths() itself never touches the index: the stages stay separate.

Exit codes: 0 all stored, 1 some file rejected (the good ones are stored), 2 a malformed
metadata.json or bad arguments (nothing changed), 3 an unexpected failure (nothing changed),
4 stored but the index could not be updated (run `python -m index`).
"""
from __future__ import annotations

import argparse
import sys

from core.config import SettingError
from ingest.pipeline import IngestError, MetadataError, ingest_paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Add or update letters (PDF, .txt, .md) in the store. Unchanged files are "
                    "skipped; a run is one transaction.")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or folders (default: corpus/)")
    parser.add_argument("--remove", action="append", default=[], metavar="DOC_ID",
                        help="remove a stored document (repeatable)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--no-index", action="store_true",
                        help="only write the store; do not update the search index")
    parser.add_argument("--report", metavar="DOC_ID",
                        help="print what a stored letter gave: its figures by kind and the "
                             "numbers that look like figures but were not stored")
    parser.add_argument("--lang", choices=("en", "nl"), default="en",
                        help="language of the report (default en)")
    args = parser.parse_args(argv)
    if args.report:
        return _report(args.report, args.lang)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    def stored(report) -> None:
        for rejected in report.rejected:
            print(f"rejected: {rejected}", file=sys.stderr)
        if not args.quiet:
            _summaries(report.added + report.updated)
        print(report.summary(), flush=True)

    try:
        if args.no_index:
            report = ingest_paths(args.paths or None, remove=args.remove,
                                  progress=None if args.quiet else progress)
            stored(report)
            return 0 if report.ok else 1
        # The one path of "store, then index", shared with the app's uploads and the eval.
        from index import stderr_progress              # heavy: only when indexing
        from index.update import store_and_index
        done = store_and_index(args.paths or None, remove=args.remove, stored=stored,
                               progress=None if args.quiet else progress,
                               embed_progress=None if args.quiet else stderr_progress)
    except (MetadataError, SettingError) as exc:
        print(f"ingest: {exc}; nothing changed", file=sys.stderr)
        return 2
    except IngestError as exc:
        print(f"ingest: failed on {exc}; nothing changed", file=sys.stderr)
        return 3
    if not done.indexed:
        print(f"ingest: letters stored, but the index was not updated: {done.index_problem}; "
              "run `python -m index`", file=sys.stderr)
        return 4
    print(done.index.summary())
    return 0 if done.ingest.ok else 1


def _report(doc_id: str, lang: str) -> int:
    from core.store import Store
    from ingest.report import extraction_report
    with Store() as store:
        try:
            print(extraction_report(store, doc_id).text(lang))
        except KeyError as exc:
            print(f"ingest: --report: {exc.args[0]}", file=sys.stderr)
            return 2
    return 0


def _summaries(doc_ids: list[str]) -> None:
    """One line per letter stored in this run: what it gave (python -m ingest --report ID)."""
    from core.store import Store
    from ingest.report import extraction_report
    with Store() as store:
        for doc_id in doc_ids:
            print(extraction_report(store, doc_id).summary(), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
