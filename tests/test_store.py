"""Saved interviews on real SQLite files in temp dirs: round-trips, migrations, concurrency, atomicity."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from followup.models import FollowupResult
from followup.service import DraftOptions, draft_offline
from followup.store import migrations, repo
from followup.store.db import Store, close_all, open_store
from followup.store.migrate import HEAD, MIGRATIONS, alembic_config, current_revision, table_names
from followup.store.schema import Base
from notes_cases import CASES

NOTES = CASES[0].notes
LA = ZoneInfo("America/Los_Angeles")
NOW = datetime(2025, 3, 5, 15, 0, tzinfo=LA)  # a Wednesday afternoon in California
SRC = str(Path(__file__).resolve().parents[1] / "src")


def drafted(notes: str = NOTES, now: datetime = NOW) -> FollowupResult:
    return draft_offline(notes, DraftOptions(now=now))


@pytest.fixture
def url(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'data' / 'followup.db'}"
    close_all()


@pytest.fixture
def store(url: str) -> Store:
    return open_store(url)


def test_round_trip_keeps_everything(store: Store) -> None:
    result = drafted()
    interview_id = repo.save_interview(store, result, NOTES, NOW)
    saved = repo.get_interview(store, interview_id)
    assert saved.notes == NOTES
    assert saved.facts == result.facts
    assert [m.draft for m in saved.messages] == result.drafts
    assert saved.summary.status == "drafted"
    assert saved.summary.deadline == result.send_by.deadline
    assert saved.summary.interview_time == result.send_by.interview_time
    assert saved.summary.time_zone == "America/Los_Angeles"
    assert saved.summary.company == "Parcelly" and saved.summary.people == ["Tomás Reyes"]
    assert saved.summary.timeline == "next week"
    assert [s.id for s in repo.list_interviews(store)] == [interview_id]


def test_a_reopened_store_sees_the_same_data(url: str) -> None:
    interview_id = repo.save_interview(open_store(url), drafted(), NOTES, NOW)
    close_all()
    assert repo.get_interview(open_store(url), interview_id).notes == NOTES


def test_migrations_run_from_an_empty_database(url: str) -> None:
    store = open_store(url)
    assert table_names(store.engine) == ["alembic_version", "interviews", "messages", "notes"]
    assert current_revision(store.engine) == HEAD


def test_head_constant_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    # `followup.store.migrations.HEAD` is what `followup due` compares a SQLite file's version with.
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == migrations.HEAD == HEAD
    assert (MIGRATIONS / "env.py").is_file()


def test_models_and_migrations_agree(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diffs == []


def test_sent_records_when_and_keeps_the_first_time(store: Store) -> None:
    interview_id = repo.save_interview(store, drafted(), NOTES, NOW)
    first = repo.mark_sent(store, interview_id, NOW + timedelta(hours=2))
    again = repo.mark_sent(store, interview_id, NOW + timedelta(hours=5))
    saved = repo.get_interview(store, interview_id)
    assert first == again == (NOW + timedelta(hours=2)).astimezone(UTC)
    assert saved.summary.status == "sent" and all(m.sent_at == first for m in saved.messages)


def test_deleting_an_interview_deletes_its_notes_from_the_file(store: Store, url: str) -> None:
    secret = "PRIVATE-salary-expectation-123456"
    keep = repo.save_interview(store, drafted(), NOTES, NOW)
    gone = repo.save_interview(store, drafted(NOTES + f"\n- {secret}"), NOTES + f"\n- {secret}", NOW)
    assert repo.delete_interview(store, gone)
    assert not repo.delete_interview(store, gone)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM notes")).scalar() == 1
        assert (
            connection.execute(text("SELECT count(*) FROM messages WHERE interview_id = :i"), {"i": gone}).scalar() == 0
        )
    close_all()
    assert secret.encode() not in Path(url.removeprefix("sqlite:///")).read_bytes()  # secure_delete
    assert repo.get_interview(open_store(url), keep).notes == NOTES


def test_delete_all_and_export(store: Store) -> None:
    for _ in range(3):
        repo.save_interview(store, drafted(), NOTES, NOW)
    exported = json.loads(json.dumps(repo.export_all(store)))
    assert len(exported["interviews"]) == 3
    one = exported["interviews"][0]
    assert one["notes"] == NOTES and one["facts"]["company"]["value"] == "Parcelly"
    assert one["messages"][0]["kind"] == "thanks" and one["messages"][0]["ok"] == drafted().drafts[0].ok
    assert repo.delete_all(store) == 3
    assert repo.list_interviews(store) == []


def test_a_failed_write_leaves_the_previous_state(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    interview_id = repo.save_interview(store, drafted(), NOTES, NOW)
    before = repo.get_interview(store, interview_id)
    edited = [m.draft.model_copy(update={"body": "edited"}) for m in before.messages]

    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(repo, "_message_row", broken)
    with pytest.raises(RuntimeError):
        repo.update_drafts(store, interview_id, "new notes", edited)
    assert repo.get_interview(store, interview_id) == before


def test_bad_input_is_refused_without_touching_the_data(store: Store) -> None:
    interview_id = repo.save_interview(store, drafted(), NOTES, NOW)
    naive = drafted().model_copy(deep=True)
    naive.send_by.deadline = naive.send_by.deadline.replace(tzinfo=None)
    with pytest.raises(Exception, match="aware"):
        repo.save_interview(store, naive, NOTES, NOW)
    assert [s.id for s in repo.list_interviews(store)] == [interview_id]


def _python(code: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)], text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={"PYTHONPATH": SRC + ":" + str(Path(__file__).parent), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip


WRITER = """
    import sys
    from followup.service import DraftOptions, draft_offline
    from followup.store import migrations, repo
    from followup.store.db import open_store
    from notes_cases import CASES
    store = open_store(sys.argv[1] if len(sys.argv) > 1 else {url!r})
    result = draft_offline(CASES[0].notes, DraftOptions())
    for _ in range({count}):
        repo.save_interview(store, result, CASES[0].notes)
    print("ok")
"""


def test_two_processes_writing_at_once_lose_nothing(url: str) -> None:
    writers = [_python(WRITER.format(url=url, count=40)) for _ in range(2)]  # both also migrate the new file
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.strip() == "ok"
    assert len(repo.list_interviews(open_store(url))) == 80


def test_a_crash_mid_write_keeps_the_saved_interviews(store: Store, url: str) -> None:
    repo.save_interview(store, drafted(), NOTES, NOW)
    crash = _python(f"""
        import os
        from sqlalchemy import text
        from followup.store.db import open_store
        store = open_store({url!r})
        with store.write() as session:
            session.execute(text("DELETE FROM messages"))
            session.execute(text("DELETE FROM notes"))
            session.execute(text("DELETE FROM interviews"))
            os._exit(9)  # the process dies before the commit
    """)
    crash.communicate(timeout=60)
    assert crash.returncode == 9
    saved = repo.list_interviews(store)
    assert len(saved) == 1 and repo.get_interview(store, saved[0].id).notes == NOTES


def test_at_most_two_checkins_are_recorded(store: Store) -> None:
    interview_id = repo.save_interview(store, drafted(), NOTES, NOW)
    draft = drafted().drafts[0]
    assert repo.record_checkin_sent(store, interview_id, draft, NOW + timedelta(days=8)) == 1
    assert repo.save_checkin(store, interview_id, draft, NOW + timedelta(days=15)) > 0
    assert repo.mark_checkin_sent(store, interview_id, NOW + timedelta(days=15)) == 2
    with pytest.raises(repo.CheckinLimit):
        repo.record_checkin_sent(store, interview_id, draft, NOW + timedelta(days=22))
    summary = repo.get_interview(store, interview_id).summary
    assert summary.checkins_sent == 2 and summary.last_checkin_at == (NOW + timedelta(days=15)).astimezone(UTC)


def test_database_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from followup.store.db import database_url

    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", "postgresql+psycopg://u@db/followup")
    assert database_url() == "postgresql+psycopg://u@db/followup"
    monkeypatch.delenv("FOLLOWUP_DATABASE_URL")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert database_url().startswith("sqlite:///") and database_url().endswith("followup.db")


def test_plain_sqlite_engine_sees_aware_times_stored_as_utc(store: Store, url: str) -> None:
    repo.save_interview(store, drafted(), NOTES, NOW)
    raw = create_engine(url)
    with raw.connect() as connection:
        stored = connection.execute(text("SELECT deadline FROM interviews")).scalar()
    raw.dispose()
    assert str(stored).startswith(str(drafted().send_by.deadline.astimezone(UTC).replace(tzinfo=None))[:16])
