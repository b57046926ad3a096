"""Passes that read beyond one reference: codification notes (the date closing a note's title
belongs to the note's document) and "TƯ" (Trung ương or Tỉnh ủy) read from its context."""

from __future__ import annotations

import re

from .context import _date
from .normalize import fold_ws
from .vocab import _Cand

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
