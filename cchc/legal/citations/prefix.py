"""What stands before a reference's number: type word, "số", pinpoint (matched right-to-left).

Prefixes are matched on the reversed window just before the number: an anchored ``match`` (one
attempt) replaces a ``search`` that would try every start position."""

from __future__ import annotations

import re

from .models import Pinpoint
from .normalize import fold_ws
from .vocab import _GENERIC, _R, _TYPE_WORDS, _alt, _Cand, _ralt

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
_HAS_SO2 = frozenset([_PREFIX_REV, _PREFIX_STRICT_REV])  # the prefixes with a group "so2"
_LIST_SPLIT = re.compile(r"[ \n]*(?:,|\bvà\b)[ \n]*")
_PREFIX_WINDOW = 40
_LAW_WINDOW = 200
_PIN_WINDOW = 80
_TW_MEMO: dict[str, tuple[str, bool]] = {}  # type word as matched (reversed) -> (type, generic)


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
        p0 = s - pm.end() if pm is not None else 0
        if p0 and norm[p0 - 1].isalnum() and not _glued_ok(norm, p0):
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
        c.has_so = pm.re in _HAS_SO2 and pm.group("so2") is not None
        if _FORM_REV.match(rev, pm.end()) is not None:
            c.form = True
        return
    c.has_so = pm.re is not _LAW_PREFIX_REV and pm.group("so") is not None
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
