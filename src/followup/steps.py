"""The agreed next step, said from the candidate's side: "said he'd call friday" -> "you'd call Friday"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from followup import regex_cache
from followup.models import Interviewer
from followup.names import find_names, same_person
from followup.notes_rules import NO_NEXT_RE, WHO_ARRANGED
from followup.voice import PAY_WORDS, SUBJECT_START, THEIR_STORY, Phrase, lower_first, shorten, tidy, to_second_person

CANDIDATE_ACTION = regex_cache.compile(
    r"^(?:come|meet|bring|send|do|complete|submit|prepare|present|finish|schedule|take|fill out|sign|upload|"
    r"share|write|record|return|book|wear|arrive|dress|pack|print|"
    r"shadow (?:her|him|them|a|an|the|one)|call (?:her|him|them|back))\b(?!-)",  # not "take-home"
    re.IGNORECASE,
)


NEXT_PREFIX = regex_cache.compile(
    # "So next step, Thandi said she'll WhatsApp me by Thursday": a spoken "so" and a comma
    r"^(?:(?:so|and|ok|okay|anyway|right)[,\s]+)?(?:the\s+)?next\s+steps?\s*,\s+|"
    r"^(?:the\s+)?(?:next(?:\s+(?:steps?|rounds?|stages?))?|(?:second|2nd|third|3rd|final)\s+(?:stage|round|rd|step)|final)\b\s*"
    # not "second round is online with the plant GM": how the round will be held, kept with the round
    r"(?:(?:is|are|would be|will be)\b"
    r"(?!\s+(?:online|virtual|remote|in[- ]person|on[- ]?site|by phone|on (?:zoom|teams))\b)"
    # also dictated with no comma: "next step charmaine said she'll call me friday"
    r"|[:\-–—=>→⇒]+|➡️?|(?=(?:he|she|they)\s+said\b)"
    r"|(?=[^\W\d_][\w'’-]*\s+said\s+(?:that\s+)?(?:he|she|they|we)(?:['’]\w+)?\s))\s*(?:(?:just|only)\s+)?",
    re.IGNORECASE,
)


def next_step_phrases(fragment: str, person: Interviewer, people: Sequence[Interviewer] = ()) -> list[Phrase]:
    """The agreed next step, one phrase per clause, from the candidate's point of view.

    A clause with a subject ("you'll email times", "Omar will email times") is "clause";
    the candidate's own promise ("I'll send a lesson plan") is "np" with a leading "I'll";
    a bare step ("system design with Anna next week") is "np".
    """
    phrases = []
    fragment = LEADING_FILLER.sub("", fragment.strip())
    # "next step they said | is a reference check": what is left after a run-on line was cut
    fragment = re.sub(r"^(?:is|are|would be|will be)\s+(?=(?:a|an|the|my|your)\s)", "", fragment, flags=re.I)
    subject = "they"
    # "they're seeing two more candidates tomorrow and will phone everyone by Friday": two clauses.
    fragment = SAID_NEXT_IS.sub("", fragment)  # "Mdm Tan said next is HQ will call …" -> "next is HQ will call …"
    fragment = NEXT_SAID_IS.sub("", fragment)  # "Next step, Lucy said, is a site visit …" -> "a site visit …"
    clauses = [c for half in _at_and_will(NEXT_PREFIX.sub("", fragment)) for c in _split_clauses(shorten(half, 24))]
    for clause in clauses:
        if FILLER.match(clause) or PAY_IS.match(clause) or NO_NEXT_RE.search(clause) or WHO_FROM.fullmatch(clause):
            continue  # "As I mentioned, …"; "salary is 108k, …": pay is no step; "he didn't say what's next"
        said_by = PRONOUN_SUBJECT.match(clause)
        if len(clauses) > 1 and OTHER_CANDIDATES.search(clause) and not FUTURE.search(clause):
            subject = said_by.group(1).lower() if said_by else subject
            continue  # "she has 2 more candidates, will decide by Friday": who else they see is no step
        clause = SAID_A_ROUND.sub("", clause)  # "suresh sir said final round next week" -> "final round next week"
        clause = clause if STEP_IS.match(clause) else NEXT_PREFIX.sub("", clause)  # "…, then final is just a chat"
        clause = THING_THEN_WHAT.sub(r"\1 (\2)", clause)  # "a short writing sample: a one-page …"
        text = _names_capitalised(lower_first(tidy(clause)), [person, *people])
        # "she has 2 more candidates, will decide by Friday": the second clause is still hers.
        text = f"{subject} {text}" if re.match(r"(?:will|would)\s", text) else text
        said_by = PRONOUN_SUBJECT.match(text)
        subject = said_by.group(1).lower() if said_by else subject
        reporter = REPORTER.match(text)
        if reporter and not same_person(V_D.sub("van der ", reporter.group(1)), person.name):
            # "Tanya said she'd call my references": said as the notes say it to everyone but Tanya.
            phrases.append(Phrase(TRAILING_HEDGE.sub("", HEDGE.sub("", text)), "clause"))
            continue
        text = REPORTED.sub("", text)  # "said he'd call friday" -> "he'd call friday"
        text = THEY_THEN.sub(r"\1 will ", text)  # "…, then they decide": what they will do next
        text = SAID_FIRST.sub("", text)  # "said feedback in 3-5 working days" -> "feedback in 3-5 working days"
        step_is = STEP_IS.match(text)
        if step_is:  # "final step is references" -> "the references"
            rest = text[step_is.end() :]
            text = rest if re.match(r"(?:the|a|an|my)\b", rest) else f"the {rest}"
        text = HEDGE.sub("", text)  # "prob call by tues" -> "call by tues"
        text = re.sub(r"^(?:expect|await)\s+(?=(?:a|an|the)\s)", "", text, flags=re.I)  # "expect a call this week"
        # "there's a short practical test" -> "a short practical test"; "if I move forward there's a
        # practical" -> "a practical if I move forward": the thing to look forward to, then its condition.
        there = THERE_IS.match(text)
        if there:
            text = f"{there.group(2)} {there.group(1).strip(' ,')}".strip()
        text = TRAILING_HEDGE.sub("", text)  # "call me monday w an offer probly" -> "… w an offer"
        if THEIR_STORY.match(text) and not FUTURE.search(text):
            continue  # "Desmond walked me out": what happened, not a step
        if WHO_ARRANGED.search(text) and not (FUTURE.search(text) or re.search(r"\bto\b", text)):
            continue  # "Kate from HR organised the time" booked it; "Kristen will set it up" is a step
        text = re.sub(r"^([A-Z][\w'-]+|recruiter|hr)\s+to\s+(?=\w)", r"\1 will ", text)  # "Fiona to confirm"
        text = re.sub(r"[\"“”]", "", text)  # 'just "we'll be in touch"': their words, said in the candidate's
        text = re.sub(r"^(?:just|only)\s+(?=(?:we|they|he|she)\b)", "", text, flags=re.I)  # 'just "we'll be in touch"'
        # Their words quoted: "we'll come back to you within the week" -> "you'll come back to me …"
        text = QUOTED_TO_YOU.sub(r"\1 me", text) if re.match(r"(?:we|they)\b", text, re.I) else text
        text = TO_US.sub(r"\1 me", text)  # "they'd let us know by Wednesday": us, the candidates, is me
        # a transcript's "…, you will meet the shift leads": said to the candidate, so it is the candidate's step
        text = re.sub(r"^you(?:['’]ll|\s+will)\s+", "I'll ", text, flags=re.IGNORECASE)
        text = _to_you_until_someone_else(_recipient_to_you(text, person), person, people)
        text = re.sub(r"\bI\s+(?:should|need to|am to|have to|will)\b", "I'll", text)
        text = re.sub(r"^i'll\b", "I'll", text)
        text = re.sub(r"^to\s+(?=\w)", "", text) if CANDIDATE_ACTION.match(text[3:]) else text  # "to come in Monday"
        if CANDIDATE_ACTION.match(text):
            text = "I'll " + text  # "bring my tool list" is the candidate's own next step
        if re.match(r"I'll\s+(?:get|receive|hear|be sent|be contacted|be told)\b", text):
            phrases.append(Phrase(text, "clause"))  # "they said I will get an email …": theirs to send, not my promise
        elif text.startswith("I'll"):
            phrases.append(Phrase(text, "np"))
        elif SUBJECT_START.match(text) or _has_subject_and_verb(text):
            phrases.append(Phrase(ROLE_SUBJECT.sub(r"the \1", text), "clause"))  # "the recruiter (Alexis) will call"
        elif text:
            phrases.append(Phrase(_with_article(text), "np"))
    return phrases[:2]


HEDGE = regex_cache.compile(
    r"^(?:(?:I\s+)?(?:might|may)\s+(?:need|have)\s+to\s+(?:do\s+)?|"
    r"not (?:totally |really |entirely |quite )?sure,?\s*(?:maybe\s+)?|"
    r"(?:prob|probably|probly|prolly|maybe|possibly|likely|hopefully)\b\s*)",
    re.IGNORECASE,
)


TRAILING_HEDGE = regex_cache.compile(
    r"[\s,]+(?:prob|probably|probly|prolly|i think|hopefully|maybe|lol)\W*$", re.IGNORECASE
)


# "recruiter = Zhi Hao from TA team, said feedback in 3-5 working days": whose team, no step
WHO_FROM = regex_cache.compile(r"from (?:the )?[\w&'’ -]{1,30}?(?:team|dept|department|hr|ta|office)", re.IGNORECASE)
SAID_FIRST = regex_cache.compile(r"^(?:said|says|mentioned)\s+(?=(?:feedback|a|an|the|final|next)\b)", re.IGNORECASE)
# "final step is references" -> "the references"
STEP_IS = regex_cache.compile(
    r"^(?:the\s+)?(?:final|next|last|only)\s+(?:step|stage|thing)\s+(?:is|will be|would be)\s+", re.I
)
FUTURE = regex_cache.compile(r"\b(?:will|'ll|’ll|would|'d|’d)\b")
# Who reported a step, and the step itself: "Ms. Santiago said she'll endorse me"
V_D = regex_cache.compile(r"\bv\.\s?d\.\s*")  # "v.d." is how "van der" is written short
# also a surname with its particles: "Prof. v.d. Merwe said HR will send …"
SPEAKER = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Mdm)\.?\s+)?(?:(?:v\.\s?d\.|van|von|de|da|der|den|la|le)\s+){0,2}[A-Z][\w'’-]+"
SAID_NEXT_IS = regex_cache.compile(
    rf"^{SPEAKER}\s+(?:said|says|told me)\s+(?=next\s+(?:steps?\s+)?(?:is|are|will be)\b)"
)
NEXT_SAID_IS = regex_cache.compile(
    rf"^(?:(?:so|and|ok)[,\s]+)?(?:the\s+)?next\s+(?:steps?|stage)\s*,\s*{SPEAKER}\s+(?:said|says|mentioned)\s*,\s*"
    r"(?:is|are|will be|would be)\s+",
    re.IGNORECASE,
)
REPORTER = regex_cache.compile(rf"^({SPEAKER})\s+(?:said|says|mentioned|told me)\b")
REPORTED = regex_cache.compile(
    rf"^(?:(?:he|she|they|{SPEAKER})\s+)?"
    r"(?:said|says|mentioned|told me)\s+(?:that\s+)?"
    # also "they said I will get …", "Kristen said they're doing final rounds the week of the 21st"
    r"(?=(?:he|she|they|we|I|[A-Z][\w'-]+)(?:['’](?:d|ll)\b|\s+(?:will|would)\b)|(?:they|we)(?:['’]re|\s+are)\s+\w+ing\b)",
    re.IGNORECASE,
)


def _has_subject_and_verb(text: str) -> bool:
    """ "Omar will email times", "Kwame's assistant emails a date", "references will be checked this week",
    "the debrief is Monday": someone or something does or is something, a whole sentence."""
    return bool(SOMEONE_DOES.match(text) or SOMETHING_WILL.match(text))


TITLE_BEFORE = r"(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.?\s+"
# "Omar will", "Kwame's assistant emails", "Neha from HR will", "HR does pre-employment checks", "Prof. Solberg will"
SOMEONE_DOES = regex_cache.compile(
    rf"^(?:{TITLE_BEFORE}(?:[A-Z][\w'’-]+\s+)?)?[A-Z][\w'’-]+(?:['’]s\s+\w+|\s+(?:from|at|in)\s+(?:the\s+)?[\w&-]+)?\s+"
    r"(?:will|'ll|to|sends?|emails?|calls?|sets?|gets?|does|do)\b"
    # "Aroha's doing reference checks this week": she is doing them
    rf"|^(?:{TITLE_BEFORE})?[A-Z][\w-]+(?:['’]s|\s+is)\s+\w+ing\b"
)


# "salary is 108k", "pay: $22/hr", "CTC 14 LPA"; not "HR will call for the CTC discussion".
PAY_IS = regex_cache.compile(rf"^\W*(?:the\s+)?(?:{PAY_WORDS})\b\s*(?:is|are|was|of|[:=~]|\d|[$£€₹])", re.IGNORECASE)
# "a short writing sample: a one-page budget narrative": the step, then what it is.
THING_THEN_WHAT = regex_cache.compile(r"^((?:a|an|the)\s+[^:()]{3,40}?):\s+(.{6,})$", re.IGNORECASE)
QUOTED_TO_YOU = regex_cache.compile(
    r"\b(back to|contact|call|email|ring|text|update|let|send|get back to|reach out to)\s+you\b", re.IGNORECASE
)
TO_US = regex_cache.compile(
    r"\b(let|email|e-mail|send|tell|call|contact|update|inform|notify|ring|text|invite|get back to|reach out to|"
    r"write to)\s+us\b",
    re.IGNORECASE,
)
FILLER = regex_cache.compile(r"^\W*(?:as (?:I|we|you) (?:mentioned|discussed|said)|as discussed|like I said)\W*$", re.I)
# Who said it, before a round or a step that is a thing: "suresh sir said final round with plant head".
SAID_A_ROUND = regex_cache.compile(
    r"^(?:[\w'’.-]+\s+){1,3}?(?:said|says|mentioned)\s+(?:that\s+)?"
    r"(?=(?:the\s+|a\s+)?(?:final|next|second|2nd|third|3rd)\s+(?:round|stage|step|interview)\b)"
    # "…set up the call, said feedback within 5 business days": the clause whose speaker was before the comma
    r"|^(?:said|says|mentioned)\s+(?:that\s+)?(?!(?:he|she|they|we|i|you|it)\b)(?=\w)",
    re.IGNORECASE,
)


def _names_capitalised(text: str, people: Sequence[Interviewer]) -> str:
    """ "mrs owusu will present to the board" -> "Mrs Owusu will …": the notes' own people, written as names."""
    parts = {p for person in people for p in (person.first_name, person.last_name) if len(p) > 2}
    for part in sorted(parts, key=lambda p: (-len(p), p)):  # "Director Kim" before "Kim", the same every run
        text = re.sub(rf"(?<![\w@.]){re.escape(part.lower())}\b", part, text)
    return TITLE_LOWER.sub(lambda m: m.group(1).capitalize() + m.group(2) + m.group(3).upper(), text)


TITLE_LOWER = regex_cache.compile(r"\b(mrs|mr|ms|dr)(\.?\s+)([a-zA-Z])(?=[a-z'-]+\b)")
PRONOUN_SUBJECT = regex_cache.compile(r"^(he|she|they)\b", re.IGNORECASE)
ROLE_SUBJECT = regex_cache.compile(
    r"^(recruiter|coordinator|hiring manager|manager|director|panel|team|office|owner|partner|store manager)\b(?=\s)"
)
THERE_IS = regex_cache.compile(
    r"^((?:(?:if|once|assuming|when)\b[^,]*?,?\s+)?)there(?:['’]s|\s+is|['’]d\s+be|\s+would\s+be|\s+will\s+be)\s+(.+)$",
    re.IGNORECASE,
)


# A few words, then a verb: "the referee checks will be done", "hector will call", "the debrief is Monday".
# Not past "if", "that" or "to": "call me if it is a yes" is still a bare step.
SOMETHING_WILL = regex_cache.compile(
    r"^(?:[\w'’/-]+\s+\([^()]{1,30}\)\s+|"  # "HR (Nadia) would be in touch"
    r"(?:(?!(?:if|when|once|that|which|who|because|and|or|to|for|with|after|before|by)\b)[\w'’/-]+\s+){1,4}?)"
    r"(?:will|would|should|is|are|has to|have to|needs? to)\b",
    re.IGNORECASE,
)


OTHER_CANDIDATES = regex_cache.compile(
    r"\b(?:more|other)\s+(?:candidates|applicants|interviews|people to (?:see|meet))\b", re.I
)
OTHER_CANDIDATES_AND_WILL = regex_cache.compile(
    r"\b(?:candidates|applicants|interviews)(?:\s+(?:to see|to meet|today|tomorrow|this week|next week))?"
    r"(\s+and\s+)(?=(?:will|would)\s)",
    re.IGNORECASE,
)
TRAILING_DETAIL = regex_cache.compile(
    r"^[\"“]?(?:emailed|sent|due|returned|submitted|delivered|graded|paid|within)\b|"
    # "…, probably by thurs", "…, hopefully next week": only when, hedged
    r"^(?:prob|probably|probly|prolly|maybe|possibly|likely|hopefully)\s+(?:by|before|on|in|within|next|this|end)\b",
    re.IGNORECASE,
)  # '…, "within 2 weeks"': when, of the clause before


# "Great. …", "right, we'll be in touch": a word that opens a reply, not the step
LEADING_FILLER = regex_cache.compile(
    r"^(?:great|ok|okay|sure|thanks|cool|perfect|yes|ya|yeah|yep|yup|no|right|alright|well|so|anyway)[.!,]+\s+"
    r"|^(?:so\s+)?anyways?\s+",  # "anyway Losa said she'll ring my referees this week"
    re.IGNORECASE,
)
DANGLING_IF = regex_cache.compile(r"(?:^|,\s*|\s)(?:and\s+)?(?:if|when|once)\s+[^,]{1,30}$", re.IGNORECASE)
THEY_THEN = regex_cache.compile(
    r"^(they|we)\s+(?=(?!(?:will|would|are|were|have|had|might|may|can|could|should|need|want|said|say|do|did|"
    r"don['’]t|didn['’]t|also|just|still|already|usually|always|never)\b)(?![a-z]+ed\b)[a-z]+\b)",
    re.IGNORECASE,
)


def _split_clauses(text: str) -> list[str]:
    """Clauses of a next step; a short tail ("due in 48 hrs", "fri") stays with the clause before it."""
    # Never inside brackets: "design exercise (paid, 4 hrs) sent by Friday" is one clause.
    parts = re.split(
        r",\s+(?![^()]*\))(?!(?:and\s+)?(?:if|when|once|assuming|provided|who|which)\b)(?:and\s+)?(?:then\s+)?|"
        r"\s+and\s+(?=(?:I|you|he|she|they|we|[A-Z][\w'-]+)\s+\w+)",
        text,
    )
    clauses: list[str] = []
    for part in (p.strip(" .;") for p in parts):
        # "…case study, emailed by Fri"; not "…, then they decide": a clause of its own
        short = len(part.split()) < 3 and not re.match(r"(?:I|you|he|she|they|we)\s+\w+", part)
        # "…, and if it's good, a second chat with our MD": the condition goes with what it leads to
        dangling = bool(clauses) and DANGLING_IF.search(clauses[-1]) is not None
        if clauses and (short or TRAILING_DETAIL.match(part) or dangling):
            clauses[-1] = f"{clauses[-1]}, {part}"
        elif part:
            clauses.append(part)
    return clauses


def _at_and_will(part: str) -> list[str]:
    found = OTHER_CANDIDATES_AND_WILL.search(part)
    return [part[: found.start(1)], part[found.end(1) :]] if found else [part]


def _to_you_until_someone_else(text: str, person: Interviewer, people: Sequence[Interviewer] = ()) -> str:
    """ "she'll talk to the ED (Marcus Bell) and get back to me about a chat with him": after someone
    else is named, "him" is them, not the reader; so too after another on the panel ("Dermot wants me out
    on a job with him", in the note to Niamh)."""
    other = next((m.end for m in find_names(text, min_words=2) if not same_person(m.name, person.name)), None)
    panel = [
        found.end()
        for p in people
        if p is not person and p.first_name != person.first_name
        for found in [re.search(rf"\b{re.escape(p.first_name)}\b", text)]
        if found
    ]
    other = min([end for end in (other, *panel) if end is not None], default=None)
    # "set up a walk with the store manager when she's back": "she" is the manager, not the reader.
    role = SOMEONE_ELSE.search(text)
    ends = [end for end in (other, role.end() if role else None) if end is not None]
    if not ends:
        return to_second_person(text)
    return to_second_person(text[: min(ends)]) + text[min(ends) :]


SOMEONE_ELSE = regex_cache.compile(
    r"\b(?:with|to|and|from)\s+(?:the|their|our)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:manager|mgr|director|ceo|cto|cfo|coo|gm|owner|principal|head|vp|president|founder|supervisor|partner)\b",
    re.IGNORECASE,
)


def _recipient_to_you(text: str, person: Interviewer) -> str:
    for name in sorted({person.name, person.first_name, person.last_name}, key=len, reverse=True):
        # also with a title: "Prof. Solberg will contact referees" in the note to Prof. Ingrid Solberg
        named = rf"^(?:{TITLE_BEFORE})?{re.escape(name)}"
        text = re.sub(rf"{named}\s+(?:will|'ll)\b", "you'll", text)
        # "Rosa might get you to meet the production manager", in the note to Rosa
        text = re.sub(rf"{named}\s+(?=(?:might|may|would|could|can)\b)", "you ", text)
        # "Aroha's doing reference checks this week", in the note to Aroha
        text = re.sub(rf"{named}(?:['’]s|\s+is)\s+(?=\w+ing\b)", "you're ", text)
        text = re.sub(rf"{named}\s+(?=\w+s\b)", "he ", text)
    if YOU_DO_TO_YOU.match(text):
        # "Rosa will call you Tuesday", their words to the candidate: "you'll call me Tuesday"
        text = YOU_DO_TO_YOU.sub(r"\1me", text, count=1)
    return text


# The reader doing something to "you" (the candidate, in the words the notes quote): "you'll call you Tuesday"
YOU_DO_TO_YOU = regex_cache.compile(
    r"^(you(?:['’]ll|\s+(?:will|might|may|would|could|can))\s+(?:\w+\s+){0,2}?"
    r"(?:call|email|text|ring|phone|send|contact|get|let|give|tell|invite|show|introduce|ping|message)\s+)you\b",
    re.IGNORECASE,
)


PREPOSITIONS = frozenset("on for at in by before after from with".split())
CONDITIONS = frozenset("if when once assuming pending depending provided".split())


def _with_article(text: str) -> str:
    """ "shadow shift next week" -> "a shadow shift next week"; leaves "the"/"my"/plurals alone."""
    first = text.split()[0].lower() if text.split() else ""
    if first in CONDITIONS:
        return text  # "if positive there's a final round": a condition, not a thing
    if first in PREPOSITIONS:
        return f"the next step {text}"  # "on the 15th" -> "the next step on the 15th"
    determiners = {"the", "a", "an", "my", "your", "our", "next", "another", "second", "final", "this", "that"}
    if re.match(r"^(?:working|paid|final|follow-up)\s+(?:interview|session|day|shift|trial|meeting|round)\b", text):
        return f"a {text}"  # "working interview next Thursday"
    if re.match(r"^(?:\d+(?:st|nd|rd|th)|second|third|fourth|final)\s+(?:interview|round|stage|meeting|call)\b", text):
        return f"a {text}"  # "2nd interview with the ED" -> "a 2nd interview with the ED"
    if first in determiners or first.endswith(("s", "ing")) or not first.replace("-", "").isalpha():
        return text
    article = "an" if first[:1] in "aeiou" else "a"
    if re.match(r"^(?:call|meeting|interview|shadow|onsite|on-site|panel|round|visit|tour|chat|demo|trial)", first):
        return f"{article} {text}"
    acronym = text.split()[0].isupper() and len(text.split()[0]) <= 4 and len(text.split()) > 1  # "HR round with Pooja"
    return f"the {text}" if text[:1].islower() or acronym else text
