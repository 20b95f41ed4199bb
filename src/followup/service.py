"""The one library call the page and the CLI share: notes in, checked drafts out."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from followup.compose import compose_drafts
from followup.engine_names import may_choose_a_model
from followup.extract import extract_facts
from followup.inputs import check_notes, looks_english
from followup.models import (
    Candidate,
    Draft,
    EngineName,
    FollowupResult,
    InterviewFacts,
    Missing,
    Tone,
    Usage,
)
from followup.prompts import load_toml, message
from followup.sendby import compute_send_by
from followup.validate import DEFAULT_MAX_WORDS, DEFAULT_MIN_WORDS, check_drafts

if TYPE_CHECKING:
    from collections.abc import Callable, Generator

    from followup.settings import Settings


class DraftOptions(BaseModel):
    """What the person chose: their details, tone, length and engine."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    no_phone: bool = False
    tone: Tone = "warm"
    engine: EngineName = "auto"
    min_words: int = Field(default=DEFAULT_MIN_WORDS, ge=20, le=400)
    max_words: int = Field(default=DEFAULT_MAX_WORDS, ge=40, le=600)
    now: datetime | None = None
    region: str = "US"

    def profile(self) -> Candidate:
        return Candidate(
            name=self.name or None, email=self.email or None, phone=self.phone or None, no_phone=self.no_phone
        )


def draft_followups(
    notes: str, options: DraftOptions | None = None, settings: Settings | None = None
) -> FollowupResult:
    """Extract, compose and validate: one checked draft per interviewer.

    Raises NotesError for notes we cannot draft from. With the LLM engine, any
    endpoint failure falls back to the offline draft with a notice.
    """
    options = options or DraftOptions()
    check_notes(notes)
    if resolve_engine(options, settings) == "llm":
        return _draft_with_llm(notes, options, settings)
    return draft_offline(notes, options)


def resolve_engine(options: DraftOptions, settings: Settings | None) -> str:
    if options.engine != "auto":
        return options.engine
    if settings is None:
        if not may_choose_a_model():
            return "offline"  # nothing names a model: no need to load the settings library to know it
        from followup.settings import Settings

        settings = Settings()
    return settings.resolved_engine()


def draft_offline(notes: str, options: DraftOptions, facts: InterviewFacts | None = None) -> FollowupResult:
    """The offline engine; `facts` lets the page re-draft from facts the person edited."""
    started = datetime.now()
    now = options.now or datetime.now().astimezone()
    facts = facts or extract_facts(notes, options.profile(), now, options.region)
    drafts = compose_drafts(facts, options.tone, options.min_words, now)
    drafts = check_drafts(drafts, facts, notes, options.min_words, options.max_words)
    usage = Usage(engine="offline", seconds=(datetime.now() - started).total_seconds())
    return finish(facts, drafts, notes, options, "offline", usage)


def finish(
    facts: InterviewFacts,
    drafts: list[Draft],
    notes: str,
    options: DraftOptions,
    engine: str,
    usage: Usage | None,
    notices: list[str] | None = None,
) -> FollowupResult:
    """Attach send-by time, missing facts and notices: the same for every engine."""
    now = options.now or datetime.now().astimezone()
    notices = list(notices or [])
    if not looks_english(notes):
        notices.append(message("non_english"))
    if facts.ignored:
        notices.append(message("ignored_lines", count=len(facts.ignored)))
    send_by = compute_send_by(facts, now)
    if send_by.assumed:
        notices.append(message("time_assumed", when=send_by.interview_time.strftime("%a %I:%M %p")))
    return FollowupResult(
        facts=facts,
        drafts=drafts,
        send_by=send_by,
        missing=missing_facts(facts),
        engine=engine,
        notices=notices,
        usage=usage,
    )


def missing_facts(facts: InterviewFacts) -> list[Missing]:
    """Facts the notes lack: asked for, never made up."""
    asks = load_toml("messages.toml")["missing"]
    missing: list[Missing] = []
    candidate = facts.candidate
    for field, value in (
        ("name", candidate.name),
        ("email", candidate.email),
        ("phone", candidate.phone or candidate.no_phone),
    ):
        if not value:
            missing.append(Missing(field=field, message=asks[field]))
    if not facts.interviewers:
        missing.append(Missing(field="interviewer", message=asks["interviewer"]))
    for field, fact in (("company", facts.company), ("role", facts.role)):
        if fact is None:
            missing.append(Missing(field=field, message=asks[field]))
    if not facts.skills:
        missing.append(Missing(field="skills", message=asks["skills"]))
    for person in facts.interviewers:
        if not person.topics and not person.skills and not facts.topics:
            text = str(asks["topics"]).format(name=person.name)
            missing.append(Missing(field="topics", message=text, interviewer=person.name))
    return missing


def _draft_with_llm(notes: str, options: DraftOptions, settings: Settings | None) -> FollowupResult:
    import time

    # The deadline counts from here, so importing LangChain is inside the person's timeout.
    started = time.monotonic()
    # Imported here so the offline path never loads LangChain or the OpenAI SDK.
    from followup.llm import LLMUnavailable, run_llm
    from followup.settings import Settings

    settings = settings or Settings()
    try:
        return run_llm(notes, options, settings, started=started)
    except LLMUnavailable as error:
        offline = draft_offline(notes, options)
        offline.notices.insert(0, message("llm_fallback", reason=str(error)))
        return offline


def stream_followups(
    notes: str,
    options: DraftOptions | None = None,
    settings: Settings | None = None,
    on_step: Callable[[str], object] | None = None,
) -> Generator[str, None, FollowupResult]:
    """`draft_followups`, streamed: yields the drafts' text as the model writes it, then
    returns the checked result (`result = yield from stream_followups(...)`, or the
    value of the final StopIteration).

    `on_step` hears "extracting", "drafting", "checking" and "repairing", called from
    the iterating thread. Same fallback as `draft_followups`: any endpoint failure
    gives the offline draft with a notice. The offline engine yields no text.
    """
    options = options or DraftOptions()
    check_notes(notes)
    if resolve_engine(options, settings) != "llm":
        return draft_offline(notes, options)
    import time

    started = time.monotonic()  # the deadline includes importing LangChain, as in draft_followups
    from followup.llm import LLMUnavailable, llm_message, stream_llm
    from followup.settings import Settings

    settings = settings or Settings()
    try:
        stream = stream_llm(notes, options, settings, on_step=on_step, started=started)
        yield from stream
        if stream.result is None:  # iteration either sets it or raises; this is belt and braces
            raise LLMUnavailable(llm_message("reason_empty"))
        return stream.result
    except LLMUnavailable as error:
        offline = draft_offline(notes, options)
        offline.notices.insert(0, message("llm_fallback", reason=str(error)))
        return offline
