"""Vietnamese text helpers: NFC, diacritic folding (đ→d), slugs. Pure Python.

Folding is the one function shared by every index and every query: lower-case, drop all
tone and vowel marks, map đ/Đ to d. Unicode decomposition alone misses đ (U+0111 has no
decomposition), so it is mapped explicitly.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["nfc", "fold", "slugify_vi", "normalize_space", "has_diacritics"]

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
_fold_cache: dict[str, str] = {}


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (how the portal stores Vietnamese)."""
    return unicodedata.normalize("NFC", text)


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
