"""Recognise people's names and job titles in notes.

Names are written with accents, hyphens, apostrophes and titles ("Dr. Ruth
Abebe", "Anne-Marie O'Neill", "Nguyễn Văn An"), so a name word is any word
that starts with an upper-case letter, checked against words that are
capitalised for other reasons (weekdays, labels, sentence starters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from followup import regex_cache
from followup.models import HONORIFICS, SURNAME_PARTICLES, VIETNAMESE_FAMILY_NAMES, fold_ascii

# "Achieng' Odhiambo": a Kenyan name may end in an apostrophe, before the next word of the name
# also the Dutch particle "'t" ("Sophie van 't Hof") and "s/o" ("Rajendran s/o Muthu", son of); also a tone mark
# that no letter has built in: "Adébáyọ̀"
NAME_WORD = (
    r"(?:['’]t(?= [A-Z])|[sdSD]/[oO](?= [A-Z])|[aA]/[lpLP](?= [A-Z])|"
    r"(?:Prof|Dott|Avv|Ing|Arch)\.ssa(?= [A-Z])|(?<=Dr\. )med\.(?= [A-Z])|Enf\.?[ªº](?= [A-Z])|"
    r"[^\W\d_][^\W\d_'’-]*(?:[\u0300-\u036f]+[^\W\d_'’-]*)*(?:['’-][^\W\d_]+(?:[\u0300-\u036f]+[^\W\d_'’-]*)*)*"
    r"(?:['’](?= (?-i:[A-Z])[^\W\d_]| \((?-i:[A-Z])))?)"
)
PARTICLES = frozenset(
    "de da del dela della der den van von la le lo di du bin binte binti bte al el dos das ó st. ap i 't ’t med. "
    "s/o d/o a/l a/p".split()
)
NOT_NAMES = frozenset(
    # "Faizal Qs: …" (his questions), "Front Office Manager", "Success Profiles: behaviours"; "design director,
    # Aussie, super chill": where they are from; "Organiser: People & Culture"
    "qs front success aussie kiwi brit pom yank people temas tópicos themen sujets argomenti acquisition "
    "consiglio dipartimento commissione ufficio "
    # "MS Word typing test", "MS Excel": software, not a Ms. Word
    "word excel powerpoint "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri "
    "sat sun january february march april may june july august september october november december jan "
    "feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow q a me i my we our you your he "
    "i'm i’m i've i’ve i'd i’d i'll i’ll only just both why how which whose everyone everybody nobody it's it’s "
    "he's he’s she's she’s he'd she'd he'll she'll right so any ask decline okay "
    "she they their it the this that these those then there here and or but interview interviewer "
    "interviewers interviewed panel company role position job title date time when where notes note next "
    "steps step follow followup follow-up todo to do email phone cell mobile contact name candidate call "
    "zoom teams meet meeting mtg chat coffee lunch onsite on-site screen phone-screen round final first "
    "second third hiring manager recruiter team lead director engineer engineering senior junior staff "
    "principal head vp thanks thank hi hello dear best regards cheers sincerely also asked talked "
    "discussed mentioned said told great good nice cool ok okay yes no not maybe re fwd subject topics "
    "topic questions question answer project projects skills skill background experience strengths "
    "weakness weaknesses culture values mission system design coding behavioral technical case study "
    "take-home takehome portfolio references reference overall summary general misc other remote hybrid "
    "office virtual video in-person ignore previous instructions system assistant user prompt instead "
    "write linkedin github twitter gmail outlook slack google us usa uk eu am pm est pst cst et pt utc "
    "gmt who what where notes certificate certification licence license course exam diploma with check "
    "clearance agency salary pay compensation comp benefits location venue parking dress presentation asst "
    "pharmd phd rph dds dpt mba cpa msc bsc ceng frcs mrcp "  # credentials after a name
    "two three four five six seven several "  # "Two people interviewed me."
    # field names and openers that read like a name: "Observer: ward councillor", "Names (from the name cards):",
    # "Interviewer 1: Tell me about …", "Sorry, I didn't introduce properly", "Senior Executive Officer, Housing"
    "observer observers names chairperson chairman chairwoman panellist panelist tell sorry housing speaker "
    "formal informal language languages "  # "Mr. Al Mansoori prefers formal address", "First Additional Language"
    # "interview" and "invitation" in the languages a calendar is set to
    "davet mülakat entrevista entretien vorstellungsgespräch sollicitatiegesprek rozmowa colloquio invitación "
    "convite einladung uitnodiging zaproszenie invito "
    # where someone is from: "Dr Charlotte Verhoeven, the ecologist, Dutch, really nice"
    "dutch german french irish scottish welsh english british american canadian australian kiwi spanish "
    "italian portuguese brazilian mexican argentinian chilean colombian peruvian indian chinese japanese "
    "korean filipino filipina vietnamese thai malaysian indonesian singaporean nigerian kenyan ghanaian "
    "ethiopian egyptian moroccan lebanese turkish greek polish ukrainian russian swedish norwegian danish "
    "finnish icelandic swiss austrian belgian czech hungarian romanian israeli iranian pakistani "
    "bangladeshi".split()
)
TITLE_WORDS = frozenset(
    "manager mgr director dir engineer eng engr lead head vp president chief cto ceo cfo coo cio founder "
    "cofounder co-founder recruiter hr talent partner principal nurse rn charge supervisor superintendent "
    "teacher chair dean professor prof designer analyst scientist owner foreman forewoman coordinator "
    "specialist officer controller accountant associate architect developer dev administrator admin "
    "pharmacist physician doctor md counselor counsellor therapist editor producer rep representative "
    "executive sales staff senior sr junior jr team hiring project product account clinical unit "
    "department dept principal assistant deputy vice general gm ops operations marketing finance it qa ux "
    "ui design data engineering people recruiting technician tech electrician plumber welder contractor "
    "estimator dispatcher planner buyer consultant advisor adviser librarian instructor coach artist animator "
    "superintendant curator chef sous barista captain sergeant attorney lawyer paralegal partner auditor "
    "cpa bookkeeper treasurer secretary clerk agent broker underwriter actuary economist strategist "
    "member trustee governor cmo cpo cro ciso cso cco cdo chro cno partnerships "
    "pi co-pi "  # a trial's principal investigator: "dr priya natarajan - PI, cardiology"
    # Dutch: "Beleidsadviseur Duurzaamheid", "teamleider Ruimte & Duurzaamheid", "senior adviseur energie"
    "adviseur beleidsadviseur teamleider medewerker locatiemanager "
    # Portuguese "Planejador(a) de Manutenção"; "Early Years Practitioner"
    "planejador planejadora practitioner publisher investigator "
    "clinician physiotherapist physio psychologist hygienist dentist midwife paramedic receptionist "
    # Common titles in Spanish, Portuguese, French and German notes.
    "gerente directora jefe jefa responsable coordinadora coordinador analista ingeniero ingeniera asistente "
    "técnico técnica tecnico tecnica auxiliar supervisora cocinero cocinera vendedor vendedora recepcionista "
    "diretor diretora leiter leiterin directeur coordenador coordenadora financeiro financeira "
    "directrice enfermera enfermero profesora profesor lehrer lehrerin meister meisterin ingenieur "
    "teamleiter teamleiterin abteilungsleiter abteilungsleiterin geschäftsführer geschäftsführerin "
    # "Arquiteta Pleno", "Engenheira de Planejamento", "Chef de produit", "Technicien(ne) en génie industriel"
    "arquiteta arquiteto arquitecta arquitecto architecte architetto engenheira engenheiro desenvolvedor "
    "desenvolvedora desarrollador desarrolladora estagiário estagiária pleno sênior júnior technicien "
    "technicienne ingénieure "
    # a law firm's "Socia de Mercantil", "Sócio", "Associée", "Abogada"
    "socia socio sócia sócio associée associé abogada abogado advogada advogado avocate avocat "
    "microbiologist biochemist technologist toxicologist pharmacologist bioinformatician statistician lecturer "
    "cook server bartender cashier driver operator mechanic machinist caregiver aide hygienist adjuster "
    "programmer inspector keeper stylist barber baker brewer merchandiser paralegal dispatcher educator coder "
    "biller scheduler receptionist groomer housekeeper lifeguard teller registrar trustee conservator archivist "
    "reporter stenographer liaison ecologist biologist geologist hydrologist chemist ranger "
    # entry-level and hourly work: "HVAC apprentice", "Room Attendant", "Warehouse Operative", "Picker Packer"
    "apprentice trainee intern attendant picker packer dishwasher stocker sorter agronomist "
    "loader installer labourer laborer cleaner janitor custodian nanny tutor hostess researcher".split()
)

# Title words that are never first names ("Dev" and "Chef" can be).
NOT_NAME_TITLES = frozenset(
    "manager director engineer recruiter interviewer nurse teacher supervisor coordinator analyst "
    "designer developer specialist technician foreman principal professor president founder ops "
    # the same jobs in Spanish, Portuguese, French and Italian: "Gerente de Impuestos", "Directora Jurídica"
    "gerente jefe jefa directora coordinadora analista responsable encargado encargada diretor diretora "
    "directrice chargée chargé responsabile headteacher headmaster headmistress deputy".split()
)
NAME_TOKEN_RE = regex_cache.compile(rf"{NAME_WORD}\.?", re.UNICODE)


@dataclass(frozen=True)
class NameMatch:
    name: str
    start: int
    end: int


def is_name_word(word: str) -> bool:
    bare = word.rstrip(".")
    if len(bare) < 2 or not bare[0].isupper():
        return False  # a lone initial ("S:" in a SOAP note) is not a name
    if bare.lower() in NOT_NAMES or bare.lower() in NOT_NAME_TITLES:
        return False
    if max(len(part) for part in re.split(r"[-'’]", bare)) > 16:
        return False  # "Betriebsvereinbarung Rufbereitschaft": German nouns, capitalised, not a name
    # All-caps words of 2+ letters are acronyms (ICU, HVAC), not names.
    return not (len(bare) > 1 and bare.isupper())


def find_names(text: str, *, min_words: int = 1, max_words: int = 4) -> list[NameMatch]:
    """Runs of capitalised name words, each an optional honorific plus 1-4 words."""
    return list(_find_names(text, min_words, max_words))


@lru_cache(maxsize=8192)
def _find_names(text: str, min_words: int, max_words: int) -> tuple[NameMatch, ...]:
    # Cached: extraction asks about the same line from several angles.
    matches: list[NameMatch] = []
    shown = text
    text = GIVEN_NAME_ABBREVIATION.sub("Maa", text)  # "Ms. Ma. Cristina Reyes": "Ma." (Maria) is a name word here
    tokens = list(NAME_TOKEN_RE.finditer(text))
    i = 0
    while i < len(tokens):
        run = _name_run(text, tokens, i, max_words)
        if run is None:
            i += 1
            continue
        first, last = run
        name = shown[tokens[first].start() : tokens[last].end()].rstrip(".") if last >= first else ""
        if name.rstrip(".").lower() in HONORIFICS:
            name = ""
        count = len([t for t in tokens[first : last + 1] if t.group(0).rstrip(".").lower() not in HONORIFICS])
        possessive = POSSESSIVE.search(name)  # "Mr. Tetteh's office will call": Mr. Tetteh
        end = tokens[last].end() - (possessive.end() - possessive.start() if possessive else 0)
        name = name[: possessive.start()] if possessive else name
        # "James' office": the apostrophe belongs to a name only inside it, or a Kenyan "Ochieng' (Deputy)"
        if name.endswith(("'", "’")) and text[end : end + 2] != " (":
            name, end = name[:-1], end - 1
        if name and count >= min_words and not (count == 1 and _title_follows(text, tokens, last)):
            matches.append(NameMatch(name, tokens[first].start(), end))
        i = last + 1
    return tuple(matches)


GIVEN_NAME_ABBREVIATION = regex_cache.compile(r"(?<![\w.])Ma\.(?= [A-Z][a-z])")


def initials(name: str) -> str:
    """ "jbo" of Jean-Baptiste Olivier, "rb" of ross-baird: the first letter of each part, folded."""
    from followup.text import fold

    return "".join(part[:1] for part in re.split(r"[-'’\s]+", fold(name)) if part)


def only_a_name(text: str) -> bool:
    """Whether a line is a person's full name and nothing else ("Bea Lindqvist" on a guest list), give or
    take a final character."""
    text = text.strip()
    whole = find_names(text, min_words=2)
    return bool(whole) and whole[0].start == 0 and whole[0].end >= len(text) - 1


def _title_follows(text: str, tokens: list[re.Match[str]], last: int) -> bool:
    """ "Area Manager Siobhán Ní Bhriain", "Regional Director Paul Ashworth": the word before a title is part of it."""
    if last + 1 >= len(tokens) or text[tokens[last].end() : tokens[last + 1].start()] != " ":
        return False
    word = tokens[last + 1].group(0)
    return word[:1].isupper() and not word.isupper() and word.lower() in TITLE_WORDS


POSSESSIVE = regex_cache.compile(r"['’]s$")
# Names that are also everyday words, kept when they sit inside a name ("Abdallah Said Mwinyi").
MONTHS_THAT_ARE_NAMES = frozenset("jan jun may mar june april".split())
WORDS_THAT_ARE_NAMES = frozenset("said will may grant mark bill rose hope faith june april".split())


def _name_run(text: str, tokens: list[re.Match[str]], i: int, max_words: int) -> tuple[int, int] | None:
    token = tokens[i].group(0)
    if not token[0].isupper():
        return None  # neither a name word nor a title
    honorific = token.rstrip(".").lower() in TITLES
    if _family_name_in_capitals(text, tokens, i):
        return i, i + 1  # "TAKAHASHI Ren (mgr, firmware)": a Japanese family name in capitals, then the given name
    # "Jun Macaraeg", "Jan Kowalski", "May Chen": a month's name before a surname is a given name
    given = token.lower() in MONTHS_THAT_ARE_NAMES and i + 1 < len(tokens) and is_name_word(tokens[i + 1].group(0))
    given = given and text[tokens[i].end() : tokens[i + 1].start()] == " "
    if not honorific and not given and not is_name_word(token) and not _initial_before_name(text, tokens, i):
        return None
    last = i
    words = 0 if honorific else 1
    j = i + 1
    while j < len(tokens) and words < max_words:
        gap = text[tokens[j - 1].end() : tokens[j].start()]
        after_initial = INITIAL.fullmatch(tokens[j - 1].group(0)) is not None  # "K. Venkatesh"
        if gap not in (" ", "") or (
            tokens[j - 1].group(0).endswith(".")
            and not honorific_token(tokens[j - 1])
            and not after_initial
            and tokens[j - 1].group(0) not in ("med.", "St.", "Ste.", "Mt.")  # "Dr. med. Tobias Reinhold"
        ):  # "St. Amand Parish Government" is one name, a place's
            break
        word = tokens[j].group(0)
        if _initial_before_name(text, tokens, j):
            last, j = j, j + 1  # "Mr. K. Venkatesh": the initial is part of the name, not a word of its own
            continue
        # "Abdallah Said Mwinyi": a capitalised word inside a name is part of it, even one that is also a verb
        inside = word.lower() in WORDS_THAT_ARE_NAMES and j + 1 < len(tokens) and is_name_word(tokens[j + 1].group(0))
        inside = inside and text[tokens[j].end() : tokens[j + 1].start()] == " " and word.istitle()  # not "said"
        # "Võ Thị Thu Hà": after a Vietnamese middle name, "Thu" is a name, not Thursday
        # also after a Vietnamese family name: "Ms. Đặng Thu Hà"
        after_family = fold_ascii(tokens[j - 1].group(0)) in VIETNAMESE_FAMILY_NAMES and word in ("Thu", "Mai", "May")
        inside = inside or ((tokens[j - 1].group(0) in ("Thị", "Văn") or after_family) and word.istitle())
        if word.rstrip(".").lower() in HONORIFICS and words >= 1:
            break  # "the head teacher Mrs Folasade Adeyemi Mr Chukwuemeka Eze": the next person starts
        joined_particle = PARTICLE_JOINED.match(word) is not None  # "Nadia al-Rashid", "Amr el-Sayed"
        if (
            is_name_word(word)
            or joined_particle
            or (word.lower() in PARTICLES and j + 1 < len(tokens))
            or (inside and words >= 1)
        ):
            last = j
            words += 0 if word.lower() in PARTICLES else 1  # "Khalid bin Saeed Al Mansoori": particles are free
            j += 1
            continue
        break
    if words == 0:
        return None
    # A trailing particle ("de") is not part of the name; a capitalised one is a surname ("Priyanka Das").
    while last > i and tokens[last].group(0).lower() in PARTICLES and not tokens[last].group(0)[:1].isupper():
        last -= 1
    return i, last


def _family_name_in_capitals(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """ "TAKAHASHI Ren (mgr, firmware) --", "MORI Yuki, sr eng": a family name in capitals, then one given name,
    then an aside, a comma or a dash, the way Japanese colleagues often write their names in English."""
    token = tokens[i].group(0)
    if not (token.isalpha() and token.isupper() and len(token) >= 4) or i + 1 >= len(tokens):
        return False  # not "w/ ECT Sophie (nice)", an early-career teacher
    given = tokens[i + 1].group(0)
    if (
        text[tokens[i].end() : tokens[i + 1].start()] != " "
        or not is_name_word(given)
        or not is_name_word(token.title())
    ):
        return False
    return token.lower() not in TITLE_WORDS and CAPITALS_NAME_END.match(text, tokens[i + 1].end()) is not None


CAPITALS_NAME_END = regex_cache.compile(r"\s*(?:\(|,|\s[-–—]|$)")
INITIAL = regex_cache.compile(r"[A-Z]\.")
PARTICLE_JOINED = regex_cache.compile(r"(?:al|el|bin|ibn|abu|ul|ud|ad|as|ash)-[A-Z]")


def _initial_before_name(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """ "K." in "K. Venkatesh": one capital and a dot, then a name word after a single space."""
    if not INITIAL.fullmatch(tokens[i].group(0)) or i + 1 >= len(tokens):
        return False
    if text[tokens[i].end() : tokens[i + 1].start()] != " ":
        return False
    return is_name_word(tokens[i + 1].group(0)) or _initial_before_name(text, tokens, i + 1)  # "J. R. Smith"


def honorific_token(token: re.Match[str]) -> bool:
    return token.group(0).rstrip(".").lower() in TITLES


# Job titles written before a name ("Chef Nico Bellandi", "Sgt. Darnell Hayes"): part of the mention,
# not of the name, and not how a thank-you email greets someone.
RANKS = frozenset(
    "chef sgt sergeant coach capt captain officer lt lieutenant nurse judge pastor deacon lic ing arq engr eng "
    "atty mtra mtro dra puan encik cik tuan ca councillor cllr khun sister maj major col colonel pharm ir "
    # Nigerian "Barr. Halima Sule" (a barrister), "Alhaji Rasheed Adeniran-Lawal"
    "barr alhaji alhaja hajia "
    # Spanish "Sr. de la Garza", "Sra."; a nurse's "Sr." (Sister); Italian "Dott.", "Arch."
    "inż inz sr sra srta dott dottssa arch avv geom dña doña prof.ssa dott.ssa avv.ssa ing.ssa arch.ssa "
    # Portuguese "Enf.ª Chefe Maria João Albuquerque-Reis": a nurse (enfermeira), and the head one
    "enf enf.ª enfª enf.º enfº chefe".split()
)
TITLES = HONORIFICS | RANKS


def without_titles(name: str) -> str:
    """ "Ms. Haruka Sato" -> "Haruka Sato", "Dott. Ing. Marco Ferrante" -> "Marco Ferrante": the titles before a
    name taken off, as long as two words are left ("Ms. Sato" stays as it is)."""
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".").lower() in TITLES:
        words.pop(0)
    return " ".join(words)


def without_rank(name: str) -> tuple[str, str | None]:
    """ "Sgt. Darnell Hayes" -> ("Darnell Hayes", "Sgt.")."""
    words = name.split()
    ranks: list[str] = []
    # also two of them: "Dott. Ing. Marco Ferrante" -> ("Marco Ferrante", "Dott. Ing.")
    while len(words) >= 2 and words[0].rstrip(".").lower() in RANKS:
        ranks.append(words.pop(0))
    return (" ".join(words), " ".join(ranks)) if ranks else (name, None)


def ends_like_a_job(name: str) -> bool:
    """ "Loan Officer", "Museum Educator": a name whose last word is a job word reads as a job, not a person."""
    words = [w.lower().strip(".,") for w in name.split()]
    if words and (words[-1] in ("jr", "sr") or name.split()[-1] == "IT"):
        # also "Head of IT" is a job, "Neptun IT" a firm
        # "Analista Contable Jr" is a job; "Ramon Gutierrez Jr" is a son named after his father
        return any(w in TITLE_WORDS or w == "of" for w in words[:-1])
    return bool(words) and words[-1] in TITLE_WORDS


def looks_like_title(text: str) -> bool:
    # not the "hr" of "1hr"; whole words with accents: "Técnico", "Geschäftsführer"
    words = re.findall(r"(?<!\d)(?:[^\W\d_]|[&+-])+", text.lower())
    if "it" in words and not re.search(r"\bIT\b", text):
        words = [w for w in words if w != "it"]  # "IT Support Lead", but not "it's Wednesday morning"
    # "PM for the repairs app" is a product manager; "2 PM" is a time.
    # "Sub-Editor", "Vice-Principal": the last part of a hyphenated word names the job
    titled = any(w in TITLE_WORDS or w.rsplit("-", 1)[-1] in TITLE_WORDS for w in words)
    return bool(words) and len(words) <= 8 and (titled or bool(PM_TITLE.search(text) or WORKER_TITLE.search(text)))


PM_TITLE = regex_cache.compile(r"(?<!\d)(?<!\d\s)\b(?:PM|TPM|APM|EM)\b")
# "the palliative care social worker role", "support worker"; not "Gold, skilled worker" (a CSCS card)
WORKER_TITLE = regex_cache.compile(
    r"\b(?:social|support|care|youth|case|community|health|outreach|key|family|production)\s+worker\b", re.IGNORECASE
)


def same_person(a: str, b: str) -> bool:
    """Whether two mentions name one person ("Priya" and "Priya Raman", "Dr. Chen" and "Wei Chen")."""
    from followup.text import fold

    titles = TITLES  # "Lic. Ernesto Valdés" is Ernesto Valdés
    wa = [fold(w.rstrip(".")) for w in a.split() if w.rstrip(".").lower() not in titles]
    wb = [fold(w.rstrip(".")) for w in b.split() if w.rstrip(".").lower() not in titles]
    if not wa or not wb:
        return False
    if wa == wb or (len(wa) >= 3 and sorted(wa) == sorted(wb)):
        return True  # also "Lim Wei Jie Ethan" on an invite and "Ethan Lim Wei Jie" in the signature
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1:
        return short[0] in (long_[0], long_[-1])
    titled = any(w.rstrip(".").lower() in titles for w in (a if short is wa else b).split())
    if (titled or short[0] in SURNAME_PARTICLES) and long_[-len(short) :] == short:
        return True  # "Ms. Dela Cruz" is Maricel Dela Cruz: a title and a surname of two words
    if len(short) == 2 and len(long_) == 3 and long_[1:] == short:
        return True  # "Wei Ling" is Tan Wei Ling: the given name after the family name
    return short[0] == long_[0] and short[-1] == long_[-1]
