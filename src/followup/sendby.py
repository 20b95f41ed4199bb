"""When to send: within 24 hours of the interview, and the same day is better."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from followup.models import InterviewFacts, SendBy
from followup.prompts import load_toml

SAME_DAY_EVENING = time(20, 0)
WINDOW = timedelta(hours=24)
LATE_INTERVIEW_GRACE = timedelta(hours=3)


def compute_send_by(facts: InterviewFacts, now: datetime | None = None) -> SendBy:
    """The deadline (interview + 24 h) and the better target (that evening)."""
    now = now or datetime.now().astimezone()
    assumed = facts.interview_time is None
    interview = facts.interview_time or now
    deadline = interview + WINDOW
    evening = datetime.combine(interview.date(), SAME_DAY_EVENING, tzinfo=interview.tzinfo)
    best = evening if evening - interview >= LATE_INTERVIEW_GRACE else interview + LATE_INTERVIEW_GRACE
    return SendBy(
        interview_time=interview,
        deadline=deadline,
        best=best,
        assumed=assumed,
        text=describe(deadline, best, now),
    )


def describe(deadline: datetime, best: datetime, now: datetime) -> str:
    words = load_toml("messages.toml")["send_by"]
    if now > deadline:
        return str(words["overdue"]).format(deadline=_when(deadline, now))
    if now > best:
        return str(words["due"]).format(deadline=_when(deadline, now))
    return str(words["normal"]).format(deadline=_when(deadline, now), best=_when(best, now))


def _when(moment: datetime, now: datetime) -> str:
    clock = moment.strftime("%I:%M %p").lstrip("0").lower()
    days = (moment.date() - now.date()).days
    if days == 0:
        return f"today {clock}"
    if days == 1:
        return f"tomorrow {clock}"
    return f"{moment.strftime('%a %b')} {moment.day} {clock}"
