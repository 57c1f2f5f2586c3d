"""From per-question outcomes to the metrics of a system, overall, per language and per kind;
and the comparison with eval/thresholds.json that CI enforces."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from eval.scoring import Outcome

THRESHOLDS = Path(__file__).resolve().parent / "thresholds.json"
# Counts of things that must not happen; every other metric is a share where higher is better.
LOWER_IS_BETTER = {"not_found_with_figures", "false_not_found", "false_answers"}


def percentile(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _share(flags: Iterable[bool | None]) -> float | None:
    judged = [f for f in flags if f is not None]
    return sum(judged) / len(judged) if judged else None


def metrics(outcomes: list[Outcome]) -> dict:
    answerable = [o for o in outcomes if o.expected_status == "answered"]
    retrieval = [o for o in answerable if o.retrieval_scorable]
    precisions = [o.citation_precision for o in answerable if o.citation_precision is not None]
    not_found = [o for o in outcomes if o.expected_status == "not_found"]
    latencies = [o.latency_ms for o in outcomes]
    return {
        "n": len(outcomes),
        "accuracy": _share(o.correct for o in outcomes),
        "value_accuracy": _share(o.value_ok for o in outcomes),
        "value_recall": (sum(o.values_right for o in outcomes) /
                         sum(o.values_total for o in outcomes)
                         if any(o.values_total for o in outcomes) else None),
        "explanation_score": _share(o.mention_ok for o in outcomes),
        "ranking_accuracy": _share(o.ranking_ok for o in outcomes),
        "target_met_accuracy": _share(o.met_ok for o in outcomes),
        "recall_at_5": _share(o.rank is not None for o in retrieval),
        "mrr": (sum(1 / o.rank for o in retrieval if o.rank) / len(retrieval)
                if retrieval else None),
        "retrieval_n": len(retrieval),
        "citation_precision": sum(precisions) / len(precisions) if precisions else None,
        "abstention_accuracy": _share(o.abstention_ok for o in outcomes),
        "not_found_recall": _share(o.status == "not_found" for o in not_found),
        "false_not_found": sum(o.status == "not_found" for o in answerable),
        "false_answers": sum(o.status != "not_found" for o in not_found),
        "not_found_with_figures": sum(o.figures_when_not_found for o in outcomes),
        "notes_ok": _share(o.notes_ok for o in outcomes),
        "latency_p50_ms": percentile(latencies, 50),
        "latency_p95_ms": percentile(latencies, 95),
    }


def summarize(outcomes: list[Outcome]) -> dict:
    """{"overall": {...}, "by_lang": {"nl": {...}, ...}, "by_kind": {"figure": {...}, ...}}"""
    langs = sorted({o.lang for o in outcomes})
    kinds = list(dict.fromkeys(o.kind for o in outcomes))
    return {"overall": metrics(outcomes),
            "by_lang": {lang: metrics([o for o in outcomes if o.lang == lang]) for lang in langs},
            "by_kind": {kind: metrics([o for o in outcomes if o.kind == kind]) for kind in kinds}}


def flatten(summary: dict) -> dict[str, float]:
    """"overall.accuracy", "by_lang.en.recall_at_5", ...: the names thresholds use."""
    flat = {f"overall.{k}": v for k, v in summary["overall"].items()}
    for group in ("by_lang", "by_kind"):
        for name, values in summary[group].items():
            flat.update({f"{group}.{name}.{k}": v for k, v in values.items()})
    return flat


def load_thresholds(path: Path = THRESHOLDS) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SystemExit(f"{path}: cannot read thresholds ({exc})")
    if not isinstance(data, dict) or not all(isinstance(v, dict) for k, v in data.items()
                                             if not k.startswith("_")):
        raise SystemExit(f"{path}: expected {{system: {{metric: number}}}}")
    return data


def below_thresholds(results: dict[str, dict], thresholds: dict) -> list[str]:
    """One line per metric that misses its threshold (lower-is-better counts: above it).

    `results` maps a system name ("assistant", "baseline") to its summary; a system that was
    not run is not checked, but a named metric missing from a run that was is a failure."""
    failures = []
    for system, limits in thresholds.items():
        if system.startswith("_") or system not in results:
            continue
        flat = flatten(results[system])
        for name, limit in limits.items():
            value = flat.get(name)
            worse_is_higher = name.rsplit(".", 1)[-1] in LOWER_IS_BETTER
            if value is None:
                failures.append(f"{system} {name}: not measured (threshold {limit})")
            elif (value > limit) if worse_is_higher else (value < limit):
                relation = "above" if worse_is_higher else "below"
                failures.append(f"{system} {name} = {value:.3f}, {relation} its threshold "
                                f"{limit}")
    return failures


def check(run: dict, path: Path = THRESHOLDS) -> list[str]:
    """What `python -m eval --check` and the CI test enforce on one evaluation run."""
    summaries = {name: system["summary"] for name, system in run["systems"].items()}
    thresholds = load_thresholds(path)
    limits = {k: v for k, v in thresholds.items() if k != "sets"}
    return below_thresholds(summaries, limits) + sets_below(run.get("sets", {}),
                                                          thresholds.get("sets", {}))


def sets_below(sets: dict, limits: dict) -> list[str]:
    """"heldout.accuracy", "outside_dev.by_kind.text": the outside sets' thresholds. A set that
    was not scored (its file absent) is not checked."""
    failures = []
    for name, limit in limits.items():
        set_name, _, key = name.partition(".")
        if set_name not in sets:
            continue
        value = sets[set_name]["summary"]
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            failures.append(f"sets {name}: not measured (threshold {limit})")
        elif value < limit:
            failures.append(f"sets {name} = {value:.3f}, below its threshold {limit}")
    return failures
