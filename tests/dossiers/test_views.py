"""Public lookup, desk receipt form, statistics page and export."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from cchc.dossiers import services
from cchc.dossiers.models import Dossier

from .conftest import PDF_MIN

pytestmark = pytest.mark.django_db

LOOKUP = "/tra-cuu-ho-so/"


def test_lookup_shows_status_and_history_without_personal_data(receive, users, client):
    d = receive(
        applicant=services.Applicant(
            name="Nguyễn Thị Hoa", phone="0912345678", address="Số 7 ngõ Bí Mật"
        )
    )
    services.dossier_accept(dossier=d, actor=users["desk"], note="Ghi chú nội bộ XYZ")
    response = client.get(LOOKUP, {"ma": d.code.lower()})
    html = response.content.decode()
    assert response.status_code == 200
    assert d.code in html and "Đã tiếp nhận, hẹn trả kết quả" in html and "Mới tiếp nhận" in html
    for secret in ("Nguyễn Thị Hoa", "0912345678", "Bí Mật", "Ghi chú nội bộ XYZ", "desk_a"):
        assert secret not in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_lookup_form_page_and_unknown_and_bad_codes(client, ruleset):
    r = client.get(LOOKUP)
    assert r.status_code == 200 and "no-store" in r["Cache-Control"]
    r = client.get(LOOKUP, {"ma": "000.00.15.H38-260402-9999"})
    assert r.status_code == 404 and "Không tìm thấy hồ sơ" in r.content.decode()
    r = client.get(LOOKUP, {"ma": "<script>alert(1)</script>"})
    assert r.status_code == 200 and "Mã hồ sơ không đúng dạng" in r.content.decode()
    assert "<script>alert" not in r.content.decode()


def test_lookup_is_rate_limited(client, ruleset):
    statuses = [
        client.get(LOOKUP, {"ma": f"000.00.15.H38-260402-{n:04d}"}).status_code for n in range(35)
    ]
    assert statuses[0] == 404 and statuses[-1] == 429
    assert "no-store" in client.get(LOOKUP, {"ma": "000.00.15.H38-260402-0001"})["Cache-Control"]


def _receive_post(client, procedure, **extra):
    data = {
        "procedure": procedure.pk,
        "applicant_name": "Trần Văn Bình",
        "applicant_phone": "0912 345 678",
        "applicant_id_number": "012345678901",
        "channel": "desk",
        "delivery": "desk",
        "accept_now": "on",
        "form_token": "tok-1",
        **extra,
    }
    return client.post(reverse("dossiers:desk-receive"), data)


def test_desk_receipt_accepts_and_prints_the_code(client, users, procedure):
    client.force_login(users["desk"])
    page = client.get(reverse("dossiers:desk-receive"))
    assert page.status_code == 200 and "autofocus" in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    pdf = SimpleUploadedFile("don.pdf", PDF_MIN, content_type="application/pdf")
    r = _receive_post(client, procedure, files=[pdf])
    assert r.status_code == 302
    d = Dossier.objects.get()
    assert d.status == "accepted" and d.deadline and d.attachments.count() == 1
    assert d.applicant_name == "Trần Văn Bình" and d.created_by == users["desk"]
    # The same form posted again (double click, retry): still one dossier.
    r = _receive_post(client, procedure)
    assert Dossier.objects.count() == 1


def test_desk_receipt_bad_file_keeps_the_input_and_saves_nothing(client, users, procedure):
    client.force_login(users["desk"])
    exe = SimpleUploadedFile(
        "don.pdf", b"MZ\x90\x00 not a pdf at all", content_type="application/pdf"
    )
    r = _receive_post(client, procedure, files=[exe])
    html = r.content.decode()
    assert r.status_code == 400 and "không được nhận" in html and "Trần Văn Bình" in html
    assert Dossier.objects.count() == 0


def test_desk_receipt_validation_messages(client, users, procedure):
    client.force_login(users["desk"])
    r = _receive_post(
        client,
        procedure,
        applicant_name="",
        applicant_id_number="12ab",
        delivery="post",
        delivery_address="",
    )
    html = r.content.decode()
    assert r.status_code == 400
    assert "Số định danh gồm 9 hoặc 12 chữ số." in html
    assert "Nhận kết quả qua bưu chính cần có địa chỉ nhận." in html
    assert Dossier.objects.count() == 0


def test_action_form_error_is_shown_and_nothing_changes(receive, users, client):
    d = services.dossier_accept(dossier=receive(), actor=users["desk"])
    client.force_login(users["desk"])
    url = reverse("dossiers:desk-action", args=[d.pk, "apologize"])
    r = client.post(
        url, {"apologize-reason": "Chờ", "apologize-new_date": "31/02/2026"}, follow=True
    )
    assert r.status_code == 200
    d.refresh_from_db()
    assert d.reschedule_count == 0 and not d.events.filter(action="apologize").exists()


def test_bulk_assignment(receive, users, client):
    a = services.dossier_accept(dossier=receive(), actor=users["desk"])
    b = services.dossier_accept(dossier=receive(), actor=users["desk"])
    client.force_login(users["leader"])
    page = client.get(reverse("dossiers:desk-queue"), {"hang": "unassigned"}).content.decode()
    assert a.code in page and "Phân công các hồ sơ đã chọn" in page
    r = client.post(
        reverse("dossiers:desk-bulk-assign"),
        {"ho_so": [a.pk, b.pk, 999999], "officer": users["handler"].pk},
    )
    assert r.status_code == 302
    assert set(Dossier.objects.values_list("assigned_to", flat=True)) == {users["handler"].pk}


def test_stats_page_chart_and_formula_safe_export(receive, users, client, procedure):
    procedure.name = '=HYPERLINK("http://evil.example","bấm")'
    procedure.save()
    d = receive()
    d = services.dossier_accept(dossier=d, actor=users["desk"])
    client.force_login(users["leader"])
    page = client.get(reverse("dossiers:desk-stats"))
    html = page.content.decode()
    assert page.status_code == 200 and "<svg" in html and "Trước hạn" in html
    export = client.get(reverse("dossiers:desk-stats"), {"xuat": "xlsx"})
    assert export.status_code == 200
    ws = load_workbook(io.BytesIO(export.content)).active
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Tháng", "Cơ quan giải quyết", "Thủ tục", "Tiếp nhận"]
    cell = ws.cell(row=2, column=3)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert ws.cell(row=2, column=4).value == 1
