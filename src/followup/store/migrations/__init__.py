"""Alembic migrations for the followup database (see `followup.store.migrate`).

`HEAD` is the newest revision id under `versions/`. It lives here, free of any
import, so `followup due` can tell whether a SQLite file is current without
loading SQLAlchemy or Alembic; a test keeps it in step with the scripts.
"""

HEAD = "0001"
