"""Pure scoring functions: one draft or a list of numbers in, a number or verdict out.

Every metric the report shows is computed here and defined in `prompts/evals.toml`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from itertools import combinations

from followup import regex_cache
from followup.contacts import find_phones
from followup.evals.dataset import Case, ExpectedDraft
from followup.grounding import GREETING_RE, grounding_text, invented_specifics
from followup.models import Draft, FollowupResult
from followup.names import same_person, without_titles
from followup.prompts import load_toml
from followup.text import expand_shorthand, fold, similarity

# --- numbers ---------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100), as numpy's default; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def rate(flags: Iterable[bool | None]) -> float | None:
    """Share of True among the flags that apply (None = not applicable)."""
    known = [f for f in flags if f is not None]
    return sum(known) / len(known) if known else None


def spread(values: Sequence[float]) -> dict[str, float | None]:
    return {"median": percentile(values, 50), "p90": percentile(values, 90), "p95": percentile(values, 95)}


# --- readability -----------------------------------------------------------------------

_VOWELS = regex_cache.compile(r"[aeiouy]+")
_WORD = regex_cache.compile(r"[a-z]+(?:'[a-z]+)?")
_SENTENCE_END = regex_cache.compile(r"[.!?]+|\n+")


def syllables(word: str) -> int:
    """Vowel groups, less a silent final "e" (but not "-le"); at least one."""
    word = fold(word).lower()
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def flesch_reading_ease(text: str) -> float | None:
    """206.835 − 1.015 × words/sentence − 84.6 × syllables/word.

    Sentences end at . ! ? or a line break (greeting and signature lines count as
    sentences); None for text without words.
    """
    chunks = [c for c in _SENTENCE_END.split(fold(text)) if _WORD.search(c)]
    words = _WORD.findall(fold(text))
    if not words:
        return None
    per_sentence = len(words) / len(chunks)
    per_word = sum(syllables(w) for w in words) / len(words)
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word


# --- style and grounding -----------------------------------------------------------


def cliche_hits(body: str) -> list[str]:
    """Every stock phrase from the style check that the body uses."""
    folded = fold(body).replace("’", "'")
    phrases: list[str] = load_toml("checks.toml")["style_phrases"]["phrases"]
    return [p for p in phrases if p in folded]


def grounding_source(case: Case, result: FollowupResult) -> str:
    """What a draft may take specifics from: the notes and the saved profile (as the validator sees them)."""
    profile = case.profile
    extra = "\n".join(v for v in (profile.name, profile.email, profile.phone) if v)
    return grounding_text(result.facts, case.notes + "\n" + extra)


def specifics_in(body: str, grounding: str) -> tuple[int, list[str]]:
    """(how many specifics the body names, which of them the grounding never mentions)."""
    every = invented_specifics(body, "")  # against nothing, every specific counts as new
    return len(every), invented_specifics(body, grounding)


def panel_similarities(drafts: Sequence[Draft]) -> list[float]:
    return [similarity(a.body, b.body) for a, b in combinations(drafts, 2)]


# --- dataset expectations ------------------------------------------------------------


def _has(text: str, phrase: str) -> bool:
    # "Mrs du Plessis will phone by Friday" is met by "you'll phone by Friday": the same words, contracted
    return fold(phrase) in fold(text) or fold(phrase) in fold(CONTRACTED_WILL.sub(r"\1 will", text))


CONTRACTED_WILL = re.compile(r"(\w)['’]ll\b")


def _said(text: str, phrase: str) -> bool:
    """A phrase copied from the notes, in the draft as the notes wrote it or with their shorthand spelled out:
    "art test via email tmrw" is met by "art test via email tomorrow", as the composer writes shorthand out.
    Not when a lone letter was read as a word ("o g u k medical" is no "o g you k medical")."""
    if _has(text, phrase):
        return True
    spelled = expand_shorthand(phrase)
    letters = [w for w in phrase.split() if len(w) == 1 and w.isalpha()]
    return (
        spelled != phrase
        and letters == [w for w in spelled.split() if len(w) == 1 and w.isalpha()]
        and _has(text, spelled)
    )


def greeting_line(body: str) -> str:
    first = next((line for line in body.splitlines() if line.strip()), "")
    match = GREETING_RE.match(first)
    return match.group(0) if match else ""


def greets(body: str, expected: ExpectedDraft) -> bool:
    """The greeting names them: the expected first name, or a title plus surname ("Dr. Alvarez")."""
    line = fold(greeting_line(body))
    if not line:
        return False
    surname = fold(expected.to.split()[-1])
    titled = re.search(rf"\b(?:dr|mr|mrs|ms|mx|prof|professor|lic)\.?\s+{re.escape(surname)}\b", line)
    # "Mr Ang" is "Mr. Ang" written the British way: a title's full stop is no part of the name
    undotted = re.sub(r"\.(?=\s)", "", line), re.sub(r"\.(?=\s)", "", fold(expected.greet))
    return bool(titled) or bool(re.search(rf"(?<!\w){re.escape(undotted[1])}(?!\w)", undotted[0]))


def _short_form(expected: str, drafted: str) -> bool:
    """ "Sam Briggs" expected, "Samuel Briggs" drafted (the invite's 'Samuel "Sam" Briggs'): one person, the given
    name written short; the same surname and at least three letters in common at the start."""
    want, got = (without_titles(fold(name)).split() for name in (expected, drafted))
    if len(want) < 2 or len(got) < 2 or want[-1] != got[-1]:
        return False
    short, long_ = sorted((want[0], got[0]), key=len)  # the given names: "sam", "samuel"
    return len(short) >= 3 and long_.startswith(short)


def match_drafts(expected: Sequence[ExpectedDraft], drafts: Sequence[Draft]) -> list[Draft | None]:
    """For each expected recipient, the draft addressed to them (or None)."""
    found: list[Draft | None] = []
    for want in expected:
        exact = next((d for d in drafts if fold(d.to.name) == fold(want.to)), None)
        found.append(
            exact
            or next((d for d in drafts if same_person(d.to.name, want.to)), None)
            or next((d for d in drafts if _short_form(want.to, d.to.name)), None)
        )
    return found


def draft_expectations(case: Case, want: ExpectedDraft, draft: Draft | None) -> dict[str, bool | None]:
    """Each expectation for one recipient: True met, False missed, None does not apply."""
    expect = case.expect
    if draft is None:
        return {"drafted": False}
    text = draft.subject + "\n" + draft.body
    phone_ok = (
        expect.phone in draft.body if expect.phone else not find_phones(draft.body)
    )  # no phone in the notes: none may appear
    return {
        "drafted": True,
        "greeted": greets(draft.body, want),
        "company": _has(text, expect.company) if expect.company else None,
        "topic": any(_said(draft.body, t) for t in want.topics_any) if want.topics_any else None,
        "next_step": any(_said(draft.body, s) for s in expect.next_step_any) if expect.next_step_any else None,
        "phone": phone_ok,
        "email": expect.email in draft.body if expect.email else None,
        "nothing_forbidden": not any(_has(text, f) for f in [*expect.forbidden, *want.must_not]),
    }


def unmet_for_missing(case: Case, result: FollowupResult) -> int:
    """How many expectations the expected recipients without a draft would have had (all missed)."""
    expect = case.expect
    per_draft = 4 + bool(expect.company) + bool(expect.next_step_any) + bool(expect.email)  # drafted, greeted, …
    matched = match_drafts(expect.drafts, result.drafts)
    return sum(
        per_draft + bool(want.topics_any) for want, draft in zip(expect.drafts, matched, strict=True) if not draft
    )


def case_expectations(case: Case, result: FollowupResult) -> dict[str, bool | None]:
    """Expectations about the whole result: one draft per panel member, missing facts asked for."""
    matched = match_drafts(case.expect.drafts, result.drafts)
    one_each = all(d is not None for d in matched) and len(result.drafts) == len(case.expect.drafts)
    asked = any(m.field == "phone" for m in result.missing) if case.expect.phone is None else None
    return {"one_per_interviewer": one_each, "asks_for_phone": asked}
