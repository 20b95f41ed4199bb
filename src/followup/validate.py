"""The validator: every draft against the checklist.

Each check returns a verdict and a message that says exactly what to fix; the
same results drive the LLM's repair re-ask, the page, the CLI's exit code and
the evals. Checks read the facts and the notes, never the composer, so they
judge an LLM draft or a hand-edited one the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from followup import regex_cache
from followup.checklist import BY_ID, CHECK_IDS
from followup.grounding import (
    greeting_match,
    grounding_text,
    invented_specifics,
    phrase_bank_words,
    without_greeting,
)
from followup.models import CheckResult, Draft, Interviewer, InterviewFacts, Sourced
from followup.names import same_person
from followup.placeholders import find_placeholder
from followup.prompts import load_toml
from followup.segments import INJECTION_RE, looks_injected, strip_markup
from followup.text import (
    content_words,
    fold,
    mentions,
    mentions_fact,
    sentences,
    similarity,
    stem,
    thoughts,
    word_count,
)

DEFAULT_MIN_WORDS = 90
DEFAULT_MAX_WORDS = 200
DISTINCT_LIMIT = 0.97  # near-identical bodies fail even with different topics
SAME_SPECIFICS_LIMIT = 0.7  # bodies about the same things must not also read alike
GENERIC_GREETINGS = regex_cache.compile(
    r"\b(?:hiring (?:manager|team)|sir or madam|to whom it may concern|recruiter|team|all|everyone|"
    r"there|friend|colleague|interviewer)\b",
    re.IGNORECASE,
)
THANKS_RE = regex_cache.compile(
    r"\b(?:thank(?:s| you)|grateful|appreciat(?:e|ed)\s+(?:your|the|you)\s+(?:\w+\s+){0,2}?"
    r"(?:time|conversation|opportunity|chance|meeting|interview|call|taking|making|spending|talking|speaking))\b",
    re.IGNORECASE,
)
ENTHUSIASM_RE = regex_cache.compile(
    r"\b(?:excited|excitement|keen|eager|enthusias(?:m|tic)|thrilled|delighted|energi[sz]ed|"
    r"look(?:ing)? forward to (?:contributing|joining|working|helping|bringing)|would love to|"
    r"(?:glad|happy) to (?:contribute|bring|join|help)|welcome the (?:opportunity|chance))\b",
    re.IGNORECASE,
)
SIGN_OFF_RE = regex_cache.compile(
    r"^(?:best|thanks|thank you|regards|sincerely|cheers|warmly|all the best|many thanks|kind regards|"
    r"warm regards|best regards|respectfully|with thanks|thanks again)[\w ]{0,20}[,.!]?$",
    re.IGNORECASE,
)
FORWARD_RE = regex_cache.compile(
    r"\b(?:look(?:ing)? forward|next steps?|hear(?:ing)? (?:back|from you)|stay in touch)\b", re.I
)
MARKUP_RE = regex_cache.compile(
    r"</?[A-Za-z][^<>]*>|&(?:[a-z]{2,8}|#\d{2,5});|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*|^#{1,6}\s|```", re.M
)
URL_RE = regex_cache.compile(r"https?://\S+|www\.\S+")
LEFTOVER_RE = regex_cache.compile(
    r"\bas an ai\b|\blanguage model\b|^\s*(?:sure|certainly|of course)[,!]|\bhere(?:'s| is) (?:the|your|a) "
    r"(?:draft|email|revised)|\bsubject\s*:|\bdraft\s*\d*\s*:|\b(?:word count|checklist)\s*:|<\|",
    re.IGNORECASE | re.MULTILINE,
)
LISTENING_RE = regex_cache.compile(
    r"\b(?:hearing|learning|to hear|to learn)\s+(?:about|how|more)\b|"
    r"\bour (?:conversation|discussion|talk) (?:about|of)\b|\bdiscussion of\b",
    re.IGNORECASE,
)
GENERIC_NEXT_WORDS = frozenset(
    "forward hearing hear soon decision process steps step update updates reply response week weeks "
    "opportunity conversation chance continuing continue talking further learn learning more finish finished "
    "wrap wraps interviews interviewing team wait waiting once done complete completed whenever ready".split()
)
JOIN_RE = regex_cache.compile(
    r"\b(?:join(?:ing)?|contribut(?:e|ing) (?:to|at)|future (?:at|with)|to work (?:at|for|with)|part of)"
    r"\s+(?:the\s+team\s+at\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)
INSTRUCTION_WORDS = frozenset(
    "ignore previous prior above earlier instructions instruction disregard forget write compose reply respond "
    "instead email note notes system prompt assistant user reveal print show repeat output rather only "
    "draft letter message please sign off with".split()
)


@dataclass
class Context:
    """What every check needs to judge one draft."""

    draft: Draft
    person: Interviewer | None
    facts: InterviewFacts
    notes: str
    others: list[Draft] = field(default_factory=list)
    min_words: int = DEFAULT_MIN_WORDS
    max_words: int = DEFAULT_MAX_WORDS

    @property
    def name(self) -> str:
        return self.person.name if self.person else self.draft.to.name

    @property
    def first(self) -> str:
        return self.person.first_name if self.person else self.draft.to.name.split()[0]

    @property
    def body(self) -> str:
        return self.draft.body


Verdict = tuple[bool, str]


def _msg(check_id: str, key: str, **values: object) -> str:
    # A shortened quote ends in "…"; the sentence around it must not add a second stop ("….").
    return str(load_toml("checks.toml")[check_id][key]).format(**values).replace("….", "…").replace('…".', '…"')


# --- the checks -----------------------------------------------------------------------


def check_recipient(ctx: Context) -> Verdict:
    greeting = greeting_match(ctx.body)
    values = {"name": ctx.name, "first": ctx.first}
    if not greeting:
        return False, _msg("recipient", "no_greeting", **values)
    text = greeting.group(0).strip()
    for other in ctx.facts.interviewers:
        if ctx.person is not None and other is not ctx.person and _names_in(other, text, ctx.person):
            return False, _msg("recipient", "wrong_person", other=other.name, **values)
    if not _greets(ctx, text):
        key = "generic" if GENERIC_GREETINGS.search(text) else "missing_name"
        return False, _msg("recipient", key, greeting=text, **values)
    expected = ctx.person.email if ctx.person else None
    if expected and ctx.draft.to.email and fold(ctx.draft.to.email) != fold(expected):
        return False, _msg("recipient", "wrong_address", got=ctx.draft.to.email, expected=expected, **values)
    return True, _msg("recipient", "pass", **values)


def _greets(ctx: Context, greeting: str) -> bool:
    person = ctx.person
    names = [person.first_name, person.last_name, person.name] if person else [ctx.draft.to.name]
    folded = fold(greeting)
    return any(re.search(rf"\b{re.escape(fold(n))}\b", folded) for n in names if n)


def _names_in(other: Interviewer, text: str, person: Interviewer) -> bool:
    folded = fold(text)
    own = {fold(person.first_name), fold(person.last_name)}
    for name in (other.first_name, other.last_name):
        if fold(name) not in own and re.search(rf"\b{re.escape(fold(name))}\b", folded):
            return True
    return False


def check_thanks(ctx: Context) -> Verdict:
    if THANKS_RE.search(_message_part(ctx.body)):
        return True, _msg("thanks", "pass")
    return False, _msg("thanks", "fail", first=ctx.first)


def check_enthusiasm(ctx: Context) -> Verdict:
    target = ctx.facts.company.value if ctx.facts.company else "the role"
    keen = [s for s in sentences(ctx.body) if ENTHUSIASM_RE.search(s)]
    if keen and not all(wrong_company(s, ctx.facts) for s in keen):
        return True, _msg("enthusiasm", "pass")
    return False, _msg("enthusiasm", "fail", target=target)


def wrong_company(text: str, facts: InterviewFacts) -> str | None:
    """A company other than the hiring one named as the place to join ("excited to join Carta")."""
    if facts.company is None:
        return None
    hiring = fold(facts.company.value)
    for match in JOIN_RE.finditer(text):
        name = match.group(1)
        if not hiring.startswith(fold(name)) and not fold(name).startswith(hiring.split()[0]):
            return name
    return None


def check_skills(ctx: Context) -> Verdict:
    skills = _skills_for(ctx)
    if not skills:
        return False, _msg("skills", "none_in_notes")
    skill_values = {s.value for s in ctx.facts.skills}
    # Not a topic the skill was taken from ("bureau scores, my scorecard from TCS, PD basics" holds the skill).
    topics = [t for t in _topics_for(ctx) if not any(v in t.value for v in skill_values)]
    topic_words = set(content_words(" ".join(t.value for t in topics)))
    # Sentences that report what the interviewer said ("I enjoyed hearing about …") restate no skill.
    own_sentences = [s for s in _sentences(ctx.body) if not LISTENING_RE.search(s)]
    for skill in skills:
        # Judge a skill by its own words: "lift plans" the interviewer raised is not the candidate's skill.
        own_words = {stem(w) for w in content_words(skill.value) if w not in topic_words}
        if not own_words:
            continue  # nothing of its own to recognise it by
        for sentence in own_sentences:
            if mentions_fact(sentence, skill.value) and own_words & {stem(w) for w in content_words(sentence)}:
                return True, _msg("skills", "pass", skill=_short(skill.value))
    return False, _msg("skills", "fail", skill=_short(skills[0].value))


def _sentences(body: str) -> list[str]:
    return [part for line in body.splitlines() for part in sentences(line) if part.strip()]


def _skills_for(ctx: Context) -> list[Sourced]:
    own = ctx.person.skills if ctx.person else []
    return own + [s for s in ctx.facts.skills if s not in own]


def check_specifics(ctx: Context) -> Verdict:
    topics = _topics_for(ctx)
    if not topics:
        return False, _msg("specifics", "none_in_notes", first=ctx.first)
    # A topic must be named within one sentence, by its own words: the role, company and place of the
    # interview, scattered across the note, do not add up to a specific.
    meta = set(content_words(" ".join(_meta_texts(ctx.facts))))
    body_sentences = _sentences(ctx.body)
    for topic in topics:
        for thought in thoughts(topic.value):
            words = " ".join(w for w in content_words(thought) if w not in meta)
            if len(words.split()) >= 2 and any(mentions(sentence, words, 0.5) for sentence in body_sentences):
                return True, _msg("specifics", "pass", topic=_short(topic.value))
    return False, _msg("specifics", "fail", first=ctx.first, topic=_short(topics[0].value))


def _meta_texts(facts: InterviewFacts) -> list[str]:
    texts = [fact.value for fact in (facts.company, facts.role) if fact]
    if len(facts.interview_time_source.split()) <= 12:  # a header line such as "Wed 9am, Joliet cross-dock"
        texts.append(facts.interview_time_source)
    return texts


def _topics_for(ctx: Context) -> list[Sourced]:
    """This person's topics first (the fix message suggests one), then anything else discussed.

    Any topic from the conversation is specific; whether a panel's notes differ is `distinct`'s job.
    """
    person = ctx.person
    own = (person.topics + person.skills) if person else []
    others = [t for p in ctx.facts.interviewers if p is not person for t in p.topics]
    return own + list(ctx.facts.topics) + others


def check_next_steps(ctx: Context) -> Verdict:
    steps = ctx.facts.next_steps
    if not steps:
        promised = _invented_next_step(ctx)
        if promised:
            return False, _msg("next_steps", "invented", found=promised)
        if FORWARD_RE.search(ctx.body):
            return True, _msg("next_steps", "pass")
        return False, _msg("next_steps", "generic")
    # Not in the greeting: "Dear Prof. van der Merwe" says nothing of "Prof. v.d. Merwe said HR will send …"
    said = without_greeting(ctx.body)
    if any(mentions_fact(said, step.value) for step in steps):
        return True, _msg("next_steps", "pass")
    return False, _msg("next_steps", "fail", step=_short(steps[0].value))


def _invented_next_step(ctx: Context) -> str | None:
    """A forward-looking sentence that promises a step the notes never mention."""
    known = {stem(w) for w in content_words(grounding_text(ctx.facts, ctx.notes))}
    known |= {stem(w) for w in phrase_bank_words() | GENERIC_NEXT_WORDS}
    for sentence in sentences(ctx.body.replace("\n", " \n ")):
        if not FORWARD_RE.search(sentence):
            continue
        novel = [w for w in content_words(sentence) if stem(w) not in known]
        if len(novel) >= 2:
            return sentence.strip()[:80]
    return None


def check_contact(ctx: Context) -> Verdict:
    phone, email = ctx.facts.candidate.phone, ctx.facts.candidate.email
    body = ctx.body
    if not email:
        return False, _msg("contact", "email_unknown")
    if fold(email) not in fold(body):
        return False, _msg("contact", "email_missing", email=email)
    if not phone and ctx.facts.candidate.no_phone:
        return True, _msg("contact", "pass_email", email=email)
    if not phone:
        return False, _msg("contact", "phone_unknown")
    if phone not in body:
        return False, _msg("contact", "phone_missing", phone=phone)
    return True, _msg("contact", "pass", phone=phone, email=email)


def check_grounded(ctx: Context) -> Verdict:
    invented = invented_specifics(ctx.body, grounding_text(ctx.facts, ctx.notes))
    other = wrong_company(ctx.body, ctx.facts)
    if other and ctx.facts.company:
        return False, _msg("grounded", "wrong_company", other=other, company=ctx.facts.company.value)
    if not invented:
        return True, _msg("grounded", "pass")
    items = ", ".join(f'"{item}"' for item in invented[:4])
    them = "it" if len(invented) == 1 else "them"
    return False, _msg("grounded", "fail", items=items, them=them)


def check_clean(ctx: Context) -> Verdict:
    text = ctx.draft.subject + "\n" + ctx.body
    placeholder = find_placeholder(text)
    if placeholder:
        return False, _msg("clean", "placeholder", found=placeholder)
    markup = MARKUP_RE.search(text)
    if markup:
        return False, _msg("clean", "markup", found=markup.group(0).strip())
    # A link is fine when it is the candidate's own (a portfolio in the notes); any other is not.
    foreign = [u for u in URL_RE.findall(text) if u.rstrip(".,)") not in ctx.notes]
    if foreign:
        return False, _msg("clean", "markup", found=foreign[0])
    injected = _injected_text(ctx)
    if injected:
        return False, _msg("clean", "injected", found=injected)
    leftover = LEFTOVER_RE.search(ctx.body)
    if leftover:
        return False, _msg("clean", "leftover", found=leftover.group(0).strip())
    return True, _msg("clean", "pass")


@lru_cache(maxsize=64)
def _injection_payloads(notes: str) -> tuple[frozenset[str], ...]:
    """What each injected line asks for ("a poem about pirates"), minus the words the real notes use."""
    plain, _ = strip_markup(notes)
    lines = plain.splitlines()
    injected = [line for line in lines if looks_injected(line)]
    if not injected:
        return ()
    rest = set(content_words(" ".join(line for line in lines if line not in injected)))
    return tuple(frozenset(set(content_words(line)) - INSTRUCTION_WORDS - rest) for line in injected)


def _injected_text(ctx: Context) -> str | None:
    """Text in the draft that echoes or obeys instructions hidden in the notes."""
    found = INJECTION_RE.search(ctx.body) if looks_injected(ctx.body) else None
    if found:
        return found.group(0)
    for payload in _injection_payloads(ctx.notes):
        for sentence in sentences(ctx.body.replace("\n", " \n ")):
            if payload and len(payload & set(content_words(sentence))) >= max(1, len(payload) // 2):
                return sentence.strip()[:80]
    return None


def check_concise(ctx: Context) -> Verdict:
    words = word_count(ctx.body)
    values = {"words": words, "low": ctx.min_words, "high": ctx.max_words}
    if words > ctx.max_words:
        return False, _msg("concise", "too_long", **values)
    if words < ctx.min_words:
        return False, _msg("concise", "too_short", **values)
    return True, _msg("concise", "pass", **values)


def check_distinct(ctx: Context) -> Verdict:
    if not ctx.others:
        return True, _msg("distinct", "single")
    for other in ctx.others:
        if reads_alike(ctx.body, other.body, ctx.facts):
            return False, _msg("distinct", "fail", other=other.to.name, first=ctx.first)
    return True, _msg("distinct", "pass")


def reads_alike(body: str, other: str, facts: InterviewFacts) -> bool:
    """Whether two panel notes read as one note sent twice: near-identical, or alike and about the same things."""
    alike = similarity(without_names(body, facts), without_names(other, facts))
    if alike < SAME_SPECIFICS_LIMIT:
        return False  # different enough whatever they mention; no need to compare their specifics
    same_specifics = _specifics_in(body, facts) == _specifics_in(other, facts)
    return alike >= (SAME_SPECIFICS_LIMIT if same_specifics else DISTINCT_LIMIT)


def _specifics_in(body: str, facts: InterviewFacts) -> frozenset[str]:
    """Which topics from the notes a draft mentions: a panel's notes should not share all of them."""
    topics = tuple(t.value for p in facts.interviewers for t in p.topics) + tuple(t.value for t in facts.topics)
    for fact in (facts.company, facts.role):
        # "the Grid Connections Engineer role" in every note is no mention of "Eskom grid connection queue"
        body = body.replace(fact.value, " ") if fact else body
    return _mentioned_topics(body, topics)


@lru_cache(maxsize=256)
def _mentioned_topics(body: str, topics: tuple[str, ...]) -> frozenset[str]:
    # Cached: in a panel every draft compares itself with every other one.
    return frozenset(topic for topic in topics if mentions_fact(body, topic))


def without_names(body: str, facts: InterviewFacts) -> str:
    """A draft without the panel's names, to compare what two notes say."""
    for person in facts.interviewers:
        for name in (person.name, person.first_name, person.last_name):
            body = body.replace(name, "")
    return body


def check_style(ctx: Context) -> Verdict:
    folded = fold(ctx.body).replace("’", "'")
    for phrase in load_toml("checks.toml")["style_phrases"]["phrases"]:
        if phrase in folded:
            return False, _msg("style", "fail", phrase=phrase)
    return True, _msg("style", "pass")


CHECKS: dict[str, Callable[[Context], Verdict]] = {
    "recipient": check_recipient,
    "thanks": check_thanks,
    "enthusiasm": check_enthusiasm,
    "skills": check_skills,
    "specifics": check_specifics,
    "next_steps": check_next_steps,
    "contact": check_contact,
    "grounded": check_grounded,
    "clean": check_clean,
    "concise": check_concise,
    "distinct": check_distinct,
    "style": check_style,
}
if set(CHECKS) != set(CHECK_IDS):  # the checklist is declared once; every id needs a check
    raise RuntimeError(f"validator and checklist disagree: {sorted(set(CHECKS) ^ set(CHECK_IDS))}")


# --- entry points -------------------------------------------------------------------


def check_draft(ctx: Context) -> list[CheckResult]:
    results = []
    for check_id in CHECK_IDS:
        ok, message = CHECKS[check_id](ctx)
        results.append(CheckResult(id=check_id, ok=ok, required=BY_ID[check_id].required, message=message))
    return results


def check_drafts(
    drafts: list[Draft],
    facts: InterviewFacts,
    notes: str,
    min_words: int = DEFAULT_MIN_WORDS,
    max_words: int = DEFAULT_MAX_WORDS,
) -> list[Draft]:
    """Every draft with its checklist verdicts filled in."""
    checked = []
    for draft in drafts:
        person = person_for(draft, facts)
        others = [d for d in drafts if d is not draft]
        ctx = Context(draft, person, facts, notes, others, min_words, max_words)
        checked.append(draft.model_copy(update={"checks": check_draft(ctx)}))
    return checked


def person_for(draft: Draft, facts: InterviewFacts) -> Interviewer | None:
    for person in facts.interviewers:
        if person.name == draft.to.name:
            return person
    return next((p for p in facts.interviewers if same_person(p.name, draft.to.name)), None)


def _message_part(body: str) -> str:
    """The body without its sign-off: a closing "Thanks," thanks nobody for anything."""
    lines = body.rstrip().splitlines()
    for index in range(len(lines) - 1, max(len(lines) - 6, 0) - 1, -1):
        if SIGN_OFF_RE.match(lines[index].strip()):
            return "\n".join(lines[:index])
    return body


def _short(text: str, limit: int = 8) -> str:
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")
