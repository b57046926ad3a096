"""Shared vocabulary of the reference extractor: the registry, code tables built from the data
files, and the candidate reference (``_Cand``) the passes fill in."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .alternation import alt
from .models import Pinpoint
from .registry import registry

_R = registry()


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation of ``words``, longest first; spaces inside words match any whitespace
    (written as a trie: see ``alternation``)."""
    return alt(words)


_LAW_BODY = re.compile(r"(?P<body>[A-Z]+)(?P<term>\d{1,2})\Z")
_CODES = {c.replace("&", ""): _R.code_aliases.get(c, c) for c in _R.codes}
_CODES_CI = {c.lower(): v for c, v in sorted(_CODES.items(), reverse=True)}
_CODE_MAX = max(len(c) for c in _CODES)
_CODES_EXACT = frozenset(c for c, v in _CODES.items() if c == v)  # known, already canonical
_TYPE_ABBRS = frozenset(_R.abbr_to_type)
_PARTY_CI = {a.lower(): a for a in _R.party_abbr_to_type}

_TW_ALT = _alt(list(_R.type_words))


def _ralt(words: list[str] | tuple[str, ...]) -> str:
    """Like ``_alt`` but for the words spelled backwards (for matching right-to-left)."""
    return _alt([w[::-1] for w in words])


_JOIN_ALT = _alt(_R.list_joiners)
_LIST_GAP = re.compile(rf"[ \n]*+(?:,[ \n]*+)?(?:(?:{_JOIN_ALT})[ \n]++)?", re.I)
_LIST_GAP_MAX = 24
_GENERIC = _R.generic_words
_TYPE_WORDS = _R.type_words


_TYPE_MEMO: dict[tuple[str, str | None, str], str | None] = {}
_AGENCY_MEMO: dict[tuple[str, str], str | None] = {}


@dataclass(slots=True)
class _Cand:
    """A reference being built (mutable while the passes run)."""

    num_start: int
    sym_end: int
    number: str
    party_type: str | None
    year: int | None
    body: str
    kind: str
    start: int = 0
    tw: str | None = None  # canonical type from the type word
    generic_tw: bool = False
    has_so: bool = False
    pinpoint: Pinpoint | None = None
    full_end: int = 0
    head_end: int = 0  # end of the date and issuer clauses (the subject follows)
    issued: datetime.date | None = None
    date_year: int | None = None  # year of the issue date, or of a bare "năm YYYY"
    issuer: str | None = None
    subject: str | None = None
    doc_type: str | None = None
    relation: str | None = None
    form: bool = False  # "mẫu số ...": a form, not a document
    old: bool = False  # "73-CP": number, dash, agency code
    tu: bool = False  # the Party body was written "TƯ": Trung ương or Tỉnh ủy, read from context


def _symbol_type(c: _Cand) -> str | None:
    """Type named by the symbol's abbreviation, if any (memoised: symbols repeat a lot)."""
    k = (c.kind, c.party_type, c.body)
    try:
        return _TYPE_MEMO[k]
    except KeyError:
        pass
    t = _TYPE_MEMO[k] = _symbol_type_uncached(c)
    if len(_TYPE_MEMO) > 50_000:
        _TYPE_MEMO.clear()
    return t


def _symbol_type_uncached(c: _Cand) -> str | None:
    if c.kind == "party":
        return _R.party_abbr_to_type.get(c.party_type or "")
    if c.kind == "law":
        if c.party_type is not None:
            return _R.old_law_types.get(c.party_type)
        m = _LAW_BODY.match(c.body)
        return _R.law_bodies.get(m.group("body")) if m else None
    first = c.body.split("-", 1)[0]
    if c.kind == "administrative" and first not in _R.abbr_to_type:
        return _R.letter_type
    return _R.abbr_to_type.get(first)


def _agency(c: _Cand) -> str | None:
    """Full name of the agency coded in the symbol, from ``issuers.json`` (memoised)."""
    k = (c.kind, c.body)
    try:
        return _AGENCY_MEMO[k]
    except KeyError:
        pass
    a = _AGENCY_MEMO[k] = _agency_uncached(c)
    if len(_AGENCY_MEMO) > 50_000:
        _AGENCY_MEMO.clear()
    return a


def _agency_uncached(c: _Cand) -> str | None:
    iss = _R.issuers
    if c.kind == "party":
        return iss.get(c.body.replace("&", ""))
    if c.kind == "law":
        if c.party_type is not None:
            return iss.get(c.body)
        m = _LAW_BODY.match(c.body)
        return iss.get(m.group("body")) if m else None
    segs = c.body.replace("&", "").split("-")
    if segs[0] in _R.abbr_to_type:
        names = [iss[s] for s in segs[1:] if s in iss]
        return " - ".join(names) if names and len(names) == len(segs) - 1 else None
    return iss.get(segs[0])


def _rev(g: str | None) -> str | None:
    return g[::-1] if g is not None else None
