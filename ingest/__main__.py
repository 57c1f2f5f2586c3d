"""`python -m ingest [PATH ...] [--remove DOC_ID]`: add or update letters (default: corpus/).

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
    args = parser.parse_args(argv)

    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    try:
        report = ingest_paths(args.paths or None, remove=args.remove,
                              progress=None if args.quiet else progress)
    except MetadataError as exc:
        print(f"ingest: {exc}; nothing changed", file=sys.stderr)
        return 2
    except IngestError as exc:
        print(f"ingest: failed on {exc}; nothing changed", file=sys.stderr)
        return 3
    for rejected in report.rejected:
        print(f"rejected: {rejected}", file=sys.stderr)
    print(report.summary())
    if not args.no_index:
        failed = _update_index(quiet=args.quiet)
        if failed:
            print(f"ingest: letters stored, but the index was not updated: {failed}; "
                  "run `python -m index`", file=sys.stderr)
            return 4
    return 0 if report.ok else 1


def _update_index(quiet: bool) -> str | None:
    """Embeds new and changed passages (only those); the one-line reason if it cannot."""
    from index import IndexProblem, build_index, stderr_progress   # heavy: only when indexing
    try:
        result = build_index(progress=None if quiet else stderr_progress)
    except (IndexProblem, ValueError, OSError) as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    print(result.summary())
    return None


if __name__ == "__main__":
    sys.exit(main())
