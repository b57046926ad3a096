"""The type a document's own header or a register's row states after its number.

A document's header puts the number first and the type a few lines down, in capitals
("Số: 29-QĐ/TW | Hà Nội, ngày 25 tháng 7 năm 2016 | QUY ĐỊNH | THI HÀNH ĐIỀU LỆ ĐẢNG"); a
register page writes "Số hiệu: 117-QĐ/TW … Loại văn bản: Quy định". Without a type word
before the number the symbol alone would give the type, and a Party "QĐ" abbreviates both
Quyết định and Quy định (Hướng dẫn 36-HD/VPTW). Only a reference that opens a line with "Số"
(or "Số hiệu") is read this way, and only up to the next reference.
"""

from __future__ import annotations

import re

from .vocab import _R, _alt, _Cand

_NAMES = sorted(set(_R.type_words.values()), key=len, reverse=True)  # canonical type names
_BY_UPPER = {n.upper(): n for n in _NAMES}
_BY_LOWER = {n.lower(): n for n in _NAMES}
# The type alone on its line (or before a title in capitals), after a line break or a cell.
_HEADER = re.compile(rf"[\n|][ \t|]*(?P<t>{_alt([n.upper() for n in _NAMES])})(?![^\W\d_])")
_REGISTER = re.compile(
    rf"(?<![^\W\d_])Loại[ \n]+văn[ \n]+bản[ \t]*:[ \t]*(?P<t>{_alt(_NAMES)})(?![^\W\d_])", re.I
)
_WINDOW = 200


def _opens_line(norm: str, start: int) -> bool:
    """True when only spaces, tabs or table bars stand between ``start`` and the line's start."""
    i = start
    while i > 0 and norm[i - 1] in " \t|":
        i -= 1
    return i == 0 or norm[i - 1] == "\n"


def _header_types(norm: str, cands: list[_Cand]) -> None:
    """Pass 2c: the type named after a reference introduced by "Số" at a line's start, for a
    reference with no type word before it."""
    for i, c in enumerate(cands):
        if c.tw is not None or not c.has_so or not _opens_line(norm, c.start):
            continue
        bound = cands[i + 1].start if i + 1 < len(cands) else len(norm)
        hi = min(bound, c.sym_end + _WINDOW)
        m = _REGISTER.search(norm, c.sym_end, hi)
        if m is not None:
            c.tw = _BY_LOWER[" ".join(m.group("t").lower().split())]
            continue
        m = _HEADER.search(norm, c.sym_end, hi)
        if m is not None and _ends_heading(norm, m.end()):
            c.tw = _BY_UPPER[" ".join(m.group("t").split())]


def _ends_heading(norm: str, end: int) -> bool:
    """The type word ends its line, or a title in capitals follows it ("QUY ĐỊNH THI HÀNH")."""
    j = end
    while j < len(norm) and norm[j] in " \t":
        j += 1
    return j == len(norm) or norm[j] in "\n|" or (j > end and norm[j].isupper())
