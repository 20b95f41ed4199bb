"""1,000 saved interviews: the Interviews view's data load and `followup due` (target: under 200 ms).

`followup due` runs from cron, so the number a person lives with is the whole
process (Python start, imports, query, output): on a current SQLite file it
reads read-only with the standard library. The SQLAlchemy path (another
database URL, a schema to migrate, `--draft`) is measured too, for comparison.

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

from followup.cli import build_parser
from followup.cli import main as cli_main
from followup.commands import due
from followup.service import DraftOptions, draft_offline
from followup.store import repo
from followup.store.db import close_all, open_store
from followup.store.location import sqlite_file
from followup.store.migrations import HEAD
from followup.store.readonly import list_summaries
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


def due_in_process_sqlalchemy() -> float:
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        due.run(build_parser(["due"]).parse_args(["due"]), quick=False)
    return time.perf_counter() - started


def due_subprocess(url: str, *args: str) -> float:
    env = {**os.environ, "FOLLOWUP_DATABASE_URL": url}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "followup.cli", "due", *args], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def due_subprocess_sqlalchemy(url: str) -> float:
    """The same command forced down the SQLAlchemy path (as for PostgreSQL or `--draft`)."""
    code = "import sys; from followup.cli import build_parser; from followup.commands import due\n"
    code += "sys.exit(due.run(build_parser(['due']).parse_args(['due']), quick=False))"
    env = {**os.environ, "FOLLOWUP_DATABASE_URL": url}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def python_start() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
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
            ("`followup due`, in process, via SQLAlchemy (warm)", [due_in_process_sqlalchemy() for _ in range(15)]),
            ("`followup due`, in process (read-only SQLite)", [due_in_process() for _ in range(15)]),
        ]
        close_all()
        path = sqlite_file(url)
        assert path is not None and list_summaries(url) is not None, f"{path} is not at {HEAD}: no quick path"
        rows.append(("`followup due`, whole process (read-only SQLite)", [due_subprocess(url) for _ in range(15)]))
        rows.append(
            ("`followup due --json`, whole process (read-only)", [due_subprocess(url, "--json") for _ in range(15)])
        )
        rows.append(
            ("`followup due`, whole process via SQLAlchemy", [due_subprocess_sqlalchemy(url) for _ in range(5)])
        )
        rows.append(("(bare `python -c pass`, for reference)", [python_start() for _ in range(15)]))
        print(f"{'measure':<52} {'median':>9} {'max':>9}  target")
        for name, times in rows:
            ok = "" if name.startswith("(") else "ok" if statistics.median(times) < TARGET else "OVER"
            print(f"{name:<52} {statistics.median(times) * 1000:>7.1f}ms {max(times) * 1000:>7.1f}ms  {ok}")
        close_all()


if __name__ == "__main__":
    main()
