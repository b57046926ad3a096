"""Typed results of the legal-reference extractor (pure Python, no Django)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, fields
from typing import Any

__all__ = ["Citation", "Pinpoint"]

KINDS = ("normative", "administrative", "party", "law")
RELATIONS = ("amends", "replaces", "repeals", "guides", "implements")


@dataclass(frozen=True, slots=True)
class Pinpoint:
    """A pinpoint inside the cited document: ``điểm a khoản 2 Điều 5``."""

    article: str | None = None  # Điều
    clause: str | None = None  # khoản
    point: str | None = None  # điểm
    text: str = ""  # the pinpoint as written (whitespace folded)

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "article": self.article,
            "clause": self.clause,
            "point": self.point,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Citation:
    """One reference to a Vietnamese legal, administrative or Party document.

    Offsets in ``span`` (and ``full_span``) index the NFC-normalised input. ``span`` covers the
    reference proper: pinpoint, type word and "số" when present, up to the end of the symbol.
    ``full_span`` also covers the date, issuer and subject clauses that follow.
    """

    span: tuple[int, int]
    text: str
    doc_type: str | None
    number: str
    year: int | None
    symbol: str
    key: str
    kind: str
    issued: datetime.date | None = None
    issuer: str | None = None
    subject: str | None = None
    pinpoint: Pinpoint | None = None
    agency: str | None = None  # full name of the agency coded in the symbol ("CP" -> "Chính phủ")
    full_span: tuple[int, int] | None = None
    # What the sentence says the citing text does to this document: one of RELATIONS or None.
    relation: str | None = None
    # Who does it: None when the citing text itself ("Quyết định này thay thế …"), else the key
    # of the reference that does it in the same sentence ("Nghị định số B sửa đổi …" -> "B").
    relation_by: str | None = None

    @property
    def start(self) -> int:
        """Start offset of ``span``."""
        return self.span[0]

    @property
    def end(self) -> int:
        """End offset of ``span``."""
        return self.span[1]

    def to_json(self) -> dict[str, Any]:
        """Return a JSON-ready dict (dates as ISO strings)."""
        return {
            "key": self.key,
            "doc_type": self.doc_type,
            "number": self.number,
            "year": self.year,
            "symbol": self.symbol,
            "issued": self.issued.isoformat() if self.issued else None,
            "issuer": self.issuer,
            "subject": self.subject,
            "start": self.span[0],
            "end": self.span[1],
            "kind": self.kind,
            "pinpoint": self.pinpoint.to_json() if self.pinpoint else None,
            "agency": self.agency,
            "relation": self.relation,
            "relation_by": self.relation_by,
            "text": self.text,
        }


class _CitationTwin:
    """The slots of ``Citation`` without the frozen guard: ``citation_new`` fills one."""

    __slots__ = Citation.__slots__


def citation_new(
    span: tuple[int, int],
    text: str,
    doc_type: str | None,
    number: str,
    year: int | None,
    symbol: str,
    key: str,
    kind: str,
    issued: datetime.date | None,
    issuer: str | None,
    subject: str | None,
    pinpoint: Pinpoint | None,
    agency: str | None,
    full_span: tuple[int, int] | None,
    relation: str | None,
    relation_by: str | None,
) -> Citation:
    """A positional constructor of ``Citation`` for the extractor's hot path. The frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__`` (about twice the
    time); this fills a twin with the same slots by plain stores, then makes it a ``Citation``
    (assigning ``__class__`` between classes of the same slot layout). Same object, same
    immutability afterwards."""
    c: Any = _new(_CitationTwin)
    c.span = span
    c.text = text
    c.doc_type = doc_type
    c.number = number
    c.year = year
    c.symbol = symbol
    c.key = key
    c.kind = kind
    c.issued = issued
    c.issuer = issuer
    c.subject = subject
    c.pinpoint = pinpoint
    c.agency = agency
    c.full_span = full_span
    c.relation = relation
    c.relation_by = relation_by
    object.__setattr__(c, "__class__", Citation)  # the same slots: allowed
    return c


_new = object.__new__
# citation_new sets every field, in the dataclass's order.
assert tuple(f.name for f in fields(Citation)) == Citation.__slots__ == _CitationTwin.__slots__
