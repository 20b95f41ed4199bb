"""Cut raw notes into segments: one bullet, line or sentence each.

Notes arrive as bullets, labelled fields, transcripts or one run-on paragraph.
Everything downstream works on segments, and every fact keeps its segment's
raw text as the snippet it came from.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from followup import regex_cache
from followup.text import fold, sentences

BULLET_RE = regex_cache.compile(
    r"^\s*(?:(?:>\s?){2,}|[^\w\s\"'(\[$@]{1,4}(?=\s)|[-–—*•·‣▪◦>~=#]+(?=\s)|[-*•·‣▪◦>~=#]+|->|=>|\d{1,2}[.)/](?!\d)|\(\d{1,2}\)(?=\s+(?!\d))|[a-z][.)](?=\s))\s*"
)
HEADING_MARK = regex_cache.compile(r"^\s*(?:#{1,6}|={2,})\s")
DECORATION_RE = regex_cache.compile(r"\s*(?:=+|#+|\*\*|__)\s*$")
LABEL_RE = regex_cache.compile(
    # "Eva 🌷: nice nice": a chat name with an emoji after it
    # also money in short: "$$: 125-140 + 10% bonus"
    # and a to-do list typed "2do:"
    r"^((?:[^\W\d_][\w /&'’.-]{0,28}?)(?:\s*\([^)]{0,40}\))?|Q\s*\([^)]{1,60}\)|\${1,3}|2-?do)"
    r"(?:\s*[^\x00-\x7f\w]{1,4})?"
    r"\s*[:：]\s*(.*)$",
    re.UNICODE,
)
LONG_SEGMENT_WORDS = 32
COMMA_CLAUSE = regex_cache.compile(
    r",\s+(?=(?:she|he|they|I|my|we|next step|next|also|and then|then|but|so|plus|said)\b)"
    r"|\s+(?=(?:so|and then|and) (?:she|he|they|I)\b)|\s+(?=next steps?\b)"
    r"|(?<!\bis)(?<!\bare)\s+"
    r"(?=(?:she|he|they) (?:also |then )?(?:said|says|asked|wants|mentioned|talked|told|needs)\b)"
    r"|\s+(?=i (?:told|said|mentioned)\b)"
    # "…, gord said hed call thursday with an offer": someone's promise, the next step
    r"|,\s+(?=[^\W\d_]+\s+said\s+(?:she|he|they)(?:['’]?(?:d|ll)|\s+(?:will|would))\b)"
    # "… upgrades then Ngozi Eze the Director of Rooms talked …": the next person, typed without a comma
    r"|\s+(?=(?:and\s+)?then\s+(?-i:[A-Z][^\W\d_'’]+(?:-[^\W\d_]+)?\s+[A-Z][^\W\d_'’]+))"
    # "…, and the last one Mr. Gerald Pruitt the VP of claims came in late": the next person
    r"|,\s+(?=and\s+the\s+(?:last|final|third|fourth|other)\s+one\b)"
    # dictated: "… about dormant accounts so yeah the guard …", "… like three times oops salary they said …"
    r"|\s+(?=(?:so\s+)?yeah\s)|(?<=\boops)\s+"
    # dictated without commas: "… um then sarah asked about …", "… my boss doctor adeyemi asked about …"
    r"|(?<!\bdoctor)(?<!\bthen)(?<!\bdr)(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\band)"
    r"\s+(?=(?-i:(?:(?:and\s+)?then\s+|(?:doctor|dr|mr|mrs|ms)\.?\s+))(?!(?:was|were|i|is|been|be|get|got|being|who|that|which|and|or|but|so)\s)"
    r"(?-i:[a-z]+\s+(?:asked|talked|explained)\s+(?:about|me|if|how|what|why|whether))\b)"
    # "… at my old school um Mr. Carter was all about the device rollout …": a titled surname and what they did
    # starts the next thought, with or without "and"
    r"|(?<![,;:])\s+(?=(?:and\s+)?(?-i:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][\w'’-]+)\s+"
    r"(?:was|were|asked|talked|explained|wanted|wants|said|spent|went|seemed|grilled|quizzed)\b)"
    # "… contract signing if cleared send thank you to both": the candidate's own to-do after the step
    r"|\s+(?=(?:send|write)\s+(?:a\s+|the\s+)?thank[- ]?you\b)",
    re.IGNORECASE,
)
SCRIPT_RE = regex_cache.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
MARKDOWN_LINK_RE = regex_cache.compile(r"\[[^\]\n]{1,80}\]\([^)\s]{1,200}\)")
EMPHASIS_RE = regex_cache.compile(r"\*\*([^*\n]+)\*\*|__([^_\n]+)__|`([^`\n]+)`")
SPOKEN_MARKS = {" comma": ",", " period": ".", " full stop": ".", " question mark": "?", " colon": ":"}


def _undictate(notes: str) -> str:
    """Voice dictation spells out its punctuation ("… a real customer period new paragraph …") and keeps the
    speaker's "uh," and "um,"."""
    notes = SPOKEN_FILLER.sub("", notes)  # "There were two of them, uh, the Director of Maintenance, …"
    # a title said in full before a capitalised name: "so it was with mister Mihai Popescu"
    notes = SPOKEN_TITLE.sub(lambda m: f"{SPOKEN_TITLES[m.group(1).lower()]}. ", notes)
    # English dictation: a bare "um" is a filler too ("for the warehouse operations supervisor um position"),
    # where the speaker says it again and again; not Portuguese's "um projeto", "uma vaga"
    bare = len(BARE_FILLER.findall(notes))
    if bare >= 2 and len(PORTUGUESE_WORDS.findall(notes)) < 2:
        # between two names it was the pause that kept them apart: "… principal at Harpeth Middle um Mr. Dwayne Carter"
        notes = FILLER_BETWEEN_NAMES.sub(r"\1, ", notes)
        # before a new clause it was a full stop: "… not just vibes um next steps they said …"
        notes = FILLER_BEFORE_CLAUSE.sub(", ", notes)
        notes = BARE_FILLER.sub("", notes)
        notes = DICTATION_END.sub("", notes)  # "… send thank you to both ok end"
    if len(re.findall(r"\b(?:period|comma|full stop|new paragraph|new line)\b", notes, re.IGNORECASE)) < 3:
        return notes
    notes = BARE_FILLER.sub("", notes)
    text = re.sub(r"\s*\bnew (?:paragraph|line)\b\s*", "\n", notes, flags=re.IGNORECASE)
    for spoken, mark in SPOKEN_MARKS.items():
        text = re.sub(rf"{spoken}\b", mark, text, flags=re.IGNORECASE)
    return text


SPOKEN_TITLE = regex_cache.compile(r"(?<![\w'’-])(mister|missus|doctor)\s+(?=[A-Z][a-z])")
# Titles said in full by voice typing, as they are written
SPOKEN_TITLES = {"mister": "Mr", "missus": "Mrs", "doctor": "Dr"}
BARE_FILLER = regex_cache.compile(r"(?<![\w'’-])(?:uh+|um+|uhm+|erm+)\s+(?=\w)", re.IGNORECASE)
FILLER_BETWEEN_NAMES = regex_cache.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)\s+(?i:uh+|um+|uhm+|erm+)\s+(?=[A-Z])")
FILLER_BEFORE_CLAUSE = regex_cache.compile(
    r"(?<=[\w)])\s+(?:uh+|um+|uhm+|erm+)\s+"
    r"(?=(?:so|and then|then|next steps?|first|also|she|he|they|I|we|my|salary|pay)\s)",
    re.IGNORECASE,
)
# not the "com" of "gmail.com" or of a dictated "gmail dot com"
PORTUGUESE_WORDS = regex_cache.compile(
    r"\b(?:uma|não|que|(?<!\.)(?<!\bdot )com|para|muito|você|eu|foi|ele|ela)\b", re.IGNORECASE
)
DICTATION_END = regex_cache.compile(r"\s+(?:ok|okay)\s+(?:end|that['’]?s it|done)\s*$", re.IGNORECASE | re.MULTILINE)
# A spoken filler with its comma ("uh,", "um,", "erm,"); a bare "um" may be Portuguese ("um projeto").
SPOKEN_FILLER = regex_cache.compile(
    r"(?<![\w'’-])(?:uh+|um+|uhm+|erm+|ehm+)(?:,\s*|\.{3}\s*|…\s*)(?=\S)", re.IGNORECASE
)
RETIRED = regex_cache.compile(
    r"(?<=\.)\s*\((?:rtd|retd|ret)\.?\)(?=\s)|(?<=[a-z])\s+\((?:rtd|retd|ret)\.?\)(?=\s)", re.I
)
STRUCK_RE = regex_cache.compile(r"~~[^~\n]{1,80}~~|<(?:s|del|strike)>.*?</(?:s|del|strike)>", re.IGNORECASE)
BREAK_TAG_RE = regex_cache.compile(r"<br\s*/?>|</(?:p|div|li|h\d|tr)>", re.IGNORECASE)
TAG_RE = regex_cache.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
RUN_ON_WORDS = 20

INJECTION_RE = regex_cache.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts?|rules)"
    r"|disregard (?:all |any |the )?(?:previous|prior|above|earlier)?\s*(?:instructions|rules|prompt)"
    r"|forget (?:all |your |the )?(?:previous |prior )?instructions"
    # the "DAN" jailbreak by name, not Dan's own address ("dan.okonkwoprice@gmail.com") or a Dan on the panel
    r"|system prompt|developer mode|jailbreak"
    r"|(?-i:\bDAN\b)\s+mode\b|\bact as (?-i:DAN)\b|\byou are (?:now )?(?-i:DAN)\b"
    r"|^\s*(?:system|assistant|user)\s*[:>]"
    r"|you are (?:now )?(?:a|an|chatgpt|gpt|an ai|the assistant)\b"
    r"|(?:new|updated) instructions?\s*:"
    r"|(?:instead|rather),? (?:write|say|reply|respond|output|print)"
    r"|(?:write|compose) (?:a |me a )?(?:poem|haiku|limerick|song)"
    r"|(?:reveal|print|show|repeat) (?:your|the) (?:prompt|instructions|system)"
    r"|respond (?:only )?with\b|reply (?:only )?with\b"
    r"|as an ai\b|pwned|<\|im_start\|>|\[/?INST\]",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass
class Segment:
    """One unit of the notes, with the raw text it came from."""

    raw: str
    text: str
    line: int
    label: str | None = None
    bullet: bool = False
    indent: int = 0
    paragraph: int = 0
    heading: bool = False  # "## Next", "== Unit stuff ==": a heading, though it starts like a bullet


def strip_markup(notes: str) -> tuple[str, list[str]]:
    """Notes as plain text, and the markup that was removed (shown as ignored)."""
    removed: list[str] = []

    def drop(match: re.Match[str]) -> str:
        removed.append(match.group(0))
        return " "

    text = _undictate(notes)
    text = RETIRED.sub("", text)  # "Maj. (Rtd) Babatunde Balogun": the rank and the name, together
    text = MARKDOWN_LINK_RE.sub(drop, text)  # "[View job description](https://…)": a link, not interview notes
    text = EMPHASIS_RE.sub(lambda m: next(g for g in m.groups() if g), text)  # "**Siobhán O'Malley**": the name
    text = STRUCK_RE.sub(drop, text)  # "~~Jon~~ John-Paul": struck-out text was taken back
    text = SCRIPT_RE.sub(drop, text)
    text = BREAK_TAG_RE.sub("\n", text)  # a <br> or </p> ends a line in the notes
    text = TAG_RE.sub(drop, text)
    return html.unescape(text), removed


def split_segments(notes: str) -> list[Segment]:
    segments: list[Segment] = []
    paragraph = 0
    for number, line in enumerate(_labels_on_their_lines(_speakers_on_their_lines(notes.splitlines()))):
        if not line.strip():
            paragraph += 1
            continue
        segments.extend(_line_segments(line, number, paragraph))
    return segments


def _speakers_on_their_lines(lines: list[str]) -> list[str]:
    """An Otter or Teams transcript puts the speaker and a time stamp on a line of their own ("Speaker 1  0:04",
    then what they said): each utterance gets its speaker as a label ("Speaker 1: Kia ora Hannah, …"), and the
    stamp's line is left empty so that line numbers stay as the notes have them."""
    stamps = {
        i: stamp for i, line in enumerate(lines) if (stamp := SPEAKER_STAMP.match(line) or ZOOM_STAMP.match(line))
    }
    if len(stamps) < 3:
        return lines
    out = list(lines)
    for i, stamp in stamps.items():
        if i + 1 < len(lines) and lines[i + 1].strip() and i + 1 not in stamps:
            out[i] = ""
            # every line of the message, up to a blank line or the next stamp: Slack's "Lucas Ferreira  7:51 PM"
            # over "Lucas Ferreira — UX Research" and "090-5555-2718 · lucas…" is all his
            k = i + 1
            slack = re.search(r"[AaPp]\.?[Mm]\.?\)?\s*$", lines[i]) is not None  # not a transcript's "0:01:02"
            while k < len(lines) and lines[k].strip() and k not in stamps and (k == i + 1 or slack):
                out[k] = f"{stamp.group(1)}: {lines[k].strip()}"
                k += 1
    return out


def _labels_on_their_lines(lines: list[str]) -> list[str]:
    """A chat pasted with each speaker on a line of their own ("Me:", then what the candidate wrote; "Ciara:",
    then the friend's reply): each message gets its speaker as a label, when the speakers take turns, each
    heading two or more messages. A heading over one person's part of a panel is left alone."""
    heads = {i: m.group(1) for i, line in enumerate(lines) if (m := LABEL_ALONE.match(line))}
    bare = {i: re.sub(r"\s*\(.*", "", head).lower() for i, head in heads.items()}
    turns = [i for i in heads if list(bare.values()).count(bare[i]) >= 2]
    if len(turns) < 4 or len({bare[i] for i in turns}) < 2:
        return lines
    out = list(lines)
    for i in turns:
        if i + 1 >= len(lines) or not lines[i + 1].strip() or i + 1 in heads or BULLET_LINE.match(lines[i + 1]):
            continue
        out[i] = ""  # the line numbers stay as the notes have them
        k = i + 1
        while k < len(lines) and lines[k].strip() and k not in heads:
            out[k] = f"{heads[i]}: {lines[k].strip()}"
            k += 1
    return out


LABEL_ALONE = regex_cache.compile(r"^\s*([A-Z][\w'’.-]*(?: [\w'’.-]+){0,2}(?: \([^()]{1,40}\))?)\s*:\s*$")
BULLET_LINE = regex_cache.compile(r"^\s*(?:[-*•·]|\d+[.)])\s")


# a saved Zoom chat's "10:04:37 From  Brian Kowalczyk  to  Everyone:", the message on the next line
ZOOM_STAMP = regex_cache.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s+From\s+(.+?)\s+to\s+(?:Everyone|Me)\s*:\s*$", re.I)
# also Slack's "Ollie Grant  4:12 PM"
SPEAKER_STAMP = regex_cache.compile(
    # also with an aside: "Rachel Okeke (mentor)  3:48 PM"
    r"^\s*([A-Z][\w.'’-]*(?: [\w.'’-]+){0,3}?(?: \([^()]{1,20}\))?)\s+\(?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\)?\s*$"
)


# A pasted chat's time stamp: "[18:04]", "[4:12 PM]", WhatsApp's "[10/06, 6:41 pm]", "[10/06/2025, 18:41:07]"
# or, from a phone, "[9:41 am, 04/03/2025]"; a German phone's "[10.06., 17:31]".
TIMESTAMP_RE = regex_cache.compile(
    # also "[16.38] Anindya TalentaKu: …", a time written with a dot
    r"^\s*\[(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\.?,?\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:,\s*\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?\]\s*"
    # a meeting transcript's "00:02:40 Renata Campos: …", before a speaker's name
    r"|^\s*\d{1,2}:\d{2}:\d{2}\s+(?=(?-i:[A-Z])[^:\n]{0,40}:)"
    # an exported WhatsApp chat on Android: "12/03/2024, 18:41 - Jia Hui: HOW"
    r"|^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?\s?m\.?)?\s+-\s+(?=[^:\n]{1,40}:)",
    re.IGNORECASE,
)
# "… by monday. me = Naomi", not "Grace (Dir. of Development …)" or "approx. 40 staff".
LOWER_SENTENCE_BREAK = regex_cache.compile(
    r"(?<=[.!?])(?<!\bDir\.)(?<!\bDept\.)(?<!\bAsst\.)(?<!\bAssoc\.)(?<!\bapprox\.)(?<!\bincl\.)(?<!\bvs\.)(?<!\bDr\.)"
    # also "Vistula Packaging Sp. z o.o."; a title typed in lower case: "2nd: dr. ilse van der merwe"
    r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bSp\.)(?<!\bdr\.)(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bprof\.)"
    r"(?<!\bResp\.)(?<!\bUniv\.)\s+(?=[a-z])"  # "Resp. export Asie" (French for head of), "Univ. of Padova"
)
TABLE_SEPARATOR_RE = regex_cache.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$")
TWO_CELL_ROW_RE = regex_cache.compile(r"^\s*\|\s*([^|]{1,30}?)\s*\|\s*([^|]+?)\s*\|?\s*$")


def _line_segments(line: str, number: int, paragraph: int) -> list[Segment]:
    line = TIMESTAMP_RE.sub("", line)  # a pasted chat: "[18:04] me: two people…"
    if line.count("\t") >= 2:
        line = " | ".join(cell.strip() for cell in line.split("\t"))  # a table pasted from a spreadsheet
    elif line.count("\t") == 1 and 0 < len(line.split("\t")[0].strip()) <= 30 and line.split("\t")[1].strip():
        key, value = line.split("\t")  # "Company<TAB>Rimbun Logistics Sdn Bhd": a field and its value
        line = f"{key.strip()}: {value.strip()}"
    if TABLE_SEPARATOR_RE.match(line):
        return []
    line = _given_names_first(line)
    line = NICKNAME_IN_NAME.sub(r"\1 ", line)  # 'Bernadette "Bernie" Quaye – GM': the name she goes by is read later
    line = BRACKETED_NICKNAME.sub(r"\1 ", line)  # "Oluwafemi (Femi) Adebayo" signing the notes
    line = LOWER_NICKNAME_IN_NAME.sub(r"\1 \2 (", line)  # 'marcus "mo" tillman (community mgr, …)'
    line = KIN_AFTER_NAME.sub(r"\1", line)  # "Sharmin Sultana apa (QA Manager)", "Rezaul Karim bhai": respect, no name
    row = TWO_CELL_ROW_RE.match(line)
    if row:
        # "| company | NordKade |" reads as "company: NordKade"; "| Anton Lefebvre – exec chef | expo … |" as
        # "Anton Lefebvre (exec chef): expo …"
        key = re.sub(r"^(.+?)\s+[–—-]\s+(.+)$", r"\1 (\2)", row.group(1))
        line = f"{key}: {row.group(2)}"
    indent = len(line) - len(line.lstrip())
    bullet_match = BULLET_RE.match(line)
    bullet = bool(bullet_match and bullet_match.group(0).strip())
    content = line[bullet_match.end() :] if bullet_match else line.strip()
    heading = bool(HEADING_MARK.match(line) or DECORATION_RE.search(content.strip()))
    content = DECORATION_RE.sub("", content.strip()).strip()
    if not content:
        return []
    # "AN = Adaeze Nwosu (MD, TMT), PDH = Priyanka Desai-Hart (VP), …": one person per piece
    parts = INITIALS_LIST.split(content) if INITIALS_AT_START.match(content) else [content]
    pieces = [p for part in parts for p in _split_run_on(part)]
    out = []
    for piece in pieces:
        label, value = read_label(piece)
        out.append(Segment(piece, value, number, label, bullet, indent, paragraph, heading))
    return out


# Bengali and Hindi words of respect after a full name: "apa" (sister), "bhai" (brother), "ji"
KIN_AFTER_NAME = regex_cache.compile(
    r"\b([A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s+(?:apa|bhai|bhaiya|didi|ji|sahab|saab|himself|herself)\b"
)  # also "Ronan Fenlon himself — Commercial Director"
LOWER_NICKNAME_IN_NAME = regex_cache.compile(r"\b([a-z]{2,15})\s+[\"“][a-z]{2,10}[\"”]\s+([a-z][a-z'’-]{1,20})\s*\(")
BRACKETED_NICKNAME = regex_cache.compile(
    r"\b([A-Z][a-z'’-]+)\s+\([A-Z][a-z'’-]{1,14}\)\s+(?=[A-Z][a-z'’-]+(?:\s*$|\s*[,|·–—-]))"
)
NICKNAME_IN_NAME = regex_cache.compile(r"\b([A-Z][a-z'’-]+)\s+[\"“][A-Z][^\W\d_]{1,14}[\"”]\s+(?=[A-Z])")


def _given_names_first(line: str) -> str:
    """Outlook's "Required Attendees: Bakare, Olusegun (Dr.); Charbonneau, Yvette; Lindgren, Peter": each name
    surname first, after a comma, one per ";". Read as "Dr. Olusegun Bakare; Yvette Charbonneau; …"."""
    if line.count(";") < 1:
        return line
    head, _, rest = line.rpartition(":") if ":" in line.split(";")[0] else ("", "", line)
    items = [item.strip() for item in rest.split(";")]
    named = [SURNAME_COMMA_GIVEN.fullmatch(item) for item in items]
    if sum(m is not None for m in named) < 2:
        return line
    out = []
    for item, match in zip(items, named, strict=True):
        if match is None:
            out.append(item)
            continue
        title = f"{match.group(3)}. " if match.group(3) else ""
        out.append(f"{title}{match.group(2)} {match.group(1)}")
    return (f"{head}: " if head else "") + "; ".join(out)


SURNAME_COMMA_GIVEN = regex_cache.compile(
    r"([A-Z][\w'’-]+),\s*([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:\s*\((Dr|Prof|Mr|Mrs|Ms|Miss)\.?\))?"
)
# "names from the invite: EM = Arjun Venkataraman, senior SDE = Deepika Rao, PM = Sandeep Kulkarni"
INITIALS_LIST = regex_cache.compile(r",\s+(?=(?:[a-z]+\s+)?[A-Z]{2,4}\s*=\s*[A-Z])")
INITIALS_AT_START = regex_cache.compile(r"(?:[^:=]{1,60}:\s*)?[A-Z]{2,4}\s*=\s*[A-Z]")
OUTSIDE_BRACKETS = r"(?![^()]*\))"  # "CMO (kicked off; she's the hiring mgr)": not a break inside brackets
# not after a title: "Lic. Salazar: Why did you leave?" is one speaker's line
TITLE_STOP = (
    r"(?<!\bLic\.)(?<!\bIng\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSr\.)(?<!\bSra\.)(?<!\bProf\.)"
)
_NAME_WORD = r"[A-Z][^\W\d_]+(?:[-'’][A-Z]?[^\W\d_]+)*"
_FULL_NAME = rf"(?!(?:She|He|It|They|We|You|There|That|This)\b){_NAME_WORD}\s+{_NAME_WORD}"
# a stop not after any short capitalised word, which may be a title: "Engr. Ramon Villanueva", "Atty. Rosa Lim"
_NOT_AFTER_A_TITLE = "".join(rf"(?<!\b[A-Z][a-z]{{{n}}}\.)" for n in range(5))
# a sentence, then a field ("Wed Jan 8, 11am. Interviewer: Ngozi …") or a person and their job
# ("zoom 11am. Tasha Greenberg-Ruiz, dir of content."): each starts a segment of its own
THOUGHT_OR_FIELD = regex_cache.compile(
    rf";\s+{OUTSIDE_BRACKETS}|(?<=[.!?]){TITLE_STOP}\s+(?=[A-Z][\w /]{{1,20}}:\s)"
    rf"|(?<=[.!?]){_NOT_AFTER_A_TITLE}\s+(?=(?:only\s+|just\s+)?{_FULL_NAME},\s+[A-Za-z])"
)
THOUGHT_OR_DASH = regex_cache.compile(rf";\s+{OUTSIDE_BRACKETS}|\s+[–—]\s+{OUTSIDE_BRACKETS}")


ROW_WITH_NAME_AND_JOB = regex_cache.compile(r"[^|\s][^|]{1,40}?\s[-–—]\s[^|]{2,30}\s\|\s")


def _split_run_on(content: str) -> list[str]:
    """A long line is usually several thoughts; split it into sentences."""
    if content.count(" | ") >= 2 and ROW_WITH_NAME_AND_JOB.match(content):
        return [content]  # "Đỗ Thị Mai Anh – HR | lương 7 triệu …, asked why … | call her chị Mai Anh": a table's row
    if len(content.split()) <= RUN_ON_WORDS:
        # "asked about waste; I told her about the par sheets": two thoughts, two segments.
        # "Wed Jan 8, 11am. Interviewer: Ngozi …": a field after a sentence starts a segment of its own.
        # Not inside brackets: "Kristin Adebayo-Moss, CMO (kicked off; she's the hiring mgr)" is one.
        return [p.strip() for p in THOUGHT_OR_FIELD.split(content) if p.strip()]
    parts: list[str] = []
    # Long notes typed without capitals still have sentences: "... by monday. me = Naomi".
    for sentence in (x for chunk in sentences(content) for x in LOWER_SENTENCE_BREAK.split(chunk)):
        for part in THOUGHT_OR_DASH.split(sentence):
            # Comma-spliced run-ons: split where a new thought starts ("…, she said …").
            pieces = COMMA_CLAUSE.split(part) if len(part.split()) > LONG_SEGMENT_WORDS else [part]
            parts.extend(p.strip() for p in pieces if p.strip())
    return parts


def read_label(piece: str) -> tuple[str | None, str]:
    """ "Panel: Ana Ruiz" -> ("Panel", "Ana Ruiz"); a line with no field name -> (None, line)."""
    match = LABEL_RE.match(piece)
    if not match or "http" in match.group(1).lower():
        return None, piece
    label = match.group(1).strip()
    # A time such as "10:30" is not a label; neither is a long sentence with a colon.
    if (label[:1].isdigit() and fold(label) not in ("2do", "2-do")) or len(re.sub(r"\([^)]*\)", "", label).split()) > 4:
        return None, piece
    if re.search(r"\s(?:re|abt)$", label, re.IGNORECASE):
        return None, piece  # "asked re: falls reduction": shorthand for "about", not a field
    return label, match.group(2).strip()


# Every injection pattern contains one of these; checking them first skips the long regex on ordinary lines.
INJECTION_HINTS = (
    "ignore", "disregard", "forget", "prompt", "mode", "jailbreak", "dan", "system", "assistant", "user",
    "you are", "instruction", "instead", "rather", "poem", "haiku", "limerick", "song", "reveal", "repeat",
    "respond", "reply", "as an ai", "pwned", "im_start", "inst]",
)  # fmt: skip


def looks_injected(text: str) -> bool:
    low = text.lower()
    return any(hint in low for hint in INJECTION_HINTS) and bool(INJECTION_RE.search(text))
