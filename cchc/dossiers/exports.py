"""Statistics as a spreadsheet (openpyxl through ``core.tabular``: text never a formula)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from cchc.core.tabular import Column, write_xlsx

from .selectors import StatsRow


def stats_xlsx(rows: list[StatsRow]) -> bytes:
    columns = [
        Column("month", _("Tháng")),
        Column("agency", _("Cơ quan giải quyết")),
        Column("procedure", _("Thủ tục")),
        Column("received", _("Tiếp nhận")),
        Column("resolved", _("Đã giải quyết")),
        Column("early", _("Trước hạn")),
        Column("on_time", _("Đúng hạn")),
        Column("late", _("Quá hạn")),
        Column("avg_days", _("Số ngày làm việc bình quân")),
        Column("backlog", _("Đang giải quyết (tồn)")),
    ]
    data = [
        (
            f"{r.month:%m/%Y}",
            r.agency,
            r.procedure,
            r.received,
            r.resolved,
            r.early,
            r.on_time,
            r.late,
            r.avg_days,
            r.backlog,
        )
        for r in rows
    ]
    return write_xlsx(
        [(_("Thống kê hồ sơ"), columns, data)], widths={"agency": 36, "procedure": 60}
    )
