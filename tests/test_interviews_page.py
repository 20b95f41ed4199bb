"""The Interviews page through AppTest, and the bar: draft, refresh, deadline, sent, a week later the check-in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from followup.store import repo
from followup.store.db import close_all, open_store

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TIMEOUT = 30
NOTES = """\
mtg w/ Tomás Reyes (eng mgr) @ Parcelly - backend eng role, today 10am
- their webhook retries pile up during carrier outages, want idempotent consumer
- asked abt my kafka work at Lattice, the dedupe by event id
Lena Hart  lena.hart@fastmail.com  (503) 555-0187
"""


@pytest.fixture(autouse=True)
def page_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'page.db'}"
    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", url)
    monkeypatch.setenv("FOLLOWUP_PROFILE_PATH", str(tmp_path / "profile.json"))
    monkeypatch.chdir(tmp_path)
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "FOLLOWUP_ENGINE", "FOLLOWUP_MODEL"):
        monkeypatch.delenv(name, raising=False)
    yield url
    close_all()


def interviews(now: datetime) -> AppTest:
    """A fresh browser session (a refresh) on the Interviews page, with the clock at `now`."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["interviews_now"] = now
    at.switch_page("ui/interviews.py").run()
    assert not at.exception, at.exception
    return at


def markdown(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def test_draft_refresh_deadline_sent_and_a_week_later_the_checkin(page_env: str) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    at.text_area(key="notes").input(NOTES)
    at.button(key="draft").click().run()
    at.button(key="save-interview").click().run()
    assert not at.exception
    assert any("Saved to your interviews" in str(s.value) for s in at.success), [s.value for s in at.success] + [
        e.value for e in at.error
    ]
    at.button(key="save-interview").click().run()  # saving again updates, never duplicates
    (saved,) = repo.list_interviews(open_store(page_env))
    interview = saved.interview_time

    page = interviews(interview + timedelta(hours=19))
    assert "Parcelly" in markdown(page) and "due in 5 h" in markdown(page)
    page.button(key="sent-1").click().run()
    assert "check in from" in markdown(page)

    later = interviews(interview + timedelta(days=7))
    assert "check in now" in markdown(later)
    body = later.text_area(key="ci-1-0-b").value
    assert body.startswith("Hi Tomás,") and "Backend Engineer role at Parcelly" in body
    checks = [line for line in markdown(later).splitlines() if re.match(r":\w+\[[✓✗]\]", line)]
    assert len(checks) == 3 and all(line.startswith(":green[✓]") for line in checks)
    later.button(key="ci-1-0-sent").click().run()
    assert repo.get_interview(open_store(page_env), 1).summary.checkins_sent == 1


def test_an_empty_store_says_what_to_do() -> None:
    page = interviews(datetime.now().astimezone())
    assert any("No saved interviews yet" in str(i.value) for i in page.info)


def test_reopen_edit_recheck_and_delete(page_env: str) -> None:
    store = open_store(page_env)
    from followup.service import DraftOptions, draft_offline

    for _ in range(2):
        repo.save_interview(store, draft_offline(NOTES, DraftOptions()), NOTES)
    page = interviews(datetime.now().astimezone())
    page.toggle(key="open-1").set_value(True).run()
    message_id = repo.get_interview(store, 1).messages[0].id
    page.text_area(key=f"b-1-{message_id}").input("Hello,\n\nThanks.").run()
    page.button(key="save-1").click().run()
    edited = repo.get_interview(store, 1).messages[0].draft
    assert edited.body == "Hello,\n\nThanks." and not edited.ok  # re-checked on save
    page.checkbox(key="confirm-1").check().run()
    page.button(key="del-1").click().run()
    assert [s.id for s in repo.list_interviews(store)] == [2]
    page.checkbox(key="confirm-all").check().run()
    page.button(key="delete-all").click().run()
    assert repo.list_interviews(store) == []
