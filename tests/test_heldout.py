"""The held-out note sets stay fixed: each was measured blind once, then kept as a regression set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from followup.evals.dataset import load_cases
from followup.evals.runner import run_offline
from followup.evals.summary import summarize

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = sorted((ROOT / "evals" / "datasets").glob("holdout*.jsonl"))


def test_every_held_out_set_is_here() -> None:
    assert len(HELD_OUT) >= 81


# Sets measured blind far below the rest (each_met before any fix: 0.82-0.86 for holdout28-31; holdout32-36 at 0.862,
# 0.871, 0.878, 0.904, 0.857; holdout37-42 at 0.857, 0.805, 0.872, 0.863, 0.913, 0.853; holdout43-48 at 0.819,
# 0.880, 0.823, 0.798, 0.897, 0.891; holdout49-55 at 0.888, 0.904, 0.862, 0.905, 0.859, 0.924, 0.883; holdout56-59
# at 0.894, 0.874, 0.917, 0.735; holdout60-63 at 0.894, 0.870, 0.891, 0.918; holdout64-67 at 0.877, 0.865, 0.881,
# 0.899; holdout68-69 at 0.861, 0.856; holdout70-71 at 0.890, 0.886; holdout72-73 at 0.892, 0.871; holdout74-75
# at 0.867, 0.801; holdout76-77 at 0.897, 0.882; holdout78-79 at 0.869, 0.932; holdout80-81 at 0.868, 0.899):
# each stays at least where the general fixes they prompted brought it; raise a floor as the engine improves.
FLOORS = {
    "holdout28": 0.92,
    "holdout29": 0.89,
    "holdout30": 0.90,
    "holdout31": 0.89,
    "holdout32": 0.91,
    "holdout33": 0.91,
    "holdout34": 0.93,
    "holdout35": 0.96,
    "holdout36": 0.90,
    "holdout37": 0.93,
    "holdout38": 0.88,
    "holdout39": 0.92,
    "holdout40": 0.89,
    "holdout41": 0.93,
    "holdout42": 0.86,
    "holdout43": 0.88,
    "holdout44": 0.90,
    "holdout45": 0.87,
    "holdout46": 0.84,
    "holdout47": 0.90,
    "holdout48": 0.91,
    "holdout49": 0.92,
    "holdout50": 0.95,
    "holdout51": 0.91,
    "holdout52": 0.94,
    "holdout53": 0.91,
    "holdout54": 0.94,
    "holdout55": 0.90,
    "holdout56": 0.95,
    "holdout57": 0.95,
    "holdout58": 0.93,
    "holdout59": 0.83,
    "holdout60": 0.94,
    "holdout61": 0.91,
    "holdout62": 0.90,
    "holdout63": 0.92,
    "holdout64": 0.88,
    "holdout65": 0.90,
    "holdout66": 0.88,
    "holdout67": 0.91,
    "holdout68": 0.94,
    "holdout69": 0.92,
    "holdout70": 0.94,
    "holdout71": 0.95,
    "holdout72": 0.92,
    "holdout73": 0.94,
    "holdout74": 0.94,
    "holdout75": 0.92,
    "holdout76": 0.95,
    "holdout77": 0.91,
    "holdout78": 0.95,
    "holdout79": 0.96,
    "holdout80": 0.90,
    "holdout81": 0.91,
}


# A next step said where a thing belongs: "I'm looking forward to the debrief is Monday",
# "I look forward to the next step: there'd be a medical", "the hector will call".
STEP_AS_A_THING = re.compile(
    r"(?:look(?:ing)? forward to|next step:) (?:the )?(?:there\b|(?:\w+ ){0,2}(?:will|is|are)\b)|"
    # "the hector will call", "the will decide": a name or nothing where the subject belongs
    # (a word in lower case: "the SGB will submit the recommendation" is fine)
    r"\bthe (?!(?:recruiter|coordinator|manager|director|panel|team|office|owner|partner|debrief|board)\b)(?-i:[a-z]+) will\b|"
    # "I'd bring my experience at Ogilvy I wrote the launch copy … to that work"
    r"\bmy experience (?:at|with) (?-i:[A-Z][\w&'’.-]*)(?: (?-i:[A-Z][\w&'’.-]*))* I (?-i:[a-z]+)\b|"
    # How someone came across: "I enjoyed hearing about Joanne seemed kind of cold honestly"
    r"\bseemed (?:kind of |a bit )?(?:cold|flat|pressed for time)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.stem)
def test_a_held_out_set_keeps_its_expectations_and_invents_nothing(path: Path) -> None:
    records = run_offline(load_cases(path))
    for draft in (d for record in records for d in record.drafts):
        assert not STEP_AS_A_THING.search(draft.body), draft.body
    summary = summarize(records)
    assert summary["errors"] == 0
    assert summary["grounding"]["invented"] == 0  # nothing the notes lack, ever
    # Measured at 0.94-0.99 after the fixes each set prompted; a rule that breaks old notes fails here.
    assert summary["expectations"]["each_met"] >= FLOORS.get(path.stem, 0.94), summary["expectations"]
