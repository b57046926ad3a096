"""Typed results of the legal-reference extractor (pure Python, no Django)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
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
