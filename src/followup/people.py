"""Who is who in the notes: the candidate's own contact block, and each interviewer with their title,
email and the name the notes call them by."""

from __future__ import annotations

import re
from collections.abc import Callable

from followup.contacts import Found, find_emails, find_phones
from followup.models import HONORIFICS as HONORIFIC_WORDS
from followup.models import Candidate, Interviewer
from followup.names import NOT_NAMES, TITLE_WORDS, find_names, looks_like_title, same_person, without_rank
from followup.notes_rules import (
    COMMON_NOT_NAMES,
    COMPANY_SUFFIXES,
    CREDENTIALS_RE,
    INTRO_RE,
    LOWER_NAME_THEN_TITLE,
    LOWER_NAME_WITH_TITLE,
    LOWER_NOT_NAMES,
    ME_LINE_RE,
    MEETING_RE,
    NEXT_LEAD_RE,
    NO_PHONE_RE,
    NOT_INTERVIEWER_RE,
    Work,
    has_company_suffix,
    has_org_word,
    is_org,
    label_kind,
    strip_contacts,
    tidy_title,
)
from followup.segments import Segment
from followup.text import STOPWORDS, fold, sentences


def find_candidate(work: Work, profile: Candidate | None) -> Candidate:
    emails, phones = _contacts(work)
    emails = [e for e in emails if not ROLE_ACCOUNT.match(e.value)]  # careers@, no-reply@: nobody's own
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


QUOTE_HEADER = re.compile(r"\bwrote:\s*$")
ROLE_ACCOUNT = re.compile(
    r"(?:careers?|jobs?|recruit\w*|talent\w*|hr|people|hiring|no-?reply|notifications?|calendar\w*|info|team)@",
    re.IGNORECASE,
)


def _contacts(work: Work) -> tuple[list[Found], list[Found]]:
    """Emails and phones, with `start` replaced by the index of their segment."""
    emails: list[Found] = []
    phones: list[Found] = []
    for i, seg in enumerate(work.segments):
        if label_kind(seg) == "logistics" or QUOTE_HEADER.search(seg.raw):
            continue  # "Dial-in: +1 312-…": the meeting's number; "On Wed … <x@y> wrote:": a quoted reply
        emails += [Found(f.value, i, f.end) for f in find_emails(seg.raw)]
        phones += [Found(f.value, i, f.end) for f in find_phones(seg.raw, work.region)]
    return emails, phones


def _own_segments(work: Work) -> list[int]:
    """Segments of the candidate's contact block: a "Me:"/"My contact:" label and the lines under it."""
    own: list[int] = []
    # In a pasted email thread "From:" is whoever wrote that message, often the interviewer.
    thread = any(fold(seg.label or "") in MAIL_HEADERS for seg in work.segments)
    for i, seg in enumerate(work.segments):
        if thread and fold(seg.label or "") == "from":
            continue
        if ME_LINE_RE.match(seg.raw):
            # "Me: Lena Hart, lena@…" is a contact block; "Me: 3 yrs at MedMart" is an answer.
            if find_emails(seg.raw) or find_phones(seg.raw):
                own.append(i)
            continue
        if label_kind(seg) != "candidate":
            continue
        own.append(i)
        if not seg.text:
            following = work.segments[i + 1 : i + 4]
            own += [i + 1 + k for k, s in enumerate(following) if s.paragraph == seg.paragraph]
    return own


MAIL_HEADERS = frozenset({"to", "sent", "subject", "cc"})


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


def not_an_interviewers_email(work: Work, candidate: Candidate, profile: Candidate | None) -> None:
    """The candidate's email is never one the notes give for an interviewer."""
    theirs = {fold(p.email) for p in work.interviewers if p.email}
    if not candidate.email or fold(candidate.email) not in theirs or (profile and profile.email):
        return
    emails, _ = _contacts(work)
    others = [f.value for f in emails if fold(f.value) not in theirs]
    candidate.email = others[-1] if others else None


OWN_DETAILS = re.compile(r"\bmy (?:email|e-mail|number|phone|cell|mobile)\b|\breach me\b", re.IGNORECASE)


def _candidate_name(work: Work, email: Found | None, phone: Found | None, own: list[int]) -> str | None:
    places = [f.start for f in (email, phone) if f] + [i for i in own]
    for i in places:
        seg = work.segments[i]
        if label_kind(seg) == "interviewer":
            continue  # "Attendees: Gretchen Falk; Luis Ángel; rosalind@…": the invite's list, not a signature
        speaker = find_names(seg.label or "", min_words=2)
        if speaker and OWN_DETAILS.search(seg.text):
            return speaker[0].name  # a chat's "Rafael Souza: perfect, my email is rafa@…"
        text = seg.text if seg.label else seg.raw
        for match in find_names(text, min_words=2):
            return match.name
        bare = re.sub(
            r"^\s*(?:my info|my name is|my contact|my details|me)\b\s*[:=-]?\s*", "", strip_contacts(text), flags=re.I
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
        if i + 1 == len(work.segments) - 1 and i + 1 not in places:
            # "… email is joey@… — Joey Santangelo": a name signed after the contact details, ending the notes.
            last = work.segments[i + 1]
            names = find_names(last.raw, min_words=2)
            if names and len(last.raw.split()) <= 4:
                return names[0].name
    return None


def find_interviewers(work: Work, candidate: Candidate) -> None:
    labels = [fold(seg.label) for seg in work.segments if seg.label]
    passing: list[tuple[int, str, str | None, str | None]] = []
    for i, seg in enumerate(work.segments):
        if NOT_INTERVIEWER_RE.search(seg.raw) or label_kind(seg) == "next" or NEXT_LEAD_RE.match(seg.raw):
            continue  # "next: system design w/ Anna" names who comes next, not who interviewed
        speaker_ok = bool(seg.label) and (labels.count(fold(seg.label or "")) > 1 or len((seg.label or "").split()) > 1)
        initials = INITIALS_INTRO.match(seg.raw) if label_kind(seg) is None else None  # not "JOB: …"
        people: list[tuple[str, str | None, str | None]]
        if initials:
            # "MK = Mateus Kowalski-Silva, Regional Sales Director": later lines say "MK: …" for him.
            # A full name only: "ATS = Ashby" names a product.
            named = _name_list(_after_title(seg.raw[initials.end() :]))[:1]
            people = [(name, title, "") for name, title, _ in named if " " in name]  # the intro is no topic
            for name, _, _ in people:
                work.aliases[initials.group(1)] = name
        else:
            people = _people_in(seg, speaker_ok) or _name_heading_line(work, i) or _name_and_title_fields(work, i)
        for name, title, rest in people:
            if candidate.name and same_person(name, candidate.name):
                continue
            if seg.line == 0 and not seg.label and _job_title(name):
                continue  # "Loan Officer (mortgage) - Cedar Ridge Credit Union": the header names the job
            if _in_passing(name, seg.raw) and not any(same_person(p.name, name) for p in work.interviewers):
                passing.append((i, name, title, rest))
                continue
            _introduce(work, i, name, title, rest)
    # "team teaching with Mr. Alvarez", "come back and meet the owner Mrs. Chen": someone named
    # in passing interviewed only when the notes name nobody else.
    for i, name, title, rest in passing:
        if not any(" " in p.name and not same_person(p.name, name) for p in work.interviewers):
            _introduce(work, i, name, title, rest)


def _introduce(work: Work, i: int, name: str, title: str | None, rest: str | None) -> None:
    index = _add_interviewer(work, name, title, work.segments[i].raw)
    if index is None:
        return
    work.owners.setdefault(i, index)
    if rest is not None:
        work.rests[i] = rest


def _job_title(name: str) -> bool:
    return name.split()[-1].lower().strip(".,") in TITLE_WORDS


def _in_passing(name: str, raw: str) -> bool:
    """ "Mrs. Chen" mid-sentence: a courtesy title and a surname, not the start of the line."""
    words = name.split()
    honorific = len(words) == 2 and words[0].rstrip(".").lower() in HONORIFICS
    return honorific and not re.match(rf"^[\W\d]*{re.escape(name)}", raw)


def _name_and_title_fields(work: Work, i: int) -> list[tuple[str, str | None, str | None]]:
    """ "Name: Margaret Sullivan (goes by Peggy)" then "Title: Coding Manager": a person, field by field."""
    seg = work.segments[i]
    later = work.segments[i + 1] if i + 1 < len(work.segments) else None
    if not seg.label or fold(seg.label) != "name" or later is None or fold(later.label or "") != "title":
        return []
    names = find_names(seg.text, min_words=2)
    if not names or names[0].start > 3:
        return []
    work.person_fields.add(i + 1)
    work.rests[i + 1] = ""
    return [(names[0].name, tidy_title(later.text), None)]


INITIALS_INTRO = re.compile(r"^([A-Z]{2,3})\s*(?:=|:|–|—|-)\s*(?=[A-Z][a-z])")


def _name_heading_line(work: Work, i: int) -> list[tuple[str, str | None, str | None]]:
    """ "Gwendolyn Harte — principal at Eastfield Middle. asked about …": a line that opens with a
    full name and goes on about them. Long lines arrive here split, so the name stands alone
    with the rest of its line after it; a name alone on its line (a signature) does not count.
    """
    seg = work.segments[i]
    later = work.segments[i + 1] if i + 1 < len(work.segments) else None
    starts_line = i == 0 or work.segments[i - 1].line != seg.line
    if seg.label or later is None or later.line != seg.line or not starts_line:
        return []
    names = find_names(seg.raw, min_words=2)
    if len(names) != 1 or names[0].start > 3 or names[0].end < len(seg.raw.rstrip(" .:-–—")) - 1:
        return []
    title = re.sub(r"\s*\([^)]*\)", "", later.raw).strip(" .")  # "Epi Supervisor (would be my boss)"
    title = re.split(r"[,;.]\s", title)[0]  # "sixth form lead, he ran the student panel"
    if not looks_like_title(title):
        return []
    work.rests[i + 1] = ""  # the title is part of the introduction, not something they discussed
    return [(names[0].name, tidy_title(title), None)]


def _people_in(seg: Segment, speaker_ok: bool = True) -> list[tuple[str, str | None, str | None]]:
    """(name, title, the rest of the segment after the introduction) for each person introduced.

    A one-word label such as "Puesto:" only counts as a transcript speaker when it
    repeats; "Priya:" said once is more likely a label we don't know.
    """
    kind = label_kind(seg)
    in_label = _person_in_label(seg)
    if in_label:
        return [in_label]
    if kind == "interviewer":
        return _name_list(_after_title(seg.text))
    if kind is None and seg.label and seg.text and speaker_ok and _speaker(seg.label):
        return [(_speaker(seg.label) or "", None, seg.text)]
    if kind == "answer" or (kind is None and seg.label):
        # "S: Dr. Ngozi Okafor-Bell, Dir Clinical Affairs." or a chat's "me: Noor Al-Khatib the line producer…"
        inner = _people_in(Segment(seg.text, seg.text, seg.line, None, seg.bullet, seg.indent, seg.paragraph))
        if inner or kind == "answer":
            return inner
    if kind is not None:
        return []
    # "Acme - Ops Controller - call w/ Ms. Amara Reid": the person after "with", not the header before it.
    # "interview w/ Halftone Studio … chatted with Niamh Kavanagh": the first "with" may name the company.
    for intro in INTRO_RE.finditer(seg.raw):
        # A name typed in lower case counts only after "met/talked/spoke with" in notes with no capitals at all.
        lowercase_names = bool(MEETING_RE.search(intro.group(0))) and not re.search(r"\b(?!I\b)[A-Z]", seg.raw)
        if PAST_JOB.search(seg.raw[: intro.end()]):
            continue  # "did that a lot at my old job w/ ProClean": where the candidate worked
        found = _name_list(_after_title(seg.raw[intro.end() :]), intro_only=True, lowercase_names=lowercase_names)
        # "with Fairbairn Lyle LLP": a firm's name, though it reads like a person's.
        people = [p for p in found if not is_org(p[0]) and not _named_firm(p[0], seg.raw)]
        if people:
            # What the line says besides the introduction ("I said I used Epic … then Lupe Castañeda
            # asked how I'd handle meds") is still content.
            said = seg.raw[: intro.start()] + " " + seg.raw[intro.end() :]
            for name, title, _ in people:
                said = said.replace(name, " ").replace(f"({title})" if title else "\0", " ")
            said = re.sub(r"\s*\([^)]*\)|\s+(?:and|&|\+)\s+(?=[\s.,]|$)", " ", said)
            rest = said.strip(" ,;-–—.") if len(said.split()) >= 8 else None
            return [*people[:-1], (people[-1][0], people[-1][1], people[-1][2] or rest)]
    header = re.match(r"^[^|\s][^|,:(]{0,40}?\s[-–—|/]\s", seg.raw)
    # The first line "Harlan Ford Lincoln - svc advisor intvw, sat 9a" starts with the company, not a person;
    # a person named later on it ("… — Dr. Oluwaseun Adeyemi-Clarke, DPT (clinic director)") still counts.
    company_header = seg.line == 0 and not seg.bullet and header is not None
    finders: list[Callable[[str], list[tuple[str, str | None, str | None]]]] = [
        _did_the_interview,
        _bracketed_full_name,
        _name_before_interview,
        _table_row_person,
        lambda raw: [] if company_header else _leading_person(raw, speaker_ok),
        lambda raw: [] if company_header else _lower_leading_person(raw),
        _titled_mentions,
        _lower_titled_mentions,
    ]
    for finder in finders:
        found = finder(seg.raw)
        # "Maple Ridge School District, front office secretary…": an organisation; look further.
        people = [p for p in found if not is_org(p[0])]
        if people:
            return people
    return []


def _named_firm(name: str, raw: str) -> bool:
    after = re.search(rf"{re.escape(name)}\s+([\w.&]+)", raw)
    return after is not None and after.group(1).lower().strip(".,") in COMPANY_SUFFIXES


def _bracketed_full_name(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "talked w mike d (Mike Dombrowski) terminal mgr", "tom (badge said Tomasz Wiśniewski, prod supervisor)":
    a nickname typed in lower case, then the full name in brackets."""
    aside = BRACKETED_NAME.search(raw) if "(" in raw else None
    if not aside:
        return []
    names = find_names(aside.group(1), min_words=2)
    if not names or re.search(r"@|\bat\b", aside.group(1)[: names[0].start]):
        return []  # "recruiter (Jess @ Morgan McKinley)": the agency, not a person
    title, _ = _title_after(aside.group(1), names[0].end)
    if title is None:
        after = re.match(r"\s*([a-z][\w ]{2,30}?)(?:,|$|\s[-–—]\s)", raw[aside.end() :])
        title = tidy_title(after.group(1)) if after and looks_like_title(after.group(1)) else None
    return [(names[0].name, title, None)]


# A lower-case word or two right before brackets holding a capitalised full name.
BRACKETED_NAME = re.compile(
    r"(?:^|\b(?:w/?|with|met|talked|spoke|chatted)\s+)[a-z]+(?:\s+[a-z]\.?)?\s*\(([^)]*[A-Z][^)]*)\)"
)


def _did_the_interview(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "chef Nico did the interview (Nicola Ferraro, exec chef - …)": who did it, by their full name if given."""
    did = DID_THE_INTERVIEW.search(raw) if "interview" in raw.lower() else None
    if not did:
        return []
    aside = re.match(r"\s*\(([^)]*)\)", raw[did.end() :])
    full = find_names(aside.group(1), min_words=2) if aside else []
    if full and full[0].start == 0:
        title, _ = _title_after(aside.group(1) if aside else "", full[0].end)
        return [(full[0].name, title, None)]
    before = find_names(raw[: did.start()])
    return [(before[-1].name, None, None)] if before else []


DID_THE_INTERVIEW = re.compile(r"\b(?:did|led|ran|conducted|gave me)\s+the\s+interview\b", re.IGNORECASE)


def _name_before_interview(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Brianna Castellanos interview — Summit Motion Physical Therapy": whom the interview was with."""
    names = find_names(raw, min_words=2)
    if not names or names[0].start != 0 or _job_title(names[0].name):
        return []
    if not NAME_THEN_INTERVIEW.match(raw[names[0].end :]):
        return []
    return [(names[0].name, None, None)]


NAME_THEN_INTERVIEW = re.compile(r"\s+(?:interview|intvw|call|chat|mtg|meeting|1:1|screen)\b", re.IGNORECASE)


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
        people.append((match.group(1).title(), tidy_title(title.strip()), None))
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
    return [(match.group(1).title(), tidy_title(match.group(2)), rest or None)]


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
    if not seg.label or label_kind(seg) not in ("question", "interviewer"):
        return None
    inner = re.search(r"\(([^)]+)\)", seg.label)
    if not inner:
        return None
    names = find_names(inner.group(1))
    if not names or names[0].start > 1:
        return None
    title_text = inner.group(1)[names[0].end :].strip(" ,-–—")
    title = tidy_title(title_text) if title_text and looks_like_title(title_text) else None
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
        return [(lower.group(1).title(), tidy_title(lower.group(2)), None)]
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
        lone = " " not in match.name and ONE_WORD_THEN_LOWER.match(text[end:])
        if people and (lone or ORG_UNIT.match(text[end:])):
            break  # "Priya Raman, Engineering Manager, Platform team": a team, not a second person
        title, end = _title_after(text, end)
        full = find_names(title or "", min_words=2)
        if title and full and not looks_like_title(title):
            people.append((full[0].name, None, None))  # "Dazza (Darren Kettle)": the full name is in brackets
        else:
            people.append((match.name, title, None))
        aside = re.match(r"\s*\([^)]*\)", text[end:])  # "director of tech (everyone called her Dr. Nwosu), Luis …"
        if aside:
            end += aside.end()
        # "Bobby Alvarez (owner) and his daughter Carmen Alvarez": a relation may sit between names.
        joiner = re.match(
            r"\s*(?:,|;|/|&|\+|\band\b|\bw/|\bwith\b)\s*(?:(?:his|her|their|the)\s+(?:[a-z-]+\s+)?(?=[A-Z]))?",
            text[end:],
        )
        if not joiner:
            break
        position = end + joiner.end()
    if people:
        name, title, _ = people[-1]
        people[-1] = (name, title, text[end:].strip(" -–—:,") or None) if not intro_only else people[-1]
    return people


ONE_WORD_THEN_LOWER = re.compile(r"\s+(?!and\b|with\b|w/)[a-z]")
# "Arjun Mehta, Engineering Manager, Last Mile team": a team's name after a person's title.
ORG_UNIT = re.compile(r"\s+(?:team|group|department|dept|squad|unit|division|org|practice|desk|pod)\b")
PAST_JOB = re.compile(
    r"\b(?:old|last|previous|former|prior)\s+(?:job|company|employer|role|work|gig|place)\b[^.;\n]{0,25}$"
)


NICKNAME_NOTE = re.compile(r"^\s*(?:[\"“'‘]|call me\b|goes by\b|go by\b|prefers\b)", re.IGNORECASE)


def _title_after(text: str, end: int) -> tuple[str | None, int]:
    credentials = CREDENTIALS_RE.match(text[end:])  # "Heather Lund, PE (Principal)"
    if credentials and re.match(r"\s*[(,–—-]", text[end + credentials.end() :]):
        end += credentials.end()
    paren = re.match(r"\s*\(([^)]{1,60})\)", text[end:])
    if paren and NICKNAME_NOTE.search(paren.group(1)):
        end += paren.end()  # 'Anthony Reyes-Gallo ("call me Tony"), courtroom supervisor': the title comes after
        paren = None
    if paren:
        return tidy_title(paren.group(1)), end + paren.end()
    coded = re.match(r"\s*,\s*[A-Z0-9]{2,6}\s*\(([^)]{2,60})\)", text[end:])
    if coded and looks_like_title(coded.group(1)):
        return tidy_title(coded.group(1)), end + coded.end()  # "Aoife Ní Bhriain, CNM2 (Clinical Nurse Manager)"
    comma = re.match(r"\s*[,–—-]\s*([^,;:()\n]{2,50}?)(?=\s*(?:[,;:()\n]|\.\s|\s[-–—]\s|$|\s@|\sat\s))", text[end:])
    words = [w.lower().strip(".") for w in comma.group(1).split()] if comma else []
    title_edge = bool(words) and (words[0] in TITLE_WORDS or words[-1] in TITLE_WORDS)  # "Managing Editor"
    if comma and looks_like_title(comma.group(1)) and (title_edge or not find_names(comma.group(1), min_words=2)):
        return tidy_title(re.sub(r"^the\s+", "", comma.group(1))), end + comma.end()
    return None, end


def _table_row_person(raw: str) -> list[tuple[str, str | None, str | None]]:
    """A row of a notes table: "Björn Lindqvist | Head Brewer | dry-hop creep in the IPAs"."""
    if "|" not in raw:
        return []
    cells = [c.strip() for c in raw.split("|")]
    first = re.sub(r"\s*\(.*\)\s*$", "", cells[0])  # 'Brandon Jefferson ("BJ", Sales Manager, bj@…)'
    aside = cells[0][len(first) :].strip(" ()")
    titles = [part.strip() for part in aside.split(",") if looks_like_title(part) and "@" not in part]
    signature = looks_like_title(cells[-1]) and not find_emails(raw) and not find_phones(raw)
    if len(cells) == 2 and (signature or titles):
        cells.append("")  # "Marguerite Oyelaran-Fitch | Director of Development", "Name (Title) | what they said"
    if len(cells) < 3:
        return []
    names = find_names(first)
    if not names or names[0].start != 0 or names[0].end < len(first) - 1 or " " not in names[0].name:
        return []  # a person's row names them in full; "Vantage | AE | Mon" is a header
    title = cells[1] if looks_like_title(cells[1]) else (titles[0] if titles else None)
    return [(names[0].name, tidy_title(title) if title else None, " ".join(c for c in cells[2:] if c) or None)]


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
    # "Dr. Patricia Nwosu - director of tech (…), Luis Carrillo - network admin, Amy Tran - help desk lead"
    more = re.match(r"\s*(?:\([^)]*\)\s*)?,\s*(?=[A-Z])", rest) if title else None
    others = _name_list(rest[more.end() :]) if more else []
    if others and all(t for _, t, _ in others):
        return [(match.name, title, None), *others]
    return [(match.name, title, rest.strip() or None)]


HONORIFICS = frozenset({"dr", "mrs", "mr", "ms", "prof", "mx"})


def _titled_mentions(raw: str) -> list[tuple[str, str | None, str | None]]:
    """Someone named with a title anywhere: "talked to Dr. Chen (dept chair)", "Noor Al-Khatib the line producer"."""
    people: list[tuple[str, str | None, str | None]] = []
    for match in find_names(raw, min_words=2):
        the_title = re.match(
            r"\s*,?\s+(?:who['’]s\s+|who is\s+|is\s+)?the\s+((?:[\w-]+\s+){0,2}[\w-]+)", raw[match.end :]
        )
        if the_title and looks_like_title(the_title.group(1)) and the_title.group(1).split()[-1].lower() in TITLE_WORDS:
            people.append((match.name, tidy_title(the_title.group(1)), None))
    if people:
        return people
    for match in find_names(raw):
        title, _ = _title_after(raw, match.end)
        if title and (not looks_like_title(title) or len(match.name.split()) < 2 or has_company_suffix(match.name)):
            title = None
        honorific = match.name.split()[0].rstrip(".").lower() in HONORIFICS
        if (title and re.match(r"\s*\(", raw[match.end :])) or honorific:
            _, end = _title_after(raw, match.end)
            people.append((match.name, title, raw[end:].strip(" -–—:,") or None))
    return people


def _add_interviewer(work: Work, name: str, title: str | None, source: str) -> int | None:
    if has_company_suffix(name) or has_org_word(name):
        return None
    if len(name.split()) >= 3 and _job_title(name) and name.split()[0].rstrip(".").lower() not in HONORIFIC_WORDS:
        return None  # "Major Gifts Officer": a job, however capitalised
    name, rank = without_rank(_titlecase_if_lower(name))
    title = title or rank
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


def merge_nicknames(work: Work) -> None:
    """ "Will:" in a transcript is William Tran, who goes by Will: one person, not two."""
    for short in list(work.interviewers):
        if " " in short.name:
            continue
        full = next(
            (
                p
                for p in work.interviewers
                if p is not short
                and " " in p.name
                and (fold(p.called or "") == fold(short.name) or fold(p.first_name).startswith(fold(short.name)))
                and len(short.name) >= 3
            ),
            None,
        )
        if full is not None:
            full.topics += short.topics
            full.skills += short.skills
            full.title = full.title or short.title
            # Segments owned by the nickname now belong to the full name; later indexes shift down.
            before = list(work.interviewers)
            work.interviewers.remove(short)
            work.owners = {
                seg: work.interviewers.index(full if before[i] is short else before[i])
                for seg, i in work.owners.items()
            }


def _formal_name(person: Interviewer, notes: str) -> str | None:
    """ "Ms. Dela Cruz" when the notes call them by a title and surname in a sentence about formality."""
    if person.honorific:
        return None  # already named with their title; the composer greets them so
    surname = re.escape(" ".join(person.name.split()[-2:]) if len(person.name.split()) > 2 else person.last_name)
    pattern = re.compile(rf"\b((?:Ms|Mrs|Mr|Dr|Prof)\.?\s+(?:{surname}|{re.escape(person.last_name)}))\b")
    if not pattern.search(notes) or not FORMALITY.search(notes):
        return None  # most notes never call anyone by a title and surname
    for sentence in (part for line in notes.splitlines() for part in sentences(line)):
        titled = pattern.search(sentence)
        if titled and FORMALITY.search(sentence):
            return titled.group(1)
    return None


FORMALITY = re.compile(
    r"\bformal\b|\bto everyone\b|\beveryone (?:calls?|called)\b|\bintroduced (?:herself|himself|themselves)\b|"
    r"\bI called (?:her|him)\b|\bold[- ]school\b|\bcalls? (?:her|him) that\b",
    re.IGNORECASE,
)


def drop_the_role(work: Work, role: str | None) -> None:
    """ "Major Gifts Officer. Reports to …" pasted from the posting: the job, read as a name, is nobody."""
    for person in [p for p in work.interviewers if role and fold(p.name) == fold(role)]:
        _forget(work, person)


def _forget(work: Work, person: Interviewer) -> None:
    """Take someone off the list; segments they owned belong to nobody, later indexes shift down."""
    gone = work.interviewers.index(person)
    work.interviewers.remove(person)
    work.owners = {seg: i - (i > gone) for seg, i in work.owners.items() if i != gone}


def drop_the_absent(work: Work) -> None:
    """ "Denise Farr - optional" on the invite, then "(Denise had a conflict)": she did not interview."""
    if not any(re.search(ABSENT, seg.raw, re.IGNORECASE) for seg in work.segments):
        return  # nobody is said to have missed it
    for person in list(work.interviewers):
        names = "|".join(re.escape(n) for n in {person.name, person.first_name} if n)
        # Nobody else named in between: "only Harold showed up (Denise had a conflict)" is about Denise.
        absent = re.compile(rf"\b(?:{names})\b(?:(?-i:(?![A-Z]))[^.;\n]){{0,30}}?{ABSENT}", re.IGNORECASE)
        if any(absent.search(seg.raw) for seg in work.segments):
            _forget(work, person)


ABSENT = (
    r"(?:had a conflict|couldn'?t make it|didn'?t (?:show|join|make it|sit in)|was (?:out|sick|absent)|"
    r"(?:popped|stopped|dropped) (?:in|by)|just to say hi|not in the (?:interview|room|call)|"
    r"(?:just|only) scheduled|not (?:part|a part) of the interview)"
)


def names_they_go_by(work: Work, notes: str) -> None:
    """ "Lan to decide by Friday" about Nguyễn Thị Lan: greet people by the name the notes use."""
    for person in work.interviewers:
        parts = [w for w in person.name.split() if w.rstrip(".").lower() not in HONORIFIC_WORDS]
        cue = re.search(
            rf"{re.escape(person.name)}[^.\n]{{0,80}}?"
            r"\b(?:goes by|go by|prefers|calls? (?:her|him|them|me)|said just(?=\s+[\"“'])|said to use)"
            r"\s+[\"“']?(\w+(?:-\w+)?)",
            notes,
        )
        nickname = re.search(rf"{re.escape(parts[0])}\s+[\"“']([^\W\d_]{{2,15}})[\"”']", notes) if parts else None
        nickname = nickname or re.search(rf"{re.escape(person.name)}\s*\(\s*[\"“']([^\W\d_]{{2,15}})[\"”']", notes)
        others = [p for p in work.interviewers if p is not person and " " in p.name]
        if cue and any(o.first_name in cue.group(0) or o.last_name in cue.group(0) for o in others):
            cue = None  # "Carla Jiménez (GM) and Michael Donnelly (…, goes by Mike)": Michael's name, not Carla's
        formal = _formal_name(person, notes)
        if formal:
            person.called = formal  # "she introduced herself as Ms. Dela Cruz", "he's Mr. Jenkins to everyone"
            continue
        if cue and (cue.group(1) in parts or len(cue.group(1)) >= 2):
            called = cue.group(1)
            person.called = called.capitalize() if called.islower() else called  # "call her Ro", "call me helen"
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


def attach_interviewer_emails(work: Work, candidate: Candidate) -> None:
    for seg in work.segments:
        for found in find_emails(seg.raw):
            if candidate.email and fold(found.value) == fold(candidate.email):
                continue  # the candidate's own address, even on a line that also names an interviewer
            person = _email_owner(work, seg, found.value)
            if person is not None and person.email is None:
                person.email = found.value


def _email_owner(work: Work, seg: Segment, address: str) -> Interviewer | None:
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
