"""What the Streamlit page needs beyond widgets: profile, fact edits, exports, safe text.

`app.py` holds layout only; everything here is plain Python so it can be unit
tested without Streamlit. Nothing here logs notes or contact details.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from functools import cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from pydantic import SecretStr, ValidationError

from followup import regex_cache
from followup.checklist import BY_ID
from followup.inputs import check_notes
from followup.models import (
    Candidate,
    CheckResult,
    Draft,
    FollowupResult,
    Interviewer,
    InterviewFacts,
    Sourced,
)
from followup.prompts import load_toml, message, require_placeholders
from followup.service import DraftOptions, draft_offline, stream_followups
from followup.settings import Settings
from followup.validate import check_drafts

PROFILE_ENV = "FOLLOWUP_PROFILE_PATH"
CONTACT_FIELDS = ("name", "email", "phone")
PROFILE_FIELDS = (*CONTACT_FIELDS, "no_phone")
ENGINES = ("auto", "offline", "llm")
TONES = ("warm", "formal", "brief")
# Word ranges the length control offers; the middle one is the checklist's default.
LENGTHS: dict[str, tuple[int, int]] = {
    "short": (60, 150),
    "standard": (90, 200),
    "detailed": (100, 250),
}

# ------------------------------------------------------------------ words

# Entries of prompts/page.toml that take values, and the names each may use; all others take none.
PAGE_PLACEHOLDERS: dict[str, set[str]] = {
    "facts.from_notes": {"snippet"},
    "results.sending_to": {"names"},
    "results.add_in_facts": {"message"},
    "results.left_out": {"count"},
    "drafts.eml_file": {"name"},
    "drafts.kept": {"name"},
    "drafts.replaced": {"name"},
    "evals.draft_line": {"to", "verdict", "words"},
    "evals.subject_line": {"subject"},
    "evals.failure": {"check", "message"},
    "evals.invented": {"items"},
    "evals.definition": {"key", "definition"},
    "interviews.subject_to": {"name"},
    "interviews.body_to": {"name"},
}


@cache
def page_words() -> dict[str, dict[str, str]]:
    """prompts/page.toml, checked: every entry a non-empty string using only its declared placeholders."""
    data = load_toml("page.toml")
    for section, entries in data.items():
        for key, template in entries.items():
            where = f"prompts/page.toml [{section}] {key}"
            if not isinstance(template, str) or not template.strip():
                raise RuntimeError(f"{where} must be non-empty text.")
            require_placeholders(where, template, PAGE_PLACEHOLDERS.get(f"{section}.{key}", set()))
    undeclared = [name for name in PAGE_PLACEHOLDERS if name.partition(".")[2] not in data.get(name.split(".")[0], {})]
    if undeclared:
        raise RuntimeError(f"prompts/page.toml lacks {', '.join(undeclared)}.")
    return data


def say(entry: str, /, **values: object) -> str:
    """One entry of prompts/page.toml ("section.key"), filled in."""
    section, _, key = entry.partition(".")
    return page_words()[section][key].format(**values)


# What st.status shows while the model works, keyed by the steps `service.stream_followups`
# reports. Built at import, so a broken page.toml fails at start, not mid-draft.
STEPS = {step: say(f"steps.{step}") for step in ("extracting", "drafting", "checking", "repairing")}


# ------------------------------------------------------------------ profile


def profile_path() -> Path:
    """Where the candidate's own details live: the user's config dir, never the repo."""
    override = os.environ.get(PROFILE_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir  # only the page needs it

    return Path(user_config_dir("followup", appauthor=False)) / "profile.json"


def load_profile(path: Path | None = None) -> Candidate:
    """The saved profile, or an empty one if there is none or it cannot be read."""
    path = path or profile_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Candidate()
    if not isinstance(data, dict):
        return Candidate()
    fields = {k: str(v) for k, v in data.items() if k in CONTACT_FIELDS and v}
    return Candidate(**fields, no_phone=data.get("no_phone") is True)


def save_profile(candidate: Candidate, path: Path | None = None) -> None:
    """Writes the profile atomically, readable by this user only."""
    path = path or profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(candidate.model_dump(include=set(PROFILE_FIELDS)), indent=2)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".profile-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(payload)
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# ------------------------------------------------------------------ options and settings


def candidate_from(values: Mapping[str, str], no_phone: bool = False) -> Candidate:
    """The candidate's details as typed; blank fields are unknown, not empty strings.
    `no_phone` is the person's choice of email-only contact."""
    return Candidate(**{f: (values.get(f) or "").strip() or None for f in CONTACT_FIELDS}, no_phone=no_phone)


def build_options(candidate: Candidate, tone: str, length: str, engine: str, now: datetime) -> DraftOptions:
    low, high = LENGTHS.get(length, LENGTHS["standard"])
    return DraftOptions.model_validate(
        {**candidate.model_dump(), "tone": tone, "engine": engine, "min_words": low, "max_words": high, "now": now}
    )


def env_settings() -> tuple[Settings, str | None]:
    """Settings from the environment, or the defaults and one line saying what to fix."""
    try:
        return Settings(), None
    except ValidationError as error:
        where = ", ".join(str(e["loc"][0]) for e in error.errors() if e["loc"]) or "a setting"
        return Settings.model_construct(), f"Ignoring invalid settings ({where}); check your environment or .env."


def api_key_from(typed: SecretStr | None, secrets: Mapping[str, object]) -> SecretStr | None:
    """A key typed on the page wins, then Streamlit secrets; None leaves the environment's."""
    if typed is not None and typed.get_secret_value():
        return typed
    value = secrets.get("OPENAI_API_KEY")
    return SecretStr(str(value)) if value else None


def build_settings(env: Settings, engine: str, base_url: str, model: str, key: SecretStr | None) -> Settings:
    """The environment's settings with the page's choices on top (blank fields keep the env)."""
    overrides: dict[str, object] = {"engine": engine}
    if base_url.strip():
        overrides["openai_base_url"] = base_url.strip()
    if model.strip():
        overrides["model"] = model.strip()
    if key is not None:
        overrides["openai_api_key"] = key
    return env.model_copy(update=overrides)


# ------------------------------------------------------------------ drafting


def offline_from_json(notes: str, options_json: str, facts_json: str | None) -> FollowupResult:
    """The offline engine on serialised inputs, so the page can cache it by value."""
    options = DraftOptions.model_validate_json(options_json)
    facts = InterviewFacts.model_validate_json(facts_json) if facts_json else None
    check_notes(notes)
    return draft_offline(notes, options, facts=facts)


def recheck_from_json(drafts_json: str, facts_json: str, notes: str, options_json: str) -> list[Draft]:
    """Checks drafts the person edited, with the same validator as the engines."""
    drafts = [Draft.model_validate(d) for d in json.loads(drafts_json)]
    options = DraftOptions.model_validate_json(options_json)
    facts = InterviewFacts.model_validate_json(facts_json)
    return check_drafts(drafts, facts, notes, options.min_words, options.max_words)


def live_drafts(
    result: FollowupResult,
    texts: list[tuple[str, str]],
    notes: str,
    options_json: str,
    checker: Callable[[str, str, str, str], list[Draft]] = recheck_from_json,
) -> list[Draft]:
    """The drafts as the person has edited them, re-checked; untouched drafts as they are."""
    if texts == [(d.subject, d.body) for d in result.drafts]:
        return result.drafts
    edited = drafts_json(apply_draft_edits(result.drafts, texts))
    return checker(edited, result.facts.model_dump_json(), notes, options_json)


def status_of(result: FollowupResult) -> tuple[str, Literal["complete", "error"]]:
    """The st.status label and state once a model run ends."""
    if result.engine == "llm":
        return say("steps.done"), "complete"
    return say("steps.failed"), "error"


def drafts_json(drafts: list[Draft]) -> str:
    return json.dumps([d.model_dump(mode="json", exclude={"checks"}) for d in drafts])


def draft_with_model(
    notes: str,
    options: DraftOptions,
    settings: Settings,
    on_step: Callable[[str], object],
    on_text: Callable[[str], object],
) -> FollowupResult:
    """The LLM engine through `service.stream_followups`: each step to `on_step`, the text
    so far to `on_text`; on any endpoint failure, the offline draft with the notice."""
    stream = stream_followups(notes, options, settings, on_step)
    text = ""
    while True:
        try:
            chunk = next(stream)
        except StopIteration as done:
            result: FollowupResult = done.value
            return result
        text += chunk
        on_text(text)


# ------------------------------------------------------------------ fact edits


@dataclass
class PersonEdit:
    name: str
    title: str
    email: str
    topics: str


@dataclass
class FactEdits:
    """What the facts form holds: one string per field, lists one item per line."""

    company: str
    role: str
    interview_time: datetime | None
    people: list[PersonEdit] = field(default_factory=list)
    topics: str = ""
    skills: str = ""
    next_steps: str = ""
    contact: dict[str, str] = field(default_factory=dict)


def as_lines(items: list[Sourced]) -> str:
    return "\n".join(item.value for item in items)


def from_lines(text: str, before: list[Sourced]) -> list[Sourced]:
    """Lines back into facts; an unchanged line keeps the snippet it came from."""
    known = {item.value: item for item in before}
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return [known.get(line) or Sourced(value=line) for line in lines]


def _sourced(text: str, before: Sourced | None) -> Sourced | None:
    text = text.strip()
    if not text:
        return None
    return before if before is not None and before.value == text else Sourced(value=text)


def _person(edit: PersonEdit, before: Interviewer | None) -> Interviewer | None:
    name = edit.name.strip()
    if not name:
        return None
    old = before or Interviewer(name=name)
    return old.model_copy(
        update={
            "name": name,
            "title": edit.title.strip() or None,
            "email": edit.email.strip() or None,
            "topics": from_lines(edit.topics, old.topics),
        }
    )


def edit_facts(base: InterviewFacts, edits: FactEdits) -> InterviewFacts:
    """The facts with the person's edits applied; unchanged facts keep their sources."""
    people = [
        _person(edit, base.interviewers[i] if i < len(base.interviewers) else None)
        for i, edit in enumerate(edits.people)
    ]
    when = edits.interview_time
    same_time = when == naive(base.interview_time)
    contact = {k: v.strip() for k, v in edits.contact.items() if k in CONTACT_FIELDS and v.strip()}
    return base.model_copy(
        update={
            "candidate": base.candidate.model_copy(update=contact),
            "company": _sourced(edits.company, base.company),
            "role": _sourced(edits.role, base.role),
            "interview_time": base.interview_time if same_time else _aware(when, base),
            "interview_time_source": base.interview_time_source if same_time else "",
            "interviewers": [p for p in people if p is not None],
            "topics": from_lines(edits.topics, base.topics),
            "skills": from_lines(edits.skills, base.skills),
            "next_steps": from_lines(edits.next_steps, base.next_steps),
        }
    )


def naive(when: datetime | None) -> datetime | None:
    return when.replace(tzinfo=None) if when is not None else None


def _aware(when: datetime | None, base: InterviewFacts) -> datetime | None:
    if when is None:
        return None
    zone = base.interview_time.tzinfo if base.interview_time else datetime.now().astimezone().tzinfo
    return when.replace(tzinfo=zone)


def apply_draft_edits(drafts: list[Draft], texts: list[tuple[str, str]]) -> list[Draft]:
    """Drafts with the subject and body the person typed (checks to be re-run)."""
    return [
        d.model_copy(update={"subject": subject, "body": body, "checks": []})
        for d, (subject, body) in zip(drafts, texts, strict=True)
    ]


# ------------------------------------------------------------------ state across pages and re-drafts

KEPT = "_kept"  # plain session key: copies of widget values, which Streamlit drops off-page
Text = tuple[str, str]  # a draft's (subject, body)


def carry(state: MutableMapping[Any, Any], key: str, default: object) -> None:
    """Seeds a widget's key before the widget is made (which then takes no `value`).

    Streamlit deletes a widget's state when a run does not render it, so moving to
    another page and back would reset it; a plain copy kept here restores it.
    """
    kept = state.setdefault(KEPT, {})
    if key not in state:
        state[key] = kept.get(key, default)
    kept[key] = state[key]


def reseed(state: MutableMapping[Any, Any], key: str, value: object) -> None:
    """Sets what a widget will show (before it is made this run), and its kept copy."""
    state[key] = value
    state.setdefault(KEPT, {})[key] = value


def forget(state: MutableMapping[Any, Any], prefixes: tuple[str, ...]) -> None:
    """Drops kept copies of one drafting's widgets when a new drafting starts."""
    kept = state.setdefault(KEPT, {})
    for key in [k for k in kept if k.startswith(prefixes)]:
        del kept[key]


@dataclass
class Slot:
    """One draft tab between reruns: who its text was drafted for, the drafted text its
    widgets were last given, and hand edits a re-draft replaced (for one-click undo)."""

    name: str
    drafted: Text
    undo: Text | None = None


def reconcile(slot: Slot | None, draft: Draft, shown: Text | None) -> tuple[Slot, Text, str | None]:
    """After the facts change: the slot, the text the tab shows, and a notice.

    Untouched drafts follow the re-draft. Hand edits to a draft whose recipient did not
    change are kept ("kept"). If the recipient changed, the re-draft wins and the edits
    wait for an undo ("replaced") until the person types again.
    """
    composed = (draft.subject, draft.body)
    if slot is None or shown is None:
        return Slot(draft.to.name, composed), composed, None
    if slot.drafted == composed:
        if slot.undo is not None and shown != composed:  # typed since: the undo is stale
            return Slot(slot.name, composed), shown, None
        return slot, shown, "replaced" if slot.undo is not None else None
    if shown == slot.drafted:
        return Slot(draft.to.name, composed), composed, None
    if slot.name == draft.to.name:
        return slot, shown, "kept"
    return Slot(draft.to.name, composed, undo=shown), composed, "replaced"


# ------------------------------------------------------------------ showing results safely

_MARKDOWN_SPECIAL = regex_cache.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$=^\"'&])")
# GFM turns bare emails, www. and http(s):// into links even when escaped; an invisible
# word joiner (U+2060) inside the trigger stops that without changing what people read.
_AUTOLINK = regex_cache.compile(r"(@|(?<=www)(?=\.)|(?=://))", re.IGNORECASE)
WORD_JOINER = "\u2060"


def plain_md(text: str) -> str:
    """Text safe to put where Streamlit renders markdown (labels, st.markdown): no links,
    autolinks, emphasis, HTML, LaTeX or `:color[...]` directives survive; one line."""
    text = _AUTOLINK.sub(lambda m: m.group(1) + WORD_JOINER, " ".join(text.split()))
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


@dataclass(frozen=True)
class ChecklistRow:
    ok: bool
    required: bool
    title: str
    message: str

    @property
    def mark(self) -> str:
        return "✓" if self.ok else "✗"


def checklist_rows(checks: list[CheckResult]) -> list[ChecklistRow]:
    return [ChecklistRow(c.ok, c.required, BY_ID[c.id].title if c.id in BY_ID else c.id, c.message) for c in checks]


def checklist_line(row: ChecklistRow) -> str:
    """One checklist row as markdown: our own colour and mark, the rest escaped."""
    color = "green" if row.ok else ("red" if row.required else "orange")
    advisory = "" if row.required else say("drafts.advisory")
    return f":{color}[{row.mark}] **{plain_md(row.title)}**{advisory}: {plain_md(row.message)}"


def not_final_message(draft: Draft) -> str:
    return message("draft_not_final", name=draft.to.name)


def recipient_line(drafts: list[Draft]) -> str:
    return ", ".join(f"{d.to.name} <{d.to.email}>" if d.to.email else d.to.name for d in drafts)


# ------------------------------------------------------------------ exports

_HEADER_UNSAFE = regex_cache.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def header_safe(text: str | None) -> str:
    """One line, no control characters: nothing can start a new header."""
    return _HEADER_UNSAFE.sub(" ", text or "").strip()


def _address(name: str | None, email: str | None) -> Address | None:
    name, email = header_safe(name), header_safe(email)
    if not email or " " in email or email.count("@") != 1:
        return None
    user, domain = email.split("@")
    try:
        return Address(display_name=name, username=user, domain=domain)
    except (ValueError, TypeError):
        return None


def build_eml(draft: Draft, sender: Candidate) -> bytes:
    """A ready-to-open .eml (X-Unsent, so mail apps open it as a draft to send)."""
    msg = EmailMessage()
    recipient = _address(draft.to.name, draft.to.email)
    if recipient is not None:
        msg["To"] = recipient
    own = _address(sender.name, sender.email)
    if own is not None:
        msg["From"] = own
    msg["Subject"] = header_safe(draft.subject)
    msg["X-Unsent"] = "1"
    msg.set_content(draft.body, charset="utf-8")
    return msg.as_bytes(policy=SMTP)


def eml_filename(draft: Draft) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", header_safe(draft.to.name)).strip("-").lower()
    return say("drafts.eml_file", name=stem or say("drafts.eml_file_fallback"))


def mailto_link(draft: Draft) -> str:
    """mailto: with to, subject and body percent-encoded (RFC 6068: CRLF line breaks)."""
    to = header_safe(draft.to.email)
    to = quote(to, safe="@") if _address(None, to) else ""
    body = "\r\n".join(draft.body.splitlines())
    return f"mailto:{to}?subject={quote(header_safe(draft.subject), safe='')}&body={quote(body, safe='')}"
