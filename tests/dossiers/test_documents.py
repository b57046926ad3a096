"""The printed forms of TT 01/2018/TT-VPCP: A4 PDFs whose text says what the dossier says,
with a QR code that decodes to the public lookup of that dossier; printable by the staff who
may see the dossier only."""

import io

import pypdfium2
import pytest
import zxingcpp
from django.test import Client
from pypdf import PdfReader

from cchc.dossiers import documents, services

A4 = (595, 842)  # points, ±1


def pdf_text(data: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages)


def qr_codes(data: bytes) -> list[str]:
    page = pypdfium2.PdfDocument(data)[0]
    image = page.render(scale=3).to_pil()
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.fixture
def accepted(receive, users, settings):
    settings.BASE_URL = "https://dichvucong.example.gov.vn"
    d = receive(applicant=services.Applicant(name="Trần Thị Bích", address="Số 5 đường Lê Lợi"))
    return services.dossier_accept(dossier=d, actor=users["desk"])


@pytest.mark.django_db
def test_receipt_text_page_size_and_qr(accepted):
    data = documents.render_document(accepted, "tiep-nhan")
    reader = PdfReader(io.BytesIO(data))
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - A4[0]) <= 1 and abs(float(box.height) - A4[1]) <= 1
    text = pdf_text(data)
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert accepted.code in text
    assert "Trần Thị Bích" in text and "Số 5 đường Lê Lợi" in text
    assert "Cấp giấy phép xây dựng nhà ở riêng lẻ" in text
    assert "Mẫu số 01" in text
    assert qr_codes(data) == [
        f"https://dichvucong.example.gov.vn/tra-cuu-ho-so/?ma={accepted.code}"
    ]


@pytest.mark.django_db
def test_supplement_refusal_and_control_slip(receive, users):
    d = receive()
    d = services.dossier_request_supplement(
        dossier=d, actor=users["desk"], missing="Bản vẽ thiết kế có chữ ký của chủ đầu tư"
    )
    text = pdf_text(documents.render_document(d, "bo-sung"))
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text
    assert "Bản vẽ thiết kế có chữ ký của chủ đầu tư" in text
    other = services.dossier_refuse_receipt(
        dossier=receive(), actor=users["desk"], reason="Không thuộc thẩm quyền giải quyết"
    )
    data = documents.render_document(other, "tu-choi")
    assert "Không thuộc thẩm quyền giải quyết" in pdf_text(data)
    assert qr_codes(data)[0].endswith(f"/tra-cuu-ho-so/?ma={other.code}")
    control = pdf_text(documents.render_document(d, "kiem-soat"))
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in control
    assert "Yêu cầu bổ sung hồ sơ" in control and "Sở Xây dựng" in control


@pytest.mark.django_db
def test_available_forms_follow_the_dossier(receive, users):
    d = receive()
    assert [f.slug for f in documents.available_forms(d)] == ["kiem-soat"]
    d = services.dossier_accept(dossier=d, actor=users["desk"])
    assert [f.slug for f in documents.available_forms(d)] == ["tiep-nhan", "kiem-soat"]


@pytest.mark.django_db
def test_print_route_only_for_staff_who_see_the_dossier(accepted, users):
    url = f"/mot-cua/ho-so/{accepted.pk}/in/tiep-nhan/"
    desk = Client()
    desk.force_login(users["desk"])
    r = desk.get(url)
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    assert r.content.startswith(b"%PDF") and "no-store" in r["Cache-Control"]
    assert desk.get(f"/mot-cua/ho-so/{accepted.pk}/in/tu-choi/").status_code == 404
    assert desk.get(f"/mot-cua/ho-so/{accepted.pk}/in/khong-co/").status_code == 404
    assert desk.get(f"/mot-cua/ho-so/{accepted.pk + 999}/in/tiep-nhan/").status_code == 404
    other = Client()
    other.force_login(users["desk_b"])
    assert other.get(url).status_code == 404
    citizen = Client()
    citizen.force_login(users["citizen"])
    assert citizen.get(url).status_code == 403
    assert Client().get(url).status_code == 302
