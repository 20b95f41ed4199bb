"""How the LLM engine spends its time, against the local stub at a fixed 300 ms per call.

    /tmp/venv/bin/python benchmarks/bench_llm.py [--in-process]

Reports model calls per accepted draft on a mixed set of cases, orchestration
overhead (wall time beyond the model's own time on the critical path), and a
3-person panel against a single draft. No network beyond 127.0.0.1.

The stub runs in its own process, as a real model server does: in this process
its request handling would hold our GIL at exactly the moments we wait on it and
be counted as our overhead (`--in-process` shows that for comparison). Each case
runs 5 times; the table shows the median.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from followup.llm import run_llm
from followup.service import DraftOptions
from followup.settings import Settings
from llm_stub import Reply, StubServer

LATENCY = 0.3
NOW = datetime(2025, 6, 3, 17, 0, tzinfo=UTC)
ME = "Jordan Lee"
EMAIL = "jordan.lee@example.com"
PHONE = "(555) 201-7788"

SINGLE = f"""\
Interview at Acme Robotics for the Senior Data Engineer role, Tue 3 June 2025, 2pm.
Interviewer: Priya Raman, Engineering Manager.
Priya talked about migrating the warehouse telemetry pipeline to Kafka.
I described my five years building Spark ETL jobs at Globex.
Next step: Priya will send a take-home exercise by Friday.
Me: {ME}, {EMAIL}, {PHONE}
"""

PANEL = f"""\
Panel interview at Acme Robotics for the Senior Data Engineer role, Tue 3 June 2025, 2pm.
Priya Raman (Engineering Manager) talked about migrating the telemetry pipeline to Kafka.
Tomás Ortega (Staff Engineer) asked about backfilling five years of sensor data.
Dr. Wei Chen (Director of Data) described the plan to cut cloud storage costs.
I described my five years building Spark ETL jobs at Globex.
Next step: the recruiter will call about an onsite.
Me: {ME}, {EMAIL}, {PHONE}
"""

TOPICS = {
    "Priya Raman": ("Hi Priya,", "migrating the telemetry pipeline to Kafka"),
    "Tomás Ortega": ("Hi Tomás,", "backfilling five years of sensor data"),
    "Dr. Wei Chen": ("Dear Dr. Chen,", "the plan to cut cloud storage costs"),
}
SINGLE_TOPIC = {"Priya Raman": ("Hi Priya,", "migrating the warehouse telemetry pipeline to Kafka")}
NEXT = {
    SINGLE: "I look forward to the take-home exercise you mentioned sending by Friday.",
    PANEL: "I look forward to the recruiter's call about an onsite.",
}


MIDDLE = {
    "Priya Raman": (
        "It reminded me how much of my five years building Spark ETL jobs at Globex comes down "
        "to keeping data moving reliably while the system underneath it changes."
    ),
    "Tomás Ortega": (
        "Backfills were a large part of my five years building Spark ETL jobs at Globex, where "
        "replaying history without disturbing live consumers was a constant puzzle I enjoyed."
    ),
    "Dr. Wei Chen": (
        "Cost was a recurring theme during my five years building Spark ETL jobs at Globex, and "
        "I would welcome the chance to bring that habit of measuring before cutting to your team."
    ),
}


def good_draft(name: str, notes: str, phone: bool = True, invent: bool = False) -> str:
    greeting, topic = (SINGLE_TOPIC if notes == SINGLE else TOPICS)[name]
    if invent:
        topic = "Project Falcon, the drone fleet tracker"
    contact = f"{ME}\n{PHONE}\n{EMAIL}" if phone else f"{ME}\n{EMAIL}"
    return (
        "Subject: Thank you for the conversation\n\n"
        f"{greeting}\n\n"
        f"Thank you for your time today. I enjoyed hearing about {topic}, and I am excited about "
        "the chance to contribute to that work as a Senior Data Engineer at Acme Robotics.\n\n"
        f"{MIDDLE[name]}\n\n"
        f"{NEXT[notes]} I am glad to answer any questions before then.\n\n"
        f"Best regards,\n{contact}\n"
    )


def facts_for(notes: str) -> dict[str, Any]:
    people = SINGLE_TOPIC if notes == SINGLE else TOPICS
    return {
        "candidate": {"name": ME, "email": EMAIL, "phone": PHONE},
        "company": {"value": "Acme Robotics", "source": "Acme Robotics"},
        "role": {"value": "Senior Data Engineer", "source": "Senior Data Engineer role"},
        "interview_time": None,
        "interview_time_source": "",
        "interviewers": [
            {
                "name": name,
                "title": None,
                "email": None,
                "source": name,
                "skills": [],
                "topics": [{"value": topic, "source": topic}],
            }
            for name, (_, topic) in people.items()
        ],
        "topics": [],
        "skills": [
            {
                "value": "five years building Spark ETL jobs at Globex",
                "source": "five years building Spark ETL jobs at Globex",
            }
        ],
        "next_steps": [{"value": NEXT[notes], "source": ""}],
        "ignored": [],
    }


@dataclass(frozen=True)
class Case:
    label: str
    notes: str
    flaw: str | None = None  # "phone" or "invent": the first draft has it, the repair fixes it


def responder(case: Case) -> Callable[[dict[str, Any]], Reply]:
    def answer(body: dict[str, Any]) -> Reply:
        if "response_format" in body:
            return Reply(content=json.dumps(facts_for(case.notes)))
        human = next(m["content"] for m in body["messages"] if m["role"] == "user")
        name = next(
            n for n in (SINGLE_TOPIC | TOPICS) if f"to {n} after" in human or f"from {ME} to {n} failed" in human
        )
        repairing = "failed some checks" in human
        return Reply(
            content=good_draft(
                name,
                case.notes,
                phone=repairing or case.flaw != "phone",
                invent=not repairing and case.flaw == "invent",
            )
        )

    return answer


MIXED = [
    Case("single, good first time", SINGLE),
    Case("single, missing phone", SINGLE, "phone"),
    Case("single, invented project", SINGLE, "invent"),
    Case("panel of 3, good first time", PANEL),
    Case("panel of 3, missing phone", PANEL, "phone"),
]


@dataclass
class Row:
    label: str
    drafts: int
    accepted: int
    calls: int
    rounds: int
    wall: float

    @property
    def model_time(self) -> float:
        # Drafts and repairs run concurrently, so the critical path is one call per stage.
        return (2 + self.rounds) * LATENCY


def answer_any_case(body: dict[str, Any]) -> Reply:
    """The stub's answer when it serves every case: the model name says which (`bench:<index>`)."""
    return responder(MIXED[int(str(body["model"]).split(":")[1])])(body)


def serve(latency: float) -> None:
    """`--serve`: the stub on its own, printing its base URL, until stdin closes."""
    stub = StubServer(latency=latency)
    stub.responder = answer_any_case
    stub.start()
    print(stub.base_url, flush=True)
    sys.stdin.read()
    stub.stop()


def run_case(case: Case, settings: Settings) -> Row:
    started = time.perf_counter()
    result = run_llm(case.notes, DraftOptions(now=NOW), settings)
    wall = time.perf_counter() - started
    assert result.usage is not None
    return Row(
        case.label,
        len(result.drafts),
        sum(d.ok for d in result.drafts),
        result.usage.calls,
        result.usage.repair_rounds,
        wall,
    )


def start_stub(in_process: bool) -> tuple[str, Callable[[], None]]:
    if in_process:
        stub = StubServer(latency=LATENCY)
        stub.responder = answer_any_case
        stub.start()
        return stub.base_url, stub.stop
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(LATENCY)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert server.stdout is not None and server.stdin is not None
    url = server.stdout.readline().strip()

    def stop() -> None:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)

    return url, stop


def main(repeats: int = 5, in_process: bool = False) -> None:
    url, stop = start_stub(in_process)
    os.environ.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-bench")

    def settings(index: int) -> Settings:
        return Settings(_env_file=None, model=f"bench:{index}", timeout=30)

    try:
        run_case(MIXED[0], settings(0))  # warm-up: imports, client, prompt loading
        rows = []
        for index, case in enumerate(MIXED):
            runs = sorted((run_case(case, settings(index)) for _ in range(repeats)), key=lambda r: r.wall)
            rows.append(runs[len(runs) // 2])
    finally:
        stop()
    report(rows, repeats, in_process)


def report(rows: list[Row], repeats: int, in_process: bool) -> None:
    where = "in this process" if in_process else "in its own process"
    print(f"LLM engine against the stub ({where}), {LATENCY * 1000:.0f} ms per call, median of {repeats} runs\n")
    head = f"{'case':30} {'drafts':>6} {'ok':>3} {'calls':>5} {'repairs':>7} {'wall s':>7} "
    print(head + f"{'model s':>7} {'overhead':>8}")
    for r in rows:
        over = (r.wall - r.model_time) / r.model_time
        print(
            f"{r.label:30} {r.drafts:>6} {r.accepted:>3} {r.calls:>5} {r.rounds:>7} "
            f"{r.wall:>7.3f} {r.model_time:>7.3f} {over:>8.1%}"
        )
    accepted = sum(r.accepted for r in rows)
    calls = sum(r.calls for r in rows)
    overhead = sum(r.wall - r.model_time for r in rows) / sum(r.model_time for r in rows)
    single, panel = rows[0].wall, rows[3].wall
    print()
    print(f"model calls per accepted draft: {calls}/{accepted} = {calls / accepted:.2f}   (target <= 2.2)")
    print(f"orchestration overhead:         {overhead:.1%} of model time   (target <= 5%)")
    print(
        f"3-person panel vs one draft:    {panel:.3f} s vs {single:.3f} s = "
        f"{panel / single:.2f}x   (target ~1x, not 3x)"
    )
    print(f"median wall per case:           {statistics.median(r.wall for r in rows):.3f} s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(float(sys.argv[2]))
    else:
        main(in_process="--in-process" in sys.argv)
