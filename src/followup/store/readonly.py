"""The interview list straight from a current SQLite file, for `followup due` from cron.

`followup due` only reads, and a person runs it from cron, so the whole process
is what counts: loading SQLAlchemy and the pydantic models costs several times
the query itself. When the database is a SQLite file whose schema is already at
the newest revision, this module reads the list with the standard library,
read-only, and returns plain `SummaryRow`s that the shared due rules
(`followup.deadlines`) and the CLI's table and JSON accept like
`InterviewSummary`. Anything else (another database, no file yet, an older
schema, a value it does not expect) returns None, and the caller takes the
usual path through `followup.store.repo`, which migrates and validates.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

from followup.store.location import BUSY_TIMEOUT_MS, database_url, sqlite_file
from followup.store.migrations import HEAD


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """`followup.store.records.InterviewSummary` without pydantic: the same fields, in the same order."""

    id: int
    company: str
    role: str
    people: list[str]
    status: str
    interview_time: datetime
    time_zone: str
    deadline: datetime
    best: datetime
    sent_at: datetime | None
    timeline: str
    timeline_due: date | None
    checkins_sent: int
    last_checkin_at: datetime | None
    created_at: datetime
    updated_at: datetime

    def json_data(self) -> dict[str, Any]:
        """What `InterviewSummary.model_dump(mode="json")` gives for the same row."""
        return {field.name: _json_value(getattr(self, field.name)) for field in fields(self)}


_TIMES = {"interview_time", "deadline", "best", "sent_at", "last_checkin_at", "created_at", "updated_at"}
_COLUMNS = tuple(field.name for field in fields(SummaryRow))
# The same query as `repo.list_interviews`: newest first. Stored times are UTC text, so they sort as times.
_QUERY = f"SELECT {', '.join(_COLUMNS)} FROM interviews ORDER BY interview_time DESC, id DESC"


def list_summaries(url: str | None = None) -> list[SummaryRow] | None:
    """Every interview, newest first, read-only; None when the SQLAlchemy path must answer instead."""
    path = sqlite_file(url or database_url())
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # the version and the rows from one snapshot
        if connection.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD,)]:
            return None
        return [_summary(row) for row in connection.execute(_QUERY)]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _summary(row: tuple[Any, ...]) -> SummaryRow:
    values = dict(zip(_COLUMNS, row, strict=True))
    for name in _TIMES:
        values[name] = _utc(values[name])
    values["timeline_due"] = date.fromisoformat(values["timeline_due"]) if values["timeline_due"] else None
    people = json.loads(values["people"])
    if not isinstance(people, list) or not all(isinstance(p, str) for p in people):
        raise TypeError("people is not a list of names")
    values["people"] = people
    return SummaryRow(**values)


def _utc(value: str | None) -> datetime | None:
    """SQLAlchemy keeps `UTCDateTime` on SQLite as naive UTC text ("2025-03-07 18:30:00.000000")."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _json_value(value: object) -> object:
    if isinstance(value, datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text  # pydantic writes UTC as "Z"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value
