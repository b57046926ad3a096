"""A small, explainable spam score for incoming feedback. Pure Python.

Cases scoring at or above the threshold go to the moderation queue (status ``spam``)
instead of the officers' queue; a moderator restores or rejects them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_RUN = re.compile(r"(.)\1{14,}")

DEFAULT_WORDS = ("casino", "cá cược", "vay tiền nhanh", "viagra", "bitcoin x10", "nổ hũ")


def spam_score(subject: str, content: str, *, words: Iterable[str] = DEFAULT_WORDS) -> int:
    text = f"{subject}\n{content}".lower()
    score = 0
    urls = len(_URL.findall(text))
    if urls > 1:
        score += 2 * (urls - 1)
    if _RUN.search(text):
        score += 2
    for word in words:
        if word and word.lower() in text:
            score += 4
    if len(content.strip()) < 10:
        score += 1
    return score
