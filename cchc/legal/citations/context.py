"""Pass 2 and 3 of the extractor: date, issuer and subject after each symbol; document types
and issuers shared inside lists."""

from __future__ import annotations

import datetime
import re

from .normalize import fold_ws
from .vocab import _JOIN_ALT, _LIST_GAP, _LIST_GAP_MAX, _R, _TW_ALT, _alt, _Cand, _symbol_type

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
# Every branch starts with the character it needs (lookbehinds after it), so that the search
# skips other characters in C: a whitespace run (not preceded by whitespace) before a stop word
# or a joiner and a type word, ',', punctuation, '.', a blank line.
_ISSUER_STOP = re.compile(
    rf"[ \n](?<![ \n][ \n])[ \n]*+(?:(?:{_alt(_R.issuer_stop)}|(?i:{_alt(list(_R.subject_intro))}))(?!\w)"
    rf"|(?:{_JOIN_ALT})[ \n]+(?=(?i:{_TW_ALT}|các|số)(?!\w)|\d))"
    # "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one office holder, not a list; "Ban Chỉ
    # đạo phòng, chống dịch": one name
    r"|,(?<!phòng,)(?![ \n]*Chủ[ \n]+nhiệm(?!\w))|[;:()\[\]“”\"!?…]|\.(?<!TP\.)(?<!Tp\.)(?=\s|\Z)"
    r"|\n[ ]*\n"
)
# A joint document ("TTLT-BNV-BTC-BTP") names its issuers one after the other: after a known
# agency name, ", <known agency>" goes on (only for such symbols).
_JOINT_NEXT = re.compile(rf",[ \n]*(?={_alt(list(_R.issuers.values()))})")
_SUBJ_INTRO = re.compile(
    rf"[ \n]*+(?:[,:][ \n]*+)?(?P<intro>{_alt(list(_R.subject_intro))})(?!\w)[ \n]*", re.I
)
_SUBJ_STOP = re.compile(
    r";|\.(?<!TP\.)(?<!Tp\.)(?=\s|\Z)|…|\n[ ]*\n|\n[ ]*(?:[+•*\-]|\d{1,2}[.)]|[a-zđ]\))[ ]|[()?!]"
    # "Quyết định số A về quy chế X, thay thế Quyết định số B": the verb is A's, not its subject's
    r"|,[ \n]*(?=(?:thay[ \n]+thế|bãi[ \n]+bỏ|h[ủu]ỷ?[ \n]+bỏ)(?!\w))"
)
_TRAIL_CHARS = " \n,;:-"
_TRAIL_WORDS = frozenset([*(w.lower() for w in _R.list_joiners), "các", "của", "tại", "theo", "số"])

# First letters of every clause that can follow a symbol (date, issuer, year, subject).
_TAIL_FIRST = frozenset(
    w[0].lower() for w in ["ngày", "ban hành", "ký", "năm", *_R.issuer_intro, *_R.subject_intro]
)
_DATE_FIRST = frozenset("nbk")  # "ngày", "ban hành ngày", "ký ngày"
_ISSUER_FIRST = frozenset(w[0].lower() for w in _R.issuer_intro)
_SUBJ_FIRST = frozenset(w[0].lower() for w in _R.subject_intro)
_ISSUER_MAX = 120
_SUBJECT_MAX = 400
_STRIP_INTRO = {w.lower(): s for w, s in _R.subject_intro.items()}


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
        e = b  # the end of ``norm[a:b].rstrip(_TRAIL_CHARS)``, without the copy
        while e > a and norm[e - 1] in _TRAIL_CHARS:
            e -= 1
        if not words:
            return e
        sp = max(norm.rfind(" ", a, e), norm.rfind("\n", a, e))  # the last word starts after it
        if norm[max(sp + 1, a) : e].lower() in _TRAIL_WORDS:
            b = max(sp, a)
        else:
            return e
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
    return _clip(norm, pos, limit, bound, _ISSUER_STOP.search(norm, scan_from, limit))


def _subject_end(norm: str, pos: int, bound: int) -> int:
    """End of a subject clause: ';', '.', '(', ')', a paragraph or bullet break, or ``bound``."""
    limit = min(bound, pos + _SUBJECT_MAX)
    return _clip(norm, pos, limit, bound, _SUBJ_STOP.search(norm, pos, limit))


def _clip(norm: str, pos: int, limit: int, bound: int, stop) -> int:
    """Where a clause from ``pos`` ends: at its stop, else at ``limit`` (backed off to the last
    space when the clause was cut short of ``bound``)."""
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
        break  # ``head`` is the letter at ``pos``
    else:  # three clauses read: the letter after the last one
        head = norm[pos : pos + 6].lstrip(" \n,:")[:1].lower()
    c.full_end = c.head_end = pos
    if head not in _SUBJ_FIRST:
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
