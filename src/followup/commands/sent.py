"""`followup sent ID [--checkin] [--replied|--closed]`: record that an email went out (and when)."""

from __future__ import annotations

import argparse
from datetime import datetime

from followup.commands.history import EXIT_OK, StoreUnavailable, add_now, fail, open_or_fail
from followup.commands.history import words as cli_words


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sent = commands.add_parser("sent", help="mark an interview's thank-you (or check-in) as sent")
    sent.add_argument("id", type=int, help="the interview id, from `followup history`")
    which = sent.add_mutually_exclusive_group()
    which.add_argument("--checkin", action="store_true", help="mark the drafted check-in sent instead")
    which.add_argument("--replied", action="store_true", help="they replied: no more check-ins")
    which.add_argument("--closed", action="store_true", help="the process is over")
    add_now(sent)


def run(args: argparse.Namespace) -> int:
    from followup.store import repo

    now = args.now or datetime.now().astimezone()
    try:
        store = open_or_fail()
        if args.replied or args.closed:
            repo.set_status(store, args.id, "replied" if args.replied else "closed", now)
            return EXIT_OK
        if args.checkin:
            number = repo.mark_checkin_sent(store, args.id, now)
            if number is None:
                return fail(cli_words("no_checkin", id=args.id))
            print(cli_words("marked_checkin", id=args.id, number=number, when=_clock(now)))
            return EXIT_OK
        when = repo.mark_sent(store, args.id, now)
    except StoreUnavailable as error:
        return fail(str(error))
    except repo.NotFound:
        return fail(cli_words("not_found", id=args.id))
    print(cli_words("marked_sent", id=args.id, when=_clock(when.astimezone())))
    return EXIT_OK


def _clock(moment: datetime) -> str:
    return moment.strftime("%a %b %d %H:%M %Z").strip()
