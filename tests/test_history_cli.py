"""The store commands as a person runs them: real subprocesses against a temp SQLite file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

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
