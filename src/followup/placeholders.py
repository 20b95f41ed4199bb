"""Placeholders people and models leave in emails: "[Name]", "{role}", "<Company>", "XXX", "____"."""

from __future__ import annotations

import re

PLACEHOLDER_RE = re.compile(
    r"\[[^\]\n]{1,60}\]|\{\{?[^}\n]{1,60}\}?\}|<[A-Za-z][^<>\n]{0,60}>|\bX{3,}\b|_{3,}|"
    r"\((?:insert|add|mention|your|name of|include|put)[^)\n]{0,80}\)|\bTBD\b|\bTK\b",
    re.IGNORECASE,
)


def find_placeholder(text: str) -> str | None:
    """The first placeholder left in `text`, or None."""
    match = PLACEHOLDER_RE.search(text)
    return match.group(0) if match else None
