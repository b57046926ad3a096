"""Accountability dashboard (/phan-anh-kien-nghi/thong-ke/): per-agency figures, chart, Excel."""

from __future__ import annotations

import io

from django.http import HttpResponse
from django.shortcuts import render

from cchc.core.dates import format_short

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


def _text_cell(ws, row, col, value):
    """Write a value as text: a citizen's "=HYPERLINK(...)" stays inert."""
    cell = ws.cell(row=row, column=col)
    cell.value = "" if value is None else str(value)
    cell.data_type = "s"
    return cell


@back_office_required
def stats_export(request):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    form = StatsRangeForm(request.GET or None)
    start, end = form.range()
    stats = selectors.feedback_stats_by_agency(start, end)
    wb = Workbook()
    ws = wb.active
    ws.title = "Theo co quan"
    _text_cell(
        ws, 1, 1, f"Thống kê phản ánh, kiến nghị từ {format_short(start)} đến {format_short(end)}"
    )
    ws.cell(row=1, column=1).font = Font(bold=True)
    headers = [
        "Cơ quan",
        "Tiếp nhận",
        "Đã trả lời",
        "Đúng hạn",
        "Trễ hạn",
        "Quá hạn chưa trả lời",
        "Số ngày làm việc bình quân",
    ]
    for col, h in enumerate(headers, 1):
        _text_cell(ws, 3, col, h).font = Font(bold=True)
    for r, s in enumerate(stats, 4):
        _text_cell(ws, r, 1, s.name)
        for col, value in enumerate(
            [s.received, s.answered, s.on_time, s.late, s.open_overdue, s.avg_days], 2
        ):
            ws.cell(row=r, column=col, value=value)
    ws.column_dimensions["A"].width = 48
    # Second sheet: the cases themselves (public fields only, citizen text as text).
    cases = wb.create_sheet("Phan anh")
    heads = [
        "Mã",
        "Ngày tiếp nhận",
        "Lĩnh vực",
        "Tiêu đề",
        "Trạng thái",
        "Cơ quan xử lý",
        "Hạn trả lời",
        "Ngày trả lời",
    ]
    for col, h in enumerate(heads, 1):
        _text_cell(cases, 1, col, h).font = Font(bold=True)
    qs = (
        selectors.Feedback.objects.filter(received_on__gte=start, received_on__lte=end)
        .exclude(status=selectors.Status.SPAM)
        .select_related("category", "assigned_agency")
        .order_by("received_on", "id")
    )
    for r, fb in enumerate(qs.iterator(chunk_size=1000), 2):
        values = [
            fb.code,
            format_short(fb.received_on),
            fb.category.name if fb.category else "",
            fb.subject,
            fb.get_status_display(),
            fb.assigned_agency.name if fb.assigned_agency else "",
            format_short(fb.answer_due),
            format_short(fb.answered_on) if fb.answered_on else "",
        ]
        for col, value in enumerate(values, 1):
            _text_cell(cases, r, col, value)
    buffer = io.BytesIO()
    wb.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="thong-ke-pakn-{start:%Y%m%d}-{end:%Y%m%d}.xlsx"'
    )
    return response
