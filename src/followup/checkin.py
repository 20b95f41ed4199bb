"""The polite check-in email, for when the promised answer has not come.

Written offline from `prompts/checkin.toml` (the same plain, extractive style as
the thank-you composer) and, when a chat model is passed in, rewritten by it.
Either way the draft is judged by its own short checklist (`CHECKIN_DECLARED`):
the right person, the role and the interview date, and the candidate's contact
details. A model draft that fails a required check, or a model that fails, falls
back to the offline draft with a notice. At most two check-ins per interview.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from followup import regex_cache
from followup.checklist import CHECKIN_DECLARED
from followup.models import CheckResult, Draft, Interviewer, InterviewFacts, Recipient
from followup.prompts import load_toml
from followup.store.records import SavedInterview
from followup.text import fold, mentions_fact
from followup.tracker import MAX_CHECKINS, local
from followup.validate import Context, check_contact, check_recipient

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

CALENDAR_WORDS = regex_cache.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri|jan\w*|feb\w*|mar\w*|apr\w*|"
    r"may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b"
)


class CheckinRefused(ValueError):
    """No check-in now; str() says why and what to do instead."""


@dataclass(frozen=True)
class Checkin:
    draft: Draft
    engine: str
    notice: str | None = None


@dataclass(frozen=True)
class _Job:
    facts: InterviewFacts
    person: Interviewer
    interview: datetime  # in the interview's own zone
    timeline: str
    number: int


def _words(section: str = "email") -> dict[str, Any]:
    return dict(load_toml("checkin.toml")[section])


def interview_date(moment: datetime) -> str:
    """ "Friday, March 7": how the email names the interview day."""
    return f"{moment.strftime('%A, %B')} {moment.day}"


def draft_checkin(saved: SavedInterview, to: str | None = None, model: BaseChatModel | None = None) -> Checkin:
    """The next check-in for a saved interview, checked; raises CheckinRefused when none is due."""
    job = _job(saved, to)
    offline = _checked(compose_checkin(job), job)
    if model is None:
        return Checkin(offline, "offline")
    try:
        rewritten = _checked(_ask_model(model, job, offline), job)
    except Exception as error:  # any model failure: the person still gets the offline draft
        return Checkin(offline, "offline", _words("limits")["llm_failed"].format(reason=type(error).__name__))
    if not rewritten.ok:
        return Checkin(offline, "offline", _words("limits")["llm_failed_checks"])
    return Checkin(rewritten, "llm")


def _job(saved: SavedInterview, to: str | None) -> _Job:
    summary, limits = saved.summary, _words("limits")
    if summary.status == "drafted":
        raise CheckinRefused(limits["not_sent"])
    if summary.checkins_sent >= MAX_CHECKINS:
        raise CheckinRefused(limits["max_reached"].format(count=summary.checkins_sent))
    people = saved.facts.interviewers
    person = next((p for p in people if to and fold(p.name) == fold(to)), people[0] if people else None)
    if person is None:
        raise CheckinRefused(limits["no_interviewer"])
    when = local(summary.interview_time, summary.time_zone)
    return _Job(saved.facts, person, when, summary.timeline, summary.checkins_sent + 1)


def compose_checkin(job: _Job) -> Draft:
    words, facts, person = _words(), job.facts, job.person
    role = facts.role.value if facts.role else ""
    position = words["position"].format(role=role) if role else words["position_unknown"]
    at = words["at_company"].format(company=facts.company.value) if facts.company else ""
    opening = words["opening" if job.number == 1 else "opening_second"]
    middle = [opening.format(position=position, at_company=at, date=interview_date(job.interview))]
    timeline = _timeline_phrase(job.timeline)
    middle.append(words["timeline"].format(timeline=timeline) if timeline else words["no_timeline"])
    middle.append(words["interest"])
    candidate = facts.candidate
    first = f"{person.honorific} {person.last_name}" if person.honorific else person.first_name
    signature = "\n".join(x for x in (words["signoff"], candidate.name, _contact_line(facts)) if x)
    body = "\n\n".join([words["greeting"].format(first=first), " ".join(middle), words["thanks"], signature])
    subject = words["subject"].format(role=role) if facts.role else words["subject_no_role"]
    return Draft(to=Recipient(name=person.name, email=person.email), subject=subject, body=body)


def _timeline_phrase(timeline: str) -> str:
    text = CALENDAR_WORDS.sub(lambda m: m.group(0).capitalize(), timeline.strip())
    return f"by the {text}" if text.startswith("end of") else text


def _contact_line(facts: InterviewFacts) -> str:
    return " · ".join(x for x in (facts.candidate.phone, facts.candidate.email) if x)


# --- the check-in's checks ----------------------------------------------------------


def check_reference(draft: Draft, facts: InterviewFacts, interview: datetime) -> tuple[bool, str]:
    words = _words("checks")["reference"]
    role = facts.role.value if facts.role else ""
    day = interview_date(interview)
    if role and not (fold(role) in fold(draft.body) or mentions_fact(draft.body, role)):
        return False, str(words["no_role"]).format(role=role)
    if not _names_day(draft.body, interview):
        return False, str(words["no_date"]).format(date=day)
    return True, str(words["pass"]).format(role=role or "", date=day)


def _names_day(body: str, moment: datetime) -> bool:
    day = moment.day
    ordinal = r"(?:st|nd|rd|th)?"
    forms = [
        rf"\b{moment.strftime('%B')}\s+{day}{ordinal}\b",
        rf"\b{moment.strftime('%b')}\.?\s+{day}{ordinal}\b",
        rf"\b{day}{ordinal}\s+(?:of\s+)?{moment.strftime('%B')}\b",
        rf"\b{moment.month}/{day}\b",
        rf"\b{moment.strftime('%Y-%m-%d')}\b",
    ]
    return any(re.search(form, body, re.IGNORECASE) for form in forms)


def check_checkin(draft: Draft, job: _Job) -> list[CheckResult]:
    ctx = Context(draft, job.person, job.facts, notes="")
    run: dict[str, Callable[[], tuple[bool, str]]] = {
        "recipient": lambda: check_recipient(ctx),
        "reference": lambda: check_reference(draft, job.facts, job.interview),
        "contact": lambda: check_contact(ctx),
    }
    return [CheckResult(id=i, ok=(v := run[i]())[0], required=r, message=v[1]) for i, r in CHECKIN_DECLARED]


def _checked(draft: Draft, job: _Job) -> Draft:
    return draft.model_copy(update={"checks": check_checkin(draft, job)})


def checkin_titles() -> dict[str, str]:
    return {check_id: str(entry["title"]) for check_id, entry in _words("checks").items()}


def recheck(saved: SavedInterview, draft: Draft) -> Draft:
    """A check-in the person edited, judged again."""
    return _checked(draft, _job(saved, draft.to.name))


# --- the optional model ---------------------------------------------------------------


def _ask_model(model: BaseChatModel, job: _Job, offline: Draft) -> Draft:
    from langchain_core.messages import HumanMessage, SystemMessage

    from followup.llm import parse_draft

    words, facts = _words("llm"), job.facts
    values = {
        "name": job.person.name,
        "role": facts.role.value if facts.role else "",
        "company": facts.company.value if facts.company else "",
        "date": interview_date(job.interview),
        "timeline": job.timeline or "none stated",
        "candidate": facts.candidate.name or "",
        "phone": facts.candidate.phone or "",
        "email": facts.candidate.email or "",
        "number": job.number,
        "offline": f"Subject: {offline.subject}\n\n{offline.body}",
    }
    reply = model.invoke([SystemMessage(words["system"]), HumanMessage(str(words["user"]).format(**values))])
    return parse_draft(str(reply.content), job.person, facts)
