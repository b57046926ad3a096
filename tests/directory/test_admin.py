"""Wagtail admin: only directory editors (and superusers) edit; every edit goes through the
services (history + audit); Excel page; merge form."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from openpyxl import Workbook

from cchc.core.models import AuditEvent
from cchc.directory.models import Agency, ContactChange, Leader
from cchc.directory.roles import EDITORS_ROLE as EDITORS


def agency_post(agency, **changes):
    data = {
        "code": agency.code,
        "name": agency.name,
        "short_name": agency.short_name,
        "level": agency.level,
        "parent": agency.parent_id or "",
        "sort_order": agency.sort_order,
        "address": agency.address,
        "phone": agency.phone,
        "fax": agency.fax,
        "email": agency.email,
        "website": agency.website,
        "working_hours": agency.working_hours,
        "latitude": "",
        "longitude": "",
        "description": agency.description,
    }
    data.update(changes)
    return data


def edit_url(agency):
    return reverse("wagtailsnippets_directory_agency:edit", args=[agency.pk])


def test_group_created_by_migration(db):
    """The "Biên tập danh bạ" group exists with admin access and the directory permissions."""
    from django.contrib.auth.models import Group

    perms = set(
        Group.objects.get(name="Biên tập danh bạ").permissions.values_list("codename", flat=True)
    )
    assert {
        "access_admin",
        "add_agency",
        "change_agency",
        "delete_agency",
        "add_leader",
        "change_leader",
        "delete_leader",
        "view_contactchange",
    } <= perms
    assert "change_contactchange" not in perms


def test_outsider_cannot_edit(client, tree, outsider):
    """An admin user outside the group is refused the edit page and cannot post an edit."""
    client.force_login(outsider)
    response = client.get(edit_url(tree["snv"]))
    assert response.status_code == 302
    response = client.post(edit_url(tree["snv"]), agency_post(tree["snv"], phone="0200 5550 999"))
    assert response.status_code == 302
    tree["snv"].refresh_from_db()
    assert tree["snv"].phone == "0200 5550 101"
    assert not ContactChange.objects.exists()
    assert client.get(reverse("directory_excel")).status_code == 302


def test_anonymous_is_sent_to_login(client, tree):
    response = client.get(edit_url(tree["snv"]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_editor_edit_goes_through_service(client, tree, editor):
    """A member's edit is saved normalised, with a ContactChange and an audit row."""
    client.force_login(editor)
    assert client.get(edit_url(tree["snv"])).status_code == 200
    response = client.post(
        edit_url(tree["snv"]), agency_post(tree["snv"], phone="+84 200.5550.777")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    tree["snv"].refresh_from_db()
    assert tree["snv"].phone == "0200 5550 777"
    change = ContactChange.objects.get(agency=tree["snv"])
    assert (change.field_name, change.old_value, change.new_value, change.changed_by) == (
        "phone",
        "0200 5550 101",
        "0200 5550 777",
        editor,
    )
    event = AuditEvent.objects.get(action="cchc.directory.agency.update")
    assert event.actor == editor and event.ip_address == "127.0.0.1"


def test_editor_bad_phone_is_a_form_error(client, tree, editor):
    """A malformed number re-shows the form with a Vietnamese message and saves nothing."""
    client.force_login(editor)
    response = client.post(edit_url(tree["snv"]), agency_post(tree["snv"], phone="0293 387"))
    assert response.status_code == 200
    assert "11 chữ số" in response.content.decode()
    tree["snv"].refresh_from_db()
    assert tree["snv"].phone == "0200 5550 101"
    assert not AuditEvent.objects.exists()


def test_editor_cycle_is_a_form_error(client, tree, editor):
    """Service-level errors (a cycle) come back onto the form instead of crashing."""
    client.force_login(editor)
    response = client.post(
        edit_url(tree["district"]), agency_post(tree["district"], parent=tree["commune"].pk)
    )
    assert response.status_code == 200
    assert "vòng lặp" in response.content.decode()


def test_editor_creates_agency_and_leader(client, tree, editor):
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_directory_agency:add"),
        agency_post(
            Agency(code="SYT", name="Sở Y tế", level="department"),
            parent=tree["root"].pk,
            phone="0200 5550 200",
        ),
    )
    assert response.status_code == 302
    syt = Agency.objects.get(code="SYT")
    assert syt.slug == "so-y-te" and syt.phone == "0200 5550 200"
    response = client.post(
        reverse("wagtailsnippets_directory_leader:add"),
        {
            "agency": syt.pk,
            "full_name": "Phạm Thị Dung",
            "title": "Giám đốc",
            "sort_order": 1,
            "office_phone": "0200 5552 200",
            "phone_public": "on",
            "mobile": "0500 555 200",
            "email": "dungpt@example.gov.vn",
            "email_public": "on",
        },
    )
    assert response.status_code == 302
    leader = Leader.objects.get(full_name="Phạm Thị Dung")
    assert leader.mobile_public is False
    assert AuditEvent.objects.filter(action="cchc.directory.leader.create", actor=editor).exists()
    assert ContactChange.objects.filter(leader=leader, field_name="mobile").exists()


def test_editor_edits_leader(client, leader, editor):
    client.force_login(editor)
    url = reverse("wagtailsnippets_directory_leader:edit", args=[leader.pk])
    response = client.post(
        url,
        {
            "agency": leader.agency_id,
            "full_name": leader.full_name,
            "title": leader.title,
            "sort_order": 1,
            "office_phone": leader.office_phone,
            "phone_public": "on",
            "mobile": leader.mobile,
            "mobile_public": "on",
            "email": leader.email,
            "email_public": "on",
        },
    )
    assert response.status_code == 302
    leader.refresh_from_db()
    assert leader.mobile_public
    assert ContactChange.objects.get(leader=leader).field_name == "mobile_public"


def test_history_is_read_only(client, tree, editor):
    """Nobody adds or edits contact history in the admin; editors may read it."""
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_directory_contactchange:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_directory_contactchange:add")).status_code == 302


def test_superuser_can_edit(client, tree):
    admin = get_user_model().objects.create_superuser("root", password="x")
    client.force_login(admin)
    assert client.get(edit_url(tree["snv"])).status_code == 200


def _xlsx(rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cơ quan"
    ws.append(["Mã đơn vị", "Tên cơ quan", "Cấp", "Mã cơ quan cấp trên", "Điện thoại"])
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "danh-ba.xlsx"
    return buffer


def test_excel_page_dry_run_then_confirm(client, tree, editor):
    """Upload with dry run shows a preview and writes nothing; confirming imports."""
    client.force_login(editor)
    assert client.get(reverse("directory_excel")).status_code == 200
    response = client.post(
        reverse("directory_excel"),
        {
            "file": _xlsx([["SYT", "Sở Y tế", "department", "TINH", "0200 5550 300"]]),
            "dry_run": "on",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kết quả chạy thử" in html and "SYT" in html
    assert not Agency.objects.filter(code="SYT").exists()
    token = response.context["token"]
    response = client.post(reverse("directory_excel"), {"token": token})
    assert Agency.objects.get(code="SYT").phone == "0200 5550 300"
    assert AuditEvent.objects.filter(action="cchc.directory.agency.create", actor=editor).exists()


def test_excel_confirm_state_is_in_the_cache_bound_to_the_user(
    client, tree, editor, settings, tmp_path
):
    """The dry run's upload waits in the cache, not under var/; another editor cannot
    confirm it, and a token works once."""
    settings.VAR_DIR = tmp_path
    other = get_user_model().objects.create_user("bientap_khac", password="x")
    other.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    response = client.post(
        reverse("directory_excel"),
        {
            "file": _xlsx([["SYT", "Sở Y tế", "department", "TINH", "0200 5550 300"]]),
            "dry_run": "on",
        },
    )
    token = response.context["token"]
    assert token and not any(tmp_path.iterdir())
    client.force_login(other)
    response = client.post(reverse("directory_excel"), {"token": token})
    assert response.status_code == 302
    assert not Agency.objects.filter(code="SYT").exists()
    client.force_login(editor)
    client.post(reverse("directory_excel"), {"token": token})
    assert Agency.objects.filter(code="SYT").exists()
    response = client.post(reverse("directory_excel"), {"token": token})
    assert response.status_code == 302  # used up: back to the upload form


def test_excel_page_shows_row_errors(client, tree, editor):
    client.force_login(editor)
    response = client.post(
        reverse("directory_excel"),
        {"file": _xlsx([["SYT", "Sở Y tế", "department", "NOPE", "12"]])},
    )
    html = response.content.decode()
    assert "chưa nhập dữ liệu nào" in html
    assert "NOPE" in html
    assert not Agency.objects.filter(code="SYT").exists()


def test_excel_page_rejects_non_xlsx(client, tree, editor):
    client.force_login(editor)
    fake = io.BytesIO(b"%PDF-1.4 not excel")
    fake.name = "danh-ba.xlsx"
    response = client.post(reverse("directory_excel"), {"file": fake, "dry_run": "on"})
    assert "Cần tệp Excel" in response.content.decode()


def test_excel_export_download(client, tree, editor):
    client.force_login(editor)
    response = client.get(reverse("directory_excel_export"))
    assert response.status_code == 200
    assert response.content[:4] == b"PK\x03\x04"


def test_merge_form(client, tree, editor):
    """The admin merge form calls the merge service."""
    client.force_login(editor)
    url = reverse("directory_agency_status", args=[tree["stp"].pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url, {"action": "merge", "successor": tree["snv"].pk, "on_date": "2025-03-01"}
    )
    assert response.status_code == 302
    stp = Agency.objects.get(pk=tree["stp"].pk)
    assert stp.status == "merged" and stp.successor == tree["snv"]
    assert AuditEvent.objects.filter(action="cchc.directory.agency.merge", actor=editor).exists()


@pytest.mark.parametrize("who", ["outsider", "anonymous"])
def test_merge_form_refused(client, tree, outsider, who):
    if who == "outsider":
        client.force_login(outsider)
    url = reverse("directory_agency_status", args=[tree["stp"].pk])
    response = client.post(url, {"action": "dissolve", "on_date": "2025-03-01"})
    assert response.status_code == 302
    assert Agency.objects.get(pk=tree["stp"].pk).status == "active"


def test_admin_listings_render(client, tree, leader, editor):
    """The agency list (with the merge button), leader list and history list render."""
    from cchc.directory import services

    services.agency_update(agency=tree["snv"], data={"phone": "0200 5550 111"}, actor=editor)
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippets_directory_agency:list")).content.decode()
    assert "Sở Nội vụ" in html
    assert reverse("directory_agency_status", args=[tree["snv"].pk]) in html
    assert client.get(reverse("wagtailsnippets_directory_leader:list")).status_code == 200
    change = ContactChange.objects.get()
    assert (
        client.get(
            reverse("wagtailsnippets_directory_contactchange:inspect", args=[change.pk])
        ).status_code
        == 200
    )
    assert (
        client.get(
            reverse("wagtailsnippets_directory_contactchange:edit", args=[change.pk])
        ).status_code
        == 302
    )
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("directory_excel") in menu


def test_admin_agency_search(client, tree, editor):
    """The admin listing search finds agencies by name."""
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_directory_agency:list"), {"q": "Tư pháp"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sở Tư pháp" in html and "Sở Nội vụ" not in html


def test_bulk_delete_of_leaders_is_audited(client, leader, editor):
    """The listing's bulk delete goes through leader_delete: history and audit rows remain."""
    client.force_login(editor)
    url = (
        reverse("wagtail_bulk_action", args=["directory", "leader", "delete"])
        + f"?next=/quan-tri/&id={leader.pk}"
    )
    response = client.post(url)
    assert response.status_code == 302
    assert not Leader.objects.exists()
    assert AuditEvent.objects.filter(action="cchc.directory.leader.delete", actor=editor).exists()
    assert ContactChange.objects.filter(field_name="deleted").exists()


def test_bulk_delete_of_agency_in_use_is_refused(client, tree, editor):
    client.force_login(editor)
    url = (
        reverse("wagtail_bulk_action", args=["directory", "agency", "delete"])
        + f"?next=/quan-tri/&id={tree['district'].pk}&id={tree['stp'].pk}"
    )
    client.post(url)
    assert Agency.objects.filter(pk=tree["district"].pk).exists()
    assert Agency.objects.filter(pk=tree["stp"].pk).exists()
    assert not AuditEvent.objects.exists()
