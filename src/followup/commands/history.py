"""`followup history [--json]`: every saved interview, with what to do next.

Also home to the small helpers the other store commands share (`due`, `sent`,
`export`, `delete`); SQLAlchemy is imported only when one of them runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from followup.deadlines import Schedule, due_state
from followup.prompts import load_toml

if TYPE_CHECKING:
    from followup.models import FollowupResult
    from followup.store.db import Store

EXIT_OK, EXIT_USAGE = 0, 2


class Listed(Schedule, Protocol):
    """A row of the table or the JSON: `InterviewSummary`, or the plain `SummaryRow` of `followup due`."""

    @property
    def id(self) -> int: ...
    @property
    def company(self) -> str: ...
    @property
    def role(self) -> str: ...
    @property
    def people(self) -> list[str]: ...
    def json_data(self) -> dict[str, Any]: ...


class StoreUnavailable(Exception):
    """The database could not be opened; str() is the one line to print."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = commands.add_parser("history", help="list saved interviews and what is due for each")
    history.add_argument("--json", action="store_true", help="print one JSON object")
    add_now(history)


def add_now(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--now", type=parse_now, help=argparse.SUPPRESS)  # a pinned clock, for tests and scripts


def parse_now(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an ISO date and time: {text!r}") from error
    return moment if moment.tzinfo else moment.astimezone()


def words(key: str, **values: object) -> str:
    return str(load_toml("checkin.toml")["cli"][key]).format(**values)


def fail(text: str) -> int:
    print(f"followup: {text}", file=sys.stderr)
    return EXIT_USAGE


def open_or_fail() -> Store:
    from sqlalchemy.exc import SQLAlchemyError

    from followup.store.db import open_store

    try:
        return open_store()
    except (SQLAlchemyError, OSError) as error:
        reason = type(error).__name__ if isinstance(error, SQLAlchemyError) else str(error)
        text = str(load_toml("checkin.toml")["page"]["store_error"]).format(reason=reason)
        raise StoreUnavailable(text) from error


def save_result(result: FollowupResult, notes: str) -> int:
    """`followup draft --save`: one line on stderr with the new id (stdout stays the draft or its JSON)."""
    from followup.store.repo import save_interview

    try:
        interview_id = save_interview(open_or_fail(), result, notes)
    except StoreUnavailable as error:
        return fail(str(error))
    print(words("saved", id=interview_id), file=sys.stderr)
    return EXIT_OK


def row_json(summary: Listed, now: datetime) -> dict[str, Any]:
    due = due_state(summary, now)
    data = summary.json_data()
    data["next"] = {"kind": due.kind, "badge": due.badge, "at": due.at.isoformat() if due.at else None, "now": due.now}
    return data


def print_table(rows: Sequence[Listed], now: datetime) -> None:
    print(f"{'ID':>4}  {'COMPANY':<20} {'ROLE':<24} {'PEOPLE':<24} {'STATUS':<8} NEXT")
    for s in rows:
        people = ", ".join(s.people)
        cells = f"{s.company[:20]:<20} {s.role[:24]:<24} {people[:24]:<24} {s.status:<8}"
        print(f"{s.id:>4}  {cells} {due_state(s, now).badge}")


def run(args: argparse.Namespace) -> int:
    from followup.store.repo import list_interviews

    now = args.now or datetime.now().astimezone()
    try:
        rows = list_interviews(open_or_fail())
    except StoreUnavailable as error:
        return fail(str(error))
    if args.json:
        print(json.dumps({"interviews": [row_json(s, now) for s in rows]}, ensure_ascii=False, indent=2))
    elif not rows:
        print(words("empty"))
    else:
        print_table(rows, now)
    return EXIT_OK
