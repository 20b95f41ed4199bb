"""Who one line of notes introduces, read by its shape: "Ruth Abebe (charge nurse) - asked about alarms",
"Q5 (Sarah) –", "then Mel (Melanie Tran) from WHS …", "met Deirdre first who turned out to be Deirdre O'Mahony".

Each finder takes a line and returns (name, title, the rest of the line) for each person it introduces;
`people` tries them in order."""

from __future__ import annotations

import re

from followup import regex_cache
from followup.contacts import find_emails, find_phones
from followup.models import SURNAME_PARTICLES
from followup.namelists import (
    ONLY_LEAD,
    THE_TITLE_BEFORE,
    WHO_RUNS_VERBS,
    after_title,
    name_list,
    title_after,
)
from followup.names import (
    MONTHS_THAT_ARE_NAMES,
    NOT_NAMES,
    TITLE_WORDS,
    ends_like_a_job,
    find_names,
    initials,
    looks_like_title,
    same_person,
)
from followup.notes_rules import (
    COMMON_NOT_NAMES,
    LOWER_NAME_THEN_TITLE,
    LOWER_NAME_WITH_TITLE,
    LOWER_NOT_A_NAME,
    NAME_TALK,
    has_company_suffix,
    tidy_title,
)
from followup.text import STOPWORDS, expand_shorthand, fold


def bracketed_full_name(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "talked w mike d (Mike Dombrowski) terminal mgr", "tom (badge said Tomasz Wiśniewski, prod supervisor)":
    a nickname typed in lower case, then the full name in brackets."""
    aside = BRACKETED_NAME.search(raw) if "(" in raw else None
    if not aside:
        short = SHORT_THEN_FULL.search(raw) if "(" in raw else None
        names = find_names(short.group(2), min_words=2) if short else []
        if short and names and names[0].start == 0 and _short_for(short.group(1), names[0].name):
            # "then Mel (Melanie Tran) from WHS - safety stuff, incident reporting": what follows is what she raised
            said = re.split(r"\s[-–—]\s", raw[short.end() :], maxsplit=1)
            shortened: list[tuple[str, str | None, str | None]] = [
                (names[0].name, None, said[1].strip() if len(said) > 1 else None)
            ]
            # "Brooke Hadley (founder) + JO (Jacques-Olivier …)": the one named before, with their job
            lead = raw[: short.start()]
            before = find_names(lead, min_words=2) if short.group(0).startswith("+") else []
            if before and before[0].start == 0:
                their_job, end = title_after(lead, before[0].end)
                if not lead[end:].strip():
                    shortened.insert(0, (before[0].name, their_job, None))
            return shortened
        return []
    names = find_names(aside.group(1), min_words=2)
    if not names or re.search(r"@|\bat\b", aside.group(1)[: names[0].start]):
        return []  # "recruiter (Jess @ Morgan McKinley)": the agency, not a person
    title, _ = title_after(aside.group(1), names[0].end)
    if title is None:
        after = re.match(r"\s*([a-z][\w ]{2,30}?)(?:,|$|\s[-–—]\s)", raw[aside.end() :])
        title = tidy_title(after.group(1)) if after and looks_like_title(after.group(1)) else None
    found: list[tuple[str, str | None, str | None]] = [(names[0].name, title, None)]
    # "met marisol (owner, Marisol Ferreira) + dev from the kitchen side (Devendra Lall, head baker)": one more
    more = ANOTHER_BRACKETED.match(raw, aside.end())
    others = find_names(more.group(1), min_words=2) if more else []
    if more and others and others[0].start == 0:
        other_title, _ = title_after(more.group(1), others[0].end)
        found.append((others[0].name, other_title, None))
    return found


def _short_for(short: str, full: str) -> bool:
    """ "Mel" for Melanie Tran, "Lupita" for Guadalupe Ramírez: the same first letter, or a stem inside the name."""
    first = fold(full.split()[0])
    if short.isupper() and len(short) >= 2:
        # "JO" of Jacques-Olivier Beaumont: the initials, in order; not "GAS" of "Gameplay Ability System"
        letters = initials(full)
        return len(short) < len(letters) and letters.startswith(fold(short))
    return fold(short[:1]) == first[:1] or (len(short) >= 4 and fold(short[:3]) in first)


ANOTHER_BRACKETED = regex_cache.compile(r"\s*(?:\+|&|and|,)\s*[a-z][\w ]{0,30}?\s*\(([^)]*[A-Z][^)]*)\)")


# also initials: "Brooke Hadley (founder) + JO (Jacques-Olivier Beaumont, Head of Partnerships)"
SHORT_THEN_FULL = regex_cache.compile(
    r"(?:^|\b(?:then|and|also|w/?|with)\s+|\+\s*)([A-Z][a-z]{1,10}|[A-Z]{2,3})\s*\(([A-Z][^)]*)\)"
)
# A lower-case word or two right before brackets holding a capitalised full name.
BRACKETED_NAME = regex_cache.compile(
    r"(?:^|\b(?:w/?|with|met|talked|spoke|chatted|just|only)\s+)[a-z]+(?:\s+[a-z]\.?)?\s*\(([^)]*[A-Z][^)]*)\)"
)


def question_by(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Q5 (Sarah) – Working across portfolios: …": the question's asker, in brackets."""
    match = QUESTION_BY.match(raw)
    names = find_names(match.group(1)) if match else []
    if not match or not names or names[0].start > 0:
        return []
    return [(names[0].name, None, raw[match.end() :].strip(" –—-:") or None)]


QUESTION_BY = regex_cache.compile(r"^\W*Q\d*\s*\(([^)]{2,40})\)\s*[–—:-]?")


def turned_out_to_be(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "met Deirdre first who turned out to be Deirdre O'Mahony the MD": the full name they turned out to have."""
    cue = TURNED_OUT.search(raw)
    names = find_names(raw[cue.end() :], min_words=2) if cue else []
    if not cue or not names or names[0].start > 0:
        return []
    title, _ = title_after(raw[cue.end() :], names[0].end)
    return [(names[0].name, title, None)]


TURNED_OUT = regex_cache.compile(r"\b(?:turned out to be|introduced (?:himself|herself|themselves) as)\s+")


def joined(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "and Mehmet Yılmaz (Head Pastry) joined for the tasting part": someone who joined the interview."""
    match = JOINED.match(raw)
    if not match:
        return []
    names = find_names(match.group(1))
    # "then senior teacher Nurul Aisyah binte Rahman joined": a job before the name, with or without "the"
    lead = (THE_TITLE_BEFORE.match(match.group(1)) or BARE_TITLE_BEFORE.match(match.group(1))) if names else None
    lead = lead if names and names[0].start > 0 else None
    # "then his daughter Chiara Bellini who runs the floor came over": a full name after whose relative they are
    kin = names and " " in names[0].name and KIN_BEFORE.fullmatch(match.group(1)[: names[0].start])
    if not names or (names[0].start > 0 and not kin and not (lead and looks_like_title(lead.group(1)))):
        return []  # "+ the practice manager Bronwyn Kelly (BK) joined for the last 15 min" names her job first
    if " " not in names[0].name and not (lead and match.group(1).endswith(names[0].name)):
        return []  # one word counts only right after their job: "then the kitchen manager Teresa came out"
    bracket = match.group(2) if match.group(2) and looks_like_title(match.group(2)) else None
    title = tidy_title(bracket) if bracket else (tidy_title(lead.group(1)) if lead and not kin else None)
    # "… came over and asked about my experience at Pelikan": what they asked is what they discussed
    after = raw[match.end() :]
    asked = AFTER_JOINING.match(after)
    found = [(names[0].name, title, after[asked.end() :].strip(" ,.") or None if asked else None)]
    # "Glenys Pryce was there again (owner, …) plus her son Aled Pryce who's taking over": and who came with them
    more = ALSO_THERE.search(after)
    others = find_names(after[more.end() :], min_words=2) if more else []
    if more and others and others[0].start == 0:
        found.append((others[0].name, None, None))
    return found


ALSO_THERE = regex_cache.compile(
    r"\s(?:plus|and|\+|&|with)\s+(?:(?:his|her|their)\s+(?:son|daughter|wife|husband|partner|colleague|boss)\s+)?"
    r"(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


# also "and his service manager Jaspreet Gill (goes by Jas) came in halfway"
# and "Head chef Sipho Ngcobo came in halfway": a job with a capital
BARE_TITLE_BEFORE = regex_cache.compile(
    r"^(?:(?:his|her|their)\s+)?((?:(?!The\b|A\b|An\b)[A-Z][a-z]+\s+)?[a-z][a-z -]{2,30}?)\s+(?=[A-Z][a-z])"
)
JOINED = regex_cache.compile(
    r"^\W*(?:(?:and|then|plus|later|after\s+\d+\s*min\w*|halfway(?:\s+through)?)\s+)*"
    r"([^\W\d_][^()]{2,40}?)\s*(?:\(([^)]{2,40})\))?(?:,?\s+who\s+[^(),]{2,30}?)?\s+"
    r"(?:joined|sat in|came in|came along|jumped on|came out|came over|jumped in|was there(?: again| too)?)\b"
)
AFTER_JOINING = regex_cache.compile(r"\s+and\s+(?:then\s+)?(?=(?:asked|talked|quizzed|went through|explained)\b)")
VIA_BRACKET = regex_cache.compile(r"\b(?:via|through|contact|ask|cc)\b[^()]{0,30}\(\s*$", re.IGNORECASE)
JOB_BEFORE = regex_cache.compile(r"\b(?:Director|Manager|Head|VP|Lead|Chief|Officer)\s+$")
WHO_DOES = regex_cache.compile(r"\s+who\s+(?:runs|does|leads|heads|manages|handles|looks after|is (?:the|our|their))\b")
KIN_AFTER_AND = regex_cache.compile(
    r"\b(?:and|&|\+)\s+(?:his|her|their)\s+(?:daughter|son|wife|husband|brother|sister|"
    r"(?:business\s+)?partner|co-?owner)\s+$"
)
KIN_BEFORE = regex_cache.compile(
    r"(?:his|her|their|the owner['’]s)\s+(?:(?:business\s+)?partner|daughter|son|wife|husband|brother|sister|"
    r"colleague|boss|co-?owner|mother|father|mum|mom|dad)\s+"
)


def two_with_their_jobs(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "the CEO Eoghan Fitzpatrick and a board member, Dr Margaret Doyle, she chairs …": two people, each after
    their job."""
    pair = TWO_WITH_JOBS.match(raw)
    if not pair or not (looks_like_title(pair.group(1)) and looks_like_title(pair.group(3))):
        return []
    return [(pair.group(2), tidy_title(pair.group(1)), None), (pair.group(4), tidy_title(pair.group(3)), None)]


TWO_WITH_JOBS = regex_cache.compile(
    r"^\W*the\s+((?:[A-Za-z]+\s+){0,2}?[A-Za-z]+)\s+((?-i:[A-Z])[^\W\d_]+\s+(?-i:[A-Z])[\w'’-]+)\s+and\s+"
    r"(?:a|an|the)\s+([a-z][a-z ]{2,30}?),?\s+((?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?(?-i:[A-Z])[^\W\d_]+\s+(?-i:[A-Z])[\w'’-]+)"
)


def called_by_name(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "And a young chap called Nikau Parata who runs the education programmes", "guy named Terrell Jackson hes the
    hub supervisor": someone met, introduced by what they were called."""
    said = CALLED_BY_NAME.search(raw)
    names = find_names(raw[said.end() :], min_words=2) if said else []
    if not said or not names or names[0].start != 0:
        return []
    return [(names[0].name, None, raw[said.end() + names[0].end :].strip(" ,.;") or None)]


CALLED_BY_NAME = regex_cache.compile(
    r"\b(?:a\s+|an\s+|this\s+|some\s+)?(?:(?:young|older|nice|lovely|friendly|tall)\s+)?"
    r"(?:chap|guy|lady|woman|man|bloke|fella|gentleman|gent)\s+(?:called|named)\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def did_the_interview(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "chef Nico did the interview (Nicola Ferraro, exec chef - …)": who did it, by their full name if given."""
    did = DID_THE_INTERVIEW.search(raw)
    if not did:
        return []
    aside = re.match(r"\s*\(([^)]*)\)", raw[did.end() :])
    full = find_names(aside.group(1), min_words=2) if aside else []
    if full and full[0].start == 0:
        title, _ = title_after(aside.group(1) if aside else "", full[0].end)
        return [(full[0].name, title, None)]
    # "the owner Gord Pelletier did most of it and his service manager Jaspreet Gill (goes by Jas) came in halfway"
    also = joined(re.sub(r"^[\s,]*", "", raw[did.end() :]))
    before = find_names(raw[: did.start()])
    named_after = find_names(raw[did.end() :], min_words=2)
    if not before and named_after and re.match(r"\s*,\s*$", raw[did.end() : did.end() + named_after[0].start]):
        return [(named_after[0].name, None, None)]  # "the owner did it herself, Marguerite Okafor, but …"
    if not before:
        return []
    between = raw[before[-1].end : did.start()]
    if "," in between or len(between.split()) > 4:
        return []  # "at the Embakasi depot, the one who interviewed me was …": not the name before
    return [(before[-1].name, None, None), *also]


DID_THE_INTERVIEW = regex_cache.compile(
    r"\b(?:(?:did|led|ran|conducted|gave me)\s+the\s+interview|interviewed\s+me|"
    # "Giancarlo Bellini the owner did most of it", "the owner Siobhán O'Donnell did the sit down part"
    r"did\s+most\s+of\s+(?:it|the\s+(?:interview|talking|questions|questioning|asking))|"
    r"did\s+the\s+(?:sit[- ]?down|main|interview|first|chat(?:ty)?)\s+(?:part|bit|chat|half)\b|"
    r"did\s+it\s+(?:herself|himself|themselves)\b)",
    re.IGNORECASE,
)


def name_before_interview(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Brianna Castellanos interview — Summit Motion Physical Therapy": whom the interview was with."""
    names = find_names(raw, min_words=2)
    if not names or names[0].start != 0 or ends_like_a_job(names[0].name):
        return []
    if not NAME_THEN_INTERVIEW.match(raw[names[0].end :]):
        return []
    return [(names[0].name, None, None)]


NAME_THEN_INTERVIEW = regex_cache.compile(r"\s+(?:interview|intvw|call|chat|mtg|meeting|1:1|screen)\b", re.IGNORECASE)


def lower_titled_mentions(raw: str) -> list[tuple[str, str | None, str | None]]:
    """Notes typed all in lower case: "first was brett callahan the district manager"; not a line with
    capitals, where lower-case words are not names ("Me: … route through the manager")."""
    people: list[tuple[str, str | None, str | None]] = []
    if re.search(r"\b(?!I\b)[A-Z]", raw):
        return people
    for match in LOWER_NAME_THEN_TITLE.finditer(raw):
        words = match.group(1).split()
        if any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS or w in COMMON_NOT_NAMES for w in words):
            continue
        if any(re.search(r"['’](?:re|ve|ll|d|s|t|m)$", w) for w in words):
            continue  # "they're rebuilding (the editor)"
        title = match.group(2) or match.group(3)
        if not looks_like_title(title):
            continue
        said = LOWER_HONORIFIC_BEFORE.search(raw, 0, match.start())  # "first was ms lourdes manalo the area head"
        honorific = _typed_title(said.group(1)) + " " if said else ""
        # "halima yusuf (associate, 4 yrs pqe) - doc review for the due diligence": what they did, after
        leads = not raw[: match.start()].strip(" -–•*") and match.group(2) is not None
        rest = raw[match.end() :].strip(" -–—:,") if leads else ""
        people.append((honorific + match.group(1).title(), tidy_title(title.strip()), rest or None))
    # "mrs okafor (nkechi okafor, mng partner)": the title and surname, then the full name and job in brackets
    for match in LOWER_SURNAME_THEN_FULL.finditer(raw):
        title = match.group(4)
        name = f"{match.group(1).capitalize()}. {match.group(3).title()} {match.group(2).title()}"
        rest = raw[match.end() :].strip(" -–—:,") if not raw[: match.start()].strip(" -–•*") else ""
        people.append((name, tidy_title(title.strip()) if title and looks_like_title(title) else None, rest or None))
    # "second was mr benjie tolentino from compliance": a courtesy title typed before a name says it is one
    for match in LOWER_HONORIFIC_NAME.finditer(raw):
        words = match.group(2).split()
        if any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS or w in COMMON_NOT_NAMES for w in words):
            continue
        if words[-1] in LOWER_NOT_A_NAME:
            continue  # "maybe a quick meet with mr pryor after that": one name word, then no surname
        typed = " ".join(w if w in SURNAME_PARTICLES else w.title() for w in match.group(2).split())
        name = f"{_typed_title(match.group(1))} {typed}"
        if not any(fold(match.group(2)) in fold(known) for known, _, _ in people):
            people.append((name, None, None))
    return people


def _typed_title(title: str) -> str:
    """ "ms" -> "Ms.", a dictated "doctor" -> "Dr.", Indonesian "pak" -> "Pak"."""
    if title in ("pak", "bapak", "ibu", "bu"):
        return "Ibu" if title == "bu" else title.capitalize()
    return "Dr." if title == "doctor" else title.capitalize() + "."


LOWER_SURNAME_THEN_FULL = regex_cache.compile(
    r"(?<![\w'’-])(mr|mrs|ms|dr|prof)\.?\s+([a-z][a-z'’-]+)\s*\(\s*([a-z][a-z'’-]+)\s+\2\b(?:\s*,\s*([^()]{2,40}))?\)"
)
LOWER_HONORIFIC_BEFORE = regex_cache.compile(r"(?<![\w'’-])(mr|mrs|ms|dr|prof|doctor)\.?\s+$")
# not "ms excel", "ms teams": Microsoft's
LOWER_HONORIFIC_NAME = regex_cache.compile(
    # introduced: "second was mr …", "two people doctor …", "with ms …"; not "called me mr chan throughout"
    r"(?:^|[,:;(+&]|\b(?:was|were|with|w/|and|by|met|then|people|ppl|interviewers?|panel|first|second|third|last|also))"
    r"\s*(mr|mrs|ms|dr|prof|doctor|pak|bapak|ibu|bu)\.?\s+"
    r"(?!(?:excel|teams|office|project|word|access|dynamics|outlook|sql|azure|powerpoint|forms|planner|365)\b)"
    r"([a-z][a-zà-ÿ'’-]+(?:\s+(?:van|von|de|da|der|den|del|la|le|di|du|dos|das))*\s+[a-z][a-zà-ÿ'’-]+)\b"
)


LOWER_NAME_DASH_TITLE = regex_cache.compile(
    r"^([a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){1,2})\s+[-–—]\s+([a-z][\w &/-]{1,40}?)(?:\s*\([^)]{0,60}\))?"
    r"\s*(?:,[^,]{0,40})?$"  # also "jun hao lim – head of quant tech, my would-be mgr"
)
# "1st: dr jürgen köhler (teamleiter inverter dev)": which came first, and a title typed in lower case
LOWER_LEAD = regex_cache.compile(
    r"^(?:(?:[1-4](?:st|nd|rd|th)|[1-4][.)])\s*:?\s+)?(?:(dr|prof|mr|mrs|ms)\.?\s+(?=[a-z]))?"
)


WHO_RUNS = regex_cache.compile(rf"\s+who(?:['’]s| is)?\s+(?:{WHO_RUNS_VERBS}|in charge of)\b[^,;.]*")


def lower_leading_person(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "chiara benedetti (GM) -- guest scores slipped", "1) ananya iyer - vp product (hiring mgr)": a name typed
    in lower case, with a title."""
    lead = LOWER_LEAD.match(raw.strip())
    raw = raw.strip()[lead.end() :] if lead else raw
    honorific = lead.group(1).capitalize() + " " if lead and lead.group(1) else ""
    dashed = LOWER_NAME_DASH_TITLE.match(raw.strip())
    match = LOWER_NAME_WITH_TITLE.match(raw.strip()) or dashed
    if not match or not looks_like_title(expand_shorthand(match.group(2))):
        return []
    title_words = expand_shorthand(match.group(2)).lower().split()
    if title_words[0] not in TITLE_WORDS and title_words[-1] not in TITLE_WORDS:
        return []  # "kapa haka — would I help with the senior group", "med calc (ml/hr infusion)": no title
    words = [w for w in match.group(1).split() if w not in MONTHS_THAT_ARE_NAMES]  # "jun hao lim"
    if any(w in STOPWORDS or w in NOT_NAMES or w in TITLE_WORDS or has_company_suffix(w) or w == "fc" for w in words):
        return []  # "accra lions fc - community & youth programmes coordinator": a club and the job
    rest = raw.strip()[match.end() :].strip(" -–—:,")
    return [(honorific + match.group(1).title(), tidy_title(match.group(2)), rest or None)]


def lower_title_then_name(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "exec housekeeper Leilani Kealoha (goes by Lani) + her assistant Nguyen Thu (…)": a job typed in lower case,
    then the person's name, and whoever is listed after them."""
    lead = LOWER_TITLE_LEAD.match(raw.strip())
    if not lead or not looks_like_title(expand_shorthand(lead.group(1))):
        return []
    if any(w in STOPWORDS for w in lead.group(1).split()):
        return []  # "she said the partner Graham Lyle might join", "my career center advisor Dana Whitfield"
    if expand_shorthand(lead.group(1)).lower().split()[-1] not in TITLE_WORDS:
        return []  # "asked about Opera PMS": no job before the name
    listed = name_list(raw.strip()[lead.end() :])
    if not listed or " " not in listed[0][0]:
        return []
    first_name, first_title, rest = listed[0]
    return [(first_name, first_title or tidy_title(expand_shorthand(lead.group(1))), rest), *listed[1:]]


LOWER_TITLE_LEAD = regex_cache.compile(r"^([a-z][a-z&/.-]*(?:\s+[a-z][a-z&/.-]*){0,3})\s+(?=[A-Z][^\W\d_'’]+\s+[A-Z])")


def pair_with_a_title(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Bev + Shaz - both senior carers (same title, …)": two people by first name, and the job they share."""
    pair = PAIR_THEN_TITLE.match(raw.strip())
    if not pair or not looks_like_title(expand_shorthand(pair.group(3))):
        return []
    if not (pair.group(0).find("both") >= 0 or pair.group(3).rstrip().endswith("s")):
        return []  # a job for two: "both senior carers", "supervisors"; not "Fennel & Fig — ux designer", a firm
    names = [pair.group(1), pair.group(2)]
    if any(fold(n) in NOT_NAMES or fold(n) in TITLE_WORDS for n in names):
        return []
    title = tidy_title(expand_shorthand(pair.group(3)))
    return [(name, title, None) for name in names]


PAIR_THEN_TITLE = regex_cache.compile(
    r"^([A-Z][a-z]{1,14})(?:\s*[+&]\s*|\s+and\s+)([A-Z][a-z]{1,14})\s*[-–—:]\s*(?:both\s+)?"
    r"([a-z][\w /&-]{2,40}?)\s*(?:\(|,|$)"
)


def real_name(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "rusty = service mgr (real name Russell Kane, name on the shirt says RUSTY, goes by rusty)": the real name,
    the job, and the name they go by."""
    said = REAL_NAME.search(raw)
    if not said:
        return []
    title = said.group(2).strip()
    job = expand_shorthand(title)
    return [(said.group(3), tidy_title(job) if looks_like_title(job) else None, None)]


REAL_NAME = regex_cache.compile(
    r"^\W*([a-z][\w'’-]{1,15})\s*(?:=|[-–—]|is)\s*([^()=]{2,40}?)\s*\(\s*(?:real|full) name(?: is)?\s+"
    r"([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_'’-]+)+)",
    re.IGNORECASE,
)


def in_order(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "second person Annika Brandt, she's team lead for the Osteuropa desk": dictated notes that take the
    panel in order, each person by their full name."""
    lead = IN_ORDER.match(raw)
    names = find_names(raw[lead.end() :], min_words=2) if lead else []
    if not lead or not names or names[0].start != 0:
        return []
    name, end = names[0].name, lead.end() + names[0].end
    # "Jean-François Côté, no wait, it was Jean-Philippe, Jean-Philippe Côté": the name they corrected it to
    corrected = CORRECTION.match(raw, end)
    fixed = find_names(raw[corrected.end() : corrected.end() + 80], min_words=2) if corrected else []
    if corrected and fixed:
        name, end = fixed[0].name, corrected.end() + fixed[0].end
    return [(name, None, raw[end:].strip(" ,.;") or None)]


IN_ORDER = regex_cache.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:then\s+)?(?:the\s+)?(?:first|second|third|fourth|last|finally|next|"
    r"interviewer\s+(?:one|two|three|four|\d|#\d))"  # "Interviewer two Yamamoto Keiko from HR", dictated
    r"(?:\s+(?:person|one|interviewer|up|was|came|guy|lady|woman|man))*\s*[,:]?\s+(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
CORRECTION = regex_cache.compile(
    r"\W*(?:no,?\s+wait|sorry|I mean|actually|correction)\b[\s,:-]*(?:it was\s+)?", re.IGNORECASE
)


def numbered_interview(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Interview 4 – Gabriela Souza, Senior Research Associate (would report to me)": an onsite's schedule."""
    said = NUMBERED_INTERVIEW.match(raw)
    names = find_names(raw[said.end() :], min_words=2) if said else []
    if not said or not names or names[0].start != 0:
        return []
    title, end = title_after(raw, said.end() + names[0].end)
    return [(names[0].name, title if title and looks_like_title(title) else None, raw[end:].strip(" ,.;") or None)]


NUMBERED_INTERVIEW = regex_cache.compile(
    r"^\W*(?:interview|round|session|slot|1:1)\s*#?\d+\s*[-–—:|]\s*", re.IGNORECASE
)


def tagalog_si(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "tapos si Jerome Bautista yung OM ng US telco account": Tagalog's "si" before a person's full name."""
    if not TAGALOG.search(raw):
        return []
    found: list[tuple[str, str | None, str | None]] = []
    for said in SI_NAME.finditer(raw):
        names = find_names(raw[said.end() :], min_words=2)
        if names and names[0].start == 0:
            found.append((names[0].name, None, None))
    return found


SI_NAME = regex_cache.compile(r"\bsi\s+(?=(?-i:[A-Z]))")
TAGALOG = regex_cache.compile(r"\b(?:yung|sya|siya|nya|niya|ng|tapos|naman|lang)\b")


def named_again_at(text: str, name: str) -> int:
    """Where the text names someone again by surname or given name ("Dr. Rao asked …"); -1 when it does not."""
    words = [w for w in name.split() if w.rstrip(".").lower() not in HONORIFICS]
    if not words:
        return -1
    again = re.search(rf"(?:\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?\b(?:{re.escape(words[-1])}|{re.escape(words[0])})\b", text)
    return again.start() if again else -1


def it_was(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "… role it was Sophie van 't Hof and Bram Visser, Lotte from HR just did the welcome": who the panel was."""
    said = IT_WAS.search(raw)
    if not said or INSTEAD.search(raw, said.end()):
        return []
    listed = name_list(after_title(raw[said.end() :]), intro_only=True)
    named = find_names(raw[said.end() :], min_words=2)
    if not listed or not named or named[0].start != 0 or " " not in listed[0][0]:
        return []
    found: list[tuple[str, str | None, str | None]] = [
        (name, title if title and looks_like_title(title) else None, None) for name, title, _ in listed
    ]
    # "… and Tyler Nakamura one of the staff lawyers um Marie-Claude asked a lot about …": what follows is said of
    # whoever it names, from where it names them
    last = raw.rfind(listed[-1][0])
    rest = raw[last + len(listed[-1][0]) :] if last >= 0 else ""
    again = [(at, k) for k, (name, _, _) in enumerate(found) if (at := named_again_at(rest, name)) >= 0]
    if len(found) > 1 and len(again) == 1:
        at, k = again[0]
        return [(n, t, rest[at:] if j == k else r) for j, (n, t, r) in enumerate(found)]
    return found


# also "only one person was Magdalena Szymańska, she is service desk team leader"
IT_WAS = regex_cache.compile(
    # also a hyphenated given name: "so it was Marie-Claude Beaulieu the executive director and Tyler Nakamura …"
    r"\b(?:(?:so\s+)?it|(?:only\s+)?(?:one|1)\s+(?:person|interviewer))\s+was\s+"
    r"(?=(?-i:[A-Z])[^\W\d_]+(?:[-'’][^\W\d_]+)*\s)"
)
INSTEAD = regex_cache.compile(r"^[^.;]{0,60}\binstead\b")


def stood_in(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "third person was meant to be the CIO but she got pulled out, so it was Tom Nguyen instead, …": who
    stood in for someone who could not come."""
    said = STOOD_IN.search(raw)
    names = find_names(said.group(1), min_words=2) if said else []
    if not said or not names or names[0].start != 0:
        return []
    return [(names[0].name, None, raw[said.end() :].strip(" ,.;") or None)]


STOOD_IN = regex_cache.compile(
    r"\b(?:it was|we had|I got|I had)\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})\s+instead\b", re.I
)


def titled_then_full(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "first Mr. Oyelaran, Babatunde Oyelaran, he's the managing director": a title and surname, then the full
    name said right after; the title stays, since that is how they were met."""
    said = TITLED_THEN_FULL.search(raw)
    if not said:
        return []
    title, _ = title_after(raw, said.end())
    title = title if title and looks_like_title(title) else None
    return [(f"{said.group(1)} {said.group(3)}", title, None)]


TITLED_THEN_FULL = regex_cache.compile(
    r"\b((?:Mr|Mrs|Ms|Dr|Prof)\.?)\s+([A-Z][^\W\d_'’-]+(?:-[A-Z][^\W\d_]+)?),\s+"
    r"((?-i:[A-Z])[^\W\d_]+\s+\2)\b"
)


CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
ROW_DATE = regex_cache.compile(
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|[—–-])",
    re.IGNORECASE,
)
ROW_TIME = regex_cache.compile(rf"{CLOCK}(?:\s*[-–]\s*{CLOCK})?", re.IGNORECASE)  # "9:00", "10:30-11:15", "2pm"


def schedule_row_person(raw: str) -> list[tuple[str, str | None, str | None]]:
    """A pasted schedule's slot: "9:00–9:50    Case interview – Marc-André Gagnon, Principal", "10:30 AM  Lab tour –
    Dr. Li Zhang – Bldg 76": a time, what happens, then who."""
    row = SCHEDULE_ROW.match(raw)
    if not row or SLOT_WITHOUT_ANYONE.search(raw):
        return []  # "Lunch with a couple of our consultants (informal, not evaluated!)", "– CANCELLED (travel)"
    who = raw[row.end() :]
    named = find_names(who, min_words=2)
    if not named or named[0].start != 0:
        return []
    title, _ = title_after(who, named[0].end)
    return [(named[0].name, title if title and looks_like_title(title) else None, None)]


SCHEDULE_ROW = regex_cache.compile(
    rf"^\W*(?:{ROW_TIME.pattern}\s+[A-Za-z][^–—|:]{{1,40}}?\s+[–—-]|"
    # "Round 2 (11:00) - Sneha Reddy, Lead Engineer, PCIe/SerDes"
    rf"(?:round|r)\s*\d\s*\(\s*{ROW_TIME.pattern}\s*\)\s*[–—:-])\s+",
    re.IGNORECASE,
)
SLOT_WITHOUT_ANYONE = regex_cache.compile(r"\bcancell?ed\b|\bnot evaluated\b|\bno faculty\b|\bresched", re.IGNORECASE)


def table_row_person(raw: str) -> list[tuple[str, str | None, str | None]]:
    """A row of a notes table: "Björn Lindqvist | Head Brewer | dry-hop creep in the IPAs"."""
    if "|" not in raw:
        return []
    cells = [c.strip() for c in raw.split("|")]
    # also a tracker's date first: "Jul 8 | Paolo Reyes | Team Lead, Health Claims | …"
    while cells and (
        not cells[0] or cells[0].rstrip(".").isdigit() or ROW_TIME.fullmatch(cells[0]) or ROW_DATE.fullmatch(cells[0])
    ):
        cells = cells[1:]  # "| 1 | Khun Siriporn Wongsakul | General Manager | …": a numbered row; "9:00 | …" a slot
    first = re.sub(r"\s*\(.*\)\s*$", "", cells[0])  # 'Brandon Jefferson ("BJ", Sales Manager, bj@…)'
    aside = cells[0][len(first) :].strip(" ()")
    titles = [part.strip() for part in aside.split(",") if looks_like_title(part) and "@" not in part]
    first = re.sub(r"^(?:Md|Mohd|Muhd)\.\s+(?=[A-Z])", "", first)  # "Md. Rafiqul Islam": Mohammad, written short
    dashed = re.match(r"^(.+?)\s+[-–—]\s+(.+)$", first)  # "Phạm Quốc Bảo – hub supervisor | sorting line, …"
    if dashed and looks_like_title(dashed.group(2)):
        first, titles = dashed.group(1), [dashed.group(2)]
    signature = looks_like_title(cells[-1]) and not find_emails(raw) and not find_phones(raw)
    if len(cells) == 2 and (signature or titles):
        cells.append("")  # "Marguerite Oyelaran-Fitch | Director of Development", "Name (Title) | what they said"
    if len(cells) < 3:
        return []
    names = find_names(first)
    if not names or names[0].start != 0 or names[0].end < len(first) - 1 or " " not in names[0].name:
        return []  # a person's row names them in full; "Vantage | AE | Mon" is a header
    titled = looks_like_title(cells[1])
    if not titled and first.split()[0].lower() in TITLE_WORDS and looks_like_title(first):
        return []  # a signature's "Gerente de Proyectos | Ingeniería Cordillera S.A. de C.V. | Monterrey"
    if not titled and first.split()[0].isupper() and not first.split()[-1].isupper():
        return []  # a topic's row: "SUSAR Meldungen | timelines 7/15 days, who signs | ok, knew it"
    title = cells[1] if titled else (titles[0] if titles else None)
    # "| 1 | Kavya Reddy (Engg Manager, Platform) | Kubernetes cluster upgrades … |": the title was in brackets
    # not the "how to address" cell, nor its sentence: "GPS tracker tampering, diesel theft. said call him Ifeanyi"
    cells = [" ".join(s for s in re.split(r"(?<=[.;!])\s+", c) if not NAME_TALK.search(s)) for c in cells]
    said = [c for c in (cells[2:] if titled else cells[1:]) if c]
    return [(names[0].name, tidy_title(title) if title else None, " ".join(said) or None)]


# The last word of a team or directorate's name: "Strategic Policy", "Indigenous Relations".
UNIT_WORDS = frozenset(
    "policy relations operations finance marketing sales engineering analytics product design research strategy "
    "services development communications procurement planning affairs resources programs programmes".split()
)
LOWER_TITLE = regex_cache.compile(r"^(?:mr|mrs|ms|dr)\.?\s+(?=[A-Z])")
# also the order they came in: "first Duarte Magalhães, CTO, super chill"
AND_THEN = regex_cache.compile(
    r"^(?:and|then|and then|also|plus|first|second|third|last|finally)\s+(?=[A-Z][^\W\d_]+\s+[A-Z])", re.IGNORECASE
)


def leading_person(raw: str, speaker_ok: bool = True) -> list[tuple[str, str | None, str | None]]:
    """A line that starts with a person: "Ruth Abebe (charge nurse) - asked about alarms"."""
    # "9:00–9:45   Dale Ferris, CEO & Co-Founder": a time, or a slot on the day's schedule, before the name
    raw = re.sub(
        r"^\d{1,2}(?::\d\d)?\s*(?:am|pm)?(?:\s*[-–—]\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?\s*[-–—:]?\s+",
        "",
        raw,
        flags=re.IGNORECASE,
    )
    raw = CREDENTIAL_LETTERS.sub("", raw)  # "C.P. Jorge Luis Peña — Tax Manager": a Mexican public accountant
    raw = LOWER_TITLE.sub("", raw, count=1)  # "mr. Suresh Kulkarni - gm ops": a title typed in lower case
    raw = AND_THEN.sub("", raw, count=1)  # "and Wiremu Paki, iwi liaison from Ngāti Tūwharetoa": one more person
    raw = ONLY_LEAD.sub("", raw, count=1)  # "only Tasha Greenberg-Ruiz, dir of content": who it was, in the end
    names = find_names(raw)
    if not names or names[0].start != 0 or GERUND.fullmatch(names[0].name.split()[0]):
        return []  # "Delivering Results — the HAP tenancy backlog I cleared": a competency heading, not a person
    match = names[0]
    title, end = title_after(raw, match.end)
    after = raw[end:]
    if " " not in match.name and title and after.strip() == ":" and not looks_like_title(title):
        return []  # "Transcript-ish (typed right after):": a heading with an aside over what follows, no person
    header = re.match(r"\s*:\s*|\s+[-–—>]+\s+|\s*->\s*|\s*[-–—]\s*$", after)  # "W-2" is not a header dash
    words_in_name = len(match.name.split())
    one_word_speaker = words_in_name == 1 and header is not None and header.group(0).strip() == ":" and speaker_ok
    runs = WHO_RUNS.match(after) if title is None and words_in_name >= 2 else None
    if runs:  # "And Thandi Mokoena who runs the service contracts side, she asked …": who she is, then what
        return [(match.name, None, after[runs.end() :].strip(" ,.;") or None)]
    if title is None and not (header and (words_in_name >= 2 or one_word_speaker)):
        return []  # "End: she said…" said once is a label, not a speaker
    if title is None and words_in_name < 2 and not header:
        return []
    rest = after[header.end() :] if header else after
    dash_title = title is not None and not re.match(r"\s*[(,=]", raw[match.end :])  # "Brett = VP Sales" names a person
    if dash_title and words_in_name < 2:
        return []  # "Brightloop - Account Executive - video call": a company header
    first_chunk = re.split(r"\s+[-–—|/]\s+|,", rest.strip())[0]
    if title is None and looks_like_title(first_chunk) and len(first_chunk.split()) <= 5:
        return []  # "Acme Freight - Dispatcher - Mon 11/16": a company and role, not a person
    # "Dr. Patricia Nwosu - director of tech (…), Luis Carrillo - network admin, Amy Tran - help desk lead"
    # "… owner (says "Jannie, nobody calls me Johan") + Thandeka Mthembu ops mgr": one more, with a title
    # also "Bev Shaw (manager, …) + the deputy Priyanka Sharma": the next person's job in lower case before them
    more = (
        re.match(r"\s*(?:\([^)]*\)\s*)?(?:,|\+|&)\s*(?:the\s+([a-z]+(?:\s+[a-z]+)?)\s+)?(?=[A-Z])", rest)
        if title
        else None
    )
    # not "Mireille Gagnon-Lévesque, Director, Strategic Policy (chair)": her directorate, not a second person
    others = [o for o in name_list(rest[more.end() :]) if fold(o[0].split()[-1]) not in UNIT_WORDS] if more else []
    if more and more.group(1) and others and looks_like_title(more.group(1)):
        others = [(others[0][0], others[0][1] or tidy_title(more.group(1)), others[0][2]), *others[1:]]
    # not "Catriona Rennie - Partner, Commercial Property (chaired)": her part of the firm, then an aside
    aside = [o for o in others if o[1] and not looks_like_title(o[1]) and re.search(rf"{re.escape(o[0])}\s*\(", rest)]
    if others and all(t for _, t, _ in others) and not aside:
        return [(match.name, title, None), *others]
    rest = re.sub(r"^\s*\([^)]*\)[.;]?\s*", "", rest)  # "(grandson of the founder i think). Kristen dropped off"
    return [(match.name, title, rest.strip() or None)]


def title_equals_person(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "Director of Care = Gwendolyn Fairweather-Tate. …", "Charge nurse = Emeka Obi-Nwosu (RN, 12 yrs there)":
    a job, then who holds it."""
    job = TITLE_EQUALS.match(raw)
    if not job or not looks_like_title(job.group(1)):
        return []
    names = find_names(raw[job.end() :], min_words=2)
    if not names or names[0].start != 0:
        return []
    rest = re.sub(r"^\s*\([^)]*\)", "", raw[job.end() + names[0].end :]).strip(" ,.;:-–—")
    return [(names[0].name, tidy_title(job.group(1)), rest if rest and rest[:1] not in "\"“'" else None)]


TITLE_EQUALS = regex_cache.compile(r"^\W*(?:the\s+)?([A-Za-z][A-Za-z&/ .'-]{1,40}?)\s*=\s*(?=[A-Z])")
# The verbs competency frameworks open with ("Delivering Results", "Working Together", "Making Effective Decisions"):
# a heading, though it reads like a given name and a surname. Not every "-ing": Aisling, Sterling.
GERUND = regex_cache.compile(
    r"(?:Deliver|Lead|Manag|Work|Mak|Develop|Chang|Communicat|Build|Achiev|Plann|Solv|Demonstrat|Collaborat|"
    r"Improv|Driv|Sett|Focus|Engag|Influenc|Adapt|Think|Putt|See)ing"
)
# "Mdm Tan Hui Min": Singapore's Madam; "si Sir Ramon Dela Cruz yung branch head": the Filipino office's courtesy;
# "Madame Claire Vautrin, the proviseure, chaired it", "Herr Jens Oberkamp"
HONORIFICS = frozenset(
    {"dr", "mrs", "mr", "ms", "prof", "mx", "mdm", "sir", "ma'am", "ma’am", "madame", "monsieur", "mme", "herr", "frau"}
)
CREDENTIAL_LETTERS = regex_cache.compile(r"^(?:[A-Z]\.){2,3}\s+(?=[A-Z][^\W\d_]+\s+[A-Z])")


FROM_DEPARTMENT = regex_cache.compile(
    r"\s+from\s+(?:the\s+)?(HR|(?-i:[A-Z])[\w&]+ (?:team|office)|people(?: team)?|recruitment|talent(?: team)?|payroll|"
    r"finance|operations|ops)\b(?=\s*(?:[,.;–—-]|$|(?:she|he|they|who|and|asked|explained|talked)\b))",
    re.IGNORECASE,
)


def titled_surname_then_given(raw: str) -> list[tuple[str, str | None, str | None]]:
    """ "then Monsieur Aït-Ouali (Youssef) came after 30 min", "Madame Ferrand (Hélène Ferrand, the associée)": a
    courtesy title and surname, then the given name in brackets, with the surname again and a job or not."""
    people: list[tuple[str, str | None, str | None]] = []
    for match in TITLED_SURNAME_GIVEN.finditer(raw):
        title, surname, given, job = match.groups()
        if not given.istitle() or fold(given) in TITLE_WORDS or looks_like_title(given):
            continue  # "Mr. Tan (CFO)", "Dr. Kowalski-Bell (Director)": a job in the brackets, no given name
        job = job.strip() if job else None
        job = re.sub(r"^(?:the|a|an|la|le|el)\s+", "", job) if job else None
        # "Mr. Keogh (Pádraig Keogh), deputy principal - child safeguarding …": a line that opens with them goes on
        leads = not raw[: match.start()].strip(" -–•*")
        rest = raw[match.end() :].strip(" ,;-–—:") if leads else ""
        people.append((f"{title} {given} {surname}", job if job and looks_like_title(job) else None, rest or None))
    return people


TITLED_SURNAME_GIVEN = regex_cache.compile(
    r"(?<![\w'’-])((?:Monsieur|Madame|Mme|Mr|Mrs|Ms|Miss|Herr|Frau|Dr|Prof|Señor|Señora|Sr|Sra)\.?)\s+"
    r"([A-Z][\w'’-]+)\s*\(\s*([A-Z][\w'’-]+)(?:\s+\2)?\s*(?:,\s*([^()]{2,40}))?\)"
)


def indonesian_titled(raw: str) -> list[tuple[str, str | None, str | None]]:
    """Dictated Indonesian: "pertama pak Hendra Gunawan project manager", "yang kedua ibu Meiliana Tanoto": the
    courtesy word typed in lower case, before a name written with capitals."""
    return [
        (f"{_typed_title(m.group(1))} {m.group(2)}", None, None)
        for m in INDONESIAN_TITLED.finditer(raw)
        if not any(w.lower() in STOPWORDS or w.lower() in NOT_NAMES for w in m.group(2).split())
    ]


INDONESIAN_TITLED = regex_cache.compile(
    r"(?<![\w'’-])(pak|bapak|ibu|bu)\s+((?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+){1,2})\b"
)


def titled_mentions(raw: str) -> list[tuple[str, str | None, str | None]]:
    """Someone named with a title anywhere: "talked to Dr. Chen (dept chair)", "Noor Al-Khatib the line producer"."""
    people: list[tuple[str, str | None, str | None]] = []
    for match in find_names(raw, min_words=2):
        # "Marty Fitzgerald, the area supervisor for South Coast": the title up to where it says whose
        # also "Pieter van der Merwe is Head of People, very friendly"
        the_title = re.match(
            r"\s*,?\s+(?:(?:who['’]s\s+|who is\s+|is\s+)?the|is(?=\s+(?-i:[A-Z])\w+\s+of\s))\s+"
            r"((?:[\w-]+\s+){0,2}?[\w-]+)"
            # "Chef Étienne Marchand the exec chef sat me down at the bar": the title, then what they did
            r"(?=\s*(?:[,.;:()–—]|-\s|$)|\s+(?:for|at|in|from|and|who|on|sat|took|showed|walked|asked|interviewed|"
            r"first|then|she|he)\b)",  # also "Keisha Thompson the hiring mgr first she was super warm"
            raw[match.end :],
        )
        department = FROM_DEPARTMENT.match(raw, match.end)
        if department and people == [] and match.start <= 4:
            # "Harpreet Kaur from HR she explained the temp to perm": named first, with the team they are from
            people.append((match.name, department.group(1), raw[department.end() :].strip(" ,;-–—") or None))
            continue
        job = the_title.group(1) if the_title else ""
        headed = re.match(r"(?:head|director|chief|vp|manager|lead)\s+of\s", job, re.IGNORECASE) is not None
        if the_title and looks_like_title(job) and (job.split()[-1].lower() in TITLE_WORDS or headed):
            people.append((match.name, tidy_title(the_title.group(1)), None))
        elif (
            people
            and (
                KIN_AFTER_AND.search(raw[: match.start])
                # "Pieter van der Berg the director and Femke de Vries who runs programmes": both there
                or (re.search(r"\band\s+$", raw[: match.start]) and WHO_DOES.match(raw, match.end))
            )
        ):
            # "Dermot O'Sullivan the owner and his daughter Niamh O'Sullivan who does the office": both there
            people.append((match.name, None, None))
    titled = list(people)
    people = []
    for match in find_names(raw):
        titled_name = match.name.split()[0].rstrip(".").lower() in HONORIFICS
        if VIA_BRACKET.search(raw[: match.start]):
            continue  # "if yes, contract via the office manager (Herr Brandt)": who to go through, not the panel
        if JOB_BEFORE.search(raw[: match.start]) and not titled_name:
            continue  # "Dr. Rebecca Stein, Director Protein Sciences (hiring manager)": her department, no person
        title, _ = title_after(raw, match.end)
        if title and (not looks_like_title(title) or len(match.name.split()) < 2 or has_company_suffix(match.name)):
            title = None
        honorific = match.name.split()[0].rstrip(".").lower() in HONORIFICS
        if honorific and re.search(r"['’]s\b", match.name):
            continue  # "Sir John Rogerson's Quay": a street named after someone
        if titled and not (honorific and not any(same_person(match.name, name) for name, _, _ in titled)):
            continue  # "Mr. Paolo Mendoza the Resident Manager and Ms. Hannah Lorenz the Director of Rooms": both
        if (title and re.match(r"\s*\(", raw[match.end :])) or honorific:
            _, end = title_after(raw, match.end)
            people.append((match.name, title, raw[end:].strip(" -–—:,") or None))
    return titled + people if titled else people
