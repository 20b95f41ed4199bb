"""Reading and writing saved interviews. Each function is one transaction; nothing here logs notes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from followup.models import CheckResult, Draft, FollowupResult, InterviewFacts, Recipient
from followup.store.db import Store
from followup.store.records import InterviewSummary, MessageKind, SavedInterview, SavedMessage, Status
from followup.store.schema import InterviewRow, MessageRow, NoteRow
from followup.tracker import MAX_CHECKINS, parse_timeline, zone_name

SUMMARY_COLUMNS = (
    InterviewRow.id, InterviewRow.company, InterviewRow.role, InterviewRow.people, InterviewRow.status,
    InterviewRow.interview_time, InterviewRow.time_zone, InterviewRow.deadline, InterviewRow.best,
    InterviewRow.sent_at, InterviewRow.timeline, InterviewRow.timeline_due, InterviewRow.checkins_sent,
    InterviewRow.last_checkin_at, InterviewRow.created_at, InterviewRow.updated_at,
)  # fmt: skip


class NotFound(LookupError):
    """No saved interview has this id."""


class CheckinLimit(ValueError):
    """The interview already had its two check-ins."""


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC)


# --- writes -------------------------------------------------------------------------


def save_interview(store: Store, result: FollowupResult, notes: str, now: datetime | None = None) -> int:
    """A new interview with its notes, facts, thank-you drafts and deadline; returns its id."""
    when = _now(now)
    row = InterviewRow(status="drafted", checkins_sent=0, created_at=when, note=NoteRow(text=notes))
    _fill(row, result, notes, when)
    with store.write() as session:
        session.add(row)
        session.flush()
        return row.id


def update_interview(store: Store, interview_id: int, result: FollowupResult, notes: str) -> None:
    """Reopened and edited: new facts and thank-you drafts replace the old ones, all or nothing."""
    when = _now(None)
    with store.write() as session:
        row = _row(session, interview_id)
        row.note.text = notes
        row.messages = [m for m in row.messages if m.kind != "thanks"]
        _fill(row, result, notes, when)


def update_drafts(store: Store, interview_id: int, notes: str, drafts: list[Draft]) -> None:
    """Edited notes and thank-you drafts (already re-checked) replace the saved ones together."""
    when = _now(None)
    with store.write() as session:
        row = _row(session, interview_id)
        row.note.text, row.updated_at = notes, when
        row.messages = [m for m in row.messages if m.kind != "thanks"]
        row.messages.extend(_message_row("thanks", draft, when) for draft in drafts)


def _fill(row: InterviewRow, result: FollowupResult, notes: str, when: datetime) -> None:
    facts, send_by = result.facts, result.send_by
    timeline = parse_timeline(_timeline_text(facts, notes), send_by.interview_time.date())
    row.company = facts.company.value if facts.company else ""
    row.role = facts.role.value if facts.role else ""
    row.people = json.dumps([p.name for p in facts.interviewers])
    row.interview_time, row.time_zone = send_by.interview_time, zone_name(send_by.interview_time)
    row.deadline, row.best = send_by.deadline, send_by.best
    row.timeline, row.timeline_due = (timeline.text, timeline.due) if timeline else ("", None)
    row.facts_json, row.engine, row.updated_at = facts.model_dump_json(), result.engine, when
    row.messages.extend(_message_row("thanks", draft, when) for draft in result.drafts)


def _timeline_text(facts: InterviewFacts, notes: str) -> str:
    """Agreed next steps first (their wording is the most specific), then the rest of the notes."""
    steps = [f"next: {s.value}. {s.source}" for s in facts.next_steps]
    return "\n".join([*steps, notes])


def _message_row(kind: MessageKind, draft: Draft, when: datetime) -> MessageRow:
    checks = json.dumps([c.model_dump() for c in draft.checks])
    return MessageRow(
        kind=kind, to_name=draft.to.name, to_email=draft.to.email, subject=draft.subject,
        body=draft.body, checks_json=checks, ok=draft.ok, created_at=when,
    )  # fmt: skip


def mark_sent(store: Store, interview_id: int, now: datetime | None = None) -> datetime:
    """The thank-you went out: records when (once; marking again keeps the first time)."""
    when = _now(now)
    with store.write() as session:
        row = _row(session, interview_id)
        if row.sent_at is None:
            row.sent_at, row.status, row.updated_at = when, "sent", when
            for message in row.messages:
                if message.kind == "thanks" and message.sent_at is None:
                    message.sent_at = when
        return row.sent_at


def set_status(store: Store, interview_id: int, status: Status, now: datetime | None = None) -> None:
    with store.write() as session:
        row = _row(session, interview_id)
        row.status, row.updated_at = status, _now(now)


def _replace_pending_checkin(row: InterviewRow, draft: Draft, when: datetime) -> MessageRow:
    """A new check-in in place of any unsent one; never a third."""
    if row.checkins_sent >= MAX_CHECKINS:
        raise CheckinLimit(row.checkins_sent)
    row.messages = [m for m in row.messages if not (m.kind == "checkin" and m.sent_at is None)]
    message = _message_row("checkin", draft, when)
    row.messages.append(message)
    return message


def save_checkin(store: Store, interview_id: int, draft: Draft, now: datetime | None = None) -> int:
    """Keeps a drafted check-in (replacing an unsent one); refuses a third."""
    when = _now(now)
    with store.write() as session:
        row = _row(session, interview_id)
        message = _replace_pending_checkin(row, draft, when)
        row.updated_at = when
        session.flush()
        return message.id


def mark_checkin_sent(store: Store, interview_id: int, now: datetime | None = None) -> int | None:
    """The drafted check-in went out; returns its number (1 or 2), or None if none was drafted."""
    when = _now(now)
    with store.write() as session:
        row = _row(session, interview_id)
        pending = [m for m in row.messages if m.kind == "checkin" and m.sent_at is None]
        if not pending or row.checkins_sent >= MAX_CHECKINS:
            return None
        pending[-1].sent_at = when
        row.checkins_sent += 1
        row.last_checkin_at, row.updated_at = when, when
        return row.checkins_sent


def record_checkin_sent(store: Store, interview_id: int, draft: Draft, now: datetime | None = None) -> int:
    """The check-in as sent, saved and counted in one transaction; returns its number."""
    when = _now(now)
    with store.write() as session:
        row = _row(session, interview_id)
        _replace_pending_checkin(row, draft, when).sent_at = when
        row.checkins_sent += 1
        row.last_checkin_at, row.updated_at = when, when
        return row.checkins_sent


def delete_interview(store: Store, interview_id: int) -> bool:
    """Deletes the interview with its notes and emails; False if there was none."""
    with store.write() as session:
        row = session.get(InterviewRow, interview_id)
        if row is None:
            return False
        session.delete(row)
        return True


def delete_all(store: Store) -> int:
    with store.write() as session:
        count = session.scalar(select(func.count()).select_from(InterviewRow)) or 0
        for table in (MessageRow, NoteRow, InterviewRow):
            session.execute(delete(table))
        return count


def save_from_page(result: FollowupResult, notes: str, interview_id: int | None) -> tuple[int | None, str]:
    """The draft page's "Save to my interviews": a new interview, or an update of the one saved from
    the same drafting; returns its id (None on failure) and one sentence for the person."""
    from followup.prompts import load_toml
    from followup.store.db import open_store

    words = load_toml("checkin.toml")["page"]
    try:
        store = open_store()
        if interview_id is not None and store_has(store, interview_id):
            update_interview(store, interview_id, result, notes)
        else:
            interview_id = save_interview(store, result, notes)
    except Exception as error:  # the page shows one sentence, never a traceback
        return None, str(words["store_error"]).format(reason=type(error).__name__)
    return interview_id, str(words["saved"]).format(id=interview_id)


def store_has(store: Store, interview_id: int) -> bool:
    with store.read() as session:
        return session.get(InterviewRow, interview_id) is not None


# --- reads --------------------------------------------------------------------------


def list_interviews(store: Store) -> list[InterviewSummary]:
    """Every interview, newest first, without notes or drafts: what the list and `due` need."""
    query = select(*SUMMARY_COLUMNS).order_by(InterviewRow.interview_time.desc(), InterviewRow.id.desc())
    with store.read() as session:
        rows = session.execute(query).all()
    return [_summary(row._mapping) for row in rows]


def _summary(values: Any) -> InterviewSummary:
    data = dict(values)
    data["people"] = json.loads(data["people"])
    return InterviewSummary.model_validate(data)


def get_interview(store: Store, interview_id: int) -> SavedInterview:
    with store.read() as session:
        row = _row(session, interview_id)
        return SavedInterview(
            summary=_summary({column.key: getattr(row, column.key) for column in SUMMARY_COLUMNS}),
            notes=row.note.text,
            facts=InterviewFacts.model_validate_json(row.facts_json),
            engine=row.engine,
            messages=[_message(m) for m in row.messages],
        )


def _message(row: MessageRow) -> SavedMessage:
    checks = [CheckResult.model_validate(c) for c in json.loads(row.checks_json)]
    draft = Draft(to=Recipient(name=row.to_name, email=row.to_email), subject=row.subject, body=row.body, checks=checks)
    kind: MessageKind = "checkin" if row.kind == "checkin" else "thanks"
    return SavedMessage(id=row.id, kind=kind, draft=draft, created_at=row.created_at, sent_at=row.sent_at)


def _row(session: Session, interview_id: int) -> InterviewRow:
    row = session.get(InterviewRow, interview_id)
    if row is None:
        raise NotFound(interview_id)
    return row


# --- export -------------------------------------------------------------------------


def export_interview(store: Store, interview_id: int) -> dict[str, Any]:
    """One interview as plain JSON data: everything saved, notes included (the person asked for it)."""
    return _exported(get_interview(store, interview_id))


def export_all(store: Store) -> dict[str, Any]:
    ids = [s.id for s in list_interviews(store)]
    return {"format": "followup-interviews/1", "interviews": [export_interview(store, i) for i in ids]}


def _exported(saved: SavedInterview) -> dict[str, Any]:
    data: dict[str, Any] = saved.summary.model_dump(mode="json")
    data["notes"] = saved.notes
    data["engine"] = saved.engine
    data["facts"] = saved.facts.model_dump(mode="json")
    data["messages"] = [
        {**m.model_dump(mode="json", exclude={"draft"}), **m.draft.model_dump(mode="json"), "ok": m.draft.ok}
        for m in saved.messages
    ]
    return data
