"""Checks on a dossier document upload: size, type by content (never by extension), then
the project's deep checks (``cchc.core.uploads``: images re-encoded, active PDFs refused)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cchc.core.exceptions import ValidationError
from cchc.core.uploads import MEDIA, UnsafeUpload, inspect_upload, read_upload, sniff

EXTENSIONS = MEDIA  # pictures and PDFs, with the extension a stored copy gets
MAX_FILE_BYTES = 10 * 1024 * 1024

ERR_TOO_BIG = _("Tệp “%(name)s” quá lớn (%(size)s MB); mỗi tệp tối đa %(max)s MB.")
ERR_EMPTY = _("Tệp “%(name)s” rỗng.")
ERR_TYPE = _(
    "Tệp “%(name)s” không phải tệp PDF hoặc ảnh (JPEG, PNG, WebP). Hệ thống kiểm tra nội dung "
    "tệp, không dựa vào phần mở rộng."
)


@dataclass(frozen=True)
class CheckedFile:
    name: str
    mime: str
    data: bytes


def max_file_bytes() -> int:
    return int(getattr(settings, "ESERVICES_MAX_FILE_BYTES", MAX_FILE_BYTES))


def check_document(upload) -> CheckedFile:
    """The bytes to store for ``upload``; ``ValidationError`` with a Vietnamese message."""
    name = (getattr(upload, "name", "") or "tệp")[-120:]
    size = getattr(upload, "size", None) or 0
    limit = max_file_bytes()
    data = read_upload(upload, max_bytes=limit)
    if data is None:
        raise ValidationError(
            ERR_TOO_BIG
            % {
                "name": name,
                "size": f"{max(size, limit + 1) / 1048576:.1f}",
                "max": f"{limit // 1048576}",
            },
            code="size",
        )
    if not data:
        raise ValidationError(ERR_EMPTY % {"name": name}, code="empty")
    mime = sniff(data)
    if mime is None or mime not in EXTENSIONS:
        raise ValidationError(ERR_TYPE % {"name": name}, code="type")
    try:
        stored = inspect_upload(data, mime, name=name)
    except UnsafeUpload as exc:
        raise ValidationError(exc.message, code=exc.code) from exc
    return CheckedFile(name=name, mime=mime, data=stored)
