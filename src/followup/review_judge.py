"""Judged mode: one yes/no question per check the text rules cannot settle well.

The model's answer is reported beside the rule verdict (`judge`), never instead
of it: the rule verdict still decides the exit code. Asked at temperature 0;
the email is passed as data between markers, never as instructions. Imports
LangChain, so only `followup review --judge` loads this module.
"""

from __future__ import annotations

import re

from langchain_core.messages import HumanMessage, SystemMessage
from langchain_openai import ChatOpenAI

from followup import regex_cache
from followup.llm import LLMUnavailable, build_chat_model
from followup.prompts import load_toml
from followup.review import Review, parse_email, review_message
from followup.settings import Settings

JUDGED = ("enthusiasm", "skills", "specifics")
ANSWER_RE = regex_cache.compile(r"^\W*(yes|no)\b", re.IGNORECASE)


def judge_questions() -> dict[str, str]:
    questions: dict[str, str] = load_toml("review.toml")["judge"]["questions"]
    return {check_id: questions[check_id] for check_id in JUDGED}


def parse_answer(text: str) -> bool | None:
    match = ANSWER_RE.match(text)
    return None if match is None else match.group(1).lower() == "yes"


def judge_review(review: Review, email: str, settings: Settings) -> Review:
    """`review` with a `judge` verdict on each judged check, or a notice if the model failed."""
    try:
        model = build_chat_model(settings.model_copy(update={"temperature": 0.0}))
        body = parse_email(email).body
        answers = {check_id: _ask(model, question, body) for check_id, question in judge_questions().items()}
    except LLMUnavailable as error:
        return review.model_copy(update={"notices": [*review.notices, error.message]})
    except Exception as error:  # any endpoint trouble: keep the rule verdicts, say why in one line
        reason = type(error).__name__
        return review.model_copy(
            update={"notices": [*review.notices, review_message("judge", "unavailable", reason=reason)]}
        )
    checks = [c.model_copy(update={"judge": answers.get(c.id)}) if c.id in answers else c for c in review.checks]
    return review.model_copy(update={"checks": checks})


def _ask(model: ChatOpenAI, question: str, body: str) -> bool | None:
    system = review_message("judge", "system")
    human = review_message("judge", "human", question=question, email=body)
    reply = model.invoke([SystemMessage(system), HumanMessage(human)])
    return parse_answer(str(reply.content))
