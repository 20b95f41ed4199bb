"""`followup draft`: notes in, one checked thank-you email per interviewer out."""

from __future__ import annotations

import argparse
import json
import sys

from followup.inputs import read_notes
from followup.models import FollowupResult
from followup.prompts import message
from followup.service import DraftOptions, draft_followups

EXIT_OK, EXIT_FAILED = 0, 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    draft = commands.add_parser("draft", help="draft a thank-you email for each interviewer")
    draft.add_argument("notes", nargs="?", default="-", help="notes file, or - for standard input")
    draft.add_argument("--name", help="your name, if the notes lack it")
    draft.add_argument("--email", help="your email, if the notes lack it")
    draft.add_argument("--phone", help="your phone number, if the notes lack it")
    draft.add_argument("--no-phone", action="store_true", help="give only your email, no phone number")
    draft.add_argument("--tone", choices=["warm", "formal", "brief"], default="warm")
    draft.add_argument("--engine", choices=["offline", "llm", "auto"], default="auto")
    draft.add_argument("--model", help="model name for the LLM engine")
    draft.add_argument("--json", action="store_true", help="print one JSON object")
    draft.add_argument("--save", action="store_true", help="also save the interview (see `followup history`)")


def run(args: argparse.Namespace) -> int:
    notes = read_notes(args.notes)
    options = DraftOptions(
        name=args.name, email=args.email, phone=args.phone, no_phone=args.no_phone, tone=args.tone, engine=args.engine
    )
    settings = None
    if args.model or args.engine == "llm":  # for `auto`, the service loads settings only when one may be set
        from followup.settings import Settings

        settings = Settings(model=args.model) if args.model else Settings()
    result = draft_followups(notes, options, settings)
    if args.save:
        from followup.commands.history import save_result

        if save_result(result, notes) != EXIT_OK:
            return 2
    if args.json:
        print(json.dumps(result.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        print_text(result)
    return EXIT_OK if result.ok else EXIT_FAILED


def print_text(result: FollowupResult) -> None:
    for notice in result.notices:
        print(f"note: {notice}", file=sys.stderr)
    for draft in result.drafts:
        to = f"{draft.to.name} <{draft.to.email}>" if draft.to.email else draft.to.name
        print(f"To: {to}")
        if draft.ok:
            print(f"Subject: {draft.subject}\n\n{draft.body}\n")
        else:
            print(message("draft_not_final", name=draft.to.name))
        for check in draft.checks:
            if not check.ok:
                mark = "✗" if check.required else "!"
                print(f"  {mark} {check.id}: {check.message}")
        print()
    for missing in result.missing:
        print(f"missing: {missing.message}")
    print(result.send_by.text)
