"""Who is on the list and what to call them: nicknames, formal titles the notes ask for,
people who were absent or only booked it, friends in a chat, the job read as a name, and interviewers'
own email addresses."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from followup import regex_cache
from followup.contacts import find_emails
from followup.models import (
    FAMILY_NAMES_FIRST,
    PINYIN_SYLLABLE,
    SURNAME_PARTICLES,
    Candidate,
    Interviewer,
    InterviewFacts,
    Sourced,
)
from followup.models import HONORIFICS as HONORIFIC_WORDS
from followup.namelists import PET_NAMES
from followup.names import (
    MONTHS_THAT_ARE_NAMES,
    NOT_NAMES,
    RANKS,
    TITLE_WORDS,
    find_names,
    initials,
    looks_like_title,
    same_person,
)
from followup.notes_rules import (
    COMMON_NOT_NAMES,
    LOWER_NOT_A_NAME,
    NEXT_RE,
    NOT_INTERVIEWER_RE,
    NOT_ON_PANEL,
    WHO_ARRANGED,
    Work,
    bare_label,
    firm_for_the_job,
    has_company_suffix,
    is_org,
    label_kind,
)
from followup.segments import SPOKEN_TITLES, Segment
from followup.text import STOPWORDS, expand_shorthand, fold, sentences

# Titles a person is called by with their surname: "Ms. Dela Cruz", "Rev. Oyelaran", "Engr. Bautista".
ADDRESS_TITLES = (
    r"Ms|Mrs|Mr|Dr|Professor|Prof|Lt|Sgt|Capt|Det|Insp|Cmdr|Lieutenant|Sergeant|Captain|Detective|Inspector|"
    r"Director|"  # Korean offices: "I called her Director Kim"
    r"Chef|Coach|Councillor|Cllr|Reverend|Rev|Pastor|Father|Engr|Atty|Barr|Alhaji|Alhaja|Chief|DI|DCI|DS|Supt|Sister|"
    r"Major|Maj|Colonel|"
    # "just call me Ma'am Liza", "Pharm. Eze", "everyone calls her Mdm Tan", "Ir. Faisal", "Eng. Kariuki";
    # Indonesian "call her Bu Made", "Pak Wayan"
    r"Ma['’]am|Sir|Pharm|Mdm|Ir|Eng|Bu|Ibu|Pak|Bapak|"
    # Mexico's "Lic. Salazar", "Ing. Treviño", "Arq.", "Mtra.", and Spanish "Sr." / "Sra."
    r"Lic|Ing|Arq|Mtro|Mtra|Dra|Sra|Sr|Frau|Herr|Madame|Monsieur|Mme"
)


def full_names_from_the_notes(work: Work, candidate: Candidate) -> None:
    """ "Remy (Creative Director): …" with "Remy Achterberg" on the invite's guest list: greet and address
    the person by the one full name the notes give for that first name."""
    names = {m.name for seg in work.segments for m in find_names(seg.raw, min_words=2)}
    for person in work.interviewers:
        if " " in person.name or len(person.name) < 3:
            continue
        fuller = {
            n
            for n in names
            if fold(Interviewer(name=n).first_name) == fold(person.name)
            and not (candidate.name and same_person(n, candidate.name))
            and not any(other is not person and same_person(other.name, n) for other in work.interviewers)
        }
        if len(fuller) == 1:
            person.name = fuller.pop()


def merge_nicknames(work: Work) -> None:
    """ "Will:" in a transcript is William Tran, who goes by Will: one person, not two."""
    for short in list(work.interviewers):
        words = short.name.split()
        ranked = len(words) >= 2 and words[0].rstrip(".").lower() in ADDRESS_RANKS
        titled = len(words) == 2 and words[0].rstrip(".").lower() in HONORIFIC_WORDS
        if titled:  # "Mr. Hafiz:" for Mr. Muhammad Hafiz bin Rahmat, "Mr. Ochieng" for Mr. Fredrick Ochieng'
            bare = words[1].rstrip("'’")
            longer = [p for p in work.interviewers if p is not short and p.name.count(" ") >= 2]
            holders = [p for p in longer if bare in [w.rstrip("'’") for w in p.name.split()[1:]]]
            if len(holders) == 1:
                _merge(work, short, holders[0])
                continue
        # "Dr. Alex talked about:" after "Dr. Aleksandra Nowak-Ferris (owner; everyone calls her Dr. Alex)"
        # also "Sam Briggs = grants coordinator" after 'Required: …; Samuel "Sam" Briggs; …'
        short_given = fold(_given(short)) if " " in short.name else ""
        known_as = [
            p
            for p in work.interviewers
            if p is not short
            and p.called
            and (
                fold(p.called) == fold(short.name)
                or (short_given and fold(p.last_name) == fold(short.last_name) and fold(p.called) == short_given)
            )
        ]
        if len(known_as) == 1:
            _merge(work, short, known_as[0])
            continue
        if ranked:  # "Chief Mendoza (everyone called him Chief)" after "Carlos Mendoza, ARFF Chief"
            same = next((p for p in work.interviewers if p is not short and p.last_name == short.last_name), None)
            if same is not None:
                same.called = same.called or short.name
                _merge(work, short, same)
            continue
        if " " in short.name:
            # "Luis Ángel (field supervisor)" after "Attendees: …; Luis Ángel Benítez": a two-word given name
            fuller = next((p for p in work.interviewers if p.name.startswith(short.name + " ")), None)
            if fuller is not None:
                _merge(work, short, fuller)
                continue
            # "Maggie Delacroix (metrology lab)" after "Required Attendees: …; Marguerite Delacroix": the usual short
            # form of the given name, with the same surname
            given = next(
                (
                    p
                    for p in work.interviewers
                    if p is not short
                    and fold(p.last_name) == fold(short.last_name)
                    and _given(short) in PET_NAMES.get(fold(_given(p)), ())  # the names, not what they are called
                ),
                None,
            )
            if given is not None:
                given.called = given.called or _given(short)
                _merge(work, short, given)
            continue
        full = next(
            (
                p
                for p in work.interviewers
                if p is not short
                and " " in p.name
                and (
                    fold(p.called or "") == fold(short.name)
                    or fold(p.first_name).startswith(fold(short.name))
                    or (len(short.name) >= 4 and fold(p.first_name).endswith(fold(short.name)))  # "Seun", Oluwaseun
                    # "Watanabe-san (GM, Hakone property)" is Kenji Watanabe from the invite
                    or fold(HONORIFIC_SUFFIX.sub("", short.name)) in (fold(p.last_name), fold(p.first_name))
                    # "With Ing. Garza:" over Alejandro Garza Villarreal's part: a Spanish name's first surname
                    or (len(p.name.split()) >= 3 and fold(short.name) == fold(p.name.split()[-2]))
                )
                and len(short.name) >= 3
            ),
            None,
        )
        if full is not None:
            _merge(work, short, full)


HONORIFIC_SUFFIX = regex_cache.compile(r"-(?:san|sama|sensei|kun|chan|ji)$", re.IGNORECASE)
# A rank someone is called by with their surname: "Chief Mendoza", "Coach Ruiz", "Engr. dela Cruz".
ADDRESS_RANKS = RANKS | {"chief", "commander", "major", "colonel"}


def _merge(work: Work, short: Interviewer, full: Interviewer) -> None:
    full.topics += short.topics
    full.skills += short.skills
    full.title = full.title or short.title
    # Segments owned by the nickname now belong to the full name; later indexes shift down.
    before = list(work.interviewers)
    work.interviewers.remove(short)
    work.owners = {
        seg: work.interviewers.index(full if before[i] is short else before[i]) for seg, i in work.owners.items()
    }


# The candidate's own choice of greeting: "Going with Dr. Olafsson", "I'm writing "Dear Capt. Aydın"".
# also Italian "Scrivere "Ing. Ferrante"", Spanish "usar", German "schreiben", French "écrire" ("write"/"use")
CHOSEN_WORDS = (
    r"\bgoing with|\bI['’]ll (?:use|write|go with)|\bI['’]m (?:writing|using|going with)|"
    r"\bscrivere|\busare|\busar|\bschreiben|\bécrire|\butiliser|\bmail\s*=|\bemail\s*=|\bmail to\b|"
    r"\bin english\b"  # '張科長 → in English "Ms. Chang"'
)
# also an arrow to the form chosen: "presidente, in presenza. … → Prof. De Santis"
CHOSEN = regex_cache.compile(
    rf"(?=[gGiIsSuUéÉmMeE→])(?:(?i:{CHOSEN_WORDS}|→\s*dear)|→(?=\s*(?:Prof|Dr|Mr|Mrs|Ms|Ing|Dott|Eng|Lic)\b))"
)


@lru_cache(maxsize=64)
def _after_a_choice(notes: str) -> tuple[str, ...]:
    """What follows each "Going with", "I'll use", "→ Dear" in the notes: scanned once, asked of each person."""
    return tuple(notes[m.end() : m.end() + 80] for m in CHOSEN.finditer(notes))


# What people are called that is a title on its own, not a name to greet them by.
BARE_ADDRESS = frozenset(
    "dr dra doc doctor prof professor sir madam ma'am maam boss chef mr mrs ms miss "
    "docteur doktor doutor dottore professeur monsieur madame señor señora sensei".split()  # "everyone says Docteur"
)


def _formal_name(person: Interviewer, notes: str) -> str | None:
    """ "Ms. Dela Cruz" when the notes call them by a title and surname in a sentence about formality."""
    listed = _listed_address(person, notes)
    if listed:
        return listed  # "Address: Mrs. Tan (VP) / Mr. Hafiz (HOD - he said Mr. Hafiz, not Mr. Rahmat)"
    if not ANY_ADDRESS_TITLE.search(notes):
        return None  # every form below has a title before the surname; most notes have none to build them for
    # also a surname before the last: 'usar "Sra. Puig"' of Montserrat Puig i Ferrer
    words = [w for w in person.name.split() if w != person.honorific]
    # and a family name written first: "Chen Xiaoling … strict → Ms. Chen"
    first_word = [words[0]] if len(words) == 2 and fold(words[0]) in FAMILY_NAMES_FIRST else []
    surnames = "|".join(
        re.escape(w) for w in [person.last_name, *words[1:-1], *first_word] if fold(w) not in SURNAME_PARTICLES
    )
    choice = re.compile(rf"\s+[\"“']?(?:Dear\s+)?((?:{ADDRESS_TITLES})\.?\s+(?:{surnames}))\b")
    chosen = next((m for m in map(choice.match, _after_a_choice(notes)) if m), None)
    if chosen:
        return chosen.group(1)  # "Going with Dr. Olafsson", though the staff call him Hank
    if person.honorific:
        return None  # already named with their title; the composer greets them so
    surname = re.escape(" ".join(person.name.split()[-2:]) if len(person.name.split()) > 2 else person.last_name)
    titles = ADDRESS_TITLES
    # "Takahashi Kenji … Mr. Takahashi": a family name written first
    first = re.escape(person.name.split()[0]) if len(person.name.split()) == 2 and not person.honorific else surname
    family_first = rf"{first}(?!\s+{re.escape(person.last_name)})"  # "Mr. Takahashi", not "Capt. Henrik Aas"
    if PATRONYMIC.search(person.name):
        family_first = re.escape(person.first_name)  # "Ir. Faisal" of Faisal bin Hamzah: no family name to use
    # also a Spanish name's first surname: "address as Ing. Garza" of Alejandro Garza Villarreal, "Sra. de la
    # Fuente" of María de la Fuente Ortega
    words = [w for w in person.name.split() if w != person.honorific]
    paternal = f"|{re.escape(_first_surname(words))}" if len(words) >= 3 and words[-2][:1].isupper() else ""
    pattern = re.compile(
        rf"\b((?:{titles})\.?\s+(?:{surname}|{re.escape(person.last_name)}|{family_first}{paternal}))\b"
    )
    # "Lic. Mariana Treviño Salinas — HR (Lic. Treviño)": the form of address in brackets after the name
    bare = re.escape(" ".join(words))
    bracketed = re.search(
        rf"{bare}[^()\n]{{0,40}}\(\s*((?:{titles})\.?\s+(?:{re.escape(person.last_name)}{paternal}))\s*\)", notes
    )
    if bracketed:
        return bracketed.group(1)
    # "Pharm. Eze:" over her questions, "Engr. Obi:": the notes' own heading for them, with a title of rank
    # also a Spanish name's first surname: "Ing. Treviño:" over Rodrigo Treviño Garza's questions
    surnames = f"(?:{re.escape(person.last_name)}{paternal})"
    heading = re.search(rf"(?m)^\W*((?!(?:Mr|Mrs|Ms)\b)(?:{titles})\.?\s+{surnames})\s*:", notes)
    if heading:
        return heading.group(1)
    if not pattern.search(notes) or not FORMALITY.search(notes):
        return None  # most notes never call anyone by a title and surname
    for sentence in (part for line in notes.splitlines() for part in sentences(line)):
        titled = pattern.search(sentence)
        if titled and FORMALITY.search(sentence):
            return titled.group(1)
    return None


def _first_surname(words: list[str]) -> str:
    """ "Fuente" -> "de la Fuente" in María de la Fuente Ortega: the word before the last, with its particles."""
    k = len(words) - 2
    while k > 1 and fold(words[k - 1]) in SURNAME_PARTICLES:
        k -= 1
    return " ".join(words[k:-1])


ANY_ADDRESS_TITLE = regex_cache.compile(rf"\b(?:{ADDRESS_TITLES})\.?\s")
PATRONYMIC = regex_cache.compile(r"\s(?:bin|binti|binte|bte|bt|a/l|a/p|s/o|d/o)\s", re.IGNORECASE)


def _listed_address(person: Interviewer, notes: str) -> str | None:
    """The form of address a line of its own gives for them: "Address: Mrs. Tan (VP) / Mr. Hafiz (HOD)",
    "Greet them formally: Mrs. Kamau, Mr. Ochieng', Ms. Abdallah"; for a name whose surname is not last. Also a
    cell of their row in a table: "| Song Ji-a (송지아 팀장님) | Contracts & Finance Lead | … | Ms. Song |"."""
    words = {w.rstrip("'’") for w in person.name.split()[1 if person.honorific else 0 :]}
    if "|" in notes:
        for line in notes.splitlines():
            if "|" not in line or not line.lstrip(" |").startswith(person.name):
                continue
            for cell in line.split("|")[1:]:
                titled = re.fullmatch(rf"\s*((?:{ADDRESS_TITLES})\.?\s+([A-Z][\w'’-]+))\s*", cell)
                if titled and titled.group(2) in words:
                    return titled.group(1)
    for line in ADDRESS_LINE.findall(notes):
        for titled in re.finditer(rf"\b(?:{ADDRESS_TITLES})\.?\s+([A-Z][\w'’-]+)(?!\s+[A-Z])", line):
            said_not = re.search(rf"\bnot\s+{re.escape(titled.group(0))}", line)
            if titled.group(1).rstrip("'’") in words and not said_not:
                return titled.group(0).rstrip("'’")
    return None


ADDRESS_LINE = regex_cache.compile(
    r"^\W*(?:address|greet(?:ing)?s?|greet them(?: formally)?|salutation|dear|how to address)\s*:\s*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)


FORMALITY = regex_cache.compile(
    # also "v. formale, sempre Lei", "de usted", "Sie" in the notes' own language
    r"\bformal\b|\bformale\b|\bformel(?:l|le)?\b|\bsempre Lei\b|\bSie\b|\bde usted\b|\bvouvoie\w*\b|"
    r"\bto everyone\b|\b(?:everyone|everybody)(?:\s+(?:there|here|at work))?\s+(?:calls?|called)\b|"
    r"\bintroduced (?:herself|himself|themselves)\b|"
    r"\bI called (?:her|him)\b|\bold[- ]school\b|\bcalls? (?:her|him) that\b|"
    r"\baddress(?:ed)? (?:(?:her|him|them) )?as\b|\bwrite to (?:her|him|them) as\b|\baddr\.? as\b|\bbig on titles\b|"
    r"\bcalled (?:her|him) (?:sir|ma['’]?am|madam)\b|"
    r"\btraditional\b|"
    # "Dr Buchanan (insists on the Dr, PhD in econometrics lol)", "(the partner, Dr. Schreiber on her card)"
    r"\binsists? on\b|\bon (?:her|his|their) (?:business )?card\b|"
    # "I'll use Capt. Kamau in the email", "I'll write Dr. Pérez-Lagos", "→ Dear Engr. Mahmood", "Going with Dr. X"
    rf"(?:{CHOSEN_WORDS})\b|\bI['’]ll (?:put|address)\b|\bin the (?:e-?mail|note|thank[- ]you)\b|\bdear\b",
    re.IGNORECASE,
)


def drop_the_role(work: Work, role: Sourced | None, heading_fields: tuple[Sourced, Sourced] | None = None) -> None:
    """ "Major Gifts Officer. Reports to …" pasted from the posting: the job, read as a name, is nobody.
    "- Summit Ridge Resort (Breckenridge) – Lift Operator, seasonal", "Zoom w/ Mwangaza Pay — Customer Success
    Associate": the line that names the job starts with the employer, read as a name; nobody either. Nor is
    the firm of "Teams call with Bitwise Oak (the software house in Zabłocie)", nor of the heading's first field
    (see heading_row)."""
    if heading_fields is not None:
        work.heading_employer = heading_fields[0]
        for person in [p for p in work.interviewers if fold(p.name) == fold(heading_fields[0].value)]:
            _forget(work, person)
    described = _firm_met_with(work)
    if described is not None:
        firm, line = described
        for person in list(work.interviewers):
            # by the word itself: a greeting they were given ("call me Kasia", said of someone else) is no use here
            if _in_heading(person, firm) and not _named_again(work, person.name.split()[0], line):
                work.heading_employer = Sourced(value=firm, source=line)
                _forget(work, person)
    if role is None:
        return
    heading = _heading_before_the_job(role)
    for person in list(work.interviewers):
        heads = (
            heading is not None
            and _in_heading(person, heading[0])
            and not _named_again(work, person.first_name, role.source)
        )
        if heads and heading is not None and not _firm_between(heading[1]):
            work.heading_employer = Sourced(value=heading[0], source=role.source)
        if heads or fold(person.name) == fold(role.value):
            _forget(work, person)


def heading_row(work: Work) -> tuple[Sourced, Sourced] | None:
    """ "Ironclad Precision Machining | CNC Programmer / Manufacturing Engineer | 6/3 onsite, East Hartford",
    "- Northern Lantern Pictures - Post-Production Coordinator - Thurs, Liberty Village office": the notes'
    heading, in fields: the employer, the job, then when or where. The employer and the job, or None."""
    # a long first line is cut into segments at each dash: "Chornomor Connect — Technical Support Engineer Tier 2
    # — interview today with Halyna Petrenko, …" is read whole
    first = [seg for seg in work.segments[:12] if seg.line == work.segments[0].line] if work.segments else []
    joined = [replace(first[0], raw=" — ".join(p.raw for p in first[:3]))] if len(first) > 1 else []
    for seg in [*joined, *work.segments[:4]]:
        fields = [f.strip() for f in HEADING_FIELDS.split(seg.raw.strip().lstrip("-–—•*·> \t"))]
        if not 3 <= len(fields) <= 5 or seg.raw.lstrip().startswith("|"):  # not a table's row
            continue
        if "@" in seg.raw.split(" — ")[0] or any("@" in f for f in fields[:2]):
            continue  # "Sneha Reddy - sneha.r.dev@gmail.com - 98450 12376 --- …": the candidate's signature
        firm = fields[0].rstrip(",")
        # "Jumbo Cart GH interview | 12 March | Customer Support Supervisor | East Legon office": the job may
        # come after the day
        job = fields[2] if WHEN_OR_WHERE.search(fields[1]) and len(fields) > 3 else fields[1]
        rest = " ".join(f for f in fields[1:] if f != job)
        firm = MEETING_WORD.sub("", firm)  # "- entrevista Aerovance Structures - Stress Analyst II - Wichita, KS"
        firm = re.sub(r"\s+(?:interview|intvw|int)$", "", firm, flags=re.IGNORECASE)
        # also typed in lower case when it ends like a firm: "greyfriars vfx - jr compositor - zoom 2pm uk"
        written = HEADING_RUN.fullmatch(firm) is not None or (firm.islower() and has_company_suffix(firm))
        named = written and (len(firm.split()) >= 2 or has_company_suffix(firm))
        named = named and not WHEN_OR_WHERE.search(firm)  # not "Onsite Interview – Propulsion Test Engineer – …"
        # not a panel member's own row, "Dana Whitfield | Product Designer | Mon": a name said again is a person's
        again = bool(firm.split()) and _named_again(work, firm.split()[0], seg.raw)
        firm_not_job = is_org(firm) or not looks_like_title(firm)  # "Fernhill Design Co.", not "Design Lead"
        # when or where after the job; only a place ("Fynbos Creative — Junior Copywriter — Woodstock, CT") after a firm
        after = WHEN_OR_WHERE.search(rest) or is_org(firm)
        if named and not again and firm_not_job and looks_like_title(expand_shorthand(job)) and after:
            return Sourced(value=firm, source=seg.raw), Sourced(value=job, source=seg.raw)
    return None


MEETING_WORD = regex_cache.compile(r"^(?:entrevista|entretien|interview|intvw|int|onsite)\s+(?=[A-Z])", re.IGNORECASE)
HEADING_FIELDS = regex_cache.compile(r"\s+[–—-]\s+|\s*\|\s*")
# What a heading gives after the job: a day, a date, a round, a place to be
WHEN_OR_WHERE = regex_cache.compile(
    r"\b(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\b\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}/\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.|\b(?:\d(?:st|nd|rd|th)|first|second|final)\s+(?:round|stage|interview|technical|tech)\b|"
    r"\b(?:onsite|on-site|office|studio|campus|hq|headquarters|zoom|teams|video|phone|panel|interview)\b",
    re.IGNORECASE,
)


def _firm_met_with(work: Work) -> tuple[str, str] | None:
    """ "Teams call with Bitwise Oak (the software house in Zabłocie)": a call with a name the notes then
    describe as a business, near the top; the name and its line."""
    for seg in work.segments[:6]:
        said = FIRM_MET_WITH.search(seg.raw)
        if said:
            return said.group(1), seg.raw
        firm = firm_for_the_job(seg.raw)  # "interview with Trilha Verde Turismo for the … position"
        if firm:
            return firm, seg.raw
    return None


def _heading_before_the_job(role: Sourced) -> tuple[str, str] | None:
    """The capitalised name a job's line starts with, and what stands between it and the job:
    ("Kalahari Outdoor", " – Sandton City – "), ("Halfmoon & Hart", " (content agency, nyc) - ")."""
    line = CALL_WITH.sub("", role.source.lstrip(" \t-–—•*·>"), count=1)
    at = line.lower().find(role.value.lower())
    run = HEADING_RUN.match(line[:at]) if at > 0 else None
    if run is None or not COMPANY_THEN_JOB.fullmatch(line[run.end() : at]):
        return None
    return run.group(0), line[run.end() : at]


def _in_heading(person: Interviewer, heading: str) -> bool:
    """The whole heading, or whole words of it: "Mwangaza" of "Mwangaza Pay", "Hart" of "Halfmoon & Hart"."""
    return re.search(rf"(?<![\w'’-]){re.escape(person.name)}(?![\w'’-])", heading) is not None


def _firm_between(between: str) -> bool:
    """ "Transcripción (Otter) — Qhapaq Digital — UX/UI Designer": a firm's name before the job, after the word."""
    chunks = [chunk.strip() for chunk in re.split(r"[–—()-]", between) if chunk.strip()]
    # not a place: "Kalahari Outdoor – Sandton City – Sales Assistant"
    return any(has_company_suffix(chunk) and chunk.split()[-1].lower() not in PLACE_ENDS for chunk in chunks)


PLACE_ENDS = frozenset("city town mall centre center plaza square".split())


def _named_again(work: Work, word: str, line: str) -> bool:
    """ "Dana Whitfield – Product Designer", then "Dana asked …": a person, named again on another line."""
    named = re.compile(rf"\b{re.escape(word)}\b")
    return any(named.search(seg.raw) for seg in work.segments if seg.raw.strip() and seg.raw not in line)


# "Zoom w/ Mwangaza Pay — …", "int w/ Halfmoon & Hart (content agency) - …": a call with a firm, then its job
CALL_WITH = regex_cache.compile(
    r"^(?:(?:zoom|teams|google meet|meet|video|phone|call|int|intvw|interview|chat|screen|mtg|meeting)\s+)+"
    r"(?:w/|with)\s+(?=[A-Z])",
    re.IGNORECASE,
)
FIRM_MET_WITH = regex_cache.compile(
    r"\b(?:call|zoom|teams|meet|interview|int|intvw|chat|screen)\b[^\n()]{0,20}?(?:\bwith|\bw/)\s+"
    r"([A-Z][\w&'’.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’.-]*){0,4})\s*\((?:the\s+|an?\s+)?[^()]{0,40}?\b"
    r"(?:agency|company|firm|start-?up|business|shop|store|house|studio|bakery|caf[eé]|restaurant|hotel|clinic|"
    r"ppl|people|employees)\b",
    re.IGNORECASE,
)
HEADING_RUN = regex_cache.compile(r"[A-Z0-9][\w'’.-]*(?:\s+(?:(?:&|and|\+)\s+)?[A-Z0-9][\w'’.-]*)*")
# What may stand between an employer and the job on a header line: a place in brackets or after a dash.
COMPANY_THEN_JOB = regex_cache.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:[–—-]\s*[^–—()]{0,30}?\s*)?[–—-]\s*")


def _forget(work: Work, person: Interviewer) -> None:
    """Take someone off the list; segments they owned belong to nobody, later indexes shift down."""
    gone = work.interviewers.index(person)
    work.interviewers.remove(person)
    # Their introduction is no longer one: the whole line is read again ("HR will call … with the managing
    # partner (Mr. Rajiv Mehta) who was travelling today" is a next step).
    for seg in [seg for seg, i in work.owners.items() if i == gone and NEXT_RE.search(work.segments[seg].raw)]:
        work.rests.pop(seg, None)
    work.left |= {seg for seg, i in work.owners.items() if i == gone}
    work.owners = {seg: i - (i > gone) for seg, i in work.owners.items() if i != gone}


def drop_the_absent(work: Work) -> None:
    """ "Denise Farr - optional" on the invite, then "(Denise had a conflict)": she did not interview."""
    # Not a question: "TOM: what about when the data isn't there?"
    said_absent = [
        COURTESY_AFTER_NAME.sub("", seg.raw)
        for k, seg in enumerate(work.segments)
        if ABSENT_RE.search(seg.raw) and not seg.raw.rstrip().endswith("?") and not _asked_next(work, k)
    ]
    # "Absent: Pierre-Yves (the other partner) cancelled last minute": everyone the field names
    named_absent = [m.name for seg in work.segments if label_kind(seg) == "absent" for m in find_names(seg.text)]
    for person in list(work.interviewers):
        if any(same_person(name, person.name) for name in named_absent):
            _forget(work, person)
            continue
        # The per-person pattern is built only when some line says someone was absent.
        if (said_absent and _said_absent(work, person, said_absent)) or _said_not_on_panel(work, person):
            _forget(work, person)
            continue
        # "Bruna Tavares (People): Oi Thiago! Vou só fazer a apresentação e sair": they said so themselves, on
        # their own line: "Katarzyna Nowak (HR): Dzień dobry! So I'll just introduce everyone and then drop off"
        if any(ONLY_THE_INTRO.search(text) for text in _their_lines(work, person)):
            _forget(work, person)
    for i, seg in enumerate(work.segments):
        _the_one_who_came(work, i, seg)


def _the_one_who_came(work: Work, i: int, seg: Segment) -> None:
    """ "Frau Krüger (Leitung Studienzentrale) war krank → nur PD Dr. Felix Adeyemi-Brandt (Oberarzt, …)": after
    someone's absence, the one who interviewed instead."""
    absent = ABSENT_RE.search(seg.raw)
    instead = ONLY_INSTEAD.search(seg.raw, absent.end()) if absent else None
    if instead is None:
        return
    named = find_names(seg.raw[instead.end() :], min_words=2)
    if not named or named[0].start > 4 or any(same_person(named[0].name, p.name) for p in work.interviewers):
        return
    work.interviewers.append(Interviewer(name=named[0].name, source=seg.raw))
    work.owners.setdefault(i, len(work.interviewers) - 1)
    # what the line says of the one who came: not "the claims director but she got pulled into something"
    rest = seg.raw[instead.end() + named[0].end :].strip(" ,;.")
    work.rests[i] = rest if INTERVIEW_TALK.search(rest) else ""


# "→ nur …", "so just …", "; only …": whoever came instead
ONLY_INSTEAD = regex_cache.compile(
    r"(?:→|->|;|,|\bso\b|\bthen\b)\s*(?:it\s+was\s+)?(?:only|just|nur|solo|seulement|apenas|s[óo]|hanya)\s+(?:(?:PD|Priv\.-Doz\.)\s+)?",
    re.IGNORECASE,
)


# Turkish "Zeynep Hanım", "Barış Bey", Hindi "Hemant ji": said after a name, not a surname ("Sato-san" is kept whole)
COURTESY_AFTER_NAME = regex_cache.compile(r"(?<=[^\W\d_])\s+(?:Bey|Hanım|Hanim|ji)\b")


def _asked_next(work: Work, k: int) -> bool:
    """ "Dr Kowalczyk, popped in for like 10 mins between patients", then "He asked about infection control …"
    on the next line: a short visit, but an interview all the same."""
    seg = work.segments[k]
    later = next((s for s in work.segments[k + 1 :] if s.line != seg.line), None)
    return bool(DROPPED_IN.search(seg.raw) and later and ASKED_ON.match(later.text or later.raw))


DROPPED_IN = regex_cache.compile(r"\b(?:popped|stopped|dropped) (?:in|by)\b", re.IGNORECASE)
ASKED_ON = regex_cache.compile(r"^\W*(?:he|she|they)\s+(?:also\s+)?(?:asked|quizzed|grilled)\b", re.IGNORECASE)


def _their_lines(work: Work, person: Interviewer) -> list[str]:
    """What someone says on each line labelled with their name, past its first sentence too:
    "Park Ji-hoon: Great. So I'm Ji-hoon, … everybody here calls me Jay" is one line, split into sentences."""
    said: dict[int, list[str]] = {}
    for seg in work.segments:
        stamped = DATED_SPEAKER.match(seg.raw) if not seg.label else None
        if stamped and same_person(stamped.group(1), person.name):
            said[seg.line] = [stamped.group(2)]  # LinkedIn's "Burak Erdem · 7 Apr: Great — …"
        elif seg.label:
            if same_person(bare_label(seg.label), person.name):
                said[seg.line] = [seg.text]
            elif find_names(bare_label(seg.label)) or fold(seg.label) in work.own_labels:
                said.pop(seg.line, None)  # someone else speaks on it; not "Kemankeş Cd. No: 12" of an address
        elif seg.line in said:
            said[seg.line].append(seg.raw)
    return [" ".join(parts) for parts in said.values()]


DATED_SPEAKER = regex_cache.compile(r"^([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})\s+·\s+[^:·]{1,20}:\s*(.*)$")
ONLY_THE_INTRO = regex_cache.compile(
    r"\b(?:I['’]ll|I will|I['’]m)\s+(?:just|only)\s+(?:do(?:ing)?|here for)\s+(?:the\s+)?intro(?:duction)?s?\b|"
    r"\b(?:then|and)\s+(?:hop|drop|jump)\s+off\b|"  # "I'll just get you set up with Hana and Rafa and then hop off"
    r"\bI\s+(?:won['’]t|will not|am not|['’]m not)\s+(?:be\s+)?(?:joining|there|on the call|sitting in)\b|"
    r"\b(?:vou|ia) s[óo] fazer a apresenta[çc][ãa]o\b|\bs[óo]lo (?:voy a )?hacer la presentaci[óo]n\b",
    re.IGNORECASE,
)


SAID_OF_ANOTHER = r"\b(?:said|says|told me)\s+(?:she|he|they)\b"
INTERVIEWED_FIRST = r"\bdid (?:most|all|the)\b|\basked\b|\btalked\b"  # "Tony did most of the talking … then left"


# "+ hannah but raj got pulled into a prod incident": "but", then someone else who was not there
BUT_SOMEONE_ELSE = (
    r"\bbut\s+(?!(?:she|he|they|only|just|then|also|still|was|had|did|got|left|went|never)\b)"
    r"(?-i:[a-z]{2,15})\s+(?:got|was|had|is|did|couldn|could)\b"
)


# "grant pōtae only one asking qs, ella took notes didnt say a word": after a comma, someone else's doing
COMMA_SOMEONE_ELSE = (
    r",\s+(?!(?:she|he|they|but|and|then|so|just|only|also)\b)(?-i:[a-z]{2,15})\s+"
    r"(?:took|was|had|did|sat|said|just|only)\b"
)


def _said_absent(work: Work, person: Interviewer, said_absent: list[str]) -> bool:
    titled = rf"(?:{ADDRESS_TITLES})\.?\s+{re.escape(person.last_name)}" if " " in person.name else ""
    bare = " ".join(w for w in person.name.split() if w != person.honorific)  # "Layla Al-Suwaidi" of "Ms. Layla …"
    # "Wei Ling dropped after intros" of Wei Ling Tan: a given name of two words
    given = " ".join(bare.split()[:2]) if len(bare.split()) >= 3 else ""
    forms = {person.name, person.first_name, bare, given}
    names = "|".join([re.escape(n) for n in sorted(forms, key=len, reverse=True) if n] + ([titled] if titled else []))
    # "HR: Amara Jennings took notes" is not Dr. Amara Nwosu; "Paul Hargreaves … didnt come" may be "Paul"
    other_surname = rf"(?!\s+(?!{re.escape(person.last_name)}\b)(?-i:[A-Z][a-z]))" if " " in bare else ""
    # Nobody else named in between: "only Harold showed up (Denise had a conflict)" is about Denise.
    absent = re.compile(
        # Not "Arjun said she was out sick": what someone said of another
        # also "Mr. Harish Pillai, Deputy GC, was meant to join": their job between commas
        # (not "on Claudia's laptop, and left")
        # nor "Marina from People Ops was in the Camila one but only taking notes": Camila's interview
        rf"\b(?:{names})\b(?!['’]s\b|\s+(?:one|interview|round|session)\b)(?:\s*\([^)]*\))?"
        rf"(?:,\s*(?-i:[A-Z])[^,.;\n()]{{1,30}},)?"
        # nor "only Denise Holloway (…) showed up, the other two got pulled into a budget meeting"
        # nor "+ hannah but raj got pulled into a prod incident": "but", then someone else
        rf"(?:(?-i:(?![A-Z]))(?!\b(?:his|her|their)\s|\bothers?\b|{BUT_SOMEONE_ELSE}|{SAID_OF_ANOTHER})"
        rf"[^.;\n]){{0,30}}?{ABSENT}"
        # "Ms. Kristine Dela Cruz sent the link and introduced everyone then left the call": one subject, no comma
        # not "Tony did most of the talking at the start then left after 20 min": he interviewed first
        rf"|\b(?:{names})\b(?:\s*\([^)]*\))?(?:(?-i:(?![A-Z]))(?!{INTERVIEWED_FIRST})[^,.;\n]){{0,80}}?"
        rf"\b(?:and|then)\s+{ABSENT}"
        # "Craig's flight was late → he didn't join"
        rf"|\b(?:{names})['’]s\s+[^.;\n]{{0,40}}?(?:→|->|,|so|and)\s*(?:he|she|they)\s+{ABSENT}"
        # "Shelley (office mgr) rang to book it + showed me in, didnt sit in": a line that opens with them
        # "RECRUITER: Stacy Duval (agency, Petro Talent Group) — prepped me Friday, not present"
        # Not "siobhán = MD, runs it since her da Paddy retired (he popped in to say hi)": of a relative named
        # not "HR: Amara Jennings took notes, no questions" of Dr. Amara Nwosu: someone else of that first name
        # nor "Harriet's PA Gemma sorted the diary, not in the room": of whom they employ
        rf"|^\W*(?:[A-Za-z ]{{2,20}}:\s*)?(?:{names})\b(?!['’]s\b){other_surname}(?:\s*\([^)]*\))?"
        rf"(?:(?!\b(?:his|her|their)\s+(?:[a-z]+\s+){{0,2}}(?-i:[A-Z])|{INTERVIEWED_FIRST}|{SAID_OF_ANOTHER}|{COMMA_SOMEONE_ELSE})"
        rf"[^.;\n])"
        rf"{{0,60}}?{ABSENT}"  # not "Siobhán said he got pulled into a client pitch": of Declan
        # a table's row: "Jul 8 | Ms. Tess Villareal | AVP Ops | DID NOT ATTEND - nasa meeting daw"
        rf"|\b(?:{names})\b(?:\s*\|[^|\n]{{0,40}}){{0,2}}\|\s*{ABSENT}"
        # "R4 — supposed to be Deepa Venkatesh (Partner) but moved to next round"
        rf"|\b(?:supposed|meant) to be (?:with )?(?:{names})\b[^.;\n]{{0,40}}?"
        rf"\bbut (?:was |got )?(?:moved|cancell?ed)\b",
        re.IGNORECASE,
    )
    # "Cheryl Goh (recruiter) sent the Zoom link, she dropped off after intros": the one person the line names
    return any(absent.search(raw) or _names_only(work, person, raw) for raw in said_absent)


ASKS_ME_TO = regex_cache.compile(r"\b(?:wants?|would like|asked|needs?)\s+me\s+to\b", re.IGNORECASE)


def _said_not_on_panel(work: Work, person: Interviewer) -> bool:
    """ "Karen MacDonald = exec assistant to the CEO, organized it, not on panel": a line that starts with
    their full name, names nobody else, and says they were not interviewing."""
    for seg in work.segments:
        raw = seg.raw.lstrip(" -*•>\t")
        if seg.label and _opens_with(seg.text.lstrip(" -*•>\t"), person):
            raw = seg.text.lstrip(" -*•>\t")  # "Recruiter: Dana Whitfield (set it all up, not on panel)"
        # in the line's first sentence: "Jen (recruiter) just got me coffee and left. Marcus (CFO?) never came in."
        said = sentences(raw)[0] if raw.strip() else raw
        others = [p for p in work.interviewers if p is not person and (p.name in said or p.first_name in said)]
        by_first_name = raw.startswith(person.first_name + " ") and not INTERVIEW_TALK.search(raw)
        # not "Kwame showed me round the upstairs unit after" of a table row that lists what Kwame asked
        by_first_name = by_first_name and not _row_of_topics(person.source)
        if (
            (_opens_with(raw, person) or by_first_name)  # also "Callum met me at reception, that's it."
            and " " in person.name
            and not others
            and NOT_INTERVIEWER_RE.search(_own_clause(raw))
            and not ASKS_ME_TO.search(raw)  # not "Mr. Omar wants me to do a shadow shift at the front desk"
        ):
            return True  # also "Mrs Ogun collected docs at reception" of Funmilayo Ogun
        # "lunch Jae Choi: friendly, said team works hard, so-so. not interviewer.": a label that is their name and
        # a word, and the line says so
        label = seg.label or ""
        labelled = person.name in label and " " in person.name and len(label.split()) <= len(person.name.split()) + 2
        if labelled and not others and NOT_INTERVIEWER_RE.search(seg.text):
            return True
        # "Ines Carvalho - was listed but got pulled into an emergency (…), didn't attend": their line, nobody else's
        alone = raw.startswith(person.name) and " " in person.name and len(find_names(raw, min_words=1)) == 1
        # Not "Aoife Ní Bhriain … interviewed me (… the other CNM was off sick)": someone else was absent.
        someone_else = re.search(r"\b(?:other|another|colleague|instead)\b", raw, re.IGNORECASE)
        # not "Tasha Greenberg-Ruiz, dir of content. recruiter (owen) didnt join": a new sentence, someone else
        if alone and not others and not someone_else and ABSENT_RE.search(ANOTHER_ROLE_NEXT.split(raw, maxsplit=1)[0]):
            return True
        if raw.startswith(person.name) and RSVP_NO.fullmatch(raw[len(person.name) :]):
            return True  # a calendar invite's guest list: "Tom Whitcombe - no", "Sabine Oberholzer - declined"
        # "Elna (his PA) set it up, she was just at the door with coffee": who booked it, and nothing asked
        # "Karen booked it but only sat in for the first 5 mins …, so really it was just Mr MacLeod"
        # also "Office mgr Ms. Rituparna Dutta had scheduled it over phone": their job typed before their name
        at = re.search(rf"\b{re.escape(person.first_name)}\b", raw)
        before = re.sub(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s*$", "", raw[: at.start()]) if at else ""
        led = at is not None and (
            at.start() == 0
            or (
                len(before.split()) <= 3
                and looks_like_title(expand_shorthand(before))
                and not re.search(r"[.!?]", before)
            )
        )  # not "Met Brandon Fields …", "Amazing. Brandon is great"
        # Not "Ciarán said they're doing a second round, …, Aoife will set it up": someone else arranges it
        if led and WHO_ARRANGED.search(_own_clause(raw)) and not INTERVIEW_TALK.search(raw):
            return True
        if led and not others and NOT_ON_THE_PANEL.search(raw):
            return True  # "Hélène just walked me up, not on the board."
        # "Lucía = GM, Daniel = Director of Rooms, Paola de RRHH solo tomó notas, no habló": her own clause
        if others and " " in person.name and _clause_says_not_on_panel(raw, person, others):
            return True
    # "Recruiter: Brian Otieno (talent partner) - set it up, was on for the first 2 mins then dropped"
    recruiter = bool(person.title and RECRUITING_TITLE.search(person.title)) and len(work.interviewers) > 1
    own = person.source
    # also an invite's "Organizer: Kelsey Brown (Talent Acquisition)"
    organised = re.match(r"\W*organi[sz]er\s*:", own, re.IGNORECASE) is not None
    return recruiter and person.name in own and bool(WHO_ARRANGED.search(own) or ABSENT_RE.search(own) or organised)


def _clause_says_not_on_panel(raw: str, person: Interviewer, others: list[Interviewer]) -> bool:
    for clause in re.split(r",\s+(?=(?-i:[A-Z]))|;\s*", raw):
        if (
            clause.startswith(person.first_name + " ")
            and not any(p.first_name in clause for p in others)
            and NOT_INTERVIEWER_RE.search(clause)
            and not INTERVIEW_TALK.search(clause)
        ):
            return True
    return False


ANOTHER_ROLE_NEXT = regex_cache.compile(
    r"[.;!]\s+(?=(?:the\s+|my\s+|their\s+)?(?:recruiter|hr|coordinator|receptionist|assistant|agency)\b)",
    re.IGNORECASE,
)
RSVP_NO = regex_cache.compile(r"\s*(?:[-–—:]\s*|\()(?:no|declined|not going|not attending)\)?\s*", re.IGNORECASE)
NOT_ON_THE_PANEL = regex_cache.compile(
    rf"{NOT_ON_PANEL}|\bnot (?:on |in |part of )?(?:the )?interview\b|\bnot an? interviewer\b", re.IGNORECASE
)
INTERVIEW_TALK = regex_cache.compile(r"\b(?:asked|talked|discussed|interviewed|grilled|wanted to know|quizzed)\b", re.I)


def _goes_by_on_its_own_line(work: Work) -> None:
    """ "it was w/ Geneviève Tremblay, she's the Director …" then "she goes by Gen": the person just named."""
    last: Interviewer | None = None
    since: list[str] = []  # what the notes said after `last` was named
    last_line = -1
    notes = "\n".join(seg.raw for seg in work.segments)
    for seg in work.segments:
        # a heading's own aside counts when the heading names them: 'María José ("llámame Majo"):'
        heading = bool(seg.label) and not seg.text.strip()
        # also a label's own aside: 'Dr Fatuma (she said "just Fatuma please"): GBV safeguarding …'
        whole = heading or "(" in (seg.label or "")
        for sentence in sentences(seg.raw if whole else seg.text if seg.label else seg.raw):
            # a full name typed in lower case counts: "sarah-jane whitfield - head of design ('SJ' pls she said)"
            named = [
                p
                for p in work.interviewers
                if fold(p.name) in fold(sentence) or _says_first_name(p, sentence) or _says_alias(work, p, sentence)
            ]
            if heading and len({p.first_name for p in named}) == 1:
                named = [max(named, key=lambda p: len(p.name))]  # "María José" and "María José Ortega": one person
            if heading and len(named) != 1:
                continue  # 'BA ("everyone calls me Bia"):': initials this cannot place
            if len(named) == 1:
                last, since, last_line = named[0], [], seg.line
            since.append(sentence)
            alone = GOES_BY_ALONE.fullmatch(sentence.strip()) or SAID_JUST.search(sentence)
            called = next((g for g in alone.groups() if g), "") if alone else ""
            # not "will call me Monday with a decision", nor "everyone calls her Dra."
            # a month that is also a name ("call me Jan") is a name when they ask to be called it
            named_month = fold(called) in MONTHS_THAT_ARE_NAMES
            fits = (
                called
                and (named_month or fold(called) not in NOT_NAMES)
                and fold(called).rstrip(".") not in BARE_ADDRESS
            )
            # "Omar serious, Joanna kind, told me to call her Jo": the person named just before the cue
            nearest = _named_last_before(named, sentence, alone.start()) if alone and len(named) > 1 else None
            who = nearest if nearest is not None else (last if len(named) <= 1 else None)
            # "Oluwadamilare said everyone calls him Dami": said by someone the panel does not hold
            speaker = SAID_BY_NAME.match(sentence)
            if not named and speaker and not (last and fold(speaker.group(1)) in fold(last.name)):
                who = None
            # "then Nige (said call him Nige, everyone does)" of Nigel Parfitt: the one whose name it shortens
            shortens = [p for p in work.interviewers if called and _shortens(called, p.first_name)]
            who = shortens[0] if len(shortens) == 1 and not named else who
            # a cue in a sentence that names nobody goes to the one named before only when it is a form of their
            # name, or nobody else was named since: not Brandon Fields's, after "Keisha Monroe … She was super
            # nice, said "call me Kiki"", Keisha being someone this could not place
            if who is not None and not named and called and not _a_form_of(called, who):
                # on the line that names them it is theirs: a table's '| 4 | Patcharee Srisuk | … | "please
                # call me Ploy" |'
                same_line = seg.line == last_line
                who = who if who is last and (same_line or not _someone_else_named(since, who, called, notes)) else None
            # not 'then Ing. Stefano Moretti from IT, … "chiamami Stefano"' of the Dott.ssa Conti named before him
            if fits and who is not None and who.called is None and not _someone_elses_full_name(called, who, notes):
                who.called = called


TITLE_NEXT = regex_cache.compile(rf"\s+(?:{'|'.join(map(re.escape, sorted(BARE_ADDRESS)))})\b", re.IGNORECASE)


SAID_BY_NAME = regex_cache.compile(r"^\W*((?-i:[A-ZÀ-Ý])[^\W\d_]+)\s+(?:said|says|told|asked|goes)\b")


def _typed_before_brackets(name: str, notes: str) -> str | None:
    """What is typed before the first brackets that hold the name ("+ dev from the kitchen side (Devendra
    Lall, head baker)"): at most 40 characters, back to the line's start or another bracket. The brackets are
    found first; a pattern that tried every position of the notes for the text before them was slow."""
    bracket = re.search(rf"\((?:[^()]*,\s*)?{re.escape(name)}\b", notes)
    if bracket is None:
        return None
    end = bracket.start()
    start = max(notes.rfind("\n", 0, end), notes.rfind("(", 0, end), notes.rfind(")", 0, end)) + 1
    return notes[max(start, end - 40) : end]


def _shortens(short: str, first_name: str) -> bool:
    """ "Nige" of Nigel, "Bev" of Beverley: a short form that starts like the given name; "JF" of Jean-François,
    its initials."""
    letters = initials(first_name)
    if short.isupper() and len(short) >= 2 and fold(short) == letters and len(letters) >= 2:
        return True
    short, first = fold(short), fold(first_name)
    return 2 <= len(short) < len(first) and first.startswith(short[: min(3, len(short))])


def _someone_else_named(said: list[str], person: Interviewer, called: str, notes: str) -> bool:
    """Whether the name to call them by is a form of someone else's the notes write in full ("Ty" of Tyrone
    Jeffries, "Hannes" of Johannes Pretorius), or the sentences since have someone else do something ("Tyrone
    was super chill"); not "Protein Sciences" or "React Native", named in passing."""
    theirs = {fold(w) for w in person.name.split()}
    others = {m.name for m in find_names(notes) if not {fold(w) for w in m.name.split()} & (theirs | {fold(called)})}
    if any(_a_form_of(called, Interviewer(name=name, source=name)) for name in others):
        return True
    # also 'Emily said "call me Emily"', of Mr. Tanaka named before: Emily is someone else
    doing = [next(g for g in m.groups() if g) for sentence in said for m in ONE_NAME_DOING.finditer(sentence)]
    return any(fold(name) not in theirs and fold(name) not in NOT_NAMES for name in doing)


ONE_NAME_DOING = regex_cache.compile(
    r"\b((?-i:[A-ZÀ-Ý])[^\W\d_]+)\s+(?:was|is|said|says|asked|told|seemed|did|does|goes|has|had)\b|"
    r"\b(?i:and|what about|how about|how was)\s+((?-i:[A-ZÀ-Ý])[^\W\d_]+)\s*\?"  # a friend's "And Keisha?"
)


def _initials_of(letters: str, name: str) -> bool:
    """ "DJ" of Dwayne Jackson, "JO" of Jacques-Olivier Beaumont: the name's initials, from the start."""
    return initials(name).startswith(fold(letters))


def _a_form_of(called: str, person: Interviewer) -> bool:
    """ "Gen" of Geneviève Tremblay, "Peggy" of Margaret, "JF" of Jean-François, "Tremblay": a name that could
    only be theirs."""
    given = _given(person)
    return (
        fold(called) in {fold(w.strip(".")) for w in person.name.split()}
        or _shortens(called, given)
        or (len(called) >= 4 and fold(given).endswith(fold(called)))  # "Hannes" of Johannes
        or fold(called) in {fold(pet) for pet in PET_NAMES.get(fold(given), ())}
    )


def _introduced_themselves(work: Work) -> None:
    """ "Rafael de la Cruz: Let me jump in - I'm Rafa, I run ML infra.": the short name they gave themselves."""
    for person in work.interviewers:
        for text in _their_lines(work, person):
            if person.called:
                break
            said = SELF_INTRO.search(text)
            short = said.group(1) if said else ""
            if short and short != person.first_name and fold(person.first_name).startswith(fold(short)[:3]):
                person.called = short
            fine = FINE_BY_ME.search(text)  # "Hiya Anjali, I'm Sarah-Jane, SJ is fine."
            if fine and not person.called:
                person.called = fine.group(1)
            called = CALLS_ME.search(text)  # "Park Ji-hoon: … everybody here calls me Jay, so Jay is fine."
            if called and not person.called and fold(called.group(1)) not in NOT_NAMES:
                person.called = called.group(1)


SELF_INTRO = regex_cache.compile(r"\bI['’]m ([A-Z][^\W\d_]{1,12}(?:-[A-Z][^\W\d_]+)?)(?=\s*[,.;!]|\s+[-–—])")
FINE_BY_ME = regex_cache.compile(r"(?:^|[,.;!]\s+|\bso\s+)([A-Z][\w-]{1,14}) is (?:fine|ok|okay|good)\b")
# "… everybody here calls me Jay", "Hi Oleksandr. Please call me Gosia": said by the speaker of that line
CALLS_ME = regex_cache.compile(
    r"\b(?:(?:everyone|everybody|people|they all)(?:\s+[a-z]+){0,2}\s+calls? me|(?:please|just|you can)\s+call me)"
    r"\s+((?-i:[A-Z])[\w-]{1,14})\b",  # not "please call me back"
    re.IGNORECASE,
)


def _says_alias(work: Work, person: Interviewer, sentence: str) -> bool:
    """ "PM round" after "PM = Sandeep Kulkarni": the letters the notes gave for them."""
    return any(name == person.name and re.search(rf"\b{re.escape(a)}\b", sentence) for a, name in work.aliases.items())


def _named_last_before(named: list[Interviewer], sentence: str, cue: int) -> Interviewer | None:
    """Of the people a sentence names, the one named last before `cue`; None when the nearest name is a
    first name two of them share."""
    where = {id(p): sentence.rfind(p.first_name, 0, cue) for p in named}
    before = [p for p in named if where[id(p)] >= 0]
    return max(before, key=lambda p: where[id(p)]) if before else None


def _courtesy_form(person: Interviewer, notes: str) -> str | None:
    """A courtesy word that goes with a first name, as the notes write it: Thai "Khun Siriporn", Turkish
    "Zeynep Hanım" or "Mehmet Bey", Spanish "Don Álvaro" or "Doña Luisa"."""
    if not COURTESY_WORD.search(notes):
        return None  # each form below has one of these words; most notes have none to build them for
    first = re.escape(person.first_name)
    # also a Filipino office's "Ma'am Grace said they'll text me" of Ms. Grace Tan-Lim
    found = re.search(rf"\b(?:(?:Khun|Don|Doña|Ma['’]am|Sir)\s+{first}|{first}\s+(?:Hanım|Bey))\b", notes)
    # Malay "Encik Faizal" of Ahmad Faizal bin Rahman, Indonesian "Pak Wayan": a courtesy word and any given name
    given = [w for w in person.name.split()[:-1] if w[:1].isupper() and w.rstrip(".").lower() not in HONORIFIC_WORDS]
    given_names = "|".join(re.escape(w) for w in given)
    found = found or (
        re.search(rf"\b(?:Encik|Puan|Cik|Tuan|Pak|Bapak|Bu|Ibu)\s+(?:{given_names})\b(?!\s+[A-Z])", notes)
        if given
        else None
    )
    # Vietnamese "anh Bảo" of Phạm Quốc Bảo, "chị Mai Anh" of Đỗ Thị Mai Anh: a kin word and the given name, last
    words = person.name.split()
    tails = "|".join(re.escape(" ".join(words[-k:])) for k in (2, 1)) if len(words) >= 3 else ""
    found = found or (
        re.search(rf"\b(?:[Cc]hị|anh|[Cc]ô|[Cc]hú|[Bb]ác|[Ee]m)\s+(?:{tails})\b", notes) if tails else None
    )
    # Japanese "-san" after the family name: "said use Takahashi-san / Mori-san in thx mails"
    # either name of two: "Tanaka Hiroshi" written family name first, "called him Tanaka-san"
    either = "(?:" + "|".join(re.escape(w) for w in words if w[:1].isupper()) + ")"
    told = re.search(SAN_FORM.format(either), notes, re.IGNORECASE) if " " in person.name else None
    return found.group(0) if found else told.group(1) if told else None


# Every courtesy word _courtesy_form looks for, in one pattern
COURTESY_WORD = regex_cache.compile(
    r"\b(?:Khun|Don|Doña|Ma['’]am|Sir|Hanım|Bey|Encik|Puan|Cik|Tuan|Pak|Bapak|Bu|Ibu|[Cc]hị|anh|[Cc]ô|[Cc]hú|[Bb]ác|"
    r"[Ee]m)\b|(?i:-(?:san|sama))\b"
)
# Told to write "Takahashi-san"; not the "Watanabe-san" a heading calls him, whom the notes addressed as Mr. Watanabe.
SAN_FORM = (
    r"\b(?:use|call(?:ed)? (?:him|her|them)|(?:address|write to) (?:him|her|them) as|"
    r"(?:asked|likes|wants) to be called)\s+(?:[\w-]+\s*/\s*)*({}-(?:san|sama))\b"
)  # also "I went full keigo and called him Tanaka-san the whole time"


def _says_first_name(person: Interviewer, sentence: str) -> bool:
    return re.search(rf"\b{re.escape(person.first_name)}\b", sentence) is not None


# 'said "just Dazza mate" so Dazza it is'
SAID_JUST = regex_cache.compile(
    r"\bsaid\s+[\"“']just\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14}(?:\s[A-Z][^\W\d_]{1,10}(?=\s+(?:please|pls)\b|[\"”']))?)\b|\bso\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})\s+it\s+is\b|"
    # "said first names are fine in her team so Ananya."
    r"\bfirst names?\b[^.;]{0,40}?\bso\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})\s*[.;]|"
    r"[\"“']please,?\s+just\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})[\"”']|"  # 'Priya (~35 min) — "please, just Priya"'
    r"[\"“'](?:sag|sagen Sie|dimmi|chiamami)\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})[\"”']|"  # German '"sag Basti"'
    r"\b[Pp]lease,?\s+just\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})\s*[.!]|"  # a transcript's "Ms. Claire: … Please, just Claire."
    r"[\"“']([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})['’]s\s+(?:fine|ok|good)[\"”'.!]|"  # '"Ally's fine"'
    r"[\"“']just\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})\s+is\s+(?:fine|good|great)[\"”'.!]|"  # '– "just Priyanka is fine"'
    # 'Janet said "oh call me Jan, …"', '"call me Ma'am Tina nalang"'
    r"[\"“'](?:oh,?\s+|please,?\s+)?call me\s+((?:Ma['’]am\s+|Sir\s+)?[A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})\b|"
    # 'She prefers "Pat"', '"everyone calls me Pat"', 'he said "Johan, please"'
    r"\b(?:she|he|they)\s+prefers\s+[\"“']"
    r"((?:(?:Major|Maj|Sister|Dr|Mrs|Mr|Ms|Prof|Rev)\.?\s+)?[A-Z][^\W\d_]{1,14})[\"”']|"
    r"\beveryone calls me\s+([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})\b|"
    r"[\"“']([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14}) na lang[\"”']|"  # '"Tess na lang" she insisted' (Tagalog: just Tess)
    # "good, he goes by Ji-hoon", "(he goes by João Pedro, both names)"
    r"\b(?:she|he|they)\s+goes\s+by\s+[\"“']?([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14}(?:-[a-z]{2,10}|\s[A-Z][^\W\d_]{1,14})?)(?![\w-])|"
    r"\s[-–—]\s+[\"“]([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})[\"”]\s*$|"  # 'Dr Isabel Crowther MRCVS (clinical director) — "Izzy"'
    r"\bsaid\s+[\"“']([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14}),?\s+please\b|"
    r"^\W*[Gg]oes by\s+[\"“']([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})[\"”']|"
    r"[\"“']([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14}),\s+(?:nobody|no one) calls me\b|"  # 'says "Jannie, nobody calls me Johan"'
    # "… took me out to the bays. Goes by "Harry", said …"
    # "(ex-london, 'SJ' pls she said)", not 'said no "Hanım" pls, just Ayşe'
    r"(?<!\bno\s)[\"“'‘]([A-Z][^\W\d_]{0,14})[\"”'’],?\s+(?:pls|please)\b|"
    # "said call him Paudie, everyone does", "said to just call her Mei Ling", "(call me Lupita)"
    r"\b(?:me dicen|ll[aá]mame|dime|me chamam|(?:pode|podes|pode-se)\s+me\s+chamar\s+de|me chama de|"
    r"appelez-moi|appelle-moi)\s+[\"“']?([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14})|"
    # "everyone on site calls him Donno", not 'called him "Lieutenant"' or 'Juniors call him "Rajesh sir"'
    r"\b(?:everyone|everybody)(?:\s+[a-z]+){0,3}\s+calls?\s+(?:him|her|them)\s+[\"“']?"
    rf"(?!(?:{ADDRESS_TITLES}|Doc|Boss|Sir|Madam|Mdm|Mme|Miss|Puan|Encik|Tuan)\b)"
    # "everyone calls him Big Mike and he told me to too": both words
    r"([A-ZÀ-ÖØ-Þ][^\W\d_]{1,14}(?:\s[A-Z][^\W\d_]{1,10}(?=\s+(?:and|but|so|too|lol)\b|[\"”'.,;|)]|$))?)\b(?![\"”']?\s+sir)|"
    # a request, not how others talk: "said call him Paudie", "told me to call her Jo", "(call me Lupita)"
    r"(?:\b(?:[Ss]aid|saying|says|[Tt]old (?:me|us|everyone)|asked (?:me|us|everyone))\s+[\"“']?(?:pls\s+|please\s+)?"
    r"(?:to\s+)?(?:just\s+)?|"
    r"\bjust\s+|\b(?:I|you)\s+(?:must|should|can|could|have to)\s+|\(|^|[.!,;\"“']\s*(?:please\s+|pls\s+)?|\s[-–—]\s+)"
    r"call\s+(?:him|her|them|me)\s+[\"“']?(?!(?:Dr|Mr|Mrs|Ms|Miss|Prof)\b(?!\.?\s+[A-Z][a-z]+\s*(?:[.,;]|$)))"
    # "just call me Ma'am Liza, everyone does": the courtesy a Filipino office uses, with the name
    # also Indonesian "call her Bu Made like everybody"; an Egyptian academic's "call him Dr. Karim"
    r"((?:Ma['’]am\s+|Sir\s+|Bu\s+|Ibu\s+|Pak\s+|Bapak\s+|Dr\.?\s+|Eng\.?\s+|Engr\.?\s+)?[A-Z][^\W\d_]{1,14}"
    r"(?:-[^\W\d_]+|\s[A-Z][^\W\d_]{1,10}(?=[\"”'.,|]|\s+\||$))?)|"
    # 'She signed the invite email as "Dr. Aisha" so greet Dr. Aisha.'
    r"\bgreet\s+[\"“']?((?:Dr|Mr|Mrs|Ms|Eng|Engr|Prof)\.?\s+[A-Z][^\W\d_]{1,14})\b(?!\s+[A-Z])|"
    # "Mona = Eng. Mona, process lead": the form the notes settle on
    r"^\W*[A-Z][^\W\d_]{1,14}\s*=\s*((?:Eng|Engr|Dr|Prof|Ing)\.?\s+[A-Z][^\W\d_]{1,14})(?=\s*[,;.)]|\s*$)"
)
GOES_BY_ALONE = regex_cache.compile(
    r"(?:(?:she|he|they)\s+(?:goes|go|prefers|likes to go)\s+by|"
    r"(?:said\s+)?(?:everyone|everybody|people|staff|they all)(?:\s+(?:there|here))?\s+calls?\s+(?:her|him|them|me)|"
    r"(?:she|he|they)\s+prefers(?=\s+[\"“']))"
    # also a title with the name: "everyone there calls him Mr Khalid so im doing that"
    r"\s+[\"“']?((?:(?-i:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?-i:[A-Z])[^\W\d_]{1,14})[\"”']?\.?",
    re.IGNORECASE,
)


def first_names_who_asked(work: Work, candidate: Candidate) -> None:
    """Notes that introduce nobody ("so it was two of the R ends both registered nurses Rhiannon and Joyce"), then say
    "Rhiannon asked heaps about dementia care", "Joyce asked about manual handling": who asked, by first name."""
    if work.interviewers:
        return
    mine = {fold(w) for w in (candidate.name or "").split()} | work.own_labels | work.friends
    for i, seg in enumerate(work.segments):
        if seg.label and fold(seg.label) in work.friends:
            continue
        for match in WHO_ASKED.finditer(seg.raw):
            name = match.group(1)
            if fold(name) in NOT_NAMES or fold(name) in mine or any(p.name == name for p in work.interviewers):
                continue
            work.interviewers.append(Interviewer(name=name, source=seg.raw))
            work.owners.setdefault(i, len(work.interviewers) - 1)
    if work.interviewers:
        full_names_from_the_notes(work, candidate)  # "… her last name is Abernathy I think Gloria Abernathy"
        drop_the_absent(work)


WHO_ASKED = regex_cache.compile(
    r"(?:^|[.;,!?]\s+|\b(?:and|then|but|so)\s+)([A-Z][a-z]{1,15})\s+(?:also\s+)?"
    r"(?:asked|wanted to know|quizzed|grilled|led the|went through|gave me a|had me|"
    r"did (?:the|most|all|some|a lot|scheduling|hr|the)\b)"
)


def people_typed_in_lower_case(work: Work, candidate: Candidate) -> None:
    """Notes typed all in lower case: "w/ fionnuala byrne (GM) + kwame asante (asst mgr)", then "kwame: made me
    pour guinness", "linh asked me about …". A first name that labels lines or asks, said with a surname after
    "w/", "with", "and" or "+", is someone on the panel; never a name the notes write in capitals anywhere."""
    notes = "\n".join(seg.raw for seg in work.segments)
    mine = {fold(w) for w in (candidate.name or "").split()} | work.own_labels | work.friends
    words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"\S+@\S+", "", notes))
    capitals = sum(w[:1].isupper() and not w.isupper() and fold(w) not in mine for w in words) / max(len(words), 1)
    if capitals >= 0.10:
        _named_then_job(work, mine)  # "bill hargrove = superintendent." below a recruiter's mail with capitals
        return  # written with capitals: the usual finders read it
    subjects = {m.group(1) for m in LOWER_SUBJECT.finditer(notes)}
    subjects |= {seg.label for seg in work.segments if seg.label and re.fullmatch(r"[a-z]{2,15}", seg.label)}
    for i, seg in enumerate(work.segments):
        for match in LOWER_PAIR.finditer(seg.raw):
            first, last = match.group("first"), match.group("last")
            # "w/ ayesha chaudhry, ML lead (hiring mgr)": introduced with their job
            titled = LOWER_JOB_AFTER.match(seg.raw, match.end())
            introduced = titled is not None and looks_like_title(expand_shorthand(titled.group(1)))
            # dictated, no commas: "it was just graham pettigrew the head of design lovely bloke"
            introduced = introduced or THE_TITLE_AFTER.match(seg.raw, match.end()) is not None
            # a surname of two words: "first person was nadine forbes reid she's the head of content"
            more = NEXT_LOWER_WORD.match(seg.raw, match.end()) if not introduced else None
            if more and more.group(1) not in STOPWORDS and THE_TITLE_AFTER.match(seg.raw, more.end()):
                last, introduced = f"{last} {more.group(1)}", True
            # "mgr = dwayne okafor, super chill": their job, then "=" and the name
            job_first = match.group("lead") == "=" and looks_like_title(expand_shorthand(seg.raw[: match.start()]))
            introduced = introduced or job_first
            # "just nikhil banerjee (comp sup)", then "nikhil passing me to …": a job in brackets we do not know,
            # and the first name used again
            bracketed = titled is not None and titled.group(0).lstrip().startswith("(") and len(titled.group(1)) <= 20
            introduced = introduced or (bracketed and len(re.findall(rf"\b{re.escape(first)}\b", notes)) >= 2)
            opens = match.group("lead") is None  # "yesenia gutierrez team mgr, super chill"
            if opens and (not introduced or seg.line == 0):
                continue  # not the header: "lone star wireless cust care rep (bilingual span/eng)"
            # "bill hargrove = superintendent." under a recruiter's mail with capitals: a job given after "=" too
            given = titled is not None and titled.group(0).lstrip()[:1] in ("(", "=")
            if capitals >= 0.03 and not (introduced and given):
                continue  # some capitals: only "so only dennis kibet (cto)", a job in brackets right after
            if match.group("lead") in ("only", "just") and not introduced:
                continue
            if match.group("lead") == "&" and not given:
                continue  # "& omar haddad (lead electrician)", not "community & youth programmes coordinator"
            if opens and (NOT_INTERVIEWER_RE.search(seg.raw) or ABSENT_RE.search(seg.raw)):
                continue  # "frau lindner (HR) did the intro + badge, not an interviewer"
            if (first not in subjects and not introduced) or {first, last} & (mine | LOWER_NOT_A_NAME):
                continue
            if _known(first, last):
                continue
            # written in capitals somewhere: the usual finders judge it; not "Ask for Bill at the trailer" in a
            # recruiter's mail above "bill hargrove = superintendent."
            capitalised = rf"\b(?-i:{first.title()})\b" if not given else rf"\b(?-i:{first.title()}\s+{last.title()})\b"
            if re.search(capitalised, notes) or MY_NAME.search(seg.raw[: match.start()]):
                continue
            if any(fold(p.first_name) == first for p in work.interviewers):
                continue
            surname = " ".join(w if w in SURNAME_PARTICLES else w.title() for w in last.split())
            if first in FAMILY_NAMES_FIRST and re.fullmatch(r"[a-z]+-[a-z]+", last):
                surname = last.capitalize()  # "choi min-jun" is Choi Min-jun: the given name, written as Korea does
            said = match.group("title")
            title = f"{SPOKEN_TITLES.get(said, said.title())}. " if said else ""  # dictated "mister iyer": Mr.
            work.interviewers.append(Interviewer(name=f"{title}{first.title()} {surname}", source=seg.raw))
            work.owners.setdefault(i, len(work.interviewers) - 1)
            # "panel was morag fraser … and euan mcallister team leader … um morag asked the competency ones":
            # what the line's own person went on to ask
            asked = re.search(rf"(?<![\w'’-]){first}\s+(?:also\s+)?(?:asked|talked|wanted)\b", seg.raw[match.end() :])
            if asked and work.owners[i] == len(work.interviewers) - 1 and i not in work.rests:
                work.rests[i] = seg.raw[match.end() + asked.start() :]


def _named_then_job(work: Work, mine: set[str]) -> None:
    """ "bill hargrove = superintendent. asked about …": a line that opens with a name typed in lower case, "=" and
    their job, whatever the rest of the notes look like."""
    for i, seg in enumerate(work.segments):
        line = NAME_EQUALS_JOB.match(seg.raw)
        if not line or not looks_like_title(expand_shorthand(line.group(3))):
            continue
        first, last = line.group(1), line.group(2)
        if {first, last} & (mine | LOWER_NOT_A_NAME) or _known(first, last):
            continue
        if any(fold(p.first_name) == first for p in work.interviewers):
            continue
        work.interviewers.append(Interviewer(name=f"{first.title()} {last.title()}", source=seg.raw))
        work.owners.setdefault(i, len(work.interviewers) - 1)
        work.rests[i] = seg.raw[line.end() :].strip(" ,;.")  # "she asked about NFPA 70E, …": what they discussed


NAME_EQUALS_JOB = regex_cache.compile(
    r"^\W*([a-z][a-z'’-]{1,15})\s+([a-z][a-z'’-]{1,20})\s*=\s*([a-z][\w &/]{2,30}?)\s*(?:[.,;(]|$)"
)


def _known(*words: str) -> bool:
    return any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS or w in COMMON_NOT_NAMES for w in words)


LOWER_SUBJECT = regex_cache.compile(
    r"(?<![\w'’/-])([a-z][a-z'’-]{1,15})\s+(?:also\s+)?"
    r"(?:asked|said|talked|wants|wanted|made|showed|explained|mentioned|gave|told|took|did|will)\b",
    re.MULTILINE,
)
# "…, ML lead (hiring mgr)", "… (GM)", "… ops mgr (says its tomasz not tom lol)": their job, after the name;
# also "…, tech svc lead." and "bill hargrove = superintendent."
LOWER_JOB_AFTER = regex_cache.compile(
    r"\s*(?:,|\(|\s[-–—]|\s?=|(?=\s+[a-z]))\s*"
    # not what someone does: "precon side, wants APM to help w/ buyout"
    r"(?!(?:wants?|asked|asks|said|says|talked|is|was|has|had|needs?|likes?|did|does|gave|told)\b)"
    r"([A-Za-z][\w &/]{1,30}?)\s*(?:[,()]|\.(?:\s|$)|$)"
)
LOWER_PAIR = regex_cache.compile(
    # "with um denise okafor-hill"; a line that starts "just nikhil banerjee (comp sup)" starts with its lead word;
    # "w/ mgr only: ernesto villalobos, maint mgr"
    # "mgr = darnell broussard, process safety mgr.", "2nd: dr. ilse van der merwe, tech svc lead."
    # dictated or run on: "first was kristen lindqvist the VP of marketing", "then marcus bellamy-ortiz from ecomm"
    r"(?:^\W*(?!(?:only|just|with|and|then)\s)|(?P<lead>\bw/|\bwith|\band|\+|&|\bonly:?|\bjust|=|\b(?:1st|2nd|3rd|4th):|"
    r"\b(?:first|second|next)(?: person| one| interviewer)? was|\bthen|"
    r"\b(?:panel|interviewers?) (?:was|were)(?: only| just)?|\bi met(?: with)?|\bn(?=\s+(?:mrs?|ms|dr)\b)|"
    r"\b(?:ppl|people|panel|interviewers?):)"  # "ppl: kyle fraser (cofounder/cto) + anjali mehta (eng mgr)"
    r"\s+(?:(?:um+|uh+|er+m?)\s+)?)(?:(?P<title>dr|mr|mrs|ms|prof|mister|missus|doctor)\.?\s+)?"
    r"(?P<first>[a-z][a-z'’-]{1,15})\s+"
    r"(?P<last>(?:(?:van|von|de|da|der|den|del|la|le|di|du|el|al|ben|ter|ten)\s+){0,2}(?!(?:only|just|interviewers?|panel)\b)"
    r"[a-z][a-z'’-]{1,20})\b"
)
MY_NAME = regex_cache.compile(r"\bmy name(?:\s+is)?\s*$")
PINYIN_WORD = regex_cache.compile(rf"(?i:{PINYIN_SYLLABLE})")
NEXT_LOWER_WORD = regex_cache.compile(r"\s+([a-z][a-z'’-]{1,20})\b")
THE_TITLE_AFTER = regex_cache.compile(
    # "panel was morag fraser she's the service manager and euan mcallister team leader and …"
    # "… mister venkatesh iyer he is the chief underwriting officer"
    r"\s+(?:the\s+|(?:she|he|who)(?:['’]?s| is)\s+the\s+|(?=[a-z]+\s+(?:leader|manager)\b))"
    r"(?:[a-z]+\s+|[A-Z]{2,4}\s+){0,2}?(?:head|manager|mgr|director|lead|leader|owner|supervisor|chef|founder|ceo|cto|gm|officer|"
    r"partner|foreman|principal|(?i:vp|svp|evp|cmo|cfo|coo|cio|vice president))\b"
    # "then marcus bellamy-ortiz from ecomm joined"
    r"|\s+(?:from\s+(?:the\s+)?[a-z&-]+(?:\s+(?:team|side))?\s+)?(?:joined|hopped on|came in)\b"
)


def drop_the_friend(work: Work) -> None:
    """ "Kayla: HOW WAS IT", "Kayla: what did she ask": a friend in a pasted chat asks about the interview;
    she did not give it. Only when the notes name someone else by their full name."""
    # "Priya (sis): was she nice", "Priya (sis): ok write the thank you NOW": a chat label, on no panel
    labels = [fold(seg.label) for seg in work.segments if seg.label]
    for label in {label for label in labels if labels.count(label) > 1} - work.own_labels:
        lines = [i for i, seg in enumerate(work.segments) if seg.label and fold(seg.label) == label]
        on_panel = any(same_person(bare_label(label), p.name) for p in work.interviewers)
        # "Luca ❤️: allora??": a heart by the name in the chat is someone the candidate loves, not a panel member
        loved = any(heart in label for heart in HEARTS)
        recruiter = RECRUITING_TITLE.search(label) is not None  # "Tahmina Recruiter (Meghna): … Good luck 🌸"
        if (
            not on_panel
            and not recruiter
            and label_kind(work.segments[lines[0]]) is None
            and (loved or any(FRIEND_TALK.search(_said(work, i)) for i in lines))
        ):
            work.friends.add(label)
    if not any(" " in p.name for p in work.interviewers):
        return
    # "[WhatsApp chat with Bea, copied]": who the candidate was chatting with
    partners = {fold(m.group(1)) for seg in work.segments[:3] for m in [CHAT_WITH.search(seg.raw)] if m}
    # "[Messenger - Aiza Manalo]": a chat app's own heading names whom the chat is with
    partners |= {fold(m.group(1)) for seg in work.segments[:2] for m in [CHAT_HEADER.match(seg.raw)] if m}
    # the candidate's own lines tell the chat who was on the panel: "2 ppl. Priya Raman (…) n Daniel Goh (…)"
    told = [seg.text for seg in work.segments if seg.label and fold(seg.label) in work.own_labels]
    panel_told = any(p.name in text for p in work.interviewers for text in told if " " in p.name)
    for person in list(work.interviewers):
        # "Aiza:" over the lines of the Aiza Manalo a "[Messenger - Aiza Manalo]" heading names
        names = {fold(person.name)} | ({fold(person.first_name)} if fold(person.first_name) in partners else set())
        labelled = [i for i, seg in enumerate(work.segments) if seg.label and fold(bare_label(seg.label)) in names]
        # "Ate Joy: so kumusta interview mo": a two-word name counts when the notes use it only as a label
        named_elsewhere = any(
            person.name in seg.raw
            for i, seg in enumerate(work.segments)
            if i not in labelled and not CHAT_WITH.search(seg.raw) and not CHAT_HEADER.match(seg.raw)
        )  # not "Slack — DM with Ruben de Graaf": the chat's own heading
        if " " in person.name and named_elsewhere:
            continue
        partner = fold(person.name) in partners or (bool(labelled) and fold(person.first_name) in partners)
        # "Farhan: spill spill" in a group chat where the candidate names the panel: one of the friends
        unnamed = (
            panel_told
            and len(labelled) >= 2
            and not any(re.search(rf"\b{re.escape(person.first_name)}\b", text, re.IGNORECASE) for text in told)
        )
        if partner or unnamed or any(FRIEND_TALK.search(_said(work, i)) for i in labelled):
            _forget(work, person)
            work.friends.add(fold(person.name))
            work.friends.update(fold(work.segments[i].label or "") for i in labelled)  # "Rachel Okeke (mentor)"


HEARTS = ("❤", "♥", "💕", "💖", "💗", "💘", "😘", "🥰")


def _said(work: Work, at: int) -> str:
    """What the chat label's line at `at` says; Messenger's "Ate Joy:" stands alone over what she wrote on the next
    line."""
    seg = work.segments[at]
    if seg.text.strip():
        return seg.text
    later = work.segments[at + 1] if at + 1 < len(work.segments) else None
    return later.raw if later is not None and not later.label else ""


CHAT_WITH = regex_cache.compile(
    r"\b(?:whatsapp|chat|texts?|messages?|messenger|imessage|telegram|signal|sms|dms?)(?:\s+chat)?"
    r"(?:\s+(?:with|w/)\s+|\s*[—–-]\s*me\s*(?:&|and|\+)\s*)"  # also "WhatsApp — Me & Dev 💚"
    # "DM with Ruben de Graaf": his first name; "WhatsApp chat with Ify Talentrock": a name as the phone keeps it
    # also with an aside: "Slack — DM with Bram Hoekstra (he's at my current job, don't tell anyone)"
    r"((?-i:[A-Z])[^\W\d_]+)\b(?:(?!\s+(?-i:[A-Z]))|\s+(?-i:[A-Z])[^\W\d_]+\s*(?:\([^()]*\)\s*)?$)",
    re.IGNORECASE,
)


CHAT_HEADER = regex_cache.compile(
    r"^\W*(?:whatsapp|messenger|telegram|signal|imessage|sms|viber|line)\s*[—–-]\s*((?-i:[A-Z])[^\W\d_]+)", re.I
)


FRIEND_TALK = regex_cache.compile(
    r"\bhow(?:['’]d| did| was)\b[^.?\n]{0,20}\b(?:it|interview)\b|\bhow['’]d\s+the\s+[\w ]{2,25}?\s+go\b|"
    r"\bwhat(?:['’]d| did) (?:she|he|they) (?:ask|say|want)\b|"
    r"\b(?:send|write)\b[^.\n]{0,12}\bthank[- ]?(?:you|u)s?\b|\bthank[- ]?(?:you|u) (?:e-?mail|note|mail)s?\b|"
    r"\bgood luck\b|\bhow many (?:ppl|people)\b|\bhoe ging\b|\bwie war['’]?s\b|\bnas[ıi]ld[ıi]\b|\bkimler vard[ıi]\b|"
    r"\bhow did (?:you|u) do\b|\bwhat['’]?s next\b|\bcomo foi\b|\bc[óo]mo te fue\b|\be agora\b|"
    # "Bree: well??? did u get it", "Mel: did u survive the physio interview 👀"
    # not an interviewer's "So let's start with your OSCP, when did you get it?"
    r"(?<!\bwhen )(?<!\bwhere )(?<!\bhow )\bdid (?:you|u) (?:get it|get the job|survive|nail it|smash it|ace it)\b|"
    r"\bk[ua]musta\b|"
    # Hinglish "kaisa gaya??", Tagalog "musta interview mo?", "ano tinanong"
    r"\bkaisa (?:gaya|raha|hua)\b|\bkya (?:pucha|bola|hua)\b|\bmusta\b|\bano tinanong\b|"
    # "deci? cum a fost" (Romanian), "jak było?" (Polish), "як пройшло", "как прошло", "com'è andata"
    r"\bcum a fost\b|\bjak by[łl]o\b|як пройшло|как прошло|\bcom['’]è andata\b|\bhoe was het\b|"
    r"\bça s['’]est bien passé\b|\bcomment ça s['’]est passé\b|"
    # "Omar: yalla tell me. which job again?", "Omar: and?", "Meg: fingers crossed!!"
    r"\byalla\b|\bmabrook\b|\bmabruk\b|\bfingers crossed\b|\btell me (?:everything|all)\b|\bwhich job\b|"
    r"^\W*(?:and|so|well|aaand)\s*\?+\W*$|"
    # a friend on a voice memo or in a chat: "Lol. And next?", "Did they talk money?", "Tu vas l'avoir.",
    # "e próximo passo?", "vai dar certo!!!"
    r"\band next\s*\?|\bdid they (?:talk|mention|say anything about) (?:money|salary|pay)\b|\byou got this\b|"
    r"\btu vas l['’]avoir\b|\bvai dar certo\b|\be pr[óo]ximo passo\b|\by (?:el )?siguiente paso\b|\bgimana\b|"
    # Italian: "allora??", "scrivi il thank you stasera"
    r"^\W*allora\s*\?+|\bscrivi\b[^.\n]{0,12}\bthank",
    re.IGNORECASE,
)


def drop_the_recruiter(facts: InterviewFacts) -> None:
    """ "Organizador: Paola Garza (Reclutamiento)" who only booked it: a recruiter nothing was discussed with
    is not on the panel, when someone else is."""
    company = fold(facts.company.value) if facts.company else None
    for person in list(facts.interviewers):
        # "Pooja Nair, HR Executive" over "Kulkarni Desai & Co., Chartered Accountants": a signature, nothing said
        said = [
            t.value
            for t in person.topics + person.skills
            if not (company and company in fold(t.source) and len(t.source.split()) <= 8)
            and not OWN_ERRAND.match(t.value)  # "me: send Kate my APC number tonight!!": the candidate's to-do
        ]
        # A recruiter all of whose lines are about the process: "said feedback in 3-5 working days",
        # "Serene (talent acquisition) did my phone screen last week, she sent the invite".
        # "Keisha didnt come (budget hearing ran over). Dana said she'll get scores from the others": who was absent
        process_only = all(
            PROCESS_TALK.search(t) or WHO_ARRANGED.search(t) or WORK_PATTERN.match(t) or ABSENT_RE.search(t)
            for t in said
        )
        # "Morag (internal TA) to arrange a relocation chat" beside a panel named in full: the recruiter
        recruiting = bool(person.title and RECRUITING_TITLE.search(person.title))
        # "Ashleigh (recruiter @ Talentbridge) wants a debrief call" beside "it was just Tanvir"
        in_passing = " " not in person.name and sum(" " in p.name for p in facts.interviewers) >= (2 - recruiting)
        if (process_only or in_passing) and len(facts.interviewers) > 1 and recruiting:
            facts.interviewers.remove(person)


OWN_ERRAND = regex_cache.compile(r"^\W*(?:send|email|e-mail|text|call|ring|ask|bring|remember to)\s", re.IGNORECASE)
# What a recruiter tells you about the process: "said feedback in 3-5 working days".
PROCESS_TALK = regex_cache.compile(
    r"\b(?:feedback|schedul\w*|salary|comp|compensation|offer|timeline|booked|paperwork|forms?|phone screen|"
    r"final (?:chat|round|interview)|next round|notice period|range|invite|pay|reach out|allowance|"
    r"docs|documents|certs|certificates|passport photos?)\b",  # "Mrs Halima Bello (HR) - docs only: PCN licence, …"
    re.IGNORECASE,
)
# Only where and when the job is worked: "hybrid: 3 days office", not "hybrid working, asked why energy".
WORK_PATTERN = regex_cache.compile(r"^\W*(?:hybrid|remote|in[- ]office|on[- ]site)\b[^,;]{0,30}$", re.IGNORECASE)
RECRUITING_TITLE = regex_cache.compile(
    r"\b(?:recruit\w*|reclutamiento|talent acquisition|talent partner|hr|human resources|recursos humanos|people team|"
    r"rrhh|rh|gesti[óo]n humana|talento humano|ik|ressources humaines|personalabteilung|"
    r"people ops|people operations|people (?:and|&) (?:talent|culture)|early careers|careers|"
    r"talent (?:coordinator|specialist|advisor|adviser|manager|team|lead)|"  # "Hailey Chen (Talent Coordinator)"
    r"(?:academic |faculty )?search coordinator|scheduling coordinator)\b|"  # "Lauren … | Academic Search Coordinator"
    r"^(?:internal |external )?ta(?: partner| lead| team)?$|"
    r"^talent(?: team)?$",  # "Bethany Cole (Talent): … I'll just get you set up … and then hop off"
    re.IGNORECASE,
)


def _row_of_topics(source: str) -> bool:
    """ "| Kwame Asante-Boateng | Deputy Manager | moving and handling, hoists … |": a table row that names the
    person and what they discussed."""
    cells = [cell.strip() for cell in source.split("|") if cell.strip() not in ("", "-", "–", "—")]
    # not a signature's "Cheryl Goh | Talent Partner | Kopi Labs", "… | Dept. of Cell Biology & Neuroscience"
    unit = len(cells) > 2 and UNIT_CELL.match(cells[2]) is not None
    return len(" ".join(cells[2:]).split()) >= 4 and not unit


UNIT_CELL = regex_cache.compile(r"(?:Dept\.?|Department|Division|Faculty|School|Office|Institute|Unit|Centre|Center)\b")


def _opens_with(raw: str, person: Interviewer) -> bool:
    """Whether a line starts with the person's full name, or a title and their surname ("Mrs Ogun")."""
    if raw.startswith(person.name):
        return True
    named = find_names(raw, min_words=1)
    titled = bool(named) and named[0].start == 0 and named[0].name.split()[0].rstrip(".").lower() in HONORIFIC_WORDS
    return titled and same_person(named[0].name, person.name)


def _own_clause(raw: str) -> str:
    """The line up to the next person it names: "Mrs Ogun collected docs at reception, only Mr. Adeyemi-Cole …";
    not "Dr. Whitfield interviewed me alone, Melissa (front desk) just checked me in"."""
    named = find_names(raw, min_words=1)
    return raw[: named[1].start] if len(named) > 1 else raw


def _names_only(work: Work, person: Interviewer, raw: str) -> bool:
    """Whether `raw` names `person`, by full name, and nobody else from the list."""
    if person.name not in raw or not re.search(r"\b(?:she|he|they)\b", raw):
        return False
    if any(p is not person and (p.name in raw or p.first_name in raw) for p in work.interviewers):
        return False
    # "with Fiona Blackwood-Reid … the editor Graham something was meant to pop in but … never came": Graham
    # is the one absent, though he is on no list.
    # "… only her, the deputy principal Mr. Jacobs was supposed to be there": a titled name is someone else too.
    others = [
        m.name
        for m in find_names(raw, min_words=1)
        if (" " not in m.name or TITLED.match(m.name)) and not same_person(m.name, person.name)
    ]
    return not others


TITLED = regex_cache.compile(r"(?:Mrs?|Ms|Dr|Prof|Mx)\.?\s")


ABSENT = (
    r"(?:had a conflict|couldn'?t make it|couldn'?t come\b|could not come\b|"
    r"(?:didn'?t|did not) (?:actually |even )?(?:show|join|make it|sit in|turn up|attend|come)\b"
    r"(?!\s+in\s+person)|"  # not "didn't come in person, joined by video"
    r"off sick\b|never (?:joined|showed|came|turned up)\b|declined\b(?!\s+to\b)|(?:was|were) a no[- ]show\b|"
    r"(?<![a-z] )no[- ]show\b|"  # "Dave Kim (VP Eng) — NO SHOW, coordinator Jess said …"
    r"(?:couldn'?t|could not|(?:was |were )?(?:unfortunately |sadly )?unable to) attend|apologies:|"
    r"(?:will not|won['’]t|wouldn['’]t|would not) be able to (?:join|attend|make it|be there)|unable to join|"
    r"(?:may|might|could) want to meet (?:me|you)\b|"  # "Mr. Hendrik Bakker (MD) — may want to meet me later"
    r"didn'?t (?:really )?ask (?:any )?(?:q'?s|questions|anything)|(?:was )?just watching\b|"
    r"(?:only )?sat in (?:for )?the first \d+\s*min|"
    r"just sat there\b|(?:was )?only observing\b|(?:only|just) observed\b|"
    r"(?:just|only) (?:brought|walked|took) me (?:up|down|in|through|back|round|around|upstairs)\b|"
    r"(?:only|just) (?:be )?taking (?:the )?(?:notes|minutes)\b|"
    # Tagalog: "nag proctor lang ng typing test, wala syang tinanong" (only proctored; asked nothing)
    r"wala\s+s(?:i)?yang\s+tinanong\b|nag[- ]?proctor lang\b|(?:only|just) proctored\b|"
    # "secretary of the board, only handed the file, no questions"; German "nur beobachtend, hat nichts gefragt"
    r"only (?:handed|recorded|explained)\b|nur beobachtend\b|hat nichts gefragt\b|n'a rien demandé\b|"
    r"(?:was|were) on the (?:calendar|invite|schedule) but\b|"
    r"(?:was|were) (?:supposed|meant) to (?:join|be there|sit in)\b|"
    r"(?:didn['’]?t|did not|never) meet (?:him|her|them|today)\b|"
    r"was (?:out|sick|absent)|"
    r"(?:isn'?t|wasn'?t|is not|was not) (?:there|in it|on it|in the room|on the call|in the interview)|not there\b|"
    r"not at this one|not at this interview|couldn'?t join|could not join|wasn'?t able to join|"
    r"pas dans l['’]entretien|no estuvo en la entrevista|n[ãa]o (?:estava|participou)|"
    # "o Felipe … ia participar mas teve visita de obra e não veio", "no vino", "n'est pas venue"; Indonesian
    # "mas Yoga dari HR yang cuma nganter ke ruangan dia bukan interviewer" (only walked me in; not an interviewer)
    r"n[ãa]o veio\b|no vino\b|n['’]est pas venue?\b|ia participar mas\b|iba a participar pero\b|"
    r"(?:nunca|no) entr[óo]\b|(?:nunca|n[ãa]o) entrou\b|"  # "Ignacio nunca entró" (never came in)
    r"no asisti[óo]\b|no se conect[óo]\b|n[ãa]o compareceu\b|n[ãa]o se conectou\b|nie by[łl]a? na rozmowie\b|"
    r"bukan (?:interviewer|pewawancara)\b|cuma nganter\b|"
    r"pas (?:un )?(?:interviewer|intervieweur|recruteur)\b|"
    # German: "Frau Krüger (Leitung …) war krank", "Herr Öztürk (Personal) hat mich nur abgeholt", "nicht dabei"
    r"war krank\b|(?:hat|haben) mich (?:nur )?abgeholt\b|nur abgeholt\b|(?:war|waren) nicht dabei\b|"
    # "| Yusuf Ebrahim | HR | nothing, took notes |", "chị Thảo (HR) only organize, she not join"
    r"nothing,? (?:just |only )?took (?:the )?notes\b|only organi[sz]ed?\b|(?:he|she|they) not join\b|"
    r"nicht im gespräch\b|"
    # "GM Natalie popped in for 5 min"; not "Dr. Okonkwo-Reyes - medical director - popped in ~15 min" (he asked)
    r"(?:popped|stopped|dropped) (?:in|by)(?!\s+(?:~|about\s+|approx\.?\s+)\d)|dropped off|left the call|hopped off|"
    # "the Principal SW Dr Caroline Mbeki had to drop off for a safeguarding strategy meeting before we started"
    r"had to (?:drop|hop) off\b[^.;\n]{0,60}\bbefore (?:we|it|the interview) (?:started|began)\b|"
    # "the administrator Mr. Patel walked by and said welcome but that's it", "Svenja only at the door/coffee"
    r"walked (?:by|past) and said\b|(?:only|just) at the (?:door|coffee|front desk)\b|"
    r"walked me (?:to|in|up|back)\b[^.;]{0,30}?\band left\b|"  # "Kelsey walked me to the room and left."
    # "Doug got pulled into a safety incident", "I'll just get you set up … and then hop off"
    r"(?:got|was|were|been) (?:pulled (?:into|onto|away)|called away)\b|(?:then|and) hop(?:ping)? off\b|"
    # "Ms. Reem from HR was on mute the whole time, just admitting people"; "nothing - just sat in and took notes"
    r"on mute (?:the whole|all the) time\b|just admitting\b|(?:just|only) sat in\b(?!\s+(?:on|for)\b)|"
    r"docs only\b|(?:just|only) (?:collected|checked|took) (?:my )?(?:docs|documents|certs|id)\b|"
    r"just to say hi|(?:didn['’]?t|did not) stay\b|"  # "Brianna (HR coordinator) just walked me back, didn't stay"
    r"only took (?:the )?(?:minutes|notes)\b|"  # "Ms. Njeri Mwangi (HR) only took minutes, no questions"
    # "HR: Amara Jennings took notes, no questions"
    r"took (?:the )?(?:minutes|notes),? (?:but )?(?:asked )?no questions\b|"
    r"(?:will|['’]ll) meet (?:her|him|them) only if\b|"  # "I will meet her only if shortlisted"
    r"then dropped\b|then left\b|dropped after (?:the )?(?:intros?|introductions?|\d+\s*min)|"
    r"(?:was|is) (?:travel+ing|away|on leave|out of (?:the )?office)\b|"
    r"not in (?:any of )?the (?:interviews?|room|call|rounds?)\b|scheduled only\b|hr only\b|"
    # "Jia Hui (note-taker, grad hire) in round 3, didn't say anything"
    r"(?:didn['’]?t|did not) say (?:anything|a word)\b|said nothing\b|silent the whole time\b|"
    r"never (?:spoke|said (?:anything|a word))\b|"
    # "R4 — supposed to be Deepa Venkatesh (Partner) but moved to next round"
    r"supposed to be\b[^.;]{0,60}?\bbut (?:was |got )?(?:moved|cancell?ed|couldn)|"
    r"(?:just|only) scheduled|not (?:part|a part) of (?:the )?(?:interview|panel|it)\b|not present\b|on leave\b|"
    r"sat in the (?:waiting room|lobby|reception)|left once\b|"
    r"(?:was|were) (?:only )?on for (?:the )?first \d+\s*min|"  # "was on for first 5 min only"
    r"(?<!just )to say (?:hi|hello)\b|left after \d+\s*min|then muted\b|"
    r"(?:is|was) not from the (?:hospital|company|clinic|school|firm|bank|hotel)\b|"
    # "Bronwyn only did the tech setup": she set up the call, she did not interview
    r"(?:just|only) did the (?:tech(?:nical)? |teams |zoom )?(?:setup|set-up|set up|intros?|introductions?)\b|"
    # "Dr. Patel (associate vet) was in surgery the whole time, only said hi", "only said olá and went back"
    r"(?:only|just) said (?:hi|hello|hey|olá|ola|hola|bonjour)\b|said (?:hi|hello) and left\b|"
    r"not at (?:the|this) (?:interview|panel|call|meeting|one)\b|\(didn['’]?t meet\)|"
    r"(?:^|,\s*)not today\b|\bbut (?:he|she|they) never did\b|"  # "might do r4 culture fit, not today"
    # "ED Dr. Joseph Karanja was mentioned — final interview is with him", "… Dr. Naomi Feld, not met"
    r"(?:was|were) (?:only )?mentioned\b|,\s*not met\b|"
    r"(?:did )?not (?:was|were) in (?:the )?interview\b|"  # "she did not was in the interview", "not was in interview"
    r"(?:final|next|2nd|second|third|last) (?:interview|round) (?:is |will be )?with (?:him|her|them)\b|"
    r"(?:opened|open|started|kicked off) the (?:call|meeting)\s*(?:and|\+|&)\s*(?:then )?(?:she |he |they )?"
    r"(?:left|leaved)\b|"
    r"did (?:the |an )?(?:intro(?:duction)?|phone screen|screening)(?: call)? only\b)"
)
# Every phrase above starts with one of these characters, and a word's first letter: the look-ahead and the
# look-behind let the engine skip every other position at once (three times faster than the look-ahead alone).
ABSENT_RE = regex_cache.compile(r"(?=[acdghijlmnopstuwbf2(,])(?:(?<![a-z])|(?=[(,2]))" + ABSENT, re.IGNORECASE)


def names_they_go_by(work: Work, notes: str) -> None:
    """ "Lan to decide by Friday" about Nguyễn Thị Lan: greet people by the name the notes use."""
    _goes_by_on_its_own_line(work)
    _introduced_themselves(work)
    _names_they_go_by(work, notes)
    _pet_names(work, notes)
    for person in work.interviewers:
        if person.called and _refused(person.called, notes):
            person.called = None  # 'Said "just call me Brendo" lol — NOT doing that in writing'
        if person.called and _someone_elses(person, work.interviewers):
            person.called = None  # 'R1 Kulkarni sir — he prefers "Dr. Kulkarni"' is never Abdul Qadir's name


def _pet_names(work: Work, notes: str) -> None:
    """ "Kasia asked a lot about SQL window functions" of Katarzyna Wróblewska: the usual short form of a given
    name that does not start like it, used in the notes for one person on the panel and nobody else."""
    for person in work.interviewers:
        given = fold(_given(person))
        forms = [pet for pet in PET_NAMES.get(given, ()) if re.search(rf"\b{pet}\b", notes)]
        # not when another panel member's given name has the same short form
        others = [
            p for p in work.interviewers if p is not person and forms and forms[0] in PET_NAMES.get(fold(_given(p)), ())
        ]
        if not person.called and len(forms) == 1 and not others:
            person.called = forms[0]


def _given(person: Interviewer) -> str:
    words = _bare_words(person.name)
    return words[0] if words else ""


def _someone_elses(person: Interviewer, people: list[Interviewer]) -> bool:
    """A name to greet them by that is another panel member's surname or given name, and none of theirs: not
    "Graham" for Lucía Fernández, named before "the GM Graham Whitfield (…, said "Graham is fine")"."""
    words = {fold(w.strip(".")) for w in (person.called or "").split()}
    own = {fold(w.strip(".")) for w in person.name.split()}
    # another full name: not "Dr. Alex", the name "Dr. Aleksandra Nowak-Ferris" goes by, read as someone else
    full = [p for p in people if p is not person and len(_bare_words(p.name)) >= 2]
    # a given name only of someone with another surname: "Sam Briggs" is Samuel "Sam" Briggs, not someone else
    other_family = [p for p in full if fold(p.last_name) != fold(person.last_name)]
    theirs = {fold(p.last_name) for p in full} | {fold(_bare_words(p.name)[0]) for p in other_family}
    return not words & own and bool(words & theirs)


def _bare_words(name: str) -> list[str]:
    return [w for w in name.split() if w.rstrip(".").lower() not in HONORIFIC_WORDS]


def _refused(called: str, notes: str) -> bool:
    """Whether the candidate decided not to use that name: "do NOT call him Brendo!!", "… NOT doing that"."""
    name = re.escape(called)
    return bool(
        re.search(
            rf"\b(?:do not|don['’]t|not|never|won['’]?t|will not)\s+(?:be\s+)?"
            # also "i def wont be calling her Hui Min"
            rf"(?:call|use|write|calling|using|writing)\s+(?:(?:him|her|them)\s+)?[\"“']?{name}\b",
            notes,
            re.I,
        )
        or re.search(rf"\b{name}\b[^\n]{{0,40}}\bnot (?:doing|using|writing) that\b", notes, re.I)
        # "staff all call him Deco apparently but he introduced himself as Declan", 'everyone calls him "Dr. Amr";
        # very formal, use Dr. El-Sayed in writing': what others call them, and then what the candidate will write
        # (not "Ms. Araya is fine or Consuelo but I think I'll go with Ms. Araya": the same name, kept)
        or re.search(
            rf"\b{name}\b[\"”']?[^.\n]{{0,25}}?(?:\bbut\b{WRITE_INSTEAD}|;[^.\n]{{0,20}}\buse\b)(?![^.\n]{{0,30}}\b{name}\b)",
            notes,
            re.I,
        )
        # "Deborah said to call her Deb but I'll stick with Deborah in the email"
        or re.search(
            rf"\b{name}\b,?\s+but\s+(?:I['’]ll|I will|I['’]m gonna|I['’]m going to)\s+(?:stick with|use|go with)\b",
            notes,
            re.I,
        )
    )


# What the candidate will write instead: "… but he introduced himself as Declan so keep it Declan", "… but I'll
# write to her as Mrs. Oyelaran-Smith", "… lol but on email -> Mrs. Darko"; not "CK is nice but strict".
WRITE_INSTEAD = (
    r"[^.\n]{0,40}?\b(?:keep it|I['’]ll (?:write|use|stick|go|keep)|I will (?:write|use)|on email|"
    r"in (?:the |my )?email|in writing|write to|introduced (?:himself|herself|themselves) as|use)\b"
)


FIRST_NAMES_OFFERED = (
    r"(?:(?:das\s+)?Du\s+angeboten|\bduzen\b|\bt[uú]t[eé]ame\b|\btuteamos\b|\bon se tutoie\b|\btutoyer\b|"
    r"\bon s['’]est tutoy[ée]e?s?\b)"  # "Josée: très terrain, on s'est tutoyées tout de suite"
)


# What someone is called, after their name (see _names_they_go_by)
# also 'told me "nobody calls me Mrs de la Rey, it's Elna"'
NOBODY_CALLS = regex_cache.compile(
    r"\bnobody calls (?:her|him|them|me) (?:[\w.]+\s+){0,3}?\w+,?\s*(?:it['’]s|its|it is|just)\s+[\"“']?(\w+)"
)
CALLED_BY = regex_cache.compile(
    # not 'Danny, please, nobody calls me Daniel'
    r"\b(?:goes by|go by|prefers|(?<!nobody )(?<!no one )calls? (?:her|him|them|me)|"
    r"said just(?=\s+[\"“'])|said to use|"
    # "I'm Venkatesh Raghunathan, everybody says Venky", "everyone there says Eng. Kariuki"
    r"(?:everyone|everybody|people|they all)(?:\s+(?:here|there))?\s+says?|"
    r"(?:asked|wants|likes|prefers) to be called|"
    r"(?i:(?:pode|podes) me chamar de|me chama de|ll[aá]mame|puedes llamarme|appelle[sz]?-moi)|"
    # 'todo mundo chama de "Dra. Luciana"', 'pediu "Rafa"', 'todos le dicen Cuquita'
    r"(?i:todo mundo (?:o |a )?chama de|todos (?:le |la |lo )?(?:dicen|llaman)|pediu|pidi[oó])|"
    r"greet (?:him|her|them)(?: as)?|"
    r"said(?=\s+[\"“']just\s)|"
    r"introduced (?:herself|himself|themselves) as(?=\s+(?:just\b|[\"“'])))"
    # not "… will call me by Wednesday", "call me back"
    r"\s+[\"“']?(?:just\s+)?(?!(?i:by|on|at|back|tomorrow|today|tonight|later|next|after|before|in|"
    r"with|about|if|when|asap|once|soon)\b)"
    rf"((?:(?:{ADDRESS_TITLES})\.?\s+"
    r"(?:(?:de|dela|del|van|von|der|den|da|di|le|la)\s+)*|"
    r"(?:chị|anh|cô|chú|bác)\s+(?=(?-i:[A-ZÀ-Ỹ])))?\w+(?:-\w+)?"  # Vietnamese "call her chị Hồng"
    # "said call her María José |", "everyone calls him Big Mike and he told me to too"
    r"(?:\s[A-ZÀ-Ý]\w{1,10}(?=\s*[\"”'.,;|)\n]|\s+(?:and|but|so|too|lol)\b))?)",
)


# The candidate's own instruction for the letter: "in email call him Mr. Nam", "address her as Dr. Okafor"
CALL_THEM_TITLED = regex_cache.compile(
    r"\b(?:call|address|write to|greet) (?:him|her|them)(?: as)?\s+((?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+([A-Z][\w'’-]+))"
)


def _names_they_go_by(work: Work, notes: str) -> None:
    for person in work.interviewers:
        if person.called:
            continue  # "Ms Ong said to just call her Mei Ling", already read
        told = next((m for m in CALL_THEM_TITLED.finditer(notes) if m.group(2) in person.name.split()), None)
        if told:
            person.called = told.group(1)  # "anh Nam (PV manager) … in email call him Mr. Nam"
            continue
        courtesy = _courtesy_form(person, notes)
        if courtesy:
            # "Khun Siriporn", "Zeynep Hanım", "Don Álvaro", "Chị Mai Anh": how the notes address them
            person.called = courtesy[:1].upper() + courtesy[1:]
            continue
        # "Mr. Rashid (Rashid Khalfan Al Nuaimi) – Head of Legal Affairs": a title and first name, then the name
        first_then_full = rf"{re.escape(person.first_name)})\s*\(\s*{re.escape(person.name)}\b"
        titled_short = re.search(rf"\b((?:Mr|Mrs|Ms|Dr|Eng|Engr)\.?\s+{first_then_full}", notes)
        if titled_short:
            person.called = titled_short.group(1)
            continue
        # "Herr Murat Demir …, er hat gleich das Du angeboten", 'Javier: said "tutéame, soy Javier"'
        said_first = re.search(
            rf"\b(?:{re.escape(person.first_name)}|{re.escape(person.last_name)})\b[^.\n]{{0,90}}?{FIRST_NAMES_OFFERED}",
            notes,
        )
        if said_first and " " in person.name:
            person.called = person.first_name
            continue
        # the title they were met with, before a name that is only a surname or a first name: "Dott. Lo Presti:"
        # over his questions (a surname with its particle), "Eng. Yousef – Digital Infrastructure"
        ranked, title = person.name.split(), (person.title or "").strip()
        particle_surname = len(ranked) == 2 and fold(ranked[0]) in SURNAME_PARTICLES
        abbreviated = len(ranked) == 1 and title.endswith(".")
        if title and title.rstrip(".").lower() in RANKS and (particle_surname or abbreviated):
            person.called = f"{person.title} {person.name}"
            continue
        parts = [w for w in person.name.split() if w.rstrip(".").lower() not in HONORIFIC_WORDS]
        # "Ms. Reyes asked to be called Tina" of Ms. Ma. Cristina Reyes: the full name, or title and surname
        # not when someone else on the panel has that surname: "Mrs Pryce" is Glenys, not her son Aled Pryce
        shared = any(p is not person and fold(p.last_name) == fold(person.last_name) for p in work.interviewers)
        titled = (
            rf"|\b(?:{ADDRESS_TITLES})\.?\s+{re.escape(person.last_name)}\b"
            if " " in person.name and not shared
            else ""
        )
        # 'Gwendolyn Fairweather-Tate. "Everyone calls me Gwen"': a quote of theirs right after is still theirs
        # also "Mr. Khalid bin Saeed Al Mansoori, hotel manager. everyone there calls him Mr Khalid": typed on
        near = rf"(?:{re.escape(person.name)}{titled})(?:[^.\n]|\.(?=\s*[\"“a-z])){{0,80}}?"
        # "he said nobody calls him Earl, it's Buck"; "Everybody there calls him Dr. Okafor". Said near their name:
        # the cue alone is searched first, as most notes have none and a pattern with a name in it is slow to build.
        cue = re.search(near + NOBODY_CALLS.pattern, notes) if NOBODY_CALLS.search(notes) else None
        cue = cue or (re.search(near + CALLED_BY.pattern, notes) if CALLED_BY.search(notes) else None)
        if cue and (cue.group(1).rstrip(".").lower() in BARE_ADDRESS or cue.group(1).lower() in NOT_NAMES):
            cue = None  # "everyone calls her Dra.": a title, not a name; "I called her that": no name at all
        if cue and TITLE_NEXT.match(notes, cue.end()):
            cue = None  # 'everybody says "ya doctor"': Arabic for "O doctor", a title and no name
        nickname = re.search(rf"{re.escape(parts[0])}\s+[\"“']([^\W\d_]{{2,15}})[\"”']", notes) if parts else None
        # also in brackets between the names: "Patrick (Paddy) Flanagan"
        nickname = nickname or (
            re.search(rf"{re.escape(parts[0])}\s+\(([A-Z][^\W\d_]{{1,14}})\)\s+{re.escape(parts[-1])}\b", notes)
            if len(parts) >= 2
            else None
        )
        nickname = nickname or re.search(
            rf"{re.escape(person.name)}[^()\n]{{0,40}}\(\s*[\"“']([^\W\d_]{{2,15}})[\"”']", notes
        )  # 'Ottilie Grant-Mackenzie, CEO/co-founder ("Tillie" to everyone, she insisted)'

        # 'Samuel Adebayo-Clarke, Analytics Manager. Said "Sam is fine."'
        nickname = nickname or re.search(
            rf"{re.escape(person.name)}[^\n]{{0,240}}?[\"“](?:please,?\s+)?([^\W\d_]{{2,15}}),? "
            r"(?:is fine|works|is good|is ok|please)\b",
            notes,
        )
        # "met w/ DJ (Dwayne Jackson, ops mgr)": the name they go by, with the full name in brackets after it
        letters = re.search(rf"(?<![\w.])([A-Z]{{2,3}})\s*\(\s*{re.escape(person.name)}\b", notes)
        # their initials, not "SRE II (Carlos Villanueva)"
        nickname = nickname or (letters if letters and _initials_of(letters.group(1), person.name) else None)
        # "+ dev from the kitchen side (Devendra Lall, head baker)": a short form typed before the brackets
        typed = _typed_before_brackets(person.name, notes)
        short = [w for w in re.findall(r"\b[a-z]{2,9}\b", typed)] if typed and parts else []
        short = [w for w in short if _shortens(w, parts[0]) and fold(w) != fold(parts[0])]
        if not nickname and short:
            person.called = short[-1].capitalize()
            continue
        # not "Dr. Alex", a title and the very name given ("everyone calls her Dr. Alex"), read as a person too
        others = [p for p in work.interviewers if p is not person and " " in p.name.removeprefix(f"{p.honorific} ")]
        if cue and any(o.first_name in cue.group(0) or o.last_name in cue.group(0) for o in others):
            cue = None  # "Carla Jiménez (GM) and Michael Donnelly (…, goes by Mike)": Michael's name, not Carla's
        if cue and _someone_elses_full_name(cue.group(1), person, notes):
            cue = None  # "then came Chiara Santangelo …, she said to call her Chiara": of Chiara, not of Marco
        formal = _formal_name(person, notes) if not shared else None
        if formal:
            person.called = formal  # "she introduced herself as Ms. Dela Cruz", "he's Mr. Jenkins to everyone"
            continue
        if cue and (cue.group(1) in parts or len(cue.group(1)) >= 2):
            called = cue.group(1)
            # "call her Ro", "call me helen", "call her chị Hồng"
            person.called = called.capitalize() if called.islower() else called[:1].upper() + called[1:]
            continue
        if nickname:
            person.called = nickname.group(1)  # Thaddeus "Thad" Okonkwo-Byrne
            continue
        dean = person.name.startswith("Dean ") and "dean" in (person.title or "").lower() and " " in person.name[5:]
        if dean:
            person.called = f"Dean {person.last_name}"  # "Dean Marcus Whitfield, Dean of Academic Affairs"
            continue
        by_rank = _rank_before_the_name(person, notes) if not shared else None
        if by_rank:
            person.called = by_rank  # "Ing. Héctor Garza Villarreal – Gerente de Planta": Ing. Garza
            continue
        alone_on_panel = len(work.interviewers) == 1
        respect = _title_they_are_given(person, notes, alone_on_panel) if " " in person.name and not shared else None
        if respect and respect.startswith(("Mr. ", "Ms. ")):
            person.name = f"{respect.split()[0]} {person.name}"  # "Amitabh sir": still Amitabh in the notes
            continue
        if respect:
            person.called = respect
            continue
        if len(parts) < 3:
            continue  # "Osei:" for Rachel Osei is her surname, not what to call her
        # "Wei Ling Goh", later "offer discussion w/ Wei Ling": a two-word given name; "Koh Wei Ling" (surname
        # first), later "I'd report to Wei Ling": the same, after the surname.
        after_surname = len(parts) == 3 and fold(parts[1]) not in SURNAME_PARTICLES  # not "Ní Bhriain"
        # not "María de" of María de la Fuente Ortega
        two_word = [f"{parts[0]} {parts[1]}"] if fold(parts[1]) not in SURNAME_PARTICLES else []
        two_word += [f"{parts[1]} {parts[2]}"] if after_surname else []
        if fold(parts[0]) in FAMILY_NAMES_FIRST:
            two_word = two_word[1:]  # "Chua Mei Ling": "Chua Mei" is her family name and half her given name
        # not "Boon Keat" of "Required: Ang Boon Keat; …" above "Mr Ang Boon Keat (Managing Partner)": the given
        # name after a family name counts only said without it; "Muhammad Faizal" of "From: Muhammad Faizal bin
        # Ismail" is his given name wherever it is said
        # the full name taken out however it was typed: "first person was nadine forbes reid" is no "Nadine Forbes"
        without_name = re.sub(re.escape(person.name), " ", notes, flags=re.IGNORECASE)
        alone = re.sub(re.escape(" ".join(parts)), " ", without_name, flags=re.IGNORECASE)
        said = {g: alone if g == f"{parts[1]} {parts[2]}" else without_name for g in two_word}
        given = next((g for g in two_word if _said_alone(g, said[g])), "")
        # "jun hao lim": two syllables of a Chinese given name, then the family name, as Singapore writes it
        chinese_given = all(PINYIN_WORD.fullmatch(part) for part in parts[:2]) and fold(parts[2]) in FAMILY_NAMES_FIRST
        chinese_given = chinese_given and not person.honorific  # "Dr. Wei Ling Tan" is Dr. Tan
        given = given or (f"{parts[0]} {parts[1]}" if after_surname and chinese_given else "")
        if given:
            person.called = given
            continue
        uses = {part: len(re.findall(rf"(?<![\w'’-]){re.escape(part)}(?![\w'’-])", alone)) for part in parts}
        given = parts[0]
        favourite = max(parts[1:], key=lambda part: uses[part])
        after_particle = fold(parts[parts.index(favourite) - 1]) in SURNAME_PARTICLES  # "Mr ap Rhys": his surname
        if (
            uses[favourite] > 0
            and not after_particle
            and not person.honorific  # "Frau ORRin Sabine Kettler" is greeted "Frau Kettler", not "Kettler"
            and uses[given] == 0
            and fold(favourite) not in SURNAME_PARTICLES  # "Prof. van der Berg:" is no "van"
            and not re.search(rf"\b(?:{ADDRESS_TITLES})\.?\s+{re.escape(favourite)}", alone)
        ):
            person.called = favourite


def _rank_before_the_name(person: Interviewer, notes: str) -> str | None:
    """A title of rank or profession written before the full name: "Ing. Héctor Garza Villarreal" is greeted
    "Ing. Garza" (a Mexican name's first surname), "Capt. Tarek Soliman" "Capt. Soliman", "Dott.ssa Lucia
    Gentile" "Dott.ssa Gentile"; the notes' job title beside it does not take its place."""
    words = [w for w in person.name.split() if w != person.honorific]
    if len(words) < 2 or not RANK_FIRST.search(notes):
        return None
    written = re.search(rf"\b({RANK_TITLE})(\.?)\s+{re.escape(' '.join(words))}\b", notes)
    if written is None or re.search(rf"(?m)^\W*{re.escape(words[0])}\s*(?::|[-–—]?\s*$)", notes):
        return None  # not "Eng. Grace Achieng Odhiambo", whose part of the notes is headed "Grace:"
    # nor "Eng. Rodrigo (project manager) ask me …": the title with the given name, as the notes use it
    if re.search(rf"\b{RANK_TITLE}\.?\s+{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})", notes):
        return None
    if any(re.search(rf"\b{pet}\b", notes) for pet in PET_NAMES.get(fold(words[0]), ())):
        return None  # 'Mtra. Guadalupe Sandoval … (call me Lupita)': the name she goes by
    title = written.group(1) + (written.group(2) or ("." if "." not in written.group(1) else ""))
    # the surname the notes use with it elsewhere: "… send my cartas to Ing. Alvarado" of Ing. Rosa María Alvarado
    tails = [" ".join(words[k:]) for k in range(1, len(words))]  # "dela Peña", then "Peña"
    tails += [w for w in words[1:-1] if fold(w) not in SURNAME_PARTICLES]  # "Garza" of Garza Villarreal
    used = re.search(rf"\b{re.escape(written.group(1))}\.?\s+({'|'.join(map(re.escape, tails))})\b", notes)
    spanish = fold(written.group(1)) in ("ing", "lic", "licda", "arq", "mtro", "mtra")
    surname = _first_surname(words) if spanish and len(words) >= 3 else person.last_name
    return f"{title} {used.group(1) if used else surname}"


RANK_TITLE = r"(?:Ing|Eng|Engr|Lic|Licda|Arq|Arch|Capt|Dott\.ssa|Dott|Atty|Avv|Barr|Pharm|Mtro|Mtra)"
RANK_FIRST = regex_cache.compile(rf"\b{RANK_TITLE}\.?\s+[A-Z]")


def _title_they_are_given(person: Interviewer, notes: str, alone_on_panel: bool = False) -> str | None:
    """ "Atty. Corazon Villaroel", "Alhaji Musa Garba", "Barr. Halima Sule": a title a lawyer or an alhaji is
    always addressed by, with the surname; "Hemant sir said …" in Indian English: Mr. Kapadia; "I will write
    formal english mail (he read my English CV)" of the one person on the panel: Mr. Nakamura."""
    names = rf"(?:{re.escape(person.name)}|{re.escape(person.last_name)})"
    always = re.search(rf"\b((?:Atty|Barr)\.?|Alhaji|Alhaja|Hajia)\s+{names}\b", notes)
    if always:
        return f"{always.group(1)} {person.last_name}"
    words = rf"(?:{re.escape(person.first_name)}|{re.escape(person.last_name)})"
    # also Urdu "Faisal sb" (sahib): Mr. Qureshi
    polite = None if person.honorific else re.search(rf"\b{words}\s+(sir|ma['’]am|madam|sb|sahab|sahib)\b", notes)
    if polite:
        return f"{'Mr.' if polite.group(1) in SAID_OF_A_MAN else 'Ms.'} {person.last_name}"
    if not alone_on_panel or person.honorific or not WRITE_FORMALLY.search(notes):
        return None
    # the one person the notes can mean by "he" or "she"; both said, or neither, and there is no telling
    he, she = HE.search(notes) is not None, SHE.search(notes) is not None
    return f"{'Mr.' if he else 'Ms.'} {person.last_name}" if he != she else None


SAID_OF_A_MAN = frozenset({"sir", "sb", "sahab", "sahib"})
# The writer means to write formally: "I will write formal english mail", "keep the email formal"
WRITE_FORMALLY = regex_cache.compile(
    r"\bformal(?:ly)?\b[^.\n]{0,30}?\b(?:mail|e-?mail|letter|note|thank|greeting|reply)|"
    r"\b(?:write|writing|keep (?:it|the (?:mail|e-?mail|note)))\b[^.\n]{0,20}?\bformal(?:ly)?\b",
    re.IGNORECASE,
)
HE = regex_cache.compile(r"\b(?:he|him|his|he['’](?:s|d|ll))\b", re.IGNORECASE)
SHE = regex_cache.compile(r"\b(?:she|her|hers|she['’](?:s|d|ll))\b", re.IGNORECASE)


def _someone_elses_full_name(called: str, person: Interviewer, notes: str) -> bool:
    """A name to call someone by that the notes also write with another surname: someone else's given name."""
    if fold(called) in {fold(w) for w in person.name.split()}:
        return False
    # the next word on the same line; "Siti Rahimah" of Siti Rahimah Yusof is her own name
    after = re.findall(rf"(?<![\w'’-]){re.escape(called)} +((?-i:[A-ZÀ-ÝĀ-Ž])[\w'’-]*)", notes)  # also "Ó Briain"
    own = {fold(w) for w in person.name.split()}
    # not "tell Bea I said hi": a pronoun or another small word after the name
    return any(fold(surname) not in own and fold(surname) not in STOPWORDS for surname in after)


def _said_alone(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text, re.IGNORECASE) is not None  # "mei ling:"


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
