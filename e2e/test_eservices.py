"""A citizen on a 390 px phone signs in with a one-time code, files a dossier online with two
files, finds it in "Hồ sơ của tôi" and in the public lookup (issue 15); axe-core on each step."""

import datetime as dt
import re
from decimal import Decimal

import pytest

from tests.eservices.conftest import pdf_bytes, png_bytes

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="vi-VN"
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def sms(settings):
    from cchc.accounts.sms import LocmemSmsBackend

    settings.ACCOUNTS_SMS_BACKEND = "cchc.accounts.sms.LocmemSmsBackend"
    LocmemSmsBackend.outbox.clear()
    return LocmemSmsBackend.outbox


@pytest.fixture
def online_procedure(demo_site):
    from cchc.directory.models import Agency
    from cchc.dossiers.models import RuleSet
    from cchc.procedures import services
    from cchc.procedures.choices import Level, OnlineLevel
    from cchc.procedures.models import Procedure, ProcedureField, RequiredDocument

    RuleSet.objects.get_or_create(
        effective_from=dt.date(2018, 8, 21),
        defaults={"name": "NĐ 61/2018", "cutoff": dt.time(15, 0), "supplement_clock": "restart"},
    )
    agency = Agency.objects.filter(status=Agency.Status.ACTIVE).order_by("pk").first()
    p = Procedure(
        code="1.999001.000.00.00.H99",
        name="Cấp bản sao trích lục hộ tịch",
        field=ProcedureField.objects.get_or_create(name="Hộ tịch thử nghiệm")[0],
        level=Level.PROVINCE,
        agency=agency,
        published=True,
        online_level=OnlineLevel.FULL,
        time_limit_days=Decimal(2),
    )
    p.documents = [
        RequiredDocument(name="Tờ khai cấp bản sao trích lục", sort_order=0),
        RequiredDocument(name="Giấy tờ tùy thân", sort_order=1),
    ]
    return services.procedure_save(procedure=p, source="test")


def test_citizen_signs_in_files_and_follows_a_dossier(
    phone, live_server, online_procedure, sms, axe_check, shot
):
    page = phone
    # from the catalogue: the procedure page offers online filing
    page.goto(f"{live_server.url}/thu-tuc-hanh-chinh/{online_procedure.code}/")
    axe_check(page, "procedure-online-390")
    page.get_by_role("link", name="Nộp hồ sơ trực tuyến").click()
    # not signed in: sent to the sign-in page, and back afterwards
    assert "/tai-khoan/dang-nhap/" in page.url
    axe_check(page, "sign-in-390")
    page.fill("#id_contact", "0912 345 678")
    page.get_by_role("button", name="Gửi mã xác thực").click()
    page.wait_for_url(re.compile(r"/tai-khoan/xac-nhan/"))
    code = re.search(r"\b(\d{6})\b", sms[-1][1]).group(1)
    page.fill("#id_code", code)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(rf"/dich-vu-cong/{re.escape(online_procedure.code)}/$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    axe_check(page, "filing-form-390")

    slots = list(online_procedure.documents.all())
    page.fill("#id_applicant_name", "Phạm Thị Lan")
    page.fill("#id_applicant_address", "Số 12 đường Trần Hưng Đạo")
    page.fill("#id_applicant_phone", "0912345678")
    page.set_input_files(
        f"#id_doc_{slots[0].pk}",
        {"name": "to-khai.pdf", "mimeType": "application/pdf", "buffer": pdf_bytes()},
    )
    page.set_input_files(
        f"#id_doc_{slots[1].pk}",
        {"name": "cccd.png", "mimeType": "image/png", "buffer": png_bytes()},
    )
    shot(page, "eservices-form-390")
    page.get_by_role("button", name="Nộp hồ sơ").click()
    page.wait_for_url(re.compile(r"/dich-vu-cong/ho-so-cua-toi/[0-9a-f-]{36}/\?da-nop=1"))
    heading = page.locator("h1").inner_text()
    code_match = re.search(r"(\S+-\d{6}-\d{4})", heading)
    assert code_match, heading
    dossier_code = code_match.group(1)
    assert "to-khai.pdf" in page.content() and "cccd.png" in page.content()
    axe_check(page, "my-dossier-390")
    shot(page, "eservices-dossier-390")

    page.goto(f"{live_server.url}/dich-vu-cong/ho-so-cua-toi/")
    assert dossier_code in page.locator("main").inner_text()
    axe_check(page, "my-dossiers-390")

    page.get_by_role("link", name=re.compile(re.escape(dossier_code))).click()
    page.get_by_role("link", name="Tra cứu công khai hồ sơ này").click()
    page.wait_for_load_state()
    text = page.locator("main").inner_text()
    assert dossier_code in text and "Phạm Thị Lan" not in text  # no personal data in public
    axe_check(page, "lookup-390")
