"""The score spreadsheet (``core.tabular``: text never becomes a formula)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from cchc.core.tabular import Column, write_xlsx


def scores_xlsx(contest, scores, entries) -> bytes:
    score_columns = [
        Column("round", _("Vòng")),
        Column("entry", _("Mã bài")),
        Column("juror", _("Giám khảo")),
        Column("criterion", _("Tiêu chí")),
        Column("max", _("Điểm tối đa")),
        Column("points", _("Điểm")),
        Column("comment", _("Nhận xét")),
        Column("updated", _("Cập nhật lúc")),
    ]
    score_rows = [
        (
            s.round.get_kind_display(),
            s.entry.code,
            str(s.juror),
            s.criterion.name,
            s.criterion.max_points,
            s.points,
            s.comment,
            timezone.localtime(s.updated_at).strftime("%H:%M:%S %d-%m-%Y"),
        )
        for s in scores
    ]
    rank_columns = [
        Column("rank", _("Xếp hạng")),
        Column("entry", _("Mã bài")),
        Column("title", _("Tên sáng kiến")),
        Column("status", _("Trạng thái")),
        Column("final", _("Điểm chung cuộc")),
        Column("tie", _("Phân định đồng điểm")),
        Column("prize", _("Giải")),
    ]
    rank_rows = [
        (
            e.rank or "",
            e.code,
            e.title,
            e.get_status_display(),
            e.final_score if e.final_score is not None else "",
            e.tie_break,
            e.prize.name if e.prize else "",
        )
        for e in entries
    ]
    return write_xlsx(
        [(_("Điểm"), score_columns, score_rows), (_("Xếp hạng"), rank_columns, rank_rows)],
        widths={"comment": 60, "title": 60, "criterion": 30},
    )
