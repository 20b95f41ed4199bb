"""`followup` on the command line: a thin shell over the library.

Exit codes: 0 every draft passes its required checks; 1 some draft fails one;
2 bad input or usage, with one line on stderr and no traceback. Each
subcommand lives in `followup.commands.<name>` and is imported only when run,
so `followup draft` never pays for another command's imports.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from followup.commands import COMMANDS
from followup.inputs import NotesError

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that keeps usage errors to one line and exit code 2."""

    def error(self, text: str) -> None:  # type: ignore[override]
        print(f"followup: {text}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"followup.commands.{name}")


def build_parser(names: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = _Parser(prog="followup", description="Draft and check interview thank-you emails.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in names:
        _command(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Register only the command being run (when it is a known one) to keep start-up small.
    chosen = [argv[0]] if argv and argv[0] in COMMANDS else list(COMMANDS)
    args = build_parser(chosen).parse_args(argv)
    try:
        return int(_command(args.command).run(args))
    except NotesError as error:
        print(f"followup: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
