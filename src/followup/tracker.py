"""When things are due: the 24-hour thank-you badge, and when to check in after the stated timeline.

Business days are counted on the interview's own calendar (its time zone), never
in UTC: a Friday-evening interview in California is already Saturday in UTC, and
"five business days" must still start from that Friday. Pure functions over
`InterviewSummary`, so the page, `followup due` and the tests share them and no
database import is needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.prompts import load_toml
from followup.store.records import InterviewSummary
from followup.when import MONTH_DAY_RE, MONTHS, WEEKDAYS

CHECKIN_OPENS = time(9)  # a check-in lands at the start of their working day, not at midnight
CHECKIN_CLOSES = time(17)
AFTER_TIMELINE = (1, 2)  # business days after the stated timeline: check in from, by
NO_TIMELINE = (5, 7)  # business days after the interview (or the last check-in) when no timeline was given
MAX_CHECKINS = 2

DueKind = Literal["send", "overdue", "check_in", "waiting", "done", "replied", "closed"]


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


# --- business days and timelines ----------------------------------------------------


def add_business_days(day: date, count: int) -> date:
    """`count` Monday-to-Friday days after `day` (public holidays are not known)."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


@dataclass(frozen=True)
class Timeline:
    """What the interviewer said about when they would decide, and the day that means."""

    text: str
    due: date


_NUMBER = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a couple": 2, "couple of": 2, "a few": 3, "few": 3,
}  # fmt: skip
_COUNT = r"(\d{1,2}|a couple(?: of)?|couple of|a few|few|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
_WEEKDAY = r"(monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri)"
CUE_RE = re.compile(
    r"\b(decid\w*|decision|hear(?:ing)? back|get back|back to (?:me|you)|answer|update|news|respond|response|"
    r"let (?:me|you) know|follow[ -]?up|next steps?|offer|feedback|touch|reach out|results?|timeline|next:)",
    re.IGNORECASE,
)
IN_COUNT_RE = re.compile(rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_COUNT}\s+(business\s+|working\s+)?(day|week)s?\b")
BY_WEEKDAY_RE = re.compile(rf"\b(?:by|before|until|on)\s+(next\s+)?{_WEEKDAY}\b")
END_OF_NEXT_WEEK_RE = re.compile(r"\bend of next week\b")
END_OF_WEEK_RE = re.compile(r"\bend of (?:the |this )?week\b")
EARLY_NEXT_WEEK_RE = re.compile(r"\b(?:early|beginning of|start of) next week\b")
NEXT_WEEK_RE = re.compile(r"\bnext week\b")
END_OF_MONTH_RE = re.compile(r"\bend of (?:the |this )?month\b")
TOMORROW_RE = re.compile(r"\btomorrow\b")


def parse_timeline(text: str, interview: date) -> Timeline | None:
    """The first stated decision timeline in `text` ("decision in two weeks", "by Friday",
    "end of next week"), resolved against the interview's local date; None if none is stated."""
    for line in re.split(r"[\n.;!?]+", text):
        if not CUE_RE.search(line):
            continue
        found = _timeline_in(line.lower(), interview)
        if found is not None:
            return found
    return None


def _timeline_in(line: str, interview: date) -> Timeline | None:
    monday = interview - timedelta(days=interview.weekday())
    if m := IN_COUNT_RE.search(line):
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER[m.group(1)]
        if m.group(3) == "week":
            return Timeline(m.group(0), interview + timedelta(weeks=count))
        due = add_business_days(interview, count) if m.group(2) else interview + timedelta(days=count)
        return Timeline(m.group(0), due)
    if m := END_OF_NEXT_WEEK_RE.search(line):
        return Timeline(m.group(0), monday + timedelta(days=11))
    if m := EARLY_NEXT_WEEK_RE.search(line):
        return Timeline(m.group(0), monday + timedelta(days=8))
    if m := END_OF_WEEK_RE.search(line):
        friday = monday + timedelta(days=4)
        return Timeline(m.group(0), friday if friday > interview else friday + timedelta(days=7))
    if m := BY_WEEKDAY_RE.search(line):
        target = WEEKDAYS[m.group(2)]
        ahead = (target - interview.weekday()) % 7 or 7  # "by Friday" said on a Friday means next Friday
        return Timeline(m.group(0), interview + timedelta(days=ahead + (7 if m.group(1) else 0)))
    return _calendar_timeline(line, interview, monday)


def _calendar_timeline(line: str, interview: date, monday: date) -> Timeline | None:
    if m := NEXT_WEEK_RE.search(line):
        return Timeline(m.group(0), monday + timedelta(days=11))
    if m := END_OF_MONTH_RE.search(line):
        first_next = (interview.replace(day=28) + timedelta(days=4)).replace(day=1)
        return Timeline(m.group(0), first_next - timedelta(days=1))
    if m := TOMORROW_RE.search(line):
        return Timeline(m.group(0), interview + timedelta(days=1))
    if (m := MONTH_DAY_RE.search(line)) and re.search(r"\b(?:by|before|until|on)\s+$", line[: m.start()]):
        return _dated(m, interview)
    return None


def _dated(match: re.Match[str], interview: date) -> Timeline | None:
    try:
        due = date(interview.year, MONTHS[match.group(1)[:3]], int(match.group(2)))
    except ValueError:
        return None
    if due < interview:
        due = due.replace(year=due.year + 1)
    return Timeline(match.group(0), due)


# --- what is due --------------------------------------------------------------------


@dataclass(frozen=True)
class CheckinWindow:
    number: int
    opens: datetime
    closes: datetime


def checkin_window(summary: InterviewSummary) -> CheckinWindow | None:
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


def due_state(summary: InterviewSummary, now: datetime) -> Due:
    words = _words("badge")
    if summary.status == "drafted":
        if now >= summary.deadline:
            return Due("overdue", words["overdue"], summary.deadline)
        return Due("send", deadline_badge(summary.deadline, now), summary.deadline)
    if summary.status in ("replied", "closed"):
        return Due(summary.status, words[summary.status])
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
