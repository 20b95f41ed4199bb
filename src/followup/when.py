"""When the interview happened, from the few ways notes say it.

Notes say "thurs 10am", "Tues Nov 24, 2pm", "11/20 3:30pm" or "today". A general
date parser reads weekdays forwards and mistakes phone digits for dates, so we
recognise this small grammar ourselves and always resolve to the most recent
matching day: an interview being written up has already happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from followup import regex_cache

WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2,
    "wednesday": 2, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
WEEKDAY_RE = regex_cache.compile(
    # not a day that comes round: "line cleaning every tues", "fri/sat lates till 1am"
    # nor "one Saturday a month"
    r"(?<!\bevery )(?<!\beach )(?<!\bone )(?<![/-])\b"
    r"(monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thur|thu|friday|fri|saturday|sunday)\b\.?"
    r"(?!\s*[/-]\s*(?:mon|tue|wed|thu|fri|sat|sun))(?!\s+(?:a|per|each|every)\s+month\b)",
    re.IGNORECASE,
)
MONTH_DAY_RE = regex_cache.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
DAY_MONTH_RE = regex_cache.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:\s+(\d{{4}}))?", re.I)
NUMERIC_RE = regex_cache.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/])")
ISO_RE = regex_cache.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
CLOCK_RE = regex_cache.compile(
    r"(?<![\d:.])(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])|(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])|\b(noon)\b",
    re.IGNORECASE,
)
CLOCK_RANGE_RE = regex_cache.compile(
    r"(?<![\d:.])(\d{1,2})(?::(\d{2}))?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])", re.I
)
RELATIVE_RE = regex_cache.compile(r"\b(today|yesterday|this morning|this afternoon|this evening|tonight)\b", re.I)
PART_OF_DAY = {
    "this morning": time(10),
    "this afternoon": time(14),
    "this evening": time(18),
    "tonight": time(18),
}
DEFAULT_TIME = time(12)


@dataclass(frozen=True)
class Parsed:
    when: datetime
    has_date: bool
    has_time: bool


def parse_when(text: str, now: datetime) -> Parsed | None:
    """The interview time a snippet names, resolved against `now`; None if it names none."""
    day, by_weekday = _find_date(text, now)
    clock = _find_clock(text)
    if day is None and clock is None:
        return None
    resolved = datetime.combine(day or now.date(), clock or DEFAULT_TIME, tzinfo=now.tzinfo)
    if resolved > now and (day is None or by_weekday):
        # "2pm" or "thurs 10am" later than now means the last such day, not a future one.
        resolved -= timedelta(days=1 if day is None else 7)
    return Parsed(resolved, day is not None, clock is not None)


def _find_date(text: str, now: datetime) -> tuple[date | None, bool]:
    """The date named, and whether it came from a bare weekday."""
    today = now.date()
    for finder in (_iso, _month_day, _day_month, _numeric):
        found = finder(text, today)
        if found:
            return found, False
    relative = RELATIVE_RE.search(text)
    if relative:
        yesterday = relative.group(1).lower() == "yesterday"
        return (today - timedelta(days=1) if yesterday else today), False
    weekday = WEEKDAY_RE.search(text)
    if weekday:
        target = WEEKDAYS[weekday.group(1).lower()]
        return today - timedelta(days=(today.weekday() - target) % 7), True
    return None, False


def _recent(year: int | None, month: int, day: int, today: date) -> date | None:
    """The most recent such date: notes rarely give the year."""
    try:
        if year is not None:
            return date(year if year > 99 else 2000 + year, month, day)
        candidate = date(today.year, month, day)
    except ValueError:
        return None
    if candidate > today + timedelta(days=1):
        try:
            candidate = date(today.year - 1, month, day)
        except ValueError:
            return None
    return candidate


def _iso(text: str, today: date) -> date | None:
    m = ISO_RE.search(text)
    return _recent(int(m.group(1)), int(m.group(2)), int(m.group(3)), today) if m else None


def _month_day(text: str, today: date) -> date | None:
    m = MONTH_DAY_RE.search(text)
    if not m:
        return None
    year = int(m.group(3)) if m.group(3) else None
    return _recent(year, MONTHS[m.group(1).lower()[:3]], int(m.group(2)), today)


def _day_month(text: str, today: date) -> date | None:
    m = DAY_MONTH_RE.search(text)
    if not m:
        return None
    year = int(m.group(3)) if m.group(3) else None
    return _recent(year, MONTHS[m.group(2).lower()[:3]], int(m.group(1)), today)


def _numeric(text: str, today: date) -> date | None:
    m = NUMERIC_RE.search(text)
    if not m or not (1 <= int(m.group(1)) <= 12):
        return None
    year = int(m.group(3)) if m.group(3) else None
    return _recent(year, int(m.group(1)), int(m.group(2)), today)


def _find_clock(text: str) -> time | None:
    relative = RELATIVE_RE.search(text)
    # "2:00 – 2:45pm", "9-10am": a range starts in the half of the day it ends in, unless it crosses noon
    span = CLOCK_RANGE_RE.search(text)
    m = CLOCK_RE.search(text)
    # Not "Thursday, February 5 — 1:00 PM": a day of the month, then the time
    after_month = span is not None and re.search(rf"{_MONTH}\s*$", text[: span.start()], re.IGNORECASE) is not None
    if span and not after_month and (m is None or span.start() <= m.start()):
        start, end = int(span.group(1)), int(span.group(3))
        pm = span.group(5).lower().startswith("p")
        end24 = end % 12 + (12 if pm else 0)
        start24 = start % 12 + (12 if pm else 0)
        if start <= 12 and int(span.group(2) or 0) <= 59:
            return time(start24 if start24 <= end24 else start % 12, int(span.group(2) or 0))
    if m is None:
        if relative and relative.group(1).lower() in PART_OF_DAY:
            return PART_OF_DAY[relative.group(1).lower()]
        return None
    if m.group(6):
        return time(12)
    if m.group(4):
        return time(int(m.group(4)), int(m.group(5)))
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 12 or minute > 59:
        return None
    pm = m.group(3).lower().startswith("p")
    return time(hour % 12 + (12 if pm else 0), minute)
