"""Alembic's environment, shipped inside the package so every install can migrate itself.

followup runs it through `followup.store.migrate.upgrade`, which passes an open
connection (already inside a write transaction) in `config.attributes`. A
developer writing a new revision can also run the `alembic` command with
`-x url=...`; batch mode keeps ALTERs working on SQLite.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from followup.store.schema import Base


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    shared = context.config.attributes.get("connection")
    if shared is not None:
        run(shared)
        return
    from followup.store.db import database_url, make_engine

    url = context.get_x_argument(as_dictionary=True).get("url") or database_url()
    engine = make_engine(url)
    with engine.begin() as connection:
        run(connection)
    engine.dispose()


main()
