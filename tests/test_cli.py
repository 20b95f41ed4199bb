"""`followup draft` as a person runs it: a real subprocess, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from followup.engine_names import may_choose_a_model
from notes_cases import CASES

SHORTHAND = CASES[0].notes
PANEL = next(c for c in CASES if c.id == "panel-three").notes
NO_PHONE = next(c for c in CASES if c.id == "no-phone").notes


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "followup.cli", *args],
        input=stdin.decode("utf-8", "replace") if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=60,
        env=full_env,
        check=False,
    )


@pytest.fixture
def notes_file(tmp_path: Path):
    def write(text: str | bytes, name: str = "notes.txt") -> str:
        path = tmp_path / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def test_draft_from_a_file_prints_a_final_email_and_exits_0(notes_file) -> None:
    result = run("draft", notes_file(SHORTHAND), "--engine", "offline")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Subject: " in result.stdout and "Tomás," in result.stdout
    assert "(503) 555-0187" in result.stdout and "lena.hart@fastmail.com" in result.stdout
    assert "Send by" in result.stdout or "window closed" in result.stdout


def test_draft_from_stdin() -> None:
    result = run("draft", "-", "--engine", "offline", stdin=SHORTHAND.encode())
    assert result.returncode == 0 and "Tomás" in result.stdout


def test_json_keeps_the_contract(notes_file) -> None:
    result = run("draft", notes_file(PANEL), "--json", "--engine", "offline")
    data = json.loads(result.stdout)
    assert {"facts", "drafts", "send_by", "missing", "engine"} <= set(data)
    assert data["engine"] == "offline"
    assert [d["to"]["name"] for d in data["drafts"]] == [
        "Ines Ferreira",
        "Tom Becker",
        "Aisha Khan",
    ]
    for draft in data["drafts"]:
        assert {"to", "subject", "body", "checks", "ok"} <= set(draft)
        assert {"id", "ok", "required", "message"} <= set(draft["checks"][0])
    assert result.returncode == (0 if all(d["ok"] for d in data["drafts"]) else 1)


def test_missing_phone_exits_1_and_says_what_to_add(notes_file) -> None:
    result = run("draft", notes_file(NO_PHONE), "--engine", "offline")
    assert result.returncode == 1
    assert "Not ready to send" in result.stdout
    assert "contact" in result.stdout and "phone" in result.stdout.lower()
    assert "Subject:" not in result.stdout  # a failing draft is not printed as final


def test_phone_flag_fills_the_gap(notes_file) -> None:
    result = run("draft", notes_file(NO_PHONE), "--engine", "offline", "--phone", "(541) 555-0110")
    assert result.returncode == 0, result.stdout
    assert "(541) 555-0110" in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "empty"),
        ("   \n\t  \n", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00" + bytes(range(256)) * 4, "binary"),
        ("x" * 50_001, "50,000"),
        (b"caf\xe9 notes in latin-1", "UTF-8"),
    ],
    ids=["empty", "whitespace", "binary", "oversized", "not-utf8"],
)
def test_bad_input_exits_2_with_one_clear_line(notes_file, content, expected) -> None:
    result = run("draft", notes_file(content), "--engine", "offline")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_unreadable_file_exits_2(tmp_path: Path) -> None:
    result = run("draft", str(tmp_path / "missing.txt"))
    assert result.returncode == 2 and "Cannot read" in result.stderr
    result = run("draft", str(tmp_path))
    assert result.returncode == 2 and "Cannot read" in result.stderr


def test_usage_error_exits_2() -> None:
    result = run("draft", "--tone", "sarcastic")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_auto_engine_without_a_key_uses_offline(notes_file) -> None:
    result = run("draft", notes_file(SHORTHAND), "--json")
    assert json.loads(result.stdout)["engine"] == "offline"


def test_offline_path_does_not_import_langchain_openai_or_streamlit(notes_file, tmp_path: Path) -> None:
    # Nothing configured (no key, endpoint or engine, no .env): not even the settings library is loaded.
    code = (
        "import sys; from followup.cli import main; main(['draft', sys.argv[1], '--json']);"
        "heavy = ('langchain', 'langchain_core', 'openai', 'streamlit', 'pydantic_settings');"
        "bad = [m for m in heavy if m in sys.modules];"
        "sys.stderr.write('LOADED:' + ','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, notes_file(SHORTHAND)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))},
    )
    assert result.stderr.strip().endswith("LOADED:"), result.stderr


def test_auto_looks_for_a_model_only_where_settings_would_find_one(tmp_path: Path) -> None:
    assert not may_choose_a_model({"HOME": "/root", "PATH": "/bin"}, tmp_path / ".env")
    # any name pydantic-settings reads, in any case, and a .env file that may hold one
    for name in ("OPENAI_API_KEY", "openai_base_url", "FOLLOWUP_ENGINE", "Engine"):
        assert may_choose_a_model({name: "x"}, tmp_path / ".env")
    (tmp_path / ".env").write_text("OPENAI_BASE_URL=http://127.0.0.1:9/v1\n")
    assert may_choose_a_model({}, tmp_path / ".env")


def test_no_phone_flag_gives_an_email_only_note_that_passes(notes_file) -> None:
    result = run("draft", notes_file(NO_PHONE), "--engine", "offline", "--no-phone")
    assert result.returncode == 0, result.stdout
    assert "marcus.bell@gmail.com" in result.stdout and "missing:" not in result.stdout


def test_notes_that_ask_for_no_phone_are_respected(notes_file) -> None:
    notes = NO_PHONE + "\n(email only please, no phone)"
    result = run("draft", notes_file(notes), "--engine", "offline", "--json")
    data = json.loads(result.stdout)
    assert data["facts"]["candidate"]["no_phone"] is True
    assert all(d["ok"] for d in data["drafts"]) and result.returncode == 0
    assert [m["field"] for m in data["missing"]] == []


def test_the_same_notes_give_the_same_email_on_every_run(notes_file) -> None:
    """A person who runs followup twice on the same notes gets the same email. Set order in Python
    changes with each process's hash seed; before this was fixed, one run of this note wrote "the
    director Kim will email the contract" to Kim himself and another "you'll email the contract"."""
    dataset = Path(__file__).parent.parent / "evals" / "datasets" / "holdout54.jsonl"
    case = next(json.loads(line) for line in dataset.open(encoding="utf-8") if "h54-busan-esl-teacher" in line)
    path = notes_file(case["notes"])
    emails = set()
    for seed in ("0", "2", "3", "5"):
        result = run("draft", path, "--json", "--engine", "offline", env={"PYTHONHASHSEED": seed})
        drafts = json.loads(result.stdout)["drafts"]
        emails.add(json.dumps([(d["subject"], d["body"]) for d in drafts]))
    assert len(emails) == 1
    assert "you'll email the contract" in json.loads(emails.pop())[0][1]
