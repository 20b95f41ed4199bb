"""`followup due [--json] [--draft]`: what needs sending now (for cron): thank-yous and check-ins.

Run from cron, so the whole process is what a person waits for. On a current
SQLite database the list is read with the standard library
(`followup.store.readonly`), without SQLAlchemy or pydantic; otherwise (another
database, no file yet, an older schema) and for `--draft` it goes through the
store, which migrates. Both paths feed the same due rules and printers.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from followup.commands.history import (
    EXIT_OK,
    Listed,
    StoreUnavailable,
    add_now,
    fail,
    open_or_fail,
    print_table,
    row_json,
)
from followup.commands.history import words as cli_words
from followup.deadlines import due_state

if TYPE_CHECKING:
    from followup.store.db import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    due = commands.add_parser("due", help="list the thank-yous and check-ins due now")
    due.add_argument("--json", action="store_true", help="print one JSON object")
    due.add_argument("--draft", action="store_true", help="draft and save each check-in that is due, and print it")
    add_now(due)


def run(args: argparse.Namespace, *, quick: bool = True) -> int:
    """`quick=False` (tests only) skips the read-only SQLite path, to compare the two."""
    from followup.store.readonly import list_summaries

    now = args.now or datetime.now().astimezone()
    store: Store | None = None
    listed: Sequence[Listed] | None = list_summaries() if quick and not args.draft else None
    if listed is None:
        from followup.store.repo import list_interviews

        try:
            store = open_or_fail()
        except StoreUnavailable as error:
            return fail(str(error))
        listed = list_interviews(store)
    rows = [s for s in listed if due_state(s, now).now]
    if args.json:
        print(json.dumps({"due": [row_json(s, now) for s in rows]}, ensure_ascii=False, indent=2))
    elif not rows:
        print(cli_words("nothing_due"))
    else:
        print_table(rows, now)
    if args.draft and store is not None:
        draft_checkins(store, [s.id for s in rows if due_state(s, now).kind == "check_in"], now, quiet=args.json)
    return EXIT_OK


def draft_checkins(store: Store, ids: list[int], now: datetime, quiet: bool) -> None:
    from followup.checkin import draft_checkin
    from followup.store.repo import get_interview, save_checkin

    for interview_id in ids:
        checkin = draft_checkin(get_interview(store, interview_id))
        save_checkin(store, interview_id, checkin.draft, now)
        if not quiet:
            draft = checkin.draft
            print(f"\n#{interview_id} To: {draft.to.name}\nSubject: {draft.subject}\n\n{draft.body}")
            for check in draft.checks:
                print(f"  {'✓' if check.ok else '✗'} {check.id}: {check.message}")
