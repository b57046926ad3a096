"""Desk files are checked with ``cchc.core.uploads`` (PDF, pictures, .docx, .xlsx by their
content): an executable renamed .pdf and an oversized file are refused with a translated
message naming the file, on the receipt form (the typed answers stay) and on the dossier
page's attach form (the dossier keeps its files)."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cchc.dossiers.models import Dossier

from .conftest import PDF_MIN

pytestmark = pytest.mark.django_db

EXE = b"MZ\x90\x00\x03\x00\x00\x00 an executable"
MESSAGES = {
    "vi": {"type": "không được nhận", "size": "quá lớn"},
    "en": {"type": "refused: only PDF", "size": "is too large"},
}


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr("cchc.dossiers.uploads.MAX_BYTES", 1024)


def _file(kind):
    if kind == "type":
        return SimpleUploadedFile("don.pdf", EXE, content_type="application/pdf")
    return SimpleUploadedFile("don.pdf", PDF_MIN + b"%" * 2048, content_type="application/pdf")


def _signed_in(client, user, lang):
    client.force_login(user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    return client


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", ["type", "size"])
def test_receipt_refuses_file_translated_and_keeps_the_input(
    client, users, procedure, small_limit, lang, kind
):
    _signed_in(client, users["desk"], lang)
    data = {
        "procedure": procedure.pk,
        "applicant_name": "Trần Văn Bình",
        "applicant_phone": "0912 345 678",
        "applicant_address": "Số 9 phố Hàng Gà",
        "channel": "desk",
        "delivery": "desk",
        "accept_now": "on",
        "form_token": "tok-upload",
        "files": [_file(kind)],
    }
    r = client.post(reverse("dossiers:desk-receive"), data)
    html = r.content.decode()
    assert r.status_code == 400
    assert MESSAGES[lang][kind] in html and "don.pdf" in html
    assert "Trần Văn Bình" in html and "Số 9 phố Hàng Gà" in html and "0912 345 678" in html
    assert Dossier.objects.count() == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("kind", ["type", "size"])
def test_attach_refuses_file_translated_and_keeps_the_dossier(
    client, receive, users, small_limit, lang, kind
):
    from .conftest import pdf_file

    d = receive(files=[pdf_file("to-khai.pdf")])
    _signed_in(client, users["desk"], lang)
    url = reverse("dossiers:desk-detail", args=[d.pk])
    r = client.post(url, {"tep": [_file(kind)]}, follow=True)
    html = r.content.decode()
    assert r.status_code == 200
    assert MESSAGES[lang][kind] in html and "don.pdf" in html
    assert d.attachments.count() == 1
