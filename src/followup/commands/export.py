"""`followup export [ID]`: one interview, or all of them, as JSON (notes included) on stdout."""

from __future__ import annotations

import argparse
import json

from followup.commands.history import EXIT_OK, StoreUnavailable, fail, open_or_fail
from followup.commands.history import words as cli_words


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="print saved interviews as JSON")
    export.add_argument("id", type=int, nargs="?", help="one interview id; all of them if left out")


def run(args: argparse.Namespace) -> int:
    from followup.store import repo

    try:
        store = open_or_fail()
        data = repo.export_all(store) if args.id is None else repo.export_interview(store, args.id)
    except StoreUnavailable as error:
        return fail(str(error))
    except repo.NotFound:
        return fail(cli_words("not_found", id=args.id))
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return EXIT_OK
