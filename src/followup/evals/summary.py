"""From per-case records to the numbers a report shows, per engine."""

from __future__ import annotations

from typing import Any

from followup.checklist import CHECKLIST
from followup.evals.metrics import percentile, rate, spread
from followup.evals.records import CaseRecord, DraftRecord

Summary = dict[str, Any]


def _drafts(records: list[CaseRecord], complete_only: bool = False) -> list[DraftRecord]:
    return [d for r in records if not (complete_only and not r.complete) for d in r.drafts]


def _all_pass(records: list[CaseRecord], complete_only: bool, first: bool = False) -> float | None:
    """Share of expected drafts that pass every required check; a case that errored counts as failing."""
    flags: list[bool] = []
    for record in records:
        if complete_only and not record.complete:
            continue
        if record.error is not None or not record.drafts:
            flags.append(False)
        flags += [d.first_ok if first else d.ok for d in record.drafts]
    return rate(flags)


def per_check(drafts: list[DraftRecord]) -> dict[str, dict[str, float | None]]:
    return {
        c.id: {
            "first": rate(d.first_checks.get(c.id) for d in drafts),
            "final": rate(d.checks.get(c.id) for d in drafts),
        }
        for c in CHECKLIST
    }


def expectations(records: list[CaseRecord]) -> dict[str, float | None]:
    keys: dict[str, list[bool | None]] = {}
    met_all: list[bool] = []
    for record in records:
        for key, value in record.expectations.items():
            keys.setdefault(key, []).append(value)
        for draft in record.drafts:
            for key, value in draft.expectations.items():
                keys.setdefault(key, []).append(value)
            met_all.append(all(v is not False for v in draft.expectations.values()))
    out = {key: rate(values) for key, values in keys.items()}
    out["each_met"] = rate(v for values in keys.values() for v in values)
    out["all_met"] = rate(met_all)
    # Stricter: a panel member with no draft misses every expectation their draft would have had.
    flags = [v for values in keys.values() for v in values if v is not None]
    missed = sum(record.unmet_for_missing for record in records)
    out["each_met_strict"] = sum(flags) / (len(flags) + missed) if flags or missed else None
    return out


def grounding(drafts: list[DraftRecord]) -> dict[str, float | None]:
    named = sum(d.specifics for d in drafts)
    invented = sum(len(d.invented) for d in drafts)
    return {
        "precision": (named - invented) / named if named else None,
        "invented_rate": rate(bool(d.invented) for d in drafts),
        "specifics": float(named),
        "invented": float(invented),
    }


def per_draft_usage(records: list[CaseRecord]) -> dict[str, dict[str, float | None]]:
    rows = [(r.calls / len(r.drafts), (r.input_tokens + r.output_tokens) / len(r.drafts), r.seconds / len(r.drafts))
            for r in records if r.drafts and r.error is None]  # fmt: skip
    out = {}
    for index, name in enumerate(("calls", "tokens", "seconds")):
        values = [row[index] for row in rows]
        out[name] = {"median": percentile(values, 50), "p95": percentile(values, 95)}
    return out


def summarize(records: list[CaseRecord]) -> Summary:
    drafts = _drafts(records)
    checks = [ok for d in drafts for ok in d.checks.values()]
    words = [float(d.words) for d in drafts]
    flesch = [d.flesch for d in drafts if d.flesch is not None]
    similarities = [s for r in records for s in r.similarities]
    ok_cases = [r for r in records if r.error is None]
    return {
        "cases": len({r.case for r in records}),
        "runs": len(records),
        "drafts": len(drafts),
        "errors": sum(r.error is not None for r in records),
        "all_pass": _all_pass(records, complete_only=False),
        "all_pass_gated": _all_pass(records, complete_only=True),
        "all_pass_first": _all_pass(records, complete_only=False, first=True),
        "all_pass_gated_first": _all_pass(records, complete_only=True, first=True),
        "requirement_following": rate(checks),
        "per_check": per_check(drafts),
        "expectations": expectations(records),
        "grounding": grounding(drafts),
        "words": {**spread(words), "in_range": rate(d.in_range for d in drafts)},
        "flesch": {"median": percentile(flesch, 50), "p10": percentile(flesch, 10)},
        "cliches": {
            "hits": sum(len(d.cliches) for d in drafts),
            "drafts_with_any": rate(bool(d.cliches) for d in drafts),
        },
        "repair_rounds": {
            "mean": rate_mean([float(r.repair_rounds) for r in ok_cases]),
            "max": max((r.repair_rounds for r in ok_cases), default=0),
            "cases_repaired": rate(r.repair_rounds > 0 for r in ok_cases),
        },
        "per_draft": per_draft_usage(records),
        "panel_similarity": {"median": percentile(similarities, 50), "max": max(similarities, default=None)},
        "cache_hits": sum(r.cache_hits for r in records),
    }


def rate_mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
