"""Offline eval timings over the whole dataset (issue 5: under 10 s on this machine).

Measures three things: drafting + scoring every case in process, the validator
score on the labelled drafts, and `followup eval --engine offline` as a whole
process (start-up, validator, run, report files).
Run: .venv/bin/python benchmarks/bench_evals.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from followup.evals.dataset import load_cases, load_labels
from followup.evals.runner import run_offline
from followup.evals.summary import summarize
from followup.evals.validator_quality import score_validator

TARGET_SECONDS = 10.0


def timed(runs: int, work: object) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    cases, labels = load_cases(), load_labels()
    drafts = sum(len(r.drafts) for r in run_offline(cases))
    run = timed(5, lambda: summarize(run_offline(cases)))
    validator = timed(5, lambda: score_validator(labels, cases))
    exe = Path(sys.executable).with_name("followup")
    with tempfile.TemporaryDirectory() as out:
        command = [str(exe), "eval", "--engine", "offline", "--out", out]
        process = timed(3, lambda: subprocess.run(command, capture_output=True, check=False))
    print(f"dataset: {len(cases)} cases, {drafts} drafts; {len(labels)} labelled drafts")
    print(f"offline run + scoring, in process: median {statistics.median(run):.2f}s, max {max(run):.2f}s")
    print(f"validator score, in process:       median {statistics.median(validator):.2f}s")
    print(
        f"`followup eval --engine offline`:  median {statistics.median(process):.2f}s (target < {TARGET_SECONDS:.0f}s)"
    )
    return 0 if statistics.median(process) < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
