"""core.audit.record_change: the change history and the audit event in one call."""

import datetime as dt

import pytest
from django.contrib.auth.models import User

from cchc.core.audit import AuditEvent, FieldChange, record_change
from cchc.core.models import Holiday


@pytest.mark.django_db
def test_record_change_writes_history_and_event():
    actor = User.objects.create_user("bientap", password="x")
    holiday = Holiday.objects.create(date=dt.date(2026, 9, 2), name="Quốc khánh")
    written = []
    changes = [FieldChange("name", "Quoc khanh", "Quốc khánh")]
    event = record_change(
        "cchc.core.holiday.update",
        actor=actor,
        obj=holiday,
        changes=changes,
        history=written.extend,
        data={"source": "admin"},
        include_changes=True,
    )
    assert written == changes
    assert AuditEvent.objects.get() == event
    assert event.actor == actor
    assert event.object_id == str(holiday.pk)
    assert event.data == {"source": "admin", "changes": {"name": ["Quoc khanh", "Quốc khánh"]}}


@pytest.mark.django_db
def test_record_change_without_changes_skips_history():
    written = []
    event = record_change("cchc.core.thing.touch", history=written.extend, data={"a": 1})
    assert written == []
    assert event.data == {"a": 1}
