"""Deadlines, timelines and check-in dates across weekends and time zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.store.records import InterviewSummary
from followup.tracker import (
    add_business_days,
    checkin_window,
    deadline_badge,
    due_state,
    parse_timeline,
    zone_name,
    zone_of,
)

LA = ZoneInfo("America/Los_Angeles")
TOKYO = ZoneInfo("Asia/Tokyo")
FRIDAY_EVENING = datetime(2025, 3, 7, 18, 30, tzinfo=LA)  # Fri Mar 7, already Saturday in UTC


def summary(interview: datetime, **changes: object) -> InterviewSummary:
    values: dict[str, object] = {
        "id": 1, "company": "Parcelly", "role": "Backend Engineer", "people": ["Tomás Reyes"],
        "status": "sent", "interview_time": interview.astimezone(UTC), "time_zone": zone_name(interview),
        "deadline": interview + timedelta(hours=24), "best": interview + timedelta(hours=3),
        "created_at": interview, "updated_at": interview,
    }  # fmt: skip
    values.update(changes)
    return InterviewSummary.model_validate(values)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("next: they'll make a decision in two weeks", date(2025, 3, 21)),
        ("Priya said we'd hear back by Friday", date(2025, 3, 14)),  # said on a Friday: next Friday
        ("decision by end of next week", date(2025, 3, 14)),
        ("they will let me know by the end of the week", date(2025, 3, 14)),
        ("recruiter will get back to me within 3 business days", date(2025, 3, 12)),
        ("answer in a few days", date(2025, 3, 10)),
        ("next: Anna will reach out next week", date(2025, 3, 14)),
        ("update early next week", date(2025, 3, 11)),
        ("offer decisions by March 20", date(2025, 3, 20)),
        ("feedback by next Tuesday", date(2025, 3, 18)),
        ("hear back by end of month", date(2025, 3, 31)),
    ],
)
def test_timelines_people_write(text: str, expected: date) -> None:
    found = parse_timeline(text, FRIDAY_EVENING.date())
    assert found is not None and found.due == expected


def test_lines_without_a_decision_cue_are_not_timelines() -> None:
    assert parse_timeline("I have led two teams in 3 weeks of onboarding", FRIDAY_EVENING.date()) is None
    assert parse_timeline("interview on Friday at 6:30pm", FRIDAY_EVENING.date()) is None


def test_business_days_skip_the_weekend() -> None:
    assert add_business_days(date(2025, 3, 7), 1) == date(2025, 3, 10)  # Fri -> Mon
    assert add_business_days(date(2025, 3, 8), 1) == date(2025, 3, 10)  # Sat -> Mon
    assert add_business_days(date(2025, 3, 7), 5) == date(2025, 3, 14)


def test_friday_evening_with_end_of_next_week() -> None:
    timeline = parse_timeline("decision by end of next week", FRIDAY_EVENING.date())
    assert timeline is not None
    window = checkin_window(summary(FRIDAY_EVENING, timeline_due=timeline.due))
    assert window is not None
    # End of next week is Fri Mar 14; one to two business days later skips the weekend: Mon-Tue.
    assert window.opens == datetime(2025, 3, 17, 9, 0, tzinfo=LA)
    assert window.closes == datetime(2025, 3, 18, 17, 0, tzinfo=LA)


def test_friday_evening_without_a_timeline_counts_business_days_locally() -> None:
    window = checkin_window(summary(FRIDAY_EVENING))
    assert window is not None
    # Five business days after Friday (not after Saturday, its UTC date) is the next Friday.
    assert window.opens == datetime(2025, 3, 14, 9, 0, tzinfo=LA)
    assert window.closes == datetime(2025, 3, 18, 17, 0, tzinfo=LA)


def test_the_same_instant_is_a_different_day_in_another_zone() -> None:
    tokyo = FRIDAY_EVENING.astimezone(TOKYO)  # Saturday 11:30 in Tokyo
    window = checkin_window(summary(tokyo))
    assert window is not None and window.opens == datetime(2025, 3, 14, 9, 0, tzinfo=TOKYO)


def test_fixed_offsets_round_trip() -> None:
    moment = datetime(2025, 3, 7, 18, 30).astimezone(ZoneInfo("UTC")).astimezone()
    assert zone_of(zone_name(moment)).utcoffset(moment) == moment.utcoffset()
    assert zone_of("+05:30").utcoffset(None) == timedelta(hours=5, minutes=30)
    assert zone_of("Not/AZone") == UTC


def test_deadline_badges() -> None:
    deadline = FRIDAY_EVENING + timedelta(hours=24)
    assert deadline_badge(deadline, deadline - timedelta(hours=5, minutes=20)) == "due in 5 h"
    assert deadline_badge(deadline, deadline - timedelta(minutes=40)) == "due in 40 min"
    assert deadline_badge(deadline, deadline + timedelta(seconds=1)) == "overdue"


def test_due_states_through_the_life_of_an_interview() -> None:
    drafted = summary(FRIDAY_EVENING, status="drafted")
    assert due_state(drafted, FRIDAY_EVENING + timedelta(hours=19)).badge == "due in 5 h"
    assert due_state(drafted, FRIDAY_EVENING + timedelta(hours=25)).kind == "overdue"
    sent = summary(FRIDAY_EVENING, sent_at=FRIDAY_EVENING + timedelta(hours=2))
    waiting = due_state(sent, FRIDAY_EVENING + timedelta(days=3))
    assert (waiting.kind, waiting.badge, waiting.now) == ("waiting", "check in from Fri Mar 14", False)
    assert due_state(sent, FRIDAY_EVENING + timedelta(days=7)).kind == "check_in"
    once = summary(FRIDAY_EVENING, checkins_sent=1, last_checkin_at=datetime(2025, 3, 14, 10, tzinfo=LA))
    assert due_state(once, datetime(2025, 3, 20, 10, tzinfo=LA)).kind == "waiting"
    assert due_state(once, datetime(2025, 3, 21, 10, tzinfo=LA)).kind == "check_in"
    twice = summary(FRIDAY_EVENING, checkins_sent=2, last_checkin_at=datetime(2025, 3, 21, 10, tzinfo=LA))
    assert due_state(twice, datetime(2025, 5, 1, tzinfo=LA)).kind == "done"
    assert due_state(summary(FRIDAY_EVENING, status="replied"), datetime(2025, 5, 1, tzinfo=LA)).now is False
