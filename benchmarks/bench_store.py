"""1,000 saved interviews: the Interviews view's data load and `followup due` (target: under 200 ms).

Run: /tmp/venv/bin/python benchmarks/bench_store.py [interviews]
"""

from __future__ import annotations

import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from followup.cli import main as cli_main
from followup.service import DraftOptions, draft_offline
from followup.store import repo
from followup.store.db import close_all, open_store
from followup.tracker import due_state
from notes_cases import CASES

TARGET = 0.200


def fill(url: str, count: int) -> None:
    store = open_store(url)
    results = [(c.notes, draft_offline(c.notes, DraftOptions())) for c in CASES[:10]]
    for i in range(count):
        notes, result = results[i % len(results)]
        interview_id = repo.save_interview(store, result, notes)
        if i % 3 == 0:
            repo.mark_sent(store, interview_id)


def view_load(url: str) -> float:
    """What ui/interviews.py does before drawing: list every interview and work out each badge."""
    started = time.perf_counter()
    now = datetime.now().astimezone() + timedelta(days=9)
    rows = repo.list_interviews(open_store(url))
    rows.sort(key=lambda s: not due_state(s, now).now)
    badges = [due_state(s, now).badge for s in rows]
    assert len(badges) == len(rows)
    return time.perf_counter() - started


def due_in_process() -> float:
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        cli_main(["due"])
    return time.perf_counter() - started


def due_subprocess(url: str) -> float:
    env = {**os.environ, "FOLLOWUP_DATABASE_URL": url}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "followup.cli", "due"], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        os.environ["FOLLOWUP_DATABASE_URL"] = url
        started = time.perf_counter()
        fill(url, count)
        print(f"saved {count} interviews in {time.perf_counter() - started:.1f} s (one transaction each)\n")
        rows = [
            ("Interviews view data load (warm engine)", [view_load(url) for _ in range(15)]),
            ("`followup due`, in process (warm)", [due_in_process() for _ in range(15)]),
        ]
        close_all()
        rows.append(("`followup due`, in process (cold engine)", [_cold(due_in_process) for _ in range(5)]))
        rows.append(("`followup due`, whole process incl. Python start", [due_subprocess(url) for _ in range(5)]))
        print(f"{'measure':<52} {'median':>9} {'max':>9}  target")
        for name, times in rows:
            ok = "ok" if statistics.median(times) < TARGET else "OVER"
            print(f"{name:<52} {statistics.median(times) * 1000:>7.1f}ms {max(times) * 1000:>7.1f}ms  {ok}")
        close_all()


def _cold(measure: object) -> float:
    close_all()
    assert callable(measure)
    return float(measure())


if __name__ == "__main__":
    main()
