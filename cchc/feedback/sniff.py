"""Recognise an uploaded file by its first bytes (magic numbers). Pure Python.

Only JPEG, PNG, WebP and PDF are accepted; the extension and the browser's claimed
content type are ignored.
"""

from __future__ import annotations

ALLOWED: dict[str, str] = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
}


def sniff(head: bytes) -> str | None:
    """The MIME type of a file starting with ``head`` (≥ 12 bytes), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None
