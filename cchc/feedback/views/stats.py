"""Accountability dashboard (/phan-anh-kien-nghi/thong-ke/): per-agency figures, chart, Excel."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render

from cchc.core.dates import format_short
from cchc.core.tabular import Column, write_xlsx

from .. import selectors
from ..forms import StatsRangeForm
from .officer import back_office_required

BAR_HEIGHT = 22
BAR_GAP = 10
LABEL_WIDTH = 260
CHART_WIDTH = 720


def chart_rows(stats):
    """Geometry of a horizontal stacked bar chart: on time / late / still overdue."""
    biggest = max([s.received for s in stats] or [1]) or 1
    scale = (CHART_WIDTH - LABEL_WIDTH - 60) / biggest
    rows = []
    for i, s in enumerate(stats):
        y = i * (BAR_HEIGHT + BAR_GAP) + 30
        on_time = round(s.on_time * scale, 1)
        late = round(s.late * scale, 1)
        overdue = round(s.open_overdue * scale, 1)
        other = round(max(0, s.received - s.on_time - s.late - s.open_overdue) * scale, 1)
        rows.append(
            {
                "s": s,
                "y": y,
                "text_y": y + BAR_HEIGHT - 6,
                "x0": LABEL_WIDTH,
                "on_time": on_time,
                "x1": LABEL_WIDTH + on_time,
                "late": late,
                "x2": LABEL_WIDTH + on_time + late,
                "overdue": overdue,
                "x3": LABEL_WIDTH + on_time + late + overdue,
                "other": other,
                "total_x": LABEL_WIDTH + on_time + late + overdue + other + 6,
            }
        )
    height = len(stats) * (BAR_HEIGHT + BAR_GAP) + 40
    return rows, height


@back_office_required
def stats_dashboard(request):
    form = StatsRangeForm(request.GET or None)
    start, end = form.range()
    stats = selectors.feedback_stats_by_agency(start, end)
    rows, height = chart_rows(stats)
    totals = {
        "received": sum(s.received for s in stats),
        "answered": sum(s.answered for s in stats),
        "on_time": sum(s.on_time for s in stats),
        "late": sum(s.late for s in stats),
        "open_overdue": sum(s.open_overdue for s in stats),
    }
    return render(
        request,
        "feedback/stats_page.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "stats": stats,
            "rows": rows,
            "chart_height": height,
            "chart_width": CHART_WIDTH,
            "label_width": LABEL_WIDTH,
            "totals": totals,
            "query": request.GET.urlencode(),
        },
    )


BY_AGENCY_COLUMNS = [
    Column("agency", "Cơ quan"),
    Column("received", "Tiếp nhận"),
    Column("answered", "Đã trả lời"),
    Column("on_time", "Đúng hạn"),
    Column("late", "Trễ hạn"),
    Column("open_overdue", "Quá hạn chưa trả lời"),
    Column("avg_days", "Số ngày làm việc bình quân"),
]
CASE_COLUMNS = [
    Column("code", "Mã"),
    Column("received_on", "Ngày tiếp nhận"),
    Column("category", "Lĩnh vực"),
    Column("subject", "Tiêu đề"),
    Column("status", "Trạng thái"),
    Column("agency", "Cơ quan xử lý"),
    Column("answer_due", "Hạn trả lời"),
    Column("answered_on", "Ngày trả lời"),
]


def _case_rows(start, end, user):
    """The cases of the period ``user`` may see (citizen text is written as text)."""
    for fb in selectors.feedback_export_cases(start, end, user=user):
        yield [
            fb.code,
            format_short(fb.received_on),
            fb.category.name if fb.category else "",
            fb.subject,
            fb.get_status_display(),
            fb.assigned_agency.name if fb.assigned_agency else "",
            format_short(fb.answer_due),
            format_short(fb.answered_on) if fb.answered_on else "",
        ]


@back_office_required
def stats_export(request):
    form = StatsRangeForm(request.GET or None)
    start, end = form.range()
    stats = selectors.feedback_stats_by_agency(start, end)
    by_agency = [
        [s.name, s.received, s.answered, s.on_time, s.late, s.open_overdue, s.avg_days]
        for s in stats
    ]
    content = write_xlsx(
        [
            ("Theo co quan", BY_AGENCY_COLUMNS, by_agency),
            ("Phan anh", CASE_COLUMNS, _case_rows(start, end, request.user)),
        ],
        widths={"agency": 48, "subject": 48},
        captions={
            "Theo co quan": f"Thống kê phản ánh, kiến nghị từ {format_short(start)} "
            f"đến {format_short(end)}"
        },
    )
    response = HttpResponse(
        content,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="thong-ke-pakn-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"'
    )
    return response
