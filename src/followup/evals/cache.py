"""A LangChain response cache on disk, keyed by prompt, model and repeat index.

LangChain consults `model.cache` before each request and stores only answers
that came back: a timeout, a 429 or a 5xx raises before `update`, so errors are
never cached and the next run asks again. The repeat index is part of the key
so `--repeat 3` gets three independent samples that are each replayed later.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from langchain_core.caches import RETURN_VAL_TYPE, BaseCache
from langchain_core.load import dumps, loads


def cache_key(prompt: str, llm_string: str, repeat: int) -> str:
    payload = json.dumps([prompt, llm_string, repeat], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _texts(generations: Sequence[Any]) -> str:
    return "".join(str(getattr(g, "text", "")) for g in generations)


class DiskCache(BaseCache):
    """One JSON file per response under `root`; safe to share between threads.

    `root=None` keeps nothing on disk (a `--no-cache` run) but still records the
    exchanges, which the runner reads to score first drafts before repair.
    """

    def __init__(self, root: Path | None, repeat: int = 0) -> None:
        self.root, self.repeat = root, repeat
        self.hits = self.misses = 0
        self.exchanges: list[tuple[str, str]] = []  # (prompt, answer text), in order
        self._lock = threading.Lock()

    def for_case(self) -> DiskCache:
        """A fresh recorder on the same folder, so each case's exchanges stay apart."""
        return DiskCache(self.root, self.repeat)

    def _path(self, prompt: str, llm_string: str) -> Path | None:
        if self.root is None:
            return None
        key = cache_key(prompt, llm_string, self.repeat)
        return self.root / key[:2] / f"{key}.json"

    def lookup(self, prompt: str, llm_string: str) -> RETURN_VAL_TYPE | None:
        path = self._path(prompt, llm_string)
        value: RETURN_VAL_TYPE | None = None
        if path is not None and path.exists():
            try:
                with warnings.catch_warnings():  # `loads` is marked beta; our own files, so trusted
                    warnings.simplefilter("ignore")
                    value = loads(path.read_text(encoding="utf-8"), allowed_objects="all")
            except (OSError, ValueError, TypeError, KeyError):
                value = None  # a damaged entry is a miss, and gets rewritten
        with self._lock:
            if value is None:
                self.misses += 1
            else:
                self.hits += 1
                self.exchanges.append((prompt, _texts(value)))
        return value

    def update(self, prompt: str, llm_string: str, return_val: RETURN_VAL_TYPE) -> None:
        with self._lock:
            self.exchanges.append((prompt, _texts(return_val)))
        path = self._path(prompt, llm_string)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        temporary.write_text(dumps(return_val), encoding="utf-8")
        temporary.replace(path)  # atomic: a reader never sees half a file

    def clear(self, **kwargs: Any) -> None:
        if self.root is None:
            return
        for path in self.root.glob("*/*.json"):
            path.unlink(missing_ok=True)
