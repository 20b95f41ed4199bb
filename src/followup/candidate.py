"""The candidate: their own name, email and phone, told apart from the interviewers' and from
what a pasted email thread or calendar invite adds."""

from __future__ import annotations

import re
from itertools import pairwise

from followup import regex_cache
from followup.contacts import Found, find_emails, find_phones
from followup.models import Candidate
from followup.names import TITLES, find_names, initials, without_titles
from followup.notes_rules import (
    LOWER_NOT_NAMES,
    ME_LINE_RE,
    NO_PHONE_RE,
    SIGN_OFF,
    Work,
    bare_label,
    label_kind,
    strip_contacts,
)
from followup.organisations import FREE_MAIL
from followup.roster import FRIEND_TALK
from followup.segments import Segment
from followup.text import STOPWORDS, fold


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


QUOTE_HEADER = regex_cache.compile(r"\bwrote:\s*$")
ROLE_ACCOUNT = regex_cache.compile(
    # also two of them joined: "hr-calendar@", "talent.team@"
    r"(?:(?:careers?|jobs?|recruit\w*|talent\w*|hr|people|hiring|no-?reply|notifications?|calendar\w*|info|team)"
    r"[-._]?)+@",
    re.IGNORECASE,
)


def _contacts(work: Work) -> tuple[list[Found], list[Found]]:
    """Emails and phones, with `start` replaced by the index of their segment."""
    emails: list[Found] = []
    phones: list[Found] = []
    senders = _senders_signature(work)
    for i, seg in enumerate(work.segments):
        if i in senders:
            continue  # "Kate Barlow | Talent Acquisition | …", "P: 09 555 0172" under the mail she sent
        if label_kind(seg) == "logistics" or QUOTE_HEADER.search(seg.raw):
            continue  # "Dial-in: +1 312-…": the meeting's number; "On Wed … <x@y> wrote:": a quoted reply
        if fold(seg.label or "") in ("organizer", "organiser", "or dial", "dial"):
            continue  # "Organizer: Grace Mutua <gmutua@…>", "Or dial: (KE) +254 20 …": never the candidate's own
        emails += [Found(f.value, i, f.end) for f in find_emails(seg.raw)]
        phones += [
            Found(f.value, i, f.end)
            for f in find_phones(seg.raw, work.region)
            if not _speakers_own(work, seg, f) and not _in_someones_aside(seg.raw, f.value)
        ]
    return emails, phones


def _in_someones_aside(raw: str, phone: str) -> bool:
    """ "Recruiter Charlene (MedStaff Recruit, 031 555 0192) arranged it": a number in the brackets after someone
    who recruits, theirs to be called on."""
    aside = re.search(rf"\(([^()]*){re.escape(phone)}[^()]*\)", raw)
    return aside is not None and RECRUITER_BEFORE.search(raw[: aside.start()]) is not None


RECRUITER_BEFORE = regex_cache.compile(
    r"\b(?:recruit\w*|hr|talent|agency|agent|consultant|headhunter)\b[^()]{0,30}$", re.IGNORECASE
)


def _senders_signature(work: Work) -> set[int]:
    """The lines of a pasted mail's signature, signed by whoever its "From:" names: "Ngā mihi," then "Kate Barlow |
    Talent Acquisition | Aotea Clinical Trials" and "P: 09 555 0172" under "From: Kate Barlow <kate.barlow@…>"."""
    # a company's address; not "From: Sione Taufa <sione.taufa@gmail.com>" further down the thread, the candidate's
    senders = {
        fold(named[0].name)
        for seg in work.segments
        if fold(seg.label or "") == "from"
        and (named := find_names(seg.text.split("<")[0], min_words=2))
        and (mailed := find_emails(seg.text))
        and not _free_mail(mailed[0].value)
    }
    block: set[int] = set()
    if not senders:
        return block
    for i, seg in enumerate(work.segments):
        following = [
            k for k in range(i + 1, min(i + 5, len(work.segments))) if work.segments[k].paragraph == seg.paragraph
        ]
        if SIGN_OFF.match(seg.raw.strip()):
            if following and any(fold(work.segments[following[0]].raw).startswith(sender) for sender in senders):
                block.update(following)
        # with no sign-off: "Shannon Doyle | Sr. Technical Recruiter | TalentBridge", then "(734) 555-0112"
        elif "|" in seg.raw and any(fold(seg.raw).startswith(sender) for sender in senders):
            block.update([i, *following])
    return block


def _free_mail(address: str) -> bool:
    return address.rsplit("@", 1)[-1].split(".")[0].lower() in FREE_MAIL


def _speakers_own(work: Work, seg: Segment, phone: Found) -> bool:
    """ "Jodie PrimeStaff Recruitment: … Any q's ring me on 0121 496 0734": whoever says it in a chat gives
    their own number, not the candidate's."""
    before = seg.raw[: seg.raw.find(phone.value)]
    if not SPEAKERS_NUMBER.search(before[-40:]):
        return False
    said_by = next((s for s in work.segments if s.line == seg.line and s.label), None)  # the line's speaker
    return said_by is not None and fold(said_by.label or "") not in ("me", "i") and label_kind(said_by) is None


SPEAKERS_NUMBER = regex_cache.compile(r"\b(?:ring|call|text|reach|whatsapp|message)\s+me\b", re.I)


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
        if label_kind(seg) != "candidate" or _someone_elses_contact(seg):
            continue
        own.append(i)
        if not seg.text:
            following = work.segments[i + 1 : i + 4]
            own += [i + 1 + k for k, s in enumerate(following) if s.paragraph == seg.paragraph]
    return own


MAIL_HEADERS = frozenset({"to", "sent", "subject", "cc"})


def _someone_elses_contact(seg: Segment) -> bool:
    """ "Contact: Recruitment team, Ms. Aoi Mori 06-6201-5530" in a pasted invite is whom to call at the
    company; the candidate never puts a team or a courtesy title before their own name."""
    if fold(seg.label or "") not in GENERIC_CONTACT_LABELS:
        return False
    return bool(COMPANY_CONTACT.search(seg.text))


GENERIC_CONTACT_LABELS = frozenset({"contact", "contact info", "contacto", "kontakt"})
COMPANY_CONTACT = regex_cache.compile(
    r"\b(?:recruit\w*|talent|hiring|hr|human resources|reception|office|team|coordinator|"
    r"(?-i:(?:Mrs?|Ms|Miss|Dr|Prof)\.?\s+[A-Z]))",
    re.IGNORECASE,
)


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
        # "nasa card, tina.delacruz@… tsaka jerome.bautista@…": two on one line are others' addresses
        listed = sum(g.start == f.start for g in found) > 1 and not near
        return (3 if f.start in own else 0) + (2 if near else 0) - (4 if listed else 0), position

    return max(enumerate(found), key=score)[1]


def not_an_interviewers_email(work: Work, candidate: Candidate, profile: Candidate | None) -> None:
    """The candidate's email is never one the notes give for an interviewer."""
    theirs = {fold(p.email) for p in work.interviewers if p.email}
    if not candidate.email or fold(candidate.email) not in theirs or (profile and profile.email):
        return
    emails, _ = _contacts(work)
    others = [f.value for f in emails if fold(f.value) not in theirs]
    candidate.email = others[-1] if others else None


OWN_DETAILS = regex_cache.compile(r"\bmy (?:email|e-mail|number|phone|cell|mobile)\b|\breach me\b", re.IGNORECASE)


def _candidate_name(work: Work, email: Found | None, phone: Found | None, own: list[int]) -> str | None:
    by_address = _named_by_address(work, email)
    if by_address:
        return by_address  # "niamh.gallagher.mrtpi@…" and "my notes – Niamh Gallagher, mob …"
    places = [f.start for f in (email, phone) if f] + [i for i in own]
    for i in places:
        seg = work.segments[i]
        if label_kind(seg) == "interviewer":
            continue  # "Attendees: Gretchen Falk; Luis Ángel; rosalind@…": the invite's list, not a signature
        speaker = find_names(seg.label or "", min_words=2)
        if speaker and OWN_DETAILS.search(seg.text):
            return speaker[0].name  # a chat's "Rafael Souza: perfect, my email is rafa@…"
        text = seg.text if seg.label else seg.raw
        names = find_names(text, min_words=2)
        # A run-on line ends "… need to email Chef Marco the recipe, Dominic Falcone-Reyes 702.555.0136 …":
        # the name just before the contact details signs it, not the first name on the line.
        at = min((text.find(f.value) for f in (email, phone) if f and f.start == i and f.value in text), default=-1)
        before = [m for m in names if m.end <= at]
        if len(text.split()) > 25 and before:
            return before[-1].name
        for match in names:
            return match.name
        said = LOWER_MY_NAME.search(text)  # "okay my name emmanuel nkemelu number is 604 …", dictated
        if said and not any(w in STOPWORDS or w in LOWER_NOT_NAMES for w in said.group(1).split()):
            return said.group(1).title()
        bare = re.sub(
            r"^\s*(?:my info|my name is|my contact|my details|me)\b\s*[:=-]?\s*", "", strip_contacts(text), flags=re.I
        )
        typed = _typed_name_spelled_by(bare, email)
        if typed:
            return typed  # "sorry no punctuation, voice typed. kristoffer bautista, kris.bautista@…"
        lowercase = re.match(r"^\s*([^\W\d_]+(?:[ -][^\W\d_]+){1,2})\s*(?:[|,·•–—/-]|\s{2,}|$)", bare)
        if (
            lowercase
            and (find_emails(seg.raw) or find_phones(seg.raw))
            and fold(lowercase.group(1)) not in LOWER_NOT_NAMES
        ):
            return lowercase.group(1).title()
        if i > 0 and i - 1 not in places:
            prev = work.segments[i - 1]
            names = find_names(prev.raw, min_words=2)
            header = fold(prev.label or "") in ("from", "to", "cc", "bcc", "sent", "subject")  # "From: Chloe <…>"
            # "Katılımcılar: Zeynep Kaya Aydın; burak@…": the guests, also split at each ";"
            listed = any(label_kind(s) == "interviewer" for s in work.segments if s.line == prev.line)
            if names and len(prev.raw.split()) <= 4 and not header and not listed:
                return names[0].name
            if not names and _spelled_by(prev.raw, email):
                return prev.raw.strip().title()  # "jamal osei" over "647-555-0183 / jamal.osei@outlook.com"
            typed = _typed_name_spelled_by(prev.raw, email) if len(prev.raw.split()) <= 3 else None
            if not names and typed:
                return typed  # "jake brennan" over "jbrennan.hvac@outlook.com"
        if i + 1 == len(work.segments) - 1 and i + 1 not in places:
            # "… email is joey@… — Joey Santangelo": a name signed after the contact details, ending the notes.
            last = work.segments[i + 1]
            names = find_names(last.raw, min_words=2)
            if names and len(last.raw.split()) <= 4:
                return names[0].name
    return None


LOWER_MY_NAME = regex_cache.compile(r"\bmy name(?:\s+is|['’]s)?\s+([a-z][a-z'’-]+\s+[a-z][a-z'’-]+)\b")


def _typed_name_spelled_by(text: str, email: Found | None) -> str | None:
    """Two words typed in lower case whose surname and given name's start the address spells: "kristoffer
    bautista" of "kris.bautista@…"."""
    if email is None:
        return None
    local = _local_letters(email)
    for first, last in pairwise(LOWER_TOKEN.findall(text)):
        if _address_spells(local, first, last) and first not in STOPWORDS:
            return f"{first} {last}".title()
    return None


def _local_letters(email: Found) -> str:
    """ "kris.bautista.87@…" -> "krisbautista": the letters before the "@"."""
    return re.sub(r"[^a-z]", "", fold(email.value.split("@")[0]))


def _address_spells(local: str, given: str, surname: str) -> bool:
    """Whether an address's letters spell a name: "kris.bautista@" kristoffer bautista, "jbrennan.hvac@" jake
    brennan, "m.delgadoprice@" Marcus Delgado-Price, "tasnim.c@" tasnim chowdhury (the surname's initial)."""
    if len(surname) >= 3 and surname in local and (given[:3] in local or local.startswith(given[:1] + surname)):
        return True
    # also "callumrb@" of callum ross-baird: each part of the surname's initial
    if len(given) >= 4 and local in (given + surname[:1], given + initials(surname)):
        return True
    # "megsc.research@" of megan sullivan-chu: the given name's start, then each part of the surname's initial
    return len(given) >= 3 and len(initials(surname)) >= 2 and local.startswith(given[:3] + initials(surname))


LOWER_TOKEN = regex_cache.compile(r"(?<![\w@.])[a-z]+(?:['’-][a-z]+)*(?![\w@])")


def _spelled_by(line: str, email: Found | None) -> bool:
    """A line of two or three words typed in lower case that the address spells: "jamal osei", "jamal.osei@…"."""
    words = line.strip().split()
    if email is None or not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z][a-z'’-]+", w) for w in words):
        return False
    local = _local_letters(email)
    return all(re.sub(r"[^a-z]", "", fold(w)) in local for w in words)


def _named_by_address(work: Work, email: Found | None) -> str | None:
    """The one full name in the notes that the candidate's address spells: "ale.bianchi.lab@…" is Alessandra
    Bianchi, given with her phone in "---- notes (Alessandra Bianchi, +34 612 345 678) ----"."""
    if email is None:
        return None
    # "From: Nadia Haddad-Sorensen <nadia.hs.writes@…>" then "To: <nadia.hs.writes@…>": notes mailed to herself
    headers = {
        fold(seg.label or ""): seg.raw for seg in work.segments if fold(email.value) in fold(seg.raw) and seg.label
    }
    if "from" in headers and "to" in headers:
        named = find_names(headers["from"].split("<")[0], min_words=2)
        return named[-1].name if named else None
    label = fold(bare_label(work.segments[email.start].label or ""))
    if label in ("organizer", "organiser", "from", "cc", "bcc", "de", "von", "sent by"):
        return None  # "Organiser: Karen Baird <karen.baird@…>": whose address it is, is not in doubt
    local = _local_letters(email)
    spelled, every = set(), set()
    for seg in work.segments:
        for match in find_names(seg.raw, min_words=2):
            every.add(match.name)
            words = [re.sub(r"[^a-z]", "", fold(w)) for w in match.name.split() if w.rstrip(".").lower() not in TITLES]
            # also a surname of two words: "f.loiacono@…" of Francesca Lo Iacono
            surnames = {words[-1], "".join(words[1:])} if len(words) >= 2 else set()
            if any(_address_spells(local, words[0], surname) for surname in surnames):
                spelled.add(match.name)
    # "Dear Ms. Haruka Sato" and "Haruka Sato": one person, with and without her title
    bare = {without_titles(name) for name in spelled}
    if len(bare) != 1:
        return None
    name = bare.pop()
    # "To: Faith Achieng <faith.achieng.o@…>", signed "Faith Achieng Odhiambo": the name in full
    return max((n for n in every if n.startswith(name + " ")), key=len, default=name)


def own_chat_labels(work: Work, candidate: Candidate) -> set[str]:
    """ "Wojtek: … Wojciech Nowak, 07700 900562, wojciech@… for the sig": the speaker who gives the candidate's
    details is the candidate, whatever name the chat shows."""
    details = [d for d in (candidate.email, candidate.phone) if d]
    # "Amira: yes yes. putting my details here …: Amira Haddad, +46 …": the line may go on past a full stop
    lines: dict[int, list[str]] = {}
    for seg in work.segments:
        lines.setdefault(seg.line, []).append(seg.raw)
    said = {line: " ".join(parts) for line, parts in lines.items()}
    said_all = "\n".join(said.values())
    # "Me = BK. Greet them formally: …": the initials the candidate's own lines go by
    initials = {fold(m.group(1)) for seg in work.segments for m in [MY_INITIALS.match(seg.raw)] if m}
    # "Chloe: interviewed by Jodie …" in a chat pasted above "Chloe Barnes | 07700 …": her own first name
    labels = [fold(seg.label) for seg in work.segments if seg.label and label_kind(seg) is None]
    first = fold(candidate.name.split()[0]) if candidate.name and " " in candidate.name else ""
    if first and labels.count(first) > 1:
        initials.add(first)
    # "Khoa:" over the answers of Bùi Minh Khoa, whose given name comes last
    last = fold(candidate.name.split()[-1]) if candidate.name and " " in candidate.name else ""
    if last and labels.count(last) > 1:
        initials.add(last)
    # "S: runners roster, two vans" in a transcript of "R:" and "S:" lines, signed Sid Menon: his own letter
    letters = {label for label in labels if len(label) == 1 and label.isalpha() and label not in "qa"}
    own_letter = fold(candidate.name[:1]) if candidate.name else ""
    if (
        own_letter in letters
        and labels.count(own_letter) > 1
        and any(labels.count(o) > 1 for o in letters - {own_letter})
    ):
        initials.add(own_letter)
    # "me: Kristine Joy Manalo (Tin) / kjmanalo@…" below a chat of "Tin:" lines: the name she goes by
    called = re.search(rf"{re.escape(candidate.name)}\s*\(([^\W\d_]{{2,15}})\)", said_all) if candidate.name else None
    if called and labels.count(fold(called.group(1))) > 1:
        initials.add(fold(called.group(1)))
    if candidate.name and labels.count(fold(candidate.name)) > 1:
        initials.add(fold(candidate.name))  # "Jack Thornton: met the owner Gazza …", signed "Jack Thornton, 0412 …"
    # "Mum: yes 07700 900 348" confirms the number; she asked "well?? how did it go love": not the candidate
    asking = {fold(seg.label) for seg in work.segments if seg.label and FRIEND_TALK.search(seg.text)}
    # "Kasia: my details for the tool lol: Katarzyna Wójcik, kasia.wojcik@…", though she also wrote "ok i have to
    # write thank you mail": whoever writes the candidate's own address is the candidate
    email = candidate.email or ""
    return initials | {
        fold(seg.label)
        for seg in work.segments
        if seg.label
        and label_kind(seg) is None
        and any(d in said[seg.line] for d in details)
        and (fold(seg.label) not in asking or bool(email and email in said[seg.line]))
    }


MY_INITIALS = regex_cache.compile(r"^\W*(?:[Mm]e|I)\s*=\s*([A-Z]{2,3})\b")
