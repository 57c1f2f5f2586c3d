"""The benchmark stamp and `python -m benchmarks`: which result files are stale, told by the
hashes of the code they measured, in a real git repository."""
import json
import subprocess
import sys
from pathlib import Path

from benchmarks import stamp

ROOT = Path(__file__).resolve().parents[2]


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo,
                   check=True, capture_output=True)


def repo_with(tmp_path: Path, files: dict[str, str]) -> Path:
    repo = tmp_path / "repo"
    for path, text in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_text(text, encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first")
    return repo


def test_a_paths_hash_follows_its_content_committed_or_not(tmp_path):
    repo = repo_with(tmp_path, {"index/a.py": "x = 1\n", "index/b.py": "y = 2\n",
                                "ui/c.py": "z = 3\n"})
    first = stamp.path_hash("index", repo)
    assert first != "missing" and stamp.path_hash("ui", repo) != first
    (repo / "ui" / "c.py").write_text("z = 4\n")              # another folder changed
    assert stamp.path_hash("index", repo) == first
    (repo / "index" / "a.py").write_text("x = 10\n")          # uncommitted change
    changed = stamp.path_hash("index", repo)
    assert changed != first
    git(repo, "commit", "-q", "-am", "second")                # the same code, committed
    assert stamp.path_hash("index", repo) == changed
    (repo / "index" / "new.py").write_text("w = 0\n")         # a new, untracked file counts
    assert stamp.path_hash("index", repo) != changed
    assert stamp.path_hash("nothing-here", repo) == "missing"


def test_a_result_file_is_stale_exactly_when_its_measured_code_changed(tmp_path):
    bench = stamp.BENCHMARKS["ingest"]
    files = {f"benchmarks/{bench.script}": "print()\n", "corpus/brief.txt": "Brief.\n",
             **{f"{folder}/__init__.py": "\n" for folder in ("core", "ingest", "index")}}
    repo = repo_with(tmp_path, files)
    out = repo / "benchmarks" / bench.output
    assert stamp.stale("ingest", repo) == "no result file"
    out.write_text("# Ingest\n\nMeasured long ago.\n")
    assert stamp.stale("ingest", repo) == "no stamp with the measured code's hashes"
    record = {"benchmark": "ingest", "date": "2026-12-01",
              "paths": stamp.hashes("ingest", repo)}
    out.write_text(f"# Ingest\n\n<!-- stamp: {json.dumps(record)} -->\n")
    assert stamp.recorded(out.read_text()) == record
    assert stamp.stale("ingest", repo) is None
    (repo / "ui").mkdir()
    (repo / "ui" / "page.py").write_text("# not measured by ingest\n")
    assert stamp.stale("ingest", repo) is None
    (repo / "index" / "__init__.py").write_text("changed = True\n")
    assert stamp.stale("ingest", repo) == "changed since 2026-12-01: index"


def test_the_stamp_line_names_the_commit_and_records_every_measured_path():
    text = stamp.line("retrieval")
    assert text.startswith("Measured ") and " at commit `" in text
    record = stamp.recorded(text)
    assert record["benchmark"] == "retrieval"
    assert set(record["paths"]) == set(stamp.BENCHMARKS["retrieval"].paths)
    assert record["paths"]["index"] == stamp.path_hash("index") != "missing"
    assert "<!--" not in stamp.line()                         # the plain line has no record


def test_every_benchmark_script_and_measured_path_exists():
    for bench in stamp.BENCHMARKS.values():
        for path in bench.paths:
            assert (ROOT / path).exists(), f"{bench.name}: {path}"


def test_the_command_lists_every_benchmark_with_its_state():
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--list"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(stamp.BENCHMARKS)
    assert all(line.split()[2] in ("current", "stale:") for line in lines)
    unknown = subprocess.run([sys.executable, "-m", "benchmarks", "nonsense"], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
    assert unknown.returncode == 2 and "unknown benchmark 'nonsense'" in unknown.stderr
