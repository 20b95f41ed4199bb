"""Offline composer: facts -> one draft per interviewer, from the phrase bank.

Each note is built from what that person discussed; sentences come from
`prompts/phrases.toml`, with a different variant per person so a panel's notes
do not read as copies. Extractive by construction: every specific comes from
the facts, so nothing can be invented.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from typing import Any

from followup import regex_cache
from followup.inputs import in_another_language
from followup.models import Candidate, Draft, Interviewer, InterviewFacts, Recipient, Sourced, Tone
from followup.names import TITLE_WORDS
from followup.notes_rules import NOT_FOR_THE_EMAIL, TO_MENTION
from followup.prompts import load_toml, require_placeholders
from followup.steps import next_step_phrases
from followup.text import capitalize_first, content_words, thoughts, word_count
from followup.validate import reads_alike
from followup.voice import Phrase, lower_first, named_to_you, skill_phrase, tidy, topic_phrase, without_impression

SLOT_PLACEHOLDERS: dict[str, set[str]] = {
    "subject": {"role", "company"},
    "greeting": {"first", "formal"},
    "thanks": {"when", "about"},
    "topic": {"topic"},
    "second_topic": {"topic"},
    "enthusiasm": {"target", "at_target"},
    "skill": {"skill", "Skill"},
    "next_step": {"step"},
    "contact": {"phone", "email"},
    "padding": set(),
    "signoff": set(),
    "words": {"role", "company", "day"},
}


@cache
def phrase_bank() -> dict[str, Any]:
    """The phrase bank, with every template's placeholders checked."""
    bank = load_toml("phrases.toml")
    for slot, allowed in SLOT_PLACEHOLDERS.items():
        for variant_key, variants in bank[slot].items():
            for template in variants if isinstance(variants, list) else [variants]:
                require_placeholders(f"phrases.toml [{slot}] {variant_key}", template, allowed)
    return bank


LOOK_FORWARD = "look forward"


@dataclass
class _Picker:
    """Chooses phrase variants: stable for the same notes, different for each interviewer."""

    seed: int
    offset: int
    when: str = ""  # " today" or " on Thursday": the interview's day as seen when the notes are drafted

    def pick(self, slot: str, key: str, after: str = "", **values: str) -> str:
        """A variant for `slot`; one that would open like the sentence `after` it, or say "look forward"
        again right after it, is passed over."""
        variants = phrase_bank()[slot][key]
        start = self.seed + self.offset + zlib.crc32(f"{slot}.{key}".encode())
        opening = after.split()[:2]
        for step in range(len(variants)):
            chosen = str(variants[(start + step) % len(variants)]).format(**values)
            # "Thank you for letting me know you'd let me know …" says it twice.
            echoes = (LOOK_FORWARD in after and LOOK_FORWARD in chosen) or (
                "letting me know" in chosen and "let me know" in chosen
            )
            if (not opening or chosen.split()[:2] != opening) and not echoes:
                return chosen
        return str(variants[start % len(variants)]).format(**values)


def compose_drafts(
    facts: InterviewFacts, tone: Tone = "warm", min_words: int = 90, now: datetime | None = None
) -> list[Draft]:
    """One draft per interviewer named in the notes, written at `now` (the clock when not given)."""
    seed = zlib.crc32(f"{_value(facts.company)}|{_value(facts.role)}".encode())
    when = _when(facts, now)
    drafts: list[Draft] = []
    count = len(facts.interviewers)
    for index, person in enumerate(facts.interviewers):
        draft = compose_draft(facts, person, _Picker(seed, index, when), tone, index, min_words)
        # A panel's notes must not read alike: other wording when this one echoes an earlier note.
        for retry in range(1, 4):
            if not any(reads_alike(draft.body, other.body, facts) for other in drafts):
                break
            draft = compose_draft(facts, person, _Picker(seed, index + retry * count, when), tone, index, min_words)
        else:
            draft = _fuller(facts, person, draft, drafts, _Picker(seed, index, when), tone, min_words)
        drafts.append(draft)
    return drafts


def _fuller(
    facts: InterviewFacts,
    person: Interviewer,
    draft: Draft,
    drafts: list[Draft],
    picker: _Picker,
    tone: Tone,
    min_words: int,
) -> Draft:
    """Still alike after other wording: one more thing of theirs from the same line of the notes, in this note
    or else in the earlier one it echoes."""
    count, index = len(facts.interviewers), facts.interviewers.index(person)
    for retry in range(4):
        fuller = compose_draft(
            facts, person, replace(picker, offset=index + retry * count), tone, index, min_words, True
        )
        if not any(reads_alike(fuller.body, other.body, facts) for other in drafts):
            return fuller
    for earlier, other in enumerate(drafts):
        if reads_alike(draft.body, other.body, facts):
            redone = compose_draft(
                facts, facts.interviewers[earlier], replace(picker, offset=earlier), tone, earlier, min_words, True
            )
            rest = [d for d in drafts if d is not other]
            if not any(reads_alike(redone.body, d.body, facts) for d in [*rest, draft]):
                drafts[earlier] = redone
    return draft


def compose_draft(
    facts: InterviewFacts,
    person: Interviewer,
    picker: _Picker,
    tone: Tone,
    index: int,
    min_words: int,
    more: bool = False,
) -> Draft:
    opening = [_thanks(facts, picker, tone)]
    topics = _topics_for(facts, person, index, more)
    middle: list[str] = []
    if topics:
        opening.append(_topic_sentence(picker, "topic", topics[0]))
    opening.append(
        picker.pick("enthusiasm", tone, after=opening[-1], target=_target(facts), at_target=_at_target(facts))
    )
    skill = _skill_for(facts, person, index)
    if skill is not None:
        middle.append(_skill_sentence(picker, skill))
    for reminder in _reminders_for(facts, person):
        middle.append(picker.pick("skill", "reminder", skill=reminder, after=middle[-1] if middle else ""))
    if len(topics) > 1 and tone != "brief":
        middle.append(_topic_sentence(picker, "second_topic", topics[1]))
    closing = [
        *_next_step_sentences(facts, person, picker),
        *_contact_sentence(facts.candidate, picker),
    ]
    greeting, signoff = _greeting(person, picker, tone), picker.pick("signoff", tone)
    body = _assemble(greeting, [opening, middle, closing], signoff, facts.candidate)
    for filler in phrase_bank()["padding"][tone]:
        # Too short to pass `concise`: add a sentence that states no fact.
        if word_count(body) >= min_words:
            break
        opening.append(str(filler))
        body = _assemble(greeting, [opening, middle, closing], signoff, facts.candidate)
    return Draft(
        to=Recipient(name=person.name, email=person.email),
        subject=_subject(facts, picker),
        body=body,
    )


def _value(fact: Sourced | None) -> str:
    return fact.value if fact else ""


def _subject(facts: InterviewFacts, picker: _Picker) -> str:
    if facts.role:
        return picker.pick("subject", "with_role", role=facts.role.value, company=_value(facts.company))
    return picker.pick("subject", "without_role", role="", company=_value(facts.company))


def _greeting(person: Interviewer, picker: _Picker, tone: Tone) -> str:
    # "Sir Malcolm", "Dame Judith", a Filipino office's "Ma'am Jhoanna": these go with the first name;
    # "Dr. Okafor" with the surname
    given = person.honorific and person.honorific.rstrip(".").lower() in (
        "sir",
        "dame",
        "ma'am",
        "ma’am",
        "datin",
        "dato",
        "dato'",
        "datuk",
        "pak",
        "bapak",
        "ibu",
        "bu",
    )  # also "Dear Datin Sharifah", "Dear Pak Budi"
    words = [w for w in person.name.split() if w != person.honorific]
    formal = (
        f"{person.honorific} {words[0] if given and words else person.last_name}" if person.honorific else person.name
    )
    # A doctor who said "call me Helen" is greeted as Helen; otherwise a title is kept.
    first = person.called or (person.honorific and formal) or person.first_name
    return picker.pick(
        "greeting", tone, first=first, formal=person.called if person.called and tone != "formal" else formal
    )


def _thanks(facts: InterviewFacts, picker: _Picker, tone: Tone) -> str:
    words = phrase_bank()["words"]
    role, company = _value(facts.role), _value(facts.company)
    if role and company:
        about = words["about_role_company"].format(role=role, company=company)
    elif role:
        about = words["about_role"].format(role=role)
    elif company:
        about = words["about_company"].format(company=company)
    else:
        about = ""
    return picker.pick("thanks", tone, when=picker.when, about=about)


def _when(facts: InterviewFacts, now: datetime | None) -> str:
    """ " today" or " on Thursday", only when the notes gave the day."""
    if not facts.interview_time or not facts.interview_time_source:
        return ""
    words = phrase_bank()["words"]
    now = now.astimezone(facts.interview_time.tzinfo) if now else datetime.now(facts.interview_time.tzinfo)
    if facts.interview_time.date() == now.date():
        return str(words["today"])
    if 0 < (now.date() - facts.interview_time.date()).days < 7:
        return str(words["on_day"]).format(day=facts.interview_time.strftime("%A"))
    return ""


def _target(facts: InterviewFacts) -> str:
    words = phrase_bank()["words"]
    return facts.company.value if facts.company else str(words["team"])


def _at_target(facts: InterviewFacts) -> str:
    """ "at Acme", or "with your team" when the notes name no company ("contribute at the team" is no English)."""
    words = phrase_bank()["words"]
    return str(words["at_company"]).format(company=facts.company.value) if facts.company else str(words["at_team"])


def _topics_for(facts: InterviewFacts, person: Interviewer, index: int, more: bool = False) -> list[Phrase]:
    """This person's own topics first; else shared ones, rotated so panel notes differ.

    With `more`, one line of theirs with several things in it ("REIPPPP bid window 7 projects, Eskom grid
    connection queue, …") gives a second topic when it is their only one.
    """
    topics = person.topics
    if more and len(topics) == 1 and len(parts := thoughts(topics[0].value)) > 1:
        said = [part for part in parts[1:] if not NOT_FOR_THE_EMAIL.search(part)]  # not "why leave KiraPay"
        topics = [topics[0], Sourced(value=", ".join(said), source=topics[0].source)] if said else topics
    own = [Phrase(named_to_you(p.text, [person.name, person.first_name]), p.kind) for p in _sayable(topics, facts)]
    if own or person.skills:
        return own[:2]
    shared = facts.topics
    rotated = shared[index % len(shared) :] + shared[: index % len(shared)] if shared else []
    return _sayable(rotated, facts)[:2]


def _sayable(topics: list[Sourced], facts: InterviewFacts) -> list[Phrase]:
    """Topics that read well as a phrase, things they told you before questions they asked.

    A "topic" that only restates the company or role ("Halcyon Museum of Natural History") is not one.
    """
    known = set(content_words(" ".join(_value(f) for f in (facts.company, facts.role))))
    phrases = [
        p
        # "tom seemed a bit flat": how it felt, not what they raised
        for p in (without_impression(topic_phrase(t.value)) for t in topics)
        if p is not None and len(set(content_words(p.text)) - known) >= 2 and not _only_a_title(p.text)
    ]
    # How and where the job is worked ("Hybrid, 2 days in Columbus office") comes last: their work comes first.
    # Their own story ("Patricia has been with Skyline 14 years") is small talk: named after their work.
    return sorted(
        phrases,
        key=lambda p: (
            bool(WORK_ARRANGEMENT.match(p.text)) or bool(THEIR_STORY_SO_FAR.search(p.text)),
            p.kind == "question",
            -_substance(p.text, known),
        ),
    )


def _only_a_title(text: str) -> bool:
    """ "BE CEng, Associate Director": who someone is, left over from their introduction, not a topic."""
    words = re.findall(r"[A-Za-z&+-]+", text)
    titled = any(w.lower() in TITLE_WORDS for w in words)  # not "IFRS 17", "EYLF V2.0"
    # "the Nurse Unit Manager the Clinical Nurse Educator": what is left of a run-on introduction
    glue = {"the", "a", "an", "and", "of"}
    return titled and all(
        w.lower() in TITLE_WORDS or w.lower() in glue or w.isupper() or CREDENTIAL.fullmatch(w) for w in words
    )


CREDENTIAL = regex_cache.compile(r"[A-Z][a-z]?[A-Z][a-z]*")  # "CEng", "MSc", "PhD"


def _substance(text: str, known: set[str]) -> int:
    """How much a topic says: its own words, a figure, a problem they have; the richest is named first."""
    words = set(content_words(text)) - known
    return min(len(words), 5) + 2 * bool(FIGURE.search(text)) + 3 * bool(PROBLEM_CUE.search(text))


THEIR_STORY_SO_FAR = regex_cache.compile(
    r"\b(?:has|have|had|'ve|’ve)\s+been\s+(?:with|at|here)\b|\bstarted\s+(?:as|at|here|out)\b|"
    r"\b(?:joined|started)\b.{0,30}\b(?:ago|years?|yrs?)\b|\bthis is the (?:hiring manager|first|second|final) ",
    re.IGNORECASE,
)
WORK_ARRANGEMENT = regex_cache.compile(r"^(?:hybrid|fully remote|remote|in[- ]office|on[- ]site|wfh)\b", re.IGNORECASE)
# A figure worth repeating ("1,800 invoices", "91%", "$4.2M"), not a time ("around 11", "2pm").
FIGURE = regex_cache.compile(r"\$\s?\d|\d\s?%|\b\d[\d,.]*\s?(?:k|m|x)?\s+(?!am\b|pm\b)[a-z]+s\b", re.IGNORECASE)
PROBLEM_CUE = regex_cache.compile(
    r"\b(?:problem|issue|struggl\w*|pain|mess|bottleneck|behind|short on|short-staffed|losing|backlog|"
    r"priority|goal|target|biggest|big push|challenge|pile up|piling|slipp\w*|late)\b",
    re.IGNORECASE,
)


def _skill_for(facts: InterviewFacts, person: Interviewer, index: int) -> Phrase | None:
    # Their own question about the candidate first; then the candidate's own words ("my …", "I …"),
    # rotated so panel notes differ. A skill that cannot be said well is passed over.
    ranked = sorted((s for s in facts.skills if not _reminder(s)), key=_skill_rank)
    rotated = ranked[index % len(ranked) :] + ranked[: index % len(ranked)] if ranked else []
    for skill in [*(s for s in person.skills if not _reminder(s)), *rotated]:
        phrase = without_impression(skill_phrase(skill.value))  # not "my experience with Carla very friendly"
        if phrase is not None:
            return phrase
    return None


def _reminders_for(facts: InterviewFacts, person: Interviewer) -> list[str]:
    """What the candidate noted to say in the thank-you, to this person and in every note, as they wrote it."""
    mine = next((s for s in person.skills if _reminder(s)), None)
    everyone = next((s for s in facts.skills if _reminder(s)), None)
    return [lower_first(tidy(s.value)) for s in (mine, everyone) if s is not None]


def _reminder(skill: Sourced) -> bool:
    return TO_MENTION.match(skill.source) is not None


def _skill_rank(skill: Sourced) -> int:
    """Lower is better: "my …"/"I led …" first, questions and fragments last."""
    text = skill.value
    rank = 0 if re.match(r"^(?:my|I)\b", text) else 1 if re.search(r"\b(?:I|my)\b", text) else 2
    return rank + (2 if re.match(r"^(?:what|how|why|if|whether)\b", text, re.IGNORECASE) else 0)


def _topic_sentence(picker: _Picker, slot: str, topic: Phrase) -> str:
    return capitalize_first(picker.pick(slot, topic.kind, topic=topic.text))


def _skill_sentence(picker: _Picker, skill: Phrase) -> str:
    return picker.pick("skill", skill.kind, skill=skill.text, Skill=capitalize_first(skill.text))


def _next_step_sentences(facts: InterviewFacts, person: Interviewer, picker: _Picker) -> list[str]:
    if not facts.next_steps:
        return [picker.pick("next_step", "none")]
    phrases = next_step_phrases(facts.next_steps[0].value, person, facts.interviewers)
    steps = facts.next_steps
    if len(phrases) == 1 and len(steps) > 1 and len(phrases[0].text.split()) <= 5:
        # "outcome: they'll form a panel (lol) — notification by letter/email within 3 weeks": a short step says
        # little alone; the one after it goes with it
        phrases += next_step_phrases(steps[1].value, person, facts.interviewers)[:1]
    # A step written in Portuguese or German is not pasted into an English email; the check asks for it instead.
    # nor a word cut from one: "Bueno" of "Bueno, el siguiente paso es un reto de diseño" is no English step
    whole = in_another_language(facts.next_steps[0].value)
    phrases = [p for p in phrases if not in_another_language(p.text) and not (whole and len(p.text.split()) <= 2)]
    if not phrases:
        return [picker.pick("next_step", "none")]
    if len(phrases) == 2 and all(p.kind == "np" and not p.text.startswith("I'll") for p in phrases):
        # "the case study due Thursday" + "the final with the CEO": one step after another, one sentence.
        phrases = [Phrase(f"{phrases[0].text}, then {phrases[1].text}", "np")]
    elif len(phrases) == 2 and _step_key(phrases[0]) == _step_key(phrases[1]):
        # Two clauses of one kind would repeat one sentence pattern; say them together.
        phrases = [Phrase(f"{phrases[0].text}, and {phrases[1].text}", phrases[0].kind)]
    sentences: list[str] = []
    for phrase in phrases:
        after = sentences[-1] if sentences else ""
        sentences.append(capitalize_first(picker.pick("next_step", _step_key(phrase), after=after, step=phrase.text)))
    return sentences


def _step_key(phrase: Phrase) -> str:
    # "I'll get an email …" is news they gave ("you" wording); "I'll send the references" a promise of mine
    mine = phrase.text.startswith("I'll") and phrase.kind != "clause"
    return "me" if mine else ("you" if phrase.kind == "clause" else "np")


def _contact_sentence(candidate: Candidate, picker: _Picker) -> list[str]:
    phone, email = candidate.phone or "", candidate.email or ""
    if phone and email:
        return [picker.pick("contact", "both", phone=phone, email=email)]
    if email:
        return [picker.pick("contact", "email_only", phone="", email=email)]
    if phone:
        return [picker.pick("contact", "phone_only", phone=phone, email="")]
    return []


DOUBLE_PERIOD = regex_cache.compile(r"(?<=\w)\.\.(?!\.)")


def _assemble(greeting: str, paragraphs: list[list[str]], signoff: str, candidate: Candidate) -> str:
    # "… at Northern Spark Electric Ltd.." : a name's own period ends the sentence too.
    blocks = [greeting] + [DOUBLE_PERIOD.sub(".", " ".join(p)) for p in paragraphs if p]
    signature = [signoff]
    if candidate.name:
        signature.append(candidate.name)
    contact_line = " · ".join(x for x in (candidate.phone, candidate.email) if x)
    if contact_line:
        signature.append(contact_line)
    return "\n\n".join(blocks) + "\n\n" + "\n".join(signature)
