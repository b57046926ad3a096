"""Reads of the satisfaction survey: ratings as ``formula.Rating`` and the figures of
``formula`` over them (live SIPAS of the portal, per agency, per year)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cchc.directory.selectors import agency_names

from . import formula
from .choices import Element, QuestionKind
from .models import Answer, Kiosk


def ratings(
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    agency_id: int | None = None,
    include_samples: bool = True,
) -> list[formula.Rating]:
    """Every 5-point score in the period, one query."""
    qs = Answer.objects.filter(question__kind=QuestionKind.SCALE, score__isnull=False)
    if start:
        qs = qs.filter(response__submitted_on__gte=start)
    if end:
        qs = qs.filter(response__submitted_on__lte=end)
    if agency_id:
        qs = qs.filter(response__agency_id=agency_id)
    if not include_samples:
        qs = qs.filter(response__is_sample=False)
    rows = qs.values_list(
        "response_id",
        "question_id",
        "question__element",
        "score",
        "response__agency_id",
        "response__procedure",
        "response__submitted_on",
    )
    return [
        formula.Rating(
            response=resp,
            question=qid,
            element=element,
            score=score,
            agency=agency,
            procedure=procedure or None,
            period=day.year,
        )
        for resp, qid, element, score, agency, procedure, day in rows.iterator()
    ]


@dataclass(frozen=True)
class ElementRow:
    code: str
    label: str
    share: formula.Share


@dataclass(frozen=True)
class SipasSummary:
    overall: formula.Share
    elements: list[ElementRow]
    by_year: list[tuple[int, formula.Share]]


def sipas_summary(*, include_samples: bool = True) -> SipasSummary:
    """The portal's own SIPAS: overall, per element (in the ministry's order), per year."""
    rs = ratings(include_samples=include_samples)
    report = formula.satisfaction(rs)
    elements = [
        ElementRow(code=value, label=str(label), share=report.by_element[value])
        for value, label in Element.choices
        if value in report.by_element
    ]
    return SipasSummary(overall=report.overall, elements=elements, by_year=formula.by_period(rs))


@dataclass(frozen=True)
class AgencyRow:
    agency_id: int | None
    name: str
    share: formula.Share


def sipas_by_agency(*, start: dt.date | None = None, end: dt.date | None = None) -> list[AgencyRow]:
    """Per agency, worst first."""
    rows = formula.by_agency(ratings(start=start, end=end))
    names = agency_names(a for a, _s in rows)
    return [AgencyRow(agency_id=a, name=names.get(a, "") if a else "", share=s) for a, s in rows]


def kiosk_get_active(key: str) -> Kiosk | None:
    if not key or len(key) > 40:
        return None
    return Kiosk.objects.select_related("agency").filter(key=key, is_active=True).first()
