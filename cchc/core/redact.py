"""Mask personal data that people type into free text before others read it. Pure Python.

What is masked (each replaced by ``[đã ẩn]``):

* e-mail addresses, also written ``name(at)domain(dot)vn``, ``name [at] domain.vn``;
* phone numbers in Vietnamese forms: ``0912345678``, ``0912.345.678``, ``+84 912 345 678``,
  ``(+84) 912-345-678``, ``(0292) 3 812 345``, ``84912345678``;
* citizen ID numbers (CMND 9 digits, CCCD 12 digits) written as one number, and grouped
  (``001 203 004 567``) when "CMND", "CCCD", "căn cước" or "chứng minh" comes just before;
* the submitter's name in any case, accented or not ("Nguyen Van Binh"), its last two
  words ("Văn Bình"), and the given name after a form of address ("anh Bình", "ông Bình");
* the submitter's home address (accents, case and punctuation ignored) and its first
  part (house number and street) when that part has a digit.

The officer reviews the text with the masked parts highlighted (:func:`redact_segments`)
and may edit it before publishing. Nothing here imports Django.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from cchc.core.text import fold

PLACEHOLDER = "[đã ẩn]"


def gettext_noop(message: str) -> str:
    """Marks a label for makemessages (by name) without importing Django."""
    return message


EMAIL, PHONE, CITIZEN_ID, NAME, ADDRESS = "email", "phone", "citizen_id", "name", "address"
KIND_LABELS = {
    EMAIL: gettext_noop("thư điện tử"),
    PHONE: gettext_noop("số điện thoại"),
    CITIZEN_ID: gettext_noop("số CMND/CCCD"),
    NAME: gettext_noop("họ tên"),
    ADDRESS: gettext_noop("địa chỉ"),
}

_AT = r"(?:@|\s*[\(\[\{]\s*(?:at|a còng|acong)\s*[\)\]\}]\s*)"
_DOT = r"(?:\.|\s*[\(\[\{]\s*(?:dot|chấm|cham)\s*[\)\]\}]\s*)"
_EMAIL = re.compile(rf"[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)+", re.IGNORECASE)
# A Vietnamese number: +84 / (+84) / 84 / 0 / (0xxx) prefix, then 8–10 more digits that
# may be grouped by spaces, dots, dashes or a closing parenthesis.
_PHONE = re.compile(
    r"(?<![\w+])(?:\(\s*\+?84\s*\)|\+84|84(?=[\s.\-]?[235789]\d)|0)"
    r"(?:[\s.\-]{0,2}\d){8,10}(?![\d])"
)
# Landlines with the area code in parentheses: (0290) 3 812 345, (028) 3829 1234.
_LANDLINE = re.compile(r"\(\s*(?:\+?84\s*)?0?2\d{1,2}\s*\)(?:[\s.\-]{0,2}\d){7,8}(?!\d)")
_ID_PLAIN = re.compile(r"(?<![\d.,])(?:\d{12}|\d{9})(?![\d]|[.,]\d)")
_ID_GROUPED = re.compile(
    r"(?i)(?:cmnd|cccd|căn cước|can cuoc|chứng minh|chung minh|định danh|dinh danh)"
    r"[^\d\n]{0,30}((?:\d[\s.\-]?){8,11}\d)(?!\d)"
)
_TITLES = (
    "anh",
    "chi",
    "ong",
    "ba",
    "co",
    "chu",
    "bac",
    "em",
    "di",
    "thim",
    "mo",
    "ban",
    "cu",
    "cau",
    "bs",
    "ths",
    "ts",
)


class Span(NamedTuple):
    start: int
    end: int
    kind: str


def _folded_with_map(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` one character at a time, with each folded character's index in
    ``text`` (combining marks fold to nothing; a character never folds to two)."""
    chars, index = [], []
    for i, ch in enumerate(text):
        f = fold(ch) if not ch.isascii() else ch.lower()
        f = "".join(c for c in f if not unicodedata.combining(c))
        for c in f[:1]:
            chars.append(c)
            index.append(i)
    return "".join(chars), index


def _words(value: str) -> list[str]:
    return re.findall(r"\w+", fold(value))


def _phrase(words: list[str]) -> str:
    return r"(?<!\w)" + r"[\W_]+".join(re.escape(w) for w in words) + r"(?!\w)"


def _name_patterns(name: str) -> list[str]:
    """Regexes over folded text; the name is group ``n`` (the title, if any, is kept)."""
    words = _words(name)
    if not words or len("".join(words)) < 3:
        return []
    patterns = [f"(?P<n>{_phrase(words)})"]
    if len(words) >= 3:
        patterns.append(f"(?P<n>{_phrase(words[-2:])})")
    given = words[-1]
    if len(given) >= 2:
        titles = "|".join(_TITLES)
        patterns.append(rf"(?<!\w)(?:{titles})\s+(?P<n>{_phrase([given])})")
    return patterns


_ADDRESS_FILLERS = {"so", "nha", "sn", "to", "ap", "thon", "khu", "kp"}


def _address_patterns(address: str) -> list[str]:
    """The whole address, and its first one or two comma-separated parts (house number
    and street) when they carry a number and at least two other words."""
    words = _words(address)
    patterns = []
    if len(words) >= 2:
        patterns.append(_phrase(words))
    parts = address.split(",")
    for k in (1, 2):
        head = ",".join(parts[:k])
        head_words = _words(head)
        named = [w for w in head_words if not w.isdigit() and w not in _ADDRESS_FILLERS]
        if head_words != words and any(ch.isdigit() for ch in head) and len(named) >= 2:
            patterns.append(_phrase(head_words))
    return patterns


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " .-":
        end -= 1
    return start, end


def redact_spans(
    text: str, *, names: Iterable[str] = (), addresses: Iterable[str] = ()
) -> list[Span]:
    """The personal-data spans of ``text``: sorted, merged, never overlapping."""
    spans: list[Span] = []
    for m in _EMAIL.finditer(text):
        spans.append(Span(m.start(), m.end(), EMAIL))
    for pattern in (_PHONE, _LANDLINE):
        for m in pattern.finditer(text):
            start, end = _trim(text, m.start(), m.end())
            spans.append(Span(start, end, PHONE))
    for m in _ID_PLAIN.finditer(text):
        spans.append(Span(m.start(), m.end(), CITIZEN_ID))
    for m in _ID_GROUPED.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) in (9, 12):
            spans.append(Span(m.start(1), m.end(1), CITIZEN_ID))
    folded, index = _folded_with_map(text)
    found = [(p, NAME) for n in names if n and n.strip() for p in _name_patterns(n)]
    found += [(p, ADDRESS) for a in addresses if a and a.strip() for p in _address_patterns(a)]
    for regex, kind in found:
        for m in re.finditer(regex, folded):
            start, end = m.span("n") if "(?P<n>" in regex else m.span()
            if end > start:
                spans.append(Span(index[start], index[end - 1] + 1, kind))
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.kind)
            continue
        merged.append(span)
    return merged


def redact_segments(
    text: str, *, names: Iterable[str] = (), addresses: Iterable[str] = ()
) -> list[tuple[str, str | None]]:
    """The redacted text as ``(piece, kind)`` pairs: ``kind`` is None for kept text and
    the kind of personal data for each placeholder (for the officer's highlighted view)."""
    text = unicodedata.normalize("NFC", text or "")
    out: list[tuple[str, str | None]] = []
    pos = 0
    for span in redact_spans(text, names=names, addresses=addresses):
        if span.start > pos:
            out.append((text[pos : span.start], None))
        out.append((PLACEHOLDER, span.kind))
        pos = span.end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def redact(text: str, *, names: Iterable[str] = (), addresses: Iterable[str] = ()) -> str:
    """``text`` with e-mails, phones, citizen IDs, the given names and addresses masked."""
    names, addresses = list(names), list(addresses)
    return "".join(
        piece for piece, _kind in redact_segments(text, names=names, addresses=addresses)
    )
