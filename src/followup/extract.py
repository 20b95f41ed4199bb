"""Offline extraction: raw notes -> InterviewFacts, by rules.

Extractive by construction: every value is a piece of the notes (tidied), and
every fact keeps the snippet it came from. What the notes do not say stays
empty, to be asked for rather than guessed. People are found in `people`, the
company and role in `organisations`, the shared patterns live in `notes_rules`;
this module runs the steps and sorts what was discussed into topics, skills and
next steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from followup import regex_cache
from followup.candidate import QUOTE_HEADER, find_candidate, not_an_interviewers_email, own_chat_labels
from followup.models import Candidate, Interviewer, InterviewFacts, Sourced
from followup.names import find_names, looks_like_title, only_a_name, same_person
from followup.notes_rules import (
    BLANK_FIELD_RE,
    FIRST_PERSON_SKILL_RE,
    FUTURE_WORDS,
    INTRO_RE,
    LEAD_VERBS_RE,
    NAME_TALK,
    NEXT_RE,
    NO_NEXT_RE,
    NO_PHONE_RE,
    NOT_FOR_THE_EMAIL,
    NOT_INTERVIEWER_RE,
    SELF_DOUBT,
    SIGN_OFF,
    STRONG_NEXT_RE,
    TO_MENTION,
    WEEKDAY_WORDS,
    WHO_ARRANGED,
    Work,
    dash_fields,
    label_kind,
    lead_stripped,
    strip_contacts,
    tidy_title,
)
from followup.organisations import find_company, find_role, format_title
from followup.people import find_interviewers, name_the_speakers
from followup.roster import (
    ABSENT_RE,
    attach_interviewer_emails,
    drop_the_absent,
    drop_the_friend,
    drop_the_recruiter,
    drop_the_role,
    first_names_who_asked,
    full_names_from_the_notes,
    heading_row,
    merge_nicknames,
    names_they_go_by,
    people_typed_in_lower_case,
)
from followup.segments import Segment, looks_injected, split_segments, strip_markup
from followup.text import THOUGHT_BREAK, WORD_START, content_words, expand_shorthand, fold, stem
from followup.voice import PAY_WORDS
from followup.when import parse_when


def extract_facts(
    notes: str, profile: Candidate | None = None, now: datetime | None = None, region: str = "US"
) -> InterviewFacts:
    """Read interview notes into facts, each with the snippet it came from."""
    now = now or datetime.now().astimezone()
    plain, markup = strip_markup(notes)
    segments = name_the_speakers(dash_fields(split_segments(plain)))
    ignored = [Sourced(value="markup", source=m[:200]) for m in markup]
    kept = []
    for seg in segments:
        if looks_injected(seg.raw):
            ignored.append(Sourced(value="instructions", source=seg.raw))
        else:
            kept.append(seg)
    # not "Priya runs the close" in notes that say "asked priya" and "met with Priya": a name
    capitals = {word.lower() for word in MID_CAPITAL.findall(plain)}
    work = Work(kept, now, region, lower_words=frozenset(LOWER_WORD.findall(plain)) - capitals)
    facts = InterviewFacts(ignored=ignored)
    facts.candidate = find_candidate(work, profile)
    work.own_labels = own_chat_labels(work, facts.candidate)
    find_interviewers(work, facts.candidate)
    full_names_from_the_notes(work, facts.candidate)
    drop_the_absent(work)
    drop_the_friend(work)
    first_names_who_asked(work, facts.candidate)
    people_typed_in_lower_case(work, facts.candidate)
    attach_interviewer_emails(work, facts.candidate)
    facts.interviewers = work.interviewers
    names_they_go_by(work, plain)
    merge_nicknames(work)
    not_an_interviewers_email(work, facts.candidate, profile)
    facts.role = find_role(work)
    heading = heading_row(work)
    if heading is not None and (facts.role is None or fold(facts.role.value) in fold(heading[0].value)):
        facts.role = Sourced(value=format_title(heading[1].value), source=heading[1].source)
    drop_the_role(work, facts.role, heading)
    facts.company = find_company(
        work, facts.candidate.name, facts.role.value if facts.role else None, facts.candidate.email
    )
    facts.role = _role_past_company(facts.role, facts.company)
    _interview_time(work, facts)
    _content(work, facts)
    drop_the_recruiter(facts)
    return facts


def _role_past_company(role: Sourced | None, company: Sourced | None) -> Sourced | None:
    """ "bayou teche medical center respiratory therapist position", dictated: the role read as "Teche Medical
    Center Respiratory Therapist" starts with the end of the company's name, which is not part of the job."""
    if role is None or company is None:
        return role
    words, firm = role.value.split(), fold(company.value).split()
    for k in range(min(len(words) - 1, len(firm)), 1, -1):
        if fold(" ".join(words[:k])).split() == firm[-k:]:
            return Sourced(value=" ".join(words[k:]), source=role.source)
    return role


def _interview_time(work: Work, facts: InterviewFacts) -> None:
    labelled = [s for s in work.segments if label_kind(s) == "time"]
    # The header lines name the interview itself ("final round, Fri Nov 13"); later ones may name the next.
    others = [s for i, s in enumerate(work.segments[:10]) if s not in labelled and (i < 3 or not NEXT_RE.search(s.raw))]
    for seg in labelled + others:
        parsed = parse_when(seg.text if seg in labelled else seg.raw, work.now)
        if parsed:
            facts.interview_time = parsed.when
            facts.interview_time_source = seg.raw
            return
        if seg in labelled or not JUST_NOW.search(seg.raw):
            continue
        # "just got out of the interview … the Saturday distribution shifts": it was just now, and a day
        # named later is something they discussed.
        facts.interview_time, facts.interview_time_source = work.now, seg.raw
        return


JUST_NOW = regex_cache.compile(
    r"\b(?:just|only now)\s+(?:got out of|finished|left|wrapped up|walked out of|came out of)\b", re.IGNORECASE
)


OWN_ERRAND = regex_cache.compile(
    r"^\W*(?:also\s+|and\s+|oh and\s+|ah y\s+)?(?:text|call|ring|message|whatsapp|thank|tell)\s+(?-i:[A-Z])[\w'’-]+\b"
    r"[^.;]{0,30}?\b(?:my\s+(?:brother|sister|cousin|friend|mum|mom|dad|aunt|uncle|flatmate|roommate|partner)"
    r"(?:[- ]in[- ]law)?\b|back about\b|to say thanks\b)",
    re.IGNORECASE,
)
FULL_NAME_NOTE = regex_cache.compile(r"^\W*(?:(?:his|her|their)\s+)?full\s+name\b", re.IGNORECASE)
ASKED_NEXT = regex_cache.compile(r"\b(?:what['’]?s|and|so|whats)\s+next\b|^\W*next\s*\?", re.IGNORECASE)


def _content(work: Work, facts: InterviewFacts) -> None:
    owner: int | None = None
    # "[14:53] me: he asked loads about food cost %", line after line: the candidate telling the story in a chat,
    # not answering a question. One "me:" line among the notes is the candidate's answer.
    mine = [
        seg
        for seg in work.segments
        if seg.label and (label_kind(seg) in ("answer", "candidate") or fold(seg.label) in work.own_labels)
    ]
    dialogue = len(mine) < 0.6 * len(work.segments) or any(label_kind(seg) == "question" for seg in work.segments)
    transcript = any(label_kind(seg) == "answer" for seg in mine)
    meta_words = _meta_words(facts)
    under_next = False  # inside a "Next steps" heading's list
    under_todo = False  # inside the candidate's own "TODO:" list
    only_steps = False  # under an "After:" heading, only the lines that say a step are steps
    intro_line = -1  # the line that introduced the current owner
    next_line = -1  # the line of the last "Next:" field
    asked_next = False  # a friend in the chat just asked what happens next
    named_line = -1  # the line that last named the current owner
    others_mail: _OthersMail | None = None  # inside a pasted message that nobody on the panel wrote
    for i, seg in enumerate(work.segments):
        # also French, Spanish and Portuguese "De:", German "Von:", with the sender's address
        mailed = fold(seg.label or "") == "from" or (fold(seg.label or "") in ("de", "von", "van") and "@" in seg.text)
        if mailed or QUOTE_HEADER.search(seg.raw):
            # "From: Isabella Moreau-Khan … To: Me (drafts)": notes the candidate mailed themselves
            own = mailed and any(
                fold(mine) in fold(seg.raw) for mine in (facts.candidate.name, facts.candidate.email) if mine
            )
            others_mail = None if own or _mentioned(work, seg.raw) is not None else _OthersMail.begun_by(seg)
        elif others_mail is not None and others_mail.ends_at(seg):
            others_mail = None
        if others_mail is not None and not NEXT_RE.search(seg.raw):
            continue  # the recruiter's "Best of luck – ring me after!", their signature: not what the panel said
        kind = label_kind(seg)
        # A heading: marked as one, a plain line, or a short bullet whose own bullets are indented under it.
        later = work.segments[i + 1] if i + 1 < len(work.segments) else None
        outline = seg.bullet and not seg.indent and later is not None and later.indent > 0 and len(seg.raw.split()) <= 3
        if seg.heading or outline or (not seg.bullet and not seg.indent):
            under_next = _next_heading(seg, kind)
            under_todo = kind == "todo" and not seg.text.strip()
            # "After:" over a long list is the notes taken after the call; over a short one, what happens after
            only_steps = under_next and fold(seg.label or "").strip() == "after" and _long_list_after(work, i)
        elif under_next and kind is None and (not only_steps or NEXT_RE.search(seg.raw)):
            kind = "next"
        elif under_todo and kind is None:
            kind = "todo"
        # "Next: Bram will let me know by Wednesday; if positive a 2nd interview with …": all of it, in order
        continued = kind is None and next_line == seg.line
        kind = "next" if continued else kind
        next_line = seg.line if kind == "next" else next_line
        if seg.label and (
            fold(seg.label) in work.own_labels
            or (facts.candidate.name and same_person(seg.label, facts.candidate.name))
        ):
            kind = "answer"  # the candidate's own lines in a chat
        told_a_friend = (bool(work.friends) or not dialogue) and kind == "answer" and bool(seg.label)
        if work.friends and seg.label and fold(seg.label) in work.friends:
            asked_next = ASKED_NEXT.search(seg.text) is not None
            # "Ciara: oh I know Orla, she's sound. what did she ask": the answer below is about Orla
            asked_about = _mentioned(work, seg.text) if "?" in seg.raw or ASKED_WHAT.search(seg.text) else None
            owner = asked_about if asked_about is not None else owner
            continue  # "Kayla: omg the truck thing is so you": the friend's side of the chat
        if told_a_friend:
            kind = None  # telling a friend about the interview, not answering it: plain notes
            # "Ruben: and next?", then "Amira: case assignment: they send me …": the answer is the step
            kind = "next" if asked_next and seg.label else kind
        asked_next = asked_next and not seg.label
        if i in work.owners:
            owner, intro_line = work.owners[i], seg.line
            named_line = seg.line
        elif i in work.left:
            owner = None  # someone taken off the panel: their introduction is nobody's topic, nor what follows it
        elif i in work.person_fields:
            pass  # the interviewer's own "Title:" keeps the notes under it theirs
        elif (speaker := _aliased_speaker(work, seg)) is not None:
            owner, named_line = speaker, seg.line  # "JvdB: Next step … with Joost S": the speaker, not Joost S
        elif (mentioned := _mentioned(work, seg.raw)) is not None:
            owner = mentioned
            named_line = seg.line
        elif not seg.bullet and not seg.indent and kind not in (None, "question", "answer") and owner is not None:
            owner = owner if len(work.interviewers) < 2 else None
        intro_only = (i in work.owners and not NEXT_RE.search(seg.raw)) or _is_header(seg, facts)
        intro_only = intro_only or (seg.line <= 1 and i not in work.rests and _introduces(work, seg.raw))
        intro_only = intro_only or (i in work.left and kind is None and not NEXT_RE.search(seg.raw))
        intro_only = intro_only or ROOM_RESOURCE.search(seg.raw) is not None or STREET_LINE.match(seg.raw) is not None
        intro_only = intro_only or (len(seg.raw.split()) <= 4 and SIGN_OFF.match(seg.raw.strip()) is not None)
        # the chat's own heading: "WhatsApp chat with Anindya (TalentaKu Recruitment)"
        intro_only = intro_only or (
            seg.line <= 1 and len(seg.raw.split()) <= 8 and CHAT_HEADING.match(seg.raw) is not None
        )
        # "---- my memo after interview ----", "notes after (in the car):": where the notes begin, not something
        # anyone said
        heading = seg.raw.rstrip().endswith(("--", ":", ")")) or len(seg.raw.split()) <= 3
        intro_only = intro_only or (heading and NOTES_HEADING.match(seg.raw) is not None)
        if i not in work.rests and kind == "interviewer" and _step_from_someone_else(work, seg):
            # "Recruiter: Brianna (TA) set up the call, said feedback within 5 business days": not on the
            # panel, but the step she gave is the agreed one.
            _classify(work, facts, seg, seg.text, None, None, meta_words)
            continue
        if i not in work.rests and (intro_only or kind in NOT_CONTENT):
            continue
        topics_field = fold(seg.label or "") in TOPIC_LABELS  # "sujets: case on a cooperative dairy …"
        text = work.rests.get(i, seg.text if kind or told_a_friend or topics_field else seg.raw)
        led_by_name = False
        if owner is not None:
            person = work.interviewers[owner]
            named = _strip_leading_name(text, person, _forms(work, person))
            led_by_name, text = named != text or _they_did(text, person), named
        if not text or (owner is not None and _only_their_name(text, person, _forms(work, person))):
            continue  # "julian (lead eng) 2-2:45 —": who comes next and when, over what they asked
        # "Sam Ito - head barista. talked about dialing in espresso, my latte art": the rest of a panel
        # member's line is what they raised, unless it starts with the candidate's own part.
        # "VT -> monthly S&OP, …, asked abt my SAP IBP exp": a line led by their name opens with what is theirs.
        theirs = owner is not None and len(work.interviewers) > 1 and (seg.line == intro_line or led_by_name)
        # "Patrick: … clash detection with the M&E consultant is my headache" in a transcript with "Me:" lines:
        # the speaker's "I" and "my" are theirs
        spoken = (
            transcript
            and owner is not None
            and bool(SPEAKER_VOICE.search(text))  # not "PDH: LBO paper test, 20 min. my IRR came out ~22%"
            and _mentioned(work, seg.label or "") == owner
        )
        _classify(work, facts, seg, text, kind, owner, meta_words, theirs, named_line == seg.line, continued, spoken)


@dataclass
class _OthersMail:
    """A message pasted into the notes that nobody on the panel wrote: from its "From: Aoife Ní Bhriain <…>" or
    "On Fri 7 Feb 2025, Aoife Ní Bhriain wrote:" to a "my notes" heading or the paragraph after its sign-off."""

    sender: str
    signed: int | None = None  # the paragraph of its sign-off

    @classmethod
    def begun_by(cls, seg: Segment) -> _OthersMail:
        named = find_names(seg.raw.split("<")[0], min_words=2)
        return cls(fold(named[-1].name) if named else "")

    def ends_at(self, seg: Segment) -> bool:
        if NOTES_HEADING.match(seg.raw):
            return True  # ">>> my notes, typed in the car park after", "--- after ---"
        said = fold(seg.raw.strip(" ,.!"))
        if self.signed is None:
            # "Kind regards,", "Regards, Sana (HR Coordinator)", or just "Aoife" under the message
            if SIGN_OFF.match(seg.raw) or (self.sender and said in (self.sender, self.sender.split()[0])):
                self.signed = seg.paragraph
            return False
        if seg.paragraph > self.signed and self.sender and said.startswith(self.sender.split()[0]):
            self.signed = seg.paragraph  # "Aoife Ní Bhriain / Senior Consultant | …": the signature block under it
        # A paragraph after the sign-off that is not the sender's signature block is the notes again.
        return seg.paragraph > self.signed


# An aside or a time slot left after a name: "julian (lead eng) 2-2:45 —"
INTRO_LEFTOVER = regex_cache.compile(
    r"\([^)]*\)|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?\b",
    re.IGNORECASE,
)
CHAT_HEADING = regex_cache.compile(
    r"^\W*(?:whatsapp|slack|teams|messenger|imessage|telegram|signal|sms|linkedin|wechat|line|viber)\b"
    r"(?:\s+(?:chat|messages?|dms?|thread|conversation))?\s*(?:with|w/|[—–-])",
    re.IGNORECASE,
)
# A calendar's room: "Kendall-3F-Room Rivendell (8)", its seats in brackets
ROOM_RESOURCE = regex_cache.compile(r"\broom\b[^()\n]*\(\d{1,3}\)\s*$", re.IGNORECASE)


# Where it was: "Rua do Rosário 144, 3º andar – Centro", "1 Kendall Sq, Bldg 1400", "Jl. Sudirman Kav. 52"
STREET_LINE = regex_cache.compile(
    r"^\W*(?:(?i:rua|rue|calle|avenida|av\.|avda\.|via|viale|jl\.|jalan|boulevard|blvd\.?)\s+(?=[^\n]*\d)"
    r"|\d{1,5}\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Sq|Square|Lane|Ln|Way)\b)"
)


# "my notes" in the writer's own language: "내 메모 (my notes):", "minhas anotações:"
OWN_LANGUAGE_NOTES = (
    r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*\((?:my\s+)?notes\)|minhas anota[çc][õo]es|mis notas|meine notizen|"
    r"mes notes|ghi ch[úu])"
)
# ">>> my notes, typed in the car park after", "--- notes wed ---", "---- my memo after interview ----", "--- after
# ---" (its leading dashes read as a bullet): the candidate's own notes begin
NOTES_HEADING = regex_cache.compile(
    r"^\W*(?:(?:my|own|interview|raw|the)\s+){0,3}(?:notes|memo)\b|^(?:[^\W\d_]+\s*){1,4}-{2,}\W*$|"
    rf"^\W*{OWN_LANGUAGE_NOTES}\W*$|"
    # ">>> minhas notas pós entrevista (25/04)": my notes, in Portuguese, Spanish, French, German, Italian, …
    r"^\W*(?:minhas notas|mis notas|mes notes|meine notizen|le mie note|mijn notities|moje notatki)\b",
    re.IGNORECASE,
)


# The speaker talking to the candidate or for their team: "We're moving to Autodesk …", "Do you know ISO 19650?"
SPEAKER_VOICE = regex_cache.compile(r"\b(?:we|we['’]re|we['’]ve|our|us|you|your|you['’]d|you['’]ll)\b", re.IGNORECASE)


def _long_list_after(work: Work, i: int) -> bool:
    """Four or more bullets under a heading."""
    count = 0
    for seg in work.segments[i + 1 :]:
        if not (seg.bullet or seg.indent):
            break
        count += 1
    return count >= 4


def _next_heading(seg: Segment, kind: str | None) -> bool:
    """ "Next steps" or "Next:" on a line of its own, with the steps listed under it."""
    if kind == "next":
        return not seg.text.strip()
    return _says_only_next(seg.raw)


def _says_only_next(text: str) -> bool:
    """ "Next steps", "NEXT STEPS ➡️", "## Next": a heading, with no step in it."""
    return bool(NEXT_HEADING_RE.fullmatch(NOT_WORDS.sub("", text).strip()))


def _is_header(seg: Segment, facts: InterviewFacts) -> bool:
    """The line that names the company, role and time is the interview's header, not a topic."""
    named = [fact.source for fact in (facts.company, facts.role) if fact]
    sources = [*named, facts.interview_time_source]
    short = len(seg.raw.split()) <= 14
    plain = seg.raw in sources and seg.line <= 2 and not seg.bullet and short
    # also the first bullets: "- Process Engineer — CNC machining line, aluminum housings for EV battery"; not a step
    bulleted = seg.bullet and not seg.indent and seg.line <= 3 and seg.raw in named and short
    return sources.count(seg.raw) >= 2 or plain or (bulleted and not NEXT_RE.search(seg.raw))


def _they_did(text: str, person: Interviewer) -> bool:
    """ "then Hamish went deep on postgres, indexing, why my query was slow": a line about what they did."""
    forms = "|".join(re.escape(f) for f in sorted({person.first_name, person.name} - {""}, key=len, reverse=True))
    return re.match(rf"^(?:then|and then|and|also|next)?\s*(?:{forms})\s+{THEIR_VERBS}", text, re.I) is not None


THEIR_VERBS = (
    r"(?:asked|went|talked|wants|wanted|said|mentioned|explained|grilled|dug|quizzed|drilled|pushed|covered|"
    r"was|focused)\b"
)


def _strip_leading_name(text: str, person: Interviewer, forms: tuple[str, ...] = ()) -> str:
    """ "Ruth - asked about alarms" -> "asked about alarms" when the note is Ruth's anyway."""
    names = [re.escape(n) for n in (person.name, person.first_name, person.last_name, *(f for f in forms if f))]
    if person.honorific:  # "mrs nwankwo - asked abt stock outs …", typed without the stop
        names.append(rf"{re.escape(person.honorific.rstrip('.'))}\.?\s+{re.escape(person.last_name)}")
    for name in names:
        # also "Amitabh sir (GM Operations) - WMS …": a courtesy word after the name
        match = re.match(rf"{name}(?:\s+(?:sir|ma['’]?am|madam|ji))?\s*(?:\([^)]*\))?\s*(?:->|[:\-–—>])\s*", text, re.I)
        if match:
            return text[match.end() :]
    return text


def _only_their_name(text: str, person: Interviewer, forms: tuple[str, ...]) -> bool:
    """ "julian (lead eng) 2-2:45 —": a name, with their job and time slot and nothing they said."""
    left = fold(INTRO_LEFTOVER.sub("", text).strip(" -–—:|,.;"))
    return not left or left in {fold(name) for name in (person.name, person.first_name, *forms) if name}


def _step_from_someone_else(work: Work, seg: Segment) -> bool:
    """A "Recruiter:" or "HR:" line naming no one on the panel that says what happens next."""
    if not NEXT_RE.search(seg.text):
        return False
    folded = fold(seg.text)
    return not any(p.search(folded) for p in _name_patterns(tuple(_forms(work, p) for p in work.interviewers)))


def _aliased_speaker(work: Work, seg: Segment) -> int | None:
    """The interviewer whose initials label a line: "JvdB: Our target is pick accuracy of 99.8%"."""
    name = work.aliases.get(seg.label or "")
    return next((k for k, p in enumerate(work.interviewers) if p.name == name), None) if name else None


def _mentioned(work: Work, raw: str) -> int | None:
    """The one interviewer a segment names, if exactly one."""
    folded = fold(raw)
    hits = {
        index
        for index, pattern in enumerate(_name_patterns(tuple(_forms(work, p) for p in work.interviewers)))
        if pattern.search(folded)
    }
    return hits.pop() if len(hits) == 1 else None


def _introduces(work: Work, raw: str) -> bool:
    """ "interveiw w bill szymanski today for …": the opening line meeting someone already known."""
    folded = fold(raw)
    patterns = _name_patterns(tuple(_forms(work, p) for p in work.interviewers))
    if any(any(p.match(folded, intro.end()) for p in patterns) for intro in MEETING_WITH.finditer(folded)):
        return True
    # "mon 11a, met district mgr bobby kowalczyk @ the store": a title between the meeting and the name
    full = [fold(p.name) for p in work.interviewers if " " in p.name]
    return any(any(name in fold(raw[m.end() : m.end() + 60]) for name in full) for m in INTRO_RE.finditer(raw))


MEETING_WITH = regex_cache.compile(
    r"\b(?:interview\w*|interveiw\w*|intvw|met|meeting|mtg|call|chat\w*|spoke|talked)\b[^.;\n]{0,40}?\b(?:w/?|with)\s+"
)


def _forms(work: Work, person: Interviewer) -> tuple[str, ...]:
    """What the notes may call someone: their name, the name they go by, initials given for them ("MK")."""
    aliases = tuple(alias for alias, name in work.aliases.items() if name == person.name)
    # "Dr. M: the science of reading shift" is Dr. Gloria Méndez
    initial = f"{person.honorific} {person.last_name[:1]}" if person.honorific and person.last_name else ""
    return (person.name, person.called or "", *aliases, initial)


@lru_cache(maxsize=256)
def _name_patterns(people: tuple[tuple[str, ...], ...]) -> tuple[re.Pattern[str], ...]:
    """One pattern per interviewer matching their full, first or last name, or another name they go by."""
    patterns = []
    for name, *others in people:
        person = Interviewer(name=name)
        forms = {fold(n) for n in (person.name, person.first_name, person.last_name, *others) if len(n) > 1}
        patterns.append(
            re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
        )
    return tuple(patterns)


def _classify(
    work: Work,
    facts: InterviewFacts,
    seg: Segment,
    text: str,
    kind: str | None,
    owner: int | None,
    meta_words: set[str],
    theirs: bool = False,
    named_here: bool = False,
    continued: bool = False,
    spoken: bool = False,
) -> None:
    cleaned = strip_contacts(text)
    meaningful = {stem(w) for w in content_words(cleaned) if not CLOCK_WORD_RE.fullmatch(w)}
    if NOT_A_NOTE_RE.match(cleaned) or MAIL_AND_INVITE_RE.search(cleaned) or TABLE_HEADER.match(cleaned):
        return  # "Notes from my interview for … on 3/12", "name | title | what we talked about": headers, no topic
    if ASIDE_RE.fullmatch(cleaned.strip()):
        return  # "(introduced herself as Mrs. Pruitt, very formal)": a note to self
    if _says_only_next(cleaned):
        return  # "Next step" over a list: the heading, not a step
    reminder = TO_MENTION.match(cleaned)
    if reminder and kind != "next":
        # The candidate's own reminder of what to say, in every note or in the one to the person it names.
        said = Sourced(value=tidy_fragment(reminder.group(2)), source=seg.raw)
        whom = [p for p in work.interviewers if reminder.group(1) and same_person(reminder.group(1), p.name)]
        (whom[0].skills if len(whom) == 1 else facts.skills).append(said)
        return
    if kind == "todo":
        return  # "TODO: look up TestRail tutorials this weekend": the candidate's own list, not a step or topic
    if kind != "next" and PASTED_BELOW.search(cleaned):
        return  # "my notes first then pasting Aoife's email thread below so i have everything in one place"
    if kind != "next" and seg.label and PAY_LABEL.fullmatch(seg.label.strip()):
        return  # "Pay: grid step 5 per UNA agreement, they'd recognize my yrs": terms, not a topic or a skill
    if HANDING_OVER.search(cleaned):
        return  # "Nice. Farzana, you want to tell next steps?": one interviewer passing to another, no step yet
    if OWN_ERRAND.match(cleaned):
        return  # "Also text Brendan my brother in law to say thanks …", even among the steps: the candidate's errand
    if NOT_FOR_THE_EMAIL.search(cleaned) and kind != "next":
        return  # "why i'm leaving my current role", "joined ~10 min late": said in the room, not in a thank-you
    if SELF_DOUBT.match(cleaned) and kind != "next":
        return  # "I think I fumbled the clock skew part a bit": how it went, not something to thank them for
    if NO_PHONE_RE.search(cleaned) and kind != "next":
        return  # "(phone's broken rn so email only)" is how to reach the candidate, not a topic
    if kind == "next" and BLANK_FIELD_RE.match(cleaned.strip()):
        return  # "Next steps: none given" is the absence of a step, not a step
    if kind == "next" and NO_STEP_FIRST.match(cleaned) and NO_NEXT_RE.search(cleaned) and " but " not in cleaned:
        return  # "Next: didn't say when he'd call back" says there is no step yet
    # The guards below keep a line that says a next step; the long pattern is run once.
    # also typed without apostrophes: "gord said hed call thursday with an offer"
    expanded = expand_shorthand(cleaned)
    next_words = NEXT_RE.search(cleaned) is not None or (expanded != cleaned and NEXT_RE.search(expanded) is not None)
    # "Next: ride-along Friday w/ journeyman Dmitri (he wasn't in interview) + …": under "Next" it is the step
    next_words = next_words or kind == "next"
    bare = ASIDE_RE.sub("", cleaned).strip()  # "Chris Hale (optional)"
    if only_a_name(bare):
        return  # "Bea Lindqvist" on an invite's guest list: a name, nothing said
    if not next_words and len(meaningful) <= 6 and ABSENT_RE.search(cleaned):
        return  # "Bea just opened the call and dropped off": who was not there
    opening = OPENING_CLAUSE.split(cleaned, maxsplit=1)[0]
    if not next_words and ABSENT_RE.search(opening) and (named := find_names(opening)) and named[0].start <= 6:
        return  # "Cllr Dunlop never joined (Lorna said apologies, …)": who was not there, said first
    if not next_words and LOWER_SOMEONE_FIRST.match(cleaned) and ABSENT_RE.search(cleaned[:60]):
        return  # "lisa (CFO) never joined, naomi said she got pulled into the audit": typed in lower case
    if not next_words and NOT_INTERVIEWER_RE.search(cleaned):
        return  # "Mrs. Bisi at reception signed me in": someone who was not on the panel, not a topic
    if not next_words and WHO_ARRANGED.search(cleaned):
        return  # "Bec at the agency (Adecco) set it up": who booked the interview, not a topic
    if not next_words and len(meaningful) <= 8 and NAME_TALK.search(cleaned):
        return  # "she told me right away everyone calls her Roz": how to greet her, not a topic
    if not next_words and FULL_NAME_NOTE.match(cleaned):
        return  # "full name on his door was Babatunde Adeyemi-Okafor, … so address him as …": how to write to him
    candidate = facts.candidate
    contact_line = candidate.name and fold(candidate.name) in fold(seg.raw) and cleaned != text.strip()
    own_name = {stem(w) for w in content_words(candidate.name or "")}
    if contact_line and len(meaningful - CONTACT_WORDS - own_name) <= 3 and not next_words:
        return  # "my info in case I need it Elena Vázquez elena@…": the candidate's own contact line
    cells = cleaned.split("|")
    if facts.company and len(cells) > 1 and any(fold(facts.company.value) in fold(cell) for cell in cells):
        return  # "Gerente de Proyectos | Ingeniería Cordillera S.A. de C.V. | Monterrey": a signature's line
    names_both = facts.company and facts.role and fold(facts.company.value) in fold(cleaned)
    if names_both and facts.role and fold(facts.role.value) in fold(cleaned) and not next_words:
        return  # "just got out of the interview at Harbor Light … for the Volunteer Coordinator job": the header
    described = THEIR_JOB.match(cleaned.strip())
    if described and looks_like_title(described.group(1)) and not next_words:
        # "he's the opps manager not the owner": who they are, not something they raised.
        person = work.interviewers[owner] if owner is not None else None
        if person is None and len(work.interviewers) == 1:
            person = work.interviewers[0]
        if person is not None and person.title is None:
            person.title = tidy_title(described.group(1))
        return
    asked = kind == "question" and (cleaned.rstrip().endswith("?") or ASKING.match(cleaned) is not None)
    # "she also asked how I look after myself, the supervision model, bereavement follow-up at 6 weeks": her question
    asked = asked or (THEY_ASKED.match(cleaned) is not None and not STRONG_NEXT_RE.search(cleaned))
    says_next = next_words and not asked  # "Q: Tell me about a dashboard that changed a decision."
    # a panel member's row of a table, a list of what they covered: "PTO, 401k match 4%, background check + MVR,
    # company truck rules" is what Holly talked about, not the agreed step
    if says_next and owner is not None and " | " in seg.raw and cleaned.count(",") >= 2 and kind != "next":
        says_next = bool(STRONG_NEXT_RE.search(cleaned))
    needed = 1 if kind in ("next", "answer") or says_next or MY_RE.search(cleaned) else 2
    if kind == "next" and len(cleaned.split()) >= 3:
        needed = 0  # "Next step: HR round with Pooja on Monday" says who and when, and that is the step
    if len(meaningful - meta_words - CONTACT_WORDS - CHAT_WORDS) < needed:
        return
    fact = Sourced(value=tidy_fragment(cleaned), source=seg.raw)
    if not fact.value:
        return
    # "…restorative practices, asked how I'd run a circle": a question to the candidate is not their experience.
    told = QUESTION_TAIL_RE.sub(" ", cleaned).strip() or cleaned
    told = NOT_EXPERIENCE_RE.sub(" ", told)  # "asked for my references" says nothing the candidate did
    told = HOW_I_WOULD.sub(" ", told)  # "… and how I'd work with the concessions": asked of them, not yet done
    # "… then PVG check + 2 refs (1 from my current mgr)": an aside in brackets does not make it the candidate's
    stripped_first_person = bool(FIRST_PERSON_SKILL_RE.search(lead_stripped(re.sub(r"\([^)]*\)", " ", told))))
    first_person = stripped_first_person or bool(FIRST_PERSON_SKILL_RE.search(told))
    # "she was lovely, very down to earth, asked loads about supplier negotiations … and how I'd handle …": what
    # she asked comes first, and it is hers, though a panel of one
    asked_first = SHE_ASKED_FIRST.match(told) is not None
    if (theirs or asked_first) and first_person:
        opening = lead_stripped(THOUGHT_BREAK.split(told, maxsplit=1)[0])
        first_person = stripped_first_person = bool(FIRST_PERSON_SKILL_RE.search(opening))
    if spoken:
        first_person = stripped_first_person = False
    is_header = seg.raw == facts.interview_time_source and kind != "next"
    if is_header and len(cleaned.split()) <= 10 and not says_next:
        return  # "thurs like 6:30pm at the office park on Kessler": when and where, not a topic
    # "next step he said he'd call me …, and i need to do the drug test": the step, though it says "i".
    leads_next = bool(NEXT_STEP_START.match(cleaned))
    mine = stripped_first_person and not leads_next
    if kind == "next" or (says_next and not is_header and not mine and not NO_NEXT_RE.search(cleaned)):
        # Under a "Next" heading or label the step is the agreed one; a "TODO:" of the candidate's is not.
        labelled_next = kind == "next" and (not seg.label or bool(NEXT_LABEL_RE.search(seg.label)))
        strong = labelled_next or bool(STRONG_NEXT_RE.search(cleaned))
        # Under a "Next" heading (whatever its own label) or a "Next:" label; not a "TODO:" of the candidate's.
        under_heading = kind == "next" and label_kind(seg) != "next"
        if kind != "next":
            fact = Sourced(value=_from_the_step(fact.value), source=fact.source)
        speaker = work.interviewers[owner] if owner is not None and _spoken_by(work, seg, owner) else None
        if speaker is None and owner is not None:
            fact = _named_subject(fact, seg.raw, work.interviewers[owner])
        # "Hira Shahid: Next step is a technical test on Monday, I'll share the test link": the recruiter's "I"
        who = speaker.first_name if speaker is not None else _other_speaker(work, seg, facts)
        if who:
            # 'R: "I'll call you Tuesday arvo"' said by Rosa: her "I" is Rosa, so the email says "you'll call me"
            theirs_said = SPEAKER_I_CONTRACTED.sub(
                lambda m: f"{who} {'will' if m.group(1) == 'll' else 'would'}", fact.value
            )
            fact = Sourced(value=SPEAKER_I.sub(who, theirs_said), source=fact.source)
        if continued:  # the rest of a "Next:" line comes after its start
            facts.next_steps.append(fact)
        else:
            _add_next_step(work, facts, fact, strong=strong, labelled=labelled_next or under_heading)
    elif (kind == "answer" and not I_ASKED.match(cleaned)) or first_person:
        facts.skills.append(fact)
        # "asked re: falls reduction — told her about the hourly rounding audit we did": their question is theirs
        question = ASKED_THEN_TOLD.match(cleaned) if owner is not None or len(work.interviewers) == 1 else None
        if question is not None:
            person = work.interviewers[owner if owner is not None else 0]
            person.topics.append(Sourced(value=tidy_fragment(question.group(1)), source=seg.raw))
        # "PN – asked about my Pilates cert": the line names whom the candidate told
        if owner is not None and len(work.interviewers) > 1 and (named_here or _mentioned(work, seg.raw) == owner):
            work.interviewers[owner].skills.append(fact)
    elif (fact := _common_lead(work, facts, fact)) and owner is not None and len(work.interviewers) > 1:
        work.interviewers[owner].topics.append(fact)
        _mine_within(facts, work.interviewers[owner], fact)
    elif len(work.interviewers) == 1:
        work.interviewers[0].topics.append(fact)
        _mine_within(facts, work.interviewers[0], fact)
    else:
        facts.topics.append(fact)


def _common_lead(work: Work, facts: InterviewFacts, fact: Sourced) -> Sourced:
    """ "Green room hospitality budget is tight" in notes that also say "40 green M&Ms": a common word that
    starts a line, written in lower case mid-sentence ("how green room hospitality budget is tight"). Not a
    word of anyone's name, the company, the role, a weekday or a month."""
    first, *rest = fact.value.split(" ", 3)
    word = first.lower()
    if not (first.istitle() and first.isalpha() and len(first) > 1 and word in work.lower_words):
        return fact
    following = rest[1:] if rest and rest[0] in ("of", "and", "&") else rest[:1]
    if following and following[0].lstrip("\"'(“")[:1].isupper():
        return fact  # "Better Impact scheduling software", "Head of Retail Operations": one name
    named = [p.name for p in work.interviewers] + [facts.candidate.name or "", *work.aliases.values()]
    named += [known.value for known in (facts.company, facts.role) if known is not None]
    if word in WEEKDAY_WORDS or any(word in fold(name).split() for name in named):
        return fact
    return Sourced(value=word + fact.value[len(first) :], source=fact.source)


# A first name typed in lower case, then what they did: "lisa (CFO) never joined"
LOWER_SOMEONE_FIRST = regex_cache.compile(
    r"^\W*[a-z][a-z'’-]+\s*(?:\([^)]{1,30}\)\s*)?(?:never|didn['’]?t|did not|couldn['’]?t|could not|was|wasn['’]?t)\b"
)
# A word in lower case in the notes: "green", "hospitality"
LOWER_WORD = regex_cache.compile(r"(?<![\w@.])[a-z][a-z'’-]+\b(?![.@_]\w)")
# A capital after a word in lower case: "met with Priya"
MID_CAPITAL = regex_cache.compile(r"\b[a-z]+[ ,]+([A-Z][a-z]+)\b")


def _mine_within(facts: InterviewFacts, person: Interviewer, fact: Sourced) -> None:
    """ "bureau scores (CIBIL), my logistic regression scorecard from TCS project, PD/LGD basics": their
    topics, with the candidate's own work among them, which is experience to mention too."""
    parts = THOUGHT_BREAK.split(fact.value)
    for part in parts[1:] if len(parts) > 1 else []:
        if re.search(r"\bmy\s+\w+", part) and len(content_words(part)) >= 3 and not NOT_EXPERIENCE_RE.search(part):
            skill = Sourced(value=tidy_fragment(part), source=fact.source)
            facts.skills.append(skill)
            person.skills.append(skill)
            return


SHE_ASKED_FIRST = regex_cache.compile(
    r"^\W*(?:she|he|they)\s+(?:was|were|is|seemed)\s+[^.;:]{0,40}?,\s*(?:also\s+)?asked\b", re.IGNORECASE
)
THEY_ASKED = regex_cache.compile(r"^\W*(?:and\s+)?(?:she|he|they)\s+(?:also\s+)?asked\b", re.IGNORECASE)
ASKING = regex_cache.compile(
    r"^\W*(?:tell me|tell us|what|how|why|describe|walk me|can you|could you|have you|do you|would you)\b", re.I
)
ASKED_THEN_TOLD = regex_cache.compile(
    r"^\W*((?:(?:she|he|they)\s+)?asked\s+(?:about|abt|re:?)\s+(?!my\b)[^—–;:,]{3,60}?)(?:\s+[—–-]|,)\s+"
    r"(?:told|I\b|talked|explained|gave|walked)",
    re.IGNORECASE,
)
# "A: Asked about their move to Intune - he said it's half done": the candidate's question, about their work.
I_ASKED = regex_cache.compile(r"^\W*(?:I\s+)?asked\s+(?:about|(?:him|her|them)\b)", re.IGNORECASE)
THEIR_JOB = regex_cache.compile(
    r"(?:he|she|they)(?:['’]s|\s+is|\s+are)\s+(?:the|a|an|their)\s+([a-z][\w /&-]{2,40}?)"
    r"(?:\s*[,;(]|\s+(?:not|but|and|so|here|there)\b|$)",
    re.IGNORECASE,
)
NEXT_STEP_START = regex_cache.compile(
    r"^\W*next(?:\s+steps?\b|\s*(?:[:\-–—=→⇒>]|->))"
    # "they said they'd let me know early next week after they speak to my referees": their promise first
    # also "Anjali said she'll email by Wednesday and if yes I'd do a trial morning"
    r"|^\W*(?:(?:they|he|she|(?-i:[A-Z][\w'’-]+))\s+(?:said|say|says)\s+(?:that\s+)?)?(?:they|he|she)"
    r"(?:['’](?:ll|d)|\s+(?:will|would))\s+"
    r"(?:let me know|call|email|phone|ring|text|be in touch|get back|send|contact)\b"
    # "he said come back monday at 7 for a paid working interview … and bring my own hand tools": what he asked
    r"|^\W*(?:they|he|she|(?-i:[A-Z][\w'’-]+))\s+(?:said|says|told me)\s+(?:to\s+)?come (?:back|in)\b",
    re.IGNORECASE,
)
# What is left of "my number is … and email is …" once the details are taken out.
CONTACT_WORDS = frozenset(stem(w) for w in "number phone cell mobile email e-mail address reach contact info".split())
# What a chat says to keep a conversation going ("perfect", "sounds good"): no fact in it.
CHAT_WORDS = frozenset(stem(w) for w in "perfect great thanks thank sounds good yep yes sure awesome cool okay".split())
NOT_EXPERIENCE_RE = regex_cache.compile(
    r"\bmy (?:references?|availability|salary|notice|start date|number|email|contact|info|information|details|"
    r"exit|departure|reasons? for leaving|leaving|"
    r"resume|cv|interview|notes)\b|"
    r"\bwould be my (?:direct report|report|manager|boss|peer|line manager|supervisor)\b",  # who they would be
    re.IGNORECASE,
)
PASTED_BELOW = regex_cache.compile(
    r"\bpast(?:e|ed|ing)\b[^.;]{0,40}\b(?:e-?mail|thread|invite|invitation|chat|message)s?\b[^.;]{0,40}"
    r"\b(?:below|above|underneath)\b",
    re.IGNORECASE,
)
PAY_LABEL = regex_cache.compile(rf"(?:{PAY_WORDS}|pkg|money|\$\$)(?:\s+\w+)?", re.IGNORECASE)  # "Pay:", "Salary range:"
HANDING_OVER = regex_cache.compile(
    r"\b(?:(?:do\s+)?you want to|can you|could you|would you like to|over to you (?:for|on))\s+"
    r"(?:(?:tell|explain|share|cover|go over|run through)\s+)?(?:the\s+)?next steps?\W*$",
    re.IGNORECASE,
)
# A field that only says what follows is what was discussed: "topics:", French "sujets:", Spanish "temas:"
TOPIC_LABELS = frozenset(
    "topics|topic|discussed|subjects|covered|sujets|temas|tópicos|themen|argomenti|onderwerpen|tematy".split("|")
)
NOT_CONTENT = frozenset({"company", "role", "time", "candidate", "interviewer", "logistics", "absent"})
# A line that opens by saying there is no step: "didn't say when he'd call back", "no timeline yet".
NO_STEP_FIRST = regex_cache.compile(r"^\W*(?:(?:he|she|they|we|hr)\s+)?(?:did(?:n['’]?t| not)|no|never|nobody)\b", re.I)
# What an email client or a calendar invite adds around pasted notes: never a topic.
MAIL_AND_INVITE_RE = regex_cache.compile(
    WORD_START
    + r"(?:\bwrote:\s*$|\binvitation from google calendar\b|\bview all guest\b|\bforwarded (?:message|thread|email)\b|"
    r"\bjoining info(?:rmation)?\b|\bvideo call link\b|"
    # a Spanish or French invite's "Zona horaria: Europe/Madrid", "Enlace de la videollamada: meet.google.com/…"
    r"^\W*(?:time ?zone|zona horaria|fuseau horaire|zeitzone|fuso hor[aá]rio)\s*:|\benlace de la videollamada\b|"
    r"\binformaci[oó]n para unirse\b|\binformations de connexion\b|\blink da videochamada\b|"
    r"\boriginal message\b|\breply for\b.*\b(?:yes|maybe)\b|"
    r"^\d+ guests?:? \d+ yes\b|"
    r"(?<![\w ])(?:end|start) of (?:the )?(?:transcript|recording|call|meeting)\W*$|"
    r"\bjoin with (?:microsoft teams|google meet|zoom)\b|"
    r"\bjoin (?:the )?(?:microsoft teams |teams |zoom |google meet |webex )?meeting\b|\bjoin on your computer\b|"
    # "Pasted from the scheduling email: "Hi Nathan — you're confirmed for … let me know if you need to reschedule""
    r"\bpasted from\b|\byou(?:['’]re| are) confirmed for\b|\bif you need to (?:reschedule|change the time)\b|"
    r"\bjoin by phone\b|\bmeeting id\b|\bpasscode\b|\bor dial\b|\bdial[- ]in by phone\b|\bpin:\s*\d|"
    # a Zoom chat's "10:46:50 From  Sam Whitley (HR)  to  Everyone:"
    r"^\W*(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?from\s+[^:\n]{2,50}?\s+to\s+(?:everyone|me)\s*:?\s*$|"
    # a Teams invite's "Or call in (audio only)", "+1 512-555-0100,,839201744#   United States, Austin"
    r"\bcall in \(audio only\)|(?:,,|^\W*)\d{6,}#|\bclick here to join\b|\broom device\b|"
    r"\b(?:we are|we['’]re) pleased to (?:confirm|invite)\b|"
    # an invitation's own words: "The interview will last up to 60 minutes …", "… any reasonable adjustments"
    r"\b(?:the )?interview will (?:last|take (?:about|up to|around))\b|\blet us know if you need any\b|"
    r"\breasonable adjustments\b|\bthank you for applying\b|"
    r"^\W*please (?:bring|arrive|carry|check in|report to|ask for|enter|use the|park)\b|"
    # An invite's small print: "Should you need to reschedule …", "CONFIDENTIALITY NOTICE: This e-mail …"
    r"\bshould you need to (?:reschedule|change)\b|\bif you (?:require|need) any accommodations?\b|"
    r"\bparking is available\b|\bconfidentiality notice\b|\bthank(?:s| you) for your interest in\b|"
    r"\bunauthori[sz]ed review\b|\bintended recipient|^\W*human resources department\b|"
    r"\bthis e-?mail (?:and any attachments )?(?:is|are) confidential\b|"
    r"\bplease (?:let us know|tell us|advise us) (?:of|about|if you have) any\b)",
    re.IGNORECASE,
)
# At the start of a line: a pasted email's greeting, the notes' own heading, or their header.
NOT_A_NOTE_RE = regex_cache.compile(
    r"\W*(?:(?:hi|hello|dear|hey)\s+[\w-]+,|my notes(?: after| from)?(?:\s*\([^)]*\))?\W*$|"
    rf"{OWN_LANGUAGE_NOTES}\W*$|"
    r"(?:my\s+)?notes\s+(?:after|afterwards|underneath|below)\W*$|"  # "Notes after:", "--- my notes underneath ---"
    # a sign-off, alone or with the name after it
    r"(?:best|thanks|regards|cheers|kind regards|warm regards|many thanks|sincerely)(?:,\s+(?-i:[A-Z])|\W*$)|"
    r"(?:my\s+)?(?:interview\s+)?notes\s+(?:from|on|for|about)\b)",
    re.IGNORECASE,
)
ASIDE_RE = regex_cache.compile(r"\([^()]*\)")
OPENING_CLAUSE = regex_cache.compile(r"\s*[(,;]|\.\s")
# A table's header row: short cells, one of them naming the person ("# | name | title | what they asked | notes").
TABLE_HEADER = regex_cache.compile(
    r"^\W*(?:#\s*\|\s*)?(?:name|who|interviewer|person|panel(?:ist)?)\s*\|(?:\s*[^|\d]{1,30}\s*\|){1,6}[^|\d]{0,30}$",
    re.IGNORECASE,
)
NEXT_LABEL_RE = regex_cache.compile(r"next|f/u|follow|siguiente|próximo|prochaine|nächst", re.IGNORECASE)
NOT_WORDS = regex_cache.compile(r"[^\w\s:-]")
NEXT_HEADING_RE = regex_cache.compile(r"(?:the\s+)?next(?:\s+steps?)?\s*[:\-–—]*", re.IGNORECASE)
CLOCK_WORD_RE = regex_cache.compile(r"[\d:/.–-]+(?:am|pm)?")  # "9:30", "2pm", "11/19": when, not what
MY_RE = regex_cache.compile(r"\bmy\b")

# The question part only: "asked how I'd handle a complaint" up to where the answer starts ("- I said …").
QUESTION_TAIL_RE = regex_cache.compile(
    r",?\s*\basked(?:\s+me)?\s+(?:how|if|whether|what|why)\b.*?(?=\s[-–—→]\s|->|;|\.\s|\bI said\b|\btold\b|$)",
    re.IGNORECASE,
)


def _from_the_step(text: str) -> str:
    """A run-on line told in passing starts where the step does: "and I saw the new AutoStore thing, pay range
    is 95-110, Shonda said they'll call Thursday with a decision" -> "Shonda said they'll call Thursday …"."""
    clauses = re.split(r",\s+", text)
    if len(clauses) < 3 or len(text.split()) < 15:
        return text
    first = next((i for i, clause in enumerate(clauses) if NEXT_RE.search(clause) or STEPWISE.search(clause)), 0)
    return ", ".join(clauses[first:])


# Only asking what happens next: "what are the next steps?", "S: next steps", "so, next steps?"
ASKED_FOR_STEPS = regex_cache.compile(
    r"^\W*(?:[A-Z]{1,3}\s*:\s*)?(?:(?:so|and|ok|okay|me)\W+)?(?:(?:what|whats|what['’]s)\s+(?:are\s+|is\s+)?"
    r"(?:the\s+)?)?next(?:\s+steps?)?\s*\??\s*$",
    re.IGNORECASE,
)
# Words that look ahead: a clause with one may be the start of the step ("she said next is a meeting with …").
STEPWISE = regex_cache.compile(rf"\b(?:next|then)\b|{FUTURE_WORDS}", re.IGNORECASE)


def _spoken_by(work: Work, seg: Segment, owner: int) -> bool:
    """A transcript's line labelled with the panel member's name or initial: "R: I'll call you Tuesday"."""
    return bool(seg.label) and (_aliased_speaker(work, seg) == owner or _mentioned(work, seg.label or "") == owner)


# not "if I'd used Dexis before which I have": "I had", what the candidate has done
HOW_I_WOULD = regex_cache.compile(
    r"\b(?:how|whether|if|what|when)\s+I(?:['’]d|\s+would)\s+(?![a-z]+ed\b|(?:been|done|had|seen|run|led|built)\b)[^,;.]*"
)
ASKED_WHAT = regex_cache.compile(r"\bwhat did (?:she|he|they)\b|\bwhat (?:was|were) (?:she|he|they)\b", re.I)


def _other_speaker(work: Work, seg: Segment, facts: InterviewFacts) -> str | None:
    """The first name of a chat's speaker who is not the candidate: "Hira Shahid" over a recruiter's message."""
    # the label is on the line's first sentence: "Hira Shahid: Great. Next step is …, I'll share the test link"
    first = seg if seg.label else next((s for s in work.segments if s.line == seg.line and s.label), seg)
    label = first.label or ""
    names = find_names(label, min_words=2) if label and label_kind(first) is None else []
    if not names or names[0].name != label or fold(label) in work.own_labels:
        return None
    mine = {fold(w) for w in (facts.candidate.name or "").split()}
    return None if fold(label.split()[0]) in mine else label.split()[0]


def _named_subject(fact: Sourced, raw: str, person: Interviewer) -> Sourced:
    """ "they said Dr. Nguyen will call references this week": the step is "will call …" once her name is taken
    off the front; it is hers, so it keeps the name she was given there."""
    if not MODAL_FIRST.match(fact.value):
        return fact
    at = raw.find(fact.value)
    before = raw[:at].rstrip() if at > 0 else ""
    forms = (person.name, f"{person.honorific} {person.last_name}" if person.honorific else "", person.first_name)
    named = next((form for form in forms if form and before.endswith(form)), None)
    return Sourced(value=f"{named} {fact.value}", source=fact.source) if named else fact


MODAL_FIRST = regex_cache.compile(r"(?:will|would|is going to|is gonna|['’]ll)\s", re.IGNORECASE)
# The speaker's own "I" before what they will do: "I'll call you", "I might get you to meet …"
SPEAKER_I = regex_cache.compile(r"\bI(?=\s+(?:will|would|might|may|can|could|should)\b)")
SPEAKER_I_CONTRACTED = regex_cache.compile(r"\bI['’](ll|d)\b")


def _add_next_step(work: Work, facts: InterviewFacts, fact: Sourced, strong: bool, labelled: bool = False) -> None:
    """Labelled or clearly stated next steps go first, in the notes' order: the composer confirms the first one.

    A step under "Next:" outranks one said in passing ("Lucy from HR booked it, she'll send the forms").
    """
    if ASKED_FOR_STEPS.match(fact.value):
        return  # "Me: what are the next steps?", "S: next steps": the question, not the answer
    if labelled:
        facts.next_steps.insert(len(work.labelled_steps), fact)
        work.labelled_steps.append(fact)
        work.strong_steps.append(fact)
    elif strong:
        weak = [i for i, s in enumerate(facts.next_steps) if not any(s is t for t in work.strong_steps)]
        facts.next_steps.insert(weak[0] if weak else len(facts.next_steps), fact)
        work.strong_steps.append(fact)
    else:
        facts.next_steps.append(fact)


def _meta_words(facts: InterviewFacts) -> set[str]:
    """Words that only restate who/where/when, so a line made of them is not a topic."""
    parts: list[str] = []
    for person in facts.interviewers:
        parts += [person.name, person.title or ""]
    for fact in (facts.company, facts.role):
        if fact:
            parts.append(fact.value)
    if facts.candidate.name:
        parts.append(facts.candidate.name)
    intro = (
        "interview meeting chat call zoom onsite panel screen phone video round role position job today "
        "morning afternoon with about for team hiring manager spot opening went fine good well great"
    )
    words = {stem(w) for w in content_words(" ".join(parts) + " " + intro)}
    return words | WEEKDAY_WORDS | {"noon", "onsite", "on-site"}


EMOJI = regex_cache.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+")


def tidy_fragment(text: str) -> str:
    """A note fragment made presentable: shorthand spelled out, lead verbs and stray punctuation gone."""
    # "she also asked a drug calc question 😬", "football for 5 mins (Arsenal 😂)"; "Next step ➡️ demo lesson": an arrow
    text = EMOJI.sub("", text.replace("➡️", "→").replace("➡", "→"))
    text = re.sub(r"\s*\((?:[!?]+|lol|haha)\)", "", text, flags=re.IGNORECASE)  # "4 HCAs for 60 beds (!!)"
    # "my experience at Umeda Logistics helpdesk (old job)"; not "the carvery at the Errigle Inn (my old job)", where
    # only the aside says whose it was
    bare = OWN_PAST_ASIDE.sub("", text)
    text = bare if re.search(r"\b(?:my|I)\b", bare) else text
    # "… like three times oops", dictated "… the portfolio intake process they're building okay"
    text = re.sub(r"\s+(?:oops|lol|haha|lmao|okay|ok|um+|uh+)\W*$", "", text, flags=re.IGNORECASE)
    text = expand_shorthand(re.sub(r"\s+(?=[)\].,;!?])", "", text).strip())
    text = LEAD_VERBS_RE.sub("", text, count=1)
    text = re.sub(r"^(?:about|re:?|on|regarding)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*(?:->|=>|→)\s*", " - ", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip(" -–—:;,.!?\"'").strip()


# The writer's reminder to themselves of whose job that was, not words for the letter
OWN_PAST_ASIDE = regex_cache.compile(
    r"\s*\((?:my\s+)?(?:old|prev|previous|last|former|current)\s+(?:job|role|employer|company|work)\)", re.IGNORECASE
)


__all__ = ["extract_facts", "format_title", "tidy_fragment"]
