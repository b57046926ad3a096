"""Text normalisation for the extractor.

The public offsets are defined on ``unicodedata.normalize("NFC", text)``. Matching runs on a
*shadow* string of exactly the same length in which look-alike characters are replaced one for
one (no-break and thin spaces become ' ', en/em dashes and the minus sign become '-', full-width
and division slashes become '/', the eth 'Ð' becomes 'Đ'). Because the replacement is length-preserving, every offset found
in the shadow string is valid in the NFC string.
"""

from __future__ import annotations

import re

from cchc.core.text import STABLE_RANGES, nfc

__all__ = ["nfc", "shadow", "plain", "fold_ws", "decode_entities"]

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\v\f"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SLASHES = "\u2044\u2215\uff0f"

_TABLE = {ord(c): " " for c in _SPACES}
_TABLE.update({ord(c): "-" for c in _DASHES})
_TABLE.update({ord(c): "/" for c in _SLASHES})
_TABLE.update({0x2028: "\n", 0x2029: "\n", 0x85: "\n"})
# The Icelandic eth looks like Đ and is typed for it ("15/2014/QÐ-UBND").
_TABLE.update({0xD0: "Đ", 0xF0: "đ"})

_ODD = re.compile("[" + re.escape("".join(chr(k) for k in _TABLE)) + "]")
_WS = re.compile(r"\s+")


def _class_without(ranges: tuple[tuple[int, int], ...], drop: dict[int, str]) -> str:
    """A regex class body of ``ranges`` minus the code points of ``drop``, as ranges."""
    out = []
    for a, b in ranges:
        start = a
        for cp in sorted(k for k in drop if a <= k <= b) + [b + 1]:
            if start < cp:
                out.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = cp + 1
    return "".join(out)


# A character that NFC may change or the shadow replaces: a text without one needs neither
# (one scan instead of two on the common, clean text).
_UNPLAIN = re.compile(f"[^{_class_without(STABLE_RANGES, _TABLE)}]")


def plain(text: str) -> bool:
    """True when ``text`` is NFC and its shadow is itself."""
    return _UNPLAIN.search(text) is None


def shadow(text_nfc: str) -> str:
    """Return a same-length copy of ``text_nfc`` with look-alike characters unified."""
    # Look-alikes are rare: a regex scan is ~30x faster than str.translate on Vietnamese text.
    return _ODD.sub(lambda m: _TABLE[ord(m.group())], text_nfc)


def fold_ws(s: str) -> str:
    """Collapse whitespace runs (line breaks, no-break spaces) to one space and trim."""
    s = s.strip()
    if "  " not in s and s.isprintable():
        return s
    return _WS.sub(" ", s)


# Entities left by HTML extraction that matter inside references ("20-QĐ&#x002F;TW",
# "SKH&amp;CN"): slash, ampersand, spaces and dashes, by name or number.
_ENTITY = re.compile(
    r"&(?:#[xX]0*(?:2[fF]|26|[aA]0|20(?:13|14))|#0*(?:47|38|160|82(?:11|12))|sol|amp|nbsp|ndash|mdash);"
)
_ENTITY_CHAR = {
    "sol": "/",
    "amp": "&",
    "nbsp": " ",
    "ndash": "-",
    "mdash": "-",
    47: "/",
    38: "&",
    160: " ",
    8211: "-",
    8212: "-",
}


def _entity_char(e: str) -> str:
    body = e[1:-1]
    if body.startswith(("#x", "#X")):
        return _ENTITY_CHAR[int(body[2:], 16)]
    if body.startswith("#"):
        return _ENTITY_CHAR[int(body[1:])]
    return _ENTITY_CHAR[body]


def decode_entities(text: str) -> tuple[str, list[int]] | None:
    """``text`` with the entities above decoded, and for every decoded offset (plus the end)
    the offset in ``text``; None when there is nothing to decode."""
    if "&" not in text or _ENTITY.search(text) is None:
        return None
    parts: list[str] = []
    pos_map: list[int] = []
    pos = 0
    for m in _ENTITY.finditer(text):
        parts.append(text[pos : m.start()])
        pos_map.extend(range(pos, m.start()))
        parts.append(_entity_char(m.group()))
        pos_map.append(m.start())
        pos = m.end()
    parts.append(text[pos:])
    pos_map.extend(range(pos, len(text) + 1))
    return "".join(parts), pos_map
