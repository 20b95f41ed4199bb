"""The checklist, declared once.

Prompts, the validator, the page, the CLI and the evals all read `CHECKLIST`.
Ids are stable: the CLI's JSON and the eval reports use them. The words a
person reads for each check (its title, what passing means, how to fix a
failure) live in `prompts/checks.toml`, keyed by the same ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from followup.prompts import load_toml


@dataclass(frozen=True)
class Check:
    id: str
    required: bool
    title: str
    description: str


# (id, required). Order is the order a person reads the checklist in.
_DECLARED: tuple[tuple[str, bool], ...] = (
    ("recipient", True),
    ("thanks", True),
    ("enthusiasm", True),
    ("skills", True),
    ("specifics", True),
    ("next_steps", True),
    ("contact", True),
    ("grounded", True),
    ("clean", True),
    ("concise", True),
    ("distinct", True),
    ("style", False),
)

# The check-in email's own, shorter checklist (followup.checkin); its words live in prompts/checkin.toml.
CHECKIN_DECLARED: tuple[tuple[str, bool], ...] = (
    ("recipient", True),
    ("reference", True),
    ("contact", True),
)


@cache
def _load() -> tuple[Check, ...]:
    text = load_toml("checks.toml")
    checks = []
    for check_id, required in _DECLARED:
        entry = text.get(check_id)
        if not isinstance(entry, dict) or "title" not in entry or "description" not in entry:
            raise RuntimeError(f"prompts/checks.toml lacks a title or description for '{check_id}'")
        checks.append(Check(check_id, required, entry["title"], entry["description"]))
    return tuple(checks)


CHECK_IDS: tuple[str, ...] = tuple(check_id for check_id, _ in _DECLARED)
CHECKLIST: tuple[Check, ...] = _load()
BY_ID: dict[str, Check] = {check.id: check for check in CHECKLIST}


def render_checklist() -> str:
    """The checklist as plain text, for prompts and help screens."""
    lines = []
    for check in CHECKLIST:
        need = "required" if check.required else "advisory"
        lines.append(f"- {check.id} ({need}): {check.description}")
    return "\n".join(lines)
