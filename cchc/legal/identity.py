"""Which library document a reference means (pure Python, no Django).

See ``docs/decisions/0002-legal-document-identity.md``. A document's identity is

* its folded key alone when the number carries the year ("63/2010/NĐ-CP", "20/2019/QĐ-UBND"):
  normative documents are numbered that way and the key is unique;
* otherwise its folded key + year of issue + folded issuer ("15/KH-UBND", 2021,
  "uy ban nhan dan tinh"): administrative and Party numbers restart every year and per agency.

:func:`resolve` narrows the documents sharing a key with what the sentence states (year,
issuer); it never guesses: one candidate left links, several mean "let the reader choose".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from cchc.core.text import fold, normalize_space

__all__ = [
    "Candidate",
    "Resolution",
    "issuer_fold",
    "issuer_matches",
    "cited_year",
    "resolve",
]

# Abbreviations an issuer is written with, expanded before comparing (folded forms).
_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "tu": "tinh uy",
    "bch": "ban chap hanh",
    "so nv": "so noi vu",
}
_WORD = re.compile(r"[a-z0-9]+")


def issuer_fold(name: str | None) -> str:
    """The issuer as compared: folded, punctuation dropped, abbreviations expanded.
    "UBND tỉnh" and "Ủy ban nhân dân tỉnh" give "uy ban nhan dan tinh"."""
    words = _WORD.findall(fold(normalize_space(name or "")))
    out = " ".join(_ABBREVIATIONS.get(w, w) for w in words)
    return out[:255]


def issuer_matches(a: str, b: str) -> bool:
    """Two folded issuers name the same agency when one is the other or a word prefix of it
    ("uy ban nhan dan tinh" ~ "uy ban nhan dan tinh hau giang"); blank matches nothing."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long == short or long.startswith(short + " ")


def cited_year(citation: object) -> int | None:
    """The year a citation states: in the number, from its date, or from the sentence."""
    issued = getattr(citation, "issued", None)
    if issued:
        return int(issued.year)
    year = getattr(citation, "year", None)
    return int(year) if year is not None else None


@dataclass(frozen=True, slots=True)
class Candidate:
    """What :func:`resolve` needs of one library document with the cited key."""

    pk: int
    year_in_key: bool  # normative numbering: identity is the key alone
    issue_year: int | None
    issuer: str  # folded, see issuer_fold


@dataclass(frozen=True, slots=True)
class Resolution:
    """``document`` when the reference names one document; ``choices`` (ids, two or more)
    when it names several the sentence does not tell apart; neither when none."""

    document: int | None = None
    choices: tuple[int, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return len(self.choices) > 1


def _fits(c: Candidate, year: int | None, issuer: str, *, exact: bool) -> bool:
    if year is not None:
        if c.issue_year is None:
            if exact:
                return False
        elif c.issue_year != year:
            return False
    if issuer:
        if not c.issuer:
            if exact:
                return False
        elif not issuer_matches(c.issuer, issuer):
            return False
    return True


def resolve(candidates: Sequence[Candidate], *, year: int | None, issuer: str) -> Resolution:
    """The document among ``candidates`` (all sharing the cited key) that a reference stating
    ``year`` and ``issuer`` (folded; blank or ``None`` when the sentence does not say) means.

    1. A document numbered with the year (normative) is the only one with its key.
    2. Exactly one document whose known year and issuer equal what the sentence states: it.
    3. Else the documents not contradicting the sentence (unknown fields allowed): one → it,
       several → a choice, none → nothing (the reference is to a document not held).
    """
    if not candidates:
        return Resolution()
    normative = [c for c in candidates if c.year_in_key]
    if normative:
        return Resolution(document=normative[0].pk)
    exact = [c for c in candidates if _fits(c, year, issuer, exact=True)]
    if len(exact) == 1:
        return Resolution(document=exact[0].pk)
    loose = [c for c in candidates if _fits(c, year, issuer, exact=False)]
    if len(loose) == 1:
        return Resolution(document=loose[0].pk)
    if not loose:
        return Resolution()
    return Resolution(choices=tuple(sorted(c.pk for c in loose)))
