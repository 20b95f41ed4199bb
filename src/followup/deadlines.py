"""When things are due: the 24-hour thank-you badge, and when to check in.

Business days are counted on the interview's own calendar (its time zone), never
in UTC: a Friday-evening interview in California is already Saturday in UTC, and
"five business days" must still start from that Friday.

Standard library only, over any object with the `Schedule` fields (the pydantic
`InterviewSummary`, or the plain row `followup due` reads straight from SQLite),
so the page, `followup due` on either path and the tests share one set of rules
while `followup due` stays quick to start. Reading a stated timeline from the
notes ("decision in two weeks") lives in `followup.tracker`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from typing import Literal, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.prompts import load_toml

CHECKIN_OPENS = time(9)  # a check-in lands at the start of their working day, not at midnight
CHECKIN_CLOSES = time(17)
AFTER_TIMELINE = (1, 2)  # business days after the stated timeline: check in from, by
NO_TIMELINE = (5, 7)  # business days after the interview (or the last check-in) when no timeline was given
MAX_CHECKINS = 2

DueKind = Literal["send", "overdue", "check_in", "waiting", "done", "replied", "closed"]


class Schedule(Protocol):
    """What the due rules read from a saved interview (datetimes aware, dates on its own calendar)."""

    @property
    def status(self) -> str: ...
    @property
    def interview_time(self) -> datetime: ...
    @property
    def time_zone(self) -> str: ...
    @property
    def deadline(self) -> datetime: ...
    @property
    def timeline_due(self) -> date | None: ...
    @property
    def checkins_sent(self) -> int: ...
    @property
    def last_checkin_at(self) -> datetime | None: ...


# --- time zones ---------------------------------------------------------------------


def zone_name(moment: datetime) -> str:
    """An IANA name when the datetime carries one, else its fixed offset ("+02:00")."""
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@cache
def zone_of(name: str) -> tzinfo:
    match = re.fullmatch(r"([+-])(\d\d):(\d\d)", name)
    if match:
        minutes = int(match.group(2)) * 60 + int(match.group(3))
        return timezone(timedelta(minutes=-minutes if match.group(1) == "-" else minutes))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(zone_of(zone))


def add_business_days(day: date, count: int) -> date:
    """`count` Monday-to-Friday days after `day` (public holidays are not known)."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


# --- what is due --------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinWindow:
    number: int
    opens: datetime
    closes: datetime


def checkin_window(summary: Schedule) -> CheckinWindow | None:
    """When the next check-in is due: after the timeline + 1-2 business days, else 5-7 business
    days after the interview; a second one 5-7 business days after the first; never a third."""
    if summary.checkins_sent >= MAX_CHECKINS:
        return None
    zone = zone_of(summary.time_zone)
    if summary.checkins_sent and summary.last_checkin_at:
        base, (start, end) = summary.last_checkin_at.astimezone(zone).date(), NO_TIMELINE
    elif summary.timeline_due:
        base, (start, end) = summary.timeline_due, AFTER_TIMELINE
    else:
        base, (start, end) = summary.interview_time.astimezone(zone).date(), NO_TIMELINE
    opens = datetime.combine(add_business_days(base, start), CHECKIN_OPENS, tzinfo=zone)
    closes = datetime.combine(add_business_days(base, end), CHECKIN_CLOSES, tzinfo=zone)
    return CheckinWindow(summary.checkins_sent + 1, opens, closes)


@dataclass(frozen=True)
class Due:
    """The one thing to do next for an interview, and the badge that says it."""

    kind: DueKind
    badge: str
    at: datetime | None = None

    @property
    def now(self) -> bool:
        """Whether this belongs in `followup due`: something to send today."""
        return self.kind in ("send", "overdue", "check_in")


def due_state(summary: Schedule, now: datetime) -> Due:
    words = _words("badge")
    if summary.status == "drafted":
        if now >= summary.deadline:
            return Due("overdue", words["overdue"], summary.deadline)
        return Due("send", deadline_badge(summary.deadline, now), summary.deadline)
    if summary.status == "replied":
        return Due("replied", words["replied"])
    if summary.status == "closed":
        return Due("closed", words["closed"])
    window = checkin_window(summary)
    if window is None:
        return Due("done", words["done"].format(count=summary.checkins_sent))
    if now >= window.opens:
        return Due("check_in", words["check_in_now"], window.opens)
    return Due("waiting", words["check_in_from"].format(when=_day(window.opens)), window.opens)


def deadline_badge(deadline: datetime, now: datetime) -> str:
    """ "due in 5 h", "due in 40 min" or "overdue"."""
    words = _words("badge")
    left = deadline - now
    if left <= timedelta(0):
        return words["overdue"]
    if left < timedelta(hours=1):
        return words["due_minutes"].format(minutes=max(1, int(left.total_seconds() // 60)))
    return words["due_hours"].format(hours=int(left.total_seconds() // 3600))


def _day(moment: datetime) -> str:
    return f"{moment.strftime('%a %b')} {moment.day}"


def _words(section: str) -> dict[str, str]:
    return {key: str(value) for key, value in load_toml("checkin.toml")[section].items()}
