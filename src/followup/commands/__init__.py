"""One module per `followup` subcommand; each has `register(subparsers)` and `run(args) -> int`.

Adding a command means adding a module here and its name to `COMMANDS`; the CLI
core never grows with it.
"""

from __future__ import annotations

COMMANDS: tuple[str, ...] = ("draft", "check", "eval", "history", "due", "sent", "export", "delete", "review")
