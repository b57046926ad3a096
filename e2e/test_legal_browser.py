"""Library pages a reader reaches from an ambiguous reference: the choice page and a
document page with its full text, in Chromium, checked with axe-core."""

import datetime as dt

import pytest


@pytest.fixture
def two_plans(transactional_db):
    from cchc.legal.models import LegalDocument

    docs = []
    for issued, issuer in (
        (dt.date(2021, 1, 21), "UBND tỉnh"),
        (dt.date(2023, 1, 10), "Sở Nội vụ"),
    ):
        doc = LegalDocument(
            key="15/KH-UBND",
            issued=issued,
            issuer_name=issuer,
            title=f"Kế hoạch cải cách hành chính năm {issued.year}",
            full_text="KẾ HOẠCH\n\nThực hiện Nghị định số 61/2018/NĐ-CP của Chính phủ.\n\n"
            "Điều 1. Triển khai Kế hoạch số 15/KH-UBND ngày 21/01/2021 của UBND tỉnh.",
        )
        doc.save()
        docs.append(doc)
    return docs


def test_choice_page_then_document_with_text_are_accessible(
    page, live_server, two_plans, axe_check
):
    """A reader opens /van-ban/15-kh-ubnd/, lands on the choice page, picks the 2021 plan and
    reads its full text; both pages pass axe (serious/critical)."""
    response = page.goto(live_server.url + "/van-ban/15-kh-ubnd/")
    assert response.status == 200 and "/van-ban/chon/" in page.url
    axe_check(page, "choice")
    assert page.locator("table.legal-choices tbody tr").count() == 2
    page.locator("table.legal-choices a", has_text="15/KH-UBND").first.click()
    page.wait_for_load_state()
    assert "/van-ban/15-kh-ubnd-20" in page.url
    assert page.locator("#toan-van p").count() == 3
    axe_check(page, "document full text")
