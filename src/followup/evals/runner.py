"""Draft every case with an engine, score every draft, and keep going when one case fails.

The offline engine runs in-process; the LLM engine runs cases on a thread pool
(`run_llm` is synchronous and shares one event loop, so threads give concurrent
requests) with each model response cached on disk per repeat.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from followup.evals import metrics
from followup.evals.dataset import CACHE_DIR, Case, fixed_now
from followup.evals.records import CaseRecord, DraftRecord
from followup.models import Draft, FollowupResult
from followup.service import DraftOptions, draft_followups
from followup.text import word_count

if TYPE_CHECKING:
    from followup.settings import Settings

Drafter = Callable[[Case], FollowupResult]


def options_for(case: Case, engine: str) -> DraftOptions:
    profile = case.profile
    return DraftOptions(
        name=profile.name,
        email=profile.email,
        phone=profile.phone,
        engine="llm" if engine == "llm" else "offline",
        now=fixed_now(),
    )


def score_draft(case: Case, result: FollowupResult, draft: Draft, first: Draft | None) -> DraftRecord:
    """One draft's record; `first` is its first-pass version when a repair changed it."""
    first = first or draft
    options = options_for(case, result.engine)
    words = word_count(draft.body)
    specifics, invented = metrics.specifics_in(draft.body, metrics.grounding_source(case, result))
    matched = metrics.match_drafts(case.expect.drafts, [draft])
    want = next((w for w, d in zip(case.expect.drafts, matched, strict=True) if d), None)
    return DraftRecord(
        to=draft.to.name,
        subject=draft.subject,
        body=draft.body,
        ok=draft.ok,
        first_ok=first.ok,
        checks={c.id: c.ok for c in draft.checks},
        first_checks={c.id: c.ok for c in first.checks},
        failures={c.id: c.message for c in draft.checks if not c.ok},
        words=words,
        in_range=options.min_words <= words <= options.max_words,
        flesch=metrics.flesch_reading_ease(draft.body),
        cliches=metrics.cliche_hits(draft.body),
        specifics=specifics,
        invented=invented,
        expectations=metrics.draft_expectations(case, want, draft) if want else {"expected_recipient": False},
    )


def score_result(case: Case, result: FollowupResult, repeat: int, firsts: dict[str, Draft] | None = None) -> CaseRecord:
    usage = result.usage
    firsts = firsts or {}
    return CaseRecord(
        case=case.id,
        engine=result.engine,
        repeat=repeat,
        tags=case.tags,
        complete=case.complete,
        notes=case.notes,
        model=usage.model if usage else None,
        seconds=usage.seconds if usage else 0.0,
        calls=usage.calls if usage else 0,
        repair_rounds=usage.repair_rounds if usage else 0,
        input_tokens=usage.input_tokens if usage else 0,
        output_tokens=usage.output_tokens if usage else 0,
        drafts=[score_draft(case, result, d, firsts.get(d.to.name)) for d in result.drafts],
        expectations=metrics.case_expectations(case, result),
        unmet_for_missing=metrics.unmet_for_missing(case, result),
        missing=[m.field for m in result.missing],
        notices=result.notices,
        similarities=metrics.panel_similarities(result.drafts),
    )


def failed_case(case: Case, engine: str, repeat: int, error: BaseException, seconds: float) -> CaseRecord:
    reason = str(error) or type(error).__name__
    return CaseRecord(
        case=case.id, engine=engine, repeat=repeat, tags=case.tags, complete=case.complete, notes=case.notes,
        error=reason, seconds=seconds,
    )  # fmt: skip


class Progress:
    """A plain-text progress bar on stderr: `[#####-----] 23/46 llm`."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None, width: int = 30) -> None:
        self.total, self.label, self.width, self.done = total, label, width, 0
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.monotonic()

    def step(self, errors: int = 0) -> None:
        self.done += 1
        filled = self.width * self.done // max(1, self.total)
        bar = "#" * filled + "-" * (self.width - filled)
        extra = f", {errors} error(s)" if errors else ""
        elapsed = time.monotonic() - self.started
        last = self.done >= self.total
        if not (last or self.stream.isatty()):  # a log file gets the last line only, not 46 redraws
            return
        end = "\n" if last else ""
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {self.label} {elapsed:.1f}s{extra}{end}")
        self.stream.flush()


def offline_drafter(case: Case) -> FollowupResult:
    return draft_followups(case.notes, options_for(case, "offline"))


def run_offline(cases: list[Case], repeat: int = 1, progress: Progress | None = None) -> list[CaseRecord]:
    """The offline engine is deterministic: repeats are run anyway so timings can be compared."""
    records = []
    for index in range(repeat):
        for case in cases:
            records.append(_run_one(case, "offline", index, offline_drafter))
            if progress:
                progress.step(sum(r.error is not None for r in records))
    return records


def _run_one(case: Case, engine: str, repeat: int, drafter: Drafter) -> CaseRecord:
    started = time.monotonic()
    try:
        result = drafter(case)
    except Exception as error:  # one broken case must not end the run; it is reported instead
        return failed_case(case, engine, repeat, error, time.monotonic() - started)
    seconds = time.monotonic() - started  # drafting only, not our scoring
    record = score_result(case, result, repeat)
    record.seconds = round(seconds, 4)
    return record


def run_llm_cases(
    cases: list[Case],
    settings: Settings,
    repeat: int = 1,
    concurrency: int = 4,
    cache_dir: Path | None = CACHE_DIR,
    progress: Progress | None = None,
) -> list[CaseRecord]:
    """Every case through the model, `concurrency` at a time; responses cached per repeat index."""
    from followup.evals.llm_runner import LLMDrafter

    jobs = [(index, case) for index in range(repeat) for case in cases]
    drafters = {index: LLMDrafter(settings, cache_dir, index) for index in range(repeat)}
    records: list[CaseRecord] = []
    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        for record in pool.map(lambda job: drafters[job[0]].run(job[1]), jobs):
            records.append(record)
            if progress:
                progress.step(sum(r.error is not None for r in records))
    return records
