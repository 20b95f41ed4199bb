"""The LLM engine: a LangChain chain over any OpenAI-compatible endpoint.

extract (structured output) -> draft one note per interviewer (concurrently)
-> validate with the shared checklist -> repair what failed, a bounded number
of rounds. Any endpoint trouble becomes `LLMUnavailable` with a one-line
reason, so the service can show the offline draft instead.

Only `service.py` imports this module, and only when the LLM engine is chosen:
LangChain and the OpenAI SDK are imported here, never on the offline path.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import queue
import re
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

import openai
from langchain_core.exceptions import ModelRefusalError, OutputParserException
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable
from langchain_openai import ChatOpenAI
from pydantic import SecretStr, ValidationError

from followup.checklist import render_checklist
from followup.extract import extract_facts
from followup.models import (
    Candidate,
    Draft,
    FollowupResult,
    Interviewer,
    InterviewFacts,
    Recipient,
    Sourced,
    Usage,
)
from followup.names import same_person
from followup.prompts import load_text, load_toml
from followup.settings import Settings, StructuredMethod
from followup.validate import check_drafts

if TYPE_CHECKING:
    from followup.service import DraftOptions

T = TypeVar("T")
TextSink = Callable[[str], None]


class LLMUnavailable(Exception):
    """The model could not produce a usable answer; `message` says why, in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def llm_message(key: str, **values: object) -> str:
    return str(load_toml("llm/messages.toml")[key]).format(**values)


# ---------------------------------------------------------------- prompts

_COMMON = {"checklist", "notes"}
_DRAFTING = _COMMON | {
    "candidate_name",
    "interviewer_name",
    "facts",
    "contact",
    "tone",
    "min_words",
    "max_words",
}
PROMPT_VARIABLES: dict[str, set[str]] = {
    "extract": _COMMON | {"now", "format_instructions"},
    "draft": _DRAFTING | {"others"},
    "repair": _DRAFTING | {"failures", "draft"},
}


@dataclass(frozen=True)
class LLMPrompts:
    extract: ChatPromptTemplate
    draft: ChatPromptTemplate
    repair: ChatPromptTemplate
    json_mode: str


def _chat_template(name: str) -> ChatPromptTemplate:
    template = ChatPromptTemplate.from_messages(
        [("system", load_text("llm/system.txt")), ("human", load_text(f"llm/{name}.txt"))]
    )
    found, expected = set(template.input_variables), PROMPT_VARIABLES[name]
    if found != expected:
        # Failing at load beats a KeyError (or a silently empty slot) inside a person's email.
        raise RuntimeError(
            f"prompts/llm/{name}.txt (+ system.txt) has variables {sorted(found)}, the code supplies {sorted(expected)}"
        )
    return template.partial(checklist=render_checklist())


@cache
def load_llm_prompts() -> LLMPrompts:
    """Loads and checks every LLM prompt; call at start-up to fail fast."""
    json_mode = load_text("llm/json_mode.txt")
    if set(re.findall(r"{(\w+)}", json_mode)) != {"schema"}:
        raise RuntimeError("prompts/llm/json_mode.txt must use exactly the {schema} variable")
    return LLMPrompts(_chat_template("extract"), _chat_template("draft"), _chat_template("repair"), json_mode)


_MARKER = re.compile(r"<\s*(/?)\s*(notes|facts|draft)\s*>", re.IGNORECASE)


def escape_markers(text: str) -> str:
    """Neutralises our data markers inside data, so notes cannot close their own block."""
    return _MARKER.sub(lambda m: f"‹{m.group(1)}{m.group(2)}›", text)


# ---------------------------------------------------------------- model and chain


def build_chat_model(settings: Settings) -> ChatOpenAI:
    """The only place a client is built: one endpoint, one timeout, bounded retries."""
    key = settings.openai_api_key
    if key is None:
        if not settings.openai_base_url:
            raise LLMUnavailable(llm_message("reason_no_key", url=settings.endpoint_label()))
        # Local servers (Ollama, llama.cpp, vLLM) ignore the key, but the SDK insists on one.
        key = SecretStr("not-needed")
    return ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=settings.openai_base_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        temperature=settings.temperature,
        # Off by default for custom base URLs; without it streamed drafts report no tokens.
        stream_usage=True,
    )


def _strict(schema: Any) -> Any:
    """OpenAI's strict mode: every property required (nullable instead), no defaults, no extras."""
    if isinstance(schema, list):
        return [_strict(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _strict(value) for key, value in schema.items() if key not in ("default", "title")}
    if out.get("type") == "object" and "properties" in out:
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


@cache
def facts_schema() -> dict[str, Any]:
    return dict(_strict(InterviewFacts.model_json_schema()))


def _structured_schema(method: StructuredMethod) -> dict[str, Any]:
    description = (InterviewFacts.__doc__ or "").strip()
    if method == "function_calling":
        return {"name": "InterviewFacts", "description": description, "parameters": facts_schema()}
    return {
        "name": "InterviewFacts",
        "description": description,
        "schema": facts_schema(),
        "strict": True,
    }


@dataclass(frozen=True)
class FollowupChains:
    """The three LCEL chains; `extract` returns {"raw", "parsed", "parsing_error"}."""

    extract: Runnable[dict[str, Any], dict[str, Any]]
    draft: Runnable[dict[str, Any], BaseMessage]
    repair: Runnable[dict[str, Any], BaseMessage]
    method: StructuredMethod


def build_chain(model: ChatOpenAI, method: StructuredMethod = "json_schema") -> FollowupChains:
    prompts = load_llm_prompts()
    # include_raw keeps the raw message even when parsing fails: we need its token usage
    # and its finish_reason to tell a length cut-off from plain malformed output.
    structured = model.with_structured_output(_structured_schema(method), method=method, include_raw=True)
    return FollowupChains(
        extract=prompts.extract | structured,
        draft=prompts.draft | model,
        repair=prompts.repair | model,
        method=method,
    )


# ---------------------------------------------------------------- usage and failures


@dataclass
class Meter:
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0

    def record(self, message: object) -> None:
        usage = getattr(message, "usage_metadata", None) or {}
        self.input_tokens += int(usage.get("input_tokens", 0))
        self.output_tokens += int(usage.get("output_tokens", 0))


def _status_reason(exc: openai.APIStatusError, settings: Settings) -> str:
    url, status = settings.endpoint_label(), exc.status_code
    if status == 429:
        return llm_message("reason_rate_limited", url=url, retries=settings.max_retries)
    if status >= 500:
        return llm_message("reason_server_error", url=url, status=status, retries=settings.max_retries)
    if status in (401, 403):
        return llm_message("reason_auth", url=url, status=status)
    if status == 404:
        return llm_message("reason_not_found", url=url, model=settings.model)
    if status in (400, 422):
        return llm_message("reason_bad_request", url=url, method=settings.structured_output)
    return llm_message("reason_http", url=url, status=status)


def _connection_reason(exc: BaseException, settings: Settings) -> str:
    url = settings.endpoint_label()
    if isinstance(exc, openai.APITimeoutError | TimeoutError):
        return llm_message("reason_timeout", url=url, seconds=settings.timeout)
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and len(chain) < 8:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    refused = any(isinstance(c, ConnectionRefusedError) or "refused" in str(c) for c in chain)
    return llm_message("reason_refused" if refused else "reason_unreachable", url=url)


def explain_failure(exc: BaseException, settings: Settings) -> str | None:
    """One sentence a person can act on, or None for errors that are our bugs."""
    if isinstance(exc, openai.APIStatusError):
        return _status_reason(exc, settings)
    if isinstance(exc, openai.APIConnectionError | TimeoutError):
        return _connection_reason(exc, settings)
    if isinstance(exc, openai.LengthFinishReasonError):
        return llm_message("reason_length")
    if isinstance(exc, ModelRefusalError | openai.ContentFilterFinishReasonError):
        return llm_message("reason_refusal")
    if isinstance(exc, OutputParserException | ValidationError | json.JSONDecodeError):
        return llm_message("reason_malformed", method=settings.structured_output)
    return None


def _check_answer(message: BaseMessage) -> str:
    """The answer's text, or LLMUnavailable when it was refused, cut off or empty."""
    finish = message.response_metadata.get("finish_reason")
    if message.additional_kwargs.get("refusal") or finish == "content_filter":
        raise LLMUnavailable(llm_message("reason_refusal"))
    if finish == "length":
        raise LLMUnavailable(llm_message("reason_length"))
    text = str(message.text).strip()
    if not text:
        raise LLMUnavailable(llm_message("reason_empty"))
    return text


# ---------------------------------------------------------------- facts


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _in_notes(value: str | None, notes: str) -> bool:
    return bool(value) and _norm(value or "") in _norm(notes)


def _grounded_or_none(value: str | None, notes: str) -> str | None:
    return value if value and _in_notes(value, notes) else None


def merge_facts(model: InterviewFacts, offline: InterviewFacts, notes: str) -> InterviewFacts:
    """The model's reading of the notes, but never a contact detail the notes lack.

    The rule-based extractor is exact about names, addresses and numbers; the model
    is better at topics and skills. So contact details come from the offline
    facts (which include the person's own profile), and anything else the model
    offers is kept only if it can be found in the notes.
    """
    candidate = Candidate(
        name=offline.candidate.name or _grounded_or_none(model.candidate.name, notes),
        email=offline.candidate.email or _grounded_or_none(model.candidate.email, notes),
        phone=offline.candidate.phone or _grounded_or_none(model.candidate.phone, notes),
    )
    model_time_ok = _in_notes(model.interview_time_source, notes)
    time_from_model = model.interview_time if model_time_ok else None
    return InterviewFacts(
        candidate=candidate,
        company=model.company or offline.company,
        role=model.role or offline.role,
        interview_time=offline.interview_time or time_from_model,
        interview_time_source=(
            offline.interview_time_source
            if offline.interview_time
            else model.interview_time_source
            if time_from_model
            else ""
        ),
        interviewers=_merge_interviewers(model.interviewers, offline.interviewers, notes),
        topics=model.topics or offline.topics,
        skills=model.skills or offline.skills,
        next_steps=model.next_steps or offline.next_steps,
        ignored=offline.ignored or model.ignored,
    )


def _merge_interviewers(model: list[Interviewer], offline: list[Interviewer], notes: str) -> list[Interviewer]:
    grounded = [person for person in model if _in_notes(person.name, notes)]
    if not grounded:
        return offline
    merged = []
    for person in grounded:
        match = next((p for p in offline if same_person(p.name, person.name)), None)
        email = match.email if match and match.email else _grounded_or_none(person.email, notes)
        topics = person.topics or (match.topics if match else [])
        skills = person.skills or (match.skills if match else [])
        merged.append(person.model_copy(update={"email": email, "topics": topics, "skills": skills}))
    return merged


def model_notes(notes: str, ignored: list[Sourced]) -> str:
    """The notes as the model sees them: lines the extractor flagged as instructions or
    markup are cut, and our markers are escaped. The prompt's rule that notes are data
    is the second line of defence; the validator's `clean` check is the third."""
    for item in ignored:
        if item.source.strip():
            notes = notes.replace(item.source, "")
    return escape_markers(notes)


def _parse_facts(output: dict[str, Any], method: StructuredMethod, meter: Meter) -> InterviewFacts:
    raw = output.get("raw")
    if not isinstance(raw, AIMessage):
        raise OutputParserException("the model returned no message")
    meter.record(raw)
    if isinstance(output.get("parsing_error"), ModelRefusalError):
        raise output["parsing_error"]
    return InterviewFacts.model_validate(_structured_payload(raw, method))


def _structured_payload(raw: AIMessage, method: StructuredMethod) -> Any:
    """The JSON the model sent, parsed strictly.

    LangChain's JSON parser is lenient (it repairs truncated JSON for streaming), which
    would let "{not json" through as an empty object; we want such answers rejected.
    """
    if method == "function_calling":
        if raw.tool_calls:
            return raw.tool_calls[0]["args"]
        _check_answer(raw)
        raise OutputParserException("the model called no tool")
    text = _check_answer(raw)
    return json.loads(_FENCE.sub("", text))


# ---------------------------------------------------------------- drafts


@dataclass(frozen=True)
class Job:
    """Everything one run needs; immutable so concurrent drafts can share it."""

    notes: str
    options: DraftOptions
    settings: Settings
    chains: FollowupChains
    meter: Meter
    prompt_notes: str = ""  # the notes as sent to the model; see model_notes()


def _contact(candidate: Candidate) -> str:
    parts = [p for p in (candidate.name, candidate.phone, candidate.email) if p]
    return ", ".join(parts) if candidate.phone or candidate.email else llm_message("no_contact")


def _draft_inputs(job: Job, facts: InterviewFacts, person: Interviewer) -> dict[str, Any]:
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


_FENCE = re.compile(r"^```\w*\s*|\s*```$")
_SUBJECT = re.compile(r"^\s*\**subject\**\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


def parse_draft(text: str, person: Interviewer, facts: InterviewFacts) -> Draft:
    """Splits "Subject: ..." from the body; tolerant of code fences and a missing subject."""
    text = _FENCE.sub("", text.strip())
    match = _SUBJECT.search(text)
    if match and not text[: match.start()].strip():
        subject, body = match.group(1).strip(), text[match.end() :]
    elif facts.role:
        subject, body = llm_message("default_subject_role", role=facts.role.value), text
    else:
        subject, body = llm_message("default_subject"), text
    return Draft(to=Recipient(name=person.name, email=person.email), subject=subject, body=body.strip())


async def _ask(
    chain: Runnable[dict[str, Any], BaseMessage],
    inputs: dict[str, Any],
    meter: Meter,
    sink: TextSink | None,
) -> str:
    meter.calls += 1
    if sink is None:
        message: BaseMessage = await chain.ainvoke(inputs)
    else:
        message = await _stream_to(chain, inputs, sink)
    meter.record(message)
    return _check_answer(message)


async def _stream_to(
    chain: Runnable[dict[str, Any], BaseMessage], inputs: dict[str, Any], sink: TextSink
) -> BaseMessage:
    whole: Any = None
    async for chunk in chain.astream(inputs):
        whole = chunk if whole is None else whole + chunk
        if text := str(chunk.text):
            sink(text)
    return whole if whole is not None else AIMessage(content="")


def _failure_lines(draft: Draft) -> str:
    return "\n".join(f"- {c.id}: {c.message}" for c in draft.checks if not c.ok)


async def _write(job: Job, facts: InterviewFacts, person: Interviewer, sink: TextSink | None = None) -> Draft:
    text = await _ask(job.chains.draft, _draft_inputs(job, facts, person), job.meter, sink)
    return parse_draft(text, person, facts)


async def _repair(job: Job, facts: InterviewFacts, person: Interviewer, draft: Draft) -> Draft:
    inputs = _draft_inputs(job, facts, person)
    del inputs["others"]
    inputs["failures"] = _failure_lines(draft)
    inputs["draft"] = escape_markers(f"Subject: {draft.subject}\n\n{draft.body}")
    text = await _ask(job.chains.repair, inputs, job.meter, None)
    return parse_draft(text, person, facts)


async def _draft_streamed(job: Job, facts: InterviewFacts, sink: TextSink) -> list[Draft]:
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


async def _all(coros: list[Coroutine[Any, Any, T]]) -> list[T]:
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


async def _repair_until_ok(
    job: Job, facts: InterviewFacts, drafts: list[Draft], sink: TextSink | None
) -> tuple[list[Draft], int]:
    drafts = _check(job, facts, drafts)
    rounds = 0
    while rounds < job.settings.repair_rounds and not all(d.ok for d in drafts):
        rounds += 1
        people = {p.name: p for p in facts.interviewers}
        for draft in drafts:
            if sink and not draft.ok:
                sink(
                    llm_message(
                        "stream_repair",
                        name=draft.to.name,
                        checks=", ".join(c.id for c in draft.failures),
                    )
                )
        fixed = await _all([_repair(job, facts, people[d.to.name], d) if not d.ok else _keep(d) for d in drafts])
        drafts = _check(job, facts, list(fixed))
    return drafts, rounds


def _check(job: Job, facts: InterviewFacts, drafts: list[Draft]) -> list[Draft]:
    return check_drafts(drafts, facts, job.notes, job.options.min_words, job.options.max_words)


async def _keep(draft: Draft) -> Draft:
    return draft


# ---------------------------------------------------------------- the run


async def _run(job: Job, sink: TextSink | None, started: float) -> FollowupResult:
    from followup.service import finish  # lazy: service imports this module lazily too

    options = job.options
    now = options.now or datetime.now().astimezone()
    offline = extract_facts(job.notes, options.profile(), now, options.region)
    job = replace(job, prompt_notes=model_notes(job.notes, offline.ignored))
    facts = await _extract(job, offline, now)
    if sink is None:
        drafts = await _all([_write(job, facts, p) for p in facts.interviewers])
    else:
        drafts = await _draft_streamed(job, facts, sink)
    drafts, rounds = await _repair_until_ok(job, facts, drafts, sink)
    usage = Usage(
        engine="llm",
        model=job.settings.model,
        calls=job.meter.calls,
        repair_rounds=rounds,
        input_tokens=job.meter.input_tokens,
        output_tokens=job.meter.output_tokens,
        seconds=round(time.monotonic() - started, 3),
    )
    return finish(facts, drafts, job.notes, options, "llm", usage, _repair_notices(drafts, rounds))


def _repair_notices(drafts: list[Draft], rounds: int) -> list[str]:
    return [
        llm_message(
            "repair_limit",
            rounds=rounds,
            name=d.to.name,
            checks=", ".join(c.id for c in d.failures),
        )
        for d in drafts
        if not d.ok
    ]


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
    output = await job.chains.extract.ainvoke(inputs)
    return merge_facts(_parse_facts(output, method, job.meter), offline, job.notes)


async def _guarded(job: Job, sink: TextSink | None, started: float) -> FollowupResult:
    """The whole run under one wall-clock deadline, with failures turned into reasons."""
    budget = max(0.0, job.settings.timeout - (time.monotonic() - started))
    try:
        return await asyncio.wait_for(_run(job, sink, started), timeout=budget)
    except LLMUnavailable:
        raise
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


def _job(notes: str, options: DraftOptions, settings: Settings, model: ChatOpenAI | None) -> Job:
    chat = model if model is not None else build_chat_model(settings)
    return Job(notes, options, settings, build_chain(chat, settings.structured_output), Meter())


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
    before it imported this module: loading LangChain takes about a second.
    """
    started = time.monotonic() if started is None else started
    future = _submit(_guarded(_job(notes, options, settings, model), None, started))
    remaining = settings.timeout - (time.monotonic() - started)
    try:
        return future.result(timeout=max(0.0, remaining) + _GRACE_SECONDS)
    except concurrent.futures.TimeoutError:
        future.cancel()
        raise _timeout(settings) from None


class LLMStream:
    """Iterate for text chunks as the drafts are written; `.result` is set at the end.

    Iteration raises LLMUnavailable, like `run_llm`, when the model fails.
    """

    def __init__(self, job: Job) -> None:
        self.result: FollowupResult | None = None
        self._settings = job.settings
        self._chunks: queue.Queue[str | None] = queue.Queue()
        self._future = _submit(_guarded(job, self._chunks.put_nowait, time.monotonic()))
        self._future.add_done_callback(lambda _: self._chunks.put_nowait(None))

    def __iter__(self) -> Iterator[str]:
        deadline = time.monotonic() + self._settings.timeout + _GRACE_SECONDS
        while True:
            try:
                chunk = self._chunks.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self._future.cancel()
                raise _timeout(self._settings) from None
            if chunk is None:
                break
            yield chunk
        self.result = self._future.result(timeout=_GRACE_SECONDS)


def stream_llm(notes: str, options: DraftOptions, settings: Settings, model: ChatOpenAI | None = None) -> LLMStream:
    return LLMStream(_job(notes, options, settings, model))
