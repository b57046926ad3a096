"""Legal documents and published feedback answers appear in the site search; private
feedback and personal data never do."""

import datetime as dt

import pytest

from cchc.legal.models import LegalDocument


@pytest.fixture
def nghi_dinh(db):
    doc = LegalDocument(
        key="63/2010/NĐ-CP",
        title="Về kiểm soát thủ tục hành chính",
        issuer_name="Chính phủ",
        issued=dt.date(2010, 6, 8),
    )
    doc.full_clean()
    doc.save()
    return doc


def search(client, q):
    response = client.get("/tim-kiem/", {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def test_a_document_key_finds_the_document(client, home_page, nghi_dinh):
    from cchc.search.services import object_index as index_object

    index_object(nghi_dinh)
    html = search(client, "63/2010/NĐ-CP")
    assert nghi_dinh.get_absolute_url() in html
    html = search(client, "kiem soat thu tuc")
    assert nghi_dinh.get_absolute_url() in html


def test_only_published_feedback_is_searchable_and_without_personal_data(client, home_page):
    from cchc.feedback.models import Feedback
    from cchc.search.services import object_index as index_object

    common = dict(
        channel="web",
        subject="Đường ngập nước ở khu phố 3",
        content="Nội dung riêng",
        submitter_name="Nguyễn Văn Riêng",
        submitter_phone="0912345678",
        received_on=dt.date(2026, 3, 2),
        forward_due=dt.date(2026, 3, 9),
        answer_due=dt.date(2026, 3, 16),
    )
    private = Feedback.objects.create(code="PAKN-2026-900001", **common)
    published = Feedback.objects.create(
        code="PAKN-2026-900002",
        is_published=True,
        public_subject="Đường ngập nước ở khu phố 3",
        public_content="Người dân phản ánh đường ngập.",
        answer="Đã nạo vét cống thoát nước.",
        answered_on=dt.date(2026, 3, 10),
        **common,
    )
    index_object(private)
    index_object(published)
    html = search(client, "duong ngap nuoc")
    assert published.get_public_url() in html
    assert private.get_public_url() not in html
    assert "Nguyễn Văn Riêng" not in html and "0912345678" not in html
