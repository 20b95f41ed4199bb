"""The CI gate: a report's numbers against `evals/thresholds.toml`, one line per breach."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from followup.checklist import BY_ID
from followup.evals.report import fmt, lookup, text
from followup.evals.summary import Summary
from followup.evals.validator_quality import ValidatorScore

# The floors: a thresholds file may raise them, never lower them.
FLOORS: dict[str, dict[str, float]] = {
    "all_pass_gated": {"min": 0.95},
    "grounding.invented_rate": {"max": 0.0},
}
RECALL_FLOOR = 0.95


def load_thresholds(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _limits(engine_rules: dict[str, Any]) -> dict[str, dict[str, float]]:
    rules = {metric: dict(rule) for metric, rule in engine_rules.items()}
    for metric, floor in FLOORS.items():
        rule = rules.setdefault(metric, {})
        if "min" in floor:
            rule["min"] = max(float(rule.get("min", floor["min"])), floor["min"])
        if "max" in floor:
            rule["max"] = min(float(rule.get("max", floor["max"])), floor["max"])
    return rules


def engine_breaches(engine: str, summary: Summary, rules: dict[str, Any]) -> list[str]:
    lines = []
    for metric, rule in _limits(rules).items():
        value = lookup(summary, metric)
        name = f"{engine}.{metric}"
        if value is None:
            lines.append(text("gate_breach", metric=name, value="missing", threshold=rule))
        elif "min" in rule and value < rule["min"]:
            lines.append(text("gate_breach", metric=name, value=fmt(value), threshold=rule["min"]))
        elif "max" in rule and value > rule["max"]:
            lines.append(text("gate_breach_max", metric=name, value=fmt(value), threshold=rule["max"]))
    return lines


def validator_breaches(score: ValidatorScore, rules: dict[str, Any]) -> list[str]:
    floor = max(float(rules.get("recall_min", RECALL_FLOOR)), RECALL_FLOOR)
    lines = []
    for check_id, counts in score.per_check.items():
        recall = counts.recall
        if BY_ID[check_id].required and recall is not None and recall < floor:
            lines.append(text("gate_breach", metric=f"validator.{check_id}.recall", value=fmt(recall), threshold=floor))
    return lines


def breaches(summaries: dict[str, Summary], validator: ValidatorScore | None, thresholds: dict[str, Any]) -> list[str]:
    """Every breach, one line each; engines the thresholds do not name are not gated."""
    lines = []
    for engine, summary in summaries.items():
        if engine in thresholds:
            lines += engine_breaches(engine, summary, thresholds[engine])
    if "validator" in thresholds:
        if validator is None:
            lines.append(text("gate_breach", metric="validator", value="missing", threshold="labelled drafts"))
        else:
            lines += validator_breaches(validator, thresholds["validator"])
    return lines
