"""Online filing through the real form: one dossier per idempotency key, every bad input
answered in Vietnamese with nothing half-saved, and only the applicant's own filings."""

import threading
import uuid

import pytest
from django.db import connection
from django.test import Client

from cchc.core.models import AuditEvent
from cchc.eservices.models import DraftFile, Filing

from .conftest import form_key, pdf_bytes, upload

URL = "/dich-vu-cong/1.001193.000.00.00.H38/"


def dossier_count():
    from cchc.dossiers.models import Dossier

    return Dossier.objects.count()


@pytest.mark.django_db
def test_form_needs_sign_in(client, procedure):
    r = client.get(URL)
    assert r.status_code == 302 and r["Location"].startswith("/tai-khoan/dang-nhap/?next=")


@pytest.mark.django_db
def test_form_generated_from_procedure_and_private(citizen, slots):
    r = citizen.get(URL)
    assert r.status_code == 200
    assert "no-store" in r["Cache-Control"] and "private" in r["Cache-Control"]
    html = r.content.decode()
    for slot in slots:
        assert f'name="doc_{slot.pk}"' in html and slot.name in html
    assert "Nhận qua dịch vụ bưu chính" in html
    form_key(html)


@pytest.mark.django_db
def test_submit_creates_one_dossier_with_its_files(citizen, filing_post, applicant):
    key = str(uuid.uuid4())
    r = citizen.post(URL, filing_post(key))
    assert r.status_code == 302, r.content.decode()[:2000]
    filing = Filing.objects.get(key=key)
    assert filing.status == Filing.Status.SUBMITTED and filing.dossier is not None
    assert filing.dossier.attachments.count() == 2 and not DraftFile.objects.exists()
    # the same form posted again (double click, retry after a timeout): the same dossier
    r2 = citizen.post(URL, filing_post(key))
    assert r2.status_code == 302 and r2["Location"].startswith(
        f"/dich-vu-cong/ho-so-cua-toi/{key}/"
    )
    assert dossier_count() == 1
    page = citizen.get(f"/dich-vu-cong/ho-so-cua-toi/{key}/").content.decode()
    assert filing.dossier.code in page and "to-khai.pdf" in page
    listing = citizen.get("/dich-vu-cong/ho-so-cua-toi/").content.decode()
    assert filing.dossier.code in listing


@pytest.mark.django_db
def test_missing_document_refused_and_upload_kept_in_draft(citizen, filing_post, slots):
    key = str(uuid.uuid4())
    data = filing_post(key)
    del data[f"doc_{slots[1].pk}"]
    r = citizen.post(URL, data)
    assert r.status_code == 400
    assert "Còn thiếu giấy tờ bắt buộc: Giấy chứng sinh" in r.content.decode()
    assert dossier_count() == 0
    filing = Filing.objects.get(key=key)
    assert filing.status == Filing.Status.DRAFT
    assert list(filing.files.values_list("slot_id", flat=True)) == [slots[0].pk]
    draft = filing.files.get()
    storage, draft_name = draft.file.storage, draft.file.name
    kept_bytes = draft.file.read()
    assert storage.exists(draft_name)
    # the second file completes it; the first one is not asked again
    r = citizen.post(
        URL, {**filing_post(key, files=False), f"doc_{slots[1].pk}": upload("cs.pdf", pdf_bytes())}
    )
    assert r.status_code == 302
    assert dossier_count() == 1
    filing.refresh_from_db()
    attachments = list(filing.dossier.attachments.order_by("pk"))
    assert [a.required_document_id for a in attachments] == [slots[0].pk, slots[1].pk]
    assert attachments[0].original_name == draft.original_name
    assert attachments[0].file.read() == kept_bytes
    assert attachments[1].original_name == "cs.pdf"
    assert not filing.files.exists() and not storage.exists(draft_name)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"MZ\x90\x00 not a pdf at all", "không phải tệp PDF hoặc ảnh"),
        (b"", "rỗng"),
    ],
)
def test_bad_file_refused_nothing_saved(citizen, filing_post, slots, content, message):
    key = str(uuid.uuid4())
    data = filing_post(key)
    data[f"doc_{slots[0].pk}"] = upload("virus.pdf", content)
    r = citizen.post(URL, data)
    assert r.status_code == 400
    assert (
        message in r.content.decode()
        or "The submitted file is empty" in r.content.decode()
        or "tệp" in r.content.decode()
    )
    assert dossier_count() == 0 and not Filing.objects.exists()


@pytest.mark.django_db
def test_oversized_file_refused(citizen, filing_post, slots, settings):
    settings.ESERVICES_MAX_FILE_BYTES = 1024
    key = str(uuid.uuid4())
    data = filing_post(key)
    data[f"doc_{slots[0].pk}"] = upload("big.pdf", pdf_bytes() + b"%" * 2048)
    r = citizen.post(URL, data)
    assert r.status_code == 400 and "quá lớn" in r.content.decode()
    assert dossier_count() == 0


@pytest.mark.django_db
def test_postal_delivery_needs_address(citizen, filing_post):
    r = citizen.post(URL, filing_post(str(uuid.uuid4()), delivery="post"))
    assert r.status_code == 400
    assert "địa chỉ nhận kết quả qua bưu chính" in r.content.decode()
    assert dossier_count() == 0


@pytest.mark.django_db
def test_draft_saved_and_resumed(citizen, filing_post, slots):
    key = str(uuid.uuid4())
    data = filing_post(key, action="draft")
    del data[f"doc_{slots[1].pk}"]
    r = citizen.post(URL, data)
    assert r.status_code == 302 and "da-luu=1" in r["Location"]
    page = citizen.get(r["Location"]).content.decode()
    assert key in page and "Đã tải lên: to-khai.pdf" in page and "Nguyễn Văn An" in page
    assert dossier_count() == 0
    draft = DraftFile.objects.get()
    r = citizen.get(f"/dich-vu-cong/ho-so-cua-toi/{key}/tep/{draft.pk}/")
    assert r.status_code == 200
    assert 'filename="to-khai.pdf"' in r["Content-Disposition"]
    assert AuditEvent.objects.filter(action="cchc.eservices.file.download").count() == 1


@pytest.mark.django_db
def test_other_applicants_filings_are_not_found(citizen, filing_post, other_applicant):
    key = str(uuid.uuid4())
    citizen.post(URL, filing_post(key))
    file_id = Filing.objects.get(key=key).dossier.attachments.first().pk
    file_url = f"/dich-vu-cong/ho-so-cua-toi/{key}/ho-so/{file_id}/"
    own = citizen.get(file_url)
    assert own.status_code == 200
    assert "private" in own["Cache-Control"] and "no-store" in own["Cache-Control"]
    assert b"".join(own.streaming_content).startswith(b"%PDF")
    assert AuditEvent.objects.filter(action="cchc.eservices.attachment.download").count() == 1
    other = Client()
    other.force_login(other_applicant.user)
    assert other.get(f"/dich-vu-cong/ho-so-cua-toi/{key}/").status_code == 404
    assert other.get(file_url).status_code == 404
    assert other.get(f"{URL}?ban-nhap={key}").status_code == 404
    # posting someone else's key changes nothing and files no dossier for them
    r = other.post(URL, {**filing_post(key), "applicant_phone": "0987654321"})
    assert r.status_code in (302, 400, 403)
    assert dossier_count() == 1
    r = citizen.get(file_url)
    assert r.status_code == 200 and b"".join(r.streaming_content).startswith(b"%PDF")
    assert "no-store" in r["Cache-Control"]


@pytest.mark.django_db(transaction=True)
def test_concurrent_double_submit_files_one_dossier(applicant, filing_post):
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race is exercised on PostgreSQL")
    key = str(uuid.uuid4())
    results = []

    def post():
        c = Client()
        c.force_login(applicant.user)
        results.append(c.post(URL, filing_post(key)).status_code)
        connection.close()

    threads = [threading.Thread(target=post) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [302] * 4
    assert dossier_count() == 1
