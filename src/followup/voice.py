"""Turn note fragments into phrases in the candidate's voice, addressed to the interviewer.

"their nightly ETL" -> "your nightly ETL"; "he'll set up a call" -> "you'll set up a call";
"asked abt my kafka work" has already lost "asked abt" in extraction. Each phrase is
tagged as a noun phrase or a clause so the phrase bank can pick a sentence that fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from followup.models import Interviewer
from followup.text import THOUGHT_BREAK

Kind = Literal["np", "clause"]
MAX_FRAGMENT_WORDS = 18

THIRD_TO_SECOND = {
    "their": "your", "theirs": "yours", "they're": "you're", "they’re": "you're", "they'll": "you'll",
    "they’ll": "you'll", "they've": "you've", "they'd": "you'd", "they": "you", "them": "you",
    "themselves": "yourselves",
}  # fmt: skip
SINGULAR_TO_SECOND = {
    "his": "your", "her": "your", "hers": "yours", "he's": "you're", "she's": "you're", "he'll": "you'll",
    "she'll": "you'll", "he'd": "you'd", "she'd": "you'd", "he": "you", "she": "you", "him": "you",
    "himself": "yourself", "herself": "yourself",
}  # fmt: skip
IRREGULAR_VERBS = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "doesn't": "don't",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
}
CLAUSE_MARKERS = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|'ll|can|could|would|should|need|needs|want|wants|plan|plans|"
    r"pile|piles|grow|grows|run|runs|use|uses|struggle|struggles|lose|loses|spend|spends|handle|handles|"
    r"get|gets|take|takes|keep|keeps|hope|hopes|expect|expects|aim|aims|rely|relies|cover|covers|"
    r"serve|serves|see|sees|face|faces|hit|hits|break|breaks|fail|fails|happen|happens|work|works|"
    r"go|goes|come|comes|do|does|did|don't|doesn't|are|'re|'s)\b",
    re.IGNORECASE,
)
BARE_NOUNS = frozenset(
    "team roadmap company org organization group department dept unit school clinic store shop crew "
    "product platform pipeline backlog stack codebase process budget board program customers clients "
    "floor office warehouse fleet kitchen lab classroom district branch site plant".split()
)
QUESTION_START = re.compile(r"^(how|why|what|where|when)\s+(?:would|do|did|will|can|could|should)\s+(?:you|i)\s+", re.I)
CANDIDATE_ACTION = re.compile(
    r"^(?:come|meet|bring|send|do|complete|submit|prepare|present|finish|schedule|take|fill out|sign|upload|"
    r"share|write|record|return|book|shadow (?:her|him|them|a|an|the|one)|call (?:her|him|them|back))\b",
    re.IGNORECASE,
)
WH_START = re.compile(r"^(?:how|why|what|where|when|whether|that)\b", re.IGNORECASE)
SUBJECT_START = re.compile(r"^(?:you|your team|the team|they|we|i)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Phrase:
    text: str
    kind: Kind


def to_second_person(text: str, singular: bool = True) -> str:
    """Pronouns about the interviewer become "you", with the verb agreeing."""
    table = dict(THIRD_TO_SECOND)
    if singular:
        table.update(SINGULAR_TO_SECOND)
    tokens = re.split(r"(\s+)", text)
    out: list[str] = []
    agree_next = False
    for token in tokens:
        low = token.lower()
        if agree_next and token.strip():
            token = _agree(token)
            agree_next = False
        if low in table:
            agree_next = low in ("he", "she")
            token = table[low]
        out.append(token)
    return "".join(out)


def _agree(verb: str) -> str:
    low = verb.lower()
    if low in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss|z)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return verb[:-1]
    return verb


def shorten(text: str, limit: int = MAX_FRAGMENT_WORDS) -> str:
    """Keep the first thought of a long fragment: cut at a comma or dash."""
    if len(text.split()) <= limit:
        return text
    for separator in (", ", "; ", " - ", " — ", " and "):
        head = text.split(separator)[0]
        if 3 <= len(head.split()) <= limit:
            return head
    return " ".join(text.split()[:limit])


def first_thought(text: str) -> str:
    """The first thought of a fragment: "your shift report, wants nurses who precept" -> "your shift report"."""
    head = THOUGHT_BREAK.split(text, maxsplit=1)[0].strip()
    head = QUESTION_START.sub(lambda m: f"{m.group(1).lower()} to ", head.rstrip("?"))
    return head if len(head.split()) >= 3 else shorten(text)


def topic_phrase(fragment: str) -> Phrase:
    """A topic the interviewer raised, as "your ..." noun phrase or a clause."""
    text = to_second_person(first_thought(fragment))
    if text.split() and text.split()[0].lower() in BARE_NOUNS:
        text = "your " + text
    text = re.sub(r"^(?:want|wants|need|needs)\s+", "your need for ", text, flags=re.IGNORECASE)
    if WH_START.match(text):
        return Phrase(re.sub(r"^how\s+", "", text, flags=re.IGNORECASE), "clause")
    return Phrase(text, _kind(text))


def _kind(text: str) -> Kind:
    words = text.split()
    if len(words) >= 3 and CLAUSE_MARKERS.search(" ".join(words[1:])):
        return "clause"
    return "np"


def skill_phrase(fragment: str) -> Phrase:
    """The candidate's experience: "my Kafka work at Lattice" or "I led the Postgres migration"."""
    text = first_thought(fragment)
    if re.match(r"^I\b", text):
        return Phrase(text, "clause")
    if re.match(r"^(?:my|our)\b", text, re.IGNORECASE):
        return Phrase("my" + text[2:] if text[:2].lower() == "my" else text, "np")
    return Phrase(f"my experience with {text}", "np")


def next_step_phrases(fragment: str, person: Interviewer) -> list[Phrase]:
    """The agreed next step, one phrase per clause, from the candidate's point of view.

    A clause with a subject ("you'll email times", "Omar will email times") is "clause";
    the candidate's own promise ("I'll send a lesson plan") is "np" with a leading "I'll";
    a bare step ("system design with Anna next week") is "np".
    """
    phrases = []
    for clause in _split_clauses(shorten(fragment, 24)):
        text = _recipient_to_you(clause, person)
        text = to_second_person(text)
        text = re.sub(r"\bI\s+(?:should|need to|am to|have to|will)\b", "I'll", text)
        text = re.sub(r"^i'll\b", "I'll", text)
        if CANDIDATE_ACTION.match(text):
            text = "I'll " + text  # "bring my tool list" is the candidate's own next step
        if text.startswith("I'll"):
            phrases.append(Phrase(text, "np"))
        elif SUBJECT_START.match(text) or re.match(r"^[A-Z][\w'-]+\s+(?:will|'ll|to)\b", text):
            phrases.append(Phrase(text, "clause"))
        else:
            phrases.append(Phrase(_with_article(text), "np"))
    return phrases[:2]


def _split_clauses(text: str) -> list[str]:
    parts = re.split(r",\s+(?:and\s+)?|\s+and\s+(?=(?:I|you|he|she|they|we|[A-Z][\w'-]+)\s+\w+)", text)
    return [p.strip(" .;") for p in parts if p.strip(" .;")]


def _recipient_to_you(text: str, person: Interviewer) -> str:
    for name in sorted({person.name, person.first_name, person.last_name}, key=len, reverse=True):
        text = re.sub(rf"^{re.escape(name)}\s+(?:will|'ll)\b", "you'll", text)
        text = re.sub(rf"^{re.escape(name)}\s+(?=\w+s\b)", "he ", text)
    return text


def _with_article(text: str) -> str:
    """ "shadow shift next week" -> "a shadow shift next week"; leaves "the"/"my"/plurals alone."""
    first = text.split()[0].lower() if text.split() else ""
    if first in {
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "next",
        "another",
        "second",
        "final",
    } or first.endswith("s"):
        return text
    if re.match(
        r"^(?:call|meeting|interview|shadow|onsite|on-site|panel|round|visit|tour|chat|demo|trial)\b",
        first,
    ):
        return ("an " if first[:1] in "aeiou" else "a ") + text
    return text
