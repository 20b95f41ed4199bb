"""Data shaping for the eval report page (ui/evals.py): the page only lays it out."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from followup.evals.dataset import REPORTS_DIR
from followup.evals.report import fmt, lookup, wording

DEFAULT_REPORT = REPORTS_DIR / "latest" / "report.json"
Rows = list[dict[str, Any]]


class ReportError(Exception):
    """The report file is missing or unreadable; the message says what to run."""


def load_report(path: Path = DEFAULT_REPORT) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"No report at {path}. Run `followup eval` to make one.") from None
    except (OSError, ValueError) as error:
        raise ReportError(f"Cannot read {path}: {error}. Run `followup eval` again.") from None
    if not isinstance(data, dict) or "summaries" not in data or "cases" not in data:
        raise ReportError(f"{path} is not a followup eval report. Run `followup eval` again.")
    return data


def headline_rows(report: dict[str, Any]) -> Rows:
    summaries = report["summaries"]
    rows = []
    for key, label in wording()["headline"]["rows"]:
        rows.append({"Metric": label, **{engine: fmt(lookup(s, key)) for engine, s in summaries.items()}})
    return rows


def check_rates(report: dict[str, Any], stage: str = "final") -> Rows:
    """One row per (check, engine): the share of drafts passing it."""
    rows = []
    for engine, summary in report["summaries"].items():
        for check, rates in summary["per_check"].items():
            if rates.get(stage) is not None:
                rows.append({"check": check, "engine": engine, "pass rate": rates[stage]})
    return rows


def latency_histogram(report: dict[str, Any], bins: int = 12) -> Rows:
    """Seconds per draft, bucketed per engine, for a bar chart (case runs without errors)."""
    samples = [
        (c["engine"], c["seconds"] / len(c["drafts"])) for c in report["cases"] if c["drafts"] and not c["error"]
    ]
    if not samples:
        return []
    top = max(s for _, s in samples) or 1.0
    width = top / bins
    counts: dict[tuple[str, int], int] = {}
    for engine, seconds in samples:
        index = min(bins - 1, math.floor(seconds / width))
        counts[(engine, index)] = counts.get((engine, index), 0) + 1
    return [
        {"seconds per draft": f"{(i + 0.5) * width:.3f}", "engine": engine, "case runs": n}
        for (engine, i), n in sorted(counts.items(), key=lambda item: (item[0][1], item[0][0]))
    ]


def validator_rows(report: dict[str, Any]) -> Rows:
    validator = report.get("validator") or {}
    return [
        {**row, "precision": fmt(row["precision"]), "recall": fmt(row["recall"])} for row in validator.get("rows", [])
    ]


def failed(case: dict[str, Any]) -> bool:
    return bool(case["error"]) or any(not d["ok"] for d in case["drafts"])


def case_choices(report: dict[str, Any], engine: str, failing_only: bool) -> list[str]:
    ids = [c["case"] for c in report["cases"] if c["engine"] == engine and (failed(c) or not failing_only)]
    return list(dict.fromkeys(ids))


def case_runs(report: dict[str, Any], case_id: str, engine: str) -> Rows:
    return [c for c in report["cases"] if c["case"] == case_id and c["engine"] == engine]


def engines(report: dict[str, Any]) -> list[str]:
    return list(report["summaries"])
