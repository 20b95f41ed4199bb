"""The eval datasets: sample notes with expectations, and drafts labelled check by check."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from followup.models import Candidate

EVALS_DIR = Path(__file__).resolve().parents[3] / "evals"
NOTES_PATH = EVALS_DIR / "datasets" / "notes.jsonl"
LABELS_PATH = EVALS_DIR / "datasets" / "validator_labels.jsonl"
REPORTS_DIR = EVALS_DIR / "reports"
THRESHOLDS_PATH = EVALS_DIR / "thresholds.toml"
CACHE_DIR = EVALS_DIR / ".cache"
# Cases missing a fact the checklist needs: their drafts cannot pass every check by design.
INCOMPLETE_TAGS = frozenset({"no-phone", "non-english"})


def fixed_now() -> datetime:
    """2026-11-26 09:00 local time: every run dates "today" the same, so results reproduce."""
    return datetime(2026, 11, 26, 9, 0).astimezone()


class _Loose(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ExpectedDraft(_Loose):
    to: str
    greet: str
    topics_any: list[str] = Field(default_factory=list)
    must_not: list[str] = Field(default_factory=list)


class Expect(_Loose):
    company: str | None = None
    role_contains: str | None = None
    drafts: list[ExpectedDraft] = Field(default_factory=list)
    next_step_any: list[str] = Field(default_factory=list)
    phone: str | None = None
    email: str | None = None
    candidate: str | None = None
    forbidden: list[str] = Field(default_factory=list)


class Case(_Loose):
    id: str
    style: str = ""
    tags: list[str] = Field(default_factory=list)
    notes: str
    profile: Candidate = Field(default_factory=Candidate)
    expect: Expect = Field(default_factory=Expect)

    @property
    def complete(self) -> bool:
        """True when the notes hold every fact a fully passing draft needs."""
        return not INCOMPLETE_TAGS.intersection(self.tags)


class LabelledDraft(_Loose):
    id: str
    case: str
    to: str
    subject: str
    body: str
    labels: dict[str, bool]
    defect: str = ""
    set: str | None = None


def _rows(path: Path) -> list[dict[str, object]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
    return rows


def load_cases(*paths: Path) -> list[Case]:
    """Cases from one or more JSONL files (default: evals/datasets/notes.jsonl); ids must be unique."""
    cases = [Case.model_validate(row) for path in (paths or (NOTES_PATH,)) for row in _rows(path)]
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise ValueError(f"duplicate case id {case.id!r}")
        seen.add(case.id)
    return cases


def load_labels(path: Path = LABELS_PATH) -> list[LabelledDraft]:
    return [LabelledDraft.model_validate(row) for row in _rows(path)]
