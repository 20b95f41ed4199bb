"""The store commands as a person runs them: real subprocesses against a temp SQLite file (and `followup due`'s
two read paths compared in process)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.cli import build_parser
from followup.commands import due
from followup.models import FollowupResult
from followup.service import DraftOptions, draft_offline
from followup.store import repo
from followup.store.db import close_all, open_store
from followup.store.migrations import HEAD
from followup.store.readonly import SummaryRow, list_summaries
from followup.store.records import InterviewSummary
from notes_cases import CASES

NOTES = CASES[0].notes


@pytest.fixture
def cli(tmp_path: Path):  # type: ignore[no-untyped-def]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    env["FOLLOWUP_DATABASE_URL"] = f"sqlite:///{tmp_path / 'cli.db'}"
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "followup.cli", *args], capture_output=True, text=True, timeout=60,
            env=env, cwd=tmp_path, check=False,
        )  # fmt: skip

    return run


def test_draft_save_history_sent_due_checkin(cli) -> None:  # type: ignore[no-untyped-def]
    saved = cli("draft", "notes.txt", "--save", "--engine", "offline", "--json")
    assert saved.returncode in (0, 1), saved.stderr
    assert "saved as interview 1" in saved.stderr
    assert json.loads(saved.stdout)["facts"]["company"]["value"] == "Parcelly"  # stdout is still the JSON

    history = cli("history")
    assert history.returncode == 0 and "Parcelly" in history.stdout and "drafted" in history.stdout
    rows = json.loads(cli("history", "--json").stdout)["interviews"]
    assert rows[0]["id"] == 1 and rows[0]["next"]["kind"] in ("send", "overdue")

    interview = datetime.fromisoformat(rows[0]["interview_time"])
    at = lambda days: (interview + timedelta(days=days)).isoformat()  # noqa: E731

    assert "Parcelly" in cli("due", "--now", at(0.5)).stdout  # the thank-you itself is due
    sent = cli("sent", "1", "--now", at(0.5))
    assert sent.returncode == 0 and "marked sent" in sent.stdout
    assert "Nothing due." in cli("due", "--now", at(2)).stdout  # "next week" has not passed yet

    due = cli("due", "--draft", "--now", at(30))
    assert due.returncode == 0 and "check in now" in due.stdout
    assert "Subject: Checking in on the Backend Engineer role" in due.stdout
    assert "✓ reference" in due.stdout and "✗" not in due.stdout
    marked = cli("sent", "1", "--checkin", "--now", at(30))
    assert marked.returncode == 0 and "check-in 1" in marked.stdout
    later = json.loads(cli("due", "--json", "--now", at(31)).stdout)
    assert later["due"] == []


def test_export_and_delete(cli) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        cli("draft", "notes.txt", "--save", "--engine", "offline")
    one = json.loads(cli("export", "1").stdout)
    assert one["id"] == 1 and one["notes"] == NOTES and one["messages"][0]["kind"] == "thanks"
    assert len(json.loads(cli("export").stdout)["interviews"]) == 2
    assert cli("delete", "1").returncode == 0
    missing = cli("delete", "1")
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "No saved interview" in missing.stderr
    refused = cli("delete", "--all")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert "Deleted 1 interview" in cli("delete", "--all", "--yes").stdout
    assert "No saved interviews yet" in cli("history").stdout


def test_usage_errors_are_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    for args in (["sent", "99"], ["export", "99"], ["sent", "x"], ["delete"]):
        result = cli(*args)
        assert result.returncode == 2 and "Traceback" not in result.stderr, args


def test_an_unusable_database_is_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_")}
    env["FOLLOWUP_DATABASE_URL"] = f"sqlite:///{tmp_path / 'not-a-db.txt'}"
    (tmp_path / "not-a-db.txt").write_text("this is not a database " * 100)
    result = subprocess.run(
        [sys.executable, "-m", "followup.cli", "history"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 2 and "Cannot open your interviews database" in result.stderr
    assert "Traceback" not in result.stderr


def test_plain_draft_never_imports_sqlalchemy(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text(NOTES, encoding="utf-8")
    code = (
        "import sys, contextlib, io\n"
        "from followup.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['draft', {str(tmp_path / 'notes.txt')!r}, '--engine', 'offline'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- `followup due` reads a current SQLite file without SQLAlchemy or pydantic ------------

LA = ZoneInfo("America/Los_Angeles")
SATURDAY = datetime(2025, 3, 8, 10, 0, tzinfo=LA)  # the morning after a Friday-evening interview
CASE = {c.id: c.notes for c in CASES}


def _draft(notes: str, now: datetime = SATURDAY) -> FollowupResult:
    return draft_offline(notes, DraftOptions(now=now))


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Interviews in every state: drafted (due soon, overdue), sent (check-in due, waiting), one check-in
    sent, replied, closed; a Friday-evening interview; times with and without microseconds."""
    url = f"sqlite:///{tmp_path / 'mixed.db'}"
    monkeypatch.setenv("FOLLOWUP_DATABASE_URL", url)
    store = open_store(url)
    friday = CASE["shorthand"].replace("thurs 10am", "fri 6:30pm")
    ids = {
        name: repo.save_interview(store, _draft(notes), notes, SATURDAY + timedelta(microseconds=micro))
        for name, notes, micro in [
            ("friday", friday, 0),
            ("overdue", CASE["labelled"], 120),
            ("checkin", CASE["transcript"], 0),
            ("no_timeline", CASE["no-next-step"], 5),
            ("accents", CASE["accents-hyphens"], 0),
            ("second", CASE["international"], 0),
            ("replied", CASE["trades"], 0),
            ("closed", CASE["panel-three"], 0),
        ]
    }
    repo.mark_sent(store, ids["checkin"], datetime(2024, 11, 20, 18, 0, 0, 123000, tzinfo=LA))
    repo.mark_sent(store, ids["no_timeline"], SATURDAY)
    repo.mark_sent(store, ids["second"], SATURDAY)
    draft = repo.get_interview(store, ids["second"]).messages[0].draft
    repo.record_checkin_sent(store, ids["second"], draft, SATURDAY + timedelta(days=3, microseconds=7))
    repo.set_status(store, ids["replied"], "replied", SATURDAY)
    repo.set_status(store, ids["closed"], "closed", SATURDAY)
    yield url
    close_all()


def _due(capsys: pytest.CaptureFixture[str], *args: str, quick: bool) -> str:
    assert due.run(build_parser(["due"]).parse_args(["due", *args]), quick=quick) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("days", [0.1, 2, 9, 16, 40])
def test_due_prints_the_same_on_the_quick_path_and_through_sqlalchemy(
    mixed: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, days: float
) -> None:
    now = (SATURDAY + timedelta(days=days)).isoformat()
    slow = {extra: _due(capsys, "--now", now, *extra, quick=False) for extra in ((), ("--json",))}

    def no_store(*_: object) -> None:
        raise AssertionError("the quick path opened the SQLAlchemy store")

    monkeypatch.setattr("followup.store.db.open_store", no_store)
    for extra, expected in slow.items():
        assert _due(capsys, "--now", now, *extra, quick=True) == expected
    if days == 0.1:  # the Friday-evening thank-you is still due on Saturday, with an overdue one
        assert "due in 6 h" in slow[()] and "overdue" in slow[()]
    if days == 9:
        assert any(row["next"]["kind"] == "check_in" for row in json.loads(slow[("--json",)])["due"])


def test_the_quick_rows_have_the_summary_fields_in_order() -> None:
    assert list(SummaryRow.__dataclass_fields__) == list(InterviewSummary.model_fields)


def test_the_quick_path_steps_aside_when_it_cannot_answer(mixed: str, tmp_path: Path) -> None:
    assert list_summaries(mixed) is not None and len(list_summaries(mixed) or []) == 8
    assert list_summaries("postgresql+psycopg://u@db/followup") is None
    assert list_summaries("sqlite:///:memory:") is None
    missing = tmp_path / "missing.db"
    assert list_summaries(f"sqlite:///{missing}") is None and not missing.exists()  # never creates the file
    path = mixed.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    assert list_summaries(mixed) is None  # an older schema: the store migrates it first
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (HEAD,))
    assert list_summaries(mixed) is not None


def test_due_on_a_new_database_creates_and_migrates_it(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("due")
    assert result.returncode == 0 and "Nothing due." in result.stdout
    with sqlite3.connect(tmp_path / "cli.db") as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD,)]


def test_due_on_a_current_sqlite_file_never_imports_sqlalchemy_or_pydantic(mixed: str) -> None:
    close_all()
    code = (
        "import sys, contextlib, io\n"
        "from followup.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    main(['due', '--now', sys.argv[1]]); main(['due', '--json', '--now', sys.argv[1]])\n"
        "heavy = ('sqlalchemy', 'alembic', 'pydantic', 'pydantic_core', 'followup.models')\n"
        "print(sorted(m for m in sys.modules if m in heavy or m.startswith(tuple(h + '.' for h in heavy))))\n"
        "print('check in now' in out.getvalue())\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    env["FOLLOWUP_DATABASE_URL"] = mixed
    now = (SATURDAY + timedelta(days=9)).isoformat()
    result = subprocess.run(
        [sys.executable, "-c", code, now], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    assert result.stdout.split("\n")[:2] == ["[]", "True"], result.stdout + result.stderr
