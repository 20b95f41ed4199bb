"""The model's reading of the notes, parsed strictly and merged with the offline extractor's."""

from __future__ import annotations

import json
from typing import Any

from langchain_core.exceptions import OutputParserException
from langchain_core.messages import AIMessage, BaseMessage

from followup.llm.failures import answer_text, strip_fence
from followup.models import Candidate, Interviewer, InterviewFacts
from followup.names import same_person
from followup.settings import StructuredMethod


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


def parse_facts(message: BaseMessage, method: StructuredMethod) -> InterviewFacts:
    """The facts from the extract chain's answer, or an error `explain_failure` knows."""
    if not isinstance(message, AIMessage):
        raise OutputParserException("the model returned no message")
    return InterviewFacts.model_validate(structured_payload(message, method))


def structured_payload(raw: AIMessage, method: StructuredMethod) -> Any:
    """The JSON the model sent, parsed strictly.

    LangChain's JSON parser is lenient (it repairs truncated JSON for streaming), which
    would let "{not json" through as an empty object; we want such answers rejected.
    """
    if method == "function_calling":
        if raw.tool_calls:
            return raw.tool_calls[0]["args"]
        answer_text(raw)
        raise OutputParserException("the model called no tool")
    return json.loads(strip_fence(answer_text(raw)))
