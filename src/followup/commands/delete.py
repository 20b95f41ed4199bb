"""`followup delete ID` or `followup delete --all --yes`: remove interviews and their notes for good."""

from __future__ import annotations

import argparse

from followup.commands.history import EXIT_OK, StoreUnavailable, fail, open_or_fail
from followup.commands.history import words as cli_words


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    delete = commands.add_parser("delete", help="delete a saved interview and its notes")
    delete.add_argument("id", type=int, nargs="?", help="the interview id, from `followup history`")
    delete.add_argument("--all", action="store_true", help="delete every saved interview")
    delete.add_argument("--yes", action="store_true", help="confirm --all")


def run(args: argparse.Namespace) -> int:
    from followup.store import repo

    if (args.id is None) == (not args.all):
        return fail("give one interview id, or --all --yes")
    if args.all and not args.yes:
        return fail(cli_words("confirm_all"))
    try:
        store = open_or_fail()
        if args.all:
            print(cli_words("deleted_all", count=repo.delete_all(store)))
            return EXIT_OK
        if not repo.delete_interview(store, args.id):
            return fail(cli_words("not_found", id=args.id))
    except StoreUnavailable as error:
        return fail(str(error))
    print(cli_words("deleted", id=args.id))
    return EXIT_OK
