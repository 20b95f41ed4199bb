"""What `followup check` asks an endpoint: does it answer, offer the model, and speak
the structured-output method the settings chose? One request each, no retries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, get_args

import openai
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from followup.llm.chain import build_chat_model, structured_model
from followup.llm.facts import structured_payload
from followup.llm.failures import LLMUnavailable, connection_reason, explain_failure, llm_message, status_reason
from followup.settings import Settings, StructuredMethod

EXIT_READY, EXIT_UNUSABLE, EXIT_UNREACHABLE = 0, 1, 2
METHODS: tuple[StructuredMethod, ...] = get_args(StructuredMethod)
_PROBE_SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}},
    "required": ["ok"],
    "additionalProperties": False,
}


class _Unreachable(Exception):
    """Nothing answers at the endpoint (refused, unknown host, timed out)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Fatal(Exception):
    """The endpoint answers, but nothing will work until the person fixes this (a bad key, say)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class EndpointReport:
    """What the check found; `lines` are for people, the rest for `--json`."""

    endpoint: str
    model: str
    method: StructuredMethod
    exit_code: int = EXIT_READY
    models: list[str] | None = None  # None: the endpoint offers no model list
    methods: dict[str, str] = field(default_factory=dict)  # method -> "ok", "rejected", "unstructured"
    problem: str | None = None
    fix: str | None = None
    lines: list[str] = field(default_factory=list)

    def fail(self, code: int, problem: str, line: str | None = None) -> EndpointReport:
        self.exit_code, self.problem = code, problem
        self.lines.append(line or llm_message("check_problem", reason=problem))
        return self

    def to_json_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "lines"}
        return {**data, "ok": self.exit_code == EXIT_READY}


def check_endpoint(settings: Settings) -> EndpointReport:
    """Asks GET /models, then one tiny chat call with the chosen method (and, if that
    fails, the other methods, to say which one to switch to)."""
    settings = settings.model_copy(update={"max_retries": 0})
    url = settings.endpoint_label()
    report = EndpointReport(url, settings.model, settings.structured_output)
    has_key = settings.openai_api_key is not None and bool(settings.openai_api_key.get_secret_value())
    if not has_key and not settings.openai_base_url:
        return report.fail(EXIT_UNREACHABLE, llm_message("check_not_configured"))
    try:
        return _check(settings, report)
    except _Unreachable as gone:
        return report.fail(EXIT_UNREACHABLE, gone.reason)
    except _Fatal as fatal:
        return report.fail(EXIT_UNUSABLE, fatal.reason)


def _check(settings: Settings, report: EndpointReport) -> EndpointReport:
    url = report.endpoint
    report.models = _list_models(settings)
    if report.models is None:
        report.lines.append(llm_message("check_endpoint_unlisted", url=url))
    else:
        report.lines.append(llm_message("check_endpoint_listed", url=url, count=len(report.models)))
    outcome = _try_method(settings, settings.structured_output)
    if outcome == "missing":
        available = ", ".join((report.models or [])[:8]) or llm_message("check_no_model_list")
        line = llm_message("check_model_missing", model=settings.model, url=url, available=available)
        report.fix = llm_message("check_fix_model") if report.models else None
        report.fail(EXIT_UNUSABLE, status_reason(404, settings), line)
        return _add_fix(report)
    listed = report.models is None or settings.model in report.models
    report.lines.append(llm_message("check_model_listed" if listed else "check_model_unlisted", model=settings.model))
    report.methods[settings.structured_output] = outcome
    if outcome == "ok":
        report.lines.append(llm_message("check_method_ok", method=settings.structured_output))
        report.lines.append(llm_message("check_ready", model=settings.model, url=url))
        return report
    return _suggest_method(settings, report, outcome)


def _suggest_method(settings: Settings, report: EndpointReport, outcome: str) -> EndpointReport:
    for method in METHODS:
        if method not in report.methods:
            report.methods[method] = _try_method(settings, method)
    works = [m for m in METHODS if report.methods[m] == "ok"]
    how = (
        llm_message("check_how_rejected", status=outcome.split(":")[1])
        if outcome.startswith("rejected")
        else llm_message("check_how_unstructured")
    )
    line = llm_message("check_method_failed", method=settings.structured_output, how=how)
    line += llm_message("check_method_alternative", alternative=works[0]) if works else llm_message("check_method_none")
    report.fix = llm_message("check_fix_method", alternative=works[0]) if works else None
    problem = llm_message("check_problem_method", method=settings.structured_output, how=how)
    report.fail(EXIT_UNUSABLE, problem, line)
    return _add_fix(report)


def _add_fix(report: EndpointReport) -> EndpointReport:
    if report.fix:
        report.lines.append(report.fix)
    return report


def _list_models(settings: Settings) -> list[str] | None:
    client = build_chat_model(settings).root_client
    try:
        return sorted(model.id for model in client.models.list())
    except openai.APIStatusError as error:
        if error.status_code in (401, 403):
            raise _Fatal(status_reason(error.status_code, settings)) from None
        return None  # many local servers simply do not offer the list
    except (openai.APIConnectionError, TimeoutError) as error:
        raise _Unreachable(connection_reason(error, settings)) from None


def _try_method(settings: Settings, method: StructuredMethod) -> str:
    """ "ok", "missing" (no such model), "rejected:<status>" or "unstructured"."""
    model = structured_model(build_chat_model(settings), "EndpointCheck", "Whether it works.", _PROBE_SCHEMA, method)
    messages = [SystemMessage(llm_message("probe_system")), HumanMessage(llm_message("probe_human"))]
    try:
        answer = model.invoke(messages)
        payload = structured_payload(answer, method) if isinstance(answer, AIMessage) else None
    except openai.APIStatusError as error:
        return _status_outcome(error.status_code, settings)
    except (openai.APIConnectionError, TimeoutError) as error:
        raise _Unreachable(connection_reason(error, settings)) from None
    except (LLMUnavailable, ValueError):  # ValueError covers bad JSON and LangChain's parser errors
        return "unstructured"
    except Exception as error:
        if explain_failure(error, settings) is None:
            raise
        return "unstructured"
    return "ok" if isinstance(payload, dict) and "ok" in payload else "unstructured"


def _status_outcome(status: int, settings: Settings) -> str:
    if status == 404:
        return "missing"
    if status in (400, 422):
        return f"rejected:{status}"
    if status in (401, 403):
        raise _Fatal(status_reason(status, settings))
    raise _Fatal(llm_message("reason_http", url=settings.endpoint_label(), status=status))
