"""Find phone numbers and email addresses in notes, exactly as written.

Parsing is left to `phonenumbers` and `email-validator`; we only decide which
candidate strings to hand them. Numbers are kept as the person wrote them,
because the email must repeat them exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from followup import regex_cache

EMAIL_CANDIDATE = regex_cache.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
MIN_PHONE_DIGITS = 10
DIGIT = regex_cache.compile(r"\d")


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int


def find_emails(text: str) -> list[Found]:
    return _by_line(text, lambda line: "@" in line, _find_emails)


def find_phones(text: str, region: str = "US") -> list[Found]:
    """Phone numbers as written. POSSIBLE leniency so fictional 555 numbers count."""
    return _by_line(text, _enough_digits, lambda line: _find_phones(line, region))


def _by_line(text: str, could_hold: Callable[[str], bool], finder: Callable[[str], tuple[Found, ...]]) -> list[Found]:
    """Run `finder` on each line that could hold a match: neither an address nor a number spans lines.

    Line by line, so the notes, the notes with shorthand spelled out and every draft share
    one cache of the lines they have in common, and the slow matchers never see most text.
    """
    found: list[Found] = []
    start = 0
    for line in text.split("\n"):
        if could_hold(line):
            found += [Found(f.value, f.start + start, f.end + start) for f in finder(line)]
        start += len(line) + 1
    return found


def _enough_digits(line: str) -> bool:
    # The matcher is slow; most lines of notes have too few digits to hold a phone number at all.
    return len(DIGIT.findall(line)) >= MIN_PHONE_DIGITS - 3


# Cached: extraction and every check on every draft look at the same lines.
@lru_cache(maxsize=8192)
def _find_emails(line: str) -> tuple[Found, ...]:
    found = []
    for match in EMAIL_CANDIDATE.finditer(line):
        candidate = match.group(0).rstrip(".")
        try:
            validate_email(candidate, check_deliverability=False)
        except EmailNotValidError:
            continue
        found.append(Found(candidate, match.start(), match.start() + len(candidate)))
    return tuple(found)


@lru_cache(maxsize=8192)
def _find_phones(line: str, region: str) -> tuple[Found, ...]:
    found = _matches(line, region, valid_only=False)
    if not found and TRUNK_PREFIX.search(line):
        # "020 7946 0123" is a London number written the British way: no +44, so try the
        # countries whose national numbers start with 0, and keep a number valid in one of them.
        for other in TRUNK_REGIONS:
            found = _matches(line, other, valid_only=True)
            if found:
                break
    if not found and NINE_DIGITS.search(line):
        # "601 555 248": a Polish, Spanish or Portuguese mobile, nine digits with no trunk 0 and no country code
        for other in NINE_DIGIT_REGIONS:
            found = _matches(line, other, valid_only=True)
            if found:
                break
    if not found and LONG_NUMBER.search(line):
        # "(41) 99812-3344": a Brazilian mobile, its area code in brackets and no +55; valid in one country
        for other in OTHER_REGIONS:
            found = _matches(line, other, valid_only=True)
            if found:
                break
    return found


def _matches(line: str, region: str, valid_only: bool) -> tuple[Found, ...]:
    found = []
    matcher = phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.POSSIBLE)
    for match in matcher:
        raw = match.raw_string.strip()
        digits = sum(ch.isdigit() for ch in raw)
        local = LOCAL_NUMBER.fullmatch(raw)  # "555-0192": a local number, as people write their own
        nine = valid_only and digits >= 9  # "601 555 248", valid where nine digits are a whole number
        if digits < MIN_PHONE_DIGITS and not raw.startswith("+") and not local and not nine:
            continue
        if valid_only and not phonenumbers.is_valid_number(match.number):
            continue
        if _inside_email(line, match.start, match.end) or DATE_LIKE.match(raw):
            continue  # "2024.05.21 14:00 KST": a date and time
        found.append(Found(raw, match.start, match.start + len(raw)))
    return tuple(found)


LOCAL_NUMBER = regex_cache.compile(r"\d{3}[-.]\d{4}")
TRUNK_PREFIX = regex_cache.compile(r"(?<![\d+])\(?0\d")
TRUNK_REGIONS = ("GB", "IE", "AU", "NZ", "IN", "ZA", "DE", "FR", "NL", "KR", "JP", "PH", "MY", "NG", "KE", "TW")
# also the Spanish way, "634 27 81 95"
NINE_DIGITS = regex_cache.compile(
    r"(?<![\d+.,/-])[1-9]\d{2}(?:[ -]\d{3}[ -]\d{3}|[ -]\d{2}[ -]\d{2}[ -]\d{2})(?![\d.,/-])"
)
NINE_DIGIT_REGIONS = ("PL", "ES", "PT")
# grouped as people write their number: "(41) 99812-3344", "0812 3301 7788"; not an order number's run of digits
LONG_NUMBER = regex_cache.compile(r"(?<![\d+])(?:\(\d{2,4}\)\s?|\d{2,4}[ .-])\d{3,5}[ .-]?\d{4}(?!\d)")
OTHER_REGIONS = ("BR", "MX", "CO", "AR", "ID", "CN", "EG", "TR", "VN", "IT", "TH", "AE", "PK", "BD")
DATE_LIKE = regex_cache.compile(r"(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b")


def _inside_email(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in EMAIL_CANDIDATE.finditer(text))


def digits_of(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())
