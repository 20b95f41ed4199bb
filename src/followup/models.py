"""The data that flows through followup: facts in, drafts and check results out.

Field docstrings double as the schema descriptions an LLM sees when it fills
these models through structured output, so they are written for a reader who
has only the notes.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Tone = Literal["warm", "formal", "brief"]
EngineName = Literal["offline", "llm", "auto"]


class Sourced(BaseModel):
    """One fact from the notes and the snippet of the notes it came from."""

    model_config = ConfigDict(extra="ignore")

    value: str = Field(description="The fact, rewritten as a short phrase.")
    source: str = Field(
        default="",
        description="The exact snippet of the notes this fact came from; empty if the person typed it.",
    )


class Candidate(BaseModel):
    """The job seeker who will send the email."""

    model_config = ConfigDict(extra="ignore")

    name: str | None = Field(default=None, description="The candidate's full name.")
    email: str | None = Field(default=None, description="The candidate's email, exactly as written.")
    phone: str | None = Field(default=None, description="The candidate's phone, exactly as written.")
    no_phone: bool = Field(
        default=False, description="True when the candidate asked to be reached by email only, with no phone."
    )


class Interviewer(BaseModel):
    """A person who interviewed the candidate."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(description="The interviewer's name as written in the notes, with any title such as Dr.")
    title: str | None = Field(default=None, description="Their job title, if the notes give it.")
    email: str | None = Field(default=None, description="Their email address, if the notes give it.")
    topics: list[Sourced] = Field(
        default_factory=list,
        description="Projects, goals or topics this person raised or discussed.",
    )
    skills: list[Sourced] = Field(
        default_factory=list,
        description="The candidate's skills or experience that this person asked about.",
    )
    source: str = Field(default="", description="The snippet of the notes that names this person.")
    called: str | None = Field(
        default=None,
        description="The name the notes call them by when it is not the first word of their name "
        "(e.g. 'Lan' for Nguyễn Thị Lan).",
    )

    @property
    def first_name(self) -> str:
        return self.called or _given_name(self.name)

    @property
    def last_name(self) -> str:
        """The surname, with the particles it starts with: "Ní Bhriain", "von Arnim", "de la Cruz"."""
        return _surname(self.name)

    @property
    def honorific(self) -> str | None:
        return _honorific(self.name)


# Names are read many times over while one note is drafted (each rule asks again), so each reading is
# kept, by the name alone.
@lru_cache(maxsize=4096)
def _given_name(name: str) -> str:
    words = [w for w in name.split() if w.rstrip(".").lower() not in HONORIFICS]
    if len(words) > 2 and words[0] == "Ma.":
        words = words[1:]  # "Ma. Cristina dela Cruz": "Ma." is Maria, written short; she is Cristina
    if _family_name_first(words):
        return words[1]  # "Park Ji-hoon", "Lin Chih-wei": the given name comes second
    if _vietnamese(words):
        # "Ngô Phương Thảo" is Thảo, "Nguyễn Văn Hùng" is Hùng; after "Thị" or "Văn", "Đỗ Thị Mai Anh" is Mai Anh
        middle = fold_ascii(words[1]) in ("thi", "van") and len(words) >= 4
        return " ".join(words[2:]) if middle else words[-1]
    return words[0] if words else name


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    words = [w.rstrip("'’") for w in name.split() if w.rstrip(".").lower() not in HONORIFICS]
    if not words:
        return name
    if _honorific(name) and len(words) == 3 and words[0].split("-")[0].lower() in FAMILY_NAMES_FIRST:
        return words[0]  # "Ms. Lee Mei Fong", "Mrs Tan-Chua Bee Leng": the family name comes first
    if (
        _honorific(name)
        and len(words) == 2
        and words[0].lower() in FAMILY_NAMES_FIRST
        and PINYIN_NAME.fullmatch(words[1])
    ):
        return words[0]  # "Mr. Zhou Wenbin", "Ms. Lin Xiaoyu": a given name of two syllables in pinyin, written last
    if _family_name_first(words):
        return words[0].title() if words[0].isupper() else words[0]  # "Choi Seo-yeon", "TAKAHASHI Ren"
    if _vietnamese(words):
        return words[-1]  # "Mr. Lê Hoàng Nam" is Mr. Nam: Vietnam puts the given name after a title
    start = len(words) - 1
    first = 0 if _honorific(name) else 1  # "Mrs Ní Bhriain" is all surname; "Van Morrison" is not
    while start > first and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
    return " ".join(words[start:])


@lru_cache(maxsize=4096)
def _honorific(name: str) -> str | None:
    words = name.split()
    first = words[0] if words else ""
    if first.rstrip(".").lower() not in HONORIFICS:
        return None
    # "Frau Dr. Katrin Vogelsang": both, as a German letter writes them
    second = words[1] if len(words) > 2 else ""
    return f"{first} {second}" if second.rstrip(".").lower() in ("dr", "prof") else first


# Two syllables of pinyin, written as one word with a capital: "Wenbin", "Xiaoyu", "Zhiqiang"
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u)"
)
PINYIN_NAME = re.compile(rf"(?i:{PINYIN_SYLLABLE}{PINYIN_SYLLABLE})")


def _vietnamese(words: list[str]) -> bool:
    """ "Ngô Phương Thảo", "Nguyen Van Hung": a Vietnamese family name, a middle name and the given name, in that
    order; told by the family name and by the letters or the middle name only Vietnamese uses."""
    if len(words) < 3 or fold_ascii(words[0]) not in VIETNAMESE_FAMILY_NAMES:
        return False
    marked = words[0].lower() != fold_ascii(words[0])  # "Lê", "Ngô": the family name written with its marks
    return marked or bool(VIETNAMESE_LETTERS.search(" ".join(words))) or fold_ascii(words[1]) in ("thi", "van")


VIETNAMESE_FAMILY_NAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong dinh trinh truong luong".split()
)
VIETNAMESE_LETTERS = re.compile("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐưƯơƠăĂ]")


def fold_ascii(word: str) -> str:
    """ "Ngô" -> "ngo", "Đặng" -> "dang": the letters without their marks."""
    return (
        unicodedata.normalize("NFKD", word.replace("đ", "d").replace("Đ", "D"))
        .encode("ascii", "ignore")
        .decode()
        .lower()
    )


def _family_name_first(words: list[str]) -> bool:
    """ "Park Ji-hoon", "Choi Seo-yeon", "Lin Chih-wei": a Korean or Chinese family name, then a given name of two
    syllables joined by a hyphen, the way Korea and Taiwan romanise them; or "TAKAHASHI Ren", a family name written
    in capitals before the given name."""
    if len(words) != 2:
        return False
    hyphenated = words[0].lower() in FAMILY_NAMES_FIRST and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]) is not None
    return hyphenated or (len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper() and words[1].istitle())


HONORIFICS = frozenset(
    {
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "prof",
        "professor",
        "sir",
        "dame",
        "rev",
        "fr",
        "ma'am",
        "ma’am",
        "mdm",
        "madame",
        "monsieur",
        "mme",
        "mlle",
        "herr",
        "frau",
        "signora",
        "signor",
        "señora",
        "señor",
        # Malaysian honours: "Datin Sharifah Aminah Syed Hamid", greeted "Datin Sharifah"
        "datin",
        "dato",
        "dato'",
        "datuk",
        # Indonesian: "Pak Budi Hartono", "Ibu Ratna Wulandari", greeted "Pak Budi", "Ibu Ratna"
        "pak",
        "bapak",
        "ibu",
        "bu",
        # and for the young: "Mbak Wening" (sister), "Mas Andi" (brother), greeted that way too
        "mbak",
        "mas",
    }
)  # "Ma'am Maricel": how a Filipino office addresses Ms. Maricel Dela Peña; "Mdm Tan": Singapore's Madam
# Family names written first in Chinese, Korean and Vietnamese names, as Singapore, Malaysia and Hong Kong romanise
# them: with a courtesy title and two given names after ("Ms. Lee Mei Fong") the first word is the one to use.
FAMILY_NAMES_FIRST = frozenset(
    "tan lee lim ng ong wong goh chua chan koh teo ang yeo tay low toh sim chong leong foo chew seah lau yap "
    "heng quek khoo chia soh tham chin chen wang zhang liu huang zhao wu zhou xu sun zhu guo lin luo zheng liang "
    "xie tang feng deng cao peng zeng xiao tian dong yuan pan jiang cai ye cheng su ding shen yao kwok fong "
    "cheung leung yip tsang kim park choi jung kang cho yoon jang seo shin kwon hwang ahn nguyen tran pham "
    "hoang huynh phan bui "
    # as Taiwan romanises them: "Chang Mei-ling", "Hsu Chia-hao"
    "chang hsu tsai hsieh chiang tseng liao kuo chiu hung".split()
)
# Words that begin a surname of two or more words ("Dela Cruz", "van der Berg", "Mac Giolla").
SURNAME_PARTICLES = frozenset(
    "de dela del della da di do dos das du la le lo van von der den ter mac mc ni ní o ó bin al el ap ab 't ’t".split()
)


class InterviewFacts(BaseModel):
    """Everything the notes say that a thank-you email can use."""

    model_config = ConfigDict(extra="ignore")

    candidate: Candidate = Field(default_factory=Candidate)
    company: Sourced | None = Field(default=None, description="The hiring company (not a past employer).")
    role: Sourced | None = Field(default=None, description="The job title interviewed for.")
    interview_time: datetime | None = Field(default=None, description="When the interview happened, if the notes say.")
    interview_time_source: str = Field(
        default="", description="The snippet that gave the interview time; empty if assumed."
    )
    interviewers: list[Interviewer] = Field(default_factory=list)
    topics: list[Sourced] = Field(
        default_factory=list,
        description="Projects, goals or topics that came up but are not tied to one interviewer.",
    )
    skills: list[Sourced] = Field(
        default_factory=list,
        description="Skills or experience of the candidate's that came up in the interview.",
    )
    next_steps: list[Sourced] = Field(default_factory=list, description="The next steps agreed in the interview.")
    ignored: list[Sourced] = Field(
        default_factory=list,
        description="Lines of the notes that were left out because they read as instructions or markup.",
    )


class Recipient(BaseModel):
    name: str
    email: str | None = None


class CheckResult(BaseModel):
    """One checklist item's verdict on one draft."""

    id: str
    ok: bool
    required: bool
    message: str


class Draft(BaseModel):
    """One email to one interviewer, with its checklist verdicts."""

    to: Recipient
    subject: str
    body: str
    checks: list[CheckResult] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks if c.required)

    @property
    def failures(self) -> list[CheckResult]:
        return [c for c in self.checks if c.required and not c.ok]


class SendBy(BaseModel):
    """When to send: within 24 hours of the interview, same day is better."""

    interview_time: datetime
    deadline: datetime
    best: datetime
    assumed: bool = Field(description="True when the interview time was not in the notes.")
    text: str


class Usage(BaseModel):
    engine: str
    model: str | None = None
    calls: int = 0
    repair_rounds: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    seconds: float = 0.0


class Missing(BaseModel):
    """A fact the notes lack; the person is asked for it rather than it being made up."""

    field: str
    message: str
    interviewer: str | None = None


class FollowupResult(BaseModel):
    facts: InterviewFacts
    drafts: list[Draft]
    send_by: SendBy
    missing: list[Missing] = Field(default_factory=list)
    engine: str
    notices: list[str] = Field(default_factory=list)
    usage: Usage | None = None

    @property
    def ok(self) -> bool:
        return bool(self.drafts) and all(d.ok for d in self.drafts)

    def to_json_dict(self) -> dict[str, object]:
        """The stable `--json` contract: keys are only ever added, never renamed."""
        data = self.model_dump(mode="json")
        for draft, payload in zip(self.drafts, data["drafts"], strict=True):
            payload["ok"] = draft.ok
        data["ok"] = self.ok
        return data
