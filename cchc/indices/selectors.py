"""Reads for the dashboards: every public index with its trend and latest components,
the portal's live SIPAS, and the leaders' per-agency table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from cchc.core.charts import BarChart, LineChart, bar_chart, format_number, line_chart

from .models import ComponentScore, IndexDefinition, IndexResult

if TYPE_CHECKING:
    from cchc.surveys.formula import Share


@dataclass
class IndexPanel:
    index: IndexDefinition
    results: list[IndexResult]  # oldest first
    latest: IndexResult | None
    trend: LineChart | None
    components: BarChart | None
    has_samples: bool

    @property
    def anchor(self) -> str:
        return f"chi-so-{self.index.code}"


def _digits(index: IndexDefinition) -> int:
    return 4 if index.scale_max <= 1 else 2


def index_panels_public() -> list[IndexPanel]:
    """Three queries whatever the number of indices and years."""
    results = IndexResult.objects.order_by("year").prefetch_related(
        Prefetch(
            "component_scores",
            queryset=ComponentScore.objects.select_related("component").order_by(
                "component__sort_order", "component__id"
            ),
        )
    )
    indices = IndexDefinition.objects.filter(is_public=True).prefetch_related(
        Prefetch("results", queryset=results)
    )
    panels = []
    for index in indices:
        rows = list(index.results.all())
        latest = rows[-1] if rows else None
        panels.append(
            IndexPanel(
                index=index,
                results=rows,
                latest=latest,
                trend=_trend_chart(index, rows) if rows else None,
                components=_components_chart(index, latest) if latest is not None else None,
                has_samples=any(r.is_sample for r in rows),
            )
        )
    return panels


def _trend_chart(index: IndexDefinition, rows: list[IndexResult]) -> LineChart:
    """The index's score over the years (``rows``: at least one, oldest first)."""
    return line_chart(
        [(str(r.year), r.score) for r in rows],
        title=_("%(index)s qua các năm") % {"index": index.short_name},
        desc=_("Điểm %(index)s từ năm %(first)s đến %(last)s: %(values)s.")
        % {
            "index": index.short_name,
            "first": rows[0].year,
            "last": rows[-1].year,
            "values": "; ".join(
                f"{r.year}: {format_number(r.score, _digits(index))}" for r in rows
            ),
        },
        y_min=index.scale_min,
        y_max=index.scale_max,
        unit=index.unit,
        digits=_digits(index),
        value_header=_("Điểm"),
    )


def _components_chart(index: IndexDefinition, latest: IndexResult) -> BarChart | None:
    """The latest year's component scores, if it has any."""
    scores = list(latest.component_scores.all())
    if not scores:
        return None
    return bar_chart(
        [
            (
                s.component.name,
                s.value,
                s.component.max_score if s.component.max_score is not None else index.scale_max,
            )
            for s in scores
        ],
        title=_("Chỉ số thành phần %(index)s năm %(year)s")
        % {"index": index.short_name, "year": latest.year},
        desc="; ".join(
            f"{s.component.name}: {format_number(s.value, _digits(index))}" for s in scores
        ),
        digits=_digits(index),
    )


@dataclass
class LiveSipas:
    summary: object
    trend: LineChart | None
    elements: BarChart | None


def live_sipas() -> LiveSipas:
    from cchc.surveys.selectors import sipas_summary

    summary = sipas_summary()
    trend = None
    if summary.by_year:
        trend = line_chart(
            [(str(year), s.percent) for year, s in summary.by_year],
            title=_("Tỷ lệ hài lòng đo trên cổng qua các năm"),
            desc="; ".join(
                _("%(year)s: %(pct)s%% (%(n)s phiếu)")
                % {"year": year, "pct": format_number(s.percent, 1), "n": s.responses}
                for year, s in summary.by_year
            ),
            y_min=0,
            y_max=100,
            unit="%",
            digits=1,
            value_header=_("Tỷ lệ hài lòng"),
        )
    elements = None
    if summary.elements:
        elements = bar_chart(
            [(e.label, e.share.percent, 100) for e in summary.elements],
            title=_("Tỷ lệ hài lòng theo yếu tố"),
            desc="; ".join(
                f"{e.label}: {format_number(e.share.percent, 1)}%" for e in summary.elements
            ),
            unit="%",
            digits=1,
            value_header=_("Tỷ lệ hài lòng (%)"),
        )
    return LiveSipas(summary=summary, trend=trend, elements=elements)


@dataclass
class LeaderRow:
    agency_id: int | None
    name: str
    sipas: Share | None
    received: int
    answered: int
    on_time: int

    @property
    def on_time_percent(self) -> float | None:
        return round(100 * self.on_time / self.answered, 1) if self.answered else None


def leader_rows(*, start: dt.date, end: dt.date) -> list[LeaderRow]:
    """Per agency: satisfaction and on-time answers in the period, worst first (lowest
    satisfaction, then lowest on-time rate; agencies without data last)."""
    from cchc.feedback.selectors import feedback_stats_by_agency
    from cchc.surveys.selectors import sipas_by_agency

    rows: dict[int | None, LeaderRow] = {}
    for r in sipas_by_agency(start=start, end=end):
        rows[r.agency_id] = LeaderRow(r.agency_id, r.name or _("(chưa xác định)"), r.share, 0, 0, 0)
    for s in feedback_stats_by_agency(start, end):
        row = rows.get(s.agency_id)
        if row is None:
            row = rows[s.agency_id] = LeaderRow(s.agency_id, s.name, None, 0, 0, 0)
        row.received, row.answered, row.on_time = s.received, s.answered, s.on_time
    big = 10.0

    def key(row: LeaderRow):
        share = row.sipas.share if row.sipas is not None and row.sipas.share is not None else big
        on_time = row.on_time_percent if row.on_time_percent is not None else big * 100
        return (share, on_time, row.name)

    return sorted(rows.values(), key=key)
