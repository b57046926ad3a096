"""Pass 1 of the extractor: symbols found around each hit ("/" before a letter, "-YYYY-",
"số N-"), read segment by segment against the code vocabulary of the data files."""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterator

from .prefix import _prefix
from .vocab import (
    _CODE_MAX,
    _CODES,
    _CODES_CI,
    _CODES_EXACT,
    _LAW_BODY,
    _LIST_GAP,
    _PARTY_CI,
    _R,
    _TYPE_ABBRS,
    _Cand,
    _rev,
)

# Every symbol contains '/', except the dashes-only normative form "21-2018-TT-BTC".
_SLASH = re.compile(r"/[ \n]{0,2}(?:(\d{4})[ \n]{0,2}/[ \n]{0,2})?(?=[A-Za-zĐđƯư])")
_DASHY = re.compile(r"-((?:19|20)\d\d)-(?=[A-ZĐ])")
# Numbers before the 2000s: "Nghị định số 73-CP", "Quyết định số 123-TTg" (agency code only).
_OLD = re.compile(r"ố[ ]?(\d{1,4})[ ]?-[ ]?(?=[A-ZĐ][A-Za-zĐ]{0,7}(?![\w/]))")
# The number (and Party type) before the slash, matched on the reversed 24-char window. A Party
# type may be joined to the number by a dash with spaces around it ("214 - KL/TW") or by one
# space ("17 QĐ/TWĐTN"); a number may carry a letter ("12a/QĐ-UBND").
_BACK_REV = re.compile(
    r"[ \n]{0,2}(?:(?P<pt>[A-Za-zĐđƯư]{1,6})(?:[ \n]{0,3}-[ \n]{0,3}|(?P<nosep> )))?"
    r"(?P<num>[a-zA-Z]?\d{1,5})(?![\d/.\-])"
)
_DASHY_BACK_REV = re.compile(r"(?P<num>[a-zA-Z]?\d{1,5})(?![\d/.\-])")
# "hướng dẫn số 22HD/TWĐTN": a Party type glued to the number (exact abbreviation, and "số"
# or a type word before the number).
_GLUED_PT_REV = re.compile(
    "(?P<pt>"
    + "|".join(re.escape(a[::-1]) for a in sorted(_R.party_abbr_to_type, key=lambda a: -len(a)))
    + r")(?P<num>\d{1,5})(?![\d/.\-])"
)
# Party committees named in a symbol ("TW", "TU", "HU", "ĐUK", "BTGTU", "QUTW"): a State-style
# "22/CT-TW" or "646/QĐ/QUTW" is the Party document 22-CT/TW, 646-QĐ/QUTW.
_PARTY_BODY = re.compile(r"[A-ZĐ]{0,6}(?:TW|TU)|HU|QU|ĐU|ĐUK|TWĐTN")
_PARTY_BODY_ENDS = ("TW", "TU", "HU", "QU", "ĐU", "ĐUK", "TWĐTN")
# A run of symbol characters; separators between runs; an unknown code must be upper case.
_RUN = re.compile(r"[A-Za-zĐđƯư0-9&]{1,24}")
_SEP = re.compile(r"([ \n]{0,3})([-./])([ \n]{0,3})")
_UNKNOWN_CODE = re.compile(r"[A-ZĐƯ](?:[A-ZĐƯ0-9]|[a-zđ](?=[A-ZĐƯ]))*(?:&[A-ZĐƯ0-9]+)*")
_MAX_SEGS = 10
# The common clean symbol ("QĐ-UBND", "NĐ-CP", "QH14"), ended by a space or punctuation: one
# regex instead of the segment loop. Anything else takes the loop.
_FAST_SYM = re.compile(
    r"([A-ZĐ][A-Za-zĐ0-9]{0,11})(?:-([A-ZĐ][A-Za-zĐ0-9]{0,11}))?(?:-([A-ZĐ][A-Za-zĐ0-9]{0,11}))?"
    r"(?=[ \n,;:)\]”\"]|\.(?:[ \n]|\Z)|\Z)(?![ \n]{1,3}-)"
)


def _in_url(norm: str, pos: int) -> bool:
    """True when ``pos`` sits inside a URL-like token."""
    if pos == 0 or norm[pos - 1] in " \n(":
        return False
    lo = max(0, pos - 200)
    ws = max(norm.rfind(" ", lo, pos), norm.rfind("\n", lo, pos), lo - 1)
    token = norm[ws + 1 : pos]  # at most 200 characters: no space found is not the whole text
    return "://" in token or token.startswith("www.")


def _code(run: str) -> tuple[str | None, bool]:
    """Canonical form of a known code (exact, else case-insensitive: second item True)."""
    amp = "&" in run
    r = run.replace("&", "") if amp else run
    k = _CODES.get(r)
    if k is not None:
        return (run if amp else k), False  # '&' stays as written: "BGD&ĐT", "SKH&CN"
    k = _CODES_CI.get(r.lower())
    if k is not None:
        return (run.upper() if amp else k), True
    lm = _LAW_BODY.match(r)
    if lm is not None and lm.group("body") in _R.law_bodies:
        return r, False  # "QH14", "UBTVQH15"
    return None, False


_FAST_MEMO: dict[str, list[str] | None] = {}  # shared lists: callers only read them


def _fast_segments(fm: re.Match[str]) -> list[str] | None:
    """Segments of a ``_FAST_SYM`` match when each is a canonical known code or an unknown
    upper-case code, else None ("CT-TTG": a known code in the wrong case takes the loop, for
    its canonical "TTg"). Memoised: the same symbols recur all through a text."""
    k = fm.group()
    try:
        segs = _FAST_MEMO[k]
    except KeyError:
        segs = [g for g in fm.groups() if g is not None]
        for g in segs:
            if g not in _CODES_EXACT and not (
                _UNKNOWN_CODE.fullmatch(g) and g.lower() not in _CODES_CI
            ):
                segs = None
                break
        if segs is not None:
            segs = _unglue(segs)
        if len(_FAST_MEMO) > 50_000:
            _FAST_MEMO.clear()
        _FAST_MEMO[k] = segs
    return segs


def _unglue(segs: list[str]) -> list[str]:
    """A first segment that is no known code but a type abbreviation glued to a known agency
    ("QĐUBND", "NĐCP", "TTVPCP": the dash lost in PDF extraction) is read as the two."""
    first = segs[0]
    if len(first) < 3 or first in _CODES or _code(first)[0] is not None:
        return segs
    for k in range(1, len(first)):
        if first[:k] in _TYPE_ABBRS and first[k:] in _R.issuers:
            return [first[:k], first[k:], *segs[1:]]
    return segs


def _symbol(norm: str, i: int) -> tuple[list[str], int, bool]:
    """Segments of the symbol starting at ``i``: (canonical segments, end, needs a prefix).

    A run of letters/digits is a segment when it is a known code, or an upper-case code
    followed by a space, punctuation or a separator. A run glued to the next word ("CPngày",
    "BNVquy") is cut after the longest known code it starts with, and the symbol ends there.
    Separators: '-' (spaces around it allowed before a known code; on both sides only after the
    first segment), '.' and '&' without spaces, and '/' after a type abbreviation
    ("TTLT/BTC-BNV"). Codes known only case-insensitively ("kh-ubnd") need a "số" or type word.
    """
    fm = _FAST_SYM.match(norm, i)
    if fm is not None:
        fast = _fast_segments(fm)
        if fast is not None:
            return fast, fm.end(), False
    segs: list[str] = []
    end = i
    needs_prefix = False
    spaced = False
    while len(segs) < _MAX_SEGS:
        code, ci, cut, trunc = _segment(norm, i, segs, spaced)
        if code is None or (spaced and code in segs):
            break
        needs_prefix = needs_prefix or ci
        segs.append(code)
        end = cut
        nxt = None if trunc else _separator(norm, end, segs)
        if nxt is None:
            break
        i, spaced = nxt
    if segs:
        segs = _unglue(segs)
    return segs, end, needs_prefix


def _segment(
    norm: str, i: int, segs: list[str], spaced: bool
) -> tuple[str | None, bool, int, bool]:
    """The code of the run at ``i``: (canonical code or None, known only case-insensitively,
    end, cut short because glued to the next word)."""
    m = _RUN.match(norm, i)
    if m is None:
        return None, False, i, False
    run = m.group()
    j = m.end()
    if j >= len(norm) or not norm[j].isalnum():
        code, ci = _code(run)
        if code is not None:
            return code, ci, j, False
        if _UNKNOWN_CODE.fullmatch(run) and (
            # after a spaced dash only an agency after a type ("KH- UBH", "TTr -\nNN&PTNT")
            not spaced or (len(run) > 1 and segs[0] in _TYPE_ABBRS)
        ):
            return run, False, j, False
    for k in range(min(len(run) - 1, _CODE_MAX), 0, -1):
        code, ci = _code(run[:k])
        if code is not None:
            return code, ci, i + k, True
    return None, False, j, False


def _separator(norm: str, end: int, segs: list[str]) -> tuple[int, bool] | None:
    """Where the next segment starts after a separator at ``end`` and whether the separator
    was spaced, or None when the symbol ends here."""
    sm = _SEP.match(norm, end)
    if sm is None:
        return None
    before, sep, after = sm.groups()
    if sep != "-" and (before or after):
        return None
    if sep == "/" and (len(segs) != 1 or not _slash_ok(norm, segs[0], sm.end())):
        return None
    if before and after and len(segs) != 1:
        return None
    return sm.end(), bool(before or after)


def _slash_ok(norm: str, first: str, i: int) -> bool:
    """A '/' inside a symbol: after a type abbreviation ("TTLT/BTC-BNV"), or before a known
    agency code followed by a dash ("01/QCPH/UBND-UBMTTQ")."""
    if first in _TYPE_ABBRS:
        return True
    m = _RUN.match(norm, i)
    return m is not None and m.group() in _R.issuers and norm[m.end() : m.end() + 1] == "-"


_Hit = tuple[int, re.Match[str], int]  # position, match, which scan (0, 1, 2)


def _hits(norm: str) -> Iterator[_Hit]:
    """Positions to examine, in order: every '/' before a letter (0), "-YYYY-" of dashes-only
    symbols (1), "số N-" of numbers before the 2000s (2). Lazy: a text of slashes has a hit
    every few characters, and a list of them all held a match object per hit (1.2 GB for
    50 MB of "1/A&B&C&D&")."""
    hits = ((m.start(), m, 0) for m in _SLASH.finditer(norm))
    extra = []
    if "-19" in norm or "-20" in norm:
        extra.append(_first_or_none((m.start(), m, 1) for m in _DASHY.finditer(norm)))
    old = (m for m in _OLD.finditer(norm) if norm[m.start() - 1] in "sS")
    extra.append(_first_or_none((m.start(1), m, 2) for m in old))
    more = [e for e in extra if e is not None]
    if not more:
        return hits
    # ties keep the order of the iterables (as a stable sort of their concatenation would)
    return heapq.merge(hits, *more, key=_position)


def _first_or_none(it: Iterator[_Hit]) -> Iterator[_Hit] | None:
    """``it`` unchanged when it yields anything, else None (one look ahead)."""
    first = next(it, None)
    return None if first is None else itertools.chain((first,), it)


def _position(hit: _Hit) -> int:
    return hit[0]


def _tokens(norm: str) -> list[_Cand]:
    """Pass 1: symbols found around each hit, with their prefix (type word, số, pinpoint)."""
    out: list[_Cand] = []
    prev_end = 0
    form_end = -1  # end of the last form number ("Mẫu số 03/TSTL-BC, 04/TSTL-BC": forms too)
    for p, m, how in _hits(norm):
        if p < prev_end:
            continue
        if how == 2:
            c = _old_style(norm, m, prev_end)
            if c is not None:
                out.append(c)
                prev_end = c.sym_end
            continue
        dashy = how == 1
        year_s = m.group(1)
        nb = _number_before(norm, p, prev_end, year_s, dashy)
        if nb is None:
            continue
        s, number, party_type, needs_so = nb
        segs, sym_end, needs_prefix = _symbol(norm, m.end())
        if not segs:
            continue
        body = "-".join(segs)
        kind = _kind(party_type, year_s, dashy, segs, body)
        if kind is None:
            continue
        # positional: num_start, sym_end, number, party_type, year, body, kind, start
        c = _Cand(s, sym_end, number, party_type, int(year_s) if year_s else None, body, kind, s)
        _prefix(norm, c, prev_end)
        if c.form or (
            form_end >= 0 and c.start == s and _LIST_GAP.fullmatch(norm, form_end, s) is not None
        ):
            form_end = c.sym_end
            continue
        if _settle(norm, c, segs, m.end(), needs_so or needs_prefix):
            out.append(c)
            prev_end = c.sym_end
    return out


def _number_before(
    norm: str, p: int, floor: int, year_s: str | None, dashy: bool
) -> tuple[int, str, str | None, bool] | None:
    """The number (and Party type) before the symbol's hit at ``p``: (start, number, Party
    type, needs "số" or a type word), or None."""
    glued_pt = False
    if dashy:
        back = _DASHY_BACK_REV.match(norm[max(0, p - 8) : p][::-1])
    else:
        back = _BACK_REV.match(norm[max(0, p - 24) : p][::-1])
        if back is None and year_s is None:
            back = _GLUED_PT_REV.match(norm[max(0, p - 12) : p][::-1])
            glued_pt = back is not None
    if back is None:
        return None
    s = p - back.end()
    if s < floor or (s and norm[s - 1] not in " \n(" and _in_url(norm, s)):
        return None
    number = back.group("num")[::-1].lower()
    if dashy:
        return s, number, None, False
    party_type = _rev(back.group("pt"))
    if glued_pt:
        return s, number, party_type, True  # "số" or a type word checked by ``_settle``
    if party_type is None or (back.group("nosep") is None and party_type in _R.old_law_types):
        return s, number, party_type, False  # "Luật 18-L/CTN": a law numbered before 2002
    pt_ci = False
    if party_type not in _R.party_abbr_to_type:
        if back.group("nosep") is not None:
            return None  # "17 QĐ/TWĐTN" only with the exact abbreviation
        pt_ci = True
        party_type = _PARTY_CI.get(party_type.lower())
    if party_type is None or year_s is not None:
        return None
    return s, number, party_type, pt_ci


def _kind(
    party_type: str | None, year_s: str | None, dashy: bool, segs: list[str], body: str
) -> str | None:
    """The kind the symbol's shape gives, or None when the shape is no reference."""
    if party_type is not None:
        return "law" if party_type in _R.old_law_types else "party"
    if year_s is None:
        return "administrative"
    if not 1900 <= int(year_s) <= 2099:
        return None
    if dashy and (len(segs) < 2 or segs[0] not in _TYPE_ABBRS):
        return None
    try:
        return _BODY_KIND[body]
    except KeyError:
        lm = _LAW_BODY.match(body)
        kind = "law" if lm and lm.group("body") in _R.law_bodies else "normative"
        if len(_BODY_KIND) > 50_000:
            _BODY_KIND.clear()
        _BODY_KIND[body] = kind
        return kind


_BODY_KIND: dict[str, str] = {}  # symbol body -> "law" or "normative" (memo: bodies recur)


def _settle(norm: str, c: _Cand, segs: list[str], sym_start: int, needs_so: bool) -> bool:
    """Last checks on a candidate with its prefix (Party form, "TƯ"); False when it is no
    reference."""
    if c.kind == "administrative":
        _party_form(c, segs)
    if len(segs) == 1 and c.kind in ("normative", "administrative") and c.tw is None:
        return False  # "12/ABC" is only a reference when a type word says so
    s = c.num_start
    if c.start == s and (needs_so or (s > 0 and norm[s - 1].isalpha())):
        return False  # lower-case symbols and numbers glued to a word need "số" or a type word
    if c.kind == "party" and "TƯ" in norm[sym_start : c.sym_end] and "-" not in c.body:
        c.tu = True  # "13-NQ/TƯ", "49-KH/TƯH": resolved by ``_tu``
        c.body = c.body.replace("TW", "TƯ", 1) if c.body.startswith("TW") else c.body
    return True


def _party_form(c: _Cand, segs: list[str]) -> None:
    """A Party document written the State way: "22/CT-TW", "646/QĐ/QUTW" (type, Party body),
    or "Nghị quyết 06/TU" (the body alone, the type in the prose) becomes 22-CT/TW."""
    last = segs[-1]
    if not last.endswith(_PARTY_BODY_ENDS):
        return
    if len(segs) == 2 and segs[0] in _R.party_abbr_to_type and _PARTY_BODY.fullmatch(last):
        c.party_type, c.body, c.kind = segs[0], segs[1], "party"
    elif len(segs) == 1 and c.tw is not None and _PARTY_BODY.fullmatch(segs[0]):
        abbr = _PARTY_ABBR_OF.get(c.tw)
        if abbr is not None and not c.generic_tw:
            c.party_type, c.kind = abbr, "party"


# Party type -> its abbreviation (Hướng dẫn 36-HD/VPTW): "Nghị quyết" -> "NQ".
_PARTY_ABBR_OF = {t: a for a, t in sorted(_R.party_abbr_to_type.items(), reverse=True)}


def _old_style(norm: str, m: re.Match[str], floor: int) -> _Cand | None:
    """ "Nghị định số 73-CP": agency codes after the dash, a type word before "số"."""
    segs, sym_end, needs_prefix = _symbol(norm, m.end())
    if (
        not segs
        or needs_prefix
        or len(segs) > 2
        or any(seg not in _R.issuers for seg in segs)
        or norm[sym_end : sym_end + 1] in ("/", "-")
    ):
        return None
    s = m.start(1)
    c = _Cand(
        num_start=s,
        sym_end=sym_end,
        number=m.group(1),
        party_type=None,
        year=None,
        body="-".join(segs),
        kind="administrative",
        start=s,
        old=True,
    )
    _prefix(norm, c, floor)
    return c if c.tw is not None and not c.generic_tw else None
