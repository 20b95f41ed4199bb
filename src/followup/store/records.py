"""What a saved interview looks like to the rest of followup: plain pydantic, no SQLAlchemy."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from followup.models import Draft, InterviewFacts

Status = Literal["drafted", "sent", "replied", "closed"]
STATUSES: tuple[Status, ...] = ("drafted", "sent", "replied", "closed")
MessageKind = Literal["thanks", "checkin"]


class InterviewSummary(BaseModel):
    """One row of the Interviews list and of `followup due`: everything but notes and drafts."""

    id: int
    company: str
    role: str
    people: list[str]
    status: Status
    interview_time: datetime = Field(description="Aware, in UTC.")
    time_zone: str = Field(description="The interview's own zone: an IANA name or a fixed offset like +02:00.")
    deadline: datetime
    best: datetime
    sent_at: datetime | None = None
    timeline: str = Field(default="", description="The interviewer's stated timeline, as the notes say it.")
    timeline_due: date | None = None
    checkins_sent: int = 0
    last_checkin_at: datetime | None = None
    created_at: datetime
    updated_at: datetime

    def json_data(self) -> dict[str, Any]:
        """Plain JSON data (what `followup history --json` and `due --json` print for the row)."""
        return self.model_dump(mode="json")


class SavedMessage(BaseModel):
    """A thank-you or check-in email kept with its checklist verdicts."""

    id: int
    kind: MessageKind
    draft: Draft
    created_at: datetime
    sent_at: datetime | None = None


class SavedInterview(BaseModel):
    summary: InterviewSummary
    notes: str
    facts: InterviewFacts
    engine: str
    messages: list[SavedMessage] = Field(default_factory=list)

    def of_kind(self, kind: MessageKind) -> list[SavedMessage]:
        return [m for m in self.messages if m.kind == kind]
