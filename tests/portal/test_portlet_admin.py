"""Portlets edited in the Wagtail admin go through ``portal.services.portlet_admin_write``:
each create, edit and delete is one audit row saying who may see the portlet."""

import json

import pytest
from django.contrib.auth.models import Group, User

from cchc.core.models import AuditEvent
from cchc.portal.models import Portlet

BASE = "/quan-tri/snippets/portal/portlet/"


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("quantri", "q@example.gov.vn", "x"))
    return client


def form(**fields):
    data = {
        "title": "Báo cáo nội bộ",
        "kind": Portlet.Kind.TEXT,
        "body": json.dumps({"blocks": [], "entityMap": {}}),  # Draftail's empty content
        "links-count": "0",
        "item_count": "5",
        "visibility": Portlet.Visibility.EVERYONE,
        "denied_behaviour": Portlet.Denied.HIDE,
        "placement": Portlet.Placement.ALL,
        "sort_order": "0",
        "is_active": "on",
    }
    data.update(fields)
    return data


def events():
    return list(AuditEvent.objects.filter(action__startswith="cchc.portal.portlet.").order_by("pk"))


def test_portlet_create_edit_delete_are_audited_with_the_visibility_rule(admin_client):
    group = Group.objects.create(name="Lãnh đạo")
    response = admin_client.post(f"{BASE}add/", form())
    assert response.status_code == 302
    portlet = Portlet.objects.get(title="Báo cáo nội bộ")
    response = admin_client.post(
        f"{BASE}edit/{portlet.pk}/",
        form(visibility=Portlet.Visibility.GROUPS, groups=[str(group.pk)]),
    )
    assert response.status_code == 302
    response = admin_client.post(f"{BASE}delete/{portlet.pk}/")
    assert response.status_code == 302
    assert not Portlet.objects.filter(pk=portlet.pk).exists()

    created, edited, deleted = events()
    assert [e.action for e in (created, edited, deleted)] == [
        "cchc.portal.portlet.create",
        "cchc.portal.portlet.edit",
        "cchc.portal.portlet.delete",
    ]
    assert created.data["visibility"] == "everyone"
    assert edited.data["visibility"] == "groups"
    assert edited.data["groups"] == [group.pk]  # the groups saved with the edit
    assert edited.actor.username == "quantri"
    assert deleted.object_id == str(portlet.pk)  # recorded before the row went


def test_a_refused_edit_leaves_no_audit_row(admin_client):
    portlet = Portlet.objects.create(title="Liên kết", kind=Portlet.Kind.LINKS)
    response = admin_client.post(f"{BASE}edit/{portlet.pk}/", form(title=""))
    assert response.status_code == 200  # the form again, with its error
    assert events() == []
