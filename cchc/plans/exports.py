"""The province summary as a printable PDF and an Excel workbook, in the layout of a
provincial report (báo cáo kết quả thực hiện kế hoạch tuyên truyền CCHC)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from cchc.core import tabular as t
from cchc.core.dates import format_short
from cchc.core.pdf import render_pdf

from .selectors import PlanSummary

C = t.Column
# One sheet of the workbook: its title, columns and rows.
Sheet = tuple[str, list[t.Column], list[list]]


def summary_pdf(summary: PlanSummary, request=None) -> bytes:
    return render_pdf("plans/pdf/summary.html", {"summary": summary}, request=request)


def _pct(value: int | None) -> str:
    return "" if value is None else f"{value}%"


def summary_xlsx(summary: PlanSummary) -> bytes:
    """Four sheets: items, agencies, totals by form, missing reports. Formula-safe cells."""
    return t.write_xlsx(
        [
            _items_sheet(summary),
            _agencies_sheet(summary),
            _forms_sheet(summary),
            _missing_sheet(summary),
        ],
        widths={"content": 60, "responsible": 30, "coordinating": 40, "agency": 40, "form": 35},
    )


def _items_sheet(summary: PlanSummary) -> Sheet:
    item_cols = [
        C("no", _("STT")),
        C("content", _("Nội dung tuyên truyền")),
        C("form", _("Hình thức")),
        C("responsible", _("Cơ quan chủ trì")),
        C("coordinating", _("Cơ quan phối hợp")),
        C("period", _("Thời gian thực hiện")),
        C("metric", _("Chỉ tiêu")),
        C("target", _("Kế hoạch")),
        C("reported", _("Cơ quan báo cáo")),
        C("automatic", _("Tự động từ Cổng")),
        C("achieved", _("Kết quả")),
        C("percent", _("Tỷ lệ hoàn thành")),
    ]
    item_rows = [
        [
            p.item.number or str(n),
            p.item.content,
            p.item.form.name,
            p.item.responsible_agency.name,
            "; ".join(a.name for a in p.item.coordinating_agencies.all()),
            p.item.period_text or (format_short(p.item.deadline) if p.item.deadline else ""),
            p.item.get_metric_display(),
            p.item.target,
            p.reported,
            p.automatic,
            p.achieved,
            _pct(p.percent),
        ]
        for n, p in enumerate(summary.items, start=1)
    ]
    return _("Theo nhiệm vụ"), item_cols, item_rows


def _agencies_sheet(summary: PlanSummary) -> Sheet:
    agency_cols = [
        C("no", _("STT")),
        C("agency", _("Cơ quan")),
        C("items", _("Số nhiệm vụ chủ trì")),
        C("activities", _("Số hoạt động")),
        C("reports", _("Báo cáo đã gửi")),
        C("due", _("Báo cáo phải gửi")),
        C("percent", _("Tỷ lệ hoàn thành")),
    ]
    agency_rows = [
        [
            n,
            a.agency.name,
            len(a.items),
            a.activities,
            a.reports_submitted,
            a.reports_due,
            _pct(a.percent),
        ]
        for n, a in enumerate(summary.agencies, start=1)
    ]
    return _("Theo cơ quan"), agency_cols, agency_rows


def _forms_sheet(summary: PlanSummary) -> Sheet:
    form_cols = [
        C("form", _("Hình thức")),
        C("activities", _("Số hoạt động")),
        C("articles", _("Tin bài")),
        C("automatic", _("Tin bài tự động từ Cổng")),
        C("sessions", _("Lớp, buổi")),
        C("participants", _("Người tham dự")),
        C("banners", _("Pano, băng rôn")),
    ]
    form_rows: list[list] = [
        [
            f.form.name,
            f.activities,
            f.articles,
            f.automatic_articles,
            f.sessions,
            f.participants,
            f.banners,
        ]
        for f in summary.forms
    ]
    total = summary.totals
    form_rows.append(
        [
            _("Tổng cộng"),
            total.activities,
            total.articles,
            total.automatic_articles,
            total.sessions,
            total.participants,
            total.banners,
        ]
    )
    return _("Theo hình thức"), form_cols, form_rows


def _missing_sheet(summary: PlanSummary) -> Sheet:
    missing_cols = [C("agency", _("Cơ quan")), C("quarter", _("Quý")), C("end", _("Hết quý"))]
    missing_rows = [[agency.name, f"{q.roman}/{q.year}", q.end] for agency, q in summary.missing]
    return _("Thiếu báo cáo"), missing_cols, missing_rows
