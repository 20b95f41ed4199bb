"""Loads the wording under `prompts/`: code decides, `prompts/` speaks.

Every template is checked when it is loaded: a placeholder the code does not
supply is a bug we want at start-up, not in a person's email.
"""

from __future__ import annotations

import string
import tomllib
from functools import cache
from pathlib import Path
from typing import Any


def prompts_dir() -> Path:
    """The prompts folder: beside `src/` in a checkout, inside the package in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parents[1] / "prompts", here / "_prompts"):
        if candidate.is_dir():
            return candidate
    raise RuntimeError("followup cannot find its prompts folder; reinstall the package.")


@cache
def load_toml(name: str) -> dict[str, Any]:
    with (prompts_dir() / name).open("rb") as handle:
        return tomllib.load(handle)


@cache
def load_text(name: str) -> str:
    return (prompts_dir() / name).read_text(encoding="utf-8")


def placeholders(template: str) -> set[str]:
    """The `{names}` a str.format template uses."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def require_placeholders(where: str, template: str, allowed: set[str]) -> None:
    unknown = placeholders(template) - allowed
    if unknown:
        names = ", ".join(sorted(unknown))
        raise RuntimeError(f"{where} uses unknown placeholder(s) {names}; allowed: {sorted(allowed)}")


def message(key: str, **values: object) -> str:
    """A one-line message for people (errors, notices), from prompts/messages.toml."""
    return str(load_toml("messages.toml")[key]).format(**values)
