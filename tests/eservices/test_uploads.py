"""The filing form checks its files with ``cchc.core.uploads``: a wrong type (an executable
renamed .pdf, or a Word file: online filing takes PDFs and pictures only) and an oversized
file are refused with a translated message naming the file, and the typed answers stay."""

import io
import uuid

import pytest
from django.conf import settings as django_settings

from cchc.eservices.models import Filing
from cchc.eservices.uploads import max_file_bytes

from .conftest import pdf_bytes, upload

URL = "/dich-vu-cong/1.001193.000.00.00.H38/"

MESSAGES = {
    "vi": {"type": "không phải tệp PDF hoặc ảnh", "size": "quá lớn"},
    "en": {"type": "is not a PDF or a picture", "size": "is too large"},
}


def _docx() -> bytes:
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def _post(citizen, filing_post, slots, name, content, lang):
    key = str(uuid.uuid4())
    data = filing_post(key)
    data[f"doc_{slots[0].pk}"] = upload(name, content)
    citizen.cookies[django_settings.LANGUAGE_COOKIE_NAME] = lang  # the reader's choice
    return key, citizen.post(URL, data)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("name", "content"),
    [("don.pdf", b"MZ\x90\x00\x03\x00\x00\x00 an executable"), ("don.pdf", None)],
    ids=["exe-renamed-pdf", "docx-renamed-pdf"],
)
def test_wrong_type_refused_translated_and_form_kept(
    citizen, filing_post, slots, lang, name, content
):
    key, r = _post(citizen, filing_post, slots, name, content or _docx(), lang)
    html = r.content.decode()
    assert r.status_code == 400
    assert MESSAGES[lang]["type"] in html and "don.pdf" in html
    assert "Nguyễn Văn An" in html and "Số 1 đường 30/4, phường Một" in html
    assert not Filing.objects.filter(key=key, dossier__isnull=False).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_oversized_file_refused_translated_and_form_kept(
    citizen, filing_post, slots, settings, lang
):
    settings.ESERVICES_MAX_FILE_BYTES = 2048
    assert max_file_bytes() == 2048
    key, r = _post(citizen, filing_post, slots, "lon.pdf", pdf_bytes() + b"%" * 4096, lang)
    html = r.content.decode()
    assert r.status_code == 400
    assert MESSAGES[lang]["size"] in html and "lon.pdf" in html
    assert "Nguyễn Văn An" in html and "Số 1 đường 30/4, phường Một" in html
    assert not Filing.objects.filter(key=key, dossier__isnull=False).exists()
