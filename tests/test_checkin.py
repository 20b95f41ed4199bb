"""The check-in email: drafted offline or by a (fake) model, judged by its own checks."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from followup.checkin import CheckinRefused, checkin_titles, draft_checkin, interview_date, recheck
from followup.checklist import CHECKIN_DECLARED
from followup.prompts import load_toml, placeholders
from followup.service import DraftOptions, draft_offline
from followup.store.records import InterviewSummary, SavedInterview
from followup.tracker import zone_name
from notes_cases import CASES

LA = ZoneInfo("America/Los_Angeles")
NOTES = CASES[0].notes


def saved(status: str = "sent", checkins: int = 0, notes: str = NOTES) -> SavedInterview:
    now = datetime(2025, 3, 8, 9, tzinfo=LA)
    result = draft_offline(notes, DraftOptions(now=now))
    when = result.send_by.interview_time
    summary = InterviewSummary(
        id=7, company="Parcelly", role="Backend Engineer", people=["Tomás Reyes"], status=status,  # type: ignore[arg-type]
        interview_time=when, time_zone=zone_name(when), deadline=result.send_by.deadline, best=result.send_by.best,
        timeline="end of next week", checkins_sent=checkins, created_at=now, updated_at=now,
    )  # fmt: skip
    return SavedInterview(summary=summary, notes=notes, facts=result.facts, engine="offline")


def test_the_offline_checkin_passes_its_checks() -> None:
    checkin = draft_checkin(saved())
    draft = checkin.draft
    assert checkin.engine == "offline" and draft.ok
    assert [c.id for c in draft.checks] == [i for i, _ in CHECKIN_DECLARED]
    assert draft.body.startswith("Hi Tomás,")
    assert "Backend Engineer role at Parcelly" in draft.body
    assert "Thursday, March 6" in draft.body  # "thurs 10am" before Saturday Mar 8
    assert "by the end of next week" in draft.body
    assert "(503) 555-0187" in draft.body and "lena.hart@fastmail.com" in draft.body


def test_the_second_checkin_reads_differently() -> None:
    first, second = draft_checkin(saved()).draft, draft_checkin(saved(checkins=1)).draft
    assert first.body != second.body and second.ok


@pytest.mark.parametrize(
    ("edit", "failing"),
    [
        (lambda b: b.replace("Hi Tomás,", "Hi there,"), "recipient"),
        (lambda b: b.replace("Backend Engineer ", ""), "reference"),
        (lambda b: b.replace("Thursday, March 6", "last week"), "reference"),
        (lambda b: b.replace("(503) 555-0187", "").replace(" · ", ""), "contact"),
    ],
)
def test_each_check_catches_its_problem(edit: object, failing: str) -> None:
    record = saved()
    draft = draft_checkin(record).draft
    assert callable(edit)
    checked = recheck(record, draft.model_copy(update={"body": edit(draft.body)}))
    assert [c.id for c in checked.failures] == [failing]


def test_the_date_may_be_written_other_ways() -> None:
    record = saved()
    draft = draft_checkin(record).draft
    for written in ("Mar 6", "6 March", "3/6", "March 6th"):
        body = draft.body.replace("Thursday, March 6", written)
        assert recheck(record, draft.model_copy(update={"body": body})).ok, written


def test_no_checkin_before_the_thanks_or_after_two() -> None:
    with pytest.raises(CheckinRefused, match="thank-you first"):
        draft_checkin(saved(status="drafted"))
    with pytest.raises(CheckinRefused, match="already sent 2"):
        draft_checkin(saved(checkins=2))


GOOD = """Subject: Checking in on the Backend Engineer role

Hi Tomás,

I hope you're well. I'm following up on the Backend Engineer role at Parcelly and our interview on Thursday, March 6. Is there any news on timing?

Thanks again,
Lena Hart
(503) 555-0187 · lena.hart@fastmail.com"""


def test_a_model_rewrite_is_used_when_it_passes() -> None:
    checkin = draft_checkin(saved(), model=FakeListChatModel(responses=[GOOD]))
    assert checkin.engine == "llm" and checkin.draft.ok and "Is there any news" in checkin.draft.body


def test_a_model_rewrite_that_fails_falls_back_offline() -> None:
    bad = GOOD.replace("(503) 555-0187 · ", "")
    checkin = draft_checkin(saved(), model=FakeListChatModel(responses=[bad]))
    assert checkin.engine == "offline" and checkin.draft.ok and checkin.notice


def test_a_model_error_falls_back_offline() -> None:
    class Broken(FakeListChatModel):
        def invoke(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
            raise TimeoutError("slow")

    checkin = draft_checkin(saved(), model=Broken(responses=[""]))
    assert checkin.engine == "offline" and checkin.notice and "TimeoutError" in checkin.notice


def test_every_checkin_template_renders() -> None:
    words = load_toml("checkin.toml")
    values = {name: "x" for section in words.values() for t in _strings(section) for name in placeholders(t)}
    for section in words.values():
        for template in _strings(section):
            assert template.format(**values)
    assert set(checkin_titles()) == {i for i, _ in CHECKIN_DECLARED}
    assert interview_date(datetime(2025, 3, 7, tzinfo=LA)) == "Friday, March 7"
    assert (datetime(2025, 3, 7, tzinfo=LA) + timedelta(0)).tzinfo is LA


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    return []
