"""Find phone numbers and email addresses in notes, exactly as written.

Parsing is left to `phonenumbers` and `email-validator`; we only decide which
candidate strings to hand them. Numbers are kept as the person wrote them,
because the email must repeat them exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

EMAIL_CANDIDATE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
MIN_PHONE_DIGITS = 10


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int


def find_emails(text: str) -> list[Found]:
    return list(_find_emails(text)) if "@" in text else []


def find_phones(text: str, region: str = "US") -> list[Found]:
    """Phone numbers as written. POSSIBLE leniency so fictional 555 numbers count."""
    # The matcher is slow; most lines of notes have too few digits to hold a phone number at all.
    if sum(map(str.isdigit, text)) < MIN_PHONE_DIGITS - 3:
        return []
    return list(_find_phones(text, region))


# Cached: extraction and every check on every draft look at the same notes and bodies.
@lru_cache(maxsize=4096)
def _find_emails(text: str) -> tuple[Found, ...]:
    found = []
    for match in EMAIL_CANDIDATE.finditer(text):
        candidate = match.group(0).rstrip(".")
        try:
            validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        found.append(Found(candidate, match.start(), match.start() + len(candidate)))
    return tuple(found)


@lru_cache(maxsize=4096)
def _find_phones(text: str, region: str) -> tuple[Found, ...]:
    found = []
    matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
    for match in matcher:
        raw = match.raw_string.strip()
        digits = sum(ch.isdigit() for ch in raw)
        if digits < MIN_PHONE_DIGITS and not raw.startswith("+"):
            continue
        if _inside_email(text, match.start, match.end):
            continue
        found.append(Found(raw, match.start, match.start + len(raw)))
    return tuple(found)


def _inside_email(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in EMAIL_CANDIDATE.finditer(text))


def digits_of(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())
