"""Offline engine timings: in-process per note, and `followup draft --json` as a whole process.

Targets (issue 2): a 2 KB note extracted, composed and validated in a median
of at most 5 ms in process; the CLI process in a median of at most 0.5 s.
Run: .venv/bin/python benchmarks/bench_offline.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from followup.service import DraftOptions, draft_offline
from notes_cases import CASES


def two_kb_note() -> str:
    base = next(c for c in CASES if c.id == "panel-three").notes
    filler = "\n- they also covered on-call rotation, code review habits and how the team plans sprints"
    note = base
    while len(note) < 2048:
        note += filler
    return note[:2100]


def in_process(note: str, runs: int = 200) -> list[float]:
    options = DraftOptions(now=datetime(2026, 11, 26, 9).astimezone())
    draft_offline(note, options)  # warm caches: phrase bank, prompts
    times = []
    for run in range(runs):
        # A different note each run, so no cache keyed on the notes can help.
        varied = note.replace("9", str(run % 7 + 2)) + "\n" * (run % 5) + " " * run
        start = time.perf_counter()
        draft_offline(varied, options)
        times.append((time.perf_counter() - start) * 1000)
    return times


def whole_process(note: str, runs: int = 15) -> list[float]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(note)
    exe = Path(sys.executable).with_name("followup")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [str(exe), "draft", handle.name, "--json", "--engine", "offline"],
            capture_output=True,
            check=False,
        )
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    note = two_kb_note()
    inside = in_process(note)
    outside = whole_process(note)
    print(f"note size: {len(note)} characters, 3-person panel")
    print(f"{'measure':44} {'median':>10} {'p95':>10} {'target':>10}")
    p95 = sorted(inside)[int(len(inside) * 0.95)]
    print(
        f"{'extract+compose+validate, in process':44} {statistics.median(inside):>8.2f}ms {p95:>8.2f}ms {'<= 5 ms':>10}"
    )
    p95o = sorted(outside)[int(len(outside) * 0.95)]
    print(
        f"{'followup draft --json, whole process':44} {statistics.median(outside):>9.3f}s {p95o:>9.3f}s {'<= 0.5 s':>10}"
    )


if __name__ == "__main__":
    main()
