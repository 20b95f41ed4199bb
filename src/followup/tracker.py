"""Reading the interviewer's stated timeline ("decision in two weeks", "by Friday") from the notes.

The due rules themselves (the 24-hour badge, the check-in window, business days
on the interview's own calendar) live in `followup.deadlines`, standard library
only, so `followup due` can use them without loading pydantic; they are
re-exported here for the page and the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from followup import regex_cache
from followup.deadlines import (
    AFTER_TIMELINE,
    CHECKIN_CLOSES,
    CHECKIN_OPENS,
    MAX_CHECKINS,
    NO_TIMELINE,
    CheckinWindow,
    Due,
    DueKind,
    Schedule,
    add_business_days,
    checkin_window,
    deadline_badge,
    due_state,
    local,
    zone_name,
    zone_of,
)
from followup.when import MONTH_DAY_RE, MONTHS, WEEKDAYS

__all__ = [
    "AFTER_TIMELINE", "CHECKIN_CLOSES", "CHECKIN_OPENS", "MAX_CHECKINS", "NO_TIMELINE", "CheckinWindow", "Due",
    "DueKind", "Schedule", "Timeline", "add_business_days", "checkin_window", "deadline_badge", "due_state",
    "local", "parse_timeline", "zone_name", "zone_of",
]  # fmt: skip


# --- timelines ----------------------------------------------------------------------


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
CUE_RE = regex_cache.compile(
    r"\b(decid\w*|decision|hear(?:ing)? back|get back|back to (?:me|you)|answer|update|news|respond|response|"
    r"let (?:me|you) know|follow[ -]?up|next steps?|offer|feedback|touch|reach out|results?|timeline|next:)",
    re.IGNORECASE,
)
IN_COUNT_RE = regex_cache.compile(
    rf"\b(?:in|within)\s+(?:the\s+next\s+)?{_COUNT}\s+(business\s+|working\s+)?(day|week)s?\b"
)
BY_WEEKDAY_RE = regex_cache.compile(rf"\b(?:by|before|until|on)\s+(next\s+)?{_WEEKDAY}\b")
END_OF_NEXT_WEEK_RE = regex_cache.compile(r"\bend of next week\b")
END_OF_WEEK_RE = regex_cache.compile(r"\bend of (?:the |this )?week\b")
EARLY_NEXT_WEEK_RE = regex_cache.compile(r"\b(?:early|beginning of|start of) next week\b")
NEXT_WEEK_RE = regex_cache.compile(r"\bnext week\b")
END_OF_MONTH_RE = regex_cache.compile(r"\bend of (?:the |this )?month\b")
TOMORROW_RE = regex_cache.compile(r"\btomorrow\b")


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
