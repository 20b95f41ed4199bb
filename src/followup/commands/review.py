"""`followup review`: the checklist on an email the person wrote, with the sentence behind each tick."""

from __future__ import annotations

import argparse
import json

from followup.inputs import NotesError, read_notes
from followup.review import Review, check_title, read_email, review_email, review_message

EXIT_OK, EXIT_FAILED = 0, 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser("review", help="check a thank-you email you wrote against the checklist")
    review.add_argument("email", nargs="?", default="-", help="email file (optional first line 'Subject: …'), or -")
    review.add_argument("--notes", help="your interview notes, to also check recipient, grounding and specifics")
    review.add_argument("--to", help="the interviewer this email is for")
    review.add_argument("--judge", action="store_true", help="also ask the configured model one yes/no per check")
    review.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    email = read_email(args.email)
    notes = read_notes(args.notes) if args.notes else None
    result = review_email(email, notes, args.to)
    if args.judge:
        result = _judged(result, email)
    if args.json:
        print(json.dumps(result.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        print_text(result)
    return EXIT_OK if result.ok else EXIT_FAILED


def _judged(result: Review, email: str) -> Review:
    from followup.settings import Settings

    settings = Settings()
    if settings.resolved_engine() != "llm":
        raise NotesError(review_message("inputs", "judge_needs_llm"))
    from followup.review_judge import judge_review  # LangChain only when asked for

    return judge_review(result, email, settings)


def print_text(result: Review) -> None:
    for check in result.checks:
        mark = "✓" if check.ok else ("✗" if check.required else "!")
        print(f"{mark} {check_title(check.id)} ({check.id}): {check.message}")
        if check.evidence:
            print(review_message("cli", "evidence", evidence=check.evidence))
        if check.judge is not None:
            verdict = review_message("cli", "judge_yes" if check.judge else "judge_no")
            print(review_message("cli", "judge", verdict=verdict))
    for notice in result.notices:
        print(f"note: {notice}")
    print(review_message("cli", "ok" if result.ok else "not_ok"))
