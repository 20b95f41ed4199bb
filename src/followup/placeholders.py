"""Placeholders people and models leave in emails.

Every form a template or a half-finished draft leaves behind: "[Name]",
"{role}", "{{company}}", "<Company>", "XXX", "xxx-xxxx", "_____" blanks,
"INSERT NAME", "Dear ___,", "Dear …,", a bare "Your Name" signature line, and
bracketed instructions such as "(mention the project here)" or "(company name)".

Ordinary parentheses must survive: "(503) 555-0187", "(charge nurse)",
"(yes, really)", "(see attached)". So a parenthesis is a placeholder only when
it starts with an instruction verb, ends with "here", or is made only of the
nouns templates use ("company name", "interviewer's name").
"""

from __future__ import annotations

import re

from followup import regex_cache

# Verbs that open an instruction to the writer: "(insert …)", "(mention …)".
_INSTRUCTION_VERBS = (
    r"insert|add|mention|include|put|describe|name|list|enter|fill(?: in)?|write|specify|reference|"
    r"explain|highlight|replace|choose|pick|briefly|summari[sz]e|cite|refer to|paste|restate|"
    r"tailor|customi[sz]e|personali[sz]e|optional|e\.g\.,? (?:mention|add|name)"
)
# Nouns a template leaves in brackets: "(company name)", "(interviewer's name)", "(job title)".
_TEMPLATE_NOUNS = (
    r"your|their|his|her|the|a|an|first|last|full|company(?:'s)?|organi[sz]ation(?:'s)?|employer(?:'s)?|"
    r"interviewer(?:'s)?|hiring|manager(?:'s)?|recruiter(?:'s)?|person(?:'s)?|contact|name|job|role|title|"
    r"position|date|day|time|phone|number|email|address|specific|skill|skills|project|topic|department|team|"
    r"city|industry|field|x|y"
)
_TEMPLATE_PAREN = (
    rf"\((?:(?:{_TEMPLATE_NOUNS})[\s/-]+)*"
    r"(?:name|title|position|role|date|number|email|address|company)\)"
)

_PATTERNS: tuple[str, ...] = (
    r"\[[^\]\n]{1,80}\]",  # [Name], [insert project here]
    r"\{\{?[^}\n]{1,60}\}?\}",  # {role}, {{company}}
    r"<(?![^<>\n]*@)(?!https?:)[A-Za-z][^<>\n]{0,60}>",  # <Company>, but not <jane@x.com> or <https://…>
    r"\bX{3,}\b|\bx{3,}(?=[-\s.)]|$)",  # XXX, xxx-xxx-xxxx
    r"_{3,}",  # Dear ___,
    rf"\((?:{_INSTRUCTION_VERBS})\b[^)\n]{{0,100}}\)",  # (mention the project here)
    r"\((?:your|their) [^),\n]{1,40}\)",  # (your name), (their title)
    r"\([^)\n]{0,80}\bhere\)",  # (something about the project here)
    _TEMPLATE_PAREN,
    r"\bTBD\b|\bTK\b|\blorem ipsum\b",
    r"\?{3,}",  # Dear ???,
    r"^\s*(?:dear|hi|hello)\s*(?:\.{3}|…)",  # Dear …,
)
# Case matters for these: "INSERT NAME" shouts, "insert" alone is a normal word.
_CASED_PATTERNS: tuple[str, ...] = (
    r"\bINSERT(?: [A-Z'’]{2,}){1,4}\b",
    r"\b(?:NAME|COMPANY|ROLE|POSITION|TITLE|DATE|PHONE|EMAIL) HERE\b",
)
_LINE_PATTERNS: tuple[str, ...] = (
    # A signature or greeting line that is only a template label: "Your Name", "Company Name".
    r"^[ \t]*(?:your (?:full )?(?:name|title|phone(?: number)?|email(?: address)?)|company name|"
    r"interviewer(?:'s)? name|hiring manager(?:'s)? name)[ \t]*,?[ \t]*$",
    r"\binsert (?:your |the |their |company |interviewer(?:'s)? )?(?:name|company|role|title|position|date|"
    r"phone|email|project|skill)s?\b",
)

PLACEHOLDER_RE = regex_cache.compile("|".join(_PATTERNS + _LINE_PATTERNS), re.IGNORECASE | re.MULTILINE)
CASED_PLACEHOLDER_RE = regex_cache.compile("|".join(_CASED_PATTERNS))


def find_placeholder(text: str) -> str | None:
    """The first placeholder left in `text`, or None."""
    found = [m for m in (PLACEHOLDER_RE.search(text), CASED_PLACEHOLDER_RE.search(text)) if m]
    if not found:
        return None
    return min(found, key=lambda m: m.start()).group(0).strip()
