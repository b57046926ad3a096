"""Printable documents: HTML templates rendered to PDF (WeasyPrint) and QR codes (segno).

``render_pdf(template_name, context, request=None) -> bytes`` renders a Django template that
extends ``core/pdf/base.html`` (A4, fonts that cover Vietnamese, the organisation's header
from the site settings) into a PDF.

WeasyPrint is imported lazily, inside ``render_pdf``: importing it sets Pillow's
process-wide ``ImageFile.LOAD_TRUNCATED_IMAGES`` to True. The upload checks
(``core/uploads.py``) refuse truncated images whatever that flag says, but a process that
never prints should not pay for the import nor carry the flag.

Resources are never fetched from the network: the URL fetcher below serves only
``data:`` URIs, files under ``MEDIA_URL`` (through the default storage, so S3 works too)
and static files; anything else is refused (no SSRF through a crafted link in content).
"""

from __future__ import annotations

import mimetypes
import posixpath
from typing import Any
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.template.loader import render_to_string

__all__ = ["render_pdf", "qr_svg", "PDF_BASE_TEMPLATE", "PdfResourceRefused"]

PDF_BASE_TEMPLATE = "core/pdf/base.html"
# The base URL given to WeasyPrint: relative links resolve against it and the fetcher
# recognises it; it never leaves the process.
_BASE_URL = "http://pdf.invalid/"


class PdfResourceRefused(ValueError):
    """A template referenced a resource outside media, static files and data: URIs."""


def _clean_path(path: str, prefix: str) -> str | None:
    if not prefix or not path.startswith(prefix):
        return None
    relative = posixpath.normpath(unquote(path[len(prefix) :]))
    if relative.startswith(("/", "..")) or relative == ".":
        return None
    return relative


def _open_static(relative: str) -> bytes | None:
    from django.contrib.staticfiles import finders
    from django.contrib.staticfiles.storage import staticfiles_storage

    found = finders.find(relative)
    if found:
        with open(found, "rb") as fh:
            return fh.read()
    try:
        with staticfiles_storage.open(relative) as fh:
            return fh.read()
    except (OSError, ValueError):
        return None


def _resolve(url: str) -> tuple[bytes, str]:
    """The bytes and MIME type of a media or static URL under the PDF base URL.

    Raises ``PdfResourceRefused`` for anything else (other hosts, file:, traversal).
    """
    parts = urlsplit(url)
    if f"{parts.scheme}://{parts.netloc}/" != _BASE_URL:
        raise PdfResourceRefused(url)
    data: bytes | None = None
    media = _clean_path(parts.path, urlsplit(settings.MEDIA_URL or "").path)
    if media is not None:
        from django.core.files.storage import default_storage

        try:
            with default_storage.open(media) as fh:
                data = fh.read()
        except (OSError, ValueError):
            data = None
    else:
        static = _clean_path(parts.path, urlsplit(settings.STATIC_URL or "").path)
        if static is not None:
            data = _open_static(static)
    if data is None:
        raise PdfResourceRefused(url)
    return data, mimetypes.guess_type(parts.path)[0] or "application/octet-stream"


def _url_fetcher() -> Any:
    """A WeasyPrint URL fetcher serving data:, media and static resources, nothing else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalOnlyFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            if url.startswith("data:"):
                return super().fetch(url, headers)
            data, mime_type = _resolve(url)
            return URLFetcherResponse(url, data, {"Content-Type": mime_type})

    return LocalOnlyFetcher(allowed_protocols={"data", "http"}, allow_redirects=False)


def render_pdf(
    template_name: str, context: dict[str, Any] | None = None, request: Any = None
) -> bytes:
    """Render ``template_name`` (extending ``core/pdf/base.html``) to PDF bytes, A4.

    With a request, the organisation header comes from that request's site; without one
    (management commands, tasks) from the default site.
    """
    from weasyprint import HTML  # lazy: see the module docstring

    html = render_to_string(template_name, dict(context or {}), request=request)
    document = HTML(string=html, base_url=_BASE_URL, url_fetcher=_url_fetcher())
    return document.write_pdf()


def qr_svg(url: str, *, scale: int = 4, border: int = 2) -> str:
    """An inline SVG QR code (no XML declaration) for ``url``, error correction M."""
    import segno

    code = segno.make(url, error="m", micro=False)
    return code.svg_inline(scale=scale, border=border, dark="#000", light="#fff")
