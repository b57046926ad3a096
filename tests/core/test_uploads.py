"""The shared first steps of every upload (``cchc.core.uploads``): the type from the content
(``sniff``) and a size-limited read (``read_upload``). The deep checks are in
``tests/security/test_uploads.py``."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from cchc.core.uploads import MEDIA, XLSX, read_upload, sniff


def _xlsx() -> bytes:
    wb = Workbook()
    wb.active.append(["Hộ", "Số tiền"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_sniff_recognises_allowed_types_by_content_only():
    """JPEG, PNG, WebP and PDF are recognised by their magic bytes; anything else is None."""
    assert sniff(b"\xff\xd8\xff\xe0\x00\x10JFIF") == "image/jpeg"
    assert sniff(b"\x89PNG\r\n\x1a\n\x00\x00") == "image/png"
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert sniff(b"%PDF-1.7\n") == "application/pdf"
    assert sniff(b"MZ\x90\x00") is None  # a Windows executable renamed .jpg
    assert sniff(b"<svg xmlns=") is None
    assert sniff(b"") is None
    assert set(MEDIA) == {"image/jpeg", "image/png", "image/webp", "application/pdf"}


def test_sniff_recognises_office_files_only_whole():
    """A workbook is a ZIP: recognised from the whole file, not from its first bytes."""
    data = _xlsx()
    assert sniff(data) == XLSX
    assert sniff(data[:16]) is None
    assert sniff(b"PK\x03\x04not really a zip") is None


def test_read_upload_returns_the_bytes_rewound():
    upload = SimpleUploadedFile("don.pdf", b"%PDF-1.7\n" + b"x" * 91)
    upload.read(5)
    assert read_upload(upload, max_bytes=100) == b"%PDF-1.7\n" + b"x" * 91
    assert upload.tell() == 0


def test_read_upload_refuses_by_declared_or_real_size():
    """Over the limit is None, whether the upload says so or only its content does."""
    assert read_upload(SimpleUploadedFile("a.pdf", b"x" * 101), max_bytes=100) is None
    liar = SimpleUploadedFile("b.pdf", b"x" * 101)
    liar.size = 10  # a declared size that lies
    assert read_upload(liar, max_bytes=100) is None
    assert read_upload(SimpleUploadedFile("c.pdf", b"x" * 100), max_bytes=100) == b"x" * 100
