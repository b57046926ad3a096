"""Uploaded files checked beyond their first bytes (Pillow, pypdf, zipfile; Django only
for the lazy translations of the messages).

``inspect_upload(data, mime)`` returns the bytes to store, or raises :class:`UnsafeUpload`
with a Vietnamese message for the citizen:

* images (JPEG, PNG, WebP) are decoded in full and re-encoded: EXIF/GPS and every other
  metadata chunk, and anything appended to the picture (polyglot payloads), are dropped.
  More than ``MAX_PIXELS`` pixels (decompression bombs), truncated or corrupt pictures are
  refused; the orientation from EXIF is applied to the pixels before it is dropped.
* PDFs with JavaScript, launch actions or embedded files are refused: pypdf walks every
  object (object streams included), and a raw byte scan (``#xx`` name escapes decoded)
  covers files whose cross-reference table is too broken for pypdf.
* Office files (.docx, .xlsx) are opened as ZIP with limits (members, total uncompressed
  size, compression ratio), unsafe member names refused, ``[Content_Types].xml`` required
  and macros (``vbaProject.bin``, macro-enabled content types) refused.

Before that, every app reads an upload the same way: ``read_upload(upload, max_bytes=…)``
(the bytes, or None when over the limit: the declared size or what really comes) and
``sniff(data)`` (the type from the content, never from the name or the browser's word);
each app then keeps its own accepted set (``MEDIA``, or more) and its own messages
(feedback, contest, plans, eservices and dossiers all read and sniff here).
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import threading
import zipfile
from pathlib import PurePosixPath
from typing import Any

from django.utils.translation import gettext_lazy as _

MAX_PIXELS = 40_000_000  # 40 megapixels (8000×5000): phone photos are 12–24 MP
MAX_PDF_OBJECTS = 200_000
MAX_ZIP_MEMBERS = 1_000
MAX_ZIP_UNCOMPRESSED = 100 * 1024 * 1024
MAX_ZIP_RATIO = 100  # uncompressed / compressed, per member (only above ZIP_RATIO_FLOOR)
ZIP_RATIO_FLOOR = 1024 * 1024

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
logger = logging.getLogger("cchc.core.uploads")
IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
# Pictures and PDFs, with the extension a stored copy gets.
MEDIA: dict[str, str] = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
}

ERR_IMAGE = _("Tệp “%(name)s” không phải ảnh hợp lệ (tệp bị hỏng hoặc không đọc được hết).")
ERR_IMAGE_BIG = _(
    "Ảnh “%(name)s” quá lớn (%(pixels)s megapixel, tối đa %(max)s megapixel); vui lòng gửi ảnh nhỏ hơn."
)
ERR_PDF_ACTIVE = _(
    "Tệp PDF “%(name)s” chứa mã JavaScript, lệnh chạy chương trình hoặc tệp nhúng nên không được nhận. "
    "Vui lòng in lại thành PDF thường (hoặc chụp ảnh văn bản) rồi gửi lại."
)
ERR_OFFICE = _("Tệp “%(name)s” không phải tệp Word (.docx) hoặc Excel (.xlsx) hợp lệ.")
ERR_OFFICE_LIMITS = _(
    "Tệp “%(name)s” có cấu trúc bất thường (quá nhiều thành phần hoặc nén quá mức) nên không được nhận."
)
ERR_OFFICE_MACRO = _(
    "Tệp “%(name)s” chứa macro nên không được nhận. Vui lòng lưu lại thành .docx hoặc .xlsx "
    "không có macro rồi gửi lại."
)


class UnsafeUpload(Exception):
    """An upload refused by :func:`inspect_upload`; ``message`` is for the citizen."""

    def __init__(self, message, *, code: str):
        self.message = message
        self.code = code
        super().__init__(f"{code}: {message}")


def inspect_upload(data: bytes, mime: str, *, name: str = "tệp") -> bytes:
    """The bytes to store for an upload whose sniffed type is ``mime``."""
    if mime in IMAGE_FORMATS:
        return reencode_image(data, mime, name=name)
    if mime == "application/pdf":
        check_pdf(data, name=name)
        return data
    if mime in (DOCX, XLSX):
        check_office(data, name=name)
        return data
    raise UnsafeUpload(ERR_OFFICE % {"name": name}, code="type")


# --- reading and recognising an upload ---------------------------------------------------


def sniff(data: bytes) -> str | None:
    """The MIME type of a file by its content (magic numbers), or None.

    JPEG, PNG, WebP and PDF are recognised from the first 12 bytes; a Word document or a
    workbook (.docx, .xlsx: ZIP files) only when ``data`` is the whole file.
    """
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        return office_kind(data)
    return None


def read_upload(upload: Any, *, max_bytes: int) -> bytes | None:
    """All the bytes of a Django upload (rewound afterwards), or None when it is larger
    than ``max_bytes``: by its declared size (then nothing is read) or by what it holds."""
    if (getattr(upload, "size", 0) or 0) > max_bytes:
        return None
    upload.seek(0)
    data: bytes = upload.read(max_bytes + 1)
    upload.seek(0)
    return data if len(data) <= max_bytes else None


# --- images ------------------------------------------------------------------------------


_STRICT_LOAD = threading.Lock()


def _load_strict(im) -> None:
    """Decode ``im`` refusing truncated data, whatever Pillow's process-wide switch says.

    ``PIL.ImageFile.LOAD_TRUNCATED_IMAGES`` is one global, and WeasyPrint sets it to True
    when imported (PDF rendering): a truncated upload would then be padded silently.
    """
    from PIL import ImageFile

    with _STRICT_LOAD:
        previous = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            im.load()
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = previous


def reencode_image(data: bytes, mime: str, *, name: str = "tệp", max_pixels: int = MAX_PIXELS):
    from PIL import Image, ImageOps

    fmt = IMAGE_FORMATS[mime]
    try:
        with Image.open(io.BytesIO(data), formats=[fmt]) as im:
            width, height = im.size
            if width * height > max_pixels or width < 1 or height < 1:
                raise UnsafeUpload(
                    ERR_IMAGE_BIG
                    % {
                        "name": name,
                        "pixels": f"{width * height / 1e6:.0f}",
                        "max": f"{max_pixels / 1e6:.0f}",
                    },
                    code="pixels",
                )
            _load_strict(im)  # decodes everything: truncated or corrupt data raises here
            rotated = im.getexif().get(0x0112, 1) not in (1, None)
            picture = (ImageOps.exif_transpose(im) or im) if rotated else im
            out = io.BytesIO()
            _save_clean(picture, fmt, out)
    except UnsafeUpload:
        raise
    except Image.DecompressionBombError as exc:
        raise UnsafeUpload(
            ERR_IMAGE_BIG % {"name": name, "pixels": "?", "max": f"{max_pixels / 1e6:.0f}"},
            code="pixels",
        ) from exc
    except (
        OSError,
        SyntaxError,
        ValueError,
        EOFError,
        TypeError,
        Image.UnidentifiedImageError,
    ) as exc:
        raise UnsafeUpload(ERR_IMAGE % {"name": name}, code="image") from exc
    return out.getvalue()


def _save_clean(picture, fmt: str, out) -> None:
    """Only the pixels (and a PNG palette's transparency): no EXIF, XMP, ICC, text chunks,
    JPEG comments (Pillow copies ``comment`` and ``icc_profile`` from ``info`` when saving)."""
    transparency = picture.info.get("transparency")
    picture.info = {}
    if fmt == "JPEG":
        if getattr(picture, "format", None) == "JPEG":
            # Not rotated: the original quantisation tables, so the file keeps its size
            # and quality (a fixed quality would make many photos larger).
            picture.save(out, "JPEG", quality="keep", subsampling="keep", optimize=True)
            return
        if picture.mode not in ("RGB", "L", "CMYK"):
            picture = picture.convert("RGB")
        picture.save(out, "JPEG", quality=90, optimize=True)
    elif fmt == "PNG":
        if picture.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
            picture = picture.convert("RGBA")
        params = {}
        if transparency is not None and picture.mode in ("P", "L", "RGB"):
            params["transparency"] = transparency
        picture.save(out, "PNG", optimize=False, **params)
    else:
        if picture.mode not in ("RGB", "RGBA"):
            picture = picture.convert("RGBA" if "A" in picture.mode else "RGB")
        picture.save(out, "WEBP", quality=90)


# --- PDF ---------------------------------------------------------------------------------

# Names that make a PDF act on its own when opened or clicked.
_PDF_BAD_NAMES = {"/JS", "/JavaScript", "/Launch", "/EmbeddedFile", "/EmbeddedFiles"}
_RAW_NAME = re.compile(rb"/([A-Za-z0-9#]+)")
_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")


def check_pdf(data: bytes, *, name: str = "tệp") -> None:
    found = pdf_active_content(data)
    if found:
        raise UnsafeUpload(ERR_PDF_ACTIVE % {"name": name}, code="pdf:" + ",".join(sorted(found)))


def pdf_active_content(data: bytes) -> set[str]:
    """The dangerous names found (empty: the PDF is acceptable)."""
    found = _raw_scan(data)
    try:
        found |= _walk_pdf(data)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on broken files
        logger.info("pdf not walkable (%s); raw scan decides", type(exc).__name__)
    return found


def _raw_scan(data: bytes) -> set[str]:
    """Every ``/Name`` in the raw bytes (uncompressed objects), ``#xx`` escapes decoded."""
    found = set()
    for match in _RAW_NAME.finditer(data):
        raw = _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), match.group(1))
        name = "/" + raw.decode("latin-1")
        if name in _PDF_BAD_NAMES:
            found.add(name)
    return found


def _walk_pdf(data: bytes) -> set[str]:
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # A password we do not have: the structure (names, dictionaries) still reads.
        with contextlib.suppress(Exception):
            reader.decrypt("")
    found: set[str] = set()
    seen: set[tuple[int, int]] = set()
    stack: list = [reader.trailer]
    steps = 0
    while stack:
        steps += 1
        if steps > MAX_PDF_OBJECTS:
            break
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in seen:
                continue
            seen.add(key)
            try:
                obj = obj.get_object()
            except Exception:  # noqa: BLE001, S112 - a dangling reference
                continue
        if isinstance(obj, DictionaryObject):
            for key, value in obj.items():
                if key in _PDF_BAD_NAMES:
                    found.add(str(key))
                if key == "/S" and isinstance(value, NameObject) and value in _PDF_BAD_NAMES:
                    found.add(str(value))
                if key == "/Type" and isinstance(value, NameObject) and value in _PDF_BAD_NAMES:
                    found.add(str(value))
                stack.append(value)
        elif isinstance(obj, ArrayObject):
            stack.extend(obj)
    return found


# --- Office (OOXML) ----------------------------------------------------------------------


def office_kind(data: bytes) -> str | None:
    """DOCX or XLSX for a ZIP holding a Word document or a workbook, else None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return None


def _unsafe_member(name: str) -> bool:
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or ":" in name:
        return True
    return ".." in PurePosixPath(name).parts


def check_office(
    data: bytes,
    *,
    name: str = "tệp",
    max_members: int = MAX_ZIP_MEMBERS,
    max_total: int = MAX_ZIP_UNCOMPRESSED,
    max_ratio: int = MAX_ZIP_RATIO,
) -> None:
    invalid = UnsafeUpload(ERR_OFFICE % {"name": name}, code="office")
    limits = UnsafeUpload(ERR_OFFICE_LIMITS % {"name": name}, code="zip-limits")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise invalid from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > max_members:
            raise limits
        names = set()
        for info in infos:
            if _unsafe_member(info.filename):
                raise UnsafeUpload(ERR_OFFICE_LIMITS % {"name": name}, code="zip-path")
            if PurePosixPath(info.filename).name.lower() == "vbaproject.bin":
                raise UnsafeUpload(ERR_OFFICE_MACRO % {"name": name}, code="macro")
            names.add(info.filename)
        if "[Content_Types].xml" not in names:
            raise invalid
        total = 0
        for info in infos:
            # The sizes in the headers can lie: count what really comes out, in chunks.
            size = 0
            try:
                with zf.open(info) as member:
                    while chunk := member.read(64 * 1024):
                        size += len(chunk)
                        total += len(chunk)
                        if total > max_total:
                            raise limits
                        if size > ZIP_RATIO_FLOOR and size > max_ratio * max(info.compress_size, 1):
                            raise limits
            except UnsafeUpload:
                raise
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
                raise invalid from exc
        types = zf.read("[Content_Types].xml").lower()
        if b"macroenabled" in types or b"vbaproject" in types:
            raise UnsafeUpload(ERR_OFFICE_MACRO % {"name": name}, code="macro")
