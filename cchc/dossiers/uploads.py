"""Dossier files checked like every upload of the project (``cchc.core.uploads``): type by
content (PDF, JPEG, PNG, WebP, .docx, .xlsx), size, then decoded in full (images
re-encoded, active PDFs and macro Office files refused)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import ValidationError
from cchc.core.uploads import UnsafeUpload, inspect_upload, office_kind

from .services import UploadedFile

MAX_BYTES = 20 * 1024 * 1024
ERR_TYPE = _(
    "Tệp “%(name)s” không được nhận: chỉ nhận PDF, ảnh JPEG/PNG/WebP, Word (.docx) hoặc Excel (.xlsx)."
)
ERR_SIZE = _("Tệp “%(name)s” quá lớn (tối đa %(mb)s MB).")
ERR_EMPTY = _("Tệp “%(name)s” rỗng.")


def sniff(data: bytes) -> str | None:
    head = data[:16]
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"PK\x03\x04"):
        return office_kind(data)
    return None


def checked_upload(
    upload, *, title: str = "", kind: str = "filed", required_document_id=None
) -> UploadedFile:
    """A Django ``UploadedFile`` → the checked :class:`services.UploadedFile`, or a
    ``ValidationError`` with a Vietnamese message naming the file."""
    name = (getattr(upload, "name", "") or "tệp")[-120:]
    size = getattr(upload, "size", None) or 0
    if size > MAX_BYTES:
        raise ValidationError(ERR_SIZE % {"name": name, "mb": MAX_BYTES // (1024 * 1024)})
    upload.seek(0)
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValidationError(ERR_SIZE % {"name": name, "mb": MAX_BYTES // (1024 * 1024)})
    if not data:
        raise ValidationError(ERR_EMPTY % {"name": name})
    mime = sniff(data)
    if mime is None:
        raise ValidationError(ERR_TYPE % {"name": name})
    try:
        content = inspect_upload(data, mime, name=name)
    except UnsafeUpload as exc:
        raise ValidationError(exc.message, code=exc.code) from exc
    return UploadedFile(
        content=content,
        name=name,
        mime=mime,
        title=title or name,
        kind=kind,
        required_document_id=required_document_id,
    )
