"""Writes for shared data: the holiday table."""

from __future__ import annotations

from django.db import transaction

from .audit import record_event
from .calendar import invalidate_work_calendar
from .models import Holiday
from .workdays import default_calendar


@transaction.atomic
def holiday_table_prefill(*, year: int, actor=None) -> int:
    """Copy the ``holidays`` package's Vietnamese calendar for ``year`` into the table
    (rows already there are kept: the administrator's corrections win)."""
    import holidays as holidays_pkg

    names = holidays_pkg.country_holidays("VN", years=[year], language="vi")
    calendar = default_calendar([year])
    created = 0
    for day in sorted(calendar.holidays):
        _, was_created = Holiday.objects.get_or_create(
            date=day, defaults={"name": names.get(day) or "Ngày nghỉ", "kind": Holiday.Kind.HOLIDAY}
        )
        created += was_created
    for day in sorted(calendar.extra_workdays):
        _, was_created = Holiday.objects.get_or_create(
            date=day, defaults={"name": "Ngày làm việc bù", "kind": Holiday.Kind.WORKDAY}
        )
        created += was_created
    record_event("cchc.core.holiday.prefill", actor=actor, data={"year": year, "created": created})
    transaction.on_commit(invalidate_work_calendar)
    return created


def holiday_admin_write(*, instance: Holiday, verb: str, actor, request=None) -> None:
    """A holiday added, edited or deleted in the admin (``AuditedSnippetViewSet``)."""
    holiday_changed(holiday=instance, actor=actor, deleted=verb == "delete")


def holiday_changed(*, holiday: Holiday, actor=None, deleted: bool = False) -> None:
    """Audit an administrator's edit of the table and drop the cached calendar."""
    record_event(
        "cchc.core.holiday.delete" if deleted else "cchc.core.holiday.save",
        actor=actor,
        obj=holiday,
        data={"date": holiday.date.isoformat(), "kind": holiday.kind},
    )
    transaction.on_commit(invalidate_work_calendar)
