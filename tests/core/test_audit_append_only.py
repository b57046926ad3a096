"""Issue 12, point 8: the audit log is append-only, in the admin and in PostgreSQL."""

import pytest
from django.contrib.auth.models import Permission, User
from django.db import DatabaseError, transaction

from cchc.core.audit import AuditEvent, record_event

ADMIN = "/quan-tri/snippets/core/auditevent/"


@pytest.fixture
def event(db):
    return record_event("cchc.test.thing.verb", data={"a": 1})


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("goc", "goc@example.org", "x")


@pytest.mark.django_db
def test_superuser_can_list_and_inspect_but_not_edit_delete_or_add(client, superuser, event):
    """Even a superuser: listing and inspect work; edit, delete, add, copy are refused."""
    client.force_login(superuser)
    assert client.get(ADMIN).status_code == 200
    assert client.get(f"{ADMIN}inspect/{event.pk}/").status_code == 200
    refused = {f"edit/{event.pk}/": 302, f"delete/{event.pk}/": 302, "add/": 302}
    refused[f"copy/{event.pk}/"] = 404  # no copy view at all
    for url, code in refused.items():
        assert client.get(ADMIN + url).status_code == code, url
        assert client.post(ADMIN + url, {"action": "x"}).status_code == code, url
    bulk = client.post(f"/quan-tri/bulk/core/auditevent/delete/?id={event.pk}", {"id": [event.pk]})
    assert bulk.status_code == 302
    event.refresh_from_db()
    assert event.action == "cchc.test.thing.verb"


@pytest.mark.django_db
def test_staff_with_change_and_delete_permissions_still_cannot_edit(client, event):
    """Model permissions granted by mistake do not open the write views either."""
    user = User.objects.create_user("bientap", password="x", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="core", codename__endswith="auditevent"),
    )
    client.force_login(user)
    assert client.get(ADMIN).status_code == 200
    assert client.get(f"{ADMIN}edit/{event.pk}/").status_code == 302
    assert client.post(f"{ADMIN}delete/{event.pk}/").status_code == 302
    assert AuditEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_trigger_refuses_update_and_delete(event):
    for attempt in (
        lambda: AuditEvent.objects.filter(pk=event.pk).update(action="sửa"),
        lambda: AuditEvent.objects.filter(pk=event.pk).delete(),
        lambda: AuditEvent.objects.filter(pk=event.pk).update(data={}),
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            attempt()
    assert AuditEvent.objects.get(pk=event.pk).action == "cchc.test.thing.verb"


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_trigger_lets_a_user_deletion_clear_the_actor():
    """ON DELETE SET NULL still works: deleting an account keeps its audit rows."""
    user = User.objects.create_user("tamthoi", password="x")
    row = record_event("cchc.test.thing.verb", actor=user)
    user.delete()
    row.refresh_from_db()
    assert row.actor_id is None and row.action == "cchc.test.thing.verb"
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=row.pk).update(actor=User.objects.create_user("khac"))
