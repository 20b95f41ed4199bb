"""Small text helpers shared by extraction, composition and validation."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from rapidfuzz import fuzz

from followup import regex_cache
from followup.prompts import load_toml

# For patterns whose every alternative starts a word: the look-ahead lets the engine skip every
# other position at once, about three times faster on a long alternation.
WORD_START = r"(?=\b[\w'’])"
WORD_RE = regex_cache.compile(r"[\w][\w'’&+#./-]*\w|\w", re.UNICODE)

STOPWORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been being it its this "
    "that these those there their they them you your yours we our us i me my mine he she his her him who "
    "whom which what when where why how about into over under than then so such very really just also too "
    "can could would should will shall may might must do does did done has have had having not no nor if "
    "while both each few more most other some any all up down out off again further once here s t don now "
    "get got lot lots re via per etc asked ask talked talk discussed discuss mentioned mention said says "
    "told tell went going like wants want need needs new next week thing things one two".split()
)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lowercase without accents, for matching ("Tomás" == "tomas")."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    # Look only at the few characters outside ASCII for the accents to drop.
    marks = {ord(ch): None for ch in set(NON_ASCII.findall(decomposed)) if unicodedata.combining(ch)}
    return decomposed.translate(marks).casefold()


NON_ASCII = regex_cache.compile(r"[^\x00-\x7f]")


@cache
def shorthand() -> dict[str, str]:
    words: dict[str, str] = load_toml("shorthand.toml")["words"]
    return words


@lru_cache(maxsize=4096)
def expand_shorthand(text: str) -> str:
    """Spell out note-taking shorthand: "mtg w/ eng mgr abt" -> "meeting with engineering manager about"."""
    table = shorthand()
    present = frozenset(LETTERS.findall(text.lower())) & _shorthand_words()
    if not present and not SHORTHAND_SIGNS.search(text):
        return text  # most text has no shorthand; scanning for a word list is slow

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in CAPITALISED_MEANING:
            return token  # "11:00 AM PT" is Pacific time, "PT" a physiotherapist: never "patient"
        if token.rstrip(".") == "Sr" and SENORA_NEXT.match(match.string, match.end()):
            return token  # "el Director General, Sr. Garza", "Sr. Catherine Walsh from my ward": a title, not "Senior"
        if token.lower() in table:
            return _as_cased(token, table[token.lower()])
        titled = token[:1].isupper() and token[:-1].lower() in TITLE_SHORTHAND
        if titled and TITLE_NEXT.match(match.string, match.end()):
            return token  # "Eng. Kariuki said they will call": a Kenyan engineer's title, not "Engineering."
        # "Dir. of Development": an abbreviation's full stop, gone; "… contracts mgr. said …": a sentence's, kept
        inside = ABBREVIATION_INSIDE.match(match.string, match.end()) or (
            token[:-1].lower() in LEADS_INTO and LOWER_NEXT.match(match.string, match.end())
        )  # "a team of 14 incl. night porters": a word that leads into the next is never a sentence's end
        return _as_cased(token, table[token[:-1].lower()]) + ("" if inside else ".")

    return _shorthand_token(present).sub(swap, text)


def _as_cased(token: str, meaning: str) -> str:
    """ "Ops Manager" -> "Operations Manager": a capitalised abbreviation, spelled out with its capital."""
    capital = token[:1].isupper() and token[1:2].islower()
    return meaning[:1].upper() + meaning[1:] if capital else meaning


LETTERS = regex_cache.compile(r"[a-z]+")
ABBREVIATION_INSIDE = regex_cache.compile(r"\s*(?:[,;)]|of\b)")
LEADS_INTO = frozenset({"incl", "approx", "esp", "abt", "appx"})
TITLE_SHORTHAND = frozenset({"eng"})
TITLE_NEXT = regex_cache.compile(r"\s+(?!(?:Manager|Lead|Director|Team|Dept|Department|Intern|Head)\b)[A-Z][a-z]")
LOWER_NEXT = regex_cache.compile(r"\s+[a-z0-9]")
# After "Sr." a job ("Sr. Product Manager") means Senior; a name ("Sr. Garza") means Señor or Sister.
SENORA_NEXT = regex_cache.compile(
    r"\s+(?!(?:Software|Product|Data|Engineer|Engineering|Manager|Analyst|Accountant|Accounts?|Associate|Consultant|"
    r"Designer|Developer|Financial|Finance|Project|Program|Programme|Director|Vice|VP|Staff|Research|Marketing|Sales|"
    r"Business|Systems?|Network|Web|Test|Technical|Tech|Operations|Ops|Executive|Specialist|Scientist|Lecturer|"
    r"Nurse|Care|Policy|Advisor|Adviser|Officer|Administrator|Admin|Buyer|Planner|Editor|Writer|Counsel|Legal|"
    r"Recruiter|Partner|Lead|Team|Full|Front|Back|Mobile|Cloud|Security|Platform|Quality|QA|UX|UI|HR|IT|PM)\b)"
    r"[A-Z][a-zà-ÿ]"
)
CAPITALISED_MEANING = frozenset({"PT", "PTs"})
SHORTHAND_SIGNS = regex_cache.compile(r"[&+/:]")


@cache
def _shorthand_words() -> frozenset[str]:
    return frozenset(k.rstrip(".") for k in shorthand() if k.rstrip(".").isalpha())


@lru_cache(maxsize=1024)
def _shorthand_token(present: frozenset[str]) -> re.Pattern[str]:
    """The shorthand `present` in a text, not inside an email, URL or longer word.

    Only those words match, so the replacement runs on the few shorthand words and
    not on every word of the notes.
    """
    keys = "|".join(re.escape(k) for k in sorted(present, key=lambda k: (-len(k), k)))
    letters = rf"|(?i:{keys})\.?" if keys else ""
    return re.compile(rf"(?<![\w@./+])(?:w/o|w/|b/c|re:|&|\+(?!\d){letters})(?![\w@/+])")


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def content_words(text: str) -> list[str]:
    """The words that carry meaning, folded, shorthand expanded."""
    return list(_content_words(text))


@lru_cache(maxsize=8192)
def _content_words(text: str) -> tuple[str, ...]:
    # Cached: the validator asks about the same bodies and facts many times per draft.
    expanded = THOUSANDS.sub(r"\1\2", expand_shorthand(text))
    folded = (canonical(w) for w in words(fold(expanded)))
    # Short tokens with digits carry meaning ("t2", "10", "3d"); short words mostly don't.
    return tuple(
        w for w in folded if (len(w) > 2 or any(c.isdigit() for c in w)) and w not in STOPWORDS and w not in STOP_STEMS
    )


THOUSANDS = regex_cache.compile(r"(\d),(\d{3})\b")
CALENDAR = {
    "mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday",
    "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday",
    "sun": "sunday", "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december",
}  # fmt: skip


@lru_cache(maxsize=65536)
def canonical(word: str) -> str:
    """One spelling per word: "Monday's" -> "monday", "fri" -> "friday", "40+" -> "40"."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    word = word.rstrip("+%.")
    return CALENDAR.get(word) or SPELLED_NUMBERS.get(word) or word


SPELLED_NUMBERS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
    if i >= 2  # "one" is usually a pronoun
}


STOP_STEMS = frozenset({"talk", "discuss", "mention", "ask", "tell", "want", "need", "thing", "go", "get"})


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _content_words(text))


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))


def mentions(haystack: str, phrase: str, threshold: float = 0.6) -> bool:
    """Whether `haystack` covers enough of `phrase`'s meaningful words.

    Matching is on folded, shorthand-expanded words with light stemming so that
    "retries pile up" is found in "how your retries piled up".
    """
    wanted = _stems(phrase)
    if not wanted:
        return False
    present = _stems(haystack)
    hits = len(wanted & present)
    return hits >= min(3, len(wanted)) or hits / len(wanted) >= threshold


THOUGHT_BREAK = regex_cache.compile(
    r",\s+|;\s+|\s+[-–—]\s+|\s+and\s+(?=how\b|why\b|what\b|wants?\b|needs?\b|hopes?\b|plans?\b|asked\b|I\b)",
    re.IGNORECASE,
)


def thoughts(text: str) -> list[str]:
    """The separate thoughts in a note fragment: "X, wants Y" -> ["X", "wants Y"]."""
    return [part.strip() for part in THOUGHT_BREAK.split(text) if part.strip()]


def mentions_fact(haystack: str, fact: str, threshold: float = 0.5) -> bool:
    """Whether `haystack` mentions a fact, or at least one whole thought of it."""
    if mentions(haystack, fact, threshold):
        return True
    parts = [p for p in thoughts(fact) if len(content_words(p)) >= 2]
    return len(parts) > 1 and any(mentions(haystack, part, threshold) for part in parts)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    # Cached: the same few hundred words of a note are stemmed thousands of times while its drafts are checked.
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two texts, order-insensitive on words."""
    return _similarity(*sorted((a, b)))


@lru_cache(maxsize=1024)
def _similarity(a: str, b: str) -> float:
    # Cached, either way round: a panel's drafts are compared pair by pair when composed and again when checked.
    return float(fuzz.token_sort_ratio(fold(a), fold(b))) / 100.0


def sentences(text: str) -> list[str]:
    """Split prose into sentences, keeping abbreviations such as "Dr." intact."""
    return list(_sentences(text))


# The end of a sentence is tested first: most positions fail there, before the abbreviation tests.
SENTENCE_BREAK = regex_cache.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))"
    r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\b[A-Z]\.)"
    r"(?<!\bLic\.)(?<!\bIng\.)(?<!\bArq\.)(?<!\bEngr\.)(?<!\bAtty\.)(?<!\bSgt\.)(?<!\bCapt\.)(?<!\bRev\.)"
    r"(?<!\bPvt\.)(?<!\bPte\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bLt\.)(?<!\bDet\.)(?<!\bInsp\.)(?<!\bEng\.)(?<!\bDra\.)(?<!\bSra\.)(?<!\bSr\.)(?<!\bMa\.)"
    r"(?<!\bDir\.)(?<!\bDept\.)(?<!\bAsst\.)(?<!\bAssoc\.)(?<!\bIr\.)(?<!\bMdm\.)(?<!\bInż\.)"
    r"(?<!\bmed\.)(?<!\bDña\.)(?<!\bDott\.)(?<!\bArch\.)(?<!\bAvv\.)(?<!\bMme\.)(?<!\bSig\.)(?<!\bMtra\.)(?<!\bMtro\.)"
    r"\s+(?=[A-Z\"'(])"
)


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in SENTENCE_BREAK.split(text) if p.strip())


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
