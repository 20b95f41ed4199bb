"""Where the database is: FOLLOWUP_DATABASE_URL, else a SQLite file in the user's data folder.

Standard library only (platformdirs is imported when the default is needed), so
`followup due` can find a SQLite file without loading SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

URL_ENV = "FOLLOWUP_DATABASE_URL"
BUSY_TIMEOUT_MS = 15_000
_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


def database_url() -> str:
    override = os.environ.get(URL_ENV, "").strip()
    if override:
        return override
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("followup", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'followup.db'}"


def sqlite_file(url: str) -> Path | None:
    """The file a plain SQLite URL names (relative paths from the working folder, as SQLAlchemy
    reads them); None for any other database, an in-memory one, or a URL with options."""
    prefix = next((p for p in _SQLITE_PREFIXES if url.startswith(p)), None)
    if prefix is None or "?" in url:
        return None
    path = url.removeprefix(prefix)
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    return Path(path)
