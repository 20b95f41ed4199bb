"""Text-only rules for emails people wrote themselves, when no notes say what to expect.

Each rule looks at one unit of the email (a sentence, a greeting or a signature
line) and says whether that unit satisfies the check; the first unit that does
is the evidence shown to the person. The validator's own regexes are reused
where they fit (`THANKS_RE`, `ENTHUSIASM_RE`); the rest covers how people
write, not how our composer writes: "in my six years as a charge nurse",
"I look forward to hearing from you", "as promised, I've attached…".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from followup import regex_cache
from followup.placeholders import find_placeholder
from followup.text import content_words, fold
from followup.validate import ENTHUSIASM_RE, THANKS_RE

Rule = Callable[[str], bool]

# --- thanks --------------------------------------------------------------------------

VALEDICTION_RE = regex_cache.compile(
    r"^(?:many |with |again,? )?thanks?(?: you)?(?: (?:again|so much|very much))?\s*,$", re.I
)
NOT_THANKS_RE = regex_cache.compile(
    r"\b(?:would|'d|’d|will|could)\s+(?:really |greatly |truly |very much )?(?:appreciate|be grateful)\b|"
    r"\bappreciate (?:it|any|your feedback) if\b",
    re.I,
)


def says_thanks(unit: str) -> bool:
    if VALEDICTION_RE.match(unit.strip()):
        return False  # "Thanks," above a signature is a sign-off, not thanks for their time
    matches = list(THANKS_RE.finditer(unit))
    if not matches:
        return False
    polite = NOT_THANKS_RE.search(unit)
    return not (polite and len(matches) == 1 and polite.start() <= matches[0].start() <= polite.end())


# --- enthusiasm ----------------------------------------------------------------------

EAGER_RE = regex_cache.compile(
    r"\b(?:(?:very|really|even more|more|genuinely|truly|highly|particularly|strongly|deeply|still) interested|"
    r"remain (?:\w+ )?interested|interest in (?:the|this|joining|working|contributing)|"
    r"can(?:'|’|no)t wait|cannot wait|(?:I'd|I’d|I would) love|love (?:the|this) (?:opportunity|chance)|"
    r"passionate about|inspired|motivated to|enthused|(?:I'm|I’m|I am) (?:\w+ )?hoping (?:to|there's|there’s|for)|"
    r"ready to (?:join|start|contribute|put in|get started|hit)|"
    r"look(?:ing)? forward to (?:the (?:possibility|opportunity|chance) (?:of|to) |potentially |possibly )?"
    r"(?:joining|working|contributing|being part|helping|bringing|collaborating|supporting|applying|putting)|"
    r"(?:honou?red|proud|glad|happy|delighted|thrilled) to (?:join|be part|contribute|work|help|bring|support)|"
    r"hope to (?:join|contribute|be part|work with|bring)|want to (?:join|be part|contribute)|"
    r"confident (?:that )?I (?:could|can|would|will) (?:contribute|add|help|make|bring))",
    re.I,
)
EXCITING_RE = regex_cache.compile(r"\bexciting\b", re.I)
JOINING_RE = regex_cache.compile(
    r"\b(?:join|joining|contribut\w*|part of|opportunity|chance|role|position|work with|working)\b"
)


def shows_enthusiasm(unit: str) -> bool:
    if EAGER_RE.search(unit):
        return True
    for match in ENTHUSIASM_RE.finditer(unit):
        # "your exciting projects" is praise, not the writer's own keenness.
        if not EXCITING_RE.fullmatch(match.group(0)) or JOINING_RE.search(unit):
            return True
    return False


# --- skills --------------------------------------------------------------------------

FIRST_PERSON_RE = regex_cache.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my)\b")
DID_VERBS = (
    r"led|built|managed|designed|developed|ran|launched|implemented|created|oversaw|taught|grew|reduced|increased|"
    r"trained|supervised|coordinated|delivered|wrote|migrated|automated|spearheaded|established|streamlined|"
    r"negotiated|handled|mentored|coached|precepted|organi[sz]ed|raised|cut|improved|redesigned|shipped|founded|"
    r"scaled|analy[sz]ed|audited|drove|owned|administered|produced|directed|sold|closed|treated|cared|served|"
    r"worked|spent|completed|earned|achieved|helped|supported|introduced|rolled out|set up|cleaned up|rebuilt|"
    r"maintained|processed|resolved|doubled|tripled|saved|secured|won|published|researched|tested|volunteered|"
    r"facilitated|partnered|guided|used|applied|learned|started|carried|exceeded|covered|taught|built up|"
    r"hold|held|instructed|prepared|filed|sourced|recruited|hired|onboarded|budgeted|forecast|modeled|modelled|"
    r"cooked|cleaned|repaired|installed|wired|diagnosed|nursed|assessed|counseled|counselled|coded|programmed"
)
SKILL_RES: tuple[re.Pattern[str], ...] = (
    regex_cache.compile(
        r"\bmy (?:[\w'’-]+\s+){0,4}?(?:experience|background|expertise|skills?|skill set|track record|years?|"
        r"work|time (?:at|as|with|on|in)|training|knowledge|certifications?|degree|role as|tenure|abilit(?:y|ies)|"
        r"strengths?|portfolio|history|capstone|internship|practicum|residency|clinicals?|rotation|research|teaching|"
        r"studies|coursework|thesis|dissertation|postdoc|fellowship|apprenticeship|(?:current|last|previous|former|"
        r"prior) (?:role|job|position|employer|company|team))\b",
        re.I,
    ),
    regex_cache.compile(r"\bmy [\w-]+ career\b", re.I),
    regex_cache.compile(
        rf"\b(?:I|we)(?:'ve|’ve| have| had)?\s+(?:\w+ly\s+|also\s+|been\s+)?(?:co-?)?(?:{DID_VERBS})\b", re.I
    ),
    regex_cache.compile(r"\bI(?:'ve|’ve| have) been (?:\w+ing)\b", re.I),
    regex_cache.compile(
        r"\bI(?:'ve|’ve| have| bring| gained| developed| possess| offer| hold)\b[^.]{0,60}?\b(?:experience|expertise|"
        r"background|skills?|knowledge|years|proficiency|track record|certifications?|licen[sc]es?|degrees?)\b",
        re.I,
    ),
    regex_cache.compile(
        r"\bI(?:'m|’m| am) (?:\w+ )?(?:proficient|skilled|experienced|certified|fluent|licensed|trained|versed)\b", re.I
    ),
    regex_cache.compile(r"\b(?:for|over|in) the (?:past|last) (?:\d+|\w+) (?:years|months)\b", re.I),
    regex_cache.compile(
        r"\b(?:\d+|\w+)\+? years? (?:of (?:\w+ )?experience|as an? |in (?:the )?\w+|at |leading|managing)", re.I
    ),
)


def restates_skill(unit: str) -> bool:
    if not FIRST_PERSON_RE.search(unit):
        return False
    return any(pattern.search(unit) for pattern in SKILL_RES)


# --- specifics -----------------------------------------------------------------------

TOPIC_TRIGGER_RE = regex_cache.compile(
    r"\b(?:learn(?:ed|ing|t)?|hear(?:d|ing)?|talk(?:ed|ing)?|discuss(?:ed|ing|ion|ions)?|conversation|chat(?:ted|ting)?|"
    r"spoke|speaking|explain(?:ed|ing)?|describ(?:ed|ing)|description of|shar(?:ed|ing)|walk(?:ed|ing)? me through|"
    r"show(?:ed|ing) me|watch(?:ed|ing)|insights? into|idea (?:of|to|for)|the way (?:your|the)|how (?:your|the)|"
    r"(?:your|the team's|the) (?:plans?|goals?|priorit(?:y|ies)|efforts?|initiative|push|need|challenges?|focus|move) "
    r"(?:to|for|of|on|around|in))\b",
    re.I,
)
# Lower-case on purpose: "Mr. Grant" is a person, "the grant" is a project.
PROJECT_RE = regex_cache.compile(
    r"\b(?:project|initiative|program|programme|rollout|roll-out|launch|relaunch|migration|redesign|campaign|pilot|"
    r"expansion|transition|overhaul|roadmap|integration|rebuild|rebrand|merger|renovation|implementation|upgrade|"
    r"study|trial|grant|curriculum|backlog|conversion|buildout|build-out|audit|workflow|system|platform|pipeline|"
    r"goal|target|strategy|product|feature|dashboard|caseload|practice|menu|fleet|space|line|service|protocol|"
    r"procedure|policy|framework|method)s?\b"
)
NOUN_PHRASE_RE = regex_cache.compile(
    r"\b(?:your|the|their|its|this|[A-Za-z]+['’]s)\s+"
    r"((?:(?!(?:your|the|their|its|this)\s)[\w'’/-]+\s+){0,3})$",
    re.I,
)
CLAUSE_END_RE = regex_cache.compile(r"[,;:.!?()]|\s(?:and|but|which|that|because|so|while|as|since)\s", re.I)
GENERIC = frozenset(
    """
    role position job company team organization organisation opportunity opportunities work projects project culture
    mission vision values goals plans future exciting great interesting many various learning enjoyed hearing
    conversation time today yesterday interview department office day responsibilities expectations challenges
    growth everything further insight insights industry field everyone people staff best strong passion
    direction success innovative innovation impressive wonderful amazing fantastic excellent hiring meeting meet
    forward look looking much well especially particularly firm business group environment current upcoming
    contribute joining join possibility chance excited interested thank thanks learn learned more
    speaking talking discussing discussed chatting sharing shared explaining together works working operates
    daily day-to-day dedication commitment approach things aspects details story history plan goal strategy
    process system model product work team's company's organization's position's role's fit skills
    experience background contributions contribution help helping make making part being getting hear heard
    know knowing able ahead continued continuing quite truly really genuinely yesterday's today's
    morning afternoon evening earlier recent recently latest long-term short-term overall general broader bigger
    whole entire several couple few ways way new exciting growing exciting friendly fun hard good nice
    monday tuesday wednesday thursday friday saturday sunday week month year store branch place area
    monday's tuesday's wednesday's thursday's friday's clients customers employees members candidates
    position's opening openings vacancy lot everything something anything lots
    """.split()
)
ROLE_PHRASE_RE = regex_cache.compile(r"\b(?:[A-Z][\w&'’-]*\s+){1,5}(?:role|position|job|opening|opportunity|team)\b")
COMPANY_RE = regex_cache.compile(r"\b(?:at|with|for|join|joining)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s?){1,4}")


def names_specific(unit: str) -> bool:
    """A concrete project, goal or topic: "your plan to open a second clinic in Tacoma", not "your exciting work"."""
    while placeholder := find_placeholder(unit):
        unit = unit.replace(placeholder, " ")  # "the XXX campaign" names nothing yet
    for match in TOPIC_TRIGGER_RE.finditer(unit):
        if len(_specific_words(_clause(unit[match.end() :]))) >= 2:
            return True
    for match in PROJECT_RE.finditer(unit):
        phrase = NOUN_PHRASE_RE.search(unit[: match.start()])
        modifiers = phrase.group(1) if phrase else ""
        after = unit[match.end() :]
        complement = _clause(after) if re.match(r"\s+(?:of|for|to|on|in|around)\b", after) else ""
        if phrase and len(_specific_words(modifiers + " " + complement)) >= 1:
            return True
    return False


def _clause(text: str, limit: int = 14) -> str:
    end = CLAUSE_END_RE.search(text)
    clause = text[: end.start()] if end else text
    return " ".join(clause.split()[:limit])


def _specific_words(fragment: str) -> list[str]:
    fragment = ROLE_PHRASE_RE.sub(" ", fragment)
    fragment = COMPANY_RE.sub(" ", fragment)
    return [w for w in content_words(fragment) if (w not in GENERIC and not w.isdigit()) or _is_figure(w)]


def _is_figure(word: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:[.,]\d+)?%?|q[1-4]|\d{4}", fold(word)))


# --- next steps ----------------------------------------------------------------------

NEXT_RE = regex_cache.compile(
    r"\b(?:next steps?|next (?:stage|round|interview|conversation|call|meeting|phase)|"
    r"hear(?:ing)? (?:back|from you|about (?:next|the next|your decision|the decision|the timeline))|"
    r"your decision|the decision|(?:hiring )?timeline|"
    r"as (?:promised|discussed|requested|you (?:asked|requested|suggested|mentioned))|"
    r"(?:I've|I’ve|I have) (?:attached|included|enclosed)|attached (?:is|are)|(?:I'm|I’m|I am) attaching|"
    r"please find attached|I(?:'ll|’ll| will) (?:send|follow up|forward|share|get|have|be in touch|complete|submit)|"
    r"(?:meeting|speaking|talking|connecting) with (?!me\b|us\b|you\b)\w+|"
    r"look(?:ing)? forward to (?:meeting|speaking|talking|"
    r"connecting|seeing|continuing|our|the|next|your)|"
    r"(?:second|final|panel|onsite|on-site|follow-up|technical|working|hands-on|trial|skills?) "
    r"(?:interview|round|conversation|meeting|shift|test|assessment|exercise|day)|(?:come|stop|drop) (?:in|by)\b|"
    r"shadow(?:ing)? shift|references?\b|in touch|keep me posted|"
    r"(?:an |any )?update|(?:end of|by) (?:the )?(?:week|month|monday|tuesday|wednesday|thursday|friday)|"
    r"(?:happy|glad) to (?:send|share)|"
    r"(?:work|writing|code) samples?|portfolio)\b",
    re.I,
)
NOT_NEXT_RE = regex_cache.compile(
    r"^\s*(?:I )?look(?:ing)? forward to (?:the (?:possibility|opportunity|chance) of )?"
    r"(?:working|joining|contributing)",
    re.I,
)


PAST_THANKS_RE = regex_cache.compile(r"\bthank(?:s| you)(?: so much| again)? for [^,.;!?]*", re.I)


def mentions_next_step(unit: str) -> bool:
    unit = PAST_THANKS_RE.sub(" ", unit)  # "Thank you for the working interview" is behind us, not next
    match = NEXT_RE.search(unit)
    if not match:
        return False
    hits = [m.group(0).lower() for m in NEXT_RE.finditer(unit)]
    # "I look forward to working with you" looks forward to the job, not to a next step.
    return not (NOT_NEXT_RE.search(unit) and all(h.startswith("look") for h in hits))


TEXT_RULES: dict[str, Rule] = {
    "thanks": says_thanks,
    "enthusiasm": shows_enthusiasm,
    "skills": restates_skill,
    "specifics": names_specific,
    "next_steps": mentions_next_step,
}
