"""Offline engine timings: in-process per note, and `followup draft --json` as a whole process.

Targets (issue 2): a 2 KB note extracted, composed and validated in a median
of at most 5 ms in process; the CLI process in a median of at most 0.5 s.
Run: .venv/bin/python benchmarks/bench_offline.py

The whole-process numbers are a person's second and later runs: Python's bytecode and the
engine's compiled patterns (followup.regex_cache) are kept after the first. Where
PYTHONDONTWRITEBYTECODE is set neither is kept; the last line of the output says which.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from followup import regex_cache
from followup.service import DraftOptions, draft_offline

# A real-sized panel note: every line different, so no cache keyed on a line can flatter the numbers.
TWO_KB_NOTE = """onsite @ Lumen Robotics, controls eng role, Thurs 11/19 1pm-4:30pm
people: Ines Ferreira (controls lead), Tom Becker (hiring mgr), Aisha Khan (PM)

Ines:
- their arm controller jitters at high payloads, they tune gains by hand for every new gripper
- asked how I'd structure a gain-scheduling approach, whiteboarded an LQR per payload band
- she's frustrated w/ the sim-to-real gap, their Gazebo model ignores cable drag
- wants someone who can write the C++ real-time loop, not just the MATLAB prototype
- mentioned they run a 1 kHz loop on an RT-patched Linux box, occasional overruns
Tom:
- team is growing from 4 to 9 by summer, wants someone to own the test rig end to end
- rig is a UR10 clone w/ a force-torque sensor, lots of manual resets between runs
- asked abt my experience running hardware-in-the-loop tests, told him about our nightly HIL suite
- he cares about on-call: one week in six, mostly firmware rollbacks
- budget for a second rig approved for Q1, I'd help spec it
Aisha:
- roadmap has a warehouse picking pilot in Q2 with a grocery customer in Ohio
- asked how I'd explain controller limits to customers, we talked about payload envelopes
- she wants fewer surprises at demos, a checklist before each customer visit
- they track pick success rate per SKU, currently 91% and the target is 97%
- she asked which metrics I'd put on a dashboard for the pilot, said cycle time + drop rate
- product reviews happen every other Thursday, engineers present their own demos

my side:
- I talked about my MPC work at Boston Dynamics, cut settling time by 30% on the leg actuators
- 5 yrs C++ and ROS 2, some Rust for the logging daemon
- built a Python tool that replays bag files against new controller builds
- mentored two interns on system identification last summer
- comfortable w/ Simulink, Kalman filters, and reading a Bode plot in an interview

logistics: they'd like an answer on the take-home by Monday, it's a 3 hour controls exercise
next: Tom will send an offer decision next week after the debrief on Tuesday
me: Priya Nair priya.nair@gmail.com 617-555-0190
"""


def two_kb_note() -> str:
    return TWO_KB_NOTE


def text_caches() -> list[Any]:
    """Every memo keyed on text (bounded lru caches); the unbounded ones only hold loaded data files."""
    found = []
    for name, module in list(sys.modules.items()):
        if name == "followup" or name.startswith("followup."):
            for value in vars(module).values():
                info = getattr(value, "cache_info", None)
                if info is not None and info().maxsize is not None and value not in found:
                    found.append(value)
    return found


def in_process(note: str, runs: int = 200) -> list[float]:
    options = DraftOptions(now=datetime(2026, 11, 26, 9).astimezone())
    draft_offline(note, options)  # load the phrase bank, prompts and rules once, as a running page has
    caches = text_caches()
    times = []
    for run in range(runs):
        # Cold every run: a different note, and every memo of lines, words and fragments emptied.
        varied = note.replace("9", str(run % 7 + 2)) + " " * run
        for memo in caches:
            memo.cache_clear()
        start = time.perf_counter()
        draft_offline(varied, options)
        times.append((time.perf_counter() - start) * 1000)
    return times


def whole_process(note: str, *options: str, runs: int = 15) -> list[float]:
    """`followup draft --json` as a person runs it; no key or endpoint set, so `auto` means offline."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(note)
    exe = Path(sys.executable).with_name("followup")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(exe), "draft", handle.name, "--json", *options], capture_output=True, check=True, env=env)
        times.append(time.perf_counter() - start)
    return times


def pattern_cache_state() -> str:
    path = regex_cache.default_path()
    if path is None:
        return "not kept: Python was told to write no bytecode (PYTHONDONTWRITEBYTECODE), so every run compiles"
    return f"kept in {path}" if path.exists() else f"not yet written to {path}"


def every_dataset_note() -> tuple[list[float], list[int]]:
    """Each sample and held-out note once, in one running process: memos warm from earlier notes only."""
    options = DraftOptions(now=datetime(2026, 11, 26, 9).astimezone())
    notes = []
    for path in sorted((Path(__file__).resolve().parents[1] / "evals" / "datasets").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if isinstance(case.get("notes"), str):
                notes.append(case["notes"])
    times = []
    for note in notes:
        start = time.perf_counter()
        draft_offline(note, options)
        times.append((time.perf_counter() - start) * 1000)
    return times, [len(n) for n in notes]


def main() -> None:
    note = two_kb_note()
    inside = in_process(note)
    everyday, sizes = every_dataset_note()
    outside = whole_process(note)
    offline = whole_process(note, "--engine", "offline")
    print(f"note size: {len(note)} characters, 3-person panel")
    print(f"{'measure':56} {'median':>10} {'p95':>10} {'target':>10}")
    rows = [
        ("extract+compose+validate, in process, cold", inside, "ms", "<= 5 ms"),
        (f"each of {len(sizes)} dataset notes (median {statistics.median(sizes):.0f} chars)", everyday, "ms", ""),
        ("followup draft --json, whole process", outside, "s", "<= 0.5 s"),
        ("followup draft --json --engine offline, whole process", offline, "s", ""),
    ]
    for name, values, unit, target in rows:
        p95 = sorted(values)[int(len(values) * 0.95)]
        digits = 2 if unit == "ms" else 3
        median = f"{statistics.median(values):.{digits}f}{unit}"
        print(f"{name:56} {median:>10} {f'{p95:.{digits}f}{unit}':>10} {target:>10}")
    print(f"compiled patterns: {pattern_cache_state()}")


if __name__ == "__main__":
    main()
