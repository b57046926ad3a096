"""Entry attachments: checked like every upload of the project (``cchc.core.uploads``), and
the blind copy the jury downloads.

Accepted: PDF, Word (.docx), JPEG, PNG: the type is read from the content, never from the
name. Images are re-encoded on arrival (no EXIF/GPS); PDFs with active content and Office
files with macros are refused. The jury's copy (:func:`blind_copy`) also drops what still
names the author: the PDF's document information and XMP metadata, the .docx's document
properties (``docProps/core.xml``: creator, last modified by; ``app.xml``: company).
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import ValidationError
from cchc.core.uploads import DOCX, UnsafeUpload, inspect_upload, read_upload, sniff

logger = logging.getLogger("cchc.contest")

ACCEPTED = {"application/pdf", DOCX, "image/jpeg", "image/png"}
ERR_TYPE = _("Tệp “%(name)s” không được nhận: chỉ nhận PDF, Word (.docx), ảnh JPEG hoặc PNG.")
ERR_SIZE = _("Tệp “%(name)s” quá lớn (tối đa %(mb)s MB mỗi tệp).")
ERR_EMPTY = _("Tệp “%(name)s” rỗng.")
ERR_BROKEN = _(
    "Tệp “%(name)s” bị lỗi cấu trúc nên không đọc được. Vui lòng lưu hoặc in lại thành PDF rồi gửi lại."
)
ERR_COUNT = _("Tối đa %(count)s tệp đính kèm cho mỗi bài dự thi.")

BLANK_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    b'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"/>'
)
BLANK_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"/>'
)
BLANK_CUSTOM = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'custom-properties"/>'
)


@dataclass(frozen=True)
class CheckedFile:
    content: bytes
    name: str
    mime: str


def checked_upload(upload, *, max_bytes: int) -> CheckedFile:
    """A Django upload → :class:`CheckedFile`, or ``ValidationError`` naming the file."""
    name = (getattr(upload, "name", "") or "tệp")[-120:]
    mb = max_bytes // (1024 * 1024)
    data = read_upload(upload, max_bytes=max_bytes)
    if data is None:
        raise ValidationError(ERR_SIZE % {"name": name, "mb": mb}, code="size")
    if not data:
        raise ValidationError(ERR_EMPTY % {"name": name}, code="empty")
    mime = sniff(data)
    if mime not in ACCEPTED:
        raise ValidationError(ERR_TYPE % {"name": name}, code="type")
    try:
        content = inspect_upload(data, mime, name=name)
    except UnsafeUpload as exc:
        raise ValidationError(exc.message, code=exc.code) from exc
    try:
        blind_copy(content, mime)  # the jury's copy must be possible: refuse now, not later
    except (ValidationError, zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ValidationError(ERR_BROKEN % {"name": name}, code="broken") from exc
    return CheckedFile(content=content, name=name, mime=mime)


def blind_copy(data: bytes, mime: str) -> bytes:
    """The bytes a juror gets: metadata that could name the author removed."""
    if mime == "application/pdf":
        return _strip_pdf(data)
    if mime == DOCX:
        return _strip_docx(data)
    return data  # images were re-encoded without metadata on arrival


def _strip_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    try:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.metadata = None  # no /Info dictionary (Author, Creator, Producer...)
        root = writer.root_object
        if NameObject("/Metadata") in root:
            del root[NameObject("/Metadata")]  # XMP
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on odd files
        logger.warning("pdf metadata not stripped: file unreadable by pypdf")
        raise ValidationError(_("Không tạo được bản ẩn danh của tệp PDF."), code="blind") from None


def _strip_docx(data: bytes) -> bytes:
    out = io.BytesIO()
    try:
        with (
            zipfile.ZipFile(io.BytesIO(data)) as src,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
        ):
            for info in src.infolist():
                if info.filename == "docProps/core.xml":
                    dst.writestr(info.filename, BLANK_CORE)
                elif info.filename == "docProps/app.xml":
                    dst.writestr(info.filename, BLANK_APP)
                elif info.filename == "docProps/custom.xml":
                    dst.writestr(info.filename, BLANK_CUSTOM)
                else:
                    dst.writestr(info, src.read(info.filename))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        # a damaged Word file (truncated, bad CRC): refused, never handed out as it is
        logger.warning("docx metadata not stripped: damaged archive")
        raise ValidationError(_("Không tạo được bản ẩn danh của tệp Word."), code="blind") from None
    return out.getvalue()
