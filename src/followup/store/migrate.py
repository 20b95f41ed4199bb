"""Schema migrations, applied automatically when a store is opened.

Alembic is imported only when the database is behind the newest revision: an
up-to-date database costs one small query, which keeps `followup due` fast.
The whole upgrade runs in one write transaction, so two processes opening a new
database at once cannot both create the tables.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from followup.store.db import WRITE
from followup.store.migrations import HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
__all__ = ["HEAD", "MIGRATIONS", "alembic_config", "current_revision", "table_names", "upgrade"]


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):  # no version table yet: an empty database
        return None


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and current_revision(engine) == HEAD:
        return
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        connection = connection.execution_options(**{WRITE: True})
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
