"""What a draft may claim: the names, products and numbers the notes back, and the ones they don't.

The `grounded` check and the evals' grounding metric both ask `invented_specifics`;
`next_steps` asks which words the notes and our own phrase bank already use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from followup import regex_cache
from followup.contacts import Found, digits_of, find_emails, find_phones
from followup.models import InterviewFacts
from followup.prompts import load_toml
from followup.text import THOUSANDS, canonical, expand_shorthand, fold, sentences

GREETING_RE = regex_cache.compile(
    r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^\n]*", re.I
)
COUNTED = frozenset(
    "years year months month weeks week days day hours hour people staff employees clients customers projects "
    "accounts stores sites beds patients nurses engineers reports teams countries states offices locations "
    "members students classes loads trucks units times percent million thousand hundred billion k new more "
    "direct hires shifts titles books releases launches cases calls deals".split()
)
PLACEHOLDER_ANY = regex_cache.compile(r"\[[^\]\n]{1,60}\]|\{[^}\n]{1,60}\}|\bX{3,}\b|_{3,}")
TOKEN = regex_cache.compile(r"[\w][\w'’.&+-]*")
HAS_DIGIT = regex_cache.compile(r"\d")
NUMBER_HYPHEN = regex_cache.compile(r"-(?=[a-z])")  # "8000-hour", "3-statement"
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty hundred thousand million billion percent"
).split()
# "one" is a pronoun far more often than a count ("one of the", "the one"), so it is not checked.
NUMBER_RE = regex_cache.compile(r"\b\d[\d,.:%]*\b|\b(?:" + "|".join(NUMBER_WORDS[2:]) + r")\b", re.IGNORECASE)


def greeting_match(body: str) -> re.Match[str] | None:
    """The greeting line: usually the first, but a model may put a stray line above it."""
    lines = [line for line in body.splitlines() if line.strip()][:3]
    return next((m for m in (GREETING_RE.match(line) for line in lines) if m), None)


def grounding_text(facts: InterviewFacts, notes: str) -> str:
    """Everything a draft may take specifics from: the notes, shorthand spelled out, and the profile."""
    profile = facts.candidate
    extra = [profile.name or "", profile.email or "", profile.phone or ""]
    extra += [facts.role.value if facts.role else "", facts.company.value if facts.company else ""]
    extra += [p.title or "" for p in facts.interviewers]
    if facts.interview_time and facts.interview_time_source:
        extra.append(facts.interview_time.strftime("%A %B %d %Y"))
    return "\n".join([notes, expand_shorthand(notes), *extra])


def invented_specifics(body: str, grounding: str) -> list[str]:
    """Names, products and numbers in `body` that `grounding` never mentions."""
    known = _vocabulary(grounding)
    phrase_words = phrase_bank_words()
    invented: list[str] = []
    # The candidate's own details, as the notes give them, need no second look; the slow phone and
    # address finders then only see what is left.
    phones, emails = _contacts_in(grounding)
    rest = body
    for value in sorted({f.value for f in phones + emails}, key=len, reverse=True):
        rest = rest.replace(value, " ")
    other_phones, other_emails = find_phones(rest), find_emails(rest)
    prose = without_greeting(rest)
    for found in other_emails + other_phones:
        prose = prose.replace(found.value, " ")
    prose = THOUSANDS.sub(r"\1\2", PLACEHOLDER_ANY.sub(" ", prose))  # placeholders: the `clean` check's
    lines = [line for line in prose.splitlines() if line.strip()]
    for sentence in (part for line in lines for part in sentences(line)):
        for entity in _entities(sentence):
            words = [canonical(w.strip(".'’")) for w in TOKEN.findall(fold(entity))]
            words = [NUMBER_HYPHEN.split(w)[0] if w[:1].isdigit() else w for w in words]
            if words and all(w in phrase_words for w in words):
                continue
            if not all(w in known or w in phrase_words for w in words):
                invented.append(entity)
    contacts = {digits_of(p.value) for p in phones}
    invented += [found.value for found in other_phones if digits_of(found.value) not in contacts]
    addresses = {fold(e.value) for e in emails}
    invented += [e.value for e in other_emails if fold(e.value) not in addresses]
    return list(dict.fromkeys(invented))


@lru_cache(maxsize=64)
def _contacts_in(grounding: str) -> tuple[tuple[Found, ...], tuple[Found, ...]]:
    # Cached: every draft of a panel is checked against the same notes.
    return tuple(find_phones(grounding)), tuple(find_emails(grounding))


def without_greeting(body: str) -> str:
    """The body after its greeting line; `recipient` judges the greeting."""
    greeting = greeting_match(body)
    return body.replace(greeting.group(0), " ", 1) if greeting else body


def _entities(sentence: str) -> list[str]:
    """Capitalised words not at the start of a sentence, and numbers."""
    out: list[str] = []
    tokens = list(TOKEN.finditer(sentence))
    for position, token in enumerate(tokens):
        word = token.group(0).rstrip(".")
        if "@" in sentence[max(0, token.start() - 1) : token.end() + 1]:
            continue
        if HAS_DIGIT.search(word):
            if not re.fullmatch(r"[\d().\s+-]{7,}", word):
                out.append(word)
            continue
        if NUMBER_RE.fullmatch(word):
            # A spelled-out number is a claim when it counts something ("five years", "seven clients");
            # in an idiom ("the seven seas", "two-way") it is just wording.
            following = tokens[position + 1].group(0).lower() if position + 1 < len(tokens) else ""
            if following.rstrip(".,") in COUNTED or word.lower() in ("hundred", "thousand", "million", "billion"):
                out.append(word)
            continue
        if position == 0 or word in ("I", "P.S", "PS") or not word[:1].isupper():
            continue
        out.append(word)
    return out


@lru_cache(maxsize=256)
def _vocabulary(text: str) -> frozenset[str]:
    folded = THOUSANDS.sub(r"\1\2", fold(text))
    vocab = {canonical(w.strip(".'’")) for w in TOKEN.findall(folded)}
    vocab |= {w.rstrip("-+&") for w in vocab}  # "commute Midrand->Sandton": Midrand is in the notes
    vocab |= {NUMBER_HYPHEN.split(w)[0] for w in vocab if w[:1].isdigit()}
    vocab |= {w.split("'")[0] for w in vocab}
    vocab |= {_number_word(w) for w in vocab}
    return frozenset(vocab)


DIGIT_TO_WORD = {str(i): w for i, w in enumerate(NUMBER_WORDS[:21])}
WORD_TO_DIGIT = {w: str(i) for i, w in enumerate(NUMBER_WORDS[:21])}


def _number_word(word: str) -> str:
    """ "5" <-> "five", so a draft may spell a number the notes wrote in digits."""
    return DIGIT_TO_WORD.get(word) or WORD_TO_DIGIT.get(word) or word


@cache
def phrase_bank_words() -> frozenset[str]:
    """Words our own phrase bank and calendar may add: they are wording, not facts."""
    bank = load_toml("phrases.toml")
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            texts.append(node)

    walk(bank)
    calendar = "monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday"
    return frozenset(_vocabulary(" ".join(texts) + " " + calendar) | {"i", "i'm", "i'd", "i'll", "i've"})
