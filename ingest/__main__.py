"""`python -m ingest [PATH ...] [--remove DOC_ID]`: add or update letters (default: corpus/).

Exit codes: 0 all stored, 1 some file rejected (the good ones are stored), 2 a malformed
metadata.json or bad arguments (nothing changed), 3 an unexpected failure (nothing changed).
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
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
