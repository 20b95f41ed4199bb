"""`followup eval`: score the engines on sample notes and the validator on labelled drafts.

Thin on purpose: the work is in `followup.evals`. Exit 0 when done (and, with
--gate, every threshold met); 1 when --gate finds a breach; 2 for bad usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from followup.evals.dataset import CACHE_DIR, LABELS_PATH, REPORTS_DIR, THRESHOLDS_PATH, Case, load_cases, load_labels
from followup.evals.records import CaseRecord
from followup.evals.report import build_report, headline_table, render_markdown, text, validator_table, write_report
from followup.evals.runner import Progress, run_llm_cases, run_offline
from followup.evals.summary import Summary, summarize
from followup.evals.validator_quality import ValidatorScore, score_validator
from followup.inputs import NotesError

EXIT_OK, EXIT_GATE = 0, 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ev = commands.add_parser("eval", help="score the engines and the validator on the eval datasets")
    ev.add_argument("datasets", nargs="*", type=Path, help="JSONL case files (default: evals/datasets/notes.jsonl)")
    ev.add_argument("--engine", choices=["offline", "llm", "both"], default="offline")
    ev.add_argument("--concurrency", type=int, default=4, help="LLM cases drafted at once (default 4)")
    ev.add_argument("--repeat", type=int, default=1, help="runs per case (default 1)")
    ev.add_argument("--out", type=Path, help="folder for report.json and report.md (default evals/reports/latest)")
    ev.add_argument("--model", help="model name for the LLM engine")
    ev.add_argument("--labels", type=Path, default=LABELS_PATH, help="labelled drafts for the validator score")
    ev.add_argument("--validator", action="store_true", help="only print validator quality and offline headline")
    ev.add_argument("--gate", action="store_true", help="exit 1 when a threshold in evals/thresholds.toml is missed")
    ev.add_argument("--thresholds", type=Path, default=THRESHOLDS_PATH)
    ev.add_argument("--no-cache", action="store_true", help="do not read or write evals/.cache")


def _load(args: argparse.Namespace) -> tuple[list[Case], ValidatorScore | None]:
    if args.repeat < 1 or args.concurrency < 1:
        raise NotesError("--repeat and --concurrency must be at least 1.")
    try:
        cases = load_cases(*args.datasets)
        validator = score_validator(load_labels(args.labels), load_cases()) if args.labels.exists() else None
    except (OSError, ValueError) as error:
        raise NotesError(f"cannot read the eval data: {error}") from None
    return cases, validator


def _run(args: argparse.Namespace, cases: list[Case]) -> dict[str, list[CaseRecord]]:
    runs: dict[str, list[CaseRecord]] = {}
    engines = ["offline", "llm"] if args.engine == "both" else [args.engine]
    for engine in engines:
        progress = Progress(len(cases) * args.repeat, engine)
        if engine == "offline":
            runs[engine] = run_offline(cases, args.repeat, progress)
            continue
        from followup.settings import Settings

        settings = Settings(model=args.model) if args.model else Settings()
        cache = None if args.no_cache else CACHE_DIR
        runs[engine] = run_llm_cases(cases, settings, args.repeat, args.concurrency, cache, progress)
    return runs


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    cases, validator = _load(args)
    if args.validator:
        args.engine, args.repeat = "offline", 1
    runs = _run(args, cases)
    summaries: dict[str, Summary] = {engine: summarize(records) for engine, records in runs.items()}
    print(headline_table(summaries))
    if validator is not None:
        print("\n" + validator_table(validator))
    if not args.validator or args.out:
        _save(args, runs, summaries, validator, time.monotonic() - started)
    if args.gate:
        from followup.evals.gate import breaches, load_thresholds

        problems = breaches(summaries, validator, load_thresholds(args.thresholds))
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            return EXIT_GATE
        print(text("gate_ok", path=args.thresholds))
    return EXIT_OK


def _save(
    args: argparse.Namespace,
    runs: dict[str, list[CaseRecord]],
    summaries: dict[str, Summary],
    validator: ValidatorScore | None,
    seconds: float,
) -> None:
    records = [r for records in runs.values() for r in records]
    meta: dict[str, Any] = {
        "datasets": [str(p) for p in args.datasets] or ["evals/datasets/notes.jsonl"],
        "engines": list(runs),
        "repeat": args.repeat,
        "now": "2026-11-26 09:00 local",
        "models": sorted({r.model for r in records if r.model}),
        "seconds": round(seconds, 2),
    }
    report = build_report(records, summaries, validator, meta)
    out = args.out or REPORTS_DIR / "latest"
    json_path, md_path = write_report(out, report, render_markdown(report, summaries, validator))
    print(text("wrote", json=json_path, md=md_path), file=sys.stderr)
