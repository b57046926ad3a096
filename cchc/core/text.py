"""Vietnamese text helpers: NFC, diacritic folding (đ→d), slugs. Pure Python.

Folding is the one function shared by every index and every query: lower-case, drop all
tone and vowel marks, map đ/Đ to d. Unicode decomposition alone misses đ (U+0111 has no
decomposition), so it is mapped explicitly.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["nfc", "fold", "slugify_vi", "normalize_space", "has_diacritics", "STABLE_RANGES"]

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
_fold_cache: dict[str, str] = {}


# Characters that are NFC on their own, never reorder (combining class 0) and never compose
# with a neighbour: Latin (with every precomposed Vietnamese letter), punctuation, the đồng sign.
# A text of these alone is NFC already (``tests/core/test_text.py`` checks every code point).
STABLE_RANGES = ((0x0, 0x2FF), (0x1E00, 0x1EFF), (0x2002, 0x206F), (0x20A0, 0x20C0))
_STABLE = "".join(f"{chr(a)}-{chr(b)}" for a, b in STABLE_RANGES)
_UNSTABLE = re.compile(f"[^{_STABLE}]")
_MERGE = 4096  # unstable lines closer than this are normalised as one block


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (how the portal stores Vietnamese).

    Equal to ``unicodedata.normalize("NFC", text)``, but only the lines holding a character
    outside ``_STABLE`` are normalised: text copied from the web is mostly NFC with a few
    decomposed lines, and CPython normalises the whole string as soon as one character
    needs it (about 7x slower on a 4 MB decree). A line break is a safe cut: it never
    composes or reorders with what stands on either side.
    """
    if text.isascii():
        return text
    m = _UNSTABLE.search(text)
    if m is None:
        return text
    parts = []
    pos = 0
    while m is not None:
        a = max(pos, text.rfind("\n", pos, m.start()) + 1)
        b = text.find("\n", m.end())
        while b >= 0 and (m := _UNSTABLE.search(text, b, b + _MERGE)) is not None:
            b = text.find("\n", m.end())
        if b < 0:
            b = len(text)
        parts.append(text[pos:a])
        parts.append(unicodedata.normalize("NFC", text[a:b]))
        pos = b
        m = _UNSTABLE.search(text, pos)
    parts.append(text[pos:])
    return "".join(parts)


# Every code point with a non-zero canonical combining class is deleted (no combining
# marks exist above U+1FFFF); str.translate does it in C.
_MARKS: dict[int, str | None] = {
    cp: None for cp in range(0x300, 0x20000) if unicodedata.combining(chr(cp))
}
_MARKS.update(_D_MAP)


def _strip_marks(text: str) -> str:
    return unicodedata.normalize("NFD", text.translate(_D_MAP)).translate(_MARKS)


def fold(text: str) -> str:
    """Fold for search: lower-case, no tone/vowel marks, đ→d, NFC result.

    >>> fold("Cải Cách Hành Chính, ĐƯỜNG")
    'cai cach hanh chinh, duong'
    """
    if text.isascii():
        return text.lower()
    return nfc(_strip_marks(text)).lower()


def fold_word(word: str) -> str:
    """:func:`fold` with a small cache, for tokenised text (syllables repeat a lot)."""
    cached = _fold_cache.get(word)
    if cached is None:
        cached = fold(word)
        if len(_fold_cache) < 200_000:
            _fold_cache[word] = cached
    return cached


def has_diacritics(text: str) -> bool:
    """True when folding would change ``text`` beyond case."""
    return fold(text) != text.lower()


def slugify_vi(text: str, max_length: int = 200) -> str:
    """ASCII slug from Vietnamese text: "Đổi mới" → "doi-moi" (never "oi-moi")."""
    slug = _NON_SLUG.sub("-", fold(text)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def normalize_space(text: str) -> str:
    """NFC, with every run of white space (incl. NBSP) collapsed to one space."""
    return _SPACE.sub(" ", nfc(text).replace("\u00a0", " ")).strip()
