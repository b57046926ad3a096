"""Find references to Vietnamese legal, administrative and Party documents in plain text.

Design (after eyecite, adapted to Vietnamese):

1. **Normalise.** NFC; HTML entities of a slash, an ampersand, a space or a dash are decoded into
   a working copy with an offset map (only when present); then a same-length *shadow* string for
   matching (see ``normalize``).
2. **Prefilter + tokenise.** Symbols are found from cheap literal scans: every '/' before a letter
   (``_SLASH``), "-YYYY-" of the dashes-only form "21-2018-TT-BTC" (``_DASHY``) and "số N-" of
   numbers before the 2000s ("Nghị định số 73-CP", ``_OLD``). Before the hit (``_BACK_REV``, on a
   reversed window of at most 24 characters) must stand a number, optionally with a letter
   ("12a") and, for Party documents, ``-LOAI`` (dash with or without spaces, or one space).
   After it, ``_symbol`` reads segments against the code vocabulary of the data files: a run is
   a segment when it is a known code or an upper-case code followed by a space, punctuation or a
   separator; a run glued to the next word ("NĐ-CPngày", "TT-BNVquy") is cut after the longest
   known code. Separators: '-' (spaces or a line break around it before a known code), '.', '&'
   (kept), and '/' after a type abbreviation ("TTLT/BTC-BNV"). Codes known only
   case-insensitively ("kh-ubnd") need "số" or a type word before the number, and so does a
   number glued to a preceding word ("số45" is fine, "x12" is not).
3. **Typed tokens.** The shape gives the kind: ``N/YYYY/LOAI-CQ`` normative, ``N/YYYY/QH14`` law,
   ``N-LOAI/CQ`` Party, ``N/LOAI-CQ`` or ``N/CQ-DV`` administrative (official letters), ``N-L/CTN``
   law (before 2002), ``N-CQ`` administrative (before the 2000s).
4. **Enrich from context,** in bounded windows: type word (glued or not, with one or two words
   before "số": "Báo cáo thẩm định số"), "số" and pinpoint before (lists "điểm a, b"; "khoản 2"
   without "Điều" right before the type word); date, issuer ("của ..."), and subject ("về ...")
   after, each clause stopping at the start of the next reference. "mẫu số", "biểu số", "phụ lục
   số" name forms and annexes, not documents.
5. **Relations** of the citing text to each reference, from the sentence (``relations``).

All regular expressions are built once from the data files in ``data/``, and each is linear: no
nested quantifiers over overlapping classes, fixed caps on repetition, bounded windows.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass

from .models import Citation, Pinpoint, citation_new
from .normalize import decode_entities, fold_ws, nfc, shadow
from .registry import registry
from .relations import has_verb, relations_by

__all__ = ["extract"]

_R = registry()


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Regex alternation of ``words``, longest first; spaces inside words match any whitespace."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"[ \n]+".join(re.escape(p) for p in w.split()) for w in uniq)


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
_LAW_BODY = re.compile(r"(?P<body>[A-Z]+)(?P<term>\d{1,2})\Z")
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


# Prefixes are matched right-to-left: on the reversed window just before the number, an
# anchored ``match`` (one attempt) replaces a ``search`` that would try every start position.
# A prefix word may be glued to what precedes it where tags were stripped ("tạiĐiều 5Nghị định",
# "số45/..."): ``_GLUE`` accepts a word that starts upper-case after a letter or digit, and
# ``_glued_ok`` then checks that the character before it is lower case or a digit.
_GLUE = r"(?:(?!\w)|(?-i:(?<=[A-ZĐ]))(?=\w))"
_SO_REV = _ralt(list(_R.so_words))
_TW_REV = _ralt(list(_R.type_words))
_PREFIX_REV = re.compile(
    rf"[ \n]*+:?[ \n]*+(?:(?:(?P<so>{_SO_REV})[ \n]*+:?[ \n]*+)?(?P<tw>{_TW_REV})|(?P<so2>{_SO_REV}))"
    + _GLUE,
    re.I,
)
_PREFIX_STRICT_REV = re.compile(
    rf"[ \n]*+:?[ \n]*+(?:(?:(?P<so>{_SO_REV})[ \n]*+:?[ \n]*+)?(?P<tw>{_TW_REV})|(?P<so2>{_SO_REV}))(?!\w)",
    re.I,
)
# "Báo cáo thẩm định số 18/BCTĐ-STP": one or two words between the type word and "số".
# Only full type words of two syllables or more: an abbreviation alias would read "(sau đây
# gọi tắt là số 19/CT-TTg)" as "tt là số", a Thông tư.
_QUAL_PREFIX_REV = re.compile(
    rf"[ \n]*+:?[ \n]*+(?P<so>{_SO_REV})(?:[ \n]+[^\W\d_]{{2,12}}){{1,2}}?[ \n]+"
    rf"(?P<tw>{_ralt([w for w in _R.type_words if ' ' in w])})(?!\w)",
    re.I,
)
# "mẫu số 01/TB-BSTT", "biểu số 02/DT-KPXC": a form or an annex, not a document.
_FORM_REV = re.compile(rf"[ \n]*+(?:{_ralt(list(_R.not_document_before))})", re.I)
_LAW_PREFIX_REV = re.compile(
    rf"[ \n]*+:?[ \n]*+ốs(?:[ \n]+[^\W\d_]+){{1,15}}?[ \n]+(?P<tw>{_ralt(_R.law_type_words)})(?!\w)",
    re.I,
)
_PW = _R.pinpoint_words
# Lists of points, clauses or articles ("điểm a, b khoản 2 Điều 5"), reversed.
# An item may repeat its level's word ("Điều 6, Điều 7 Nghị định …", "Khoản 1 và Khoản 2 Điều 5").
_LIST_REV = r"(?:(?:[ \n]+{1})?[ \n]*+(?:,|àv)[ \n]*+{0}){{0,5}}"
_PT_REV = r"[a-zđ]" + _LIST_REV.format(r"[a-zđ]", _PW["point"][::-1])
_CL_REV = r"[a-zđ]?\d{1,3}" + _LIST_REV.format(r"[a-zđ]?\d{1,3}", _PW["clause"][::-1])
_AR_REV = r"[a-zđ]?\d{1,4}" + _LIST_REV.format(r"[a-zđ]?\d{1,4}", _PW["article"][::-1])
_LEVEL_WORD = re.compile(rf"\A(?:{_alt(list(_PW.values()))})[ \n]+", re.I)
_PIN_REV = re.compile(
    r"[ \n]*+(?:aủc[ \n]+)?,?[ \n]*+"
    rf"(?:(?P<article>{_AR_REV})[ \n]+{_PW['article'][::-1]}"
    rf"(?:[ \n]*,?[ \n]*(?P<clause>{_CL_REV})[ \n]+{_PW['clause'][::-1]})?"
    rf"|(?P<clause2>{_CL_REV})[ \n]+{_PW['clause'][::-1]})"
    rf"(?:[ \n]*,?[ \n]*(?P<point>{_PT_REV})[ \n]+{_PW['point'][::-1]})?" + _GLUE,
    re.I,
)
_LIST_SPLIT = re.compile(r"[ \n]*(?:,|\bvà\b)[ \n]*")
_DATE = re.compile(
    r"[ \n]*+(?:,[ \n]*+)?(?:(?:ban[ \n]+hành|ký)[ \n]+)?ngày(?:[ \n]+ban[ \n]+hành)?[ \n]*:?[ \n]*"
    r"(?P<d>\d{1,2})"
    r"(?:[ \n]+tháng[ \n]*(?P<m>\d{1,2})[ \n]+năm[ \n]*(?P<y>\d{4})"
    r"|[ ]?(?P<sep>[/.\-])[ ]?(?P<m2>\d{1,2})[ ]?(?P=sep)[ ]?(?P<y2>\d{4}))(?!\d)",
    re.I,
)
_YEAR_ONLY = re.compile(r"[ \n]*+(?:,[ \n]*+)?năm[ \n]+(?P<y>\d{4})(?!\d)", re.I)
_ISSUER_INTRO = re.compile(
    rf"[ \n]*+(?:,[ \n]*+)?(?:{_alt(_R.issuer_intro)})[ \n]+(?=[^\W\d_])", re.I
)
_KNOWN_ISSUER = re.compile(_alt(list(_R.issuers.values())))
# After a known agency name the issuer goes on only with a capitalised word or a continuation.
_NEXT_WORD = re.compile(r"[ \n]+(?:-[ \n]+)?(?=[^\W\d_])")  # " - " joins joint issuers
_CONTINUATION = re.compile(rf"(?:{_alt(_R.issuer_continuations)})(?!\w)")
_JOIN_ALT = _alt(_R.list_joiners)
_ISSUER_STOP = re.compile(
    rf"(?<![ \n])[ \n]++(?:{_alt(_R.issuer_stop)}|(?i:{_alt(list(_R.subject_intro))}))(?!\w)"
    rf"|(?<![ \n])[ \n]++(?:{_JOIN_ALT})[ \n]+(?=(?i:{_TW_ALT}|các|số)(?!\w)|\d)"
    # "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one office holder, not a list; "Ban Chỉ
    # đạo phòng, chống dịch": one name
    r"|(?<!phòng),(?![ \n]*Chủ[ \n]+nhiệm(?!\w))|[;:()\[\]“”\"!?…]|(?<!TP)(?<!Tp)\.(?=\s|\Z)"
    r"|\n[ ]*\n"
)
# A joint document ("TTLT-BNV-BTC-BTP") names its issuers one after the other: after a known
# agency name, ", <known agency>" goes on (only for such symbols).
_JOINT_NEXT = re.compile(rf",[ \n]*(?={_alt(list(_R.issuers.values()))})")
_SUBJ_INTRO = re.compile(
    rf"[ \n]*+(?:[,:][ \n]*+)?(?P<intro>{_alt(list(_R.subject_intro))})(?!\w)[ \n]*", re.I
)
_SUBJ_STOP = re.compile(
    r";|(?<!TP)(?<!Tp)\.(?=\s|\Z)|…|\n[ ]*\n|\n[ ]*(?:[+•*\-]|\d{1,2}[.)]|[a-zđ]\))[ ]|[()?!]"
    # "Quyết định số A về quy chế X, thay thế Quyết định số B": the verb is A's, not its subject's
    r"|,[ \n]*(?=(?:thay[ \n]+thế|bãi[ \n]+bỏ|h[ủu]ỷ?[ \n]+bỏ)(?!\w))"
)
_TRAIL_CHARS = " \n,;:-"
_TRAIL_WORDS = frozenset([*(w.lower() for w in _R.list_joiners), "các", "của", "tại", "theo", "số"])
_LIST_GAP = re.compile(rf"[ \n]*+(?:,[ \n]*+)?(?:(?:{_JOIN_ALT})[ \n]++)?", re.I)
_LIST_GAP_MAX = 24

# First letters of every clause that can follow a symbol (date, issuer, year, subject).
_TAIL_FIRST = frozenset(
    w[0].lower() for w in ["ngày", "ban hành", "ký", "năm", *_R.issuer_intro, *_R.subject_intro]
)
_DATE_FIRST = frozenset("nbk")  # "ngày", "ban hành ngày", "ký ngày"
_ISSUER_FIRST = frozenset(w[0].lower() for w in _R.issuer_intro)
_SUBJ_FIRST = frozenset(w[0].lower() for w in _R.subject_intro)
_SLASH_CHARS = ("/", "\u2044", "\u2215", "\uff0f")
_PREFIX_WINDOW = 40
_LAW_WINDOW = 200
_PIN_WINDOW = 80
_ISSUER_MAX = 120
_SUBJECT_MAX = 400
_STRIP_INTRO = {w.lower(): s for w, s in _R.subject_intro.items()}
_GENERIC = _R.generic_words
_TYPE_WORDS = _R.type_words


_TYPE_MEMO: dict[tuple[str, str | None, str], str | None] = {}
_TW_MEMO: dict[str, tuple[str, bool]] = {}  # type word as matched (reversed) -> (type, generic)
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


_FAST_MEMO: dict[str, list[str] | None] = {}


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
    return None if segs is None else list(segs)


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
    n = len(norm)
    needs_prefix = False
    spaced = False
    while len(segs) < _MAX_SEGS:
        m = _RUN.match(norm, i)
        if m is None:
            break
        run = m.group()
        j = m.end()
        code: str | None = None
        ci = False
        cut = j
        trunc = False
        if j >= n or not norm[j].isalnum():
            code, ci = _code(run)
            if (
                code is None
                and _UNKNOWN_CODE.fullmatch(run)
                # after a spaced dash only an agency after a type ("KH- UBH", "TTr -\nNN&PTNT")
                and (not spaced or (len(run) > 1 and segs[0] in _TYPE_ABBRS))
            ):
                code, ci = run, False
        if code is None:
            for k in range(min(len(run) - 1, _CODE_MAX), 0, -1):
                code, ci = _code(run[:k])
                if code is not None:
                    cut, trunc = i + k, True
                    break
        if code is None or (spaced and code in segs):
            break
        needs_prefix = needs_prefix or ci
        segs.append(code)
        end = cut
        sm = None if trunc else _SEP.match(norm, end)
        if sm is None:
            break
        before, sep, after = sm.groups()
        if sep != "-" and (before or after):
            break
        if sep == "/" and (len(segs) != 1 or not _slash_ok(norm, segs[0], sm.end())):
            break
        if before and after and len(segs) != 1:
            break
        spaced = bool(before or after)
        i = sm.end()
    if segs:
        segs = _unglue(segs)
    return segs, end, needs_prefix


def _slash_ok(norm: str, first: str, i: int) -> bool:
    """A '/' inside a symbol: after a type abbreviation ("TTLT/BTC-BNV"), or before a known
    agency code followed by a dash ("01/QCPH/UBND-UBMTTQ")."""
    if first in _TYPE_ABBRS:
        return True
    m = _RUN.match(norm, i)
    return m is not None and m.group() in _R.issuers and norm[m.end() : m.end() + 1] == "-"


def _hits(norm: str) -> list[tuple[int, re.Match[str], int]]:
    """Positions to examine: every '/' before a letter (0), "-YYYY-" of dashes-only symbols (1),
    "số N-" of numbers before the 2000s (2)."""
    hits = [(m.start(), m, 0) for m in _SLASH.finditer(norm)]
    extra = []
    if "-19" in norm or "-20" in norm:
        extra = [(m.start(), m, 1) for m in _DASHY.finditer(norm)]
    extra += [(m.start(1), m, 2) for m in _OLD.finditer(norm) if norm[m.start() - 1] in "sS"]
    if extra:
        hits = sorted(hits + extra, key=lambda h: h[0])
    return hits


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
        glued_pt = False
        if dashy:
            back = _DASHY_BACK_REV.match(norm[max(0, p - 8) : p][::-1])
            party_type = None
        else:
            back = _BACK_REV.match(norm[max(0, p - 24) : p][::-1])
            if back is None and year_s is None:
                back = _GLUED_PT_REV.match(norm[max(0, p - 12) : p][::-1])
                glued_pt = back is not None
        if back is None:
            continue
        s = p - back.end()
        if s < prev_end or (s and norm[s - 1] not in " \n(" and _in_url(norm, s)):
            continue
        number = back.group("num")[::-1].lower()
        pt_ci = False
        if not dashy:
            party_type = _rev(back.group("pt"))
            if glued_pt:
                pass  # an exact Party abbreviation; "số" or a type word checked below
            elif (
                party_type is not None
                and back.group("nosep") is None
                and party_type in _R.old_law_types
            ):
                pass  # "Luật 18-L/CTN": a law numbered before 2002
            elif party_type is not None:
                if party_type not in _R.party_abbr_to_type:
                    if back.group("nosep") is not None:
                        continue  # "17 QĐ/TWĐTN" only with the exact abbreviation
                    pt_ci = True
                    party_type = _PARTY_CI.get(party_type.lower())
                if party_type is None or year_s is not None:
                    continue
        segs, sym_end, needs_prefix = _symbol(norm, m.end())
        if not segs:
            continue
        body = "-".join(segs)
        if party_type is not None:
            kind = "law" if party_type in _R.old_law_types else "party"
        elif year_s is not None:
            if not 1900 <= int(year_s) <= 2099:
                continue
            if dashy and (len(segs) < 2 or segs[0] not in _TYPE_ABBRS):
                continue
            lm = _LAW_BODY.match(body)
            kind = "law" if lm and lm.group("body") in _R.law_bodies else "normative"
        else:
            kind = "administrative"
        c = _Cand(
            num_start=s,
            sym_end=sym_end,
            number=number,
            party_type=party_type,
            year=int(year_s) if year_s else None,
            body=body,
            kind=kind,
            start=s,
        )
        _prefix(norm, c, prev_end)
        if c.form or (
            form_end >= 0 and c.start == s and _LIST_GAP.fullmatch(norm, form_end, s) is not None
        ):
            form_end = c.sym_end
            continue
        if kind == "administrative":
            _party_form(c, segs)
        if len(segs) == 1 and c.kind in ("normative", "administrative") and c.tw is None:
            continue  # "12/ABC" is only a reference when a type word says so
        if c.start == s and (
            needs_prefix or pt_ci or glued_pt or (s > 0 and norm[s - 1].isalpha())
        ):
            continue  # lower-case symbols and numbers glued to a word need "số" or a type word
        if c.kind == "party" and "TƯ" in norm[m.end() : sym_end] and "-" not in c.body:
            c.tu = True  # "13-NQ/TƯ", "49-KH/TƯH": resolved by ``_tu``
            c.body = c.body.replace("TW", "TƯ", 1) if c.body.startswith("TW") else c.body
        out.append(c)
        prev_end = c.sym_end
    return out


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


def _glued_ok(norm: str, pos: int) -> bool:
    """A prefix word starting at ``pos`` is a word of its own: preceded by a non-word
    character, or glued to a lower-case letter or a digit while it starts upper-case."""
    if pos == 0 or not norm[pos - 1].isalnum():
        return True
    return norm[pos].isupper() and (norm[pos - 1].islower() or norm[pos - 1].isdigit())


def _list_value(g: str | None) -> str | None:
    """A reversed list group ("b ,a") as written in order, normalised ("a, b")."""
    if g is None:
        return None
    return ", ".join(_LEVEL_WORD.sub("", v) for v in _LIST_SPLIT.split(g[::-1].strip()))


def _prefix(norm: str, c: _Cand, floor: int) -> None:
    """Type word / "số" / pinpoint immediately before the number (matched right-to-left)."""
    s = c.num_start
    pm = None
    if c.kind == "law":
        lo = max(floor, s - _LAW_WINDOW)
        rev = norm[lo:s][::-1]
        pm = _LAW_PREFIX_REV.match(rev)
    if pm is None:
        lo = max(floor, s - _PREFIX_WINDOW)
        rev = norm[lo:s][::-1]
        pm = _PREFIX_REV.match(rev)
        if pm is not None and not _glued_ok(norm, s - pm.end()):
            pm = _PREFIX_STRICT_REV.match(rev)
    if pm is not None and pm.group("tw") is None and pm.group("so2") is not None:
        qm = _QUAL_PREFIX_REV.match(rev)
        if qm is not None:
            pm = qm
    if pm is None or pm.end() == 0:
        if _FORM_REV.match(rev) is not None:
            c.form = True
        return
    c.start = s - pm.end()
    tw = pm.group("tw")
    if tw is None:
        c.has_so = "so2" in pm.re.groupindex and pm.group("so2") is not None
        if _FORM_REV.match(rev, pm.end()) is not None:
            c.form = True
        return
    c.has_so = "so" in pm.re.groupindex and pm.group("so") is not None
    try:
        c.tw, c.generic_tw = _TW_MEMO[tw]
    except KeyError:
        key = " ".join(tw[::-1].lower().split())
        c.tw, c.generic_tw = _TW_MEMO[tw] = (
            _TYPE_WORDS.get(key) or key.capitalize(),
            key in _GENERIC,
        )
        if len(_TW_MEMO) > 10_000:
            _TW_MEMO.clear()
    lo = max(floor, c.start - _PIN_WINDOW)
    window = norm[lo : c.start]
    if "ều" not in window and "oản" not in window and "ỀU" not in window and "OẢN" not in window:
        return  # no "Điều" or "khoản": no pinpoint (cheap test before the regex)
    pin = _PIN_REV.match(window[::-1])
    if pin is not None and pin.end() > 0 and _glued_ok(norm, c.start - pin.end()):
        p0 = c.start - pin.end()
        text = fold_ws(norm[p0 : c.start])
        text = text.removesuffix(" của").rstrip(" ,")
        c.pinpoint = Pinpoint(
            article=_list_value(pin.group("article")),
            clause=_list_value(pin.group("clause") or pin.group("clause2")),
            point=_list_value(pin.group("point")),
            text=text,
        )
        c.start = p0


def _date(m: re.Match[str]) -> datetime.date | None:
    d, m1, m2, y1, y2 = m.group("d", "m", "m2", "y", "y2")
    mo, y = m1 or m2, y1 or y2
    try:
        return datetime.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _rtrim(norm: str, a: int, b: int, bound: int) -> int:
    """Move ``b`` left over trailing separators; when the clause was cut by the next reference
    (``b == bound``), also over dangling function words ("và", "các", "số")."""
    words = b >= bound
    while b > a:
        t = norm[a:b].rstrip(_TRAIL_CHARS)
        sp = max(t.rfind(" "), t.rfind("\n"))
        if words and t[sp + 1 :].lower() in _TRAIL_WORDS:
            b = a + max(sp, 0)
        else:
            return a + len(t)
    return b


def _issuer(norm: str, pos: int, bound: int, joint: int = 0) -> int:
    """End offset of an issuer name starting at ``pos`` (``joint``: the number of agencies a
    joint document's symbol names; its issuers may be listed with commas, up to that many)."""
    if joint:
        end = _issuer(norm, pos, bound)
        limit = min(bound, pos + 2 * _ISSUER_MAX)
        while (
            end < limit
            and len(_KNOWN_ISSUER.findall(norm, pos, end)) < joint
            and (jm := _JOINT_NEXT.match(norm, end, limit)) is not None
        ):
            nxt = _issuer(norm, jm.end(), min(bound, jm.end() + _ISSUER_MAX))
            if nxt <= jm.end():
                break
            end = nxt
        return end
    limit = min(bound, pos + _ISSUER_MAX)
    k = _KNOWN_ISSUER.match(norm, pos, limit)
    scan_from = pos
    if k is not None:
        nw = _NEXT_WORD.match(norm, k.end(), limit)
        if nw is None:
            return k.end()
        cont = _CONTINUATION.match(norm, nw.end(), limit)
        if cont is not None and cont.group().lower() == "và":
            after = _NEXT_WORD.match(norm, cont.end(), limit)
            if after is None or not norm[after.end()].isupper():
                return k.end()  # "của Chính phủ và ý kiến ...": not "Bộ Nội vụ và Bộ Tài chính"
        elif not (norm[nw.end()].isupper() or cont is not None):
            return k.end()
        scan_from = k.end()
    stop = _ISSUER_STOP.search(norm, scan_from, limit)
    if stop is not None:
        return stop.start()
    if limit < bound:
        sp = norm.rfind(" ", pos, limit)
        return sp if sp > pos else limit
    return limit


def _subject_end(norm: str, pos: int, bound: int) -> int:
    """End of a subject clause: ';', '.', '(', ')', a paragraph or bullet break, or ``bound``."""
    limit = min(bound, pos + _SUBJECT_MAX)
    stop = _SUBJ_STOP.search(norm, pos, limit)
    if stop is not None:
        return stop.start()
    if limit < bound:
        sp = norm.rfind(" ", pos, limit)
        return sp if sp > pos else limit
    return limit


def _tail(text: str, norm: str, c: _Cand, bound: int) -> None:
    """Pass 2: date, issuer and subject after the symbol, stopping at ``bound``."""
    pos = c.sym_end
    head = norm[pos : pos + 6].lstrip(" \n,:")[:1].lower()
    if not head or head not in _TAIL_FIRST:
        c.full_end = c.head_end = pos
        return
    seen_issuer = seen_date = False
    for step in range(3):
        if step:  # the first letter of what follows says which clause may start here
            head = norm[pos : pos + 6].lstrip(" \n,:")[:1].lower()
        if not seen_date and head in _DATE_FIRST and (m := _DATE.match(norm, pos, bound)):
            c.issued = _date(m)
            c.date_year = c.issued.year if c.issued else None
            pos = m.end()
            seen_date = True
            continue
        if (
            not seen_issuer
            and head in _ISSUER_FIRST
            and (m := _ISSUER_INTRO.match(norm, pos, bound))
        ):
            a = m.end()
            if norm[a].isupper():
                b = _rtrim(norm, a, _issuer(norm, a, bound, _joint(c)), bound)
                if b > a:
                    c.issuer = fold_ws(text[a:b])
                    pos = b
                    seen_issuer = True
                    continue
        if not seen_date and head == "n" and (m := _YEAR_ONLY.match(norm, pos, bound)):
            c.date_year = int(m.group("y"))
            pos = m.end()
            seen_date = True
            continue
        break
    c.full_end = c.head_end = pos
    if step and norm[pos : pos + 6].lstrip(" \n,:")[:1].lower() not in _SUBJ_FIRST:
        return
    m = _SUBJ_INTRO.match(norm, pos, bound)
    if m is None:
        return
    intro = " ".join(m.group("intro").lower().split())
    a = m.end() if _STRIP_INTRO.get(intro, False) else m.start("intro")
    b = _rtrim(norm, a, _subject_end(norm, a, bound), bound)
    if b > a:
        c.subject = fold_ws(text[a:b])
        c.full_end = b


def _joint(c: _Cand) -> int:
    """Number of agencies a joint document's symbol names ("TTLT-BNV-BTC": 2), else 0."""
    if c.kind not in ("normative", "administrative") or "-" not in c.body:
        return 0
    segs = c.body.split("-")
    return len(segs) - 1 if segs[0] in _JOINT_TYPES and len(segs) >= 3 else 0


_JOINT_TYPES = frozenset(a for a, t in _R.abbr_to_type.items() if "liên tịch" in t.lower())
# Codification notes: "(Điều 1 Thông tư số X <title> ngày D của Bộ Y, có hiệu lực …)",
# "(Mục này có nội dung liên quan đến Điều 30. của Luật X <title> ban hành ngày D; …)". The date
# (and issuer) closing the title belongs to the note's document, not to a reference named in
# its title.
_NOTE_OPEN = re.compile(r"\((?=[ \n]*(?:Điều|Mục[ \n]+này|Khoản[ \n]+này|Chương[ \n]+này)(?!\w))")
_NOTE_EFFECT = re.compile(r"[ \n]*,[ \n]*có[ \n]+hiệu[ \n]+lực(?!\w)")
_NOTE_DATE = re.compile(
    r"(?<!từ )(?<!từ\n)(?:ban[ \n]+hành[ \n]+)?ngày[ \n]*(?P<d>\d{1,2})"
    r"(?:[ \n]+tháng[ \n]*(?P<m>\d{1,2})[ \n]+năm[ \n]*(?P<y>\d{4})"
    r"|[ ]?(?P<sep>[/.\-])[ ]?(?P<m2>\d{1,2})[ ]?(?P=sep)[ ]?(?P<y2>\d{4}))(?!\d)"
    r"(?:[ \n]+của[ \n]+(?P<iss>[^\W\d_](?:[^,;()\d]|,[ \n]*(?=Bộ[ \n])){0,160}?))?[ \n]*\Z"
)
_NOTE_MAX = 1500


def _notes(text: str, norm: str, cands: list[_Cand]) -> None:
    """Pass 2b: the date (and issuer) that closes a codification note's title goes to the
    note's first reference of each ';' part when that reference got none; a later reference of
    the part that had taken it (the date follows it directly) loses it."""
    if "(" not in norm:
        return
    k = 0
    for om in _NOTE_OPEN.finditer(norm):
        close = norm.find(")", om.end(), om.end() + _NOTE_MAX)
        if close < 0:  # a note cut at the end of its line ("… ban hành ngày 24/03/2014; Điều 15")
            eol = norm.find("\n", om.end(), om.end() + _NOTE_MAX)
            close = eol if eol >= 0 else min(len(norm), om.end() + _NOTE_MAX)
        while k < len(cands) and cands[k].start < om.end():
            k += 1
        part_lo = om.end()
        while part_lo < close:
            semi = norm.find(";", part_lo, close)
            part_hi = close if semi < 0 else semi
            inside = []
            j = k
            while j < len(cands) and cands[j].start < part_hi:
                if cands[j].start >= part_lo:
                    inside.append(cands[j])
                j += 1
            if inside and inside[0].issued is None:
                _note_part(text, norm, inside, part_hi)
            part_lo = part_hi + 1


def _note_part(text: str, norm: str, inside: list[_Cand], hi: int) -> None:
    first = inside[0]
    eff = _NOTE_EFFECT.search(norm, first.sym_end, hi)
    end = eff.start() if eff is not None else hi
    lo = max(first.sym_end, end - 300)
    m = None
    for m in _NOTE_DATE.finditer(norm, lo, end):  # noqa: B007 - the last one is wanted
        pass
    if m is None or m.end() != end:
        return
    day = _date(m)
    if day is None:
        return
    for c in inside[1:]:
        if c.sym_end <= m.start() < c.head_end:
            c.issued = c.issuer = c.date_year = None  # it took the note's date
    first.issued, first.date_year = day, day.year
    if m.group("iss") and m.group("iss")[0].isupper() and first.issuer is None:
        first.issuer = fold_ws(text[m.start("iss") : m.end("iss")]).rstrip(" .")


# "Số 445-KL/TƯ\nThừa Thiên Huế, ngày …": a place line other than Hà Nội after the symbol.
_PLACE_DATE = re.compile(
    r"[ \n|]*(?P<place>[A-ZĐ][^\W\d_]*(?:[ \n][A-ZĐ][^\W\d_]*){0,3}),[ \n]*ngày"
)
_PROVINCIAL = re.compile(r"(?:tỉnh|thành|huyện|quận|thị)[ \n]+[uủ]ỷ?", re.I)


def _tu(norm: str, c: _Cand) -> None:
    """ "TƯ" in a Party symbol is TW (Trung ương) or TU (Tỉnh ủy): TU when the issuer is a
    provincial committee ("13-NQ/TƯ của Tỉnh ủy") or a place line other than Hà Nội follows;
    TW otherwise ("49-KH/TƯH … của Uỷ ban Trung ương Hội": TWH)."""
    issuer = c.issuer or ""
    if _PROVINCIAL.search(issuer) is not None:
        new = "TU"
    elif "rung ương" in issuer or "RUNG ƯƠNG" in issuer:
        new = "TW"
    else:
        pm = _PLACE_DATE.match(norm, c.sym_end, c.sym_end + 60)
        provincial = pm is not None and fold_ws(pm.group("place")).lower() != "hà nội"
        new = "TU" if provincial else "TW"
    c.body = c.body.replace("TƯ", new)


def _resolve(norm: str, cands: list[_Cand]) -> None:
    """Pass 3: document types (with list carry-over) and issuer sharing inside lists."""
    prev: _Cand | None = None
    for c in cands:
        sym = _symbol_type(c)
        in_list = (
            prev is not None
            and c.tw is None
            and c.start - prev.full_end <= _LIST_GAP_MAX
            and _LIST_GAP.fullmatch(norm, prev.full_end, c.start) is not None
        )
        if c.tw is not None and not c.generic_tw:
            c.doc_type = c.tw
        elif c.generic_tw:
            c.doc_type = sym if sym is not None else c.tw
        elif (
            in_list
            and prev is not None
            and prev.kind == c.kind
            and (sym is None or sym == _R.letter_type or sym == _symbol_type(prev))
        ):
            c.doc_type = prev.doc_type
        else:
            c.doc_type = sym
        prev = c
    # "Nghị định số 61/2018/NĐ-CP và 107/2021/NĐ-CP của Chính phủ": the issuer is shared.
    for i in range(len(cands) - 1, 0, -1):
        a, b = cands[i - 1], cands[i]
        if (
            a.issuer is None
            and a.subject is None
            and b.issuer is not None
            and a.doc_type == b.doc_type
            and a.kind == b.kind
            and b.start - a.full_end <= _LIST_GAP_MAX
            and _LIST_GAP.fullmatch(norm, a.full_end, b.start) is not None
        ):
            a.issuer = b.issuer
            # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính
            # trị": documents without a year in the number share the date with the issuer
            if a.issued is None and a.year is None and b.year is None and b.issued is not None:
                a.issued, a.date_year = b.issued, b.date_year


def _symbol_key(c: _Cand) -> tuple[str, str]:
    """The reference's symbol and key (the document's identity without year and issuer)."""
    if c.party_type is not None:
        symbol = f"{c.party_type}/{c.body}"
        return symbol, f"{c.number}-{symbol}"
    if c.old:
        return c.body, f"{c.number}-{c.body}"
    if c.year is not None:
        return c.body, f"{c.number}/{c.year}/{c.body}"
    return c.body, f"{c.number}/{c.body}"


def _build(text: str, c: _Cand, symbol: str, key: str, relation_by: str | None) -> Citation:
    end = c.sym_end
    return citation_new(
        (c.start, end),
        text[c.start : end],
        c.doc_type,
        c.number,
        c.year if c.year is not None else c.date_year,
        symbol,
        key,
        c.kind,
        c.issued,
        c.issuer,
        c.subject,
        c.pinpoint,
        _agency(c),
        (c.start, c.full_end if c.full_end > end else end),
        c.relation,
        relation_by,
    )


def extract(text: str) -> list[Citation]:
    """Return the document references in ``text``, in order, with non-overlapping spans.

    Offsets are into ``unicodedata.normalize("NFC", text)``. HTML entities of a slash, an
    ampersand, a space or a dash ("20-QĐ&#x002F;TW") are read as the character; spans and
    ``text`` still refer to the input as written.
    """
    if not text:
        return []
    text = nfc(text)
    dec = decode_entities(text)
    if dec is None:
        return _extract(text)
    decoded, pos_map = dec
    out = []
    for c in _extract(decoded):
        s, e = pos_map[c.span[0]], pos_map[c.span[1]]
        full = c.full_span or c.span
        out.append(
            dataclasses.replace(c, span=(s, e), text=text[s:e], full_span=(s, pos_map[full[1]]))
        )
    return out


def _extract(text: str) -> list[Citation]:
    """``extract`` on NFC text without entities."""
    if not (any(ch in text for ch in _SLASH_CHARS) or _DASHY.search(text) or _OLD.search(text)):
        return []
    norm = shadow(text)
    cands = _tokens(norm)
    if not cands:
        return []
    for i, c in enumerate(cands):
        bound = cands[i + 1].start if i + 1 < len(cands) else len(norm)
        _tail(text, norm, c, bound)
    _notes(text, norm, cands)
    for c in cands:
        if c.tu:
            _tu(norm, c)
    _resolve(norm, cands)
    refs = [
        (
            c.start,
            max(c.head_end, c.sym_end),
            max(c.full_end, c.sym_end),
            c.subject is not None and has_verb(c.subject),
            c.pinpoint is not None,
        )
        for c in cands
    ]
    found = relations_by(norm, refs)
    sk = [_symbol_key(c) for c in cands]
    out = []
    for c, (symbol, key), (rel, doer) in zip(cands, sk, found, strict=True):
        c.relation = rel
        out.append(_build(text, c, symbol, key, None if doer is None else sk[doer][1]))
    return out
