"""The held-out note sets stay fixed: each was measured blind once, then kept as a regression set."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.evals.dataset import load_cases
from followup.evals.runner import run_offline
from followup.evals.summary import summarize

ROOT = Path(__file__).resolve().parents[1]
HELD_OUT = sorted((ROOT / "evals" / "datasets").glob("holdout*.jsonl"))


def test_every_held_out_set_is_here() -> None:
    assert len(HELD_OUT) >= 21


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.stem)
def test_a_held_out_set_keeps_its_expectations_and_invents_nothing(path: Path) -> None:
    summary = summarize(run_offline(load_cases(path)))
    assert summary["errors"] == 0
    assert summary["grounding"]["invented"] == 0  # nothing the notes lack, ever
    # Measured at 0.94-0.99 after the fixes each set prompted; a rule that breaks old notes fails here.
    assert summary["expectations"]["each_met"] >= 0.94, summary["expectations"]
