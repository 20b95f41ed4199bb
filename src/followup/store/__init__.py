"""Saved interviews: SQLite by default, any SQLAlchemy URL through FOLLOWUP_DATABASE_URL.

This package's `__init__` and `records` never import SQLAlchemy, so the tracker and
the page can use the record types while `followup draft` stays light. Open the
database with `followup.store.db.open_store()`; read and write through
`followup.store.repo`. `location`, `readonly` and `migrations` (its `HEAD`) are
standard library only: `followup due` reads a current SQLite file through them.
"""
