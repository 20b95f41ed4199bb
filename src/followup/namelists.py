"""People named in a list, with their titles: "Ruth Abebe (charge nurse), Omar Haddad - unit mgr and Dr. Lee".

`people` finds who interviewed; this module reads the names and titles out of the text it points at.
"""

from __future__ import annotations

import re

from followup import regex_cache
from followup.names import NOT_NAMES, TITLE_WORDS, find_names, looks_like_title
from followup.notes_rules import COMMON_NOT_NAMES, CREDENTIALS_RE, LOWER_NAME_WITH_TITLE, tidy_title
from followup.text import STOPWORDS, expand_shorthand

QUOTED_NICKNAME = regex_cache.compile(r"(?<=[a-z])\s+[\"“][^\W\d_]{2,15}[\"”](?=\s+[A-Z])")


# also in capitals: "met with the GM Dale Hutchins who said …"
THE_TITLE_BEFORE = regex_cache.compile(
    r"^(?:the|our|their)\s+([a-z][a-z -]{2,30}?|[A-Z]{2,4})\s+(?=(?:Mrs?|Ms|Dr|Prof)\.?\s|[A-Z][a-z])"
)


TITLE_BEFORE_NAME = regex_cache.compile(
    r"^((?:[A-Z][a-z&-]+\s+){0,2}[A-Z][a-z&-]+)\s+(?=(?:Mrs?|Ms|Dr|Prof)\.?\s|[A-Z][^\W\d_]+\s+[A-Z])"
)


LOWER_TITLE_BEFORE_NAME = regex_cache.compile(
    r"^((?:[a-z][a-z&-]+\s+){0,2}[a-z][a-z&-]+)\s+"
    r"(?=(?:Mrs?|Ms|Dr|Prof)\.?\s|[A-Z][^\W\d_]+\s+(?:(?:de|da|del|dela|van|von|der|di|du|la|le|bin|al|el)\s+)*[A-Z])"
)


# "jordan k (Jordan Kowalski, RVP sales)", "DJ (Dwayne Jackson, ops mgr)": a nickname, then the full name
LOWER_ALIAS_FIRST = regex_cache.compile(
    r"^(?:[a-z][\w.'’-]*(?:\s+[a-z]\.?)?|[A-Z]{2,3}(?=\s*\([A-Z][^\W\d_]+\s+[A-Z]))\s*\(((?-i:[A-Z])[^()]*)\)"
)


ONLY_LEAD = regex_cache.compile(r"^(?:(?:so|but)\s+)?(?:only|just)\s+(?=[A-Z][^\W\d_]+\s+[A-Z])")


def after_title(text: str) -> str:
    """ "GM — Beatriz Olivares-Cruz", "the owner, Mrs. Margaret Hollingsworth": the name after a title."""
    text = QUOTED_NICKNAME.sub("", text)  # 'Mrs. Margaret "Peg" Hollingsworth': the nickname is found later
    lead = re.match(r"^([^,;:()]{1,30}?)(?:\s+[-–—]|,)\s+(?=[A-Z])", text) or THE_TITLE_BEFORE.match(text)
    titled = TITLE_BEFORE_NAME.match(text) or LOWER_TITLE_BEFORE_NAME.match(text)  # "Area Manager Siobhán …"
    if not lead and titled and titled.group(1).split()[-1].lower() in TITLE_WORDS:
        lead = titled  # also typed in lower case: "met w/ owner Marisol de la Cruz"
    return (
        text[lead.end() :]
        if lead and looks_like_title(lead.group(1)) and not find_names(lead.group(1), min_words=2)
        else text
    )


ORDER_BEFORE_TITLE = regex_cache.compile(r"\s+(?:first|next|then|last|second|third|after)\b(?=\s*\()")


def name_list(
    text: str, intro_only: bool = False, lowercase_names: bool = False
) -> list[tuple[str, str | None, str | None]]:
    """People in "Ruth Abebe (charge nurse), Omar Haddad - unit mgr and Dr. Lee"."""
    people: list[tuple[str, str | None, str | None]] = []
    position = 0
    text = text.strip()
    lower = LOWER_NAME_WITH_TITLE.match(text)
    if intro_only and lower and looks_like_title(lower.group(2)):
        words = lower.group(1).split()
        words = words[1:] if len(words) == 3 and words[0] in TITLE_WORDS else words  # "w/ mgr ruth mcallister (…)"
        return [(" ".join(words).title(), tidy_title(lower.group(2)), None)]
    typed_in_lower_case = not re.search(r"\b(?!I\b)[A-Z]", text)  # voice-to-text notes have no capitals at all
    if intro_only and lowercase_names and typed_in_lower_case:
        text = _lower_title_dropped(text)  # "met district mgr bobby kowalczyk @ the store"
    bare = re.match(r"([a-zà-ÿ][a-zà-ÿ'’-]+\s+[a-zà-ÿ][a-zà-ÿ'’-]+)\b", text)
    if intro_only and lowercase_names and bare and typed_in_lower_case:
        words = bare.group(1).split()
        if not any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS or w in COMMON_NOT_NAMES for w in words):
            return [(bare.group(1).title(), None, None)]  # "i met with margaux lefèvre she is the owner"
    # "jordan k (Jordan Kowalski, RVP sales), Mei Ling Ho …": a nickname typed first, the full name in brackets
    text = LOWER_ALIAS_FIRST.sub(r"\1", text)
    bracketed, joined = False, ""
    while position < len(text):
        names = find_names(text[position:])
        # "1) mr. Suresh Kulkarni - gm ops": a title typed in lower case before the name
        typed_title = bool(names) and LOWER_TITLE.fullmatch(text[position : position + names[0].start]) is not None
        too_far = (
            names and not typed_title and ((intro_only and names[0].start > 2 and not people) or names[0].start > 3)
        )
        if not names or too_far:
            break
        match = names[0]
        if people and re.search(r"\d", text[position : position + match.start]):
            break  # "Nurse Manager, 4 West": a unit, not a person
        end = position + match.end
        lone = " " not in match.name and ONE_WORD_THEN_LOWER.match(text[end:])
        ends_there = text[end - 1 : end] == "." or re.match(r"\s*[.;]", text[end:]) is not None
        # "Priya Raman - Engineering Manager, Platform": a title after a dash runs on to the end of the line.
        ends_there = ends_there or (not text[end:].strip() and not bracketed and joined.strip() == ",")
        unit = bool(people) and bool(people[-1][1]) and " " not in match.name and ends_there
        # "Daniel Goh – VP, Compliance Testing": a department after a dashed title, not a second person.
        department = (
            not bracketed and joined.strip() == "," and bool(DEPARTMENT_WORDS & set(match.name.lower().split()))
        )
        unit = unit or (bool(people) and bool(people[-1][1]) and department)
        if PLACE_AFTER.match(text[end:]) and " " not in match.name:
            break  # "the village visit programme with Cuvu village": a place, not a person
        if people and (lone or unit or ORG_UNIT.match(text[end:])):
            break  # "Priya Raman, Engineering Manager, Platform team", "…, Analytics Manager, Claims.": a team
        title, end = title_after(text, end)
        unbracketed_title = people and people[-1][1] and not bracketed and joined.strip() == ","
        in_brackets = text[:end].rstrip().endswith(")")  # "Priya Raman (Engineering Manager), Tom": the title ended
        if unbracketed_title and in_brackets and title and not looks_like_title(title):
            break  # "Catriona Rennie - Partner, Commercial Property (chaired)": her part of the firm, an aside
        bracketed = in_brackets
        full = find_names(title or "", min_words=2)
        if title and full and not looks_like_title(title) and " " not in match.name:
            people.append((full[0].name, None, None))  # "Dazza (Darren Kettle)": the full name is in brackets
        else:
            people.append((match.name, title, None))
        aside = re.match(r"\s*\([^)]*\)", text[end:])  # "director of tech (everyone called her Dr. Nwosu), Luis …"
        if aside:
            end += aside.end()
        given = re.match(r"\s*=\s*[A-Z]{2,4}\b", text[end:])  # "Mrs. Grace Wanjiru Kamau (Head Teacher) = GK, Mr. …"
        if given:
            end += given.end()
        who = WHO_DOES.match(text[end:])  # "Priya Raman who does their events and taproom stuff and Tom …"
        if who:
            end += who.end()
        # "Bobby Alvarez (owner) and his daughter Carmen Alvarez": a relation may sit between names.
        joiner = re.match(
            r"\s*(?:,(?:\s*(?:and|&)\b)?|;|/|&|\+|\band(?:\s+then)?\b|\bthen\b(?=\s+[A-Z])|\b(?:y|e|und|et)\b(?=\s+[A-Z])|\bw/|\bwith\b)\s*"
            # "and her assistant manager Marcus Bell", "and the hangar lead, a woman named Sarah-Jane Kowalchuk"
            r"(?:(?:his|her|their|the|an?)\s+(?:(?:[a-z-]+|[A-Z]{2,4}/[a-z-]+)\s+){0,3}(?:[a-z-]+,\s+)?"
            r"(?=[A-ZÀ-ÖØ-Þ]|an?\s))?"
            # "and a lady from head office Nasreen Haq", "and sir Jun Macaraeg the inventory control manager"
            r"(?:an?\s+(?:woman|man|guy|lady|gal|bloke|fellow|chap)\s+(?:(?:named|called)|from(?:\s+[a-z]+){1,3})\s+"
            r"(?=[A-Z])|(?:sir|ma['’]?am)\s+(?=[A-Z]))?",
            text[end:],
        )
        if not joiner:
            break
        joined = joiner.group(0)
        position = end + joiner.end()
    if people:
        name, title, _ = people[-1]
        people[-1] = (name, title, text[end:].strip(" -–—:,") or None) if not intro_only else people[-1]
    # "Attendees: Adrian Cole; Recruitment Team", "Invitees: …, Careers MVSC", "HR-Recruitment": a mailbox.
    return [p for p in people if not MAILBOX_WORDS & set(re.split(r"[\s-]+", p[0].lower()))]


def _lower_title_dropped(text: str) -> str:
    """ "district mgr bobby kowalczyk @ the store" -> "bobby kowalczyk @ the store": the title typed before the name."""
    words = text.split()
    for size in (3, 2, 1):
        lead = expand_shorthand(" ".join(words[:size]))
        if len(words) > size + 1 and lead.split()[-1] in TITLE_WORDS and looks_like_title(lead):
            return " ".join(words[size:])
    return text


# What someone is there for, said after their name: "… who runs the service contracts side".
WHO_RUNS_VERBS = r"does|runs|handles|leads|manages|heads|oversees|looks after"
WHO_DOES = regex_cache.compile(
    rf"\s+who(?:['’]s| is)?\s+(?:{WHO_RUNS_VERBS})\s+[^,;.]{{0,60}}?"
    r"(?=\s+(?:and|then)\s+(?:the\s+[a-z-]+\s+)?[A-Z])"
)


DEPARTMENT_WORDS = frozenset(
    "compliance testing crime platform risk audit research policy legal payments analytics security "
    "infrastructure growth brand support services strategy finance operations marketing sales engineering "
    "product design data commercial personal lines retail wholesale corporate digital editorial news sport "
    "features print online content".split()
)
MAILBOX_WORDS = frozenset("careers recruitment recruiting jobs talent hiring team reception noreply hr admin".split())


LOWER_TITLE = regex_cache.compile(
    r"\s*(?:mr|mrs|ms|dr|prof|sir|ma['’]?am)\.?\s+"
)  # also the Filipino "ma'am Rowena Dizon"
ONE_WORD_THEN_LOWER = regex_cache.compile(r"\s+(?!and\b|with\b|w/)[a-z]")


# "Arjun Mehta, Engineering Manager, Last Mile team": a team's name after a person's title.
PLACE_AFTER = regex_cache.compile(
    r"\s+(?:village|town|city|county|district|street|road|island|river|bay|beach|province)\b"
)
ORG_UNIT = regex_cache.compile(r"\s+(?:team|group|department|dept|squad|unit|division|org|practice|desk|pod)\b")


NICKNAME_NOTE = regex_cache.compile(
    r"^\s*(?:[\"“'‘]|call me\b|(?:(?:she|he|they)\s+)?(?:goes by|go by|prefers|said call|said [\"“'‘]just)\b)",
    re.IGNORECASE,
)


def title_after(text: str, end: int) -> tuple[str | None, int]:
    order = ORDER_BEFORE_TITLE.match(text, end)  # "Tunde Afolabi first (EM, payments core)": when, then the job
    end = order.end() if order else end
    credentials = CREDENTIALS_RE.match(text[end:])  # "Heather Lund, PE (Principal)"
    if credentials and re.match(r"\s*[(,–—-]", text[end + credentials.end() :]):
        end += credentials.end()
    paren = re.match(r"\s*\(([^)]{1,60})\)", text[end:])
    long_aside = re.match(r"\s*\(([^)]{61,160})\)", text[end:])
    lead = re.split(r",|\s+[–—]\s+", long_aside.group(1))[0] if long_aside else ""
    if long_aside and looks_like_title(lead) and len(lead.split()) <= 6:
        # "(cabinet member for environment, I called her Councillor Pryce-Jones and that seemed right)"
        return tidy_title(lead), end + long_aside.end()
    if paren and NICKNAME_NOTE.search(paren.group(1)):
        end += paren.end()  # 'Anthony Reyes-Gallo ("call me Tony"), courtroom supervisor': the title comes after
        paren = None
    if paren and re.search(r"\d|!|\?|@", paren.group(1)) and not looks_like_title(paren.group(1)):
        return None, end + paren.end()  # "(15 min only!!)", "(femke.jansen@kanaal-logistics.nl)": no title
    if paren:
        # "(Creative Director, Dutch, very chill)": the title, not the asides after it
        # "(Head of Family Support — "everyone calls me Peggy")", "(owner; everyone calls her Dr. Alex)"
        parts = re.split(r"[,;]|\s+[–—]\s+", paren.group(1))
        title = parts[0] if len(parts) > 1 and looks_like_title(parts[0]) else paren.group(1)
        return tidy_title(title), end + paren.end()
    coded = re.match(r"\s*,\s*[A-Z0-9]{2,6}\s*\(([^)]{2,60})\)", text[end:])
    if coded and looks_like_title(coded.group(1)):
        return tidy_title(coded.group(1)), end + coded.end()  # "Aoife Ní Bhriain, CNM2 (Clinical Nurse Manager)"
    comma = COMMA_TITLE.match(text[end:])
    words = [w.lower().strip(".") for w in comma.group(1).split()] if comma else []
    # "Managing Editor", or typed in lower case "iwi liaison from Ngāti Tūwharetoa": a title word at an edge
    lower = comma is not None and comma.group(1)[:1].islower()
    title_edge = bool(words) and (any(w in TITLE_WORDS for w in words[: 2 if lower else 1]) or words[-1] in TITLE_WORDS)
    if comma and looks_like_title(comma.group(1)) and (title_edge or not find_names(comma.group(1), min_words=2)):
        # "Dr. Kamrul Hasan, Head of Marketing and Sharmin Akter, Senior Brand Manager": the title ends at "and"
        # where the next person's name starts
        joined = AND_SOMEONE.search(comma.group(1))
        # … and only when that name has a job of its own after it; not "the Director of Quality and Patient Safety"
        their_job = COMMA_TITLE.match(text[end + comma.end() :]) if joined else None
        if joined and their_job and looks_like_title(their_job.group(1)) and not looks_like_title(joined.group(1)):
            title = tidy_title(re.sub(r"^the\s+", "", comma.group(1)[: joined.start()]))
            return title, end + comma.start(1) + joined.start()
        return tidy_title(re.sub(r"^the\s+", "", comma.group(1))), end + comma.end()
    dashed = LOWER_TITLE_THEN_DASH.match(text[end:])  # "Craig Pemberton ops mgr - asked bout my forklift tickets"
    if dashed and looks_like_title(expand_shorthand(dashed.group(1))):
        return tidy_title(dashed.group(1)), end + len(dashed.group(0).rstrip(" -–—"))
    equals = EQUALS_TITLE.match(text[end:])  # "Brett = VP Sales (grandson of the founder i think)"
    if equals and looks_like_title(equals.group(1)):
        return tidy_title(equals.group(1)), end + equals.end()
    bare = BARE_TITLE.match(text[end:])
    said = (bare.group(1) or bare.group(2)) if bare else ""
    plain = bare is not None and " and then " not in said  # not "the MD and then Conor"
    # "Rowena Dizon head of operations and sir Jun Macaraeg": a department after "head of"
    known = TITLE_WORDS | DEPARTMENT_WORDS | {"of"}
    # "Kenji Watanabe program director + Fatima …": a few plain words that end in a job
    job_last = len(said.split()) <= 3 and said.split()[-1:] != [] and said.split()[-1] in TITLE_WORDS
    job_last = job_last and not any(w in STOPWORDS for w in said.split())
    if (
        bare
        and plain
        and looks_like_title(said)
        and (bare.group(1) or job_last or all(w in known for w in said.split()))
    ):
        return tidy_title(said), end + bare.end()
    who = WHO_IS_TITLE.match(text[end:])  # "Rosalind Whitaker-Hayes who is the Director of Community Programs"
    if who and looks_like_title(who.group(1)):
        return tidy_title(who.group(1)), end + who.end()
    return None, end


AND_SOMEONE = regex_cache.compile(r"\s+and\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][^\W\d_]+\s+[A-Z][^\W\d_'’-]+.*)$")
# ", Managing Editor", not ", and the hangar lead"
COMMA_TITLE = regex_cache.compile(
    r"\s*[,–—-]\s*(?!\s|and\s)([^,;:()\n]{2,50}?)(?=\s*(?:[,;:()\n]|\.\s|\s[-–—]\s|\s\+\s(?=[A-Z][^\W\d_]+\s+[A-Z])|$|\s@|\sat\s)"
    r"|\s+but\s)"  # "Ravi Ramdin — HR adviseur but asked actual competency q's"
)
# also a department in capitals: "Tamika Brooks HR - went over attendance pts"
LOWER_TITLE_THEN_DASH = regex_cache.compile(r"\s+([a-z][a-z&/ ]{1,30}?|HR|GM|CEO|CFO|COO|CTO|VP)\s+[-–—]\s")


EQUALS_TITLE = regex_cache.compile(r"\s*=\s*([^,;()=]{2,40}?)(?=\s*(?:[,;(]|$))")


# "Noor Al-Khatib the line producer and Zoë …", "Ms. Kavita Iyer senior manager and Mr. Farhan Shaikh …"
BARE_TITLE = regex_cache.compile(
    r"\s+(?:(?:the|our|their)\s+([A-Za-z][\w -]{2,40}?)|((?-i:[a-z])[a-z -]{2,30}?))"
    # "Bobby Tran the senior field adjuster was chill": the title ends where what they did starts
    # also "Ms. Claudette Guidry the Planning Director because Mr. LeBlanc …": where the reason starts
    r"(?=\s+(?:and|&|\+)\s|\s*[,;.]\s|\s*$|\s+\(|\s+(?:was|is|came|who|went|joined|because|since|but|so)\b)"
)


WHO_IS_TITLE = regex_cache.compile(
    r",?\s+(?:(?:who|she|he)(?:['’]s|\s+is)|is)\s+(?:the|their|a|an)\s+([^,;:()\n]{2,50}?)(?=\s*(?:[,;:()\n]|\.\s|\s(?:but|and|so)\b|$))"
)


# Short forms of a given name that do not start the way it does (those that do, "Nige" of Nigel, are read by
# their spelling): the notes may say "Kasia" of Katarzyna or "Lupita" of Guadalupe. Keys are folded.
PET_NAMES: dict[str, tuple[str, ...]] = {
    "katarzyna": ("Kasia",),
    "malgorzata": ("Gosia", "Małgosia"),
    "barbara": ("Basia",),
    "aleksandra": ("Ola",),
    "joanna": ("Asia",),
    "jakub": ("Kuba",),
    "jerzy": ("Jurek",),
    "zofia": ("Zosia",),
    "stanislaw": ("Staszek",),
    "bartlomiej": ("Bartek",),
    "krzysztof": ("Krzysiek",),
    "ekaterina": ("Katya",),
    "yekaterina": ("Katya",),
    "mikhail": ("Misha",),
    "dmitry": ("Dima",),
    "dmitri": ("Dima",),
    "nikolai": ("Kolya",),
    "ivan": ("Vanya",),
    "maria": ("Masha", "Marysia"),
    "elena": ("Lena",),
    "yelena": ("Lena",),
    "natalia": ("Natasha",),
    "aleksandr": ("Sasha",),
    "alexander": ("Sasha",),
    "jose": ("Pepe",),
    "francisco": ("Paco", "Pancho", "Chico"),
    "guadalupe": ("Lupita", "Lupe"),
    "ignacio": ("Nacho",),
    "jesus": ("Chucho",),
    "dolores": ("Lola",),
    "concepcion": ("Concha", "Conchita"),
    "rosario": ("Charo",),
    "enrique": ("Quique",),
    "guillermo": ("Memo",),
    "antonio": ("Toño",),
    "consuelo": ("Chelo",),
    "giuseppe": ("Beppe", "Peppe"),
    "luigi": ("Gigi",),
    "richard": ("Dick",),
    "margaret": ("Peggy", "Maggie"),
    "marguerite": ("Maggie",),
    "william": ("Bill", "Billy"),
    "robert": ("Bob", "Bobby"),
    "edward": ("Ted", "Ned"),
    "charles": ("Chuck",),
    "henry": ("Hank",),
    "elizabeth": ("Liz", "Beth", "Betty", "Lisa"),
    "sarah": ("Sally",),
    "mary": ("Molly", "Polly"),
    "james": ("Jim", "Jimmy"),
    "john": ("Jack",),
}
