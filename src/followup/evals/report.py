"""report.json (everything) and report.md (headline table first) from a run."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from followup.checklist import CHECKLIST
from followup.evals.records import CaseRecord
from followup.evals.summary import Summary
from followup.evals.validator_quality import ValidatorScore
from followup.prompts import load_toml


@cache
def wording() -> dict[str, Any]:
    return load_toml("evals.toml")


def text(key: str, **values: object) -> str:
    return str(wording()["text"][key]).format(**values)


def lookup(summary: Summary, dotted: str) -> Any:
    value: Any = summary
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, (bool, int)):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def headline_table(summaries: dict[str, Summary]) -> str:
    engines = list(summaries)
    rows = [[label] + [fmt(lookup(summaries[e], key)) for e in engines] for key, label in wording()["headline"]["rows"]]
    counts = ["Cases / drafts"] + [f"{summaries[e]['cases']} / {summaries[e]['drafts']}" for e in engines]
    return _table(["Metric", *engines], [counts, *rows])


def per_check_table(summaries: dict[str, Summary]) -> str:
    engines = list(summaries)
    header = ["Check", "Required"] + [f"{e} {stage}" for e in engines for stage in ("first", "final")]
    rows = []
    for check in CHECKLIST:
        cells = [fmt(summaries[e]["per_check"][check.id][stage]) for e in engines for stage in ("first", "final")]
        rows.append([check.id, "yes" if check.required else "no", *cells])
    return _table(header, rows)


def validator_rows(score: ValidatorScore) -> list[dict[str, Any]]:
    rows = []
    for check in CHECKLIST:
        c = score.per_check[check.id]
        rows.append({"check": check.id, "required": check.required, "precision": c.precision, "recall": c.recall,
                     "tp": c.tp, "fp": c.fp, "fn": c.fn, "tn": c.tn})  # fmt: skip
    return rows


def validator_table(score: ValidatorScore) -> str:
    na = text("no_defects")
    rows = [
        [r["check"], "yes" if r["required"] else "no",
         fmt(r["precision"]) if r["precision"] is not None else na, fmt(r["recall"]) if r["recall"] is not None else na,
         str(r["tp"]), str(r["fp"]), str(r["fn"]), str(r["tn"])]
        for r in validator_rows(score)
    ]  # fmt: skip
    return _table(["Check", "Required", "Precision", "Recall", "TP", "FP", "FN", "TN"], rows)


def build_report(
    records: list[CaseRecord],
    summaries: dict[str, Summary],
    validator: ValidatorScore | None,
    meta: dict[str, Any],
) -> dict[str, Any]:
    return {
        "meta": meta,
        "definitions": wording()["definitions"],
        "summaries": summaries,
        "validator": None
        if validator is None
        else {
            "rows": validator_rows(validator),
            "labelled": validator.rows,
            "mistakes": [m.__dict__ for m in validator.mistakes],
        },
        "cases": [r.model_dump(mode="json") for r in records],
    }


def render_markdown(report: dict[str, Any], summaries: dict[str, Summary], validator: ValidatorScore | None) -> str:
    meta, definitions = report["meta"], report["definitions"]
    parts = [
        f"# {text('title')}",
        "",
        f"_{meta_line(meta)}_",
        "",
        f"## {text('headline')}",
        "",
        headline_table(summaries),
    ]
    parts += ["", "## Per check (pass rate)", "", per_check_table(summaries)]
    if validator is not None:
        parts += ["", f"## {text('validator')}", "", validator_table(validator)]
    parts += ["", "## Failing drafts", "", *_failure_lines(report["cases"])]
    parts += ["", "## Definitions", ""] + [f"- **{key}**: {value}" for key, value in definitions.items()]
    return "\n".join(parts) + "\n"


def meta_line(meta: dict[str, Any]) -> str:
    return ", ".join(f"{key}: {value}" for key, value in meta.items() if value not in (None, "", []))


def _failure_lines(cases: list[dict[str, Any]]) -> list[str]:
    lines = []
    for case in cases:
        if case["error"]:
            lines.append(f"- `{case['case']}` ({case['engine']}): error: {case['error']}")
        for draft in case["drafts"]:
            failed = [k for k, ok in draft["checks"].items() if not ok]
            if failed:
                lines.append(f"- `{case['case']}` → {draft['to']} ({case['engine']}): {', '.join(failed)}")
    return lines or ["- none"]


def write_report(out: Path, report: dict[str, Any], markdown: str) -> tuple[Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out / "report.json", out / "report.md"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    md_path.write_text(markdown, encoding="utf-8")
    return json_path, md_path
