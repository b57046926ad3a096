"""Wagtail admin: editors create and edit procedures (with documents and channels)
through the services, audited; the import screen previews then confirms; outsiders
are refused."""

import re

import pytest
from django.urls import reverse

from cchc.core.models import AuditEvent
from cchc.procedures.models import Procedure

from .conftest import xlsx

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_procedures_procedure:add"
IMPORT_URL = "procedures_admin:import"


def formset(prefix, rows):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{k}": v for k, v in row.items()})
        data[f"{prefix}-{i}-ORDER"] = str(i + 1)
        data[f"{prefix}-{i}-DELETE"] = ""
        data[f"{prefix}-{i}-id"] = ""
    return data


def procedure_post(field, **changes):
    data = {
        "code": "1.001193.000.00.00.H38",
        "name": "Đăng ký khai sinh",
        "field": field.pk,
        "level": "commune",
        "agency": "",
        "agency_text": "UBND cấp xã",
        "subjects": "",
        "online_level": "full",
        "effective_from": "",
        "effective_until": "",
        "published": "on",
        "steps": "Bước 1",
        "time_limit_days": "0",
        "time_limit_text": "",
        "fee_amount": "0",
        "fee_text": "",
        "eligibility": "",
        "result": "Giấy khai sinh",
        "legal_basis_text": "",
    }
    data.update(
        formset(
            "channels", [{"channel": "direct", "time_limit_days": "", "fee_amount": "", "note": ""}]
        )
    )
    data.update(
        formset(
            "documents",
            [
                {
                    "name": "Tờ khai",
                    "originals": "1",
                    "copies": "0",
                    "required": "on",
                    "form": "",
                    "note": "",
                }
            ],
        )
    )
    data.update(changes)
    return data


def test_editor_creates_a_procedure_with_children_audited(client, editor, ho_tich):
    client.force_login(editor)
    assert client.get(reverse(ADD_URL)).status_code == 200
    response = client.post(reverse(ADD_URL), procedure_post(ho_tich))
    assert response.status_code == 302, re.findall(
        r'error-message">(.*?)<', response.content.decode(), re.S
    )[:5]
    p = Procedure.objects.get()
    assert p.published and p.documents.get().name == "Tờ khai"
    assert p.channels.get().channel == "direct"
    event = AuditEvent.objects.get(action="cchc.procedures.procedure.create")
    assert event.actor == editor and event.data["source"] == "admin"


def test_bad_code_is_refused_in_the_form(client, editor, ho_tich):
    client.force_login(editor)
    response = client.post(reverse(ADD_URL), procedure_post(ho_tich, code="1.948"))
    assert response.status_code == 200
    assert "không đúng dạng" in response.content.decode()
    assert not Procedure.objects.exists()


def test_editor_edits_and_deletes(client, editor, khai_sinh):
    client.force_login(editor)
    url = reverse("wagtailsnippets_procedures_procedure:edit", args=[khai_sinh.pk])
    assert client.get(url).status_code == 200
    delete = reverse("wagtailsnippets_procedures_procedure:delete", args=[khai_sinh.pk])
    assert client.post(delete).status_code == 302
    assert not Procedure.objects.exists()
    assert AuditEvent.objects.filter(
        action="cchc.procedures.procedure.delete", actor=editor
    ).exists()


def test_outsiders_are_refused(client, outsider, khai_sinh):
    client.force_login(outsider)
    assert client.get(reverse(ADD_URL)).status_code in (302, 403)
    # Wagtail turns PermissionDenied in admin views into a redirect to the dashboard
    assert client.get(reverse(IMPORT_URL)).status_code in (302, 403)
    assert client.get(reverse("procedures_admin:export")).status_code in (302, 403)


def test_admin_list_and_menu(client, editor, khai_sinh):
    client.force_login(editor)
    html = client.get(reverse("wagtailsnippets_procedures_procedure:list")).content.decode()
    assert "Đăng ký khai sinh" in html
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(IMPORT_URL) in html  # the sidebar menu (JSON) has the import screen


ROWS = [
    ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện"],
    ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp Xã"],
    ["1.000894", "Đăng ký kết hôn", "Hộ tịch", "Cấp Xã"],
]


def upload(client, rows, publish=True):
    from django.core.files.uploadedfile import SimpleUploadedFile

    f = SimpleUploadedFile("tthc.xlsx", xlsx(rows))
    return client.post(reverse(IMPORT_URL), {"file": f, "publish": "on" if publish else ""})


def test_import_screen_previews_then_confirms(client, editor, django_user_model):
    client.force_login(editor)
    assert client.get(reverse(IMPORT_URL)).status_code == 200
    html = upload(client, ROWS).content.decode()
    assert "sẽ thêm 2 thủ tục" in html
    assert not Procedure.objects.exists()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    # another user cannot confirm someone else's upload
    other = django_user_model.objects.create_superuser("khac", password="x")
    client.force_login(other)
    response = client.post(reverse(IMPORT_URL), {"token": token})
    assert response.status_code == 302 and not Procedure.objects.exists()
    client.force_login(editor)
    response = client.post(reverse(IMPORT_URL), {"token": token})
    assert response.status_code == 302
    assert set(Procedure.objects.values_list("code", flat=True)) == {"1.001193", "1.000894"}
    assert all(Procedure.objects.values_list("published", flat=True))
    # a token works once
    response = client.post(reverse(IMPORT_URL), {"token": token}, follow=True)
    assert "hết hạn" in response.content.decode()


def test_import_screen_shows_row_errors_and_offers_no_confirmation(client, editor):
    client.force_login(editor)
    html = upload(client, [*ROWS, ["1.948", "Sai mã", "Hộ tịch", "Cấp Xã"]]).content.decode()
    assert "1 lỗi" in html and "không đúng dạng" in html
    assert 'name="token"' not in html
    assert not Procedure.objects.exists()


def test_import_screen_rejects_a_non_spreadsheet(client, editor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(editor)
    response = client.post(reverse(IMPORT_URL), {"file": SimpleUploadedFile("a.xlsx", b"hello")})
    assert response.status_code == 200
    assert "không phải là tệp Excel" in response.content.decode()


def test_export_download(client, editor, khai_sinh):
    client.force_login(editor)
    response = client.get(reverse("procedures_admin:export"))
    assert response.status_code == 200
    assert response.content[:2] == b"PK"
    assert "attachment" in response["Content-Disposition"]


def test_a_field_in_use_is_not_deleted(client, editor, khai_sinh, chung_thuc):
    from cchc.core.exceptions import ValidationError as CchcValidationError
    from cchc.procedures import services
    from cchc.procedures.models import ProcedureField

    client.force_login(editor)
    url = "wagtailsnippets_procedures_procedurefield:delete"
    # Wagtail sees the protecting reference (its reference index) and refuses; the
    # service refuses too for any other caller.
    client.post(reverse(url, args=[khai_sinh.field_id]))
    assert ProcedureField.objects.filter(pk=khai_sinh.field_id).exists()
    with pytest.raises(CchcValidationError, match="đang có thủ tục"):
        services.field_delete(field=khai_sinh.field, actor=editor)
    assert client.post(reverse(url, args=[chung_thuc.pk])).status_code == 302
    assert not ProcedureField.objects.filter(pk=chung_thuc.pk).exists()
