import datetime as dt

from cchc.core.calendar import get_work_calendar, invalidate_work_calendar
from cchc.core.models import AuditEvent, Holiday
from cchc.core.services import holiday_table_prefill


def test_prefill_copies_tet_and_keeps_admin_corrections(db):
    Holiday.objects.create(date=dt.date(2026, 2, 16), name="Sửa tay", kind=Holiday.Kind.HOLIDAY)
    created = holiday_table_prefill(year=2026)
    assert created > 5
    assert Holiday.objects.get(date=dt.date(2026, 2, 16)).name == "Sửa tay"
    assert Holiday.objects.filter(date=dt.date(2026, 2, 17)).exists()
    assert AuditEvent.objects.filter(action="cchc.core.holiday.prefill").exists()
    assert holiday_table_prefill(year=2026) == 0  # idempotent


def test_table_rows_win_over_the_package_for_that_year(db):
    invalidate_work_calendar()
    # an invented extra day off on a Wednesday, and a make-up working Saturday
    Holiday.objects.create(date=dt.date(2026, 12, 2), name="Nghỉ bù", kind=Holiday.Kind.HOLIDAY)
    Holiday.objects.create(date=dt.date(2026, 12, 5), name="Làm bù", kind=Holiday.Kind.WORKDAY)
    calendar = get_work_calendar(today=dt.date(2026, 11, 26))
    assert not calendar.is_working_day(dt.date(2026, 12, 2))
    assert calendar.is_working_day(dt.date(2026, 12, 5))
    invalidate_work_calendar()


def test_years_without_rows_fall_back_to_the_package(db):
    invalidate_work_calendar()
    calendar = get_work_calendar(today=dt.date(2026, 11, 26))
    assert not calendar.is_working_day(dt.date(2027, 9, 2))  # Quốc khánh
    invalidate_work_calendar()


def test_admin_edit_is_audited(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/quan-tri/snippets/core/holiday/add/",
        {"date": "2026-12-31", "name": "Nghỉ thử", "kind": "holiday"},
    )
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="cchc.core.holiday.save", actor=admin_user).exists()
