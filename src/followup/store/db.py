"""Where the database is and how to talk to it: one engine per URL, sessions for reads and writes.

SQLite by default (a file in the user's data folder); FOLLOWUP_DATABASE_URL points
at anything SQLAlchemy speaks, such as PostgreSQL for a shared deployment. The
schema is migrated to the newest revision whenever a store is opened.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from followup.store.location import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from followup.store.location import URL_ENV as URL_ENV
from followup.store.location import database_url as database_url

WRITE = "followup_write"


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _sqlite_transactions(engine)
    return engine


def _sqlite_transactions(engine: Engine) -> None:
    """Real transactions on SQLite (the SQLAlchemy pysqlite recipe): we emit BEGIN ourselves, so
    DDL is transactional too, and writes take the lock up front (BEGIN IMMEDIATE) so two processes
    queue behind the busy timeout instead of failing when a read turns into a write."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted notes are overwritten, not left in free pages
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass(frozen=True)
class Store:
    """An open, migrated database."""

    engine: Engine
    url: str

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine) as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything in the block is saved together, or nothing is."""
        with Session(self.engine.execution_options(**{WRITE: True})) as session, session.begin():
            yield session


_STORES: dict[str, Store] = {}


def open_store(url: str | None = None) -> Store:
    """The store for `url` (default: FOLLOWUP_DATABASE_URL, else the user's data folder), migrated.

    One engine per URL per process, so the page's reruns share a connection pool."""
    url = url or database_url()
    if url not in _STORES:
        from followup.store.migrate import upgrade

        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(url)
        upgrade(engine)
        _STORES[url] = Store(engine, url)
    return _STORES[url]


def close_all() -> None:
    """Dispose every engine this process opened (tests, and before handing a file to another process)."""
    for store in _STORES.values():
        store.engine.dispose()
    _STORES.clear()
