"""Checks on what a person hands us, each failure one sentence they can act on."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from followup import regex_cache
from followup.prompts import message

MAX_CHARS = 50_000
CONTROL_RE = regex_cache.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
ENGLISH_HINTS = frozenset(
    "the and to of a in for with about my i is was we they he she on at you your our asked talked next "
    "role team interview will it that this be are have has not but so if me her him them their from by as an or "
    "up out did can would said told job work pay start week day time call email ok w abt mgr re what how when "
    "who".split()
)
# Small words of the other languages notes arrive in (Spanish, Portuguese, French, German, Dutch)
OTHER_HINTS = frozenset(
    "el la los las que y en con por para una un es le les des et du une est pour avec os da com não em der die das "
    "und ist mit für het een ik niet eu ele ela muito mas também sobre yo muy pero je il elle nous très mais aussi "
    "sur ich sie wir sehr aber auch über".split()
)


class NotesError(ValueError):
    """Input we cannot draft from; str() is the one-line message for the person."""


def read_notes(source: str) -> str:
    """Notes from a file path, or from stdin when `source` is "-"."""
    if source == "-":
        data = sys.stdin.buffer.read()
        return check_notes(_decode(data, "standard input"))
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise NotesError(message("unreadable_file", path=source, reason=reason.lower())) from None
    return check_notes(_decode(data, source))


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise NotesError(message("binary_notes"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise NotesError(message("not_utf8", path=where)) from None


def check_notes(text: str) -> str:
    """The notes, if they are something we can draft from."""
    if not text or not text.strip():
        raise NotesError(message("empty_notes"))
    if len(text) > MAX_CHARS:
        raise NotesError(message("oversized_notes", size=len(text), limit=MAX_CHARS))
    if len(CONTROL_RE.findall(text[:8192])) > 8:
        raise NotesError(message("binary_notes"))
    return text


def in_another_language(text: str) -> bool:
    """A phrase written in another language: "a próxima etapa é uma proposta escrita para o edital"."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    other = sum(w in OTHER_HINTS or w in OTHER_SMALL_WORDS or _unreadable(w) for w in words)
    return other >= 2 and other > sum(w in ENGLISH_HINTS for w in words)


def unreadable_in_english(text: str) -> bool:
    """A phrase no English sentence can carry: another script ("он много спрашивал про SwiftUI"), or Polish or
    Tagalog ("tinanong nya about shrinkage rate sa previous store ko"). A Spanish or French topic ("cláusula MAC
    en un SPA") is still quoted as the notes write it."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    other = sum(_unreadable(w) for w in words)
    return other >= 2 and other > sum(w in ENGLISH_HINTS for w in words)


def _unreadable(word: str) -> bool:
    return word in UNREADABLE_WORDS or NOT_LATIN.search(word) is not None or POLISH_LETTER.search(word) is not None


POLISH_LETTER = regex_cache.compile(r"[ąęłńśźż]")


NOT_LATIN = regex_cache.compile(r"[^\x00-\u024f\u1e00-\u1eff]")  # Latin letters, with Vietnamese ones


# More small words of those languages, too short or too rare to weigh whole notes by
OTHER_SMALL_WORDS = frozenset(
    "é uma um dos nas nos ao à até pra pro foi vai são está esta este su sus al del lo ser sea próxima próximo "
    "etapa paso passo siguiente möchten gerne zu einem zweiten mit unserem wir ihnen nous vous prochaine "
    "il che non per una sono della dello degli ho ha hanno mi gli ci si anche molto".split()  # Italian
)
# Small words of Polish and Tagalog: a phrase of them is not pasted into an English email, even as a topic
UNREADABLE_WORDS = frozenset(
    "się że jest nie pani pan oraz czy jak ale też bo więc tak rozmowa był była było mnie mną ze przez dla "
    "który która które jeszcze potem bardzo tylko już eee yyy koniec "  # Polish
    "nya niya yung ng sa ko ako naman lang tapos sabi daw sya siya mga po kasi nag yun ba ka nila "  # Tagalog
    "pa mag kanila dalawa ito dito doon kami tayo namin niyo".split()
)


def looks_english(text: str) -> bool:
    """Whether English words outnumber another language's: terse English shorthand ("nxt: Thandeka send offer
    letter by wed if refs ok") has few small words, but none of another language's either."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 12:
        return True
    return sum(w in ENGLISH_HINTS for w in words) >= sum(w in OTHER_HINTS for w in words)
