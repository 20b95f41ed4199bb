"""The compiled-pattern cache: same behaviour as `re`, safe when its file is odd, and never holds a note."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from followup import regex_cache
from followup.regex_cache import Store

# Named groups, flags given and inline, look-behind, Unicode classes, a long alternation.
PATTERNS = [
    (r"(?P<first>[A-Z][a-z]+)\s+(?P<last>[A-Z][\w'-]+)", 0),
    (r"\b(?:mgr|manager|director)\b", re.IGNORECASE),
    (r"(?m)^\s*next\s*:\s*(.+)$", 0),
    (r"(?<![\w@])(?:Dr|Prof)\.?\s+([^\W\d_]+)", 0),
    (r"(?:" + "|".join(f"word{i}" for i in range(300)) + r")\b", 0),
    (r"[^\x00-\x7f]+", re.UNICODE),
]
TEXTS = ["Dr. Tomás Ñúñez met Ines Ferreira", "the eng MGR said\nnext: call on Friday", "word7 and word299", "x"]


def behaviour(pattern: re.Pattern[str]) -> list[object]:
    seen: list[object] = [pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex)]
    for text in TEXTS:
        seen.append([m.groups() or m.group(0) for m in pattern.finditer(text)])
        seen.append(pattern.sub("_", text))
    return seen


def test_patterns_read_back_from_the_file_behave_as_re_compiles_them(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    first = Store(path)
    for pattern, flags in PATTERNS:
        assert behaviour(first.compile(pattern, flags)) == behaviour(re.compile(pattern, flags))
    first.save()
    assert path.exists()

    second = Store(path)
    assert len(second.entries) == len(PATTERNS)
    for pattern, flags in PATTERNS:
        assert behaviour(second.compile(pattern, flags)) == behaviour(re.compile(pattern, flags))
    assert second.new == 0  # every one came from the file, so there is nothing to write
    mtime = path.stat().st_mtime_ns
    second.save()
    assert path.stat().st_mtime_ns == mtime


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal at all", marshal.dumps(((0, 0, 0), {})), marshal.dumps([1, 2, 3])],
    ids=["empty", "garbage", "another-python", "wrong-shape"],
)
def test_an_odd_file_is_ignored_and_patterns_are_compiled_as_usual(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cache.marshal"
    path.write_bytes(content)
    store = Store(path)
    assert store.entries == {}
    assert store.compile(r"(\d+) days", 0).search("in 3 days").group(1) == "3"


def test_a_program_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    path = tmp_path / "cache.marshal"
    store = Store(path)
    store.compile(r"(\w+)@(\w+)", 0)
    store.save()
    stamp, entries = marshal.loads(path.read_bytes())
    ((key, entry),) = entries.items()
    entries[key] = (entry[0], b"\xff\xff\xff\xff" * 4, *entry[2:])  # not a program the engine accepts
    path.write_bytes(marshal.dumps((stamp, entries)))

    again = Store(path)
    match = again.compile(r"(\w+)@(\w+)", 0).search("mail ana@example now")
    assert match is not None and match.groups() == ("ana", "example")


def test_a_folder_it_may_not_write_to_costs_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    store = Store(blocked / "cache.marshal")
    store.compile(r"a+b", 0)
    store.save()  # no error: the next run compiles again
    assert not (blocked / "cache.marshal").exists()


def test_nothing_is_written_when_python_writes_no_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert regex_cache.default_path() is None


def test_a_real_run_keeps_the_engine_patterns_and_nothing_from_the_notes(tmp_path: Path) -> None:
    """Run `followup draft` twice as a user would (bytecode allowed): the second run is served from the
    cache, and the file holds the engine's patterns only, not a name, company or topic of the notes."""
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "onsite @ Quorvanthe Systems, data eng role, Tues 2pm\n"
        "people: Zephyrine Oyelaran-Kask (lead), Thaddeus Mbwilo (hiring mgr)\n"
        "Zephyrine:\n- asked about the Kestrelgate pipeline and its nightly backfills\n- goes by Zeph\n"
        "Thaddeus:\n- wants dbt tests and data contracts on every Kestrelgate model\n"
        "me: I talked about my Airflow work at Brightpath, cut failed jobs by half\n"
        "next: Thaddeus will call by Friday\n"
        "Ilse Varanasi ilse.varanasi@example.org 617-555-0142\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_", "PYTHONDONTWRITE"))}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")  # keep the file (and bytecode) out of the checkout
    command = [sys.executable, "-m", "followup.cli", "draft", str(notes), "--json", "--engine", "offline"]
    first_run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert first_run.returncode == 0, first_run.stderr
    (cache,) = (tmp_path / "pycache").rglob("regex_cache.*.marshal")
    written = cache.stat().st_mtime_ns
    second_run = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert second_run.returncode == 0, second_run.stderr
    assert cache.stat().st_mtime_ns == written  # all served from the file: nothing new to write
    first, second = json.loads(first_run.stdout), json.loads(second_run.stdout)
    first.pop("usage"), second.pop("usage")
    assert first == second
    assert [d["to"]["name"] for d in first["drafts"]] == ["Zephyrine Oyelaran-Kask", "Thaddeus Mbwilo"]

    _stamp, entries = marshal.loads(cache.read_bytes())
    assert len(entries) > 300  # the engine's fixed patterns
    text = "\n".join(pattern for pattern, _flags in entries)
    private = ("Quorvanthe", "Zephyrine", "Oyelaran", "Thaddeus", "Mbwilo", "Kestrelgate", "Brightpath", "Varanasi")
    for word in private:
        assert word not in text
