"""The hiring company and the role, as the notes write them (never a past employer)."""

from __future__ import annotations

import re
from collections.abc import Callable

from followup import regex_cache
from followup.contacts import find_emails, find_phones
from followup.models import SURNAME_PARTICLES, Sourced
from followup.names import NOT_NAMES, TITLES, ends_like_a_job, find_names, looks_like_title, same_person
from followup.notes_rules import (
    AT_COMPANY_RE,
    BLANK_FIELD_RE,
    CHUNK_SPLIT,
    COMPANY_NAME,
    COMPANY_SUFFIXES,
    INTERVIEW_WORD_RE,
    LOWER_COMPANY_RE,
    ORG_WORDS,
    PAST_EMPLOYER_RE,
    ROLE_FOR_RE,
    ROLE_HINT,
    ROLE_IS_RE,
    ROLE_RE,
    ROLE_STOP,
    SIGN_OFF,
    WEEKDAY_WORDS,
    Work,
    company_rows,
    has_company_suffix,
    has_org_word,
    is_org,
    label_kind,
    strip_contacts,
)
from followup.prompts import load_toml
from followup.segments import Segment
from followup.text import STOPWORDS, fold


def find_company(
    work: Work, candidate: str | None = None, role: str | None = None, own_email: str | None = None
) -> Sourced | None:
    found = _find_company(work, candidate, role, own_email)
    if found is None:
        return None
    # "interview at Stichting Open Kaart today": the name, without when
    bare = WHEN_AFTER.sub("", found.value)
    found = Sourced(value=bare, source=found.source) if bare and bare != found.value else found
    found = _full_name(_as_capitalised(_acronym_spelled(found, work), work), work)
    if found.value.islower() and len(found.value.split()) >= 2:
        # "intvw @ northbend distribution brampton": notes typed in lower case; the email writes a name
        words = found.value.split()
        # "jozi vibe fm": a short word without a vowel is written in capitals
        titled = [
            w if k and w in NAME_GLUE else w.upper() if len(w) <= 3 and not re.search("[aeiouy]", w) else w.capitalize()
            for k, w in enumerate(words)
        ]
        found = Sourced(value=" ".join(titled), source=found.source)
    return found


WHEN_AFTER = regex_cache.compile(
    r"\s+(?:today|yesterday|tonight|tomorrow|this (?:morning|afternoon|evening))$", re.IGNORECASE
)


def _acronym_spelled(found: Sourced, work: Work) -> Sourced:
    """ "KTL - silv tech intvw", then "(Kootenay Timberlands Ltd. - Silviculture Technician, Castlegar)": the name
    the initials stand for, when the notes spell it out as a company."""
    # also typed in lower case, with the interview after it: "ncu int - data analyst …", then "Northfield Credit Union"
    initials = re.sub(r"\s+(?:int|intv|intvw|interview)$", "", found.value, flags=re.IGNORECASE)
    if not (initials.isalpha() and (initials.isupper() or initials.islower()) and 2 <= len(initials) <= 5):
        return found
    for seg in work.segments:
        for match in SPELLED_NAME.finditer(seg.raw):
            name = match.group(0).rstrip(".,")
            # "NCHC" and "(Northern Comfort Heating & Cooling)": three letters or more, all matched, name a firm
            spelled_firm = is_org(name) or (len(initials) >= 3 and not ends_like_a_job(name))  # not "HLTA"
            if initials.upper() in _initials(name) and spelled_firm:
                spelled = match.group(0) if name.endswith(("Ltd", "Inc", "Co")) else name  # "Ltd." keeps its stop
                return Sourced(value=spelled, source=seg.raw)
    return found


SPELLED_NAME = regex_cache.compile(r"\b[A-Z][\w&'’-]+(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’-]*\.?){1,5}")


def _as_capitalised(found: Sourced, work: Work) -> Sourced:
    """ "city of marlow heights - sr planner", later "City of Marlow Heights": the name as the notes capitalise it;
    "SAVANNA POST — Digital Sub-Editor", later "Savanna Post Media Group": as the notes write it in a sentence."""
    shouted = found.value.isupper() and len(found.value) > 4
    if not (found.value.islower() or shouted):
        return found
    for seg in work.segments:
        # also further along the same line: "red mesa transport - cdl a regional driver (Red Mesa Transport, …)"
        for written in re.finditer(rf"\b{re.escape(found.value)}\b", seg.raw, re.IGNORECASE):
            if not written.group(0).islower() and not written.group(0).isupper():
                return Sourced(value=written.group(0), source=seg.raw)
    return found


LEGAL_IN_BRACKETS = r"\((?:Pty|Pvt|Pte|Ltd|Inc|Plc|Llc|LLC|PLC|GmbH|Bhd)\)"


def _full_name(found: Sourced, work: Work) -> Sourced:
    """ "RE: Al Noor – CEO meeting", then "Al Noor Logistics Group" in the notes: the company's full name; also
    "Rideau Valley Museum of Craft & Design"."""
    pattern = re.compile(
        rf"\b{re.escape(found.value)}\.?((?:\s+(?:(?:and\s+|of\s+|for\s+)?[A-Z][\w&'’-]*\.?|{LEGAL_IN_BRACKETS}|&)"
        r"|(?<=Co\.),\s+Ltd\b){1,4})"
    )  # also "Naniwa Systems Co., Ltd. Osaka Head Office": "Co., Ltd." whole
    for seg in work.segments:
        longer = pattern.search(seg.raw)
        # Past a period only to a company word ("Lumen Health Pte. Ltd."), not into the next sentence
        # ("… the Tri-County Regional Airport Authority. Panel members:").
        if longer is None:
            continue
        crossed = longer.group(0)[len(found.value) : len(found.value) + 1] == "."
        if not (crossed and not has_company_suffix(longer.group(1).split()[0])):
            words = longer.group(0).rstrip(".,").split()  # as written: "Lumen Health Pte. Ltd."
            while len(words) > len(found.value.split()) and not is_org(" ".join(words)):
                words.pop()  # "Zentrix Fintech Pvt. Ltd. Interview": up to the suffix, not past it
            if len(words) > len(found.value.split()):
                return Sourced(value=_with_its_period(" ".join(words), seg.raw), source=seg.raw)
    return found


# An address given in a field such as "Venue:": a floor or a street number first ("28/F, …", "100 Federal St")
# also a Nigerian address's "Plot 1142, Cadastral Zone B6", "Block 4, …", "House 12, …"
STREET_ADDRESS = regex_cache.compile(
    r"\s*(?:\d+/F\b|(?:Level|Floor|Suite|Unit|Plot|Block|House|Flat|Lot|No\.?)\s+\d|\d+[A-Za-z]?,?\s+[A-Z][\w'’-]+\s)"
)


def _field_company(text: str) -> str:
    """ "Company: Sakuragi Trading Co., Ltd. (桜木商事) – Tokyo HQ, Nihonbashi": the name, not its office."""
    name = FIELD_AFTER_NAME.split(text, maxsplit=1)[0]
    return name.strip(" .,") or text.strip(" .,")


# A spaced dash or bar, or a bracket in another script, after the name: where it is, or how it is written there.
# also an aside in brackets: "Westridge Park High School, Durban (KZN DoE, post no. 0447)"; not "(Pty) Ltd";
# also the site after a comma
FIELD_AFTER_NAME = regex_cache.compile(
    r"\s+[-–—|]\s+|\s*[(（][^)）]*[^\x00-\x7f][^)）]*[)）]|\s+\((?!(?:Pty|Pvt|Pte|Ltd|Inc|Plc|Llc|LLC|GmbH|Bhd)\))|"
    # "Norteña Autopartes S.A. de C.V., planta Apodaca, NL": which of its sites
    r",\s+(?=(?i:planta|plant|site|sucursal|branch|campus|oficina|sede|filial)\b)"
)


def _find_company(
    work: Work, candidate: str | None = None, role: str | None = None, own_email: str | None = None
) -> Sourced | None:
    # not a friend's side of a pasted chat: "Mum: did he ask about college"
    segments = [seg for seg in work.segments if not (seg.label and fold(seg.label) in work.friends)]
    for seg in segments:
        if label_kind(seg) == "company" and seg.text and not BLANK_FIELD_RE.match(seg.text):
            if STREET_ADDRESS.match(seg.text):
                continue  # "Venue: 28/F, One Harbourfront, 18 Tak Fung Street": where, not who
            if find_emails(seg.text) or find_phones(seg.text):
                continue  # Italian "firma: Federica Marchetti · federica.marchetti@…" is a signature, not a firm
            return Sourced(value=_with_its_period(_field_company(seg.text), seg.raw), source=seg.raw)
    tracked = company_rows(segments)
    if tracked:
        # a job-hunt tracker's first row under "Company | Role | …": the employer these notes are about
        row = segments[tracked[0]].raw
        return Sourced(value=_field_company(re.sub(r"\s*\([^)]*\)", "", row.split("|")[0])), source=row)
    for seg in segments:
        # "Agency: Harlan County Dept. of Public Works" is the employer; "Agency: Hays" is a recruiter
        if fold(seg.label or "") == "agency" and is_org(_field_company(seg.text)):
            return Sourced(value=_with_its_period(_field_company(seg.text), seg.raw), source=seg.raw)
    # "Thank you for your application to Atlantic Regional Airways.": said outright, above any header's guess
    # ("Subject: Your interview – Line Maintenance Engineer (B1 Licensed) – Cork")
    for seg in segments[:12]:
        applied = _applied_to(seg)
        if applied:
            return Sourced(value=_with_its_period(applied, seg.raw), source=seg.raw)
    # "ITMB intvw - credit analyst" at the top, "ITMB = Ikeja Trust Microfinance Bank" further down
    head = " ".join(seg.raw for seg in segments[:3])
    for seg in segments:
        spelled = ACRONYM_EQUALS.match(seg.raw)
        named = spelled is not None and spelled.group(1) in _initials(spelled.group(2)) and is_org(spelled.group(2))
        if spelled and named and re.search(rf"\b{spelled.group(1)}\b", head):
            return Sourced(value=spelled.group(2), source=seg.raw)
    if work.heading_employer is not None:
        return work.heading_employer  # "Kalahari Outdoor – Sandton City – Sales Assistant": who, then the job
    people = [p.name for p in work.interviewers] + ([candidate] if candidate else [])
    for seg in segments:
        # "thank u email to: Bill Szymański, Northern Spark Electric Ltd.": the person, then where they work.
        found = _company_chunk(seg, people) if label_kind(seg) == "interviewer" else None
        if found:
            return Sourced(value=_with_its_period(found, seg.raw), source=seg.raw)
    # Most reliable first: a name that ends like a company, then "Acme - role" headers, then "at Acme".
    # Each finder looks only so far down the notes (the first 5 segments, the first 3, …).
    finders: list[tuple[int, Callable[[Segment], str | None]]] = [
        (8, lambda seg: _company_chunk(seg, people)),
        (5, lambda seg: _leading_company(seg, people)),
        (3, lambda seg: _header_company(seg, people)),
        # "… notes Cumberland Valley Schools interview for …, Mrs. Brenda Haskins she's principal at Harpeth Middle"
        (3, lambda seg: _the_company_interview(seg.text if seg.label else seg.raw, people)),  # "Reminder: …"
        (12, lambda seg: _company_in(seg.raw, people)),
        (5, lambda seg: _lower_company_in(seg.raw, people)),
        (5, lambda seg: _named_with_its_site(seg.raw)),
        (3, lambda seg: _suffixed_name(seg, people)),
        (12, lambda seg: _suffixed_name(seg, people, strong=True)),
        (12, lambda seg: _subject_company(seg, people)),
        (12, lambda seg: _welcomed_to(seg.raw)),
        (12, lambda seg: _described_company(seg.raw)),
    ]
    # Earlier lines first: the header names the hiring company; later lines name past employers. The candidate's
    # own contact lines above the header ("Nom: …", "Cell: …", "Courriel: …") do not count towards how far down.
    i = -1
    for seg in segments[:16]:
        i += 0 if _own_contact_line(seg, candidate) else 1
        if i >= 12:
            break
        for reach, finder in finders:
            found = finder(seg) if i < reach else None
            # "Museum Educator - Schools Programme": the job, not the employer.
            if found and ROUND_NAME.fullmatch(found):
                continue  # "Stage 2 – Wexford & Lyle Asset Management – …": which round, not who
            if found and fold(found) in TOOLS:
                continue  # "WhatsApp — Me & Dev": where the notes were written, not who is hiring
            if found and not re.search(r"[^\W\d_]", found):
                continue  # "10:30  Search committee interview: …": a time, not a name
            if found and found.rstrip(".").lower() in TITLES:
                continue  # "… a panel w/ the principal Mrs. Dorothy Abernathy-Kim": a title, not a firm
            if (
                found
                and not (role and fold(found) == fold(role))
                and (not ends_like_a_job(found) or _public_body(found) or _named_firm_of(found))
            ):
                return Sourced(value=_with_its_period(found, seg.raw), source=seg.raw)
    # below a pasted invite: "Clover & Finch Digital - small agency, ~25 ppl, …"
    for seg in segments[12:24]:
        described = _described_company(seg.raw)
        if described:
            return Sourced(value=described, source=seg.raw)
    # below a pasted chat, the notes' own heading: "Meghna Pharmaceuticals Ltd — Product Executive, SBU Cardiology"
    for seg in segments[12:30]:
        headed = _company_chunk(seg, people) if not seg.label and CHUNK_SPLIT.search(seg.raw) else None
        legal = headed and (LEGAL_FORM_IN.search(headed + ".") or LEGAL_END.search(headed))
        if headed and legal and not PAST_EMPLOYER_RE.search(seg.raw):
            return Sourced(value=_with_its_period(headed, seg.raw), source=seg.raw)
    # "Subject: RE: Front Office Manager – The Liffey Quay Hotel – …" in a thread pasted below the notes
    for seg in segments[12:]:
        found = _subject_company(seg, people)
        if found and not ends_like_a_job(found):
            return Sourced(value=_with_its_period(found, seg.raw), source=seg.raw)
    # a friend asking "how'd the Cobalt Insurance thing go?": a name that ends like a company, if nothing else
    for seg in work.segments[:12]:
        # also "how'd it go at Tulpwerk?? 👀", "how was the Wadden Wind interview?"
        gone = HOW_DID_IT_GO_WITH.search(seg.raw)  # "how'd it go with Tanjong Rowe today? 🙂"
        # "Bram Hoekstra: AeroNed Ground Handling?? the airside safety officer one?": the firm, asked back
        gone = gone or (NAME_ASKED_BACK.match(seg.text) if seg.label and seg not in segments else None)
        asked = (
            (
                _suffixed_name(seg, people)
                or _company_in(seg.raw, people)
                or _the_company_interview(seg.text, people)
                or (WHEN_AFTER.sub("", gone.group(1)) if gone else None)
            )
            if seg not in segments
            else None
        )
        if asked and not any(fold(asked) in fold(p) for p in people):  # not "how did it go with Priya and Dr. Bao"
            return Sourced(value=_with_its_period(asked, seg.raw), source=seg.raw)
    return _signature_company(work, people) or _company_from_domain(work, own_email)


TITLED = regex_cache.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s")


def _own_contact_line(seg: Segment, candidate: str | None) -> bool:
    """ "Cell: 819 555-0193", "Ahmed Samir Fawzy", "Nom: Gabrielle Côté-Sauvé": the candidate's details."""
    if label_kind(seg) == "candidate" or (candidate and fold(seg.text.strip(" .,")) == fold(candidate)):
        return True
    return bool(find_emails(seg.raw) or find_phones(seg.raw)) and len(strip_contacts(seg.text).split()) <= 4


def _recruiters_agency(before: str) -> bool:
    """Inside brackets opened after "Recruiter": "Recruiter (Mercy @ TalentHub KE)"."""
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    return RECRUITING_WORD.search(before[max(0, opened - 25) :]) is not None


RECRUITING_WORD = regex_cache.compile(r"\b(?:recruiter|agency|headhunter|recruitment)\b", re.IGNORECASE)
HOW_DID_IT_GO_WITH = regex_cache.compile(
    r"\bhow(?:['’]d|\s+did)\s+(?:it|the interview|things)\s+go\s+(?:with|at)\s+"
    r"((?-i:[A-Z])[\w&'’-]+(?:\s+(?-i:[A-Z])[\w&'’-]+){0,3})",
    re.IGNORECASE,
)


TOOLS = frozenset(
    [
        *"whatsapp signal telegram messenger imessage slack teams zoom linkedin gmail outlook otter notion".split(),
        *("google meet", "microsoft teams", "google calendar", "voice memo", "voice note"),
    ]
)


def _named_with_its_site(raw: str) -> str | None:
    """ "interview w/ Tessellate (tessellate.ai)": a name with its own web address in brackets."""
    for match in NAME_THEN_SITE.finditer(raw):
        if fold(re.sub(r"[^\w]", "", match.group(1))) == fold(match.group(2)):
            return match.group(1)
    return None


NAME_THEN_SITE = regex_cache.compile(
    r"\b([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s*\(\s*(?:https?://)?(?:www\.)?([\w-]+)\.[a-z]{2,}(?:\.[a-z]{2})?/?\s*\)"
)


def _applied_to(seg: Segment) -> str | None:
    """An invitation's "Thank you for applying to Reyes dela Paz & Associates, CPAs.": who is hiring."""
    found = APPLIED_TO.search(seg.raw)
    return found.group(1).rstrip(".,") if found else None


APPLIED_TO = regex_cache.compile(
    r"\b(?:for applying|for your application|your application)\s+(?:to|with|at)\s+(?!us\b|the role\b)"
    r"((?-i:[A-Z])[\w&'’.-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|&|dela|de|del|da|do|van|von|and|of|for)){0,6}"
    r"(?:,\s+(?:CPAs?|LLP|LLC|Inc\.?|Ltd\.?|PLC|P\.?C\.?))?)",
    re.IGNORECASE,
)


def _signature_company(work: Work, people: list[str]) -> Sourced | None:
    """A pasted invitation signed "Best regards, / Fatima Al Hosani / Gulfstone Contracting LLC": the company
    under the sign-off of an email that greeted the candidate ("Dear Mr. Ravindran,")."""
    greeted = False
    for i, seg in enumerate(work.segments[:20]):
        greeted = greeted or EMAIL_GREETING.match(seg.raw) is not None
        if greeted and SIGN_OFF.match(seg.raw.strip()):
            for later in work.segments[i + 1 : i + 4]:
                found = _company_chunk(later, people)
                if found and has_company_suffix(found):
                    return Sourced(value=_with_its_period(found, later.raw), source=later.raw)
    return None


EMAIL_GREETING = regex_cache.compile(
    r"^\W*(?:dear|hi|hello|kia ora|bonjour|hola|olá|ciao|hallo|hej|halo|merhaba)\s+[\w. -]{1,40},\s*$", re.IGNORECASE
)


def _named_firm_of(name: str) -> bool:
    """ "Ostrander Makepeace Engineering": names before a field of work are a firm, though "Engineering" is a job
    word; not "Senior Civil Engineering"."""
    words = name.split()
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and not looks_like_title(" ".join(words[:-1]))


def _public_body(name: str) -> bool:
    """ "Franklin Heights Police Department": a named department is an employer, though "department" is a job word."""
    return len(name.split()) >= 3 and name.split()[-1] in ("Department", "Service", "Authority")


ACRONYM_INTERVIEW = regex_cache.compile(r"^\W*([A-Z]{2,5})\s+(?:int|intv|intvw|interview)\b(?!\s+(?:with|w/))")
TITLE_END = r"\b(?:Scientist|Engineer|Manager|Director|Analyst|Lead|Officer|Specialist|Consultant|Designer|Developer)"
SITE_FIRST_WORDS = frozenset("tienda sucursal planta sede filial loja unidade".split())
# also a subject in Japanese, Korean and Chinese
SUBJECT_LABELS = frozenset(
    "subject re betreff asunto objet temat assunto oggetto onderwerp 件名 제목 主题 主題".split()
)


def _described_company(raw: str) -> str | None:
    """ "Clover & Finch Digital - small agency, ~25 ppl, mostly B2B SaaS clients": a line about the company."""
    said = DESCRIBED_COMPANY.match(raw)
    if said and is_org(said.group(1)):
        return said.group(1)
    # "Lumière Nord (post-prod house, Mile-End, 5445 de Gaspé, 6e)": the brackets say what kind of firm it is
    bracketed = FIRM_IN_BRACKETS.match(raw)
    return bracketed.group(1) if bracketed else None


DESCRIBED_COMPANY = regex_cache.compile(
    r"^([A-Z][\w&'’.-]*(?:\s+(?:&|and|of)?\s*[A-Z][\w&'’.-]*){0,4})\s+[-–—:]\s+[^\n]{0,40}?"
    r"\b(?:agency|company|firm|start-?up|business|ppl|people|staff|employees|team of)\b"
)


def _welcomed_to(raw: str) -> str | None:
    """ "Welcome to Delta Water & Wastewater Company": a transcript's welcome names the employer."""
    said = WELCOME_TO.search(raw)
    named = said.group(1).rstrip(".") if said else ""
    return named if named and is_org(named) else None


FIRM_IN_BRACKETS = regex_cache.compile(
    r"^\W*([A-Z][\w&'’.-]*(?:\s+(?:&|and|of)?\s*[A-Z][\w&'’.-]*){0,4})\s*\((?:[\w-]+\s+){0,3}"
    r"(?:house|agency|studio|firm|company|start-?up|shop|boutique|consultancy|practice)\b"
)
WELCOME_TO = regex_cache.compile(
    r"\b[Ww]elcome to\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:&|and|of|de|for)?\s*[A-Z][\w'’.-]*){0,5})"
)


def _subject_company(seg: Segment, people: list[str]) -> str | None:
    """ "Subject: Your interview – Digital Marketing Manager – Fernleaf Home & Garden" in a pasted email."""
    if not seg.label or fold(seg.label) not in SUBJECT_LABELS:
        return None
    text = re.sub(r"^(?:(?:re|fw|fwd|aw|wg)\s*:\s*)+", "", seg.text, flags=re.IGNORECASE)  # "RE: Fenwick & Loam - …"
    inner = Segment(text, text, seg.line, None, seg.bullet, seg.indent, seg.paragraph)
    # "Onsite schedule – Senior Product Manager, Payments – Kopi Labs Pte. Ltd.": a legal form names the company
    return _suffixed_name(inner, people, strong=True) or _header_company(inner, people)


ACRONYM_EQUALS = regex_cache.compile(r"^\W*([A-Z]{2,6})\s*(?:=|:|stands for)\s*([A-Z][\w&'’ -]{3,60}?)\s*$")
NOTES_WORDS = frozenset("notes notizen notas appunti aantekeningen anotações anotaciones notatki".split())
# also "Notizen Interview Halvorsen Pharma GmbH": the notes word and the interview, in German
NOTES_FROM = regex_cache.compile(
    r"^(?:my\s+)?(?:interview\s+)?notes\s+(?:from|on|for|about|re:?)\s+(?:the\s+)?|"
    r"^(?:notes|notizen|notas|appunti|aantekeningen|anotações|notatki)\s+(?:interview|gespräch|entrevista|colloquio)\s+"
    r"(?:(?:at|with|bei|bij|chez|com|con|w/)\s+)?",
    re.I,
)
CHAT_OPENING = regex_cache.compile(
    r"^(?:(?:ok(?:ay)?|so+|well|right|alright|um+|omg|lol|done|phew|finally)\b[\s,.!]*)+", re.IGNORECASE
)  # also "done!! blackthorn type foundry interview over"
ROUND_NAME = regex_cache.compile(r"(?:stage|round|part|step|interview|day)\s*\d+", re.IGNORECASE)


def _the_company_interview(raw: str, people: list[str]) -> str | None:
    """ "omg just got out of the Lanternfish Pictures interview", "Interview (Kiln & Kite Studio)": the company."""
    raw = CHAT_OPENING.sub("", raw)  # "ok so Brasserie Colette interview today (tues) …"
    raw = re.sub(r"^(?:my\s+)?notes\s+(?=interview\b)", "", raw, flags=re.IGNORECASE)  # "ok notes interview …"
    match = (
        THE_COMPANY_INTERVIEW.search(raw)
        or FOR_THE_NAMED_INTERVIEW.search(raw)
        or INTERVIEW_AT_IN_BRACKETS.search(raw)
        or INTERVIEW_THEN_COMPANY.match(raw)
        or COMPANY_THEN_INTERVIEW.match(raw)
    )
    named = match.group(1) or match.group(2) if match else None
    if not match:
        # typed in lower case: "done!! blackthorn type foundry interview over", "the pocket kraken games interview"
        lower = LOWER_FIRM_INTERVIEW.search(raw)
        words = lower.group(1).split() if lower else []
        while words and (words[0] in STOPWORDS or words[0] in NOT_NAMES):
            words.pop(0)
        named = " ".join(words) if len(words) >= 2 and has_company_suffix(" ".join(words)) else None
        return named if named and not PAST_EMPLOYER_RE.search(raw[: lower.start() + 1] if lower else "") else None
    if not named or looks_like_title(named) or any(same_person(named, p) for p in people):
        return None
    if fold(re.sub(r"^The\s+", "", named).split()[0]) in INTERVIEW_KINDS | NOT_NAMES | MAIL_SUBJECT_WORDS | BOARDS:
        return None  # "Panel interview", "Final Round interview", "Interview Confirmation – Data Analyst II"
    return named


def _suffixed_name(seg: Segment, people: list[str], strong: bool = False) -> str | None:
    """ "bro done w the Paytrail Technologies final round", "ok Fietsly B.V. onsite done", "my notes (City of
    Riverton, …)": near the top of the notes, a capitalised name that ends like a company or a legal form."""
    raw = seg.raw
    if label_kind(seg) == "role":
        return None  # "ROLE: Social Media & Events Coordinator"
    for match in SUFFIXED_NAME.finditer(raw):
        name = MAILBOX_LEAD.sub("", match.group(1))  # "From: HR Maji Safi Initiative <careers@…>": the sender's desk
        last = name.split()[-1].lower().strip(".,")
        public = name.startswith(PUBLIC_BODY_STARTS)
        # "ASP (Atlantic Seaboard Plumbing) - qualified plumber post": the name its initials stand for
        acronym = ACRONYM_BEFORE.search(raw[: match.start()])
        spelled = acronym is not None and acronym.group(1) == "".join(w[0] for w in name.split() if w[:1].isupper())
        if name.lower() in DEPARTMENTS or (
            not public and not spelled and raw[: match.start()].count("(") > raw[: match.start()].count(")")
        ):
            continue  # "Director, Human Resources"; "Adult Literacy Tutor (HMP Castlehill Learning Centre)": a site
        if not (
            LEGAL_FORM_IN.search(name)
            or name.startswith(PUBLIC_BODY_STARTS)
            or (not strong and last in COMPANY_SUFFIXES)
        ):
            continue  # further down the notes, only a legal form or a public body is surely the employer
        if PAST_EMPLOYER_RE.search(raw[: match.start()]) or any(same_person(name, p) for p in people):
            continue
        if name.startswith(PUBLIC_BODY_STARTS) or fold(name.split()[0]) not in NOT_NAMES | INTERVIEW_KINDS:
            return name
    return None


ACRONYM_BEFORE = regex_cache.compile(r"\b([A-Z]{2,5})\s*\($")
MAILBOX_LEAD = regex_cache.compile(r"^(?:HR|Careers|Recruitment|Recruiting|Talent|Jobs|Hiring)\s+(?=[A-Z])")
LEGAL_FORMS = (
    r"(?:and|&) Sons|B\.\s?V\.|N\.\s?V\.|GmbH|S\.A\.S\.|S\.\s?A\.\s?de\s?C\.\s?V\.|S\.\s?A\.|A\.Ş\.|"
    r"Sp\. z o\.o\.|K\.K\.|S\.L\.|"
    r"S\.r\.l\.|S\.p\.A\.|"
    r"(?:Pvt|Pty|Pte)\.? Ltd\.?|\(Pvt\) Ltd\.?|Sdn\.? Bhd\.?"
)
SUFFIXED_NAME = regex_cache.compile(
    r"(?<![\w.])((?:City|Town|County|Borough|Shire) of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
    r"|[A-Z][\w&'’-]*\s+(?:(?:[A-Z][\w&'’-]*|&)\s+){0,3}"
    rf"(?:{LEGAL_FORMS}|(?-i:[A-Z])[\w&'’-]*))(?![\w&'’-])"
)
LEGAL_FORM_IN = regex_cache.compile(rf"(?:{LEGAL_FORMS})$")
LEGAL_END = regex_cache.compile(r"\b(?:Ltd|Limited|Inc|LLC|LLP|PLC|GmbH|AG|Corp|Co)\.?$")
PUBLIC_BODY_STARTS = ("City of ", "Town of ", "County of ", "Borough of ", "Shire of ")


# "Interview Hoogendijk Installatietechniek B.V. — position: Junior Project Engineer"
INTERVIEW_THEN_COMPANY = regex_cache.compile(
    r"(?i:interview|intvw|entrevista|entretien)\s+(?:(?i:at|with|com|con|avec)\s+|@\s*)?"
    r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s*(?:[—–|]|\s-\s|,?\s+for\s+(?:the|a|an)\s)"
)  # also dictated: "ok notes interview TransUrban Cluj um for the maintenance planner job"
# "Karoo Solar Installations intv - electrical project engineer": the company, then the interview
COMPANY_THEN_INTERVIEW = regex_cache.compile(
    r"((?:[A-Z][\w&'’.-]*\s+(?:and\s+)?){1,4}[A-Z][\w&'’.-]*)\s+(?i:interview|intvw|intv)\b"  # "… and Marine interview"
    # one word, when the interview is said to be over: "ok Fernway interview done!!!"
    r"|([A-Z][a-z]+[\w&'’.-]*)\s+(?i:interview)\s+(?i:done|today|this morning|tomorrow|finished)\b"
)
INTERVIEW_AT_IN_BRACKETS = regex_cache.compile(r"\b(?i:interview|intvw)\s*[(\[]\s*([A-Z][^()\[\]\d]{2,40}?)\s*[)\]]")
# "recording notes for The Northern Ledger interview": a name that starts with "The"
FOR_THE_NAMED_INTERVIEW = regex_cache.compile(
    r"\b(?:for|at|with)\s+(The\s+(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*)\s+(?:interview|intvw|onsite|panel|screen)\b"
)
LOWER_FIRM_INTERVIEW = regex_cache.compile(
    r"(?<![\w'’&-])((?:[a-z][\w&'’-]*\s+){1,3}[a-z][\w&'’-]*)\s+(?:interview|intvw|onsite|on-site)\b"
)
THE_COMPANY_INTERVIEW = regex_cache.compile(
    # also "… for the thank you notes Cumberland Valley Schools interview for …"
    r"\b(?:the|notes)\s+((?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*)\s+(?:interview|intvw|onsite|on-site|panel|screen|"
    r"(?:final|second|2nd|first|last)\s+(?:round|interview))\b"  # "just got out of the Lumenstack final round"
)


def _with_its_period(name: str, source: str) -> str:
    """ "Coastline Freight Co." keeps the period its abbreviation needs."""
    name = LEGAL_FORM.sub("", name)  # "Grupo Altamira Alimentos S.A. de C.V." is Grupo Altamira Alimentos
    last = name.split()[-1].lower() if name.split() else ""
    return name + "." if last in ABBREVIATED and f"{name}." in source else name


LEGAL_FORM = regex_cache.compile(r"(?<=\w)\s+(?:S\.\s?A(?:\.?\s+de\s+C\.\s?V)?|B\.\s?V|N\.\s?V)\.?$")
ABBREVIATED = frozenset("co ltd inc corp bros pty mfg intl assn o.o".split())  # also "Sp. z o.o."


# also the word in Spanish, Portuguese, French and Polish, and "entrev." in a hurry
INTERVIEW_TYPED = regex_cache.compile(
    r"\b(?:interview|interveiw|intervew|inteview|intvw|entrev|entrevista|entretien|rozmowa|sollicitatie|"
    r"sollicitatiegesprek|vorstellungsgespräch|colloquio|mülakat|entrevue|wawancara)\b",
    re.IGNORECASE,
)


def _title_like(chunk: str) -> bool:
    """A job title, or one in shorthand ("forklift op"); never a time ("6:12 PM" is not a Product Manager)."""
    # "how'd it go babe": a lower-case "it" is the pronoun, though shorthand would spell it "IT"
    return looks_like_title(chunk) or (
        not any(ch.isdigit() for ch in chunk)
        and not re.search(r"\bit\b", chunk)
        and looks_like_title(format_title(chunk))
    )


# "Wojtek: Done! Interview at Ashworth Build Ltd": a chat's speaker and an interjection, not a company.
CHAT_OPENER = regex_cache.compile(r"^[\w'’-]+:\s*(?:done|ok|okay|so|yes|yep|well|hey|hi|omg|lol|phew)\b", re.IGNORECASE)


OTHER_SCRIPT_WORD = regex_cache.compile(r"\s*[^\s]*[\u0370-\u1FFF\u3000-\uD7FF\uF900-\uFFEF][^\s]*")


def _header_company(seg: Segment, people: list[str]) -> str | None:
    """ "Interview notes — Line Cook — Juniper Table Bistro — Sat 2pm": beside a role, the other name is the company."""
    if label_kind(seg) in OTHER_FIELDS or label_kind(seg) == "logistics":
        return None  # "Contact: Nikhil Arora · …" is a field about someone; a "Subject:" is read on its own
    # "FPCU (First Prairie Credit Union) - Head Teller", "… - Northgate Drug Mart #214": the name, spelled out,
    # without the store's number
    acronym = ACRONYM_INTERVIEW.match(seg.raw) if seg.line <= 1 else None
    if acronym:
        return acronym.group(1)  # "MDP int – 2nd rd – Sun 9/6": the firm's initials, spelled out later if the notes do
    # "Entrevista – Revenue Manager (Grupo Albéniz)": the job, with the firm in brackets
    bracketed = TITLE_THEN_FIRM.match(seg.raw) if seg.line <= 1 else None
    if bracketed and looks_like_title(bracketed.group(1)) and not looks_like_title(bracketed.group(2)):
        firm = bracketed.group(2)
        a_firm = is_org(firm) or (" " in firm and firm.split()[-1].lower() not in SITE_WORDS | {"branch"})
        if a_firm and is_company_like(firm) and firm not in people:
            return bracketed.group(2)
    raw = re.sub(r"\s*\([^)]*\)|\s*#\d+\b", "", _spelled_out(CHAT_OPENING.sub("", seg.raw)))
    raw = OTHER_SCRIPT_WORD.sub("", raw)  # "Hanbit Pay 2차 면접 — Backend Engineer": the Korean "2nd interview"
    chunks = [c.strip(" .") for c in CHUNK_SPLIT.split(raw)]
    # "cnc machinst intervew - Ardent Precision Parts": a role, or an interview typed in a hurry;
    # "forklift op - 2nd shift - Tri-County Cold Storage": a role in shorthand.
    # "Front Office Manager for the Clarke Quay property": the job, then where it is
    heads = [re.split(r"\s+(?:for|at)\s+the\s+", c)[0] for c in chunks]
    # also "Olive & Ember (west loop) – jr sous stage + interview tue 2pm", on a short line
    short = len(raw.split()) <= 16
    if not any((_title_like(c) or INTERVIEW_TYPED.search(c)) and len(c.split()) <= (7 if short else 5) for c in heads):
        return None
    typed_lower = not re.search(r"[A-Z]", seg.raw)  # "koboledger - backend engr (golang), payments team"
    for chunk in chunks:
        if typed_lower:  # "intvw @ northbend distribution brampton - order picker nights": the name after the "@"
            chunk = re.split(r"(?:^|\s)@\s*(?:the\s+)?", chunk)[-1]
        # "interview angkasa nusantara - ramp ops spv", "entrevista Maré Alta — 2a fase": the name after the word
        named_after = INTERVIEW_THEN_NAME.sub("", chunk, count=1)
        # all of it a name, typed in lower case or with capitals; not "hoy con Tapatío Snacks"
        # and no ordinary word in it: not "interview went well!!"
        plain = not any(w in STOPWORDS for w in named_after.lower().split())
        one_case = plain and (named_after.islower() or all(w[:1].isupper() for w in named_after.split()))
        after_the_word = named_after != chunk and len(named_after.split()) >= 2 and one_case
        chunk = named_after if after_the_word else chunk
        words = chunk.split()
        # "… - Senior Frontend Engineer - Quillstack": one capitalised word can be the company too.
        single = len(words) == 1 and len(chunk) >= 3 and (chunk[:1].isupper() or typed_lower) and not chunk.isupper()
        if not (2 <= len(words) <= 5 or single) or looks_like_title(chunk) or any(ch.isdigit() for ch in chunk):
            continue
        capitalised = all(w[:1].isupper() or w.lower() in NAME_GLUE for w in words) or LEGAL_FORM_IN.search(chunk + ".")
        if not typed_lower and not capitalised and not after_the_word:
            continue  # but "Vistula Logistics Sp. z o.o." ends in its legal form
        if words[0] in NAME_GLUE and not typed_lower:
            continue  # "de C.V" of "Tapatío Snacks S.A. de C.V.": the end of a legal form, cut at its stop
        named = words[1:] if words[0] == "The" and len(words) > 1 else words  # "The Saffron Table"
        lead = fold(named[0].strip(":,."))  # "Davet: Mülakat" is a Turkish calendar's "Invitation: Interview"
        # "First Prairie Credit Union": a first word that is no name is fine in a name that ends like a company
        if (
            INTERVIEW_WORD_RE.match(chunk)
            or (lead in NOT_NAMES and not is_org(chunk))
            or "@" in chunk
            or CHAT_OPENER.match(chunk)
        ):
            continue
        if INTERVIEW_TYPED.search(chunk):  # "Invitation: Interview – Scientist II …"
            continue
        if single and (fold(chunk) in WEEKDAY_WORDS or fold(chunk) in NOT_COMPANY_FIRST_WORDS):
            continue
        if single and re.search(rf"{TITLE_END},\s+{re.escape(chunk)}\b", raw):
            continue  # "Principal Scientist, Bioanalytics": the job's department, not the company
        if fold(words[0]) in SITE_FIRST_WORDS:
            continue  # "… - Tienda Perisur": the store where it was, not the employer
        if fold(words[-1]) in PART_OF_AN_EMPLOYER or fold(chunk) in DEPARTMENTS:
            continue  # "Museum Educator - Schools Programme", "Director, Human Resources": part of an employer
        if any(same_person(chunk, p) for p in people) or find_emails(chunk) or find_phones(chunk):
            continue
        return chunk
    return None


def _spelled_out(raw: str) -> str:
    """ "FPCU (First Prairie Credit Union)" -> "First Prairie Credit Union": initials and the name they stand for."""

    def spell(match: re.Match[str]) -> str:
        full = match.group(2)
        return full if match.group(1) in _initials(full) else match.group(0)

    return SPELLED_OUT.sub(spell, raw)


def _initials(name: str) -> tuple[str, str]:
    """ "First Prairie Credit Union" -> "FPCU": the capitals its words start with; with its legal form and
    without it ("Kootenay Timberlands Ltd." is KTL, "Penang Precision Components Sdn Bhd" is PPC)."""
    capitals = [w for w in name.split() if w[:1].isupper()]
    bare = [w for w in capitals if w.replace(".", "").lower() not in FORM_WORDS]  # also "B.V.", "S.A."
    return "".join(w[0] for w in capitals), "".join(w[0] for w in bare)


FORM_WORDS = frozenset("sdn bhd ltd inc llc gmbh pte pty plc llp co corp sa ag bv nv srl".split())


SPELLED_OUT = regex_cache.compile(r"\b([A-Z]{2,6})\s*\(((?:[A-Z][\w&'’.-]*\s*(?:of\s+|&\s+)?){2,6})\)")
# Small words inside a company's name: "Museum of …", "Quinta do Vale Escuro", "Museo Andino de Textiles".
NAME_GLUE = frozenset("of the and & for do da de del della di du dos das des la le van von y e".split())
PART_OF_AN_EMPLOYER = frozenset("programme program team department dept division unit round panel shift".split())


FIELD_NAME = regex_cache.compile(r"^[^:\n]{1,20}:\s*")
OTHER_FIELDS = frozenset({"candidate", "interviewer", "next", "todo", "role", "time"})


PLACE_LABELS = frozenset({"location", "where", "address", "place", "lugar", "ubicación", "ubicacion", "adresse", "ort"})
OFFICE_OF = regex_cache.compile(
    r"\s*((?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3})\s+(?:HQ|head office)\b", re.I
)


def _company_chunk(seg: Segment, people: list[str]) -> str | None:
    """ "VELORA MEDICAL / Supply Chain Planner II / thurs": a chunk ending like a company name."""
    office = OFFICE_OF.match(seg.text) if fold(seg.label or "") in PLACE_LABELS else None
    if office and office.group(1) not in people:
        return office.group(1)  # "Location: Fieldnote HQ, 1520 Grand Blvd …, Kansas City": the firm, not the city
    for chunk in CHUNK_SPLIT.split(seg.raw):
        if chunk.count(")") > chunk.count("("):
            continue  # "Dr Priyanka Sharma (Director, Regional Grants)": the end of an aside, her division
        parts = re.split(r"\s(?:@|at|w/|with)\s", " " + chunk.strip())
        if len(parts) > 1 and PAST_EMPLOYER_RE.search(" ".join(parts[:-1]) + " "):
            continue  # "how we sped up close at Kessler Freight": where the candidate worked
        chunk = FIELD_NAME.sub("", parts[-1].strip().lstrip("("))  # "Zoom w/ Halcyon Bank", "Library: Millbrook …"
        chunk = NOTES_FROM.sub("", chunk)  # "Subject: notes from Riverbend Food Bank interview"
        chunk = CHAT_OPENING.sub("", chunk)  # "ok so bow river mechanical, interview was this morning"
        chunk = re.sub(
            r"^(?:it['’]s|its|it is|it was)\s+", "", chunk, flags=re.IGNORECASE
        )  # "it's Lakeshore Credit Union"
        chunk = re.sub(r"\s*\([^)]*\)|\s*\(.*$", "", INTERVIEW_WORD_RE.sub("", chunk.strip()))
        chunk = re.sub(r"\s+(?:interview|intvw)(?:\s+notes)?$", "", chunk, flags=re.IGNORECASE)  # "School Admin …"
        words = chunk.split()
        if TITLED.match(chunk):
            continue  # "Dr. Bảo more medical.": a person, however the words after end
        named_words = [w for w in words if w not in NAME_JOINERS]  # "Consorzio di Bonifica Delta Po Est"
        if not 1 < len(named_words) <= 5 or any(ch.isdigit() for ch in chunk) or "@" in chunk:
            continue
        if (
            ends_like_a_job(chunk)
            or (looks_like_title(chunk) and not has_org_word(chunk))  # but "Aotea Clinical Trials"
            or fold(chunk) in DEPARTMENTS
        ):
            continue  # "Marion County Clerk of Courts" an office, "Deputy Court Clerk" a job, "Human Resources" a team
        if words[-1] in SITE_WORDS | {"store"}:
            continue  # "Cabot Circus store (Bristol)": where the company is, not its name
        if words[0][:1].isupper() and all(w[:1].islower() for w in words[1:] if w not in NAME_JOINERS):
            continue  # "Home care interview - Care Coordinator - BrightPath Home Care": a kind of work
        if (has_company_suffix(chunk) or has_org_word(chunk)) and not any(same_person(chunk, p) for p in people):
            named = _company_in(seg.raw, people) if chunk[:1].islower() else None
            if named and named[:1].isupper():
                return named  # "@ Brightway Home Goods, …, schaumburg store": the company, not its branch
            # "oo Island Express Cargo" (Tagalog "yes"), "omg just got out of the Lanternfish Pictures": a chat's
            # words before the capitalised name; not a surname's particles ("van der Berg Plumbing")
            lead = LOWER_LEAD.match(chunk)
            words = lead.group(0).split() if lead else []
            while words and words[-1] in SURNAME_PARTICLES:
                words.pop()
            if words and words != ["the"] and not (len(words) == 1 and words[0] in NAME_JOINERS):
                chunk = chunk.split(None, len(words))[-1]
            if chunk.split()[0].lower() in PRONOUNS:
                continue  # "her son connor came down halfway, he does the kitchen": what he does, not a firm
            return chunk.strip(" .,")
    return None


PRONOUNS = frozenset("he she they it we i you his her their".split())


ACRONYM = regex_cache.compile(r"[A-Z]{2,5}")
LOWER_LEAD = regex_cache.compile(r"^(?:[a-z][\w'’]*\s+)+(?=[A-Z][\w&'’-]*\s+[A-Z])")
NAME_JOINERS = frozenset("of and & de du la le the for van von der den y e da do dos das di del".split())


def _leading_company(seg: Segment, people: list[str]) -> str | None:
    """ "Interview: Bluebird Bakery Co - shift supervisor position" names the company first."""
    if seg.label and seg.label.lower() not in {"interview", "re", "subject", "onsite"}:
        return None
    text = seg.text if seg.label else seg.raw
    if re.match(r"(?:post|pre)[- ]?interview\b", text.strip(), re.IGNORECASE):
        return None  # "Post-interview notes — Coastal Motion Physiotherapy": the company comes later
    # "Keystone Distribution warehouse ops manager interview at …": the company, the job in lower case, "interview".
    job_first = re.match(
        rf"{COMPANY_NAME}\s+((?:[a-z][\w/&-]*\s+){{1,4}}?)(?:interview|intvw|onsite|panel)\b", text.strip()
    )
    # not "FOH supervisor interview - Harbourview Hotel Galway": the company after the dash
    named_after = re.search(r"\b(?:interview|intvw|onsite|panel)\s*[-–—|:]\s*[A-Z]", text)
    if job_first and looks_like_title(job_first.group(2)) and not _company_in(text, people) and not named_after:
        name = _trim_company(job_first.group(1))
        if name and not any(same_person(name, p) for p in people):
            return name
    # "Quillstack onsite (virtual) — Senior Frontend Engineer": the company, then what kind of interview.
    match = re.match(
        rf"{COMPANY_NAME}(?:\s+(?:onsite|on-site|interview|intvw|panel|screen)\b[^-–—,|:]*)?\s*(?:[-–—,|:]|$)",
        text.strip(),
    )
    if not match:
        return None
    name = _trim_company(match.group(1))
    if not name or any(same_person(name, p) for p in people) or (looks_like_title(name) and not _public_body(name)):
        return None
    if ACRONYM.fullmatch(name) and any(is_org(re.sub(r"\s*\(.*", "", c)) for c in CHUNK_SPLIT.split(text)[1:]):
        return None  # "FM intvw - Ironbridge Estates (…) - Facilities Coordinator": the kind of work, then the firm
    if fold(name.split()[0]) in NOT_NAMES or INTERVIEW_WORD_RE.match(name):
        return None
    if re.match(r"\d+(?:st|nd|rd|th)\b", name):
        return None  # "6th of October City, Giza": a place, as "5th Avenue" is
    # "Ledgerly - Customer Success Manager, panel round": a name beside a role is the company.
    role_chunk = any(looks_like_title(chunk) for chunk in CHUNK_SPLIT.split(text)[1:])
    if has_company_suffix(name) or role_chunk or re.search(r"\b(?:role|position|interview|opening)\b", text, re.I):
        return name if not find_names(name, min_words=2) or has_company_suffix(name) or role_chunk else None
    return None


def _lower_company_in(raw: str, people: list[str]) -> str | None:
    """ "at the lowell ledger", "interview with novacrest pharmaceuticals": a lower-case company name."""
    for match in LOWER_COMPANY_RE.finditer(raw):
        words = match.group(1).split()
        # "the lowell ledger for the metro opening": the name ends at its first company word.
        end = next((i for i, w in enumerate(words) if i and w.lower() in COMPANY_SUFFIXES), None)
        # "mopane health research institute": on over the company words that follow the first
        while (
            end is not None
            and end + 1 < len(words)
            and is_org(" ".join(words[: end + 2]))
            and (words[end + 1].lower() in COMPANY_SUFFIXES or words[end + 1].lower() in ORG_WORDS)
        ):
            end += 1
        name = " ".join(words[: end + 1]) if end is not None else ""
        if any(fold(p) in fold(name) for p in people):
            continue  # "hana petrova the store manager": a person and their title, not a company
        headed = match.group(0).lower().startswith("interview notes")  # the notes' own heading
        if name and (headed or not PAST_EMPLOYER_RE.search(raw[: match.start() + 1])):
            return name
    # dictated: "notes for the green mountain millworks thing", "okay notes brückenhilfe global interview …"
    spoken = LOWER_COMPANY_THING.search(raw)
    named = spoken.group(1) if spoken else ""
    if named and named.split()[0] not in STOPWORDS and has_company_suffix(named):  # not "notes from the library"
        return named if not any(fold(p) in fold(named) for p in people) else None
    return None


LOWER_COMPANY_THING = regex_cache.compile(
    r"\b(?:for\s+the|notes)\s+((?:[^\W\d_A-Z][\w&'’-]*\s+){0,3}[^\W\d_A-Z][\w&'’-]*)\s+(?:thing|interview|one)\b"
)


def _company_in(raw: str, people: list[str]) -> str | None:
    for match in AT_COMPANY_RE.finditer(raw):
        group = next(i for i in range(1, AT_COMPANY_RE.groups + 1) if match.group(i))
        found = match.group(group)
        if re.search(r"(?<![.!?])\sI$", found):
            continue  # "at Brightwave I owned 40 accounts": where the candidate worked
        name = _trim_company(found)
        before = raw[: match.start() + 1] if group == 1 else raw[: match.start(group)]
        if name.split() and name.split()[-1].lower() in SITE_WORDS:
            # "@ OzFreight Logistics Eastern Creek DC": the company, then its site; "at the Carlisle DC": a site.
            words = name.split()
            ends = [i for i, w in enumerate(words[:-1]) if has_company_suffix(w)]
            if not ends:
                continue
            name = " ".join(words[: ends[-1] + 1])
        if not name or (group < 3 and PAST_EMPLOYER_RE.search(before) and not INTERVIEW_AT.search(before)):
            continue  # "… from my old job at X", but not "Greetings from X" or "your application to X"
        # not a person; but "Ferrand & Aït-Ouali Architectes" is the firm of Madame Ferrand, a partner
        firm = is_org(name) or " & " in name
        if not firm and any(same_person(name, p) or name in p or p in name for p in people):
            continue
        if fold(name) in PLACES_OF_A_FIRM or fold(name.split()[0]) in BUILDING_WORDS:
            continue  # "interview at HQ, Cairo Airport Terminal 2", "at Bldg 2, Room 314": where, not who
        if name.lower() in {"the", "a", "my", "our"} or not is_company_like(name) or name[:1].isdigit():
            continue
        if ends_like_a_job(name) and looks_like_title(name) and not is_org(name):
            # "Entrevista Front Office Manager - Casa Marisol - Transcript": the job, then the firm
            after = NEXT_CHUNK.match(raw, match.end())
            beside = after.group(1).strip(" .,") if after else ""
            if beside and is_company_like(beside) and not looks_like_title(beside) and not NOTES_TAIL.match(beside):
                return beside
        if WHERE_THEY_ARE.search(raw[: match.start(group)]):
            continue  # "their office at Schiphol-Oost, building 106": where the firm sits, not its name
        if LEFT_A_JOB.search(raw[: match.start()]):
            continue  # "since I left, at Corvel I …"; not "just left the interview at Escola Bilíngue Pequenos Passos"
        if _recruiters_agency(raw[: match.start()]):
            continue  # "WhatsApp — Recruiter (Mercy @ TalentHub KE)": the agency, not the employer
        if re.match(r"\s+(?:I|we)\s", raw[match.end() :]):
            continue  # "at Habitat ReStore I scheduled 200 volunteers": where the candidate worked
        if PLACE_AFTER_NAME.match(raw[match.end() :]):
            continue  # "the home goods store at Eastgate mall": where the store is, not whose it is
        if " " not in name and not is_org(name) and HEAD_OFFICE_AFTER.match(raw[match.end() :]):
            continue  # "the written test on Sunday 10am at Tejgaon head office": a district, not the firm
        the_site = re.match(r"\S+\s+the\s", match.group(0).lstrip()) and SITE_AFTER_NAME.match(raw[match.end() :])
        if the_site and " " not in name and not is_org(name):
            continue  # "at the Richmond office", "at the Romulus plant": a site, named by its town
        return name
    return None


# What a mail's subject says of an interview: "Interview Confirmation", "Fwd: Interview Schedule"
MAIL_SUBJECT_WORDS = frozenset(
    "confirmation confirmed schedule scheduled invitation invite reminder details request update rescheduled "
    "recap feedback prep preparation follow-up followup".split()
)
# "Entrevista Comisión Calificadora – Director(a) …": the board that interviews, not the employer
BOARDS = frozenset("comisión comision comissão comissao commission committee comité comite board tribunal jury".split())
NAME_ASKED_BACK = regex_cache.compile(r"^\W*((?:[A-Z][\w&'’-]*\s+){1,3}[A-Z][\w&'’-]*)\s*\?")
WHERE_THEY_ARE = regex_cache.compile(
    r"\b(?:their|the|its|his|her)\s+(?:office|offices|building|site|campus|hq|plant|depot|warehouse|yard)\s+"
    r"(?:is\s+|was\s+)?(?:at|in|on)\s+$",
    re.IGNORECASE,
)
LEFT_A_JOB = regex_cache.compile(
    r"\b(?:leaving|left|leave|quit)\b(?!\s+(?:the\s+)?(?:interview|intvw|meeting|building|call)\b)", re.IGNORECASE
)
TITLE_THEN_FIRM = regex_cache.compile(
    r"^\W*(?:entrevista|entretien|entrevue|colloquio|vorstellungsgespr[äa]ch)\s*[-–—:]?\s*([^()\-–—|:,@]{3,50}?)\s*"
    r"\(((?-i:[A-Z])[^():\d]{2,40})\)\s*$",
    re.IGNORECASE,
)
NEXT_CHUNK = regex_cache.compile(r"\s+[-–—|]\s+([^-–—|(]{2,50}?)\s*(?:[-–—|(]|$)")
NOTES_TAIL = regex_cache.compile(r"(?:transcript|notes|notas|notizen|recap)\b", re.IGNORECASE)
INTERVIEW_THEN_NAME = regex_cache.compile(
    r"^(?:interview|intvw|entrevista|entretien|entrevue|wawancara)\b\s*[-:]?\s*", re.IGNORECASE
)
BUILDING_WORDS = frozenset("bldg building room floor level suite gate terminal block tower wing".split())
PLACES_OF_A_FIRM = frozenset({"hq", "head office", "headquarters", "main office", "the office", "reception"})
# "before i forget everything, interview at Hollins Park Academy": the interview's place, whatever came before.
INTERVIEW_AT = regex_cache.compile(
    # also "before I forget so the interview was at Tumaini Health Alliance"
    r"\b(?:interview|intvw|onsite|on-site)\s+(?:today\s+|yesterday\s+|was\s+|is\s+)?(?:(?:at|@)\s?)?$",
    re.IGNORECASE,
)

# A team inside the employer, never the employer: "Final Panel – Director, Human Resources".
DEPARTMENTS = frozenset(
    {"human resources", "finance", "operations", "marketing", "sales", "engineering", "legal", "compliance",
     "people & culture", "people and culture", "customer service", "procurement", "research and development"}
)  # fmt: skip
SCHEME_WORDS = frozenset("graduate program programme internship scheme apprenticeship".split())
SITE_AFTER_NAME = regex_cache.compile(r"\s+(?:office|offices|plant|site|depot|facility|factory|yard|hub|dc)\b", re.I)
PLACE_AFTER_NAME = regex_cache.compile(
    r"\s+(?:mall|plaza|shopping (?:centre|center|mall)|airport|train station|station|market|square|branch|campus|"
    r"(?:tech(?:nical)?|technology|r&d|innovation) (?:center|centre))\b",
    re.IGNORECASE,
)  # also "at the Auburn Hills tech center"
HEAD_OFFICE_AFTER = regex_cache.compile(r"\s+(?:head|main|corporate)\s+office\b", re.IGNORECASE)
SITE_WORDS = frozenset("dc site plant depot warehouse branch campus hub facility yard".split())


def _trim_company(name: str) -> str:
    words = name.split()
    while words and words[-1] in ("I", "I'm", "I've"):  # "at Habitat ReStore I ran the dock"
        words.pop()
    kept: list[str] = []
    for word in words:
        bare = word.strip(".,;:")
        if bare.lower() in {"re", "for", "about", "abt", "on", "today", "yesterday"} or bare.lower() in WEEKDAY_WORDS:
            break
        if WHEN_WORD.fullmatch(bare):
            break  # "Sunbright Solar 2day 7.30am": the name ends where the time starts
        if kept and bare.lower() in SCHEME_WORDS:
            break  # "Sunvale Energy Graduate Program": the company, then its scheme
        # "St. Brigid's University Hospital" keeps its "St."; a sentence's full stop goes
        inside = bare.lower() in SHORT_FORMS and word is not words[-1]
        web = bare.lower().endswith((".io", ".ai", ".com"))
        kept.append(bare if word.endswith(".") and not inside and not web else word)
        if word.endswith(".") and bare.lower() not in ABBREVIATED | SHORT_FORMS and len(bare) > 1:
            break  # "… interest in The Granville Hotel. I'm pleased …": the sentence ended
    return " ".join(kept).strip(" .,;:'’")


SHORT_FORMS = frozenset("st jr sr dept univ".split())
WHEN_WORD = regex_cache.compile(
    r"2day|tmrw|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)|\d{1,2}/\d{1,2}(?:/\d{2,4})?", re.IGNORECASE
)


def is_company_like(name: str) -> bool:
    first = name.split()[0]
    return bool(first) and (first[0].isupper() or first[0].isdigit()) and first.lower() not in NOT_COMPANY_FIRST_WORDS


NOT_COMPANY_FIRST_WORDS = frozenset(
    {"interview", "role", "position", "panel", "onsite", "zoom", "teams", "noon", "application", "applications"}
)  # also "Subject: RE: Application – Legal Executive (Conveyancing)"


def _company_from_domain(work: Work, own_email: str | None = None) -> Sourced | None:
    """An email's domain, when the notes also name that company ("priya@acme.com" + "Acme"): an interviewer's
    first, then anyone else's but the candidate's ("recruiter Femke Jansen (femke.jansen@kanaal-logistics.nl)")."""
    emails = [p.email for p in work.interviewers if p.email]
    emails += [e.value for seg in work.segments for e in find_emails(seg.raw) if e.value != own_email]
    for email in emails:
        domain = fold(email.split("@")[1].split(".")[0]).replace("-", "")
        if domain in FREE_MAIL:
            continue
        for seg in work.segments:
            # also with the small words of a name: "Almacenes del Valle" for almacenesdelvalle.com.mx
            for run in DOMAIN_NAME_RUN.findall(seg.raw):
                words = run.split()
                for size in range(len(words), 0, -1):
                    joined = fold("".join(words[:size])).replace("&", "")  # "Arriaga & Soler" of arriagasoler.es
                    if joined == domain or (size == 1 and fold(words[0]) == domain):
                        name = run if has_company_suffix(run) else " ".join(words[:size])
                        return Sourced(value=_with_its_period(name, seg.raw), source=seg.raw)
                # "Organizer: Talent Acquisition EFDO <careers@efdo.gov.ae>": the initials, spelled out later
                initials = next((w for w in words[1:] if w.isupper() and fold(w) == domain), None)
                if initials:
                    return Sourced(value=initials, source=seg.raw)
                # "Reclutamiento Almacenes del Valle" for almacenesdelvalle.com.mx: the name after a department
                tail = " ".join(words[1:])
                if len(words) >= 3 and fold(tail.replace(" ", "")) == domain:
                    # "Instituto Raízes do Cerrado" for raizesdocerrado.org.br: the institute's word stays
                    named = run if fold(words[0]) in ORG_FIRST_WORDS else tail
                    return Sourced(value=named, source=seg.raw)
    return None


ORG_FIRST_WORDS = frozenset(
    "instituto institut institute fundação fundacion fundación fundacao stichting grupo".split()
)
# A capitalised name, with the small words inside one: "Almacenes del Valle"
DOMAIN_NAME_RUN = regex_cache.compile(
    r"[A-Z][\w&'-]*(?:\s+(?:(?:de|del|la|of|the|and|y|do|da|&)\s+)?[A-Z][\w&'-]*){0,3}"
)
# Mail that anyone can have: its domain names no employer.
FREE_MAIL = frozenset(
    "gmail googlemail outlook hotmail live msn yahoo ymail icloud me mac aol proton protonmail gmx web mail "
    "zoho yandex qq 163 126 naver daum rediffmail".split()
)


def find_role(work: Work) -> Sourced | None:
    found = _find_role(work)
    if found is None:
        return None
    # "The Lagos Ledger - Business Reporter interview": the job, without the word for meeting about it;
    # "[Interview] Process Engineer (SMT)": without a mail subject's tag
    bare = INTERVIEW_AFTER.sub("", re.sub(r"^\[[^\]]{1,20}\]\s*", "", found.value))
    bare = JOB_WORD_AFTER.sub("", bare)  # "qualified plumber post": the job, without the word for a job
    return Sourced(value=bare, source=found.source) if bare and bare != found.value else found


JOB_WORD_AFTER = regex_cache.compile(r"(?<=\w)\s+(?:post|position|vacancy|opening)$", re.IGNORECASE)


ROLE_THEN_MEETING = regex_cache.compile(
    r"\s+[-–—]\s+(?=(?:final|panel|interview|round|stage|1st|2nd|3rd|first|second|third|\d|mon|tue|wed|thu|fri|sat|sun)\w*\b)",
    re.IGNORECASE,
)
INTERVIEW_AFTER = regex_cache.compile(
    r"\s+(?:(?:panel|final|phone|video|onsite|first|second|1st|2nd)\s+)?(?:interview|intvw|interveiw)\b.*$",
    re.IGNORECASE,
)


def _find_role(work: Work) -> Sourced | None:
    for i, seg in enumerate(work.segments):
        if i in work.person_fields:
            continue
        if label_kind(seg) == "role" and seg.text and not BLANK_FIELD_RE.match(seg.text):
            # "Position: Guest Experience Manager — final panel, 19 Feb, 10:00": the job, not the meeting
            job = ROLE_THEN_MEETING.split(seg.text, maxsplit=1)[0]
            return Sourced(value=format_title(job.strip(" .,")), source=seg.raw)
    for i, seg in enumerate(work.segments[:12]):
        if seg.label and fold(seg.label) in work.friends:
            continue  # "Omar: yalla tell me. which job again?": a friend in the chat asking, not the job
        if re.search(
            r"\b(?:my|current|previous|last|old)\s+(?:\w+\s+)?(?:role|job|position)\b|\bon the\s+\w+\s+job\b",
            seg.raw,
            re.I,
        ):
            continue  # "my role at Carta", "did pex on the townhome job": past work, not this role
        if not ROLE_HINT.search(seg.raw):
            continue  # the hint first: the full patterns are slow on lines that name no role at all
        # "for the Claims Team Lead (Motor) job": the job, around its aside
        raw = SHORT_ASIDE.sub("", seg.raw) if "(" in seg.raw else seg.raw
        for pattern in (ROLE_IS_RE, ROLE_RE, ROLE_FOR_RE):
            match = pattern.search(raw)
            if match:
                words = _role_words_before(match.group(1), from_end=pattern is ROLE_RE)
                words = _capital_run(words) if pattern is ROLE_IS_RE else words
                # also "+ the pret job" below the header: one word in lower case that names no job
                lone = i >= 1 and len(words) == 1 and words[0].islower()
                if words and (i >= 3 or pattern is ROLE_IS_RE or lone) and not looks_like_title(" ".join(words)):
                    continue  # "gd&t callouts, true position" further down is no job title
                if words:
                    return Sourced(value=format_title(" ".join(words)), source=seg.raw)
    return (
        _role_said_to_be(work)
        or _role_before_interview(work)
        or _role_for_at(work)
        or _role_chunk(work)
        or _subject_role(work)
    )


SHORT_ASIDE = regex_cache.compile(r"\s*\([^()]{1,30}\)(?=\s+\w)")


def _role_said_to_be(work: Work) -> Sourced | None:
    """ "My notes (position is Junior Structural Engineer):" under a pasted email: the job, said outright."""
    for seg in work.segments[12:30]:
        match = ROLE_IS_RE.search(seg.raw)
        words = _capital_run(_role_words_before(match.group(1), from_end=False)) if match else []
        if words and looks_like_title(" ".join(words)):
            return Sourced(value=format_title(" ".join(words)), source=seg.raw)
    return None


def _subject_role(work: Work) -> Sourced | None:
    """ "Subject: RE: RE: Front Office Manager – The Liffey Quay Hotel – interview confirmation" in a thread pasted
    below the notes: the job it is about, without its reference number."""
    for seg in work.segments[12:]:
        if fold(seg.label or "") not in SUBJECT_LABELS - {"re"}:
            continue
        text = re.sub(r"^(?:(?:re|fw|fwd|aw|wg)\s*:\s*)+", "", seg.text, flags=re.IGNORECASE)
        for chunk in re.split(r"\s+[-–—|]\s+", REFERENCE.sub("", text)):
            if looks_like_title(chunk) and not is_org(chunk) and not INTERVIEW_AFTER.search(" " + chunk):
                return Sourced(value=format_title(chunk.strip()), source=seg.raw)
    return None


REFERENCE = regex_cache.compile(r"\s*\((?:ref|req|job|id|vacancy)\b[^)]*\)", re.IGNORECASE)


def _capital_run(words: list[str]) -> list[str]:
    """ "Senior Product Designer btw not medior": a title typed in capitals ends at the first word that is not."""
    if not words or not words[0][:1].isupper():
        return words
    run = []
    for word in words:
        if not word[:1].isupper() and word.lower() not in ("of", "and", "&", "for", "in", "de", "la"):
            break
        run.append(word)
    return run


def _role_for_at(work: Work) -> Sourced | None:
    """ "interveiw w bill szymanski today for jouneyman electrician at northern spark": a job, then where."""
    for seg in work.segments[:3]:
        match = INTERVIEW_FOR_AT.search(seg.raw)
        # "… for Fleet Maintenance Planner is at 11:00 today": the job, without the verb after it
        job = re.sub(r"\s+(?:is|was|are|will be)$", "", match.group(1)) if match else ""
        if job and looks_like_title(job):
            return Sourced(value=format_title(job), source=seg.raw)
    return None


INTERVIEW_FOR_AT = regex_cache.compile(
    r"\b(?:interview\w*|interveiw\w*|intervew\w*|intvw)\b[^.;\n]{0,50}?\bfor\s+(?:the\s+|a\s+|an\s+)?"
    r"([A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,3}?)(?:\s+(?:at|@|with|w/)\s|\s*$|\s*[,.(])",
    re.IGNORECASE,
)


ROLE_BEFORE_INTERVIEW_RE = regex_cache.compile(
    r"^([A-Za-z][\w/&-]*(?: [A-Za-z][\w/&-]*){0,3}) (?:interview|intvw|int)\b", re.I
)
INTERVIEW_KINDS = frozenset(
    "phone panel final second first third video zoom teams onsite on-site virtual technical follow-up group job "
    "the my an a in-person informational screening my ok okay so um well anyway then today had got did just "
    "your our their confirming confirm confirmed".split()
)


def _role_before_interview(work: Work) -> Sourced | None:
    """ "Copywriter interview w/ Halftone Studio", "Payroll Specialist interview at Corbell": the role first."""
    for i, seg in enumerate(work.segments[:8]):
        match = ROLE_BEFORE_INTERVIEW_RE.match(seg.raw.strip())
        if not match or (i >= 3 and not looks_like_title(match.group(1))):
            continue  # further down (under a forwarded email's header) only a real job title counts
        if set(match.group(1).lower().split()) & (INTERVIEW_KINDS | NOTES_WORDS) or find_emails(seg.raw[:60]):
            continue  # also "Notizen Interview Halvorsen Pharma GmbH": German for notes, not a job
        said = match.group(1)
        initials = ACRONYM.fullmatch(said) or (said.isalpha() and said.islower() and len(said) <= 4)
        if (has_company_suffix(said) or initials) and not looks_like_title(said):
            continue  # "Hoshino Robotics intvw - …", "CIG interview — …", "ncu int - …": the company first
        return Sourced(value=format_title(match.group(1)), source=seg.raw)
    return None


FOR_THEIR = regex_cache.compile(r"\s+for\s+(?:their|the|our|a|an)\s+", re.IGNORECASE)


GREETING_START = regex_cache.compile(
    r"^(?:good (?:morning|afternoon|evening)|hello|hi|hey|welcome|dear|i['’]m|i am|this is|my name|ok(?:ay)?|so|well|"
    r"yes|yeah)\b",
    re.IGNORECASE,
)


def _role_chunk(work: Work) -> Sourced | None:
    """ "Panel interview at Harbor City Schools, special ed teacher, Nov 18": a title-like chunk."""
    # A "person" named like a job ("Transport Planner") is the role read as a name; it may be the role.
    people = [p.name for p in work.interviewers if not ends_like_a_job(p.name)]
    for seg in work.segments[:3]:
        if seg.label and fold(seg.label) in work.friends:
            continue  # a friend's "Chloe: HOW DID IT GO" at the top of a pasted chat
        # "Supervisor (2nd shift)", "Library Assistant (part-time, 22.5 hrs), Grade 3": brackets go first
        for chunk in re.split(r"\s*(?:,|\s[-–—|]\s)\s*", re.sub(r"\s*\([^)]*\)", "", seg.raw)):
            chunk = INTERVIEW_WORD_RE.sub("", FIELD_NAME.sub("", chunk).strip(" ."))  # "sollicitatie Beleidsadviseur …"
            chunk = FOR_THEIR.split(chunk)[0]  # "production coordinator for their docuseries"
            # an interviewer's own job, said beside them ("w/ … Siobhán, Head of Rooms"), is not the role; the
            # role may still be part of someone's job ("Library Assistant" of a "Senior Library Assistant")
            theirs = [p.title for p in work.interviewers if p.title and p.first_name in seg.raw]
            if not _title_like(chunk) or any(fold(chunk) in fold(title) for title in theirs):
                continue
            if any(fold(chunk) in fold(p) or (p and fold(p) in fold(chunk)) for p in people):
                continue
            words = [w for w in chunk.split() if w.lower() not in ("&", "of", "+", "/")]  # "Front of House Assistant"
            # a job named in two languages: "Pedagogisch medewerker / Early Years Practitioner"
            both = chunk.count(" / ") == 1 and all(_title_like(side) for side in chunk.split(" / "))
            if "@" in chunk or re.search(r"\b(?:at|with|w/|by|for)\b|[()?=]", chunk) or len(words) > (8 if both else 5):
                continue  # also a friend's "Aimee: soooo how did it go??"
            if GREETING_START.match(chunk) or re.search(r"\b(?:will|would|is|was|said|asked)\b", chunk):
                continue  # a transcript's "Good morning Eng. Omar", "Eng. Ahmed will chair": said, no job title
            if THEIR_OWN_JOB.match(chunk):
                continue  # "and she's the hiring manager": the job of whoever was just named
            return Sourced(value=format_title(chunk), source=seg.raw)
    return None


THEIR_OWN_JOB = regex_cache.compile(r"(?:and\s+|but\s+)?(?:she|he|they)(?:['’](?:s|re)\b|\s+(?:is|are)\b)", re.I)


def _role_words_before(phrase: str, from_end: bool) -> list[str]:
    words = phrase.split()
    kept: list[str] = []
    sequence = reversed(words) if from_end else iter(words)
    for word in sequence:
        bare = word.strip(",.;:()").lower()
        # also "… officer post um it was in the annexe": "it" typed in lower case is no "IT"
        if bare in ROLE_STOP or not bare or (word.endswith(",") and kept) or word == "it":
            break
        if bare in WEEKDAY_WORDS or re.fullmatch(r"\d{1,2}(?:am|pm|:\d\d)?", bare):
            break
        kept.append(word.strip(",.;:()"))
        # also a sentence's end: "for the Customer Ops internship. Please have your form ready"
        if word.startswith("(") or (not from_end and (word.endswith(",") or (word.endswith(".") and len(word) > 5))):
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
        elif key in {"of", "and", "for", "the", "in", "at", "to", "de", "da", "do", "del", "des", "du"} and position:
            out.append(key)
        elif word.isupper() or any(ch.isupper() for ch in word[1:]) or word[:1].isdigit():
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)
