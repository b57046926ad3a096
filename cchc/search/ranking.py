"""Intent ranking: the order of the best candidates once the index has found them.

Pure Python, no Django. The index (``analysis.plan_tiers``) finds matches in tiers and
bounds the work; this module re-orders the first ``POOL`` of them (plus a few probes, see
``selectors``) by what the query asks for. Rules, strongest first (docs/search.md):

1. **Own key**: the candidate's own key is the key in the query, in any written form
   ("45/2019/NĐ-CP", "45 / 2019 / NĐ-CP", "nd 45 2019", "45-2019-nd-cp", glued to the next
   word): full key, then number/year with the same type head or issuer, then number/year.
   Documents that only cite the key come after.
2. **Type named** in the query (luật, nghị định, thông tư, "nđ", …): documents of that type
   first (a filter with fallback: others follow).
3. **Year** in the query ("… 2016", "45/2019"): documents of that year first.
4. **Name**: the title (trích yếu, or type + trích yếu: "Luật An ninh mạng") *equals* the
   query, then *contains* it as a phrase, then holds all its words.
5. Exact accented words in the title (the query "nhấn" prefers "nhấn" to "nhân").
6. **Hierarchy** (Hiến pháp, bộ luật, luật, pháp lệnh, nghị định, …) and **in force**
   before expired, at an equal match.
7. The index's own order (tiers, newest first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cchc.core.text import fold

__all__ = ["Candidate", "Intent", "intent_of", "rerank", "TYPE_NAMES", "HIERARCHY"]

# Document types a query may name (folded, longest first) → their key heads.
TYPE_NAMES: dict[str, tuple[str, ...]] = {
    "thong tu lien tich": ("ttlt",),
    "nghi quyet lien tich": ("nqlt",),
    "hien phap": (),
    "bo luat": ("qh",),
    "luat": ("qh",),
    "phap lenh": ("pl", "ubtvqh"),
    "nghi dinh": ("nd",),
    "nghi quyet": ("nq",),
    "quyet dinh": ("qd",),
    "thong tu": ("tt",),
    "chi thi": ("ct",),
    "lenh": ("l",),
    "ke hoach": ("kh",),
    "cong van": ("cv",),
    "thong bao": ("tb",),
    "van ban hop nhat": ("vbhn",),
}
# Rank in the legal hierarchy (lower is higher); unknown types come last.
HIERARCHY = {
    "hien phap": 0,
    "bo luat": 1,
    "luat": 1,
    "nghi quyet lien tich": 4,
    "phap lenh": 2,
    "lenh": 3,
    "nghi dinh": 3,
    "nghi quyet": 3,
    "quyet dinh": 4,
    "thong tu lien tich": 5,
    "thong tu": 5,
    "chi thi": 6,
}
STATUS_RANK = {"in_force": 0, "partly_expired": 1, "unknown": 1, "": 1, "expired": 2}
POOL = 30  # candidates re-ordered (page 1-3)

_WORD = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?<![\d/])((?:19|20)\d{2})(?![\d])")
_KEY_PARTS = re.compile(r"^(\d{1,5})/(\d{4})(?:/(.+))?$")


def _words(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall((text or "").lower())]


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    if not n or n > len(hay):
        return False
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


@dataclass
class Intent:
    """What a query asks for, beyond its words."""

    keys: list[str] = field(default_factory=list)  # folded key terms ("45/2019/nd-cp", "45/2019")
    type_name: str = ""  # folded type named ("nghi dinh")
    type_heads: tuple[str, ...] = ()  # key heads of that type, or written ("nd", "tt-bca")
    years: set[int] = field(default_factory=set)
    name: list[str] = field(default_factory=list)  # folded words, without type, số, keys, year
    words: list[str] = field(default_factory=list)  # folded words of the whole query
    accented: list[str] = field(default_factory=list)  # marked words as typed


def intent_of(words: list[str], keys: list[str], suffixes: list[str] | None = None) -> Intent:
    """The intent of a parsed query (``words``: lower NFC; ``keys``: key terms).

    ``suffixes``: key suffixes written without a full key ("tt-bca" in "TT-BCA 119/2020").
    """
    folded = [fold(w) for w in words]
    intent = Intent(keys=list(keys), words=folded)
    intent.accented = [w for w in words if fold(w) != w]
    text = " ".join(folded)
    for name, heads in TYPE_NAMES.items():
        # A type at the start of the query, or before a number ("… nghị định 45").
        if (
            text == name
            or text.startswith(name + " ")
            or re.search(rf"(?:^| ){name}(?: so)? \d", text)
        ):
            intent.type_name, intent.type_heads = name, heads
            break
    if suffixes:
        intent.type_heads = tuple(dict.fromkeys([*intent.type_heads, *suffixes]))
    for key in keys:
        m = _KEY_PARTS.match(key)
        if m:
            intent.years.add(int(m.group(2)))
            if m.group(3):
                intent.type_heads = tuple(dict.fromkeys([*intent.type_heads, m.group(3)]))
    key_numbers = {p for k in keys for p in re.split(r"[/-]", k)}
    for w in folded:
        m = _YEAR.fullmatch(w)
        if m:
            intent.years.add(int(w))
    skip = set(intent.type_name.split()) if intent.type_name else set()
    name = []
    for i, w in enumerate(folded):
        if w in key_numbers or w.isdigit():
            continue
        if i < len(intent.type_name.split()) and w in skip:
            continue
        if w == "so" and (i == 0 or folded[i - 1] in skip):
            continue
        name.append(w)
    intent.name = name
    return intent


@dataclass
class Candidate:
    sort_key: int
    title: str
    keys: str = ""  # own keys, space-separated
    doc_type: str = ""
    status: str = ""
    year: int | None = None
    position: int = 0  # in the index's order


def _key_score(intent: Intent, cand: Candidate) -> int:
    """3: own key equals a full query key; 2: number/year and type agree; 1: number/year."""
    if not intent.keys or not cand.keys:
        return 0
    best = 0
    for own in cand.keys.split():
        own_f = fold(own)
        m = _KEY_PARTS.match(own_f)
        for key in intent.keys:
            if key == own_f:
                return 3
            if m is None:
                continue
            number, year, suffix = m.group(1).lstrip("0") or "0", m.group(2), m.group(3) or ""
            q = _KEY_PARTS.match(key)
            if q and (q.group(1).lstrip("0") or "0") == number and q.group(2) == year:
                head = suffix.split("-")[0]
                agree = any(
                    h in (suffix, head)
                    or ("-" in h and suffix.endswith("-" + h.split("-")[-1]))
                    or (h and head.startswith(h))
                    for h in intent.type_heads
                )
                best = max(best, 2 if agree else 1)
            elif key.count("/") == 1 and not key.split("/")[1].isdigit():
                # "45/nd": number and type head without the year
                n, head = key.split("/")
                if n == number and suffix.startswith(head):
                    best = max(best, 1)
    return best


def _type_ok(intent: Intent, cand: Candidate) -> int:
    if not intent.type_name and not intent.type_heads:
        return 0
    if intent.type_name and fold(cand.doc_type) == intent.type_name:
        return 1
    if not intent.type_name and cand.keys:
        suffix = fold(cand.keys.split()[0]).rsplit("/", 1)[-1]
        return int(any(suffix == h or suffix.startswith(h) for h in intent.type_heads))
    return 0


def _name_forms(cand: Candidate) -> list[list[str]]:
    """The ways a document is named: its title, its trích yếu (after "–"), and the type
    followed by the trích yếu ("Luật" + "An ninh mạng")."""
    forms = [_words(cand.title)]
    for sep in (" – ", " - ", ": "):
        if sep in cand.title:
            tail = cand.title.split(sep, 1)[1]
            forms.append(_words(tail))
            if cand.doc_type:
                head = _words(cand.doc_type)
                if _words(tail)[: len(head)] != head:
                    forms.append(head + _words(tail))
            break
    return forms


def _name_score(intent: Intent, cand: Candidate) -> tuple[int, int]:
    """(2 equal / 1 contains the phrase / 0, title level: 2 phrase, 1 all words, 0)."""
    forms = _name_forms(cand)
    whole = [w for w in intent.words if not w.isdigit()]
    wanted = [n for n in (intent.name, whole) if n]
    equal = any(f == n for f in forms for n in wanted)
    if equal:
        return 2, 2
    phrase = any(_contains(f, n) for f in forms for n in wanted)
    if phrase:
        return 1, 2
    title = set(forms[0])
    if intent.name and all(w in title for w in intent.name):
        return 0, 1
    return 0, 0


def _accent_hits(intent: Intent, cand: Candidate) -> int:
    if not intent.accented:
        return 0
    title = set(_WORD.findall(cand.title.lower()))
    return sum(1 for w in intent.accented if w in title)


def rank_key(intent: Intent, cand: Candidate) -> tuple:
    name_eq, level = _name_score(intent, cand)
    year_ok = int(bool(intent.years) and cand.year in intent.years)
    return (
        -_key_score(intent, cand),
        -_type_ok(intent, cand),
        -year_ok,
        -name_eq,
        -level,
        -_accent_hits(intent, cand),
        HIERARCHY.get(fold(cand.doc_type), 9),
        STATUS_RANK.get(cand.status, 1),
        cand.position,
    )


def rerank(intent: Intent, candidates: list[Candidate]) -> list[int]:
    """Sort keys of ``candidates`` in intent order (stable on the index's order)."""
    return [c.sort_key for c in sorted(candidates, key=lambda c: rank_key(intent, c))]


def title_level(intent: Intent, title: str, doc_type: str = "") -> int:
    """2: the title holds the query as a phrase; 1: all its words; 0: not all."""
    return _name_score(intent, Candidate(0, title, doc_type=doc_type))[1]
