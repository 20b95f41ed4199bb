"""What can go wrong with a model endpoint, said in one sentence a person can act on."""

from __future__ import annotations

import asyncio
import json
from urllib.parse import urlsplit

import openai
from langchain_core.exceptions import ModelRefusalError, OutputParserException
from langchain_core.messages import BaseMessage
from pydantic import ValidationError

from followup import regex_cache
from followup.prompts import load_toml
from followup.settings import Settings


class LLMUnavailable(Exception):
    """The model could not produce a usable answer; `message` says why, in one sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def llm_message(key: str, **values: object) -> str:
    return str(load_toml("llm/messages.toml")[key]).format(**values)


def status_reason(status: int, settings: Settings) -> str:
    """An HTTP error status from the endpoint, explained."""
    url = settings.endpoint_label()
    if status == 429:
        return llm_message("reason_rate_limited", url=url, retries=settings.max_retries)
    if status >= 500:
        return llm_message("reason_server_error", url=url, status=status, retries=settings.max_retries)
    if status in (401, 403):
        return llm_message("reason_auth", url=url, status=status)
    if status == 404:
        return llm_message("reason_not_found", url=url, model=settings.model)
    if status in (400, 422):
        return llm_message("reason_bad_request", url=url, method=settings.structured_output)
    return llm_message("reason_http", url=url, status=status)


def connection_reason(exc: BaseException, settings: Settings) -> str:
    url = settings.endpoint_label()
    if isinstance(exc, openai.APITimeoutError | TimeoutError):
        return llm_message("reason_timeout", url=url, seconds=settings.timeout)
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and len(chain) < 8:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    refused = any(isinstance(c, ConnectionRefusedError) or "refused" in str(c) for c in chain)
    return llm_message("reason_refused" if refused else "reason_unreachable", url=url)


async def deadline_reason(settings: Settings, probe_seconds: float = 0.3) -> str:
    """Why the run hit its deadline. Retried connection errors can use up the whole
    budget, so one quick connect tells "nothing listens there" from "it never answered"."""
    url = urlsplit(settings.openai_base_url or "https://api.openai.com/v1")
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(url.hostname, port), probe_seconds)
    except ConnectionRefusedError:
        return llm_message("reason_refused", url=settings.endpoint_label())
    except (OSError, TimeoutError, ValueError):
        pass
    else:
        writer.close()
    return llm_message("reason_timeout", url=settings.endpoint_label(), seconds=settings.timeout)


def explain_failure(exc: BaseException, settings: Settings) -> str | None:
    """One sentence a person can act on, or None for errors that are our bugs."""
    if isinstance(exc, openai.APIStatusError):
        return status_reason(exc.status_code, settings)
    if isinstance(exc, openai.APIConnectionError | TimeoutError):
        return connection_reason(exc, settings)
    if isinstance(exc, openai.LengthFinishReasonError):
        return llm_message("reason_length")
    if isinstance(exc, ModelRefusalError | openai.ContentFilterFinishReasonError):
        return llm_message("reason_refusal")
    if isinstance(exc, OutputParserException | ValidationError | json.JSONDecodeError):
        return llm_message("reason_malformed", method=settings.structured_output)
    return None


def answer_text(message: BaseMessage) -> str:
    """The answer's text, or LLMUnavailable when it was refused, cut off or empty."""
    finish = message.response_metadata.get("finish_reason")
    if message.additional_kwargs.get("refusal") or finish == "content_filter":
        raise LLMUnavailable(llm_message("reason_refusal"))
    if finish == "length":
        raise LLMUnavailable(llm_message("reason_length"))
    text = str(message.text).strip()
    if not text:
        raise LLMUnavailable(llm_message("reason_empty"))
    return text


_FENCE = regex_cache.compile(r"^```\w*\s*|\s*```$")


def strip_fence(text: str) -> str:
    """Drops the ``` fence some models wrap around JSON or a whole email."""
    return _FENCE.sub("", text.strip())
