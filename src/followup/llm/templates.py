"""The LLM prompts: loaded from `prompts/llm/`, checked at load, and the notes made safe to embed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from langchain_core.prompts import ChatPromptTemplate

from followup import regex_cache
from followup.checklist import render_checklist
from followup.models import Sourced
from followup.prompts import load_text

_COMMON = {"checklist", "notes"}
_DRAFTING = _COMMON | {
    "candidate_name",
    "interviewer_name",
    "facts",
    "contact",
    "tone",
    "min_words",
    "max_words",
}
PROMPT_VARIABLES: dict[str, set[str]] = {
    "extract": _COMMON | {"now", "format_instructions"},
    "draft": _DRAFTING | {"others"},
    "repair": _DRAFTING | {"failures", "draft"},
}


@dataclass(frozen=True)
class LLMPrompts:
    extract: ChatPromptTemplate
    draft: ChatPromptTemplate
    repair: ChatPromptTemplate
    json_mode: str


def _chat_template(name: str) -> ChatPromptTemplate:
    template = ChatPromptTemplate.from_messages(
        [("system", load_text("llm/system.txt")), ("human", load_text(f"llm/{name}.txt"))]
    )
    found, expected = set(template.input_variables), PROMPT_VARIABLES[name]
    if found != expected:
        # Failing at load beats a KeyError (or a silently empty slot) inside a person's email.
        raise RuntimeError(
            f"prompts/llm/{name}.txt (+ system.txt) has variables {sorted(found)}, the code supplies {sorted(expected)}"
        )
    return template.partial(checklist=render_checklist())


@cache
def load_llm_prompts() -> LLMPrompts:
    """Loads and checks every LLM prompt; call at start-up to fail fast."""
    json_mode = load_text("llm/json_mode.txt")
    if set(re.findall(r"{(\w+)}", json_mode)) != {"schema"}:
        raise RuntimeError("prompts/llm/json_mode.txt must use exactly the {schema} variable")
    return LLMPrompts(_chat_template("extract"), _chat_template("draft"), _chat_template("repair"), json_mode)


_MARKER = regex_cache.compile(r"<\s*(/?)\s*(notes|facts|draft)\s*>", re.IGNORECASE)


def escape_markers(text: str) -> str:
    """Neutralises our data markers inside data, so notes cannot close their own block."""
    return _MARKER.sub(lambda m: f"‹{m.group(1)}{m.group(2)}›", text)


def model_notes(notes: str, ignored: list[Sourced]) -> str:
    """The notes as the model sees them: lines the extractor flagged as instructions or
    markup are cut, and our markers are escaped. The prompt's rule that notes are data
    is the second line of defence; the validator's `clean` check is the third."""
    for item in ignored:
        if item.source.strip():
            notes = notes.replace(item.source, "")
    return escape_markers(notes)
