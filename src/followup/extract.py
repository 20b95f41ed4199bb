"""Offline extraction: raw notes -> InterviewFacts, by rules.

Extractive by construction: every value is a piece of the notes (tidied), and
every fact keeps the snippet it came from. What the notes do not say stays
empty, to be asked for rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from followup.contacts import Found, find_emails, find_phones
from followup.models import Candidate, Interviewer, InterviewFacts, Sourced
from followup.names import NOT_NAMES, TITLE_WORDS, find_names, is_name_word, looks_like_title, same_person
from followup.prompts import load_toml
from followup.segments import Segment, looks_injected, split_segments, strip_markup
from followup.text import STOPWORDS, content_words, expand_shorthand, fold, stem
from followup.when import parse_when


def _labels(spec: str) -> frozenset[str]:
    return frozenset(label.strip() for label in spec.split("|"))


LABELS: dict[str, frozenset[str]] = {
    "interviewer": _labels(
        "interviewer|interviewers|interviewer(s)|interviewed by|panel|panelists|panel members|met with|"
        "with|hiring manager|recruiter|spoke with|call with|people|attendees|who|hm|"
        "entrevistador|entrevistadora|entrevistadores|con|avec|intervieweur|recruteur|recruteuse|"
        "gesprächspartner|gesprächspartnerin|interviewer:in"
    ),
    "company": _labels(
        "company|org|organization|organisation|employer|hospital|school|district|firm|agency|client|"
        "business|store|clinic|practice|co|empresa|entreprise|société|firma|unternehmen|arbeitgeber"
    ),
    "role": _labels("role|position|job|job title|opening|req|applying for|title|for|puesto|cargo|poste|stelle"),
    "time": _labels("date|when|time|interview date|day|date/time|datetime|fecha|hora|heure|termin|datum|wann"),
    "candidate": _labels(
        "my info|candidate|my contact|contact|name|from|my name|signature|sig|my details|contact info|"
        "my contact info|candidate info|contacto|mis datos|mes coordonnées|kontakt|meine daten"
    ),
    "next": _labels(
        "next|next step|next steps|ns|follow up|follow-up|followup|todo|to do|action items|timeline|after|"
        "next stage|next round|siguiente paso|próximo paso|prochaine étape|suite|nächster schritt|nächste schritte"
    ),
    "answer": _labels(
        "a|answer|my answer|i said|skills|my background|background|strengths|i talked about|yo|moi|ich|respuesta"
    ),
    "question": _labels(
        "q|question|questions|they asked|asked|topics|notes|discussed|discussion|projects|project|highlights"
    ),
}
INTRO_RE = re.compile(
    r"\b(?:mtg|meeting|met|call|chat|interview(?:ed)?|spoke|talked|screen|zoom|coffee|lunch|onsite|on-site|"
    r"panel|sat down|sat|conversation|convo|1:1|session|round|phone screen|video call|visit|tour|shadow(?:ed)?)\b"
    r"(?:(?!\b(?:about|abt|re)\b)[^.;\n]){0,80}?\b(?:w/|with|by|to)\s+"  # not "talked about moving to Kafka"
    r"|^\s*(?:with|w/)\s+"  # a header's second line: "with Chiara Benedetti & Kofi Asante"
    r"|\b(?:intro|debrief|deep-dive|met|mtg|chat|call)\s+(?:w/|w|with)\s+"
    r"|\b(?:first|then|and then)\s+(?:with\s+)?(?=(?-i:[A-Z][^\W\d_'’]+(?:['’-][^\W\d_]+)*\s+[A-Z]))"
    r"|\bmet\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?=(?-i:(?:Dr\.?\s|Mrs?\.?\s|Ms\.?\s)?[A-Z][^\W\d_]+\s+[A-Z]))",
    re.IGNORECASE | re.MULTILINE,
)
NEXT_RE = re.compile(
    r"\bnext\s*(?:steps?|round|stage)?\s*[:\-–—]|\bnext steps?\b|\bnext round\b|\bfollow[- ]?up\b|"
    r"\b(?:will|'ll|’ll|'d|’d|would)\s+(?:send|set up|setup|schedule|reach out|be in touch|get back|follow up|"
    r"email|call|"
    r"let me know|circle back|connect|loop|introduce|share|forward|arrange|book|confirm|decide|review)\b|"
    r"\b(?:[A-Z][a-z]+|recruiter|hr|she|he|they)\s+to\s+(?:send|set up|schedule|email|call|confirm|follow up)\b|"
    r"\bhear back\b|\bdecision\b|\bfinal round\b|\bsecond round\b|\bthird round\b|\bsecond interview\b|"
    r"\b(?:an?|final|next) (?:onsite|on-site)\b|"
    r"\breferences?\b|\btake[- ]home\b|\bshadow (?:shift|day)\b|\bstart date\b|\bbackground check\b|"
    r"\btimeline\b|\bwithin \w+ (?:days|weeks|business days)\b|\bby (?:mon|tue|wed|thu|fri|end of|eod|eow)\w*\b|"
    r"\b(?:will|'ll|’ll) be in touch\b|\bsend (?:over|them|him|her)\b|\bsample lesson\b|\bdemo lesson\b|"
    r"\btrial (?:shift|day)\b|\bworking interview\b|\bcome (?:in|back)\b|\bdemo (?:class|day|session)\b|"
    r"\bwants? me (?:in|to (?:come|coach|teach|present|meet|shadow|bring|send|do|run))\b|\binvited me (?:to|back)\b",
    re.IGNORECASE,
)
FIRST_PERSON_SKILL_RE = re.compile(
    r"\bmy\b|\b(?:I\s+)?(?:told|showed|walked)\s+(?:her|him|them|you)\b|\bI\s+set\s+up\b|"
    r"\bI(?:'ve|’ve| have| had|['’]d)?\s+(?!asked|liked|loved|enjoyed|wondered|mentioned|wanted|hoped|"
    r"noted|needed|appreciated|agreed|offered|promised|followed)"
    r"(?:[a-z]+ed|led|built|ran|run|did|done|do|speak|know|hold|held|used|use|kept|taught|"
    r"managed|designed|shipped|wrote|created|launched|"
    r"migrated|taught|trained|teach|handled|worked|work|implemented|developed|grew|increased|reduced|cut|saved|"
    r"precepted|supervised|coordinated|oversaw|started|founded|owned|own|closed|sold|installed|wired|fixed|"
    r"repaired|welded|completed|earned|hold|have|am|was|spent|mentored|organized|organised|analyzed|analysed|"
    r"audited|prepared|automated|scaled|negotiated|delivered|volunteer(?:ed)?|specialize|specialise)\b",
    re.IGNORECASE,
)
PAST_EMPLOYER_RE = re.compile(
    r"(?:\b(?:my|our|we|told|said)\b[^.;\n]{0,60}|\b(?:I|I'm|I've)\b[^.;\n]{0,60}|\b(?:previously|formerly|former|ex|back|when|while|"
    r"was|worked|working|work|time|days|stint|years?|internship|job|role|from|current(?:ly)?)\b\s*)$",
    re.IGNORECASE,
)
COMPANY_NAME = r"([A-Z0-9][\w&.'’-]*(?:\s+(?:&\s+|(?:of|for|and|de|del|la)\s+(?:the\s+)?)?[A-Z0-9][\w&.'’-]*){0,4})"
AT_COMPANY_RE = re.compile(rf"(?:^|\s)(?:@|at)\s+{COMPANY_NAME}", re.UNICODE)
COMPANY_SUFFIXES = frozenset(
    "inc inc. llc ltd co co. corp corporation company group health healthcare labs lab systems hospital "
    "hospitals school schools university college academy bank bakery logistics robotics games analytics "
    "freight mechanical services union partners capital solutions technologies tech studio studios agency "
    "clinic foods media consulting credit insurance motors energy pharma therapeutics software networks "
    "ventures holdings industries electric construction district center centre foundation institute "
    "associates architects design designs store stores market markets cafe restaurant hotel airlines "
    "mortgage court suites inn builders medical plumbing drain library museum church county city council "
    "dental pharmacy gallery bakery brewery farms trucking transit utilities wellness therapy distribution "
    "fabrication rigging gmbh ag sa sas srl plc llp lp pllc kg events studio salon spa realty properties "
    "resources mutual hosp ledger grounds outfitters cooperative co-op pharmaceuticals fitness gym homes "
    "residential".split()
)
ROLE_RE = re.compile(
    r"(?:^|[\s,(—–-])(?:the\s+|a\s+|an\s+)?([A-Za-z0-9][\w./&+'-]*(?:\s+[A-Za-z0-9][\w./&+'-]*){0,4}?)\s+"
    r"(?:role|position|job|req|posting|vacancy)\b",
    re.IGNORECASE,
)
ROLE_FOR_RE = re.compile(
    r"\b(?:interview(?:ing|ed)?|applying|applied|candidate)\s+for\s+(?:the\s+|a\s+|an\s+)?"
    r"([A-Za-z][\w./&+'-]*(?:\s+[A-Za-z][\w./&+'-]*){0,4})",
    re.IGNORECASE,
)
ROLE_STOP = frozenset("at @ with for w/ in on - — – , the a an my our their interview role position".split())
LEAD_VERBS_RE = re.compile(
    r"^(?:(?:he|she|they|we|I|[A-Z][\w'-]+)\s+)?(?:also\s+|then\s+|really\s+)?"
    r"(?:asked\s+me\s+to\s+(?:talk\s+about|describe|explain|walk\s+(?:her|him|them)\s+through)|"
    r"asked(?:\s+me)?(?:\s+(?:about|abt|re:?|on))?(?=\s+(?:how|if|whether|what|why)\b)|"
    r"asked(?:\s+me)?(?:\s+(?:about|abt|re:?|on))?|talked\s+(?:about|abt|thru|through)|"
    r"discussed|mentioned(?:\s+that)?|described|explained(?:\s+that)?|said(?:\s+that)?|"
    r"told\s+(?:me|her|him|them|you)(?:\s+(?:about|abt|that))?|"
    r"spoke\s+(?:about|abt|of)|went\s+over|walked\s+(?:me\s+)?(?:through|thru)|shared|brought\s+up|covered|"
    r"focused\s+on|dug\s+into|grilled\s+me\s+on|wanted\s+to\s+know(?:\s+about)?|was\s+curious\s+about|"
    r"interested\s+in|q\s*[:\-]|question\s+(?:about|abt|on))\s*[:\-]?\s*",
    re.IGNORECASE,
)
LOWER_NAME_WITH_TITLE = re.compile(r"^([a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){1,2})\s*\(([^)]{2,60})\)")
STRONG_NEXT_RE = re.compile(
    r"^\s*next\b|\bnext steps?\b|\bnext round\b|\bsite visit\b|\bdecision\b|\bhear back\b|"
    r"\b(?:will|'ll|’ll)\s+(?:email|call|send|schedule|set up|be in touch|reach out)\b",
    re.IGNORECASE,
)
_CREDENTIAL = r"(?:[A-Z]{2,5}|PhD|Ph\.D\.|PharmD|EdD|PsyD|MBA|MSW|MSN|BSN|PA-C|DNP)"
CREDENTIALS_RE = re.compile(rf",\s*{_CREDENTIAL}(?:,\s*{_CREDENTIAL})*(?=[\s,(–—.-]|$)")
NO_PHONE_RE = re.compile(
    r"\bno phone\b|\bemail only\b|\bdon'?t (?:call|give|share) (?:me|my (?:phone|number|cell))|"
    r"\bi screen (?:my )?calls\b|\bnot (?:giving|sharing) my (?:phone|number|cell)\b",
    re.IGNORECASE,
)
NO_NEXT_RE = re.compile(
    r"\bno (?:timeline|next steps?|date|decision date)\b|\bdid(?:n'?t| not) (?:say|give|mention) (?:a |any )?"
    r"(?:next steps?|timeline)|\bstill interviewing\b|\bno word on next\b|"
    r"^(?:none(?: given| yet| mentioned)?|n/?a|tbd|not discussed|no idea)\.?$",
    re.IGNORECASE,
)
NEXT_LEAD_RE = re.compile(r"^\s*(?:next(?:\s+steps?)?|ns)\b\s*(?:[:\-–—>=|]|->)", re.IGNORECASE)
LOWER_NAME_THEN_TITLE = re.compile(
    r"(?<![\w'’-])([a-z][a-zà-ÿ'’-]+\s+[a-z][a-zà-ÿ'’-]+)\s*(?:\(([^)]{2,40})\)|,?\s+the\s+((?:[a-z]+\s+){0,2}"
    r"(?:manager|director|mgr|lead|head|supervisor|principal|editor|owner|vp|recruiter|coordinator|"
    r"superintendent|foreman|chief|partner|president)))\b"
)
COMMON_NOT_NAMES = frozenset(
    "interview intvw went pretty well think said talked spoke met first then joined later also really just ok so "
    "store office shop site yard clinic school team crew floor panel call zoom chat meeting coffee lunch".split()
)
LOWER_COMPANY_RE = re.compile(r"\b(?:at|with|w/|@)\s+((?:the\s+)?(?:[a-z][\w&'’-]*\s+){0,3}[a-z][\w&'’-]*)")
MEETING_RE = re.compile(r"\b(?:met|meeting|talked|spoke|chat(?:ted)?|interview(?:ed)?|call)\b", re.IGNORECASE)
CHUNK_SPLIT = re.compile(r"\s+[-–—/|·•→]\s+|\s*[|·•→]\s*|\s*->\s*|\s*//\s*|,\s+|\.\s+")
NOT_INTERVIEWER_RE = re.compile(
    r"\bnot (?:an? )?interviewer\b|\bscheduling only\b|\bjust (?:the )?scheduling\b|\bdidn'?t interview\b", re.I
)
ME_LINE_RE = re.compile(
    r"^\s*(?:me|my info|my contact|my details|myself|my name is|moi|yo|ich|eu)\s*"
    r"(?:[-–—=:|]|\s-|\s+(?=\S+\s+\S+.*@))\s*",
    re.IGNORECASE,
)
LOWER_NAME_RE = re.compile(r"^\s*([^\W\d_]+(?:[ -][^\W\d_]+){1,2})\s*(?:[|,·•–—-]|\s{2,}|$)")
INTERVIEW_WORD_RE = re.compile(r"^(?:interview|entrevista|entretien|vorstellungsgespräch)\s*[-:]?\s*", re.I)
LOWER_NOT_NAMES = frozenset({"my info", "contact", "email", "phone", "cell", "me", "my contact"})
BLANK_FIELD_RE = re.compile(
    r"^(?:n/?a|none(?: given| yet| mentioned| discussed)?|tbd|\?+|-+|unknown|not (?:discussed|mentioned|given)|"
    r"no idea|nothing(?: yet| concrete)?)\.?$",
    re.IGNORECASE,
)


@dataclass
class _Work:
    """Extraction state shared by the passes below."""

    segments: list[Segment]
    now: datetime
    region: str
    interviewers: list[Interviewer] = field(default_factory=list)
    owners: dict[int, int] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)
    rests: dict[int, str] = field(default_factory=dict)


def extract_facts(
    notes: str, profile: Candidate | None = None, now: datetime | None = None, region: str = "US"
) -> InterviewFacts:
    """Read interview notes into facts, each with the snippet it came from."""
    now = now or datetime.now().astimezone()
    plain, markup = strip_markup(notes)
    segments = split_segments(plain)
    ignored = [Sourced(value="markup", source=m[:200]) for m in markup]
    kept = []
    for seg in segments:
        if looks_injected(seg.raw):
            ignored.append(Sourced(value="instructions", source=seg.raw))
        else:
            kept.append(seg)
    work = _Work(kept, now, region)
    facts = InterviewFacts(ignored=ignored)
    facts.candidate = _candidate(work, profile)
    _find_interviewers(work, facts.candidate)
    _attach_interviewer_emails(work, facts.candidate)
    facts.interviewers = work.interviewers
    _names_they_go_by(work, plain)
    _not_an_interviewers_email(work, facts.candidate, profile)
    facts.company = _company(work)
    facts.role = _role(work)
    _interview_time(work, facts)
    _content(work, facts)
    return facts


# --- candidate -------------------------------------------------------------------


def _candidate(work: _Work, profile: Candidate | None) -> Candidate:
    emails, phones = _contacts(work)
    candidate = Candidate()
    own = _own_segments(work)
    email = _pick_candidate(emails, own, phones)
    phone = _pick_candidate(phones, own, emails)
    candidate.email = email.value if email else None
    candidate.phone = phone.value if phone else None
    candidate.name = _candidate_name(work, email, phone, own)
    for index in [email.start if email else -1, phone.start if phone else -1]:
        if index >= 0:
            work.used.add(index)
    candidate.no_phone = candidate.phone is None and any(NO_PHONE_RE.search(s.raw) for s in work.segments)
    if profile:
        candidate.name = profile.name or candidate.name
        candidate.email = profile.email or candidate.email
        candidate.phone = profile.phone or candidate.phone
        candidate.no_phone = (profile.no_phone or candidate.no_phone) and not candidate.phone
    return candidate


def _contacts(work: _Work) -> tuple[list[Found], list[Found]]:
    """Emails and phones, with `start` replaced by the index of their segment."""
    emails: list[Found] = []
    phones: list[Found] = []
    for i, seg in enumerate(work.segments):
        emails += [Found(f.value, i, f.end) for f in find_emails(seg.raw)]
        phones += [Found(f.value, i, f.end) for f in find_phones(seg.raw, work.region)]
    return emails, phones


def _own_segments(work: _Work) -> list[int]:
    """Segments of the candidate's contact block: a "Me:"/"My contact:" label and the lines under it."""
    own: list[int] = []
    for i, seg in enumerate(work.segments):
        if ME_LINE_RE.match(seg.raw):
            own.append(i)
            continue
        if _label_kind(seg) != "candidate":
            continue
        own.append(i)
        if not seg.text:
            following = work.segments[i + 1 : i + 4]
            own += [i + 1 + k for k, s in enumerate(following) if s.paragraph == seg.paragraph]
    return own


def _pick_candidate(found: list[Found], own: list[int], partners: list[Found]) -> Found | None:
    """The candidate's own contact: in their contact block, else beside their other contact detail.

    `partners` are the other kind of contact (phones for an email): the candidate's
    email and phone usually sit together, an interviewer's email alone.
    """
    if not found:
        return None
    partner_places = {p.start for p in partners}

    def score(item: tuple[int, Found]) -> tuple[int, int]:
        position, f = item
        near = any(abs(f.start - place) <= 1 for place in partner_places)
        return (3 if f.start in own else 0) + (2 if near else 0), position

    return max(enumerate(found), key=score)[1]


def _not_an_interviewers_email(work: _Work, candidate: Candidate, profile: Candidate | None) -> None:
    """The candidate's email is never one the notes give for an interviewer."""
    theirs = {fold(p.email) for p in work.interviewers if p.email}
    if not candidate.email or fold(candidate.email) not in theirs or (profile and profile.email):
        return
    emails, _ = _contacts(work)
    others = [f.value for f in emails if fold(f.value) not in theirs]
    candidate.email = others[-1] if others else None


def _candidate_name(work: _Work, email: Found | None, phone: Found | None, own: list[int]) -> str | None:
    places = [i for i in own] + [f.start for f in (email, phone) if f]
    for i in places:
        seg = work.segments[i]
        text = seg.text if seg.label else seg.raw
        for match in find_names(text, min_words=2):
            return match.name
        bare = re.sub(
            r"^\s*(?:my info|my name is|my contact|my details|me)\b\s*[:=-]?\s*", "", _strip_contacts(text), flags=re.I
        )
        lowercase = re.match(r"^\s*([^\W\d_]+(?:[ -][^\W\d_]+){1,2})\s*(?:[|,·•–—-]|\s{2,}|$)", bare)
        if (
            lowercase
            and (find_emails(seg.raw) or find_phones(seg.raw))
            and fold(lowercase.group(1)) not in LOWER_NOT_NAMES
        ):
            return lowercase.group(1).title()
        if i > 0 and i - 1 not in places:
            prev = work.segments[i - 1]
            names = find_names(prev.raw, min_words=2)
            if names and len(prev.raw.split()) <= 4:
                return names[0].name
    return None


# --- interviewers ------------------------------------------------------------------


def _find_interviewers(work: _Work, candidate: Candidate) -> None:
    labels = [fold(seg.label) for seg in work.segments if seg.label]
    for i, seg in enumerate(work.segments):
        if NOT_INTERVIEWER_RE.search(seg.raw) or _label_kind(seg) == "next" or NEXT_LEAD_RE.match(seg.raw):
            continue  # "next: system design w/ Anna" names who comes next, not who interviewed
        speaker_ok = bool(seg.label) and (labels.count(fold(seg.label or "")) > 1 or len((seg.label or "").split()) > 1)
        for name, title, rest in _people_in(seg, speaker_ok):
            if candidate.name and same_person(name, candidate.name):
                continue
            index = _add_interviewer(work, name, title, seg.raw)
            if index is None:
                continue
            work.owners.setdefault(i, index)
            if rest is not None:
                work.rests[i] = rest


def _people_in(seg: Segment, speaker_ok: bool = True) -> list[tuple[str, str | None, str | None]]:
    """(name, title, the rest of the segment after the introduction) for each person introduced.

    A one-word label such as "Puesto:" only counts as a transcript speaker when it
    repeats; "Priya:" said once is more likely a label we don't know.
    """
    kind = _label_kind(seg)
    in_label = _person_in_label(seg)
    if in_label:
        return [in_label]
    if kind == "interviewer":
        return _name_list(_after_title(seg.text))
    if kind is None and seg.label and speaker_ok and _speaker(seg.label):
        return [(_speaker(seg.label) or "", None, seg.text)]
    if kind == "answer" or (kind is None and seg.label):
        # "S: Dr. Ngozi Okafor-Bell, Dir Clinical Affairs." or a chat's "me: Noor Al-Khatib the line producer…"
        inner = _people_in(Segment(seg.text, seg.text, seg.line, None, seg.bullet, seg.indent, seg.paragraph))
        if inner or kind == "answer":
            return inner
    if kind is not None:
        return []
    # "Acme - Ops Controller - call w/ Ms. Amara Reid": the person after "with", not the header before it.
    intro = INTRO_RE.search(seg.raw)
    if intro:
        # A name typed in lower case counts only after "met/talked/spoke with" in notes with no capitals at all.
        lowercase_names = bool(MEETING_RE.search(intro.group(0))) and not re.search(r"\b(?!I\b)[A-Z]", seg.raw)
        found = _name_list(_after_title(seg.raw[intro.end() :]), intro_only=True, lowercase_names=lowercase_names)
        people = [p for p in found if not _is_org(p[0])]
        if people:
            # What the line says besides the introduction ("I said I used Epic … then Lupe Castañeda
            # asked how I'd handle meds") is still content.
            said = seg.raw[: intro.start()] + " " + seg.raw[intro.end() :].replace(people[-1][0], " ", 1)
            rest = said.strip(" ,;-–—") if len(said.split()) >= 6 else None
            return [*people[:-1], (people[-1][0], people[-1][1], people[-1][2] or rest)]
    header = re.match(r"^[^|\s][^|,:(]{0,40}?\s[-–—|/]\s", seg.raw)
    # The first line "Harlan Ford Lincoln - svc advisor intvw, sat 9a" starts with the company, not a person;
    # a person named later on it ("… — Dr. Oluwaseun Adeyemi-Clarke, DPT (clinic director)") still counts.
    company_header = seg.line == 0 and not seg.bullet and header is not None
    finders: list[Callable[[str], list[tuple[str, str | None, str | None]]]] = [
        _table_row_person,
        lambda raw: [] if company_header else _leading_person(raw, speaker_ok),
        lambda raw: [] if company_header else _lower_leading_person(raw),
        _titled_mentions,
        _lower_titled_mentions,
    ]
    for finder in finders:
        found = finder(seg.raw)
        # "Maple Ridge School District, front office secretary…": an organisation; look further.
        people = [p for p in found if not _is_org(p[0])]
        if people:
            return people
    return []


def _is_org(name: str) -> bool:
    return has_company_suffix(name) or has_org_word(name)


def _lower_titled_mentions(raw: str) -> list[tuple[str, str | None, str | None]]:
    """Notes typed all in lower case: "first was brett callahan the district manager"."""
    people: list[tuple[str, str | None, str | None]] = []
    for match in LOWER_NAME_THEN_TITLE.finditer(raw):
        words = match.group(1).split()
        if any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS or w in COMMON_NOT_NAMES for w in words):
            continue
        if any(re.search(r"['’](?:re|ve|ll|d|s|t|m)$", w) for w in words):
            continue  # "they're rebuilding (the editor)"
        title = match.group(2) or match.group(3)
        if not looks_like_title(title):
            continue
        people.append((match.group(1).title(), _tidy_title(title.strip()), None))
    return people


def _lower_leading_person(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "chiara benedetti (GM) -- guest scores slipped": a name typed in lower case, with a title."""
    match = LOWER_NAME_WITH_TITLE.match(raw.strip())
    if not match or not looks_like_title(match.group(2)):
        return []
    words = match.group(1).split()
    if any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS for w in words):
        return []
    rest = raw.strip()[match.end() :].strip(" -–—:,")
    return [(match.group(1).title(), _tidy_title(match.group(2)), rest or None)]


def _after_title(text: str) -> str:
    """ "GM — Beatriz Olivares-Cruz": the name after a title."""
    lead = re.match(r"^([^,;:()]{1,30}?)\s+[-–—]\s+(?=[A-Z])", text)
    return (
        text[lead.end() :]
        if lead and looks_like_title(lead.group(1)) and not find_names(lead.group(1), min_words=2)
        else text
    )


def _person_in_label(seg: Segment) -> tuple[str, str | None, str | None] | None:
    """ "Q (Grace Liu):" or "Interviewer (Kai Nakoa, Front Office Mgr):" names the speaker."""
    if not seg.label or _label_kind(seg) not in ("question", "interviewer"):
        return None
    inner = re.search(r"\(([^)]+)\)", seg.label)
    if not inner:
        return None
    names = find_names(inner.group(1))
    if not names or names[0].start > 1:
        return None
    title_text = inner.group(1)[names[0].end :].strip(" ,-–—")
    title = _tidy_title(title_text) if title_text and looks_like_title(title_text) else None
    return names[0].name, title, seg.text


def _speaker(label: str) -> str | None:
    """A transcript speaker label ("Priya", "Priya R.") that names a person."""
    names = find_names(label)
    if names and names[0].start == 0 and len(label) - names[0].end <= 3:
        name = names[0].name
        if " " not in name and (len(name) < 2 or (re.search(r"(?:ed|ing|ly)$", name) and len(name) >= 6)):
            return None  # "S:" (a SOAP note) or "Concerned:" is a heading, not a person
        return name
    return None


def _name_list(
    text: str, intro_only: bool = False, lowercase_names: bool = False
) -> list[tuple[str, str | None, str | None]]:
    """People in "Ruth Abebe (charge nurse), Omar Haddad - unit mgr and Dr. Lee"."""
    people: list[tuple[str, str | None, str | None]] = []
    position = 0
    text = text.strip()
    lower = LOWER_NAME_WITH_TITLE.match(text)
    if intro_only and lower and looks_like_title(lower.group(2)):
        return [(lower.group(1).title(), _tidy_title(lower.group(2)), None)]
    bare = re.match(r"([a-zà-ÿ][a-zà-ÿ'’-]+\s+[a-zà-ÿ][a-zà-ÿ'’-]+)\b", text)
    typed_in_lower_case = not re.search(r"\b(?!I\b)[A-Z]", text)  # voice-to-text notes have no capitals at all
    if intro_only and lowercase_names and bare and typed_in_lower_case:
        words = bare.group(1).split()
        if not any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS or w in COMMON_NOT_NAMES for w in words):
            return [(bare.group(1).title(), None, None)]  # "i met with margaux lefèvre she is the owner"
    while position < len(text):
        names = find_names(text[position:])
        if not names or (intro_only and names[0].start > 2 and people == []) or names[0].start > 3:
            break
        match = names[0]
        end = position + match.end
        title, end = _title_after(text, end)
        full = find_names(title or "", min_words=2)
        if title and full and not looks_like_title(title):
            people.append((full[0].name, None, None))  # "Dazza (Darren Kettle)": the full name is in brackets
        else:
            people.append((match.name, title, None))
        joiner = re.match(r"\s*(?:,|;|/|&|\+|\band\b|\bw/|\bwith\b)\s*", text[end:])
        if not joiner:
            break
        position = end + joiner.end()
    if people:
        name, title, _ = people[-1]
        people[-1] = (name, title, text[end:].strip(" -–—:,") or None) if not intro_only else people[-1]
    return people


def _title_after(text: str, end: int) -> tuple[str | None, int]:
    credentials = CREDENTIALS_RE.match(text[end:])  # "Heather Lund, PE (Principal)"
    if credentials and re.match(r"\s*[(,–—-]", text[end + credentials.end() :]):
        end += credentials.end()
    paren = re.match(r"\s*\(([^)]{1,60})\)", text[end:])
    if paren:
        return _tidy_title(paren.group(1)), end + paren.end()
    comma = re.match(r"\s*[,–—-]\s*([^,;:()\n]{2,50}?)(?=\s*(?:[,;:()\n]|\s[-–—]\s|$|\s@|\sat\s))", text[end:])
    words = [w.lower().strip(".") for w in comma.group(1).split()] if comma else []
    title_edge = bool(words) and (words[0] in TITLE_WORDS or words[-1] in TITLE_WORDS)  # "Managing Editor"
    if comma and looks_like_title(comma.group(1)) and (title_edge or not find_names(comma.group(1), min_words=2)):
        return _tidy_title(re.sub(r"^the\s+", "", comma.group(1))), end + comma.end()
    return None, end


def _table_row_person(raw: str) -> list[tuple[str, str | None, str | None]]:
    """A row of a notes table: "Björn Lindqvist | Head Brewer | dry-hop creep in the IPAs"."""
    cells = [c.strip() for c in raw.split("|")]
    if len(cells) < 3:
        return []
    names = find_names(cells[0])
    if not names or names[0].start != 0 or names[0].end < len(cells[0]) - 1:
        return []
    title = cells[1] if looks_like_title(cells[1]) else None
    return [(names[0].name, _tidy_title(title) if title else None, " ".join(c for c in cells[2:] if c) or None)]


def _leading_person(raw: str, speaker_ok: bool = True) -> list[tuple[str, str | None, str | None]]:
    """A line that starts with a person: "Ruth Abebe (charge nurse) - asked about alarms"."""
    raw = re.sub(r"^\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*[-–—:]?\s+", "", raw, flags=re.IGNORECASE)
    names = find_names(raw)
    if not names or names[0].start != 0:
        return []
    match = names[0]
    title, end = _title_after(raw, match.end)
    after = raw[end:]
    header = re.match(r"\s*:\s*|\s+[-–—>]+\s+|\s*->\s*|\s*[-–—]\s*$", after)  # "W-2" is not a header dash
    words_in_name = len(match.name.split())
    one_word_speaker = words_in_name == 1 and header is not None and header.group(0).strip() == ":" and speaker_ok
    if title is None and not (header and (words_in_name >= 2 or one_word_speaker)):
        return []  # "End: she said…" said once is a label, not a speaker
    if title is None and words_in_name < 2 and not header:
        return []
    rest = after[header.end() :] if header else after
    dash_title = title is not None and not re.match(r"\s*[(,]", raw[match.end :])
    if dash_title and words_in_name < 2:
        return []  # "Brightloop - Account Executive - video call": a company header
    first_chunk = re.split(r"\s+[-–—|/]\s+|,", rest.strip())[0]
    if title is None and looks_like_title(first_chunk) and len(first_chunk.split()) <= 5:
        return []  # "Acme Freight - Dispatcher - Mon 11/16": a company and role, not a person
    return [(match.name, title, rest.strip() or None)]


def _titled_mentions(raw: str) -> list[tuple[str, str | None, str | None]]:
    """Someone named with a title anywhere: "talked to Dr. Chen (dept chair)", "Noor Al-Khatib the line producer"."""
    people: list[tuple[str, str | None, str | None]] = []
    for match in find_names(raw, min_words=2):
        the_title = re.match(
            r"\s*,?\s+(?:who['’]s\s+|who is\s+|is\s+)?the\s+((?:[\w-]+\s+){0,2}[\w-]+)", raw[match.end :]
        )
        if the_title and looks_like_title(the_title.group(1)) and the_title.group(1).split()[-1].lower() in TITLE_WORDS:
            people.append((match.name, _tidy_title(the_title.group(1)), None))
    if people:
        return people
    for match in find_names(raw):
        title, _ = _title_after(raw, match.end)
        if title and (not looks_like_title(title) or len(match.name.split()) < 2 or has_company_suffix(match.name)):
            title = None
        honorific = match.name.split()[0].rstrip(".").lower() in {
            "dr",
            "mrs",
            "mr",
            "ms",
            "prof",
            "mx",
        }
        if (title and re.match(r"\s*\(", raw[match.end :])) or honorific:
            _, end = _title_after(raw, match.end)
            people.append((match.name, title, raw[end:].strip(" -–—:,") or None))
    return people


def _tidy_title(title: str) -> str:
    words = expand_shorthand(title.strip()).split()
    return " ".join(words)


def _add_interviewer(work: _Work, name: str, title: str | None, source: str) -> int | None:
    if has_company_suffix(name) or has_org_word(name):
        return None
    name = _titlecase_if_lower(name)
    for index, known in enumerate(work.interviewers):
        if same_person(known.name, name):
            if len(name.split()) > len(known.name.split()):
                known.name = name
            known.title = known.title or title
            return index
    work.interviewers.append(Interviewer(name=name, title=title, source=source))
    return len(work.interviewers) - 1


def _titlecase_if_lower(name: str) -> str:
    return name if any(ch.isupper() for ch in name) else name.title()


def _names_they_go_by(work: _Work, notes: str) -> None:
    """ "Lan to decide by Friday" about Nguyễn Thị Lan: greet people by the name the notes use."""
    for person in work.interviewers:
        parts = [w for w in person.name.split() if w.rstrip(".").lower() not in {"dr", "mr", "mrs", "ms", "mx", "prof"}]
        cue = re.search(
            rf"{re.escape(person.name)}[^.\n]{{0,60}}?\b(?:goes by|go by|prefers|call (?:her|him|them))\s+[\"“']?(\w+)",
            notes,
        )
        nickname = re.search(rf"{re.escape(parts[0])}\s+[\"“']([^\W\d_]{{2,15}})[\"”']", notes) if parts else None
        if cue and (cue.group(1) in parts or len(cue.group(1)) >= 2):
            person.called = cue.group(1)  # "call her Ro"
            continue
        if nickname:
            person.called = nickname.group(1)  # Thaddeus "Thad" Okonkwo-Byrne
            continue
        if len(parts) < 3:
            continue  # "Osei:" for Rachel Osei is her surname, not what to call her
        alone = notes.replace(person.name, " ").replace(" ".join(parts), " ")
        uses = {part: len(re.findall(rf"(?<![\w'’-]){re.escape(part)}(?![\w'’-])", alone)) for part in parts}
        given = parts[0]
        favourite = max(parts[1:], key=lambda part: uses[part])
        if (
            uses[favourite] > 0
            and uses[given] == 0
            and not re.search(rf"\b(?:Dr|Mr|Mrs|Ms)\.?\s+{re.escape(favourite)}", alone)
        ):
            person.called = favourite


def _attach_interviewer_emails(work: _Work, candidate: Candidate) -> None:
    for seg in work.segments:
        for found in find_emails(seg.raw):
            if candidate.email and fold(found.value) == fold(candidate.email):
                continue  # the candidate's own address, even on a line that also names an interviewer
            person = _email_owner(work, seg, found.value)
            if person is not None and person.email is None:
                person.email = found.value


def _email_owner(work: _Work, seg: Segment, address: str) -> Interviewer | None:
    """The interviewer an address belongs to: named on its line, or matching its local part."""
    on_line = [p for p in work.interviewers if p.source == seg.raw]
    if len(on_line) == 1:
        return on_line[0]
    local = fold(address.split("@")[0])
    tokens = {t for t in re.split(r"[._+-]|\d+", local) if t}
    for person in work.interviewers:
        first, last = fold(person.first_name), fold(person.last_name)
        if first in tokens or last in tokens or local in (first[:1] + last, first + last[:1]):
            return person
    return None


# --- company, role, time -----------------------------------------------------------


def _company(work: _Work) -> Sourced | None:
    for seg in work.segments:
        if _label_kind(seg) == "company" and seg.text and not BLANK_FIELD_RE.match(seg.text):
            return Sourced(value=seg.text.strip(" .,"), source=seg.raw)
    people = [p.name for p in work.interviewers]
    # Most reliable first: a name that ends like a company, then "Acme - role" headers, then "at Acme".
    finders: list[tuple[list[Segment], Callable[[Segment], str | None]]] = [
        (work.segments[:5], lambda seg: _company_chunk(seg, people)),
        (work.segments[:5], lambda seg: _leading_company(seg, people)),
        (work.segments[:3], lambda seg: _header_company(seg, people)),
        (work.segments[:12], lambda seg: _company_in(seg.raw, people)),
        (work.segments[:5], lambda seg: _lower_company_in(seg.raw)),
    ]
    # Earlier lines first: the header names the hiring company; later lines name past employers.
    for seg in work.segments[:12]:
        for segments, finder in finders:
            found = finder(seg) if seg in segments else None
            if found:
                return Sourced(value=found, source=seg.raw)
    return _company_from_domain(work)


def _header_company(seg: Segment, people: list[str]) -> str | None:
    """ "Interview notes — Line Cook — Juniper Table Bistro — Sat 2pm": beside a role, the other name is the company."""
    chunks = [c.strip(" .") for c in CHUNK_SPLIT.split(re.sub(r"\s*\([^)]*\)", "", seg.raw))]
    if not any(looks_like_title(c) and len(c.split()) <= 5 for c in chunks):
        return None
    for chunk in chunks:
        words = chunk.split()
        if not 2 <= len(words) <= 5 or looks_like_title(chunk) or any(ch.isdigit() for ch in chunk):
            continue
        if not all(w[:1].isupper() or w.lower() in {"of", "the", "and", "&", "for"} for w in words):
            continue
        if INTERVIEW_WORD_RE.match(chunk) or fold(words[0]) in NOT_NAMES or "@" in chunk:
            continue
        if any(same_person(chunk, p) for p in people) or find_emails(chunk) or find_phones(chunk):
            continue
        return chunk
    return None


def _company_chunk(seg: Segment, people: list[str]) -> str | None:
    """ "VELORA MEDICAL / Supply Chain Planner II / thurs": a chunk ending like a company name."""
    for chunk in CHUNK_SPLIT.split(seg.raw):
        parts = re.split(r"\s(?:@|at|w/|with)\s", " " + chunk.strip())
        if len(parts) > 1 and PAST_EMPLOYER_RE.search(" ".join(parts[:-1]) + " "):
            continue  # "how we sped up close at Kessler Freight": where the candidate worked
        chunk = parts[-1]  # "Zoom w/ Halcyon Bank"
        chunk = re.sub(r"\s*\([^)]*\)|\s*\(.*$", "", INTERVIEW_WORD_RE.sub("", chunk.strip()))
        words = chunk.split()
        if not 1 < len(words) <= 5 or any(ch.isdigit() for ch in chunk) or "@" in chunk or looks_like_title(chunk):
            continue
        if (has_company_suffix(chunk) or has_org_word(chunk)) and not any(same_person(chunk, p) for p in people):
            return chunk.strip(" .,")
    return None


def _leading_company(seg: Segment, people: list[str]) -> str | None:
    """ "Interview: Bluebird Bakery Co - shift supervisor position" names the company first."""
    if seg.label and seg.label.lower() not in {"interview", "re", "subject", "onsite"}:
        return None
    text = seg.text if seg.label else seg.raw
    match = re.match(rf"{COMPANY_NAME}\s*(?:[-–—,|:]|$)", text.strip())
    if not match:
        return None
    name = _trim_company(match.group(1))
    if not name or any(same_person(name, p) for p in people) or looks_like_title(name):
        return None
    if fold(name.split()[0]) in NOT_NAMES:
        return None
    if has_company_suffix(name) or re.search(r"\b(?:role|position|interview|opening)\b", text, re.I):
        role_chunk = any(looks_like_title(chunk) for chunk in CHUNK_SPLIT.split(text)[1:])
        return name if not find_names(name, min_words=2) or has_company_suffix(name) or role_chunk else None
    return None


ORG_WORDS = frozenset(
    "museum hospital school university college bank library clinic center centre regional medical county city "
    "institute foundation academy district council church health".split()
)


def has_org_word(name: str) -> bool:
    """ "Halcyon Museum of Natural History": an organisation, by any of its words."""
    words = [w.lower().strip(".,") for w in name.split()]
    return len(words) >= 2 and any(w in ORG_WORDS for w in words) and name[:1].isupper()


def has_company_suffix(name: str) -> bool:
    return bool(name.split()) and name.split()[-1].lower().strip(".,") in COMPANY_SUFFIXES


def _lower_company_in(raw: str) -> str | None:
    """ "at the lowell ledger", "interview with novacrest pharmaceuticals": a lower-case company name."""
    for match in LOWER_COMPANY_RE.finditer(raw):
        words = match.group(1).split()
        # "the lowell ledger for the metro opening": the name ends at its first company word.
        end = next((i for i, w in enumerate(words) if i and w.lower() in COMPANY_SUFFIXES), None)
        if end is not None and not PAST_EMPLOYER_RE.search(raw[: match.start() + 1]):
            return " ".join(words[: end + 1])
    return None


def _company_in(raw: str, people: list[str]) -> str | None:
    for match in AT_COMPANY_RE.finditer(raw):
        name = _trim_company(match.group(1))
        if not name or PAST_EMPLOYER_RE.search(raw[: match.start() + 1]):
            continue
        if any(same_person(name, p) or name in p or p in name for p in people):
            continue
        if name.lower() in {"the", "a", "my", "our"} or not is_company_like(name) or name[:1].isdigit():
            continue
        if re.search(r"\b(?:leaving|left|leave|quit)\b", raw[: match.start()], re.IGNORECASE):
            continue
        if re.match(r"\s+(?:I|we)\s", raw[match.end() :]):
            continue  # "at Habitat ReStore I scheduled 200 volunteers": where the candidate worked
        return name
    return None


def _trim_company(name: str) -> str:
    words = name.split()
    while words and words[-1] in ("I", "I'm", "I've"):  # "at Habitat ReStore I ran the dock"
        words.pop()
    kept = []
    for word in words:
        bare = word.strip(".,;:")
        if (
            bare.lower() in {"re", "for", "about", "abt", "on", "today", "yesterday"}
            or bare.lower() in _weekday_words()
        ):
            break
        kept.append(bare if word.endswith(".") and not bare.lower().endswith((".io", ".ai", ".com")) else word)
    return " ".join(kept).strip(" .,;:'’")


def _weekday_words() -> frozenset[str]:
    from followup.when import MONTHS, WEEKDAYS

    return frozenset(WEEKDAYS) | frozenset(MONTHS)


def is_company_like(name: str) -> bool:
    first = name.split()[0]
    return bool(first) and (first[0].isupper() or first[0].isdigit()) and first.lower() not in _role_words()


def _role_words() -> frozenset[str]:
    return frozenset({"interview", "role", "position", "panel", "onsite", "zoom", "teams", "noon"})


def _company_from_domain(work: _Work) -> Sourced | None:
    """An interviewer's email domain, when the notes also name that company ("priya@acme.com" + "Acme")."""
    for person in work.interviewers:
        if not person.email:
            continue
        domain = fold(person.email.split("@")[1].split(".")[0])
        for seg in work.segments:
            for run in re.findall(r"[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}", seg.raw):
                words = run.split()
                for size in range(len(words), 0, -1):
                    joined = fold("".join(words[:size]))
                    if joined == domain or (size == 1 and fold(words[0]) == domain):
                        return Sourced(
                            value=run if has_company_suffix(run) else " ".join(words[:size]),
                            source=seg.raw,
                        )
    return None


def _role(work: _Work) -> Sourced | None:
    for seg in work.segments:
        if _label_kind(seg) == "role" and seg.text and not BLANK_FIELD_RE.match(seg.text):
            return Sourced(value=format_title(seg.text.strip(" .,")), source=seg.raw)
    for seg in work.segments[:12]:
        if re.search(
            r"\b(?:my|current|previous|last|old)\s+(?:\w+\s+)?(?:role|job|position)\b|\bon the\s+\w+\s+job\b",
            seg.raw,
            re.I,
        ):
            continue  # "my role at Carta", "did pex on the townhome job": past work, not this role
        if not (ROLE_RE.search(seg.raw) or ROLE_FOR_RE.search(seg.raw)):
            continue
        for pattern in (ROLE_RE, ROLE_FOR_RE):
            match = pattern.search(seg.raw)
            if match:
                words = _role_words_before(match.group(1), from_end=pattern is ROLE_RE)
                if words:
                    return Sourced(value=format_title(" ".join(words)), source=seg.raw)
    return _role_chunk(work)


def _role_chunk(work: _Work) -> Sourced | None:
    """ "Panel interview at Harbor City Schools, special ed teacher, Nov 18": a title-like chunk."""
    people = [p.name for p in work.interviewers] + [p.title or "" for p in work.interviewers]
    for seg in work.segments[:3]:
        for chunk in re.split(r"\s*(?:,|\s[-–—|]\s)\s*", seg.raw):
            chunk = re.sub(r"\s*\([^)]*\)", "", chunk).strip(" .")  # "Supervisor (2nd shift)"
            if not looks_like_title(chunk) or any(chunk in p or (p and p in chunk) for p in people):
                continue
            if "@" in chunk or re.search(r"\b(?:at|with|w/|by)\b|[()]", chunk) or len(chunk.split()) > 5:
                continue
            return Sourced(value=format_title(chunk), source=seg.raw)
    return None


def _role_words_before(phrase: str, from_end: bool) -> list[str]:
    words = phrase.split()
    kept: list[str] = []
    sequence = reversed(words) if from_end else iter(words)
    for word in sequence:
        bare = word.strip(",.;:()").lower()
        if bare in ROLE_STOP or not bare or (word.endswith(",") and kept):
            break
        if bare in _weekday_words() or re.fullmatch(r"\d{1,2}(?:am|pm|:\d\d)?", bare):
            break
        kept.append(word.strip(",.;:()"))
        if word.startswith("(") or (not from_end and word.endswith(",")):
            break
    return list(reversed(kept)) if from_end else kept


def format_title(text: str) -> str:
    """ "backend eng" -> "Backend Engineer"; "eng mgr" -> "Engineering Manager"; keeps "RN", "3rd"."""
    table = load_toml("shorthand.toml")
    last, inner = table["title_last"], table["title_words"]
    words = text.split()
    out = []
    for position, word in enumerate(words):
        key = word.lower().rstrip(".")
        if position == len(words) - 1 and key in last:
            out.append(last[key])
        elif key in inner:
            out.append(inner[key])
        elif key in {"of", "and", "for", "the", "in", "at", "to"} and position:
            out.append(key)
        elif word.isupper() or any(ch.isupper() for ch in word[1:]) or word[:1].isdigit():
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _interview_time(work: _Work, facts: InterviewFacts) -> None:
    labelled = [s for s in work.segments if _label_kind(s) == "time"]
    # The header lines name the interview itself ("final round, Fri Nov 13"); later ones may name the next.
    others = [s for i, s in enumerate(work.segments[:10]) if s not in labelled and (i < 3 or not NEXT_RE.search(s.raw))]
    for seg in labelled + others:
        parsed = parse_when(seg.text if seg in labelled else seg.raw, work.now)
        if parsed:
            facts.interview_time = parsed.when
            facts.interview_time_source = seg.raw
            return


# --- what was discussed ----------------------------------------------------------------


def _content(work: _Work, facts: InterviewFacts) -> None:
    owner: int | None = None
    meta_words = _meta_words(facts)
    for i, seg in enumerate(work.segments):
        kind = _label_kind(seg)
        if i in work.owners:
            owner = work.owners[i]
        elif _mentioned(work, seg.raw) is not None:
            owner = _mentioned(work, seg.raw)
        elif not seg.bullet and not seg.indent and kind not in (None, "question", "answer") and owner is not None:
            owner = owner if len(work.interviewers) < 2 else None
        intro_only = (i in work.owners and not NEXT_RE.search(seg.raw)) or _is_header(seg, facts)
        if i not in work.rests and (intro_only or kind in ("company", "role", "time", "candidate", "interviewer")):
            continue
        text = work.rests.get(i, seg.text if kind else seg.raw)
        if owner is not None:
            text = _strip_leading_name(text, work.interviewers[owner])
        if not text:
            continue
        _classify(work, facts, seg, text, kind, owner, meta_words)


def _is_header(seg: Segment, facts: InterviewFacts) -> bool:
    """The line that names the company, role and time is the interview's header, not a topic."""
    sources = [fact.source for fact in (facts.company, facts.role) if fact] + [facts.interview_time_source]
    short = len(seg.raw.split()) <= 14
    return sources.count(seg.raw) >= 2 or (seg.raw in sources and seg.line <= 2 and not seg.bullet and short)


def _strip_leading_name(text: str, person: Interviewer) -> str:
    """ "Ruth - asked about alarms" -> "asked about alarms" when the note is Ruth's anyway."""
    for name in (person.name, person.first_name, person.last_name):
        match = re.match(rf"{re.escape(name)}\s*(?:\([^)]*\))?\s*(?:[:\-–—>]|->)\s*", text)
        if match:
            return text[match.end() :]
    return text


def _mentioned(work: _Work, raw: str) -> int | None:
    """The one interviewer a segment names, if exactly one."""
    folded = fold(raw)
    hits = {
        index
        for index, pattern in enumerate(_name_patterns(tuple(p.name for p in work.interviewers)))
        if pattern.search(folded)
    }
    return hits.pop() if len(hits) == 1 else None


@lru_cache(maxsize=256)
def _name_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """One pattern per interviewer matching their full, first or last name."""
    patterns = []
    for name in names:
        person = Interviewer(name=name)
        forms = {fold(n) for n in (person.name, person.first_name, person.last_name) if len(n) > 1}
        patterns.append(
            re.compile(r"\b(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")\b")
        )
    return tuple(patterns)


def _classify(
    work: _Work,
    facts: InterviewFacts,
    seg: Segment,
    text: str,
    kind: str | None,
    owner: int | None,
    meta_words: set[str],
) -> None:
    cleaned = _strip_contacts(text)
    meaningful = {stem(w) for w in content_words(cleaned) if not re.fullmatch(r"[\d:/.–-]+(?:am|pm)?", w)}
    if kind == "next" and BLANK_FIELD_RE.match(cleaned.strip()):
        return  # "Next steps: none given" is the absence of a step, not a step
    says_next = bool(NEXT_RE.search(cleaned))
    needed = 1 if kind in ("next", "answer") or says_next or re.search(r"\bmy\b", cleaned) else 2
    if len(meaningful - meta_words) < needed:
        return
    fact = Sourced(value=tidy_fragment(cleaned), source=seg.raw)
    if not fact.value:
        return
    stripped_first_person = bool(FIRST_PERSON_SKILL_RE.search(_lead_stripped(cleaned)))
    first_person = stripped_first_person or bool(FIRST_PERSON_SKILL_RE.search(cleaned))
    is_header = (seg.raw == facts.interview_time_source and kind != "next") or bool(NO_NEXT_RE.search(cleaned))
    if kind == "next" or (not is_header and says_next and not stripped_first_person):
        _add_next_step(facts, fact, strong=kind == "next" or bool(STRONG_NEXT_RE.search(cleaned)))
    elif kind == "answer" or first_person:
        facts.skills.append(fact)
        if owner is not None and len(work.interviewers) > 1 and _mentioned(work, seg.raw) == owner:
            work.interviewers[owner].skills.append(fact)
    elif owner is not None and len(work.interviewers) > 1:
        work.interviewers[owner].topics.append(fact)
    elif len(work.interviewers) == 1:
        work.interviewers[0].topics.append(fact)
    else:
        facts.topics.append(fact)


def _add_next_step(facts: InterviewFacts, fact: Sourced, strong: bool) -> None:
    """Labelled or clearly stated next steps go first: the composer confirms the first one."""
    if strong:
        weak = [i for i, s in enumerate(facts.next_steps) if not STRONG_NEXT_RE.search(s.source)]
        facts.next_steps.insert(weak[0] if weak else len(facts.next_steps), fact)
    else:
        facts.next_steps.append(fact)


def _lead_stripped(text: str) -> str:
    return LEAD_VERBS_RE.sub("", text, count=1)


def _strip_contacts(text: str) -> str:
    for found in find_emails(text) + find_phones(text):
        text = text.replace(found.value, " ")
    return re.sub(r"\s{2,}", " ", text).strip(" ,;|/-")


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
        "morning afternoon with about for team hiring manager"
    )
    words = {stem(w) for w in content_words(" ".join(parts) + " " + intro)}
    return words | _weekday_words() | {"noon", "onsite", "on-site"}


def tidy_fragment(text: str) -> str:
    """A note fragment made presentable: shorthand spelled out, lead verbs and stray punctuation gone."""
    text = expand_shorthand(text.strip())
    text = LEAD_VERBS_RE.sub("", text, count=1)
    text = re.sub(r"^(?:about|re:?|on|regarding)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*(?:->|=>|→)\s*", " - ", text)
    text = re.sub(r"\s{2,}", " ", text)
    return text.strip(" -–—:;,.!?\"'").strip()


def _label_kind(seg: Segment) -> str | None:
    if not seg.label:
        return None
    label = seg.label.lower().strip()
    if label.startswith("q (") or label.startswith("q("):
        return "question"
    label = re.sub(r"\s*\([^)]*\)$", "", label)
    if label in ("me", "you"):
        # "Me: Lena Hart, lena@x.com" is a contact block; "Me: I led ..." is an answer.
        contact = find_emails(seg.text) or find_phones(seg.text) or len(seg.text.split()) <= 3
        return "candidate" if contact else "answer"
    for kind, labels in LABELS.items():
        if label in labels:
            return kind
    return None


__all__ = ["extract_facts", "format_title", "is_name_word", "tidy_fragment"]
