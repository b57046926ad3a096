"""core/pdf.py: A4 PDFs whose text keeps Vietnamese diacritics, the organisation header from
site settings, no network fetches; QR codes as inline SVG."""

import copy
import io
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from pypdf import PdfReader

from cchc.core.pdf import PdfResourceRefused, _resolve, qr_svg, render_pdf

TEMPLATE_DIR = Path(__file__).parent / "templates"


@pytest.fixture
def test_templates():
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], TEMPLATE_DIR]
    with override_settings(TEMPLATES=templates):
        yield


@pytest.fixture
def organisation(home_page):
    from wagtail.models import Site

    from cchc.portal.models import OrganisationSettings

    org = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    org.parent_organisation = "Ủy ban nhân dân tỉnh Hòa Bình Xanh"
    org.organisation_name = "Sở Nội vụ"
    org.save()
    return org


def pdf_text(data: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, unicodedata.normalize("NFC", text)


def test_pdf_keeps_vietnamese_text_and_is_a4(test_templates, organisation):
    """Body text with every kind of tone mark comes back from the PDF's text layer intact."""
    sentence = (
        "Ủy ban nhân dân tỉnh giao Sở Nội vụ phối hợp; đẩy mạnh tuyên truyền, ứng dụng, ưu tiên."
    )
    data = render_pdf(
        "core_tests/sample.html",
        {"text": sentence, "image_url": "data:image/gif;base64,R0lGODlhAQABAAAAACw=", "qr": ""},
    )
    assert data.startswith(b"%PDF-")
    reader, text = pdf_text(data)
    assert "Ủy ban nhân dân tỉnh giao Sở Nội vụ phối hợp" in text
    assert "đẩy mạnh tuyên truyền, ứng dụng, ưu tiên." in text
    assert "Báo cáo kết quả" in text
    box = reader.pages[0].mediabox
    # A4 is 595.28 × 841.89 points.
    assert round(float(box.width)) == 595
    assert round(float(box.height)) == 842


def test_pdf_header_comes_from_site_settings(test_templates, organisation):
    """No request: the default site's organisation names head the page (upper-cased by CSS)."""
    data = render_pdf("core_tests/sample.html", {"text": "x", "image_url": "", "qr": ""})
    _, text = pdf_text(data)
    assert "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH XANH" in text
    assert "SỞ NỘI VỤ" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text


def test_pdf_header_follows_the_request_site(test_templates, organisation, rf):
    """With a request, the request's site settings are used (the same default site here)."""
    request = rf.get("/")
    data = render_pdf("core_tests/sample.html", {"text": "y", "image_url": "", "qr": ""}, request)
    _, text = pdf_text(data)
    assert "SỞ NỘI VỤ" in text


def test_fonts_embedded_cover_vietnamese(test_templates, organisation):
    """The PDF embeds a Noto (or DejaVu) font, not a Latin-1 fallback."""
    data = render_pdf("core_tests/sample.html", {"text": "Ư ơ ạ ễ", "image_url": "", "qr": ""})
    reader = PdfReader(io.BytesIO(data))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("Noto" in f or "DejaVu" in f for f in fonts), fonts


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/x.png",
        "file:///etc/passwd",
        "http://pdf.invalid/etc/passwd",
        "http://pdf.invalid/media/../../etc/passwd",
        "http://pdf.invalid/static/../../../etc/passwd",
    ],
)
def test_fetcher_refuses_anything_outside_media_and_static(url):
    with pytest.raises(PdfResourceRefused):
        _resolve(url)


def test_remote_image_is_skipped_not_fetched(test_templates, organisation):
    """A remote URL in content never reaches the network; the PDF is still produced."""
    data = render_pdf(
        "core_tests/sample.html",
        {"text": "ảnh", "image_url": "http://203.0.113.9/track.png", "qr": ""},
    )
    assert data.startswith(b"%PDF-")


def test_media_files_are_served_from_storage():
    """Media come through the default storage (in memory here, S3 in some deployments)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    name = default_storage.save("pdf-tests/logo.png", ContentFile(b"\x89PNG fake"))
    try:
        data, mime_type = _resolve(f"http://pdf.invalid/media/{name}")
    finally:
        default_storage.delete(name)
    assert data == b"\x89PNG fake"
    assert mime_type == "image/png"


def test_qr_svg_is_inline_svg_and_embeds_in_a_pdf(test_templates, organisation):
    svg = qr_svg("https://cchc.example.vn/tra-cuu-ho-so/?ma=000.00.12.H23-220329-0001")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "<?xml" not in svg
    data = render_pdf("core_tests/sample.html", {"text": "QR", "image_url": "", "qr": svg})
    assert data.startswith(b"%PDF-")


def test_import_of_pdf_module_does_not_import_weasyprint():
    """Importing core.pdf stays cheap and leaves Pillow's global flag alone."""
    import subprocess
    import sys

    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'cchc.settings.test');"
        "django.setup(); import cchc.core.pdf, sys; print('weasyprint' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    )
    assert out.stdout.strip() == "False"
