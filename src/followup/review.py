"""Review an email the person wrote: the checklist on any text, with evidence.

Without notes only what the text itself can show is checked (text rules in
`review_rules`, plus the validator's own `clean`, `concise` and `style`). With
notes, facts are extracted and the validator's notes-aware checks run on the
same `Context` they judge our drafts with. `contact` is split into
`contact_phone` and `contact_email` so a person sees which one is missing.
Every tick quotes the sentence that earned it (`evidence`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from pydantic import BaseModel

from followup import regex_cache
from followup.checklist import BY_ID
from followup.contacts import find_emails, find_phones
from followup.extract import extract_facts
from followup.grounding import GREETING_RE
from followup.inputs import MAX_CHARS, NotesError, check_notes, read_notes
from followup.models import Draft, Interviewer, InterviewFacts, Recipient
from followup.names import same_person
from followup.prompts import load_toml, message
from followup.review_rules import TEXT_RULES
from followup.text import fold, sentences
from followup.validate import (
    Context,
    check_clean,
    check_concise,
    check_grounded,
    check_next_steps,
    check_recipient,
    check_skills,
    check_specifics,
    check_style,
)

SUBJECT_RE = regex_cache.compile(r"\A\s*subject\s*:[ \t]*(.*)(?:\r?\n|\Z)", re.IGNORECASE)
URL_RE = regex_cache.compile(r"https?://\S+|\bwww\.\S+", re.IGNORECASE)
TEXT_ONLY_IDS = ("thanks", "enthusiasm", "skills", "specifics", "next_steps", "contact_phone", "contact_email")
ORDER = ("recipient", *TEXT_ONLY_IDS, "grounded", "clean", "concise", "style")


class ReviewCheck(BaseModel):
    """One checklist item's verdict on a person's own email."""

    id: str
    ok: bool
    required: bool
    message: str
    evidence: str | None = None
    judge: bool | None = None


class Review(BaseModel):
    checks: list[ReviewCheck]
    notices: list[str] = []

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks if c.required)

    def to_json_dict(self) -> dict[str, object]:
        return {"checks": [c.model_dump() for c in self.checks], "ok": self.ok, "notices": self.notices}


@dataclass(frozen=True)
class Email:
    subject: str
    body: str


def review_message(section: str, key: str, **values: object) -> str:
    return str(load_toml("review.toml")[section][key]).format(**values)


def check_title(check_id: str) -> str:
    titles = load_toml("review.toml")["titles"]
    return str(titles[check_id]) if check_id in titles else BY_ID[check_id].title


def read_email(source: str) -> str:
    """An email from a file or "-" (stdin), with input errors worded for an email, not notes."""
    try:
        return read_notes(source)
    except NotesError as error:
        raise NotesError(_as_email_error(str(error))) from None


def check_email(text: str) -> str:
    """Pasted email text, if it is something we can review."""
    try:
        return check_notes(text)
    except NotesError as error:
        raise NotesError(_as_email_error(str(error))) from None


def _as_email_error(text: str) -> str:
    # Thin adapter: inputs.py words its errors for notes and exposes no error kind.
    if text == message("empty_notes"):
        return review_message("inputs", "empty_email")
    if text == message("binary_notes"):
        return review_message("inputs", "binary_email")
    size = re.match(r"The notes are ([\d,]+) characters", text)
    if size:
        return review_message("inputs", "oversized_email", size=size.group(1), limit=MAX_CHARS)
    return text


def parse_email(text: str) -> Email:
    """An optional first `Subject:` line, then the body."""
    match = SUBJECT_RE.match(text)
    if not match:
        return Email("", text.strip())
    return Email(match.group(1).strip(), text[match.end() :].strip())


# --- units of an email: greeting, sentences, signature lines --------------------------------


def units(body: str) -> list[str]:
    """Greeting, sentences and signature lines; hard-wrapped lines are joined back into sentences."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body):
        buffer: list[str] = []
        closed = True
        lines = [ln.strip() for ln in paragraph.splitlines() if ln.strip()]
        for line, after in zip(lines, [*lines[1:], ""], strict=True):
            continued = after[:1].islower()  # a hard-wrapped sentence goes on in lower case
            if closed and not continued and (len(line.split()) <= 5 or re.match(r"[-*•]\s", line)):
                out.extend(_sentences(buffer))
                buffer = []
                out.append(line)
                continue
            buffer.append(line)
            closed = line.endswith((".", "!", "?", ":", ","))
        out.extend(_sentences(buffer))
    return out


def _sentences(lines: list[str]) -> list[str]:
    return sentences(" ".join(lines)) if lines else []


def first_unit(body: str, satisfies: Callable[[str], bool]) -> str | None:
    return next((u for u in units(body) if satisfies(u)), None)


# --- building the context the validator judges ------------------------------------------------


def facts_for(notes: str | None, to: str | None) -> InterviewFacts:
    facts = extract_facts(notes) if notes else InterviewFacts()
    if to and not any(same_person(p.name, to) for p in facts.interviewers):
        facts.interviewers.append(Interviewer(name=to))
    return facts


def addressee(body: str, facts: InterviewFacts, to: str | None) -> Interviewer | None:
    """Who the email is for: --to, else the interviewer its greeting names, else the only one."""
    people = facts.interviewers
    if to:
        return next((p for p in people if same_person(p.name, to)), None)
    greeting = GREETING_RE.match(next((ln for ln in body.splitlines() if ln.strip()), ""))
    if greeting:
        folded = fold(greeting.group(0))
        for person in people:
            if any(re.search(rf"\b{re.escape(fold(n))}\b", folded) for n in (person.first_name, person.last_name)):
                return person
    return people[0] if len(people) == 1 else None


def build_context(email: Email, notes: str | None, to: str | None) -> Context:
    facts = facts_for(notes, to)
    person = addressee(email.body, facts, to)
    name = person.name if person else (to or "")
    draft = Draft(to=Recipient(name=name or "the interviewer"), subject=email.subject, body=email.body)
    # URLs in a person's own signature (LinkedIn, portfolio) are not markup; the validator's
    # MARKUP_RE treats them as such because our drafts must never carry links from the notes.
    return Context(draft, person, facts, notes or "")


def _with_body(ctx: Context, body: str) -> Context:
    return replace(ctx, draft=ctx.draft.model_copy(update={"body": body}))


def evidence_for(ctx: Context, check: Callable[[Context], tuple[bool, str]]) -> str | None:
    """The first unit of the email that passes `check` on its own."""
    return first_unit(ctx.body, lambda unit: check(_with_body(ctx, unit))[0])


# --- the checks -----------------------------------------------------------------------------


def result(check_id: str, ok: bool, message: str, evidence: str | None = None) -> ReviewCheck:
    base = "contact" if check_id.startswith("contact_") else check_id
    return ReviewCheck(id=check_id, ok=ok, required=BY_ID[base].required, message=message, evidence=evidence)


def text_check(check_id: str, body: str) -> ReviewCheck:
    found = first_unit(body, TEXT_RULES[check_id])
    key = "pass" if found else "fail"
    return result(check_id, bool(found), review_message(check_id, key), found)


def validator_check(check_id: str, ctx: Context, check: Callable[[Context], tuple[bool, str]]) -> ReviewCheck:
    ok, message = check(ctx)
    return result(check_id, ok, message, evidence_for(ctx, check) if ok else None)


def contact_checks(ctx: Context) -> list[ReviewCheck]:
    known = ctx.facts.candidate
    phones, emails = find_phones(ctx.body), find_emails(ctx.body)
    return [
        _contact("contact_phone", known.phone, [f.value for f in phones], ctx.body),
        _contact("contact_email", known.email, [f.value for f in emails], ctx.body, fold_case=True),
    ]


def _contact(check_id: str, known: str | None, found: list[str], body: str, fold_case: bool = False) -> ReviewCheck:
    if known:
        present = fold(known) in fold(body) if fold_case else known in body
        if not present:
            return result(check_id, False, review_message(check_id, "mismatch", value=known))
        return result(check_id, True, review_message(check_id, "pass", value=known), _unit_with(body, known))
    if not found:
        return result(check_id, False, review_message(check_id, "fail"))
    return result(check_id, True, review_message(check_id, "pass", value=found[0]), _unit_with(body, found[0]))


def _unit_with(body: str, value: str) -> str | None:
    return first_unit(body, lambda unit: fold(value) in fold(unit))


def clean_check(ctx: Context) -> ReviewCheck:
    text = URL_RE.sub("link", ctx.body)
    ok, message = check_clean(_with_body(ctx, text))
    return result("clean", ok, message)


def notes_aware(check_id: str, ctx: Context) -> ReviewCheck:
    """The validator's check when the notes give something to look for; else the text rule."""
    person = ctx.person
    if check_id == "skills" and (ctx.facts.skills or (person and person.skills)):
        return validator_check("skills", ctx, check_skills)
    if check_id == "specifics" and (ctx.facts.topics or (person and (person.topics or person.skills))):
        return validator_check("specifics", ctx, check_specifics)
    if check_id == "next_steps" and ctx.facts.next_steps:
        return validator_check("next_steps", ctx, check_next_steps)
    return text_check(check_id, ctx.body)


def recipient_check(ctx: Context, notes: str | None, to: str | None) -> ReviewCheck:
    if ctx.person is None:
        names = ", ".join(p.name for p in ctx.facts.interviewers)
        key = "unknown" if names else "none_in_notes"
        return result("recipient", False, review_message("recipient", key, names=names))
    return validator_check("recipient", ctx, check_recipient)


def review_email(text: str, notes: str | None = None, to: str | None = None) -> Review:
    """Every check that can apply to `text`, given what the notes (if any) say."""
    email = parse_email(text)
    ctx = build_context(email, notes, to)
    checks = [text_check(c, ctx.body) for c in ("thanks", "enthusiasm")]
    checks += [notes_aware(c, ctx) if notes else text_check(c, ctx.body) for c in ("skills", "specifics", "next_steps")]
    checks += contact_checks(ctx)
    if notes or to:
        checks.append(recipient_check(ctx, notes, to))
    if notes:
        checks.append(result("grounded", *check_grounded(ctx)))
    checks.append(clean_check(ctx))
    checks.append(result("concise", *check_concise(ctx)))
    checks.append(result("style", *check_style(ctx)))
    checks.sort(key=lambda c: ORDER.index(c.id))
    return Review(checks=checks)
