"""Turn note fragments into phrases in the candidate's voice, addressed to the interviewer.

"their nightly ETL" -> "your nightly ETL"; "he'll set up a call" -> "you'll set up a call";
"Q: how would you handle a no-show?" -> a question about "how I would handle a no-show".
Each phrase is tagged with its grammatical shape so the phrase bank can pick a sentence
that fits it; a fragment that cannot be said well (a half-sentence, the candidate's own
aside) yields no topic rather than a clumsy one. The agreed next step is said in `steps`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from followup import regex_cache
from followup.inputs import unreadable_in_english
from followup.models import HONORIFICS
from followup.names import RANKS, ends_like_a_job, looks_like_title, only_a_name
from followup.notes_rules import ASIDE, WHO_ARRANGED, lead_stripped
from followup.placeholders import find_placeholder
from followup.text import THOUGHT_BREAK, WORD_START

Kind = Literal["np", "clause", "question"]
MAX_TOPIC_WORDS = 16
MAX_SKILL_WORDS = 18

THIRD_TO_SECOND = {
    "their": "your", "theirs": "yours", "they're": "you're", "they’re": "you're", "they'll": "you'll",
    "they’ll": "you'll", "they've": "you've", "they'd": "you'd", "they": "you", "them": "you",
    "themselves": "yourselves", "we": "you", "we're": "you're", "we've": "you've", "we'll": "you'll",
    "our": "your", "ours": "yours", "us": "you",
}  # fmt: skip
SINGULAR_TO_SECOND = {
    "his": "your", "her": "your", "hers": "yours", "he's": "you're", "she's": "you're", "he'll": "you'll",
    "she'll": "you'll", "he'd": "you'd", "she'd": "you'd", "he": "you", "she": "you", "him": "you",
    "himself": "yourself", "herself": "yourself",
}  # fmt: skip
SECOND_TO_FIRST = {"you": "I", "your": "my", "yours": "mine", "you're": "I'm", "you've": "I've", "you'd": "I'd"}
IRREGULAR_VERBS = {
    "is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't",
}  # fmt: skip
CLAUSE_MARKERS = regex_cache.compile(
    WORD_START + r"(?:"
    r"\b(?:is|are|was|were|has|have|had|will|can|could|would|should|need|needs|want|wants|plan|plans|"
    r"pile|piles|grow|grows|run|runs|use|uses|struggle|struggles|lose|loses|spend|spends|handle|handles|"
    r"get|gets|take|takes|keep|keeps|hope|hopes|expect|expects|aim|aims|rely|relies|cover|covers|"
    r"serve|serves|see|sees|face|faces|hit|hits|break|breaks|fail|fails|happen|happens|works|"
    r"go|goes|come|comes|do|does|did|don't|doesn't|aren't|isn't|stalls?|drops?|dropped|jumped|went|"
    r"moved|started|opens?|opening|launch(?:es|ed)?|rolls?|rolling|uses?|spikes?|grew|doubled)\b"
    r"|\b(?:you|they|we|it|he|she)['’](?:re|s|ll|ve|d)\b"
    r")",
    re.IGNORECASE,
)
BARE_NOUNS = frozenset(
    "team roadmap company org organization group department dept unit school clinic store shop crew "
    "product platform pipeline backlog stack codebase process budget board program customers clients "
    "floor office warehouse fleet kitchen lab classroom district branch site plant studio close".split()
)
# Words that start a fragment in lower case when said mid-sentence ("We have…" -> "…how you have…").
COMMON_START = frozenset(
    "we our us they their the a an this that these those tell how what why when where you your he she his "
    "her it its there lots mostly big biggest main most some many all my new current next walk describe "
    "give asked talked discussed forklift get".split()
)
QUESTION_TO_ME = regex_cache.compile(
    r"^(?:tell me (?:about|how)|walk me (?:through|thru)|describe|give me an example of|talk about|"
    r"(?:how|what|why|when|where|which) (?:would|do|did|will|can|could|should|is|are|was) (?:you|your)\b|"
    r"how (?:many|much|often|long) (?:\w+ ){0,2}(?:would|do|did|have) you\b|"
    r"what['’]s your|have you (?:ever )?)",
    re.IGNORECASE,
)
QUESTION_LEAD = regex_cache.compile(
    r"^(?:tell me about|walk me (?:through|thru)|describe|give me an example of|talk about)\s+", re.I
)
QUESTION_VERB = regex_cache.compile(
    r"^(how|what|why|when|where|which)\s+(would|do|did|will|can|could|should)\s+(?:you)\s+", re.IGNORECASE
)
PAST_TENSE_START = regex_cache.compile(
    r"^(?:did|ran|led|built|made|taught|wrote|kept|held|grew|sold|drove|brought|won|managed|coordinated|"
    r"owned|handled|trained|supervised|organi[sz]ed|created|designed|launched|started|worked|served|"
    r"completed|covered|cleared|scheduled|precepted|mentored|implemented|reduced|increased|saved)\b",
    re.IGNORECASE,
)
WH_START = regex_cache.compile(r"^(?:how|why|what|where|when|whether|that)\b", re.IGNORECASE)
SUBJECT_START = regex_cache.compile(r"^(?:you|your team|the team|they|we|i)\b", re.IGNORECASE)
DANGLING_END = regex_cache.compile(
    r"\s+(?:the|a|an|of|to|and|or|with|at|for|in|on|by|from|so|but|which|that|is|are)$", re.I
)


@dataclass(frozen=True)
class Phrase:
    text: str
    kind: Kind


def to_second_person(text: str, singular: bool = True) -> str:
    """Pronouns about the interviewer or their team become "you", with the verb agreeing."""
    text = HER_AS_OBJECT.sub("you", text)  # "send her a content calendar": her is who, not whose
    text = HE_HAS.sub("you've", text)  # "she's got 2 more people to see": has, not is
    table = dict(THIRD_TO_SECOND)
    if singular:
        table.update(SINGULAR_TO_SECOND)
    return _swap_pronouns(text, table, agree_after={"he", "she"})


def _swap_pronouns(text: str, table: dict[str, str], agree_after: set[str] | None = None) -> str:
    out: list[str] = []
    agree_next = False
    for token in re.split(r"(\s+)", text):
        low = token.lower()
        if agree_next and token.strip() and low not in ADVERBS_BEFORE_VERB:
            token = _agree(token)  # "she really wants" -> "you really want": past the adverb, to the verb
            agree_next = False
        if low in table and not (token.isupper() and len(token) > 1):  # "the US distributor": a country
            agree_next = low in (agree_after or set())
            token = table[low]
        out.append(token)
    return "".join(out)


ADVERBS_BEFORE_VERB = frozenset(
    "really also just still always often actually definitely never usually mostly clearly obviously".split()
)


def named_to_you(text: str, names: list[str]) -> str:
    """ "Patricia has been with Skyline 14 years", in a note to Patricia: "you have been with Skyline 14 years"."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        said = re.match(rf"{re.escape(name)}\s+([a-z]+)\b", text)
        if said and (said.group(1).endswith("s") or said.group(1) in IRREGULAR_VERBS):
            return f"you {_agree(said.group(1))}{text[said.end() :]}"
    return text


def _agree(verb: str) -> str:
    low = verb.lower()
    if low in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss|z)es$", low):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return verb[:-1]
    return verb


def tidy(text: str) -> str:
    """One clean clause: no unclosed bracket, no trailing "the", no second sentence, no end stop."""
    return _tidy(text)


@lru_cache(maxsize=4096)
def _tidy(text: str) -> str:
    # Cached: a fragment is tidied again as a topic, a skill and a shortened thought.
    text = AFTER_DASHES.split(text.strip())[0]
    text = UNDECIDED.sub("", text)  # no "TBD" in an email
    text = GUESS.sub("", text)  # "the CTO (imran?)": the notes' own guess, not for the email
    text = LOWER_I.sub("I", text)  # "when i was" -> "when I was"
    text = LOWER_DAY.sub(lambda m: m.group(0).capitalize(), text)  # "call me monday" -> "call me Monday"
    text = BARE_W.sub("with", text)  # "w an offer" -> "with an offer"
    text = TRAILING_TOO.sub("", text)
    text = TRAILING_CHAT.sub("", text)  # "… to an uneven floor right there lol"
    text = CHAT_FILLER.sub("", text)  # "latte art not needed lol but …"
    text = LEADING_JOINER.sub("", text)
    text = LEADING_VAGUE.sub("", text)
    text = _first_sentence(text)
    # Never copy what the `clean` check would flag: "(summarize a deposition)" reads as a left-in instruction.
    text = ASIDE.sub(lambda m: "" if find_placeholder(m.group(0).strip()) else m.group(0), text)
    if text.count("(") > text.count(")"):
        text = text[: text.rfind("(")]
    labelled = LABELLED_VALUE.match(text)
    if labelled:  # "their big issue = dpf faults" -> "dpf faults"
        text = labelled.group(1)
    text = text.strip(" ,;:-–—.?!")
    while DANGLING_END.search(text):
        text = DANGLING_END.sub("", text)
    return text.strip(" ,;:-–—.")


AFTER_DASHES = regex_cache.compile(r"\s+--\s+|\s+\*\*")
GUESS = regex_cache.compile(r"\s*\([^()?]{1,30}\?+\)")
UNDECIDED = regex_cache.compile(r"\s*\(?\b(?:date\s+)?(?:tbd|tba|tbc)\b\)?", re.IGNORECASE)
LOWER_I = regex_cache.compile(r"(?<![\w'’])i(?=(?:['’](?:m|d|ve|ll))?\b)(?![\w-])")
LOWER_DAY = regex_cache.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
BARE_W = regex_cache.compile(r"(?<=\s)w(?=\s+(?:a|an|the|my|me|him|her|them|us|his|their|our|your)\b)")
CHAT_FILLER = regex_cache.compile(r"\s+(?:lol|lmao|haha+)(?=\s)", re.IGNORECASE)
TRAILING_CHAT = regex_cache.compile(r"[\s,]+(?:lol|lmao|haha+|hehe|rn|tbh|imo)\W*$", re.IGNORECASE)
TRAILING_TOO = regex_cache.compile(r"[,\s]+too$")
LEADING_JOINER = regex_cache.compile(
    # also a one-word reply before the thought: "Fine. Pitch me a deal. - I did the telecom tower carve-out idea"
    r"^(?:and|so|but|also|then|plus)\s+|^(?:fine|ok|okay|right|sure|great|cool|nice|good)[.!]+\s+(?=\w)",
    re.IGNORECASE,
)
LEADING_VAGUE = regex_cache.compile(
    r"^(?:mostly|mainly|largely|a lot(?: of)?|lots(?: of)?)\s+(?:about\s+)?", re.IGNORECASE
)
LABELLED_VALUE = regex_cache.compile(r"^(?:(?:your|their|the|our)\s+)?[\w ]{2,25}?\s*[=:]\s+(.{6,})$")


# also a title before a name: "Prof. v.d. Merwe said HR will send …" is one sentence
ABBREVIATIONS = (
    frozenset("st dr mr mrs ms jr sr inc co ltd vs etc approx dept no e.g i.e av ave blvd rd v.d".split())
    | HONORIFICS
    | RANKS
)


def _first_sentence(text: str) -> str:
    for match in SENTENCE_END.finditer(text):
        before = LAST_WORD.findall(text[: match.start()])
        if before and before[0].lower() in ABBREVIATIONS:
            continue
        return text[: match.start()]
    return text


SENTENCE_END = regex_cache.compile(r"(?<=[A-Za-z0-9)])[.?!]+\s+")
LAST_WORD = regex_cache.compile(r"[\w.]+$")


def lower_first(text: str) -> str:
    """ "We have a makerspace" -> "we have a makerspace"; names and acronyms keep their capitals."""
    words = text.split(" ", 1)
    if words and words[0].lower() in COMMON_START and not words[0].isupper():
        words[0] = words[0].lower()
    return " ".join(words)


CLAUSE_STUB = regex_cache.compile(r"\s(?:so|and|but|which|because|while)\s+\S+(?:\s+\S+)?$", re.IGNORECASE)


def shorten(text: str, limit: int) -> str:
    """Cut a long fragment at a clause boundary, never mid-phrase."""
    words = text.split()
    if len(words) <= limit:
        return text
    # The longest whole clause that fits: "moving the bank and intercompany reconciliations into a daily
    # cadence" rather than "moving the bank".
    heads = [text.split(boundary)[0] for boundary in (", ", "; ", " - ", " — ", " so ", " and ", " which ", " but ")]
    # Not a head that ends a word or two into another clause: "… perio issues so scaling".
    fitting = [head for head in heads if 3 <= len(head.split()) <= limit and not CLAUSE_STUB.search(head)]
    if fitting:
        return max(fitting, key=lambda head: len(head.split()))
    return tidy(" ".join(words[:limit]))


def first_thought(text: str, limit: int = MAX_TOPIC_WORDS) -> str:
    """The first thought of a fragment: "your shift report, wants nurses who precept" -> "your shift report"."""
    text = tidy(text)
    bare = COMMA_ASIDE.sub("", text)
    if THOUGHT_BREAK.split(text, maxsplit=1)[0].count("(") > 0 and THOUGHT_BREAK.search(bare):
        text = bare  # "Revit standards (theirs are a bit chaotic, his words), detailing, …": the aside left out
    head = tidy(THOUGHT_BREAK.split(text, maxsplit=1)[0])
    return shorten(head if len(head.split()) >= 3 else text, limit)


COMMA_ASIDE = regex_cache.compile(r"\s*\([^()]*,[^()]*\)")


@lru_cache(maxsize=1024)
def topic_phrase(fragment: str) -> Phrase | None:
    """A topic the interviewer raised, or None when the fragment cannot be said well."""
    # Pay, benefits and "3 days office" are asked about, not thanked for; "Vet1 vs RxWorks software, …, CPD
    # allowance £500" opens with something that is.
    fragment = TABLE_CELLS.split(fragment, maxsplit=1)[0]  # "VIP arrival ritual w/ the longboat | chaired it"
    if only_a_name(fragment):
        return None  # "Thandeka Mokoena | Talent Acquisition": a signature, no topic
    if unreadable_in_english(fragment):
        return None  # "pani Lis pytała o eduroam i radius": not pasted into an English email
    # a question put to the candidate: "How comfortable are you with ArcGIS?", "Tell us about a controversial
    # project you've worked on."
    at_ease = HOW_AT_EASE.match(tidy(fragment).rstrip("?. "))
    if at_ease:
        return Phrase(f"how {at_ease.group(1).lower()} I am {at_ease.group(2).lower()} {at_ease.group(3)}", "question")
    told = TELL_ABOUT_A.match(fragment.strip())
    if told:
        return _question(fragment.strip()[told.end() :].rstrip("?. "))
    job = fragment.strip(" .,;")
    if len(job.split()) <= 4 and looks_like_title(job) and ends_like_a_job(job):
        return None  # "Brian — Biostatistics lead.": their job, not something they raised
    fragment = LEADING_IMPRESSION.sub("", fragment)  # "more relaxed, asked about drafting motion records"
    fragment = ONLY_THERE_A_WHILE.sub("", fragment)  # "only there 10 min, asked about capacity assessments"
    fragment = WHY_I_LEFT.sub("", fragment)  # "why I left SwiftRide NG, handling driver disputes": the second
    opening = THOUGHT_BREAK.split(fragment, maxsplit=1)[0]
    if MONEY_TALK.search(opening) or OFFICE_DAYS.match(fragment) or CRUDE.search(opening):
        return None  # also "the irb here is slow af": said among friends, not back to them
    if FORMALITY.search(opening):
        return None  # "Security clearance (Baseline) needed", "merit list will be valid for 12 months": process
    if SOMEONE_ELSE_FIRST.match(fragment):
        return None  # "recruiter Tobi (Kora Talent) called me yday only, wasnt there": about who was not on the panel
    if GOOD_WORD.search(fragment):
        return None  # "he said jess put in a good word which was nice of her": who vouched, not a topic
    if WHEN_ONLY.fullmatch(opening) or TENURE_ONLY.fullmatch(opening):
        return None  # "wed 4/16 1pm, yawkey bldg 5th fl, …": when and where; "25 yrs, old-school …": who they are
    if SCHEDULE_TALK.match(opening) and (MONEY_TALK.search(fragment) or HOURS.search(opening)):
        return None  # "part time 25 hours, $22/hr", "notice period 60 days, 12 LPA": terms of the job
    reported = REPORTED_THAT.match(tidy(fragment))
    if reported and len(reported.group(1).split()) >= 3 and not CRUDE.search(reported.group(1)):
        fragment = reported.group(1)  # "3-way match, she stressed that duplicate payments were a problem"
    text = lower_first(lead_stripped(first_thought(fragment)))  # "opened, asked about the FOGO rollout"
    if CRUDE.search(text):
        return None
    text = NUMBERED_QUESTION.sub("", text)  # "Last question — what would your priorities be …"
    text = ASKED_TO_TELL.sub("", text)  # "walk us through the onboarding redesign" -> "the onboarding redesign"
    explain = ASKED_TO_EXPLAIN.match(text)
    if explain:  # "Talk me through how you'd check a steel beam" asks the candidate: "how I'd check a steel beam"
        return _question(text[explain.end() :])
    text = WORRIED_ABOUT.sub("", text)  # "worried about key-person risk on the ledger team": the risk itself
    text = re.sub(r"^(?:also\s+)?(?:about|abt|re:?)\s+(?=\w)", "", text)  # "Also about the SAT audit we had"
    text = LOOK_LIKE.sub(r"what \1 looks like", text)  # "what does success look like" -> "what success looks like"
    text = HOW_IS_IT_DONE.sub(r"how \2 \1 \3", text)  # "how are leads assigned" -> "how leads are assigned"
    if YES_NO_ABOUT_ME.match(text):
        return Phrase(f"whether I'm {text[:1].lower()}{text[1:]}", "question")  # "Comfortable with imaging laptops?"
    said = THING_THEN_VIEW.match(text)
    if said:
        text = said.group(1)  # "housekeeping handover, he thinks it's a mess": what they think of it
    owned = THING_THEIRS.match(text)
    if owned:  # "food cost, theirs is running like 34%" -> "their food cost is running like 34%"
        text = f"their {owned.group(1)} {owned.group(2)} {owned.group(3)}"
    joined = THING_AND_THEIR_NEWS.match(text)
    if joined and _kind(joined.group(1)) == "np":
        text = joined.group(2)  # "round robin from inbound and they're starting an outbound push": the news
    lead = NOUN_THEN_CLAUSE.match(text)
    if lead and _kind(text) == "clause" and _kind(lead.group(1)) == "np" and not BE_OR_HAVE.search(lead.group(1)):
        text = lead.group(1)  # "GLP documentation, ELN is Benchling": the thing they raised
    if not text or len(text.split()) < 2 or BROKEN_ARTICLE.search(text) or HOLE.search(text) or BAD_START.match(text):
        return None
    task = re.match(r"^to\s+([a-z]+\s+\S.*)$", text)
    if task:
        return Phrase(f"how I'd {task.group(1)}", "question")  # "asked me to spread a set of financials"
    if WHAT_WE_DID.match(text) or IMPRESSION.match(text) or WHO_ARRANGED.search(text) or MY_DEED_WITH_THEM.match(text):
        return None  # "we sat in the break room", "honestly really nice": how it went, not their topic
    if QUESTION_TO_ME.match(text) or re.match(r"^(?:how|what|whether|if|why)\s+I\b", text):
        return _question(text)
    if re.search(r"\bI\b|\bI['’]|\bmy\b", text):
        # "telemetry alarms and how I handle alarm fatigue": keep the part that is theirs.
        theirs = [
            p
            for p in THOUGHT_BREAK.split(tidy(fragment))
            # two words, not "cross-docking" alone nor "shrinkage %"
            if len(p.split()) >= 2 and len(WORD.findall(p)) >= 2 and not re.search(r"\bI\b|\bmy\b", p)
        ]
        text = lower_first(lead_stripped(tidy(theirs[0]))) if theirs else ""
    if not text or text.count("(") != text.count(")") or MONEY_TALK.search(text):
        return None  # only the candidate's own aside, or a fragment cut mid-thought
    text = to_second_person(text)
    if PAST_TENSE_START.match(re.sub(r"^just\s+", "", text)) or THEIR_DEED.match(text):
        text = "you " + text  # "just won a big rebrand for a kombucha company": what they did
    handed = HANDED_ME.match(NAMED_GIVER.sub("you ", text))  # "tomasz gave me a power bi file"
    if handed and not re.search(r"\b(?:you|I|took|asked|said|made|had)\b", handed.group(2)):
        # "gave me a power bi file" -> "the power bi file you gave me"; "gave me a print to read" -> "the print
        # you gave me to read"
        thing = handed.group(2)
        purpose = re.search(r"\s+to\s+\w.*$", thing)
        what = f"the {thing[: purpose.start()] if purpose else thing} you {handed.group(1).lower()} me"
        return Phrase(what + (purpose.group(0) if purpose else ""), "np")
    if text.split()[0].lower() in BARE_NOUNS:
        text = "your " + text
    if OWN_ERRAND.match(text):
        return None  # "also need to remember to send marcus the link …": the candidate's own to-do
    if re.match(r"^(?:want|wants|need|needs)\s+", text, re.IGNORECASE):
        return Phrase(re.sub(r"^\w+\s+", "your need for ", text), "np")
    first = text.split()[0]
    third_person = first.lower().endswith("s") and not re.search(r"['’]", first)  # "runs", not "it's"
    if third_person and CLAUSE_MARKERS.fullmatch(first) and first.lower() not in {"is", "was", "has"}:
        text = "you " + _agree(first) + text[len(first) :]  # "runs the branch" -> "you run the branch"
    if re.match(r"^(?:what|where|when|why|who|which)\b", text, re.IGNORECASE):
        return Phrase(text, "np")  # "what success looks like at 6 months": heard about, not "heard how what …"
    if WH_START.match(text):
        return Phrase(re.sub(r"^how\s+", "", text, flags=re.IGNORECASE), "clause")
    kind = _kind(text)
    named = ONE_PROJECT.match(text)
    # "Windows 11 migration project next year": one thing, named without its article; not "data migration"
    specific = named is not None and (re.search(r"[A-Z\d]", named.group(0)) is not None or named.end() < len(text))
    if kind == "np" and specific and not DETERMINER_START.match(text):
        text = "the " + text
    return Phrase(text, kind)


OWN_ERRAND = regex_cache.compile(
    r"^(?:also\s+)?(?:(?:need|have|got|must)\s+to|remind me to|remember to)\s+(?:remember|send|e-?mail|call|ask|"
    r"bring|follow up|write|text|fix|update|prepare|buy|pay|book|print|tell|check|get|find|look up|ring|message|"
    r"whatsapp)\b"
    r"|^(?:send|write)\s+(?:a\s+|the\s+|my\s+)?thank[- ]?you",  # "send thank you notes tonight": this very email
    re.IGNORECASE,
)
# A name for one piece of work, ended by its head noun: "Windows 11 migration project next year", "Guidewire
# ClaimCenter rollout", "ERP cutover in March"; not "project management" or "license management"
ONE_PROJECT = regex_cache.compile(
    r"^(?:[\w.&/+-]+\s+){0,4}?(?:project|rollout|roll-out|migration|cutover|go-live|upgrade|launch|relaunch|"
    r"initiative|pilot|redesign|rebuild|merger|renovation|refit|expansion|overhaul|transition|implementation)"
    r"(?:$|[,;]|\s+(?:next|this|last|of|for|in|at|on|with|from|to|by|that|which|planned|coming|due|starting)\b)",
    re.IGNORECASE,
)
DETERMINER_START = regex_cache.compile(
    r"^(?:the|a|an|your|their|our|my|his|her|its|this|that|these|those|any|some|each|every|one|no|how|what|why|"
    r"whether|which|who|when|where)\b",
    re.IGNORECASE,
)


def _question(text: str) -> Phrase:
    """ "how would you handle a no-show" -> your question about "how I would handle a no-show"."""
    text = QUESTION_LEAD.sub("", text)
    text = WOULD_BE.sub(r"\1 \3 \2 be", text)  # "what would your priorities be" -> "what your priorities would be"
    text = QUESTION_VERB.sub(lambda m: f"{m.group(1).lower()} I {m.group(2).lower()} ", text)
    text = re.sub(r"^if\s+", "whether ", text)
    return Phrase(_swap_pronouns(text, SECOND_TO_FIRST), "question")


def _kind(text: str) -> Kind:
    # "multitasking because you're typing in CAD": a thing, then why; the thing decides.
    text = SUBORDINATE.split(text, maxsplit=1)[0]
    if RELATIVE_CLAUSE.match(text):
        return "np"  # "the new training you're rolling out": a thing they do, not a sentence
    words = text.split()
    if len(words) >= 3 and SUBJECT_PRONOUN.match(text):
        return "clause"  # "you process around 1,800 invoices a month"
    if re.match(r"^(?:you|they|we|it|he|she)['’](?:re|s|ll|ve|d)\b", text, re.IGNORECASE):
        return "clause"
    rest = " ".join(words[1:])
    if len(words) >= 3 and any(not _a_noun_at_the_end(text, m, rest) for m in CLAUSE_MARKERS.finditer(rest)):
        return "clause"
    return "np"


def _a_noun_at_the_end(text: str, marker: re.Match[str], rest: str) -> bool:
    """ "flattening of the rolled estate plans", "your Indonesia expansion plan": the last word ends a
    noun phrase, whatever else it can be."""
    if marker.end() < len(rest) or marker.group(0).lower() not in NOUNS_TOO:
        return False
    return bool(OF_THE_LAST.search(rest) or THE_THING.fullmatch(text))


OF_THE_LAST = regex_cache.compile(r"\bof\s+(?:the\s+|their\s+|your\s+|our\s+)?(?:[\w-]+\s+){0,3}[\w-]+$")
THE_THING = regex_cache.compile(r"(?:the|their|your|our|a|an|my)\s+(?:[\w-]+\s+){1,3}[\w-]+", re.IGNORECASE)
NOUNS_TOO = frozenset(
    "plan plans run runs use uses needs wants hopes aims works drop drops spike spikes break breaks hit hits "
    "face faces covers takes rolls opens launch launches".split()
)


BARE_QUESTION_TO_ME = regex_cache.compile(
    r"(?:what|how)\s+(?:do|would|should|did|will|can)\s+I\s+(?:do|handle it|handle that|respond|react)\W*", re.I
)


@lru_cache(maxsize=1024)
def skill_phrase(fragment: str) -> Phrase | None:
    """The candidate's experience: "my Kafka work at Lattice" or "I led the Postgres migration"."""
    # "Asked for a product I shipped end to end → told the instant payouts story": the answer is the experience
    if unreadable_in_english(fragment):
        return None  # "я сказал что мы юзали GRDB ему понравилось"
    answer = ARROW_ANSWER.match(tidy(fragment))
    fragment = answer.group(1) if answer else fragment
    fragment = f"my {fragment}" if answer and fragment[:1].isdigit() else fragment
    # "I told the story from Braintree about the refund retry outage" -> "the refund retry outage at Braintree"
    story = TOLD_THE_STORY.match(tidy(fragment))
    if story:
        told = re.sub(r"^the\s+", "", tidy(fragment)[story.end() :])
        return Phrase(f"my experience with the {told} at {story.group(1)}", "np")
    # "at Allmark Mutual, the claims dashboard in Tableau" -> "the claims dashboard in Tableau at Allmark Mutual"
    fragment = AT_PLACE_THEN_THING.sub(lambda m: f"{re.sub(r'^our', 'my', m.group(2))} at {m.group(1)}", tidy(fragment))
    # "they use Relativity, asked about my e-discovery work": the thought that is the candidate's own.
    # "… — how I'd handle. told her about my last job at Riverbend": a full stop parts thoughts too
    pieces = [piece for part in THOUGHT_BREAK.split(tidy(fragment)) for piece in LOWER_SENTENCE.split(part)]
    parts = [tidy(p) for p in pieces if len(p.split()) >= 3 and len(HOW_I.sub("", p).split()) >= 3]
    # "the outbox pattern, which I used at Shopify" -> "the outbox pattern I used at Shopify"
    parts = [
        f"{parts[i - 1]} {RELATIVE_I.sub('', part)}" if i and RELATIVE_I.match(part) else part
        for i, part in enumerate(parts)
    ]
    # "sign-off at each stage, like at my old practice" -> "sign-off at each stage at my old practice"
    parts = [
        f"{parts[i - 1]} {LIKE_AT_MY.sub('', part)}" if i and LIKE_AT_MY.match(part) else part
        for i, part in enumerate(parts)
    ]
    parts = [ANSWERED_YES.sub(lambda m: f"I've {m.group(1)} {m.group(2)}{m.group(3)}", p) for p in parts]
    candidates = [GAVE_MY.sub("", TOLD_THEM.sub("", p)) for p in parts if re.search(r"\b(?:I|my)\b", p)]
    # "asked whether I'm ok with crawl spaces, told him … I worked the plumbing aisle": what the
    # candidate did beats what they were asked.
    # What the candidate did themselves ("I helped write the protocol") before what "we" did.
    candidates.sort(key=lambda p: not re.match(r"I\b", p))
    own = next((p for p in candidates if not ASKED_ME.match(p)), candidates[0] if candidates else None)
    result = WORK_THEN_RESULT.match(tidy(fragment))
    if result and not own:  # "seller onboarding, cut drop-off 22%" -> "I cut drop-off 22% in seller onboarding"
        return Phrase(f"I {result.group(2)} {result.group(3)} in {result.group(1)}", "clause")
    text = shorten(own, MAX_SKILL_WORDS) if own else first_thought(fragment, MAX_SKILL_WORDS)
    text = re.sub(r"^(?:and|so|but|also|then|plus)\s+", "", text, flags=re.IGNORECASE)
    text = SAID_LEAD.sub("", text)
    text = re.sub(r"^(?:if|whether|how)\s+(?=I\b)", "", text, flags=re.IGNORECASE)  # "if I can sweat copper"
    text = re.sub(r"^(?:about|abt)\s+(?=my\b)", "", text, flags=re.IGNORECASE)  # "and about my thesis on …"
    if HOLE.search(text) or TO_DO.match(text) or BAD_SKILL_START.match(text) or THEIR_STORY.match(text):
        return None  # "Had my , the operations supervisor" lost a name; "I need to redo mine" is a to-do
    if OWN_ERRAND.match(text):
        return None  # "also need to send my Emirates ID copy to Priyanka": a to-do, with no "I"
    only_where = WHERE_I_WAS.fullmatch(text)
    deed = PLACE_THEN_DEED.match(only_where.group(1)) if only_where else None
    if deed:  # "when I was at Ogilvy I wrote the launch copy" -> "at Ogilvy I wrote the launch copy"
        return Phrase(f"at {deed.group(1)} {deed.group(2)}", "clause")
    if only_where:
        return Phrase(f"my experience at {only_where.group(1)}", "np")  # "when I was at Cardinal Paper Co"
    if re.match(r"^(?:at|in|on|when|while|during|before|after|with)\b.*\bI(?:['’](?:m|ve|d))?\s+\w+", text, re.I):
        return Phrase(text[:1].lower() + text[1:], "clause")  # "at Habitat ReStore I scheduled 200 volunteers"
    text = re.sub(r"^(?:yes|yeah|yep)[,.]?\s+", "", text, flags=re.IGNORECASE)
    if re.match(r"^I\b", text):
        return Phrase(text, "clause")
    if PAST_TENSE_START.match(text):
        return Phrase("I " + text[:1].lower() + text[1:], "clause")  # "did my practicum at Rio Grande"
    text = lower_first(text)
    if BARE_QUESTION_TO_ME.fullmatch(text):
        return None  # "…, what do I do": the question, with nothing of the candidate's answer
    if WH_START.match(text):
        return Phrase(f"what I shared about {text}", "np")
    if re.match(r"^(?:my|our)\b", text, re.IGNORECASE):
        return Phrase("my" + text[3:] if text[:3].lower() == "our" else text, "np")
    if re.match(r"^(?:the|a|an|this|that|those|these)\b", text):
        return Phrase(text, "np")  # "the margin model I built at Carta": a noun phrase, however long
    mine = re.search(r"\bmy\b.*", text)
    if mine and re.match(r"^(?:you|they|he|she|we|it)\b", text):
        return Phrase(mine.group(0), "np")  # "he liked my case study on X" -> "my case study on X"
    if _kind(text) == "clause" or re.match(r"^(?:you|they|he|she|we|it)\b", text):
        return None  # "they're pushing a new program" is about them, not the candidate
    return Phrase(f"my experience with {text}", "np")


# "when I was at Cedar Hollow Wildlife Park I trained our tigers": where, then what the candidate did there.
PLACE_THEN_DEED = regex_cache.compile(r"^(.+?)\s*[,:;–—-]?\s+(I\s+(?-i:[a-z]+)\b.*)$")
THING_THEIRS = regex_cache.compile(
    r"^([a-z][\w'’ -]{2,30}?),\s+(?:theirs|his|hers|ours)\s+(is|are|was|were|has)\s+(.+)$", re.I
)
# "covenant monitoring, you're behind on annual reviews"; not "commercial rtu's, growing VRF side, want …".
THING_AND_THEIR_NEWS = regex_cache.compile(
    r"^([^,]{3,40}?)\s+(?:and|\+)\s+((?:they|he|she)['’](?:re|s)\s+\w+ing\b.{8,})$", re.I
)
NOUN_THEN_CLAUSE = regex_cache.compile(r"^([A-Za-z][\w'’/&-]*(?:\s+[\w'’/&()-]+){1,3}),\s+(?![\w'’-]+ing\b)[^\W\d_].*$")
BE_OR_HAVE = regex_cache.compile(
    r"\b(?:is|are|was|were|has|have|had|do|does|did|I|you|we|they|he|she)\b", re.IGNORECASE
)
# A short subject, then what they said of it: "housekeeping handover, he thinks communication … is a mess".
# Not when the view points back at the thing ("math, she admitted teachers struggle with it").
THING_THEN_VIEW = regex_cache.compile(
    r"^(?!.*\b(?:he|she|they|you)\b[^,]*,)[\w'’ -]{3,40},\s+"
    r"((?:he|she|they)\s+\w+\b(?!.*\b(?:it|this|that one|them)\b).{12,})$",
    re.IGNORECASE,
)
# "he wanted to know if I'd used Dexis before which I have at my last job": a yes, said as experience.
ANSWERED_YES = regex_cache.compile(
    r"^.*?\b(?:wanted to know|asked(?: me)?|wondered)\s+(?:if|whether)\s+I(?:['’]d|\s+had|\s+have|['’]ve)?\s+"
    r"(used|worked with|worked on|done|run|led|managed|taught|built|trained)\s+(.+?)(?:\s+before)?,?\s+"
    r"(?:which|and|yes)\s+I\s+(?:have|had|did)\b,?(.*)$",
    re.IGNORECASE,
)
ARROW_ANSWER = regex_cache.compile(
    r"^[^()→]*?\s(?:→|->|=>|[-–—])\s+(?:I\s+)?"
    r"(?:told|talked about|explained|gave|described|walked (?:her|him|them) through)\s+"
    # a thing told, not "about when I was at …"; or how long: "q's re: exp → told him 2 yrs cajera Oxxo"
    r"(?:(?:her|him|them)\s+)?(?:about\s+)?((?:the|my|our)\s.{6,}|\d+\s+(?:years?|months?)\s.{6,})$",
    re.IGNORECASE,
)
TOLD_THE_STORY = regex_cache.compile(
    r"^(?:I\s+)?(?:told|shared|gave)\s+(?:the|a|my)\s+(?:story|example)\s+(?:from|at)\s+([A-Z][^,]{1,40}?)\s+about\s+",
    re.IGNORECASE,
)
LOOK_LIKE = regex_cache.compile(r"^what (?:does|do) (.{3,40}?) look like\b", re.IGNORECASE)
HOW_IS_IT_DONE = regex_cache.compile(
    r"^how (is|are) ((?:the |your |their )?[a-z]+(?: [a-z]+)?) ([a-z]+ed)\b", re.IGNORECASE
)
YES_NO_ABOUT_ME = regex_cache.compile(
    r"^(?:comfortable|familiar|experienced|ok|okay|happy|willing|open|able)\s+(?:with|to|in|doing|working)\b", re.I
)
WORRIED_ABOUT = regex_cache.compile(
    r"^(?:(?:is|was|are|were)\s+)?(?:worried|concerned|anxious)\s+(?:about|abt|by)\s+", re.I
)
ASKED_TO_TELL = regex_cache.compile(
    r"^(?:(?:walk|talk|take)\s+(?:us|me)\s+through|tell\s+(?:us|me)\s+about)\s+(?=(?:the|my|your|our|their)\b)",
    re.I,
)
NUMBERED_QUESTION = regex_cache.compile(
    r"^(?:(?:first|last|final|next|another|one more|second|third|1st|2nd|3rd)\s+(?:question|q)\s*[-–—:,]+\s*)", re.I
)
WOULD_BE = regex_cache.compile(
    r"^(how|what|why|when|where|which)\s+(would|will|could|should)\s+((?:your|my)\s+[\w -]+?)\s+be\b", re.I
)
HOW_AT_EASE = regex_cache.compile(
    r"how\s+(comfortable|familiar|confident|experienced|happy)\s+are\s+you\s+(with|in|at|about|doing)\s+(\S.*)$", re.I
)
TELL_ABOUT_A = regex_cache.compile(r"(?:tell|give)\s+(?:us|me)\s+(?:about|an example of)\s+(?=(?:a|an|one)\s)", re.I)
ASKED_TO_EXPLAIN = regex_cache.compile(
    r"^(?:walk|talk|take|run)\s+(?:us|me)\s+through\s+(?=(?:how|what|why|when)\b)", re.I
)
WORK_THEN_RESULT = regex_cache.compile(
    r"^([a-z][\w -]{2,40}),\s+(cut|reduced|increased|grew|raised|lifted|saved|doubled|halved|improved)\s+(\S.{2,60})$",
    re.IGNORECASE,
)
AT_PLACE_THEN_THING = regex_cache.compile(
    r"^(?:at|with|for)\s+([A-Z][^,]{1,40}),\s+((?:the|a|an|my|our)\s+[^,—–;]{3,80}?)(?=\s*(?:[,—–;]|$))"
)
WHERE_I_WAS = regex_cache.compile(r"(?:when|while)\s+I\s+(?:was|worked)\s+at\s+([^,;]+?)\.?", re.IGNORECASE)
REPORTED_THAT = regex_cache.compile(
    r"^(?:[^,]{0,40},\s*)?(?:he|she|they)\s+(?:stressed|said|mentioned|noted|explained|emphasi[sz]ed)\s+(?:that\s+)?(.+)$",
    re.IGNORECASE,
)
OFFICE_DAYS = regex_cache.compile(
    r"^\W*(?:(?:the\s+)?(?:role|job|position)['’]s\s+|it['’]s\s+)?"
    r"(?:(?:hybrid\W*)?\d+ days?(?: a week| per week)? (?:in )?(?:the )?(?:office|on[- ]?site|in[- ]person)\b"
    r"|hybrid\W*\d+ days?(?: a week| per week)? in\b)",  # also "the role's hybrid 3 days in Livingston"
    re.I,
)
WHEN_ONLY = regex_cache.compile(
    r"\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"(?:,?\s+(?:@\s*|at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|a|p)?)?\W*",
    re.IGNORECASE,
)
ONLY_THERE_A_WHILE = regex_cache.compile(
    r"^\W*(?:only|just)\s+(?:there|in|stayed|joined)\s+(?:for\s+)?(?:\d+|a few|ten|five|fifteen)\s*"
    r"(?:min|mins|minutes)\b\s*[,;]\s*(?:and\s+)?",
    re.IGNORECASE,
)
WORD = regex_cache.compile(r"[^\W\d_]+")
FORMALITY = regex_cache.compile(
    r"\b(?:security|police|background|baseline|dbs|nv1|nv2)\s+(?:\([^)]*\)\s+)?(?:clearance|check)s?\b"
    r"|\b(?:merit|eligibility|order of merit)\s+list\b",
    re.I,
)
SOMEONE_ELSE_FIRST = regex_cache.compile(
    r"^\W*(?:the\s+|my\s+)?(?:recruiter|receptionist|security(?:\s+(?:man|guard))?|guard|driver)\s+(?-i:[A-Z])", re.I
)
GOOD_WORD = regex_cache.compile(r"\bput in a (?:good )?word\b|\bnice of (?:her|him|them)\b", re.IGNORECASE)
TENURE_ONLY = regex_cache.compile(r"\W*\d+\+?\s*(?:yrs?|years?)(?:\s+(?:here|there|in|exp|experience))?\W*", re.I)
# Words a thank-you never repeats back: "he said the irb here is slow af"
CRUDE = regex_cache.compile(r"\b(?:af|wtf|ffs|omfg|shit\w*|crap\w*|sucks?|damn\w*|fuck\w*|pissed)\b", re.IGNORECASE)
# What pay is called in notes; a line that starts with one is about pay.
PAY_WORDS = (
    r"pay|salary|wage|wages|compensation|comp|benefits|pto|bonus|rate|cpm|car allowance|commission|"
    r"equity|stock options|relocation|award rate|overtime|ot|ctc|expected salary|package|superannuation|"
    r"salario|sueldo|salário|salaire|gehalt|ral|retribuzione|stipendio|pensja|wynagrodzenie|gaji|"
    r"\$"  # "Salario: S/ 3,200 mensual", "$: told Ishikawa-san 9.5M yen", Italian "RAL: 38-42k"
)
MONEY_TALK = regex_cache.compile(
    rf"^\W*(?:{PAY_WORDS})\b|"
    r"[$€£₹]\s?\d|\d\s?/\s?(?:hr|hour)\b|\bctc\b|\bsalary (?:band|range|is)\b|"
    r"\bper (?:hour|mile)\b|\bpay (?:is|range|rate)\b|\bcpm\b|"
    # "a consolidated 70k per month", dictated "180 thousand a month"
    r"\b\d+(?:[.,]\d+)?(?:k|\s+thousand|\s+grand)?\s+(?:per|a|/)\s*(?:month|annum|year|yr)\b|"
    # "the apprentice rate is 33 percent of craft rate", "she said salary 7.5 triệu a month"
    r"\brate is\b|\bcraft rate\b|\bsaid salary\b|\bpays? (?:award|above award|over award)\b|\bpenalty rates\b|"
    # amounts in millions and thousands the way Indonesia, Vietnam, India and Brazil write pay: "7-8,5 jt", "25-30tr",
    # "12 LPA", "R$ 7.800", "11 juta"
    r"\d\s?(?:jt|juta|tr|triệu|lpa|lakhs?)\b|\bR\$\s?\d|\brange\s+\d|"
    # "165 plus car allowance plus bonus"
    r"\b\d+k?\s+(?:plus|\+)\s+(?:car|vehicle|phone)?\s*allowance\b|\b(?:car|vehicle) allowance\b|"
    # "36k + staff discount", "45k plus bonus": a sum of pay with its extras
    r"^\W*\d{2,3}(?:[.,]\d)?k\b\s*(?:\+|plus|and|w/|with)\s*"
    r"(?:staff discount|discount|bonus|benefits|super|pension|tips)\b",
    re.IGNORECASE,
)
# A word that needs what follows it, followed by punctuation: something was cut out.
HOLE = regex_cache.compile(
    r"\b(?:my|your|the|a|an|with|of|to|and|at)\s*[,.;:]|,\s*,|"
    r"\b(?:my|your|the|a|an)\s+(?:he|she|they|it|you|I)(?:['’]\w+)?\b",  # "I just finished my he's the owner"
    re.IGNORECASE,
)
# How a sayable phrase never starts: "of your patients are seniors", "not an ML role but …", "which I used at …".
# also a chat's courtesies: "Sorry — got stuck on a CRO call", "Hi all, we'll give Brian one more minute"
BAD_START = regex_cache.compile(
    r"^(?:of|and|or|but|so|for|by|from|not|which|that|who|whom|where|sorry|hi all|good morning|thanks all)\b",
    re.IGNORECASE,
)
TABLE_CELLS = regex_cache.compile(r"\s+\|\s+")
# "8 to 4 30", "9-5"; not "3-4 weeks"
HOURS = regex_cache.compile(
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:to|-|–)\s*\d{1,2}\b(?!\s*(?:weeks?|days?|months?|years?|yrs?|wks?))",
    re.IGNORECASE,
)
SCHEDULE_TALK = regex_cache.compile(
    r"^\W*(?:the\s+)?(?:(?:schedule|hours|shifts?|rota|notice(?: period)?|part[- ]time|full[- ]time)\b|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*[-–]|\d+\s*(?:hours|hrs|days|nights)\b)",
    re.IGNORECASE,
)
LOWER_SENTENCE = regex_cache.compile(r"(?<=[a-z])\.\s+(?=[a-z])")
HOW_I = regex_cache.compile(r"^(?:how|if|whether)\s+(?=I\b)", re.IGNORECASE)
# "…, like at my old practice": where the candidate did the same, said of the thought before it.
LIKE_AT_MY = regex_cache.compile(r"^(?:just\s+)?(?:like|as)\s+(?=(?:at|in|with)\s+my\b)", re.IGNORECASE)
RELATIVE_I = regex_cache.compile(r"^(?:which|that)\s+(?=I\b)", re.IGNORECASE)
BAD_SKILL_START = regex_cache.compile(r"^(?:of|not|which|who|whom|where)\b", re.IGNORECASE)
# Someone else's action told as a story: "Declan came back to ask …", "Desmond walked me out".
THEIR_STORY = regex_cache.compile(
    r"^[A-Z][\w'’-]+\s+(?:came|walked|showed|said|told|gave|took|thanked|shook|laughed)\b"
)
# What they did, said without a subject: "had me listen to a call recording" -> "you had me listen …".
NAMED_GIVER = regex_cache.compile(r"^(?!I\s)[A-Za-z][\w'’-]+\s+(?=(?:gave|showed|handed|sent)\s+me\s)")
HANDED_ME = regex_cache.compile(r"^you (gave|showed|handed|sent) me (?:a|an|the) ([\w'’ -]{3,50})$", re.IGNORECASE)
THEIR_DEED = regex_cache.compile(r"^(?:just\s+)?(?:had|gave|showed|walked|took)\b", re.IGNORECASE)
RELATIVE_CLAUSE = regex_cache.compile(
    r"^(?:the|a|an|your|their|our|this|these|those)\s+(?:(?!and\b|but\b)[\w-]+\s+){1,5}(?:(?:that|which)\s+)?"
    r"(?:you|they|we)(?:['’](?:re|ve)\b|\s+(?!are|were|have|had|will|can)\w)",
    re.IGNORECASE,
)
SUBORDINATE = regex_cache.compile(r"\s+(?:because|since|while|although|though|so that)\s+", re.IGNORECASE)
SUBJECT_PRONOUN = regex_cache.compile(r"^(?:you|they|we|he|she)\s+(?!all\b|both\b)[a-z]+\b", re.IGNORECASE)
# "asked re my ticket", "asked me to present the intake redesign", "told Henrik about my 6 years":
# what follows is the skill.
SAID_LEAD = regex_cache.compile(
    r"^(?:(?:and\s+)?I\s+(?:talked|spoke)\s+(?:about|abt)|"
    r"asked(?:\s+me)?(?:\s+to\s+(?:present|describe|explain|walk\s+(?:her|him|them)\s+through|talk\s+about))?"
    r"(?:\s+(?:about|abt|re:?))?|talked\s+(?:about|abt)|told\s+(?:her|him|them|[A-Z][\w'’-]+)(?:\s+about)?|"
    r"(?:I\s+)?said(?:\s+that)?(?=\s+I\b))\s+"  # "said I'd done the pressure ulcer audit at SM"
)
ASKED_ME = regex_cache.compile(r"^(?:he|she|they)?\s*asked\b", re.IGNORECASE)
# "gave my restorative circles example" -> "my restorative circles example"; "Liked my sensory panel program
# from Blue Ridge Ales" (they liked it) -> "my sensory panel program …": the candidate's own work
GAVE_MY = regex_cache.compile(
    r"^(?:I\s+)?(?:gave|shared|offered|used|brought up|(?:he|she|they)?\s*(?:liked|loved|was interested in))"
    r"\s+(?=my\b)",
    re.IGNORECASE,
)
TOLD_THEM = regex_cache.compile(
    r"^(?:(?:I\s+)?told (?:him|her|them)\s+(?:about\s+)?(?:(?:yes|no)\b,?\s*)?|(?:yes|no)\b,?\s+)"
    r"(?:and\s+)?(?:that\s+)?(?=\w)",
    re.IGNORECASE,
)
# "the at Ortega Landscape": what is left when a name was cut out of a sentence; never say it.
BROKEN_ARTICLE = regex_cache.compile(r"\b(?:the|a|an)\s+(?:at|in|on|for|with|of|to|and|from)\b", re.IGNORECASE)


# How someone came across, anywhere in a phrase: "Joanne seemed kind of cold honestly", "Piotr very quiet
# but friendly", "you seemed really keen". Said to yourself, never in their thank-you.
IMPRESSION_ANY = regex_cache.compile(
    r"\b(?:seemed|seems)\s+(?:(?:a\s+bit|kind\s+of|kinda|really|very|super|pretty|quite|so)\s+)?"
    r"(?:keen|nice|friendly|cold|flat|pressed|rushed|distracted|bored|tired|impressed|interested|happy|unhappy|"
    r"annoyed|skeptical|sceptical|warm|intense|lovely|chill|relaxed|to (?:like|want|appreciate|enjoy))\b|"
    r"\b(?:very|really|super|v|so|pretty|a bit|kinda|quite)\s+"
    r"(?:nice|friendly|quiet|chill|relaxed|cold|flat|keen(?!\s+(?:on|to)\b)|intense|fun|formal|warm|lovely|chaotic)\b",
    re.IGNORECASE,
)
# The question every interview asks, before what this one raised: "why I left SwiftRide NG, handling driver …"
WHY_I_LEFT = regex_cache.compile(
    r"^\W*(?:asked\s+)?why I(?:['’]m| am)? (?:left|leaving|want to leave|quit)\b[^,;]*[,;]\s*(?=\w)", re.IGNORECASE
)
# How they came across, before what they asked: "more relaxed, asked about …", "very sharp, also asked if …"
IMPRESSION_WORD = (
    r"(?:(?:more|less|very|super|quite|really|a bit|kinda|pretty|v)\s+)?"
    r"(?:relaxed|chill|formal|serious|friendly|nice|warm|strict|intense|sharp|quiet|lovely|kind|direct|tough|"
    r"down to earth|easy to talk to)"
)
# also "she was lovely, very down to earth, asked loads about supplier negotiations …": several, said of her
LEADING_IMPRESSION = regex_cache.compile(
    rf"^\W*(?:(?:she|he|they)\s+(?:was|were|is|are|seemed)\s+)?{IMPRESSION_WORD}(?:\s*,\s*{IMPRESSION_WORD})*"
    r"\s*[,;]\s*(?:(?:and|but)\s+)?(?=(?:also\s+)?(?:asked|talked|wanted|quizzed|grilled|focused|drilled|dug)\b)",
    re.IGNORECASE,
)
# "my time at Chorus on the UFB rollout which Marama seemed to like": the experience, not how it landed;
# "dbt, never used it": the topic, not the candidate's admission after it.
TRAILING_IMPRESSION = regex_cache.compile(
    r"[\s,]+(?:which|and|but|so)\s+(?:[\w'’]+\s+){0,3}?(?:seemed|seems)\b.*$|"
    r",\s*(?:I\s+)?(?:never|haven['’]?t|have not|not yet|not)\s+(?:used|tried|touched|worked with|done)\b.*$",
    re.I,
)


def without_impression(phrase: Phrase | None) -> Phrase | None:
    """The phrase without a trailing impression; None when how someone came across is all it says."""
    if phrase is None:
        return None
    text = TRAILING_IMPRESSION.sub("", phrase.text)
    return None if IMPRESSION_ANY.search(text) or len(text.split()) < 2 else Phrase(text, phrase.kind)


# What the candidate thought of them: "and honestly really nice but old school", "super friendly".
IMPRESSION = regex_cache.compile(
    r"^(?:(?:and|but|so|honestly|he['’]s|she['’]s|they['’]re|was|were|is|really|very|v|super|so|pretty|kinda|quite)\s+)*"
    r"(?:nice|friendly|lovely|kind|old[- ]school|intimidating|chill|warm|funny|sweet|strict|tough|intense|"
    r"good vibes?|bad vibes?|vibes?|gruff|awkward|"
    r"(?:older|younger|young|old|nice|lovely) (?:guy|man|woman|lady|bloke|gentleman|chap|gal)|"  # "older guy, …"
    r"easy to talk to|down to earth|laid[- ]back|cool|great|awesome|"
    r"(?:calm|quiet|serious|formal|dry|blunt|direct|sharp|stern|reserved)(?=\s*(?:[,.;!]|$|and\b|but\b|until\b))|"
    r"(?:a )?(?:dry |good |great )?sense of humou?r|liked (?:me|you))\b",
    re.IGNORECASE,
)
# The candidate's own deed in their list: "did a mock cold call w/ him on the wound care line".
MY_DEED_WITH_THEM = regex_cache.compile(
    r"^(?:did|ran|gave|made|built|sketched|drew)\b.*\b(?:w/|with|for|to)\s+(?:him|her|them)\b", re.I
)
WHAT_WE_DID = regex_cache.compile(
    r"^we\s+(?:sat|met|walked|went|had|started|ended|were|chatted|talked|spoke|did|got|finished)\b|"
    # "Pieter did the technical stuff", "Gilles did most of the regulatory stuff": who took which part
    r"^(?:so\s+)?(?-i:[A-Z])[\w'’-]+\s+did\s+(?:the|most of the|all the|all of the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:stuff|bits?|part|side|questions|talking)\b",
    re.IGNORECASE,
)
TO_DO = regex_cache.compile(r"^I\s+(?:need|have to|want to|should|must|will|'ll|’ll|gotta)\b", re.IGNORECASE)
HE_HAS = regex_cache.compile(
    r"\b(?:he|she)['’]s(?=\s+(?:got|been|had|done|seen|made|gone|taken|given|told|asked|worked)\b)", re.I
)
# also "… offer call with her." at the end: whom, not whose
HER_AS_OBJECT = regex_cache.compile(
    r"\bher\b(?=\s+(?:a|an|the|some|this|that|these|those|my|\d)\b|\s*(?:[.,;:!?)]|$))", re.IGNORECASE
)
