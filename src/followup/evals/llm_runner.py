"""The LLM engine under evaluation: one cached chat model per repeat, one recorder per case.

Imported only for `--engine llm|both`, so an offline eval never loads LangChain.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from followup import regex_cache
from followup.evals.cache import DiskCache
from followup.evals.dataset import Case
from followup.evals.records import CaseRecord
from followup.evals.runner import failed_case, options_for, score_result
from followup.llm import build_chat_model, parse_draft, run_llm
from followup.models import Draft, FollowupResult
from followup.settings import Settings
from followup.validate import check_drafts

# The first line of prompts/llm/draft.txt: a first draft (not a repair) for this interviewer.
_FIRST_DRAFT = regex_cache.compile(r"Write the thank-you email from .*? to (.+?) after the interview")


class LLMDrafter:
    def __init__(self, settings: Settings, cache_dir: Path | None, repeat: int) -> None:
        self.settings, self.repeat = settings, repeat
        self.cache = DiskCache(cache_dir, repeat)
        self.model = build_chat_model(settings)

    def run(self, case: Case) -> CaseRecord:
        recorder = self.cache.for_case()
        model = self.model.model_copy(update={"cache": recorder})
        started = time.monotonic()
        try:
            result = run_llm(case.notes, options_for(case, "llm"), self.settings, model=model)
        except Exception as error:  # LLMUnavailable and anything unexpected: reported, not raised
            return failed_case(case, "llm", self.repeat, error, time.monotonic() - started)
        record = score_result(case, result, self.repeat, first_drafts(case, result, recorder.exchanges))
        record.cache_hits = recorder.hits
        return record


def _prompt_text(prompt: str) -> str:
    """The messages' text from LangChain's serialized prompt (a JSON list of messages)."""
    try:
        messages = json.loads(prompt)
    except ValueError:
        return prompt
    return "\n".join(str(m.get("kwargs", {}).get("content", "")) for m in messages if isinstance(m, dict))


def first_drafts(case: Case, result: FollowupResult, exchanges: list[tuple[str, str]]) -> dict[str, Draft]:
    """Each interviewer's first draft, checked as the validator saw it before any repair."""
    people = {p.name: p for p in result.facts.interviewers}
    drafts: dict[str, Draft] = {}
    for prompt, answer in exchanges:
        match = _FIRST_DRAFT.search(_prompt_text(prompt))
        person = people.get(match.group(1)) if match else None
        if person is not None and person.name not in drafts:
            drafts[person.name] = parse_draft(answer, person, result.facts)
    if set(drafts) != set(people):
        return {}  # could not tell the first drafts apart: first pass falls back to final
    options = options_for(case, "llm")
    checked = check_drafts(list(drafts.values()), result.facts, case.notes, options.min_words, options.max_words)
    return {d.to.name: d for d in checked}
