"""A whole LLM run under one deadline, and the sync entry points the service calls.

extract (structured output) -> draft one note per interviewer -> check -> repair.
Any endpoint trouble becomes `LLMUnavailable` with a one-line reason, so the
service can show the offline draft instead.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import queue
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from langchain_openai import ChatOpenAI

from followup.extract import extract_facts
from followup.llm.chain import build_chain, chains_for, facts_schema
from followup.llm.drafting import Job, Meter, StepSink, TextSink, repair_notices, repair_until_ok, write_drafts
from followup.llm.facts import merge_facts, parse_facts
from followup.llm.failures import LLMUnavailable, deadline_reason, explain_failure, llm_message
from followup.llm.templates import load_llm_prompts, model_notes
from followup.models import FollowupResult, InterviewFacts, Usage
from followup.settings import Settings

if TYPE_CHECKING:
    from followup.service import DraftOptions

T = TypeVar("T")


async def _run(job: Job, started: float) -> FollowupResult:
    from followup.service import finish  # lazy: service imports this package lazily too

    options = job.options
    now = options.now or datetime.now().astimezone()
    job.step("extracting")
    offline = extract_facts(job.notes, options.profile(), now, options.region)
    job = replace(job, prompt_notes=model_notes(job.notes, offline.ignored))
    facts = await _extract(job, offline, now)
    drafts = await write_drafts(job, facts)
    drafts, rounds = await repair_until_ok(job, facts, drafts)
    usage = Usage(
        engine="llm",
        model=job.settings.model,
        calls=job.meter.calls,
        repair_rounds=rounds,
        input_tokens=job.meter.input_tokens,
        output_tokens=job.meter.output_tokens,
        seconds=round(time.monotonic() - started, 3),
    )
    return finish(facts, drafts, job.notes, options, "llm", usage, repair_notices(drafts, rounds))


async def _extract(job: Job, offline: InterviewFacts, now: datetime) -> InterviewFacts:
    method = job.chains.method
    instructions = (
        load_llm_prompts().json_mode.format(schema=json.dumps(facts_schema())) if method == "json_mode" else ""
    )
    inputs = {
        "notes": job.prompt_notes,
        "now": now.isoformat(timespec="minutes"),
        "format_instructions": instructions,
    }
    job.meter.calls += 1
    message = await job.chains.extract.ainvoke(inputs)
    job.meter.record(message)
    return merge_facts(parse_facts(message, method), offline, job.notes)


async def _guarded(job: Job, started: float) -> FollowupResult:
    """The whole run under one wall-clock deadline, with failures turned into reasons."""
    budget = max(0.0, job.settings.timeout - (time.monotonic() - started))
    try:
        return await asyncio.wait_for(_run(job, started), timeout=budget)
    except LLMUnavailable:
        raise
    except TimeoutError:  # the deadline (a single request timing out is openai.APITimeoutError)
        raise LLMUnavailable(await deadline_reason(job.settings)) from None
    except Exception as exc:
        reason = explain_failure(exc, job.settings)
        if reason is None:
            raise
        raise LLMUnavailable(reason) from exc


# One long-lived loop in a daemon thread: LangChain caches its async HTTP client per
# process, and that client must stay on the loop it was created on. It also lets the
# sync entry points work when the caller (a notebook, a server) already runs a loop.
_loop: asyncio.AbstractEventLoop | None = None
_loop_lock = threading.Lock()


def _background_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _loop_lock:
        if _loop is None or _loop.is_closed():
            _loop = asyncio.new_event_loop()
            threading.Thread(target=_loop.run_forever, name="followup-llm", daemon=True).start()
        return _loop


def _submit(coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
    return asyncio.run_coroutine_threadsafe(coro, _background_loop())


# Beyond the in-loop deadline, a last resort in case cancellation itself gets stuck.
_GRACE_SECONDS = 1.0


def _job(
    notes: str,
    options: DraftOptions,
    settings: Settings,
    model: ChatOpenAI | None,
    on_text: TextSink | None = None,
    on_step: StepSink | None = None,
) -> Job:
    chains = chains_for(settings) if model is None else build_chain(model, settings.structured_output)
    return Job(notes, options, settings, chains, Meter(), on_text=on_text, on_step=on_step)


def _timeout(settings: Settings) -> LLMUnavailable:
    return LLMUnavailable(llm_message("reason_timeout", url=settings.endpoint_label(), seconds=settings.timeout))


def run_llm(
    notes: str,
    options: DraftOptions,
    settings: Settings,
    model: ChatOpenAI | None = None,
    started: float | None = None,
) -> FollowupResult:
    """Drafts with the model; raises LLMUnavailable (never hangs past the timeout).

    `started` (a `time.monotonic()` reading) lets a caller count the deadline from
    before it imported this package: loading LangChain takes about a second.
    """
    started = time.monotonic() if started is None else started
    future = _submit(_guarded(_job(notes, options, settings, model), started))
    remaining = settings.timeout - (time.monotonic() - started)
    try:
        return future.result(timeout=max(0.0, remaining) + _GRACE_SECONDS)
    except concurrent.futures.TimeoutError:
        future.cancel()
        raise _timeout(settings) from None


_Event = tuple[Literal["text", "step"], str]


class LLMStream:
    """Iterate for text chunks as the drafts are written; `.result` is set at the end.

    Steps ("extracting", "drafting", "checking", "repairing") go to `on_step`, called
    from the iterating thread (so a page can update its widgets from it). Iteration
    raises LLMUnavailable, like `run_llm`, when the model fails.
    """

    def __init__(
        self,
        notes: str,
        options: DraftOptions,
        settings: Settings,
        model: ChatOpenAI | None = None,
        on_step: Callable[[str], object] | None = None,
        started: float | None = None,
    ) -> None:
        self.result: FollowupResult | None = None
        self._settings = settings
        self._on_step = on_step
        self._started = time.monotonic() if started is None else started
        self._events: queue.Queue[_Event | None] = queue.Queue()
        job = _job(notes, options, settings, model, self._text, self._step)
        self._future = _submit(_guarded(job, self._started))
        self._future.add_done_callback(lambda _: self._events.put_nowait(None))

    def _text(self, text: str) -> None:
        self._events.put_nowait(("text", text))

    def _step(self, name: str) -> None:
        self._events.put_nowait(("step", name))

    def __iter__(self) -> Iterator[str]:
        try:
            yield from self._events_until_done()
        finally:
            self._future.cancel()  # a no-op once the run is done; stops it if the caller gave up
        self.result = self._future.result(timeout=_GRACE_SECONDS)

    def _events_until_done(self) -> Iterator[str]:
        deadline = self._started + self._settings.timeout + _GRACE_SECONDS
        while True:
            try:
                event = self._events.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise _timeout(self._settings) from None
            if event is None:
                return
            kind, value = event
            if kind == "text":
                yield value
            elif self._on_step is not None:
                self._on_step(value)


def stream_llm(
    notes: str,
    options: DraftOptions,
    settings: Settings,
    model: ChatOpenAI | None = None,
    on_step: Callable[[str], object] | None = None,
    started: float | None = None,
) -> LLMStream:
    return LLMStream(notes, options, settings, model, on_step, started)
