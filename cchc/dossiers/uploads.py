"""Dossier files checked like every upload of the project (``cchc.core.uploads``): type by
content (PDF, JPEG, PNG, WebP, .docx, .xlsx), size, then decoded in full (images
re-encoded, active PDFs and macro Office files refused)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import ValidationError
from cchc.core.uploads import DOCX, MEDIA, XLSX, UnsafeUpload, inspect_upload, read_upload, sniff

from .services import UploadedFile

MAX_BYTES = 20 * 1024 * 1024
ACCEPTED = {*MEDIA, DOCX, XLSX}
ERR_TYPE = _(
    "Tệp “%(name)s” không được nhận: chỉ nhận PDF, ảnh JPEG/PNG/WebP, Word (.docx) hoặc Excel (.xlsx)."
)
ERR_SIZE = _("Tệp “%(name)s” quá lớn (tối đa %(mb)s MB).")
ERR_EMPTY = _("Tệp “%(name)s” rỗng.")


def checked_upload(
    upload, *, title: str = "", kind: str = "filed", required_document_id=None
) -> UploadedFile:
    """A Django ``UploadedFile`` → the checked :class:`services.UploadedFile`, or a
    ``ValidationError`` with a Vietnamese message naming the file."""
    name = (getattr(upload, "name", "") or "tệp")[-120:]
    data = read_upload(upload, max_bytes=MAX_BYTES)
    if data is None:
        raise ValidationError(
            ERR_SIZE % {"name": name, "mb": MAX_BYTES // (1024 * 1024)}, code="size"
        )
    if not data:
        raise ValidationError(ERR_EMPTY % {"name": name}, code="empty")
    mime = sniff(data)
    if mime is None or mime not in ACCEPTED:
        raise ValidationError(ERR_TYPE % {"name": name}, code="type")
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
