"""The librarian's journey in Chromium (issue 16, points 3 and 4): add a decision with its
full text pasted, dates typed dd/mm/yyyy; the sentence "… thay thế Quyết định số …" is
proposed as a relation; one click in "Quan hệ chờ xác nhận" confirms it; the replaced
decision's public page then says "Hết hiệu lực" from the new one's effective date, and the
new decision's page shows its text with the reference linked to the replaced one."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from tests.browser import WATCH_CSP, expect_message

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-e2e-2026"  # noqa: S105
NEW_KEY = "45/2026/QĐ-UBND"
OLD_KEY = "27/2019/QĐ-UBND"
FULL_TEXT = (
    "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp tiếp nhận, xử lý phản ánh, "
    "kiến nghị của cá nhân, tổ chức trên địa bàn tỉnh.\n\n"
    "Điều 2. Quyết định này có hiệu lực từ ngày 25 tháng 3 năm 2026 và thay thế Quyết định "
    f"số {OLD_KEY} ngày 10/5/2019 của Ủy ban nhân dân tỉnh."
)


@pytest.fixture
def librarian(demo_site):
    from django.contrib.auth import get_user_model

    from cchc.legal.choices import Status
    from cchc.legal.models import LegalDocument

    LegalDocument.objects.create(
        key=OLD_KEY,
        title="Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị (2019)",
        issuer_name="Ủy ban nhân dân tỉnh",
        issued=dt.date(2019, 5, 10),
        status=Status.IN_FORCE,
    )
    user = get_user_model().objects.get(username="thuvien")
    user.set_password(PASSWORD)
    user.save()
    return user


def test_librarian_adds_text_confirms_relation_and_readers_see_it(
    page, live_server, librarian, axe_check
):
    from cchc.legal.choices import Status
    from cchc.legal.models import LegalDocument

    errors: list[str] = []
    page.add_init_script(WATCH_CSP)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_viewport_size({"width": 1280, "height": 900})
    base = live_server.url
    page.goto(base + "/quan-tri/login/")
    page.fill("#id_username", "thuvien")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/quan-tri/"))

    page.goto(base + "/quan-tri/snippets/legal/legaldocument/add/")
    page.fill("#id_key", NEW_KEY)
    page.fill("#id_title", "Ban hành Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị")
    page.fill("#id_issuer_name", "Ủy ban nhân dân tỉnh")
    page.fill("#id_issued", "15/03/2026")
    page.fill("#id_effective", "25/03/2026")
    page.fill("#id_full_text", FULL_TEXT)
    # Wagtail's date pickers stay open over the form (and the Save button) until a click
    # elsewhere, as a person would do
    page.locator("#id_title").click()
    expect(page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    page.locator("form button[type=submit]", has_text="Lưu").first.click()
    expect_message(page, "quan hệ")

    new = LegalDocument.objects.get(key=NEW_KEY)
    assert (new.issued, new.effective) == (dt.date(2026, 3, 15), dt.date(2026, 3, 25))

    page.goto(base + "/quan-tri/thu-vien-van-ban/quan-he/")
    row = page.locator("table.listing tbody tr", has_text=OLD_KEY).first
    assert "Thay thế" in row.inner_text()
    axe_check(page, "relation queue")
    row.locator("button[value=confirm]").click()
    expect_message(page, "Đã xác nhận")

    old = LegalDocument.objects.get(key=OLD_KEY)
    assert old.status == Status.EXPIRED
    assert old.expired_on == dt.date(2026, 3, 25)

    page.context.clear_cookies()  # a reader
    page.goto(base + old.get_absolute_url())
    body = page.locator("main").inner_text()
    assert "Hết hiệu lực" in body and "25-03-2026" in body.replace("/", "-"), body[:800]
    page.goto(base + new.get_absolute_url())
    link = page.locator("#toan-van a", has_text=OLD_KEY).first
    assert link.get_attribute("href").endswith(old.get_absolute_url())
    axe_check(page, "document with linked text")
    link.click()
    page.wait_for_load_state()
    assert page.url.endswith(old.get_absolute_url())
    assert not [e for e in errors if "CSP" in e], errors
