"""Document keys (số ký hiệu): parse, canonicalise and slug them with the extractor.

Django-free: the extractor (``citations``) does the parsing, this module only decides
whether a whole string *is* one reference.
"""

from __future__ import annotations

import re

from cchc.core.text import fold, normalize_space, slugify_vi

from .citations import Citation, extract

__all__ = ["parse_key", "canonical_key", "key_slug", "key_fold", "key_year"]

_YEAR_IN_KEY = re.compile(r"(?<=/)(1[89]\d\d|2\d\d\d)(?=/)")


def parse_key(text: str) -> Citation | None:
    """The citation when ``text`` is exactly one reference ("63/2010/NĐ-CP",
    "Nghị định số 63/2010/NĐ-CP"); ``None`` for anything else."""
    text = normalize_space(text or "")
    if not text or len(text) > 200:
        return None
    found = extract(text)
    if len(found) != 1:
        return None
    citation = found[0]
    start, end = citation.span
    if text[:start].strip() or text[end:].strip(" .;,"):
        return None
    return citation


def canonical_key(text: str) -> str | None:
    citation = parse_key(text)
    return citation.key if citation is not None else None


def key_slug(key: str) -> str:
    """ "63/2010/NĐ-CP" → "63-2010-nd-cp"."""
    return slugify_vi(key, max_length=110) or "van-ban"


def key_fold(key: str) -> str:
    return fold(normalize_space(key))


def key_year(key: str) -> int | None:
    """The year written in the number ("63/2010/NĐ-CP" → 2010; "15/KH-UBND" → None).
    Not the citation's ``year``, which may come from the sentence ("… năm 2021")."""
    match = _YEAR_IN_KEY.search(key or "")
    return int(match.group(1)) if match else None
