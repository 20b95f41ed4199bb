"""The interviewers: each person the notes introduce, with their title and the lines that are theirs.

The candidate is found in `candidate`; nicknames, formality, absences and emails in `roster`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from followup import regex_cache
from followup.contacts import find_emails
from followup.mentions import (
    CREDENTIAL_LETTERS,
    HONORIFICS,
    WHO_DOES,
    bracketed_full_name,
    called_by_name,
    did_the_interview,
    in_order,
    indonesian_titled,
    it_was,
    joined,
    leading_person,
    lower_leading_person,
    lower_title_then_name,
    lower_titled_mentions,
    name_before_interview,
    named_again_at,
    numbered_interview,
    pair_with_a_title,
    question_by,
    real_name,
    schedule_row_person,
    stood_in,
    table_row_person,
    tagalog_si,
    title_equals_person,
    titled_mentions,
    titled_surname_then_given,
    titled_then_full,
    turned_out_to_be,
    two_with_their_jobs,
)
from followup.models import HONORIFICS as HONORIFIC_WORDS
from followup.models import Candidate, Interviewer
from followup.namelists import (
    LOWER_TITLE_BEFORE_NAME,
    QUOTED_NICKNAME,
    TITLE_BEFORE_NAME,
    WHO_IS_TITLE,
    after_title,
    name_list,
    title_after,
)
from followup.names import (
    NOT_NAMES,
    TITLE_WORDS,
    ends_like_a_job,
    find_names,
    looks_like_title,
    only_a_name,
    same_person,
    without_rank,
)
from followup.notes_rules import (
    ASIDE,
    COMPANY_SUFFIXES,
    FUTURE_WORDS,
    INTRO_RE,
    MEETING_RE,
    NEXT_COMMA_LEAD,
    NEXT_LEAD_RE,
    NEXT_RE,
    NOT_INTERVIEWER_RE,
    Work,
    company_rows,
    dash_fields,
    firm_for_the_job,
    has_company_suffix,
    has_org_word,
    is_org,
    label_kind,
    tidy_title,
)
from followup.segments import Segment, read_label
from followup.text import STOPWORDS, fold


def name_the_speakers(segments: list[Segment]) -> list[Segment]:
    """ "Speaker 1: Sorry, I should say names. I'm Fiona, Fiona McAllister.", "Interviewer 1: … I'm Venkatesh
    Raghunathan", "Speaker 2: Tomasi Vakauta, I've got two kids through here": a transcript's numbered speaker
    goes by the name they introduce themselves with, on every line they speak."""
    names: dict[str, str] = {}
    for seg in segments:
        speaker = ANON_SPEAKER.fullmatch(seg.label or "")
        if speaker and speaker.group(1) not in names:
            found = _introduces_self(seg.text)
            if found:
                names[speaker.group(1)] = found
    if not names:
        return segments
    named = []
    for seg in segments:
        speaker = ANON_SPEAKER.fullmatch(seg.label or "")
        name = names.get(speaker.group(1)) if speaker and seg.raw.startswith(seg.label or "") else None
        named.append(replace(seg, label=name, raw=name + seg.raw[len(seg.label or "") :]) if name else seg)
    return named


# "Speaker 1", "Interviewer 2 (HR)": a numbered speaker, whatever their role in brackets
ANON_SPEAKER = regex_cache.compile(
    r"((?:speaker|interviewer|panel(?:l)?ist|participant|person|guest)\s*\d{1,2})(?:\s*\([^)]*\))?", re.IGNORECASE
)
# "I'm Venkatesh Raghunathan", "Farzana here, Farzana Sheikh from HR": a full name (roster.SELF_INTRO reads the
# short one a speaker goes by)
INTRODUCED_IN_FULL = regex_cache.compile(
    r"\b(?:I['’]m|I am|my name is|myself)\s+(?=[A-Z])|\b[A-Z][\w'’-]+ here[,.]\s+(?=[A-Z])"
)


def _introduces_self(text: str) -> str | None:
    """ "I'm Fiona, Fiona McAllister" -> "Fiona McAllister"; "Tomasi Vakauta, I've got two kids …" -> his name."""
    opening = find_names(text, min_words=2)
    if opening and opening[0].start == 0 and text[opening[0].end : opening[0].end + 1] == ",":
        return opening[0].name
    intro = INTRODUCED_IN_FULL.search(text)
    named = find_names(text[intro.end() :]) if intro else []
    if not named or named[0].start != 0:
        return None
    first = named[0]
    # "I'm Fiona, Fiona McAllister": the full name said right after the first name
    fuller = next((m for m in named[1:3] if m.start <= first.end + 3 and m.name.startswith(first.name)), None)
    found = fuller or first
    return found.name if " " in found.name else None


def find_interviewers(work: Work, candidate: Candidate) -> None:
    labels = [fold(seg.label) for seg in work.segments if seg.label]
    # where each line's "Next:" field starts, and the lines that speak of the candidate's own people: read once
    next_field: dict[int, int] = {}
    for k, s in enumerate(work.segments):
        if label_kind(s) == "next":
            next_field.setdefault(s.line, k)
    mine = [s.raw for s in work.segments if MY_PEOPLE_RE.search(s.raw)]
    passing: list[tuple[int, str, str | None, str | None]] = []
    goes_by: dict[str, str] = {}
    trackers = company_rows(work.segments)  # "Rheinwerk Mobility (RWM) | Product Owner … | 2nd interview"
    rows: dict[int, str] = {}  # each line's segments joined once: a table's row, read whole
    for seg in work.segments:
        rows[seg.line] = f"{rows[seg.line]} {seg.raw}" if seg.line in rows else seg.raw
    for i, seg in enumerate(work.segments):
        if i in trackers:
            continue
        leads_next = bool(NEXT_LEAD_RE.match(seg.raw) or NEXT_COMMA_LEAD.match(seg.raw))
        leads_next = leads_next or bool(seg.label and NEXT_LEAD_RE.match(seg.text))
        # a table's row is read whole, though its cells' sentences are segments of their own
        row = rows.get(seg.line, seg.raw) if " | " in seg.raw else seg.raw
        if _not_on_the_panel(row) or label_kind(seg) in ("next", "todo", "absent") or leads_next:
            continue  # "next: system design w/ Anna" names who comes next, not who interviewed
        if seg.label and PAST_JOB.search(seg.label):
            continue  # "My previous job: Waterstones Halifax (bookseller 3 yrs)": where the candidate worked
        later_round = seg.line > 1 and NEXT_ROUND_WITH.search(seg.raw) and NEXT_RE.search(seg.raw)
        # "- Next: Mrs Tan-Chua said they'd revert within 2 weeks; shortlisted ones meet the Principal, Dr. …"
        on_a_next_line = next_field.get(seg.line, i) < i
        if later_round or on_a_next_line or _after_next_heading(work, i):
            continue  # "next step — she'll set up a second interview with the store manager, Paul Lindqvist"
        speaker_ok = bool(seg.label) and (labels.count(fold(seg.label or "")) > 1 or len((seg.label or "").split()) > 1)
        # "names from the invite: EM = Arjun Venkataraman, …": the list may follow a label of its own
        intro = seg.text if seg.label and "=" not in seg.label and INITIALS_INTRO.match(seg.text) else seg.raw
        initials = INITIALS_INTRO.match(intro) if label_kind(seg) is None else None  # not "JOB: …"
        people: list[tuple[str, str | None, str | None]]
        if initials:
            # "MK = Mateus Kowalski-Silva, Regional Sales Director": later lines say "MK: …" for him.
            # A full name only: "ATS = Ashby" names a product.
            named = name_list(after_title(intro[initials.end() :]))[:1]
            # the intro is no topic; "Johan = Financial Controller" says his job, not his name
            # nor "DCB – Credit Risk Modelling Manager – interview notes": words that run on into a job
            after = intro[initials.end() :]
            people = [
                (name, title, "")
                for name, title, _ in named
                if " " in name
                and not looks_like_title(name)
                and not _runs_into_a_job(name, after)
                and not is_org(name)
                and not _named_firm(name, after)  # "ARM – Atelier Rosário & Mehta – Project Architect"
            ]
            for name, _, _ in people:
                work.aliases[initials.group(1) or initials.group(2) or initials.group(3)] = name
                # not "Owner = Mrs Elna de la Rey": her job, not a name
                goes_by_name = initials.group(2)
                if goes_by_name and goes_by_name != name.split()[0] and not looks_like_title(goes_by_name):
                    goes_by[name] = initials.group(2)  # "Kasia = Katarzyna Wójcik": greet her as Kasia
        elif seg.label and fold(seg.label) in work.own_labels:
            # "Wojtek: Niall O'Rourke, the contracts manager": the candidate tells the chat who it was.
            told = _told(seg)
            listed = name_list(after_title(told.raw))  # "Linnéa Åberg (lead gameplay) + Johan Lindqvist (…)"
            # "Me: Chiamaka Nwosu — principal eng. harder.": one person, named first with their job
            # not "LIAM: Gold, skilled worker." (his CSCS card): a full name
            opens = len(listed) == 1 and bool(listed[0][1]) and told.raw.startswith(listed[0][0])
            opens = opens and " " in listed[0][0]
            opens = opens and not is_org(listed[0][0]) and not _named_firm(listed[0][0], told.raw)
            people = listed if len(listed) > 1 or opens else (_people_in(told) or _name_heading_line(work, i))
            people = people or _after_a_count(told.raw)  # "Ich: only one person, Svenja Kowalczyk-Brandt, …"
        elif _list_goes_on(work, i):
            # "Attendees: Hamish Gray; Karen Baird; Alasdair MacLeod": the list goes on after each ";"
            people = name_list(after_title(seg.raw))
        elif counted := _named_after_a_count(work, i):
            people = counted
        else:
            people = (
                _people_in(seg, speaker_ok)
                or _name_heading_line(work, i)
                or _name_and_title_fields(work, i)
                or _caps_heading(work, i)
                or _listed_under_panel(work, i)
                or _guest_list(work, i)
                or _after_an_ordinal(seg, speaker_ok)
            )
        for name, title, rest in map(_given_in_brackets, people):
            name = WITH_LEAD.sub("", name)  # a heading "Con Alejandro:" over what Alejandro asked
            if fold(name) in TEAM_NAMES or fold(name.split()[0]) in TEAM_WORDS or fold(name).startswith(TEAM_LEADS):
                continue  # an invite's "Talent Acquisition - MVH — organiser": a team, not a person
            if len(name.split()) >= 2 and fold(name.split()[-1]) in GROUP_ENDS:
                continue  # "Dr. Rafael Montenegro-Ibáñez, Group Leader, Quantum Materials": his job and his group
            if (candidate.name and same_person(name, candidate.name)) or fold(name) in work.own_labels:
                continue
            contact_row = "|" in seg.raw and label_kind(seg) is None  # a table's row, not an invite's guest list
            if contact_row and any(d and d in seg.raw for d in (candidate.email, candidate.phone)):
                continue  # "Aisyah (Nur Aisyah binti Kamarudin) | +60 12-555 4390 | aisyah.k@…": the candidate's row
            if name in work.aliases and seg.label:
                continue  # "MvdB: walk me through …" after "MvdB = Dr. Marieke van der Berg": her lines
            if re.search(rf"\b{re.escape(name)}\s*(?:\(|,|[-–—])\s*{MY_PEOPLE}", seg.raw) or _one_of_mine(mine, name):
                continue  # "Jess (my roommate) said Riverside pays step 1 at $52k": the candidate's own people
            if name.split()[0].lower() in KIN_WORDS:
                continue  # "Uncle Kwabena (who told me about the job) said Kofi is strict but fair": family
            if title and any(fold(title) == fold(p.first_name) for p in work.interviewers):
                continue  # "Big Picture (Nkechi) - …": a competency heading, with who asked it in brackets
            if title and " " not in name and fold(title.split()[-1]) in PLACE_WORDS:
                continue  # "Vancouver (Gastown office) / hybrid": a city and the office there
            if title and any(NOT_STAFF.fullmatch(part.strip()) for part in title.split("/")):
                continue  # "Chloe (uni student), Ravi, …" round the table: another candidate; "Ross (reception)"
            if seg.line == 0 and not seg.label and ends_like_a_job(name):
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
    _bracketed_initials(work)
    _speaker_letters(work, candidate)
    _named_again_in_lower_case(work)
    for person in work.interviewers:
        person.called = person.called or goes_by.get(person.name)


def _named_again_in_lower_case(work: Work) -> None:
    """ "naomi birnbaum, dir of development - annual gala in october …" under an invite that lists Naomi Birnbaum:
    her line, introduced again in lower case; what follows the dash is what she discussed."""
    for i, seg in enumerate(work.segments):
        if i in work.owners or i in work.rests or seg.label:
            continue
        for index, person in enumerate(work.interviewers):
            bare = " ".join(w for w in person.name.split() if w.rstrip(".").lower() not in HONORIFIC_WORDS)
            if " " not in bare or not seg.raw.lower().lstrip(" -•*").startswith(bare.lower()):
                continue
            said = LOWER_INTRO_REST.match(seg.raw.lstrip(" -•*")[len(bare) :])
            if said:
                work.owners[i] = index
                work.rests[i] = said.group(1).strip()
            break


# After a name typed again: ", dir of development - annual gala …", " grants mgr - federal grants …"
LOWER_INTRO_REST = regex_cache.compile(r"\s*(?:\([^)]*\)|,?\s*[a-z][\w &/]{1,40}?)?\s+[-–—:]\s+(.+)$")


# also "Recursos Humanos Albéniz" on a Spanish invite's guest list: its HR mailbox
# also Polish "REKRUTER: Bartek Nowicki (agencja, nie był na rozmowie)"
RECRUITER_LABELS = frozenset({"recruiter", "hr", "talent", "rekruter", "rekruterka", "reclutador", "reclutadora"})
TEAM_NAMES = frozenset({"talent acquisition", "talent team", "recruitment team", "people team", "hr team"})
TEAM_LEADS = ("recursos humanos", "ressources humaines", "human resources", "people team", "talent acquisition")
# "Reclutamiento DO (opcional)" on a Mexican invite: the recruiting team's mailbox, by its first word
TEAM_WORDS = frozenset({"reclutamiento", "recrutamento", "recrutement", "recruitment", "recruiting", "rrhh"})
# The last word of a job's, a group's or a field's name, never of a person's: "Group Leader", "Quantum Materials"
GROUP_ENDS = frozenset(
    "materials operations sciences systems products services solutions networks communications electronics "
    "analytics dynamics physics mathematics economics affairs relations resources leader "
    # "Digital Research Hub", "Translational Bioinformatics", "Moreton Biologics": a unit or a firm
    "hub centre center institute lab labs laboratory informatics bioinformatics genomics biologics "
    "therapeutics pharmaceuticals".split()
)


def _still_to_meet(name: str, raw: str) -> bool:
    after = raw.find(name)
    before = raw[max(0, after - 60) : after] if after >= 0 else ""
    ahead = after >= 0 and COMING_UP.search(raw[after + len(name) : after + len(name) + 25]) is not None
    return ahead and re.search(r"\b(?:present|meet|meeting|plus|then)\b", before) is not None


def _given_in_brackets(found: tuple[str, str | None, str | None]) -> tuple[str, str | None, str | None]:
    """ "Monsieur Aït-Ouali (Youssef)", "Madame Ferrand (Hélène Ferrand, the associée)": a courtesy title and
    surname, with the given name in the brackets read as their job."""
    name, title, rest = found
    words = name.split()
    if not title or len(words) != 2 or words[0].rstrip(".").lower() not in HONORIFICS:
        return found
    given = re.match(rf"([A-Z][\w'’-]+)(?:\s+{re.escape(words[1])})?\s*(?:,\s*(?:the\s+|la\s+|le\s+)?(.*))?$", title)
    # a given name, not a job's letters or word: "Ms Zulu (EIC)", "Mr. Tan (CFO)", "Dr. Kowalski-Bell (Director)"
    if given is None or not given.group(1).istitle() or fold(given.group(1)) in TITLE_WORDS:
        return found
    if looks_like_title(given.group(1)):
        return found
    job = given.group(2)
    return f"{words[0]} {given.group(1)} {words[1]}", job if job and looks_like_title(job) else None, rest


def _in_full(found: tuple[str, str | None, str | None], raw: str) -> tuple[str, str | None, str | None]:
    """ "Mrs. Karen Hollis (3rd grade, …). Mrs. Hollis did most of the talking": the full name the line gives."""
    name, title, rest = found
    words = name.split()
    if len(words) != 2 or words[0].rstrip(".").lower() not in HONORIFICS:
        return found
    fuller = [
        m.name for m in find_names(raw, min_words=2) if m.name.split()[-1] == words[1] and len(m.name.split()) > 2
    ]
    return (fuller[0], title, rest) if len(set(fuller)) == 1 else found


def _and_who_does(raw: str, start: int) -> list[str]:
    """Full names after "and" that say what the person does there: "… and Kevin O'Hara who does scheduling"."""
    found = []
    for match in find_names(raw[start:], min_words=2):
        before = raw[start : start + match.start]
        who_does = re.search(r"\band\s+$", before) and WHO_DOES.match(raw, start + match.end)
        # '… Bernadette Callaghan, home manager - "everyone calls me Bernie love" - and Tomasz Wiśniewski, deputy
        # manager / nurse': after an aside, "and" and a name with its job
        after_aside = re.search(r"[-–—;)]\s*and\s+$", before) and re.match(r"\s*,\s*[a-z]", raw[start + match.end :])
        # "panel was Dr. Meenakshi Rao who is Joint Director and Mr. Anil Kumar Sharma Deputy Secretary"
        titled = match.name.split()[0].rstrip(".").lower() in ("mr", "mrs", "ms", "dr", "prof")
        after_who_is = titled and re.search(r"\bwho(?:['’]s| is)\b[^,;.()]{2,50}\band\s+$", before)
        # dictated: "Mrs. Brenda Haskins she's principal at Harpeth Middle um Mr. Dwayne Carter the district IT
        # director and Dr. Patricia Nguyen …": a title and a full name after a filler (a comma once the filler
        # is gone) or "and"
        dictated = titled and len(match.name.split()) >= 3 and re.search(r"(?:\b(?:um+|uh+|and)|,)\s+$", before)
        if who_does or after_aside or after_who_is or dictated:
            found.append(match.name)
    return found


def _opens_a_job(name: str, text: str) -> bool:
    """ "interview with Rheinpunkt Software (…), Customer Success Specialist": a capitalised word that starts a
    job's title, not a one-word name."""
    chunk = re.search(rf"\b{re.escape(name)}((?:\s+[A-Z][\w&/-]*){{1,4}})\s*(?:[,;()]|$)", text)
    return " " not in name and chunk is not None and looks_like_title(name + chunk.group(1))


def _runs_into_a_job(name: str, text: str) -> bool:
    follows = re.match(rf"{re.escape(name)}\s+([A-Za-z]+)", text)
    return follows is not None and follows.group(1).lower() in TITLE_WORDS


def _listed_under_panel(work: Work, i: int) -> list[tuple[str, str | None, str | None]]:
    """ "Panel:" over "- Siobhán Ó Briain, CNM2 on St Anne's ward. Said to just call her Siobhán": each bullet
    under the heading that opens with a full name is a panel member, whatever follows the name."""
    seg = work.segments[i]
    if not seg.bullet or seg.label:
        return []
    for k in range(i - 1, -1, -1):
        before = work.segments[k]
        if before.line == seg.line:
            continue
        if not before.bullet:
            heading = label_kind(before) == "interviewer" and not before.text.strip()
            break
    else:
        return []
    named = find_names(seg.raw, min_words=2)
    # also after abbreviated titles: "pres. Dott. Ing. Marco Ferrante, dir. tecnico", "Dott.ssa Lucia Gentile, …"
    lead = seg.raw[: named[0].start] if named else ""
    titled_lead = re.fullmatch(r"(?:[A-Za-z]{1,5}\.(?:ssa)?\s*)*", lead) is not None
    if not heading or not named or not titled_lead or not re.match(r"\s*[,(–—-]", seg.raw[named[0].end :]):
        return []
    title, end = title_after(seg.raw, named[0].end)
    return [(named[0].name, title, seg.raw[end:].strip(" ,.;-–—") or None)]


def _after_an_ordinal(seg: Segment, speaker_ok: bool) -> list[tuple[str, str | None, str | None]]:
    """ "1st: Wendy Tran - ops mgr NSW", "then Priya (HR advisor)": which came when, then who they are."""
    lead = ORDINAL_LEAD.match(seg.raw)
    if not lead or seg.label:
        return []
    return _people_in(replace(seg, raw=seg.raw[lead.end() :], text=seg.raw[lead.end() :]), speaker_ok)


PLACE_WORDS = frozenset("office offices campus site branch hq headquarters store location building floor".split())


def _guest_list(work: Work, i: int) -> list[tuple[str, str | None, str | None]]:
    """A calendar's "Guests" over "Mariana Costa · Organiser", "Aisling Kavanagh", "Conor Hegarty · Optional":
    each line under the heading that is only a name is a guest."""
    seg = work.segments[i]
    name = _guest(seg)
    if name is None:
        return []
    for before in reversed(work.segments[:i]):
        if GUESTS_HEADING.match(before.raw) or (label_kind(before) == "interviewer" and not before.text.strip()):
            return [(name, None, None)]
        if GUEST_MARK.fullmatch(" - " + before.raw.strip()):
            continue  # Google Calendar's "Organizer" on the line under the guest it marks
        if _guest(before) is None and not find_emails(before.raw):
            return []
    return []


def _guest(seg: Segment) -> str | None:
    if seg.label or seg.bullet:
        return None
    name = GUEST_MARK.sub("", seg.raw).strip()
    return name if only_a_name(name) else None


JOB_AFTER_INTERVIEW = regex_cache.compile(
    r"^\W*(?:interview|entrevista|entretien|entrevue)\s*[-–—:|]\s*([^-–—|]+?)\s*(?:[-–—|]|$)", re.IGNORECASE
)
GUESTS_HEADING = regex_cache.compile(
    # also in Portuguese, Spanish, French, German, Italian and Dutch: "Convidados", "Invitados", "Invités", …
    r"^\s*(?:\d+\s+)?(?:guests?|attendees|invitees|participants|convidados|invitados|invités|participantes|"
    r"teilnehmer|teilnehmende|gäste|invitati|partecipanti|genodigden|deelnemers)\s*:?\s*$",
    re.IGNORECASE,
)
GUEST_MARK = regex_cache.compile(
    r"\s*[·•,(–—-]\s*(?:organi[sz]er|optional|required|attendee|organizador[a]?|organisateur|organisatrice|"
    r"organisator|organizzatore|facultativo|opcional|facultatif)\)?\s*$",
    re.IGNORECASE,
)


def _not_on_the_panel(raw: str) -> bool:
    """A line about someone who was not interviewing; not "met Gillian Thornbury practice mgr. girl at desk
    (Becky?) just buzzed me in": the first sentence met the interviewer, the second is about someone else."""
    said = NOT_INTERVIEWER_RE.search(raw)
    if said is None:
        return False
    if raw.count(" | ") >= 2:
        return True  # a schedule's row: "9:00 | welcome + tour | Daniel Reid (current trainee) | … not assessed |"
    if SO_IT_WAS_JUST.search(raw, said.end()):
        return False  # "… but raj got pulled into a prod incident so just hannah (Hannah O'Connell, senior dev)"
    first = re.split(r"(?<=[.!?])\s+", raw, maxsplit=1)[0]
    # also "Dave Kowalczyk - owner, 1 on 1. Lynn (his wife) … made me a coffee, wasnt in the intvw"
    opens_with_them = bool(named := find_names(first, min_words=2)) and named[0].start <= 3
    return said.start() < len(first) or not (INTRO_RE.search(first) or opens_with_them)


ONE_PERSON_FIRST = regex_cache.compile(
    r"^(?:the\s+)?one\s+(?:lassie|lass|lady|woman|guy|man|bloke|lad|fella|person|interviewer)"
    r"(?:\s+in\s+the\s+end)?\s*[,:–—-]\s*(?=[A-Z])",
    re.IGNORECASE,
)
FILLER_FIRST = regex_cache.compile(r"^(?:um+|uh+|er+m?)\s+(?=[^\W\d_])", re.IGNORECASE)
SO_IT_WAS_JUST = regex_cache.compile(r"\bso\s+(?:it\s+was\s+)?(?:just|only)\s+(?=[A-Za-z])", re.IGNORECASE)


def _told(seg: Segment) -> Segment:
    """What a labelled line says, as a line of its own: "me: 1) Jordan Reyes, head of design. …",
    "Sebas: entrevistaron 2: Don Álvaro … y Luisa Fernanda Restrepo" (a field name of its own kept as a label)."""
    said = ORDINAL_LEAD.sub("", seg.text)  # "1st Femke van Dijk, …": who came first
    label, text = read_label(said)
    return dash_fields([Segment(said, text, seg.line, label, seg.bullet, seg.indent, seg.paragraph)])[0]


def _named_after_a_count(work: Work, i: int) -> list[tuple[str, str | None, str | None]]:
    """ "Two people interviewed me. Eng. Karim Haddad, he's the associate director …, and Lucy Haddad, who is …":
    the people the next sentences name, each at the start or after "and"."""
    seg = work.segments[i]
    if COUNTED_PANEL_LEAD.match(seg.raw):
        return _after_a_count(seg.raw)
    for above in work.segments[max(0, i - 2) : i][::-1]:
        if above.paragraph != seg.paragraph:
            return []
        if COUNTED_PANEL.fullmatch((above.text if above.label else above.raw).strip()):
            named = find_names(seg.raw, min_words=2)
            # "the store manager Priya Raman and then the district manager Jean-François Tremblay"
            return [(m.name, None, None) for m in named if JOB_BEFORE.search(seg.raw[: m.start])]
    return []


def _after_a_count(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Two people interviewed me, Inż. Tomasz Wróblewski who is head of …, and Agnieszka Kowalczyk-Nowak, she's …",
    "only one person, Svenja Kowalczyk-Brandt, Team Lead CS": the people named after the count."""
    lead = COUNTED_PANEL_LEAD.match(raw)
    if not lead:
        return []
    after = raw[lead.end() :]
    named = find_names(after, min_words=2)
    return [(m.name, None, None) for m in named if JOB_BEFORE.search(after[: m.start])]


# "Two people interviewed me", "2 ppl.": how many were on the panel, on a line of its own or leading the names
HOW_MANY = r"\W*(?:two|three|four|2|3|4)\s+(?:people|ppl|interviewers|of them)"
INTERVIEWED = r"(?:interviewed me|did (?:the|my) interview|(?:were\s+)?on the panel)"
COUNTED_PANEL = regex_cache.compile(rf"{HOW_MANY}(?:\s+(?:{INTERVIEWED}|in the room))?\W*", re.IGNORECASE)
# also "only one person, Svenja Kowalczyk-Brandt, Team Lead CS", "3 people, first Camila Duarte, CRO, …"
COUNTED_PANEL_LEAD = regex_cache.compile(
    rf"{HOW_MANY}(?:\s+{INTERVIEWED}\s*[,:]|\s*,)\s*|\W*(?:(?:only|just)\s+)?(?:one|1)\s+(?:person|interviewer)\s*[,:]\s*",
    re.IGNORECASE,
)
# At the start, or after "and" or a comma, with only their job in lower case between: "and then the district manager"
JOB_BEFORE = regex_cache.compile(r"(?:^\W*|,\s*|\band\s+|\+\s*)(?:then\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}$")


GUEST_TAG = regex_cache.compile(
    r"\s*[-–—]\s*(?:organi[sz]er|optional|required|declined|accepted|tentative|yes|no|maybe)\s*$", re.IGNORECASE
)


def _list_goes_on(work: Work, i: int) -> bool:
    """A bare name on the line of an "Attendees:"/"Interviewers:" list, split off at a ";"."""
    seg = work.segments[i]
    if seg.label or i == 0:
        return False
    bare = ASIDE.sub("", seg.raw).strip()
    start = next((j for j in range(i - 1, -1, -1) if work.segments[j].label or work.segments[j].line != seg.line), 0)
    head = work.segments[start]
    if head.line == seg.line and label_kind(head) == "interviewer" and only_a_name(seg.raw):
        return True
    # "Guests:" on a line of its own, then one guest a line: "Wei Ling Tan (organizer)", "Arjun Nair-Subramaniam"
    later = work.segments[i + 1] if i + 1 < len(work.segments) else None
    if later is not None and later.line == seg.line:
        return False  # "Gwendolyn Harte — principal at …": the rest of the line says who she is
    for j in range(i - 1, max(-1, i - 8), -1):
        above = work.segments[j]
        if above.label:
            return label_kind(above) == "interviewer" and not above.text.strip() and only_a_name(bare)
        if not only_a_name(GUEST_TAG.sub("", ASIDE.sub("", above.raw)).strip()):
            return False  # but "Svenja Ott – organizer" above is one more guest
    return False


def _speaker_letters(work: Work, candidate: Candidate) -> None:
    """ "R: I'll call you Tuesday arvo" in a transcript of "R:" and "S:" lines, under "Interviewer: Rosa
    Castellano-Wright": a capital letter that labels lines twice or more is the one panel member whose given name
    starts with it; not the candidate's letter, nor "Q:" and "A:"."""
    letters: dict[str, int] = {}
    for seg in work.segments:
        if seg.label and len(seg.label) == 1 and seg.label.isupper() and seg.label not in "QA":
            letters[seg.label] = letters.get(seg.label, 0) + 1
    own = (candidate.name or "")[:1].upper()
    for letter, count in letters.items():
        holders = [p for p in work.interviewers if without_rank(p.name)[0].lstrip()[:1] == letter]
        if count >= 2 and letter != own and len(holders) == 1:
            work.aliases.setdefault(letter, holders[0].name)


def _bracketed_initials(work: Work) -> None:
    """ "the practice manager Bronwyn Kelly (BK) joined" and later "BK – billing stuff": BK is Bronwyn;
    "VT -> monthly S&OP" under "Lic. Verónica Treviño": VT is Verónica."""
    for person in work.interviewers:
        # "Mrs. Grace Wanjiru Kamau (Head Teacher) = GK": the initials the notes give them, whatever they are
        given = (
            re.search(rf"{re.escape(person.name)}\s*(?:\([^)]*\))?\s*=\s*([A-Z]{{2,3}})\b", seg.raw)
            for seg in work.segments
        )
        alias = next((m.group(1) for m in given if m), None)
        if alias and not any(same_person(o.name, alias) for o in work.interviewers):
            work.aliases.setdefault(alias, person.name)
            continue
        words = [w for w in without_rank(person.name)[0].split() if w.rstrip(".").lower() not in HONORIFICS]
        initials = "".join(w[0] for w in words if w[:1].isupper())
        # "JvdB: So, why nights?" of Joost van den Berg: the particles' letters in lower case
        spelled = "".join(w[0] for w in words if w[:1].isalpha())
        # "ZHM - Passivhaus, embodied carbon calcs" of Zoë Hartley-Moore: each part of a double surname
        parts = "".join(part[0] for w in words for part in w.split("-") if part[:1].isupper())
        if len(initials) < 2 or any(same_person(o.name, initials) for o in work.interviewers):
            continue
        for seg in work.segments:
            bracketed = re.search(rf"{re.escape(person.name)}\s*\(([A-Z]{{2,3}})\)", seg.raw)
            leading = re.match(rf"^\W*({initials}|{spelled}|{parts})\s*(?:->|[-–—:>=])", seg.raw)
            if (bracketed and bracketed.group(1) == initials) or leading:
                work.aliases.setdefault(leading.group(1) if leading else initials, person.name)
                break


def _after_next_heading(work: Work, i: int) -> bool:
    """The rest of a line that opens "next step —": who comes next, not who interviewed."""
    before = [seg for seg in work.segments[:i] if seg.line == work.segments[i].line]
    return bool(before) and NEXT_LEAD_RE.match(before[0].raw + " —") is not None and len(before[0].raw.split()) <= 3


# Who came first, second …, in a chat line: "1st Femke van Dijk, …", "2) Mei-Ling Chow, PM …"
ORDINAL_LEAD = regex_cache.compile(
    r"^\W*(?:[1-4](?:st|nd|rd|th)\b|[1-4][.)]|first|second|third|fourth|last|and(?: then)?|then)\s*[:\-–—]?\s+(?=[A-Z])"
)
MY_PEOPLE = (
    r"my\s+(?:roommate|flatmate|housemate|friend|partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|"
    r"sister|brother|cousin|aunt|uncle|neighbou?r|supv|(?:current|old|former|ex-?)\s*(?:manager|mgr|boss|supv|supervisor))\b"
)


MY_PEOPLE_RE = regex_cache.compile(rf"\b{MY_PEOPLE}", re.IGNORECASE)


def _one_of_mine(mine: list[str], name: str) -> bool:
    """ "my partner Ellie would need to find work in Wagga", then "second visit w/ Ellie": the candidate's own.
    `mine` holds the lines that name one of the candidate's own people at all."""
    return any(re.search(rf"\b{MY_PEOPLE}\s+{re.escape(name)}\b", raw, re.IGNORECASE) for raw in mine)


NEXT_ROUND_WITH = regex_cache.compile(
    r"\b(?:(?:second|2nd|third|3rd|next|final|another|follow-up)\s+(?:interview|round|meeting|conversation|chat|call)"
    # also "then final w the MD …"; not "then the second interview was with Sir Rodel Bautista": it happened
    r"(?!\s+(?:was|were)\b)\s*[^.;\n]{0,40}?|\bnext\s+(?:is|will be|would be)\b[^.;\n]{0,60}?|\bfinal\s+(?=w/?\s))"
    # "final round = ride-along + meeting w/ the owner Gary Pruitt", "next is a presentation + a 1:1 with the CPO"
    r"\b(?:with|w/|w(?=\s+the\s))\s",
    re.IGNORECASE,
)


def _introduce(work: Work, i: int, name: str, title: str | None, rest: str | None) -> None:
    index = _add_interviewer(work, name, title, work.segments[i].raw)
    if index is None:
        return
    work.owners.setdefault(i, index)
    if rest is not None:
        work.rests[i] = rest


def _in_passing(name: str, raw: str) -> bool:
    """ "Mrs. Chen" mid-sentence: a courtesy title and a surname, not the start of the line."""
    words = name.split()
    honorific = len(words) == 2 and words[0].rstrip(".").lower() in HONORIFICS
    # "Then one of the dentists, Dr Kowalczyk, popped in": named in apposition to who they are, not in passing
    apposition = re.search(rf"\bone of the\s+[a-z]+s,\s+{re.escape(name)}\s*,", raw)
    return honorific and not apposition and not re.match(rf"^[\W\d]*{re.escape(name)}", raw)


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


def _caps_heading(work: Work, i: int) -> list[tuple[str, str | None, str | None]]:
    """ "AOIFE BRENNAN (General Manager)": a heading in capitals that names a panel member.

    Capitals are how acronyms and headings are written too ("NEXT STEPS"), so the name must be
    someone the notes already named, or come with a job title in brackets.
    """
    seg = work.segments[i]
    match = CAPS_HEADING.fullmatch(seg.raw.strip())
    if seg.bullet or match is None or not match.group(1).isupper():
        return []
    name = match.group(1).title()
    title = match.group(2)
    known = [p.name for p in work.interviewers if same_person(p.name, name) and " " in p.name]
    if not known and not (title and looks_like_title(title)):
        return []
    words = [w.lower() for w in name.split()]
    if any(w in NOT_NAMES or w in TITLE_WORDS or w in STOPWORDS for w in words) or ends_like_a_job(name):
        return []
    work.rests[i] = ""  # the heading introduces them; what they discussed is under it
    return [(known[0] if known else name, tidy_title(title) if title else None, "")]


CAPS_HEADING = regex_cache.compile(r"([^\W\d_]+(?:[ '’-][^\W\d_]+){1,3})\s*(?:\(([^()]{2,60})\))?\s*[:–—-]?")
# "MK = Mateus Kowalski-Silva, …"; "Kasia = Katarzyna Wójcik, lead gameplay prog": what the notes call them.
INITIALS_INTRO = regex_cache.compile(
    r"^([A-Z]{2,3}|[A-Z][a-z]{1,3}[A-Z]|[A-Z][a-z][A-Z][a-z]?[A-Z]?)\s*(?:=|:|–|—|-)\s*(?=[A-Z][a-z])|^([A-Z][a-z]{1,15})\s*=\s*(?=[A-Z][a-zà-ÿ][^\W\d_]*\s+[A-Z][a-zà-ÿ])"
    # "senior SDE = Deepika Rao": a role's letters, after a word that qualifies them
    r"|^(?:[a-z]+\s+)?([A-Z]{2,4})\s*=\s*(?=[A-Z][a-zà-ÿ][^\W\d_]*\s+[A-Z][a-zà-ÿ])"
)


def _name_heading_line(work: Work, i: int) -> list[tuple[str, str | None, str | None]]:
    """ "Gwendolyn Harte — principal at Eastfield Middle. asked about …": a line that opens with a
    full name and goes on about them. Long lines arrive here split, so the name stands alone
    with the rest of its line after it; a name alone on its line (a signature) does not count.
    """
    seg = work.segments[i]
    later = work.segments[i + 1] if i + 1 < len(work.segments) else None
    starts_line = i == 0 or work.segments[i - 1].line != seg.line
    # also the candidate's own line in a chat: "Me: Chiamaka Nwosu — principal eng. harder."
    own = bool(seg.label) and (fold(seg.label or "") in work.own_labels or fold(seg.label or "") == "me")
    if (seg.label and not own) or later is None or later.line != seg.line or not starts_line:
        return []
    raw = CREDENTIAL_LETTERS.sub("", seg.text if own else seg.raw)  # "C.P. Jorge Luis Peña" then "Tax Manager."
    names = find_names(raw, min_words=2)
    if len(names) != 1 or names[0].start > 3 or names[0].end < len(raw.rstrip(" .:-–—")) - 1:
        return []
    title = re.sub(r"\s*\([^)]*\)", "", later.raw).strip(" .")  # "Epi Supervisor (would be my boss)"
    title = re.split(r"[,;.]\s", title)[0]  # "sixth form lead, he ran the student panel"
    if not looks_like_title(title):
        return []
    work.rests[i + 1] = ""  # the title is part of the introduction, not something they discussed
    return [(names[0].name, tidy_title(title), None)]


def _people_in(
    seg: Segment, speaker_ok: bool = True, lowercase_ok: bool = True
) -> list[tuple[str, str | None, str | None]]:
    """(name, title, the rest of the segment after the introduction) for each person introduced.

    A one-word label such as "Puesto:" only counts as a transcript speaker when it
    repeats; "Priya:" said once is more likely a label we don't know.
    """
    kind = label_kind(seg)
    in_label = _person_in_label(seg)
    if in_label:
        return [in_label]
    heading = JOB_AFTER_INTERVIEW.match(seg.raw)
    if heading and ends_like_a_job(re.sub(r"\s*\(.*", "", heading.group(1)).strip()):
        return []  # "INTERVIEW — Interior Architect (hospitality team)": the job, not a person
    if kind == "interviewer":
        # not "Organizer: Talent Acquisition – Whitcombe & Hale LLP": a firm's partners' names, not people here
        listed = [p for p in name_list(after_title(seg.text)) if not _named_firm(p[0], seg.raw)]
        if fold(seg.label or "") in RECRUITER_LABELS:  # "recruiter = Zhi Hao from TA team"
            # "Recruiter: Rahul Menon, Hays Middle East (arranged; not present)": one person, then the agency
            listed = [(name, title or "Recruiter", rest) for name, title, rest in listed[:1]]
        return listed
    if kind is None and fold(seg.label or "") in ("agency", "recruitment agency", "employer"):
        return []  # "Agency: Kaizen Search – consultant Ms. Akiko Fujii (arranged, not present)"
    # not "Ellie 🌸: well?????" in a pasted chat: a friend saved with a flower by her name
    saved_with_emoji = EMOJI.search(seg.raw.split(":", 1)[0]) is not None
    if (
        kind is None
        and seg.label
        and seg.text
        and speaker_ok
        and not saved_with_emoji
        and (speaker := _speaker(seg.label))
    ):
        return [(speaker, None, seg.text)]
    if kind == "answer" or (kind is None and seg.label):
        # "S: Dr. Ngozi Okafor-Bell, Dir Clinical Affairs." or a chat's "me: Noor Al-Khatib the line producer…"
        # A label in capitals ("Me: … route through the manager"): lower-case words after it are not a name.
        told = _told(seg)
        inner = (
            _titled_first(told.raw)
            or _people_in(told, lowercase_ok=not re.search(r"\b(?!I\b)[A-Z]", seg.label or ""))
            or _after_a_count(told.raw)  # "Ich: only one person, Svenja Kowalczyk-Brandt, Team Lead CS"
        )
        if inner or kind == "answer":
            return inner
    if kind is not None:
        return []
    # a French, Spanish or Portuguese invitation: "Vous rencontrerez Élodie Marchand, Directrice …, ainsi que …"
    meeting = YOU_WILL_MEET.search(seg.raw)
    if meeting:
        listed_after = re.sub(r"\s+(?:ainsi que|et|y|e)\s+(?=[A-Z])", " and ", seg.raw[meeting.end() :])
        invited = [p for p in name_list(after_title(listed_after)) if " " in p[0]]
        if invited:
            return [(name, title, None) for name, title, _ in invited]
    invitation = MEET_YOU.search(seg.raw)
    if invitation:
        # "Ms Deirdre Ní Mhurchú (Partner, Property) and Mr Conor Fitzpatrick (Senior Associate) would like to
        # meet you on Tuesday …": everyone named before the invitation
        invited = name_list(after_title(seg.raw[: invitation.start()]))
        named = find_names(seg.raw, min_words=2)
        if len(invited) > 1 and named and named[0].start <= 4:
            return [(name, title, None) for name, title, _ in invited]
    # "Acme - Ops Controller - call w/ Ms. Amara Reid": the person after "with", not the header before it.
    # "interview w/ Halftone Studio … chatted with Niamh Kavanagh": the first "with" may name the company.
    for intro in INTRO_RE.finditer(seg.raw):
        # A name typed in lower case counts only after "met/talked/spoke with" in notes with no capitals at all.
        lowercase_names = bool(MEETING_RE.search(intro.group(0))) and not re.search(r"\b(?!I\b)[A-Z]", seg.raw)
        if PAST_JOB.search(seg.raw[: intro.end()]):
            continue  # "did that a lot at my old job w/ ProClean": where the candidate worked
        # also "they said final round is a partner interview with Dave Kessler": the round starts the introduction
        if STEP_AHEAD.search(seg.raw[: intro.start()]) or LATER_ROUND.search(seg.raw[: intro.end()]):
            continue  # "HR will call … for the final discussion with the managing partner": a step, not who was there
        after = FILLER_FIRST.sub("", seg.raw[intro.end() :], count=1)  # "interview today with um denise okafor-hill"
        after = ONE_PERSON_FIRST.sub("", after, count=1)  # "it was just the one lassie in the end, Fiona MacLeod …"
        found = name_list(after_title(after), intro_only=True, lowercase_names=lowercase_names)
        # "with Fairbairn Lyle LLP": a firm's name, though it reads like a person's.
        people = [p for p in found if not is_org(p[0]) and not _named_firm(p[0], seg.raw)]
        firm = firm_for_the_job(seg.raw) if people else None  # "with Corrib Payments for the HR Generalist job"
        people = [p for p in people if p[0] != firm and not _opens_a_job(p[0], seg.raw[intro.end() :])]
        at = seg.raw.find(people[0][0], intro.end()) if people else -1
        if at >= 0 and COMING_UP.search(seg.raw[intro.end() : at + len(people[0][0]) + 20]):
            continue  # 'a "culture chat" with the CTO Maarten next week': a meeting still to come
        # "Met w/ Area Manager Siobhán Ní Bhriain, approx 1hr": the title came before the name.
        titled = TITLE_BEFORE_NAME.match(seg.raw[intro.end() :])
        title_before = titled.group(1) if titled and titled.group(1).split()[-1].lower() in TITLE_WORDS else None
        if people and title_before:
            name, title, rest = people[0]
            people[0] = (name, title if title and looks_like_title(title) else title_before, rest)
        if len(people) == 1:
            # "met Brenda Castillo shes the RN clinical manager and Kevin O'Hara who does scheduling": one more
            people += [(name, None, None) for name in _and_who_does(seg.raw, intro.end()) if name != people[0][0]]
        if people:
            # What the line says besides the introduction ("I said I used Epic … then Lupe Castañeda
            # asked how I'd handle meds") is still content.
            before = seg.raw[: intro.start()]
            before = "" if CUT_AFTER.search(before) else before  # "so I just finished my [interview at …]"
            # dictated: "okay interview notes redbud health systems IT project manager … first was Tanya Whitfield":
            # the notes' own heading before the panel, not what she said
            before = "" if HEADING_BEFORE.search(before) else before
            said = QUOTED_NICKNAME.sub("", before + " " + seg.raw[intro.end() :])
            for name, title, _ in people:
                said = said.replace(name, " ").replace(f"({title})" if title else "\0", " ")
            said = said.replace(title_before, " ", 1) if title_before else said
            said = WHO_IS_TITLE.sub(" ", said)  # "… who is the Director of Community Programs"
            said = re.sub(r"\s*\([^)]*\)|\s+(?:and|&|\+)\s+(?=[\s.,]|$)", " ", said)
            said = WHO_IS_DOING.sub(" ", said)  # "then Lupe Castañeda who is retiring asked how I'd …"
            rest = said.strip(" ,;-–—.") if len(said.split()) >= 8 else None
            last = people[-1][0]
            if any(same_person(last, name) for name, _, _ in people[:-1]):
                # "… with the head Mrs Patricia Okonkwo-Hale and the deputy Mr Daniel Ferreira, Mrs Okonkwo-Hale
                # asked loads about safeguarding": what she said is what follows her name the second time.
                rest = seg.raw[seg.raw.rindex(last) + len(last) :].strip(" ,;-–—.") or None
            if rest and not people[-1][2] and len(people) > 1:
                # "panel was Dr. Meenakshi Rao … and Mr. Anil Kumar Sharma …, Dr. Rao asked mostly technical stuff
                # like …": what follows is said of whoever it names, from where it names them
                again = [(at, k) for k, (name, _, _) in enumerate(people) if (at := named_again_at(rest, name)) >= 0]
                if len(again) == 1:
                    at, k = again[0]
                    return [(n, t, rest[at:] if j == k else r) for j, (n, t, r) in enumerate(people)]
            return [*people[:-1], (last, people[-1][1], people[-1][2] or rest)]
    header = re.match(r"^[^|\s][^|,:(]{0,40}?\s[-–—|/]\s", seg.raw)
    # The first line "Harlan Ford Lincoln - svc advisor intvw, sat 9a" starts with the company, not a person;
    # a person named later on it ("… — Dr. Oluwaseun Adeyemi-Clarke, DPT (clinic director)") still counts.
    company_header = seg.line == 0 and not seg.bullet and header is not None
    finders: list[Callable[[str], list[tuple[str, str | None, str | None]]]] = [
        did_the_interview,
        question_by,
        turned_out_to_be,
        joined,
        bracketed_full_name,
        titled_surname_then_given,
        name_before_interview,
        table_row_person,
        schedule_row_person,
        title_equals_person,
        real_name,
        titled_then_full,
        in_order,
        stood_in,
        it_was,
        numbered_interview,
        tagalog_si,
        called_by_name,
        two_with_their_jobs,
        pair_with_a_title,
        _listed_with_their_jobs,
        lower_title_then_name,
        lambda raw: [] if company_header else _titled_first(raw),
        lambda raw: [] if company_header else leading_person(raw, speaker_ok),
        lambda raw: [] if company_header or not lowercase_ok else lower_leading_person(raw),
        titled_mentions,
        indonesian_titled,
        lambda raw: lower_titled_mentions(raw) if lowercase_ok else [],
    ]
    for finder in finders:
        found = finder(seg.raw)
        # "Maple Ridge School District, front office secretary…": an organisation; "Interview: Planning Officer
        # (Development Management)": a job; look further.
        people = [
            p
            for p in found
            if not is_org(p[0])
            and not _named_firm(p[0], seg.raw)
            and p[0].split()[-1].lower().split("-")[-1] not in JOB_NOUNS
            and not JOB_OF_A_FIELD.match(p[0])
            and not _a_building(p[0], seg.raw)
        ]  # not "Indus Wind Power (Pvt) Ltd — Electrical Engineer", nor "Receptionist (Blessing)"
        # not "present it to both of them plus the Geschäftsführer Herr Dr. Lenz in about 10 days": still to come
        people = [p for p in people if not _still_to_meet(p[0], seg.raw)]
        if people:
            return [_in_full(p, seg.raw) for p in [*people[:-1], *_and_then(people[-1])]]
    return []


def _and_then(found: tuple[str, str | None, str | None]) -> list[tuple[str, str | None, str | None]]:
    """ "Orla Brennan the store GM and then this lad Pádraig Ó Súilleabháin who's regional VM": the one named
    after, in what is left of the line."""
    name, title, rest = found
    lead = AND_THEN_SOMEONE.match(rest or "")
    named = find_names(rest[lead.end() :], min_words=2) if rest and lead else []
    if not rest or not lead or not named or named[0].start != 0 or is_org(named[0].name):
        return [found]
    return [(name, title, None), (named[0].name, None, None)]


AND_THEN_SOMEONE = regex_cache.compile(
    r"^\W*(?:and|\+|&)\s+(?:then\s+)?"
    r"(?:(?:this|a|the other)\s+(?:lad|guy|girl|woman|man|lady|bloke|chap|fella|gal)\s+)?(?=(?-i:[A-Z]))"
)


def _listed_with_their_jobs(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Dr. Harold Jesperson the dean and Felipe Arrieta, the chair of HVAC-R program": a line that opens with
    two or more people, each with their job."""
    if not re.match(r"^\W*(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z]", raw):
        return []
    listed = name_list(raw)
    # not "Veridian Biologics GmbH – Scientist, Analytical Development (Cell & Gene Therapy)": a firm and a team
    # "Mr Vikram Sehgal zonal head and Pooja Arora from HR": the last may say where they work instead
    people = all(
        not is_org(name) and (looks_like_title(title) if title else bool(rest and FROM_A_TEAM.match(rest)))
        for name, title, rest in listed
    )
    return listed if len(listed) >= 2 and people and listed[0][1] else []


FROM_A_TEAM = regex_cache.compile(r"from\s+(?:the\s+)?(?:HR|[A-Z][\w&]+|[a-z]+)\s*$")


# "Técnico de Mantenimiento", "Gerente de Operaciones", "Jefe de Cocina": a job and its field, in Spanish or Portuguese
JOB_OF_A_FIELD = regex_cache.compile(
    r"(?i:técnic[oa]|tecnic[oa]|gerente|jef[ea]|coordinador[a]?|coordenador[a]?|analista|ingenier[oa]|"
    r"auxiliar|asistente|supervisor[a]?|director[a]?|diretor[a]?|encargad[oa]|responsable|"
    r"registrar|assistente|gestor[a]?|curador[a]?|planejador[a]?)\s+d[eao]s?\s"  # "Registrar de Exposições"
)
# Last words that make a "name" a job title ("Planning Officer"); not "Baker" or "Dean", which are also surnames.
JOB_NOUNS = frozenset(
    "officer manager director engineer coordinator analyst assistant specialist consultant advisor adviser "
    "administrator technician supervisor executive associate practitioner planner worker editor receptionist "
    "operative attendant operator cashier clerk trainee apprentice intern lecturer teacher tutor nurse "
    "microbiologist scientist researcher developer designer".split()
)


def _named_firm(name: str, raw: str) -> bool:
    # "interview w/ Tessellate (tessellate.ai)": a name with its own web address is a company's
    site = re.escape(re.sub(r"[^\w]", "", name))
    if re.search(rf"{re.escape(name)}\s*\(\s*(?:https?://)?(?:www\.)?{site}\.[a-z]{{2,}}", raw, re.IGNORECASE):
        return True
    after = re.search(rf"{re.escape(name)}\s+(?:\([A-Za-z]{{2,4}}\)\s+)?([\w.&]+)", raw)  # "SkyGrid Survey (Pty) Ltd"
    # not Tagalog's "sa" ("Ma'am Jhoanna Pacquing sa HR": in HR), which is no "SA"
    if after is not None and after.group(1).lower().strip(".,") in COMPANY_SUFFIXES and after.group(1) != "sa":
        return True
    # "with Sparkle & Co Cleaning", "J. Whitlock & Sons": either side of a firm's "& Co" / "& Sons"
    firm_part = name.split()[0].rstrip(".") in ("Co", "Sons", "Daughters", "Partners")  # "Co Cleaning"
    joined = re.search(rf"{re.escape(name)}\s*&\s*(\w+)(\s+[\w.]+)?", raw)  # "call w/ Lakeshore Home & Hardware"
    # either side of "Whitcombe & Hale LLP"
    after = re.search(rf"&\s*{re.escape(name)}\s+([\w.]+)", raw)
    return (
        firm_part
        or (
            joined is not None
            and (
                joined.group(1) in FIRM_AFTER_AND
                or has_company_suffix(joined.group(1))
                or has_company_suffix((joined.group(2) or "").strip())
            )
        )
        or (after is not None and has_company_suffix(after.group(1)))
    )


FIRM_AFTER_AND = frozenset("Co Sons Daughters Partners Hardware Garden Supply Supplies Associates".split())


def _titled_first(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Me: district manager, Bernadette Quigley. she said call her Bernie": a title, then who held it."""
    # also "just the clinic director, Sanjay Prasad."
    lead = re.match(r"^(?:(?:just|only) )?(?:the |our |their )?((?-i:[a-z])[a-z -]{2,30}?),\s+(?=[A-Z])", raw)
    lead = lead or LOWER_TITLE_BEFORE_NAME.match(raw)  # "ward manager Grace Adeyemi and a consultant, Dr. …"
    if not lead or not looks_like_title(lead.group(1)) or any(w in STOPWORDS for w in lead.group(1).split()):
        return []  # not "it was just the owner, Declan Mac Giolla Phádraig"
    listed = name_list(raw[lead.end() :])
    if not listed or any(" " not in name for name, _, _ in listed):
        return []
    first = listed[0]
    return [(first[0], first[1] or tidy_title(lead.group(1)), first[2]), *listed[1:]]


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


WITH_LEAD = regex_cache.compile(r"^(?:With|Con|Avec|Com|Mit)\s+(?=[A-Z][^\W\d_]+$)")


def _speaker(label: str) -> str | None:
    """A transcript speaker label ("Priya", "Priya R.") that names a person; also a heading over what someone
    asked, "Con Alejandro:", "Avec Élodie :", "With Sam:"."""
    label = WITH_LEAD.sub("", label)
    names = find_names(label)
    if names and names[0].start == 0 and len(label) - names[0].end <= 3:
        name = names[0].name
        if " " not in name and (len(name) < 2 or (re.search(r"(?:ed|ing|ly)$", name) and len(name) >= 6)):
            return None  # "S:" (a SOAP note) or "Concerned:" is a heading, not a person
        if " " not in name and len(name) >= 5 and name.lower() in TITLE_WORDS:  # not "Dev", a name too
            return None  # "Member: Manager, Local Economic Development": a seat on the panel, not a person
        return name
    return None


EMOJI = regex_cache.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
# "then Lupe Castañeda who is retiring asked how I'd …": who they are is not what they raised.
WHO_IS_DOING = regex_cache.compile(
    r"\bwho(?:['’]s|\s+is|\s+was)\s+(?:[\w-]+\s+){1,4}?(?=(?:asked|talked|said|wanted|went)\b)", re.IGNORECASE
)
COMING_UP = regex_cache.compile(
    r"\b(?:next (?:week|month|mon|tue|wed|thu|fri)\w*|tomorrow|later this week|in (?:about |around |~)?\d+ days)\b",
    re.IGNORECASE,
)
LATER_ROUND = regex_cache.compile(
    r"\b(?:final|next|second|third|2nd|3rd)\s+round\s+(?:is|will be|would be)\b[^,;.()]{0,40}$", re.I
)
# A meeting still to come: "she'll let me know Monday, possibly a quick call with the producer".
STEP_AHEAD = regex_cache.compile(
    rf"(?:{FUTURE_WORDS}|\b(?:possibly|maybe|(?:final|next|second|third) round)\b)[^,;.()]{{0,40}}$", re.IGNORECASE
)
PAST_JOB = regex_cache.compile(
    r"\b(?:old|last|previous|former|prior)\s+(?:job|company|employer|role|work|gig|place)\b[^.;\n]{0,25}$"
    # "talked thru the consumer unit swap at the school job i did w/ Voltline": the job the candidate did
    r"|\b(?:job|jobs|work|project|contract)\s+(?:i|I)\s+did\s+(?:w/|with|for)\s*$"
    # "I volunteer as a tour guide with Hanoi Kids": where the candidate gives their time
    r"|\bI\s+(?:volunteer|volunteered|interned|worked|work)\b[^.;\n]{0,30}\s(?:with|w/|for)\s*$"
)


HEADING_BEFORE = regex_cache.compile(
    r"\b(?:interview|intvw)\s+notes\b|\bnotes\s+(?:from|for|on)\b"
    # "right so just out of the interview at Brannock's Food Halls … and it was just the one lassie …"
    r"|\b(?:got\s+)?out of (?:the|my) interview\b|\b(?:left|finished) (?:the|my) interview\b",
    re.IGNORECASE,
)
CUT_AFTER = regex_cache.compile(r"\b(?:my|the|a|an|our|your|his|her|their)\s*$", re.IGNORECASE)


def _add_interviewer(work: Work, name: str, title: str | None, source: str) -> int | None:
    if has_company_suffix(name) or has_org_word(name) or name.split()[-1].lower() in PLACE_LAST:
        return None  # also "HomeBasics Depot – Store Manager – Trinoma": a shop, not a person
    if _a_building(name, source):
        return None  # "9:30  Dr. Howard Wexler (PI) - Hollis Hall 312": a building and its room
    whose = WHOSE_PART.match(name)  # "Deborah's Qs:" heads her part of the notes
    name = whose.group(1) if whose else name
    if len(name.split()) >= 3 and ends_like_a_job(name) and name.split()[0].rstrip(".").lower() not in HONORIFIC_WORDS:
        return None  # "Major Gifts Officer": a job, however capitalised
    if re.search(rf"{re.escape(name)}\s+(?:vs\.?|versus)\s", source):
        return None  # "CI: Xcode Cloud vs Bitrise": a product weighed against another
    name, rank = without_rank(_titlecase_if_lower(name))
    said = ACADEMIC_TITLES.get(fold(rank or "").replace(".", ""))
    if said:
        name, rank = f"{said} {name}", None  # "Prof.ssa Laura Giordano": Prof. Giordano
    title = title or rank
    for index, known in enumerate(work.interviewers):
        if same_person(known.name, name):
            if len(name.split()) > len(known.name.split()):
                known.name = name
            known.title = known.title or title
            return index
    work.interviewers.append(Interviewer(name=name, title=title, source=source))
    return len(work.interviewers) - 1


# "Prof.ssa" is a professor: "Prof." in English, kept with the name
ACADEMIC_TITLES = {"profssa": "Prof."}
# An invitation's "… would like to meet you on Tuesday"
YOU_WILL_MEET = regex_cache.compile(
    r"\b(?:vous rencontrerez|vous allez rencontrer|(?:usted )?se reunirá con|conocerá a|"
    r"(?:você )?(?:vai )?conhecer[áa]?|será entrevistad[oa] por|"
    # "Confirmando sua entrevista amanhã (12/03) às 14h por Google Meet com o Bruno Tavares Lemos, Gerente de …"
    r"entrevista\b[^.\n]{0,80}?\b(?:com|con)\s+(?:o|a|el|la)(?=\s+[A-Z]))\s+",
    re.IGNORECASE,
)
MEET_YOU = regex_cache.compile(
    r"\b(?:would like to|will|are looking forward to|look forward to)\s+(?:meet|meeting|see|interview)(?:ing)?\s+you\b"
)
# "Chloe (uni student)", not "Callum Rae (PhD student rep)" on an academic panel
NOT_STAFF = regex_cache.compile(
    r"(?:(?:uni|university|college|grad|high school)\s+)?student|(?:other\s+|fellow\s+)?(?:candidate|applicant)s?|"
    r"reception|receptionist|front desk|security|security guard|guard|bảo vệ|lễ tân|ochrona|recepcja|portier|"
    r"resepsiyon|recepción|recepcion|réception|recepção|rezeption",  # "Zeynep (resepsiyon)"
    re.IGNORECASE,
)
KIN_WORDS = frozenset("uncle auntie aunty aunt cousin grandma grandpa granny mum mom dad".split())


def _a_building(name: str, raw: str) -> bool:
    """ "Hollis Hall 312", "Hollis 318": a building named like a person, with the room after it."""
    return name.split()[-1].lower() in BUILDING_LAST and re.search(rf"{re.escape(name)}\s+\d{{1,4}}\b", raw) is not None


PLACE_LAST = frozenset("depot mart warehouse plant".split())
BUILDING_LAST = frozenset("hall house building tower wing annex annexe centre center".split())
WHOSE_PART = regex_cache.compile(
    r"^(.+?)(?:['’]s)?\s+(?:Qs|Q's|Questions|Part|Bit|Section|Round|Turn|Stuff)$", re.IGNORECASE
)


def _titlecase_if_lower(name: str) -> str:
    return name if any(ch.isupper() for ch in name) else name.title()
