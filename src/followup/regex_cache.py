"""The engine's fixed regular expressions, compiled once and kept between runs, as Python keeps bytecode.

The offline engine is some hundreds of patterns. Python compiles a pattern in Python code, and
doing that afresh took about half of every `followup` process (0.3-0.5 s of 0.7-1.1 s on the
project's 2-core machine). This module keeps what the compiler produced for each pattern in one
file beside the package's bytecode and hands it straight to the regular-expression engine next
time; the engine checks the program before it runs it, and anything unusual (another Python, a
damaged or missing file, a folder we may not write to) falls back to compiling as usual.

Only patterns written in the source go through here. Patterns built at run time from the notes
(a person's name inside an alternation) keep using `re` directly: names must never reach a file.
Like bytecode, nothing is written when Python is told not to (`PYTHONDONTWRITEBYTECODE`).
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler (private, untyped); another Python just compiles as usual.
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - only on other Python implementations
    _sre = None

# (pattern, flags) -> (final flags, program as bytes, groups, group names, names by index)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# Written with the running Python's full version and the engine's format number: a program is
# only ever read back by the same engine that wrote it.
_STAMP = (sys.hexversion, getattr(_sre, "MAGIC", 0), getattr(_sre, "CODESIZE", 0))
# More than this and the file is rewritten with only the patterns the current code uses.
MAX_ENTRIES = 4000


def _works() -> bool:
    """True when this Python's compiler and engine are the ones this module was written against."""
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return False
    try:
        compiled, entry = _compile_entry(r"(?P<a>x)\d+", 0)
        again = _from_entry(compiled.pattern, entry)
    except Exception:
        return False
    match = again.fullmatch("x42")
    return match is not None and match.group("a") == "x" and again.groupindex == compiled.groupindex


def default_path() -> Path | None:
    """Where bytecode for this package goes, or None when Python writes no bytecode."""
    if sys.dont_write_bytecode:
        return None
    name = f"regex_cache.{sys.implementation.cache_tag}.marshal"
    here = Path(__file__).resolve().parent
    if sys.pycache_prefix:
        return Path(sys.pycache_prefix) / here.relative_to(here.anchor) / name
    return here / "__pycache__" / name


class Store:
    """Compiled programs read from one file and written back when the process compiled new ones."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], Entry] = self._read() if path and _WORKS else {}
        self.used: dict[tuple[str, int], Entry] = {}
        self.new = 0

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        flags = int(flags)  # a plain int, as the file keeps it (not re.IGNORECASE's RegexFlag)
        if not _WORKS:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        entry = self.entries.get(key)
        if entry is not None:
            with contextlib.suppress(Exception):  # the engine refuses a bad program; compile afresh
                compiled = _from_entry(pattern, entry)
                self.used[key] = entry
                return compiled
        compiled, entry = _compile_entry(pattern, flags)
        self.used[key] = self.entries[key] = entry
        self.new += 1
        return compiled

    def save(self) -> None:
        """Write the file if this process compiled anything it lacked; quietly skip when it cannot."""
        if not self.path or not self.new:
            return
        keep = self.entries if len(self.entries) <= MAX_ENTRIES else self.used
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".regex_cache.")
            try:
                with os.fdopen(handle, "wb") as out:
                    marshal.dump((_STAMP, keep), out)
                os.chmod(temporary, 0o644)  # like bytecode: readable by all, as the package is
                os.replace(temporary, self.path)  # a reader sees the old file or the new, never half
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
        self.new = 0

    def _read(self) -> dict[tuple[str, int], Entry]:
        assert self.path is not None
        try:
            stamp, entries = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        return entries if stamp == _STAMP and isinstance(entries, dict) else {}


def _compile_entry(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry]:
    """What `re.compile` does (CPython's `re._compiler.compile`), keeping the program it builds."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: Entry = (
        flags | parsed.state.flags,
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    return _from_entry(pattern, entry), entry


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    return compiled


_WORKS = _works()
_store = Store(default_path())
atexit.register(_store.save)


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile` for a pattern written in the source, served from the cache when it can be."""
    return _store.compile(pattern, flags)
