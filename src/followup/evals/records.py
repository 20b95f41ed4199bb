"""What one run of one case leaves behind: plain data, saved in report.json."""

from __future__ import annotations

from pydantic import BaseModel, Field

Flags = dict[str, bool | None]


class DraftRecord(BaseModel):
    to: str
    subject: str
    body: str
    ok: bool
    first_ok: bool
    checks: dict[str, bool]
    first_checks: dict[str, bool]
    failures: dict[str, str] = Field(default_factory=dict, description="check id -> the validator's fix message")
    words: int
    in_range: bool
    flesch: float | None
    cliches: list[str] = Field(default_factory=list)
    specifics: int = 0
    invented: list[str] = Field(default_factory=list)
    expectations: Flags = Field(default_factory=dict)


class CaseRecord(BaseModel):
    case: str
    engine: str
    repeat: int = 0
    tags: list[str] = Field(default_factory=list)
    complete: bool = True
    notes: str = ""
    error: str | None = None
    model: str | None = None
    seconds: float = 0.0
    calls: int = 0
    repair_rounds: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    drafts: list[DraftRecord] = Field(default_factory=list)
    expectations: Flags = Field(default_factory=dict)
    # Expectations of the expected recipients who got no draft at all: each counts as missed.
    unmet_for_missing: int = 0
    missing: list[str] = Field(default_factory=list)
    notices: list[str] = Field(default_factory=list)
    similarities: list[float] = Field(default_factory=list)
    cache_hits: int = 0
