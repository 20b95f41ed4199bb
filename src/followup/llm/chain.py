"""The model seam: one `ChatOpenAI` built from settings, and the three LCEL chains around it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import BaseMessage
from langchain_core.runnables import Runnable
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from followup.llm.failures import LLMUnavailable, llm_message
from followup.llm.templates import load_llm_prompts
from followup.models import InterviewFacts
from followup.settings import Settings, StructuredMethod


def build_chat_model(settings: Settings) -> ChatOpenAI:
    """The only place a client is built: one endpoint, one timeout, bounded retries."""
    key = settings.openai_api_key
    if key is None:
        if not settings.openai_base_url:
            raise LLMUnavailable(llm_message("reason_no_key", url=settings.endpoint_label()))
        # Local servers (Ollama, llama.cpp, vLLM) ignore the key, but the SDK insists on one.
        key = SecretStr("not-needed")
    return ChatOpenAI(
        model=settings.model,
        api_key=key,
        base_url=settings.openai_base_url,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
        temperature=settings.temperature,
        # Off by default for custom base URLs; without it streamed drafts report no tokens.
        stream_usage=True,
    )


def strict_schema(schema: Any) -> Any:
    """OpenAI's strict mode: every property required (nullable instead), no defaults, no extras."""
    if isinstance(schema, list):
        return [strict_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: strict_schema(value) for key, value in schema.items() if key not in ("default", "title")}
    if out.get("type") == "object" and "properties" in out:
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


@cache
def facts_schema() -> dict[str, Any]:
    return dict(strict_schema(InterviewFacts.model_json_schema()))


def structured_model(
    model: ChatOpenAI, name: str, description: str, schema: dict[str, Any], method: StructuredMethod
) -> Runnable[LanguageModelInput, BaseMessage]:
    """The model asked to answer in `schema` by `method`, returning the raw message.

    The same requests `with_structured_output` sends, bound directly: we parse the
    answer strictly ourselves (see facts.structured_payload) and need the raw message
    anyway for its usage and finish reason, so LangChain's lenient parsing pass would
    only add work to every run.
    """
    if method == "function_calling":
        tool = {"type": "function", "function": {"name": name, "description": description, "parameters": schema}}
        return model.bind_tools([tool], tool_choice=name, parallel_tool_calls=False)
    if method == "json_mode":
        return model.bind(response_format={"type": "json_object"})
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": name, "description": description, "schema": schema, "strict": True},
    }
    return model.bind(response_format=response_format)


@dataclass(frozen=True)
class FollowupChains:
    """The three LCEL chains, each answering with the model's raw message."""

    extract: Runnable[dict[str, Any], BaseMessage]
    draft: Runnable[dict[str, Any], BaseMessage]
    repair: Runnable[dict[str, Any], BaseMessage]
    method: StructuredMethod


def build_chain(model: ChatOpenAI, method: StructuredMethod = "json_schema") -> FollowupChains:
    prompts = load_llm_prompts()
    description = (InterviewFacts.__doc__ or "").strip()
    structured = structured_model(model, "InterviewFacts", description, facts_schema(), method)
    return FollowupChains(
        extract=prompts.extract | structured,
        draft=prompts.draft | model,
        repair=prompts.repair | model,
        method=method,
    )


def chains_for(settings: Settings) -> FollowupChains:
    """The chains for these settings, built once: a fresh `ChatOpenAI` per run costs
    pydantic validation and client set-up on every draft, for the same endpoint."""
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return _cached_chains(
        settings.model,
        key,
        settings.openai_base_url,
        settings.timeout,
        settings.max_retries,
        settings.temperature,
        settings.structured_output,
    )


@lru_cache(maxsize=8)
def _cached_chains(
    model: str,
    key: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    temperature: float | None,
    method: StructuredMethod,
) -> FollowupChains:
    settings = Settings.model_construct(
        model=model,
        openai_api_key=SecretStr(key) if key is not None else None,
        openai_base_url=base_url,
        timeout=timeout,
        max_retries=max_retries,
        temperature=temperature,
        structured_output=method,
    )
    return build_chain(build_chat_model(settings), method)
