"""`followup check`: does the configured endpoint answer, and can followup draft with it?

Exit 0 ready; 1 the endpoint answers but something must change first (the key, the
model, or the structured-output method; the output says what to set); 2 nothing is
configured or nothing answers, in one line on stderr. The API key is never printed.
"""

from __future__ import annotations

import argparse
import json
import sys

from pydantic import ValidationError

EXIT_UNREACHABLE = 2


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser("check", help="check that the model endpoint answers and supports structured output")
    check.add_argument("--model", help="model name to check (default: FOLLOWUP_MODEL)")
    check.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from followup.settings import Settings

    try:
        settings = Settings(model=args.model) if args.model else Settings()
    except ValidationError as error:
        where = ", ".join(str(e["loc"][0]) for e in error.errors() if e["loc"]) or "a setting"
        print(f"followup: invalid setting ({where}); check your environment or .env.", file=sys.stderr)
        return EXIT_UNREACHABLE
    from followup.llm.probe import EXIT_UNREACHABLE as UNREACHABLE  # loads LangChain
    from followup.llm.probe import check_endpoint

    report = check_endpoint(settings)
    if args.json:
        print(json.dumps(report.to_json_dict(), indent=2))
    if report.exit_code == UNREACHABLE:
        print(f"followup: {report.problem}", file=sys.stderr)
    elif not args.json:
        print("\n".join(report.lines))
    return report.exit_code
