"""The LLM engine: a LangChain chain over any OpenAI-compatible endpoint.

extract (structured output) -> draft one note per interviewer (concurrently)
-> validate with the shared checklist -> repair what failed, a bounded number
of rounds. Any endpoint trouble becomes `LLMUnavailable` with a one-line
reason, so the service can show the offline draft instead.

Only the service and `followup check` import this package, and only when a model
is wanted: LangChain and the OpenAI SDK load here, never on the offline path.

    templates  the prompts, checked at load; notes made safe to embed
    chain      the chat model built from settings, and the LCEL chains
    facts      the model's facts, parsed strictly and merged with the offline ones
    drafting   drafts per interviewer, checks, repairs
    runner     one run under one deadline; run_llm / stream_llm
    failures   what went wrong, as one sentence
    probe      what `followup check` asks an endpoint
"""

from followup.llm.chain import build_chain, build_chat_model, facts_schema
from followup.llm.drafting import STEPS, parse_draft
from followup.llm.facts import merge_facts
from followup.llm.failures import LLMUnavailable, explain_failure, llm_message
from followup.llm.runner import LLMStream, run_llm, stream_llm
from followup.llm.templates import escape_markers, load_llm_prompts, model_notes

__all__ = [
    "STEPS",
    "LLMStream",
    "LLMUnavailable",
    "build_chain",
    "build_chat_model",
    "escape_markers",
    "explain_failure",
    "facts_schema",
    "llm_message",
    "load_llm_prompts",
    "merge_facts",
    "model_notes",
    "parse_draft",
    "run_llm",
    "stream_llm",
]
