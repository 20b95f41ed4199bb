"""Drafting with the model: one note per interviewer, concurrently, then check and repair.

Repairs re-ask with the notes, the draft and the exact failed-check messages, a
bounded number of rounds. Progress goes to two optional sinks: text as it is
written (for the page) and the step being worked on.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.runnables import Runnable

from followup import regex_cache
from followup.llm.chain import FollowupChains
from followup.llm.failures import answer_text, llm_message, strip_fence
from followup.llm.templates import escape_markers
from followup.models import Candidate, Draft, Interviewer, InterviewFacts, Recipient
from followup.settings import Settings
from followup.validate import check_drafts

if TYPE_CHECKING:
    from followup.service import DraftOptions

T = TypeVar("T")
TextSink = Callable[[str], None]
StepSink = Callable[[str], None]
# The steps a run reports, in order; "checking" and "repairing" repeat per repair round.
STEPS = ("extracting", "drafting", "checking", "repairing")


@dataclass
class Meter:
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    def record(self, message: object) -> None:
        usage = getattr(message, "usage_metadata", None) or {}
        self.input_tokens += int(usage.get("input_tokens", 0))
        self.output_tokens += int(usage.get("output_tokens", 0))


@dataclass(frozen=True)
class Job:
    """Everything one run needs; immutable so concurrent drafts can share it."""

    notes: str
    options: DraftOptions
    settings: Settings
    chains: FollowupChains
    meter: Meter
    prompt_notes: str = ""  # the notes as sent to the model; see templates.model_notes()
    on_text: TextSink | None = None
    on_step: StepSink | None = None

    def step(self, name: str) -> None:
        if self.on_step is not None:
            self.on_step(name)


def _contact(candidate: Candidate) -> str:
    parts = [p for p in (candidate.name, candidate.phone, candidate.email) if p]
    return ", ".join(parts) if candidate.phone or candidate.email else llm_message("no_contact")


def draft_inputs(job: Job, facts: InterviewFacts, person: Interviewer) -> dict[str, Any]:
    others = [p.name for p in facts.interviewers if p.name != person.name]
    focused = facts.model_copy(update={"interviewers": [person], "ignored": []})
    return {
        "notes": job.prompt_notes,
        "facts": escape_markers(focused.model_dump_json(indent=1, exclude_none=True)),
        "candidate_name": facts.candidate.name or "the candidate",
        "interviewer_name": person.name,
        "contact": _contact(facts.candidate),
        "tone": job.options.tone,
        "min_words": job.options.min_words,
        "max_words": job.options.max_words,
        "others": (llm_message("others_some", names=", ".join(others)) if others else llm_message("others_none")),
    }


_SUBJECT = regex_cache.compile(r"^\s*\**subject\**\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def parse_draft(text: str, person: Interviewer, facts: InterviewFacts) -> Draft:
    """Splits "Subject: ..." from the body; tolerant of code fences and a missing subject."""
    text = strip_fence(text)
    match = _SUBJECT.search(text)
    if match and not text[: match.start()].strip():
        subject, body = match.group(1).strip(), text[match.end() :]
    elif facts.role:
        subject, body = llm_message("default_subject_role", role=facts.role.value), text
    else:
        subject, body = llm_message("default_subject"), text
    return Draft(to=Recipient(name=person.name, email=person.email), subject=subject, body=body.strip())


async def _ask(
    chain: Runnable[dict[str, Any], BaseMessage], inputs: dict[str, Any], meter: Meter, sink: TextSink | None
) -> str:
    meter.calls += 1
    if sink is None:
        message: BaseMessage = await chain.ainvoke(inputs)
    else:
        message = await _stream_to(chain, inputs, sink)
    meter.record(message)
    return answer_text(message)


async def _stream_to(
    chain: Runnable[dict[str, Any], BaseMessage], inputs: dict[str, Any], sink: TextSink
) -> BaseMessage:
    whole: Any = None
    async for chunk in chain.astream(inputs):
        whole = chunk if whole is None else whole + chunk
        if text := str(chunk.text):
            sink(text)
    return whole if whole is not None else AIMessage(content="")


async def _write(job: Job, facts: InterviewFacts, person: Interviewer, sink: TextSink | None = None) -> Draft:
    text = await _ask(job.chains.draft, draft_inputs(job, facts, person), job.meter, sink)
    return parse_draft(text, person, facts)


async def _repair(job: Job, facts: InterviewFacts, person: Interviewer, draft: Draft) -> Draft:
    inputs = draft_inputs(job, facts, person)
    del inputs["others"]
    inputs["failures"] = "\n".join(f"- {c.id}: {c.message}" for c in draft.checks if not c.ok)
    inputs["draft"] = escape_markers(f"Subject: {draft.subject}\n\n{draft.body}")
    text = await _ask(job.chains.repair, inputs, job.meter, None)
    return parse_draft(text, person, facts)


async def write_drafts(job: Job, facts: InterviewFacts) -> list[Draft]:
    """One draft per interviewer, all at once (a panel takes about the time of one)."""
    job.step("drafting")
    if job.on_text is None:
        return await run_all([_write(job, facts, p) for p in facts.interviewers])
    return await _write_streamed(job, facts, job.on_text)


async def _write_streamed(job: Job, facts: InterviewFacts, sink: TextSink) -> list[Draft]:
    """Drafts concurrently, but shows them one after another so texts never interleave."""
    queues: list[asyncio.Queue[str | None]] = [asyncio.Queue() for _ in facts.interviewers]

    async def produce(index: int, person: Interviewer) -> Draft:
        try:
            return await _write(job, facts, person, queues[index].put_nowait)
        finally:
            queues[index].put_nowait(None)

    async def emit() -> None:
        for index, person in enumerate(facts.interviewers):
            if index:
                sink(llm_message("stream_between"))
            sink(llm_message("stream_header", name=person.name))
            while (text := await queues[index].get()) is not None:
                sink(text)

    with _first_error():
        async with asyncio.TaskGroup() as group:
            group.create_task(emit())
            tasks = [group.create_task(produce(i, p)) for i, p in enumerate(facts.interviewers)]
    return [task.result() for task in tasks]


async def run_all(coros: list[Coroutine[Any, Any, T]]) -> list[T]:
    """Runs concurrently; the first failure cancels the rest, so no request is orphaned."""
    with _first_error():
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(coro) for coro in coros]
    return [task.result() for task in tasks]


@contextmanager
def _first_error() -> Iterator[None]:
    # TaskGroup wraps failures in an ExceptionGroup; callers explain one failure, the first.
    try:
        yield
    except BaseExceptionGroup as group:
        raise group.exceptions[0] from None


async def repair_until_ok(job: Job, facts: InterviewFacts, drafts: list[Draft]) -> tuple[list[Draft], int]:
    """Checks the drafts and re-asks for the failing ones, up to `repair_rounds` times."""
    drafts = _check(job, facts, drafts)
    rounds = 0
    people = {p.name: p for p in facts.interviewers}
    while rounds < job.settings.repair_rounds and not all(d.ok for d in drafts):
        rounds += 1
        job.step("repairing")
        for draft in drafts:
            if job.on_text is not None and not draft.ok:
                checks = ", ".join(c.id for c in draft.failures)
                job.on_text(llm_message("stream_repair", name=draft.to.name, checks=checks))
        fixed = await run_all([_repair(job, facts, people[d.to.name], d) if not d.ok else _keep(d) for d in drafts])
        drafts = _check(job, facts, fixed)
    return drafts, rounds


def _check(job: Job, facts: InterviewFacts, drafts: list[Draft]) -> list[Draft]:
    job.step("checking")
    return check_drafts(drafts, facts, job.notes, job.options.min_words, job.options.max_words)


async def _keep(draft: Draft) -> Draft:
    return draft


def repair_notices(drafts: list[Draft], rounds: int) -> list[str]:
    return [
        llm_message("repair_limit", rounds=rounds, name=d.to.name, checks=", ".join(c.id for c in d.failures))
        for d in drafts
        if not d.ok
    ]
